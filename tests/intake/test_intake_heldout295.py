"""The two-hundred-and-ninety-fifth held-out set: 14 letters (letters/heldout295) from the state review bodies that
requesters appeal to and the agencies' letters around their rulings: a Texas Attorney General open records letter
ruling (PDF) that upholds section 552.108(a)(1) and section 552.130 and rejects sections 552.103 and 552.101 with the
Family Code; a Williamson County Sheriff's Office release e-mail after a ruling, with pages and the sections applied; a
Kentucky Attorney General open records decision (26-ORD-301) finding one exemption wrongly and one rightly invoked;
a Lexington-Fayette Urban County Government e-mail releasing records in full after 26-ORD-288; an Illinois Public
Access Bureau e-mail that further action is warranted on a Request for Review; an Illinois Public Access Bureau
determination letter in Word (audio wrongly withheld, redactions upheld); a Pennsylvania Office of Open Records final
determination granting an appeal (PDF); a Pennsylvania Department of Human Services thirty-day Right-to-Know
extension with the date of response; a Connecticut Freedom of Information Commission final decision in Word (one
exemption upheld, redactions ordered lifted, "The complaint is otherwise dismissed"); a New Jersey Government Records
Council final decision (PDF) finding no unlawful denial because no records exist; a Massachusetts Supervisor of
Records determination (SPR26/2417) upholding Exemption (c) and rejecting Exemption (f); a New York State Department of
Transportation FOIL appeal determination e-mail copied to the Committee on Open Government; a Fairfax County Virginia
FOIA e-mail invoking seven more working days under § 2.2-3704(B)(4); and a Utah State Records Committee Decision and
Order (PDF) granting an appeal in part. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- p01 Texas OAG letter ruling: the Attorney General's page on letter rulings ("This ruling triggers important
  deadlines ...", "limited to the particular information at issue"),
  https://www2.texasattorneygeneral.gov/og/questions-regarding-open-records-letter-rulings, and the ruling form of the
  earlier sets (196 a12); the "basic information" and section 552.103 formulas of the Public Information Handbook,
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016
- p02 Williamson County release after a ruling: the same OAG page ("the governmental body will either release the
  public information promptly ... or file a lawsuit") and the GovQA notification texts of earlier sets (R-numbers).
- p03 Kentucky ORD: the Attorney General's decisions as summarised by the Kentucky Open Government Coalition
  ("violated the Open Records Act when it ... However, ... did not violate the Act when it denied ... under KRS ..."),
  https://kyopengov.org/blog/attorney-generals-open-records-and-open-meetings-decisions-issued-last-week and
  https://lexingtonky.news/2024/12/29/kentucky-attorney-generals-open-records-decisions-issued-last-week/
- p04 LFUCG release after an ORD: the same summaries (an agency that "did not violate the Act" after producing), and
  KRS 61.880(5) on the thirty days to go to circuit court.
- p05 Illinois PAC further action: 5 ILCS 140/9.5(c)-(d) as adopted in Ill. Admin. Code tit. 2, § 1531.425 ("Within 7
  business days after the Agency receives a request for review from the Public Access Counselor ... The requester may
  ... respond in writing"), https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425, and
  https://codelibrary.amlegal.com/codes/dewittcounty/latest/dewittct_il/0-0-0-957
- p06 Illinois PAC determination letter: the Citizen Advocacy Center's index of PAC determination letters
  (https://www.ibanewsroom.org/tip-of-the-week/journalism/2020/10/searchable-index-of-binding-opinions-from-illinois-access-counselor/)
  and the PAC letters of earlier sets (137 m11, 160 h14).
- p07 Pennsylvania OOR final determination: the OOR's page on what follows a Final Determination,
  https://www.openrecords.pa.gov/Appeals/PostFD.cfm, and Commonwealth Court opinions quoting OOR final determinations
  (granted in part and denied in part; 708(b)(10) predecisional deliberations),
  https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor
- p08 Pennsylvania DHS thirty-day notice: 65 P.S. § 67.902(b) as quoted in the same opinion ("invoking a 30-day
  extension to respond"), and the township pages on the RTKL process, https://earltwpberks.com/right-to-know
- p09 Connecticut FOIC final decision: the Commission's final decisions, http://www.state.ct.us/foi/1995FD/19950726/FIC1994-332.htm
  and http://www.state.ct.us/foi/1993FD/19930611/FIC1992-308.htm ("After consideration of the entire record, the
  following facts are found and conclusions of law are reached", "The following order by the Commission is hereby
  recommended"), and https://vdocument.in/foi-proposed-final-decision-rose-secore.html
- p10 New Jersey GRC final decision: the Council's published decisions ("At its ... public meeting, the Government
  Records Council ("Council") considered ...", "This is the final administrative determination in this matter"),
  https://www.nj.gov/grc/decisions/2005-220.html and https://www.nj.gov/grc/decisions/2005-54.html
- p11 Massachusetts SPR determination: 950 CMR 32.08 (appeals, determinations within ten business days),
  https://e.casetext.com/regulation/code-of-massachusetts-regulations/department-950-cmr-office-of-the-secretary-of-the-commonwealth/title-950-cmr-3200-public-records-access/section-3208-appeals,
  https://www.statereference.com/pages/ma_prd_appeals and the SPR letters of earlier sets (118 o08).
- p12 NYSDOT FOIL appeal determination: Public Officers Law § 89(4)(a) (appeal determination copied to the Committee on
  Open Government) and the FOIL appeal letters of earlier sets (144 n14).
- p13 Fairfax County FOIA extension: Va. Code § 2.2-3704(B)(4) (seven additional working days) and § 2.2-3704(F)
  (costs, advance notice over $200); no county page found in the time available.
- p14 Utah State Records Committee Decision and Order: the Committee's published decisions ("By this appeal ...",
  "STATEMENT OF REASONS FOR DECISION", "IT IS ORDERED THAT the appeal ... is GRANTED in part"),
  http://168.177.21.21/src/srcappeal-2023-33.html and
  https://archives.utah.gov/transparency-services/state-records-committee/src-decisions/?decision=19-07

Blind score: 10 of 14 fully right, and 12 of 14 matched to its request by its number (the other two, p03 and p09,
print only the review body's docket and no request number, so there is none to match by). Wrong were:
- p04 (LFUCG release after 26-ORD-288, e-mail): a partial grant with KRS 61.878(1)(i) and (j), instead of a full grant
  without exemptions: the grounds the Attorney General's decision rejected were read as the letter's own: "In
  26-ORD-288, issued November 23, 2026, the Attorney General found that the Lexington-Fayette Urban County Government
  could not rely on KRS 61.878(1)(i) and (j) to withhold the inspectors' final inspection reports ..." beside
  "Attached please find the responsive records, 23 pages in total, which are being provided to you in full."
- p06 (Illinois PAC determination, Word): 5 ILCS 140/7(1)(d)(i) logged beside 7(1)(c), though the Bureau rejected it:
  "Accordingly, this office concludes that the Department has not sustained its burden of demonstrating by clear and
  convincing evidence that the dispatch audio is exempt from disclosure under section 7(1)(d)(i) of FOIA."
- p11 (Massachusetts Supervisor of Records determination SPR26/2417): no decision at all, only the tracking number
  (no appeal number, outcome or exemption): "Accordingly, the Department is ordered to provide Mr. Lindgren-Carvalho
  with a copy of the responsive use of force report, in a manner consistent with this order, the Public Records Law
  and its Regulations, within 10 business days.", "I find the Department has met its burden to redact this
  information from the incident report." and "I find the Department has not met its burden to withhold the use of
  force report in its entirety under Exemption (f)."
- p14 (Utah State Records Committee Decision and Order, PDF): Utah Code § 63G-2-305(10) logged beside § 63G-2-302(2)(d),
  though the Committee rejected it: "The Committee finds that Respondent has not shown that release of the incident
  reports or the internal review could reasonably be expected to interfere with any investigation, and that the
  records are not properly classified as protected under Utah Code § 63G-2-305(10)."
After general fixes (a ground a review found the agency "could not rely on", "cannot rely upon", "was not entitled to
rely on" is set aside, and so is one whose burden the agency "has not met", "has not sustained", "has failed to
carry", its ground named after the words, also by a Massachusetts exemption's letter alone, "Exemption (f)"; a record
found "not properly classified as", "improperly designated as" protected or private under a ground drops that
ground; a Supervisor of Records' "I have received the petition of NAME appealing the response of ..." and "this
appeal, SPR26/2417, was opened" make the letter an appeal letter), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind

SET = "heldout295"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "codes"), [
    # A ground a review found the agency could not rely on is not the agency's ground.
    ("In 26-ORD-114, the Attorney General found that the City could not rely on KRS 61.878(1)(i) and (j) to withhold "
     "the reports. Attached please find the responsive records, 12 pages in total, which are provided to you in full.",
     []),
    ("The Supervisor found that the Department cannot rely upon G. L. c. 4, § 7(26)(f) to withhold the report. The "
     "report is enclosed, with the names of witnesses redacted under G. L. c. 4, § 7(26)(c).",
     ["G. L. c. 4, § 7(26)(c)"]),
    ("The Commission held that the Town was not entitled to rely on Conn. Gen. Stat. § 1-210(b)(2) for the "
     "evaluations. Enclosed please find the 9 pages of evaluations, with the home addresses redacted under Conn. Gen. "
     "Stat. § 1-210(b)(19).", ["Conn. Gen. Stat. § 1-210(b)(19)"]),
    # The near miss: a ground the agency may rely on is applied.
    ("Your request is denied. The City may rely on KRS 61.878(1)(h) to withhold the footage because charges are "
     "pending.", ["KRS 61.878(1)(h)"]),
])
def test_a_ground_a_review_found_the_agency_could_not_rely_on_is_not_applied(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    # Illinois's Public Access Counselor: the burden not sustained for one ground, the other upheld.
    ("The Department redacted the report under section 7(1)(c) of FOIA (5 ILCS 140/7(1)(c)) and withheld the audio "
     "under section 7(1)(d)(i) of FOIA (5 ILCS 140/7(1)(d)(i)). This office concludes that the Department has not "
     "sustained its burden of demonstrating by clear and convincing evidence that the audio is exempt from disclosure "
     "under section 7(1)(d)(i) of FOIA. The Department properly redacted the home addresses under section 7(1)(c) of "
     "FOIA. Accordingly, this office requests that the Department disclose the audio.",
     ["5 ILCS 140/7(1)(c)"]),
    # Massachusetts's Supervisor of Records, the ground named by its letter alone.
    ("I have received the petition of Jane Roe appealing the response of the Town. The Town withheld the report under "
     "G. L. c. 4, § 7(26)(c), (f). I find the Town has met its burden to redact the witnesses' names under Exemption "
     "(c). I find the Town has not met its burden to withhold the report in its entirety under Exemption (f). "
     "Accordingly, the Town is ordered to provide Ms. Roe with a copy of the report within 10 business days.",
     ["G. L. c. 4, § 7(26)(c)"]),
    ("Your appeal is granted in part. The Authority withheld the logs under 65 P.S. § 67.708(b)(16) and 65 P.S. § "
     "67.708(b)(10)(i)(A). The Authority has failed to carry its burden of proving that the logs are exempt under 65 "
     "P.S. § 67.708(b)(10)(i)(A). The logs are exempt under 65 P.S. § 67.708(b)(16) as to the witness statements.",
     ["65 P.S. § 67.708(b)(16)"]),
    # The near miss: the burden carried keeps the ground.
    ("Your appeal is denied. The Town withheld the report under G. L. c. 4, § 7(26)(f). I find the Town has met its "
     "burden to withhold the report under Exemption (f).", ["G. L. c. 4, § 7(26)(f)"]),
])
def test_a_ground_whose_burden_the_agency_did_not_carry_is_not_applied(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "codes"), [
    ("By this appeal, Petitioner seeks access to records. The Committee finds that the records are not properly "
     "classified as protected under Utah Code § 63G-2-305(10). The Committee finds that the medical information is "
     "properly classified as private under Utah Code § 63G-2-302(2)(d). IT IS ORDERED THAT the appeal is GRANTED in "
     "part and DENIED in part.", ["Utah Code § 63G-2-302(2)(d)"]),
    ("By this appeal, Petitioner seeks access to records. The report was improperly designated as private under Utah "
     "Code § 63G-2-302(2)(d), and the appeal is GRANTED.", []),
    ("By this appeal, Petitioner seeks access to records. The Committee finds that the record was incorrectly "
     "classified as protected under Utah Code § 63G-2-305(25). The names of minors are properly classified as private "
     "under Utah Code § 63G-2-302(1)(b). IT IS ORDERED THAT the appeal is GRANTED in part.",
     ["Utah Code § 63G-2-302(1)(b)"]),
    # The near miss: a record found properly classified keeps its ground.
    ("By this appeal, Petitioner seeks access to records. The Committee finds that the records are properly classified "
     "as protected under Utah Code § 63G-2-305(10). IT IS ORDERED THAT the appeal is DENIED.",
     ["Utah Code § 63G-2-305(10)"]),
])
def test_a_record_found_wrongly_classified_drops_that_ground(body: str, codes: list[str]) -> None:
    assert exemptions_in(body) == codes


@pytest.mark.parametrize(("body", "kind"), [
    ("I have received the petition of Jane Roe appealing the response of the Police Department to a request for public "
     "records. I find the Department has not met its burden to withhold the report under Exemption (f). Accordingly, "
     "the Department is ordered to provide Ms. Roe with a copy of the report.", EventKind.APPEAL_DECISION),
    ("I have received the petition of Mr. John Q. Public, appealing the response of the Town of Milton. I find "
     "that the Town has met its burden to withhold the records under Exemption (c). Accordingly, I decline to order "
     "disclosure.",
     EventKind.APPEAL_DECISION),
    ("Mr. Roe petitioned this office and this appeal, SPR26/1104, was opened as a result. I find the Department "
     "has not met its burden to withhold the report under Exemption (f). Accordingly, the Department is ordered to "
     "provide Mr. Roe with a copy of the report.", EventKind.APPEAL_DECISION),
])
def test_a_supervisor_of_records_determination_on_a_named_petitioner_is_an_appeal_decision(
        body: str, kind: EventKind) -> None:
    assert [e.kind for e in events_in(body)] == [kind]


def test_a_petition_of_a_person_not_appealing_makes_no_appeal() -> None:
    # The near miss: a petition of someone, no appeal, in an agency's own answer.
    body = ("Enclosed are the 14 pages of records responsive to your request, including the petition of the "
            "neighborhood association submitted to the Board in March. No records were withheld.")
    assert [e.kind for e in events_in(body)] == [EventKind.FINAL_DETERMINATION]

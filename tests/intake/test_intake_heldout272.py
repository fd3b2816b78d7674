"""The two-hundred-and-seventy-second held-out set: 14 more letters about appeals and reviews with mixed outcomes
(letters/heldout272), written after the fixes of set 271 were merged, by a writer who had read the rules: its score is
recorded apart from the blind ones. Seven federal and seven from state reviewers and agencies: a Federal Trade
Commission General Counsel decision (PDF) "partially granting and partially denying" an appeal, Exemption 3 (FTC Act §
21(f)) upheld and 14 pages of staff memoranda released in part; a FERC General Counsel decision remanding a request for
a new search; an NRC e-mail acknowledging an appeal; a VA Office of General Counsel decision in Word granting an appeal
in part, 19 pages to be released with redactions under 38 U.S.C. § 5705 and Exemption 6; a CBP decision affirming in
part and modifying in part, 2 pages re-released; an EPA Office of General Counsel e-mail granting an appeal and
remanding for a new search; a CMS release (PDF) after the Department remanded its no-records answer (41 pages in full,
17 in part, 6 withheld); a Rhode Island Attorney General finding (PDF) that a police department violated the APRA in
part; a Mississippi Ethics Commission final order on a public records complaint; a New York State Department of Health
FOIL appeal determination in Word, granted in part, 23 pages enclosed; a Vermont Agency of Transportation secretary's
decision on appeal upholding one denial and reversing another; a Kentucky Attorney General decision finding that the
State Police did not violate the Act by not producing records it does not have (PDF); a Connecticut Freedom of
Information Commission e-mail acknowledging a complaint; and a Massachusetts DCR supplemental response e-mail after a
Supervisor of Records determination, 54 pages redacted under Exemption (c).
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 FTC appeal decision: the FTC's decision on CREW's appeal ("This letter responds to your ... letter, which we
  received on ..., appealing the ... determinations", "For the reasons set forth below, I am partially granting and
  partially denying your appeal", Section 21(f), 15 U.S.C. § 57b-2(f)),
  https://www.scribd.com/document/52952902/CREW-Federal-Trade-Commission-FTC-Regarding-Complaints-against-AVRF-COPS-and-DFF-Complaints-Against-David-Scott-Marleau-7-2-10-FTC-Respons
- b02 FERC remand: FERC's appeals page (the General Counsel "may return or 'remand' the request to the Officer for
  complete reprocessing"), https://www.ferc.gov/enforcement-legal/foia/overview/administrative-appeals, and FERC's
  FYnn-nn numbers in the letters of earlier sets.
- b03 NRC acknowledgement: 10 CFR 9.29 and the NRC PAL e-mails of earlier sets (NRC-2027-000142).
- b04 VA decision: VA's appeal regulation 38 CFR 1.559, https://ecfr.io/Title-38/Section-1.559, and 38 U.S.C. § 5705
  with Exemption 3 as the earlier VA letters cite it.
- b05 CBP decision: OGIS on CBP's detailed appeal letters,
  https://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter/, and the CBP Regulations and Disclosure
  Law Division letters of earlier sets (H-numbers, CBP-AP numbers).
- b06 EPA remand: 40 C.F.R. § 2.104 and the EPA appeal e-mails of earlier sets ("your appeal is granted and your request
  is remanded to Region 4 for a new search").
- b07 CMS release after remand: HHS's appeal page (appeals to the Deputy Agency Chief FOIA Officer),
  https://hhs.gov/foia/faqs/how-do-i-appeal-a-denial/index.html, and the DHS final response formula ("N pages are
  releasable in their entirety, N pages are partially releasable"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- b08 Rhode Island AG finding: the Attorney General's APRA findings ("PR 17-09 Thomson v. Town of Johnston",
  "Complainant alleged that the Police Department violated the APRA when it withheld a requested arrest report pursuant
  to ... R.I. Gen. Laws § 38-2-2(4)(D)"), https://www.uat.ri.gov/press/?agency_id=107&show_all_agencies=1&start=210 and
  https://fdocuments.in/document/attorney-2017-7-19-issued-february-27-2017-pr-17-09-thomson-v-town-of-johnston.html
- b09 Mississippi Ethics Commission: Miss. Code § 25-61-13 (the Commission "may order the public body ... to produce
  records"), https://billstatus.ls.state.ms.us/documents/2014/html/SB/2500-2599/SB2507SG.htm, and
  https://www.ethics.ms.gov
- b10 New York FOIL appeal: Public Officers Law § 89(4)(a) (the appeal determination copied to the Committee on Open
  Government) and the New York appeal letters of earlier sets.
- b11 Vermont appeal to the agency head: 1 V.S.A. §§ 317(c), 318(c) and 319, as in the Vermont letters of earlier sets.
- b12 Kentucky AG decision: the "NN-ORD-NNN" decisions of earlier sets and the Bowling / City of Fort Thomas standard
  for records said not to exist.
- b13 Connecticut FOIC acknowledgement: Conn. Gen. Stat. § 1-206(b)(1) and the Commission's decisions,
  http://state.ct.us/foi/2006FD/20060614/FIC2005-324.htm
- b14 Massachusetts supplemental response: G. L. c. 66, §§ 10, 10A and 950 C.M.R. 32.08 as the Massachusetts letters of
  earlier sets cite them.

Score (written after reading the rules, so not a blind score): 11 of 14 fully right, and each of the 13 letters that
name their request's number matched to its request (b09 names none). Wrong were:
- b01 (FTC, PDF): nothing proposed, and its request number not read: "Re: Freedom of Information Act Appeal
  (FOIA-2026-01877)" and "For the reasons set forth below, I am partially granting and partially denying your appeal."
- b09 (Mississippi Ethics Commission): the case number not read as the appeal's: "PUBLIC RECORDS CASE NO. R-26-017".
- b11 (Vermont Agency of Transportation): nothing proposed: "This letter is my decision on your appeal under 1 V.S.A. §
  318(c)(1)." with "I uphold the denial of the bridge inspection reports." and "I reverse the denial of the
  contractor's claim file."
After general fixes, 14 of 14: an appeal named by the request's own number in brackets after the bare word ("Freedom
of Information Act Appeal (FOIA-2026-01877)") is the request's number; a case number above a caption that names the
requester as complainant, petitioner or appellant at the end of its line is the review's; the requester's letter
"appealing" a determination answered ("This letter responds to your October 30, 2026 letter, ..., appealing"), "In your
appeal, you argue", "my decision on your appeal" and "your November 12, 2026 appeal of" make an appeal letter; Exemption
3 is joined to the statute it is invoked "by reason of" or "by virtue of"; and an affirmance of "the denial of" records
it names ("I uphold the denial of the bridge inspection reports") upholds the ground the letter gives for those records
where it tells what was withheld under what.
Its expected value for b05 was then corrected, in a commit of its own, to the earlier sets' convention (a withholding
the appeal did not challenge stands beside what the decision upholds and is logged with it, as heldout300 z01,
heldout317 s11, heldout323 c02 and heldout336 e02 log it, the last of them also saying the decision leaves it aside:
"You did not challenge the withholding of personal information under Exemption 6, and it is not addressed further"):
Exemptions (b)(6) and (b)(7)(C), which "You did not appeal ..., and they are not addressed in this decision", are logged
beside (b)(7)(E).
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.numbers import find_references

SET = "heldout272"
# What the rules reach on this set now (written after reading the rules: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("text", "references"), [
    # an appeal named by the request's own number, in brackets after the bare word
    ("Re: Freedom of Information Act Appeal (FOIA-2026-01877)\n\nDear Requester:", [("FOIA-2026-01877", False)]),
    ("Subject: FOIA Appeal (FOIL-2026-00412)\n\nDear Requester:", [("FOIL-2026-00412", False)]),
    # The near miss: the appeal's own number, with its number word.
    ("Re: FOIA Appeal No. (A-2027-00318)\n\nDear Requester:", [("A-2027-00318", True)]),
])
def test_an_appeal_named_by_its_requests_own_number(text: str, references: list[tuple[str, bool]]) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == references


@pytest.mark.parametrize(("text", "references"), [
    ("PUBLIC RECORDS CASE NO. R-26-017\n\nJANE ROE, COMPLAINANT\n\nv.\n\nCITY OF EASTFIELD, RESPONDENT",
     [("R-26-017", True)]),
    ("Case No. 26-0441\nJohn Doe, Petitioner,\nv.\nEastfield School District, Respondent", [("26-0441", True)]),
    # The near miss: a case number with no party under it.
    ("Case No. 26-0441\n\nThe records of the incident are enclosed.", [("26-0441", False)]),
])
def test_a_case_number_above_a_caption_naming_the_requester_as_a_party(
        text: str, references: list[tuple[str, bool]]) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == references


@pytest.mark.parametrize("body", [
    "This letter responds to your October 30, 2026 letter, which we received on November 2, 2026, appealing the "
    "October 14, 2026 determination on your request. For the reasons set forth below, I am partially granting and "
    "partially denying your appeal.",
    "In your appeal, you argue that the search was inadequate. For the reasons set forth below, I am partially "
    "granting and partially denying your appeal.",
    "This letter is my decision on your appeal under 1 V.S.A. § 318(c)(1). I am partially granting and partially "
    "denying your appeal.",
])
def test_an_appeal_decided_in_other_words_for_the_appeal_itself(body: str) -> None:
    assert [(event.kind, event.outcome) for event in events_in(body)] == [
        (EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT)]


def test_the_right_to_a_decision_on_appeal_makes_no_appeal_letter() -> None:
    # The near miss: the appeal rights of a first answer ("a decision on your appeal process").
    body = ("We are releasing 12 pages in full. You may appeal this determination; information on the decision on "
            "your appeal rights is enclosed.")
    assert [event.kind for event in events_in(body)] == [EventKind.FINAL_DETERMINATION]


@pytest.mark.parametrize(("sentence", "code"), [
    ("The records were withheld pursuant to Exemption 3, 5 U.S.C. § 552(b)(3), by virtue of 15 U.S.C. § 57b-2(f).",
     "(b)(3) 15 U.S.C. § 57b-2(f)"),
    ("The records were withheld under Exemption 3 in conjunction with 15 U.S.C. § 57b-2(f).",
     "(b)(3) 15 U.S.C. § 57b-2(f)"),
])
def test_exemption_3_joined_to_its_statute_by_reason_of_it(sentence: str, code: str) -> None:
    assert code in find_exemptions(sentence, withholding=True)


@pytest.mark.parametrize(("body", "exemptions"), [
    ("This letter is my decision on your appeal. The records officer withheld the bridge inspection reports under "
     "1 V.S.A. § 317(c)(44), as security records, and the claim file under 1 V.S.A. § 317(c)(14), as litigation "
     "records. I uphold the denial of the bridge inspection reports. I reverse the denial of the claim file.",
     ("1 V.S.A. § 317(c)(44)",)),
    ("This letter is my decision on your appeal. The Department withheld the pricing schedules pursuant to 5 U.S.C. § "
     "552(b)(4) and the staff e-mails pursuant to 5 U.S.C. § 552(b)(5). We affirm the withholding of the pricing "
     "schedules. We reverse the withholding of the staff e-mails.", ("(b)(4)",)),
])
def test_an_affirmance_of_records_named_takes_the_ground_given_for_them(
        body: str, exemptions: tuple[str, ...]) -> None:
    assert tuple(exemptions_in(body)) == exemptions


def test_a_reversal_of_records_named_upholds_nothing() -> None:
    # The near miss: the records named in a reversal only.
    body = ("This letter is my decision on your appeal. The records officer withheld the claim file under 1 V.S.A. § "
            "317(c)(14). I reverse the denial of the claim file.")
    assert exemptions_in(body) == []

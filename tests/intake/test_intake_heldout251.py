"""The two-hundred-and-fifty-first held-out set: 14 letters about appeals and reviews with mixed outcomes
(letters/heldout251), seven federal and seven from state reviewers and appeal officers: a DOJ Office of Information
Policy e-mail closing an appeal from the Marshals Service's failure to respond, as there is no adverse determination to
review; a Postal Service General Counsel decision (PDF) affirming an Exemption 3 withholding and reversing an Exemption
6 one, with 5 pages enclosed; an ICE appeal acknowledgement e-mail; an ICE Office of the Principal Legal Advisor
decision remanding for new searches; a Department of the Army Office of the General Counsel decision in Word granting an
appeal in part, 3 pages released and the Exemption 6 redactions upheld; a Department of Energy Office of Hearings and
Appeals decision and order upholding Exemptions 4 and 6 and remanding the Exemption 5 withholdings; a CBP final
response (PDF) after a remand for a new search; a Texas Attorney General letter ruling (one exception claimed and
rejected, one that may and one that must be applied); a Pennsylvania Office of Open Records final determination
granting an appeal in part, denying it in part and dismissing it as moot in part (PDF); a New Jersey Government Records
Council final decision finding one denial unlawful and another lawful; a Connecticut Freedom of Information Commission
final decision in Word dismissing a complaint after an in camera review; a Kentucky Attorney General open records
decision (PDF) finding the agency did not violate the Act in part and violated it in part; a Massachusetts Supervisor of
Records determination e-mail upholding redactions and ordering a new response on a withheld report; and a New York DEC
acknowledgement e-mail of a FOIL appeal with the day its determination is due.
Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 OIP closure of an appeal from a failure to respond: OIP's appeal guidance (adverse determinations, what may be
  appealed), https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, and OIP's
  appeal closings by category ("Failure of the component to process initial action within statutory time limits"),
  https://www.justice.gov/archive/oip/annual_report/1994/appeals.htm
- a02 Postal Service appeal decision: Handbook AS-353 § 4-4.29 ("the General Counsel may affirm, affirm in part,
  reverse, or reverse in part the initial FOIA response of a records custodian"),
  https://about.usps.com/handbooks/as353/as353c4_039.htm, and OGIS on USPS appeal letters,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- a03, a04 ICE appeal acknowledgement and remand: ICE's appeal numbers (2020-ICAP-00440) and the remand on appeal of a
  request on https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ ("In the event
  the administrative appeal is sustained and the request remanded back to ICE for processing"), and the ICE letters of
  earlier sets.
- a05 Army appeal decision: FERC's and the Army's description of what an appeal decision may do ("affirm part of the
  Officer's action identifying the applicable exemptions but order the release of other information previously
  withheld"), https://www.ferc.gov/enforcement-legal/foia/overview/administrative-appeals; no Army page found.
- a06 DOE OHA decision and order: https://www.energy.gov/oha/downloads/fia-20-0013-matter-food-water-watch ("granted in
  part a Freedom of Information Act (FOIA) Appeal ... remanded the case back to OPI") and
  https://www.energy.gov/oha/downloads/fia-13-0018-matter-alliance-protect-nantucket-sound (Exemption 6 upheld, the
  unexplained withholdings remanded), and 10 C.F.R. 1004.8, https://lawserver.com/?p=28143360
- a07 CBP final response after a remand: the DHS final response formula of earlier sets ("Of those pages, I have
  determined that ... are releasable in their entirety ... partially releasable ... withheld in their entirety").
- a08 Texas letter ruling: the Attorney General's Public Information Handbook,
  https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016, and the letter
  rulings of earlier sets ("We have considered the exceptions you claim and reviewed the submitted information").
- a09 Pennsylvania OOR: https://cetient.com/case/9838818/pa-puc-v-j-nase-and-cozen-oconnor-oor (a final determination
  "granting in part and denying in part" an appeal), https://e.casetext.com/case/wishnefsky-v-pa-dept-of-corr-11 (an
  appeal dismissed as moot after the agency produced the records) and https://www.openrecords.pa.gov/Appeals/PostFD.cfm
- a10 New Jersey GRC final decision: https://vdocuments.site/final-decision-january-30-2015-government-records-council-.html
  ("The Custodian unlawfully denied access to portions of ... However, ... lawfully denied access to ...") and
  https://ro.scribd.com/document/335236764/Discenza-v-Lacey-BOE-Interim-Order (the Council's layout).
- a11 Connecticut FOIC final decision: the Commission's decisions of earlier sets ("After consideration of the entire
  record, the following facts are found and conclusions of law are reached", "The complaint is dismissed.").
- a12 Kentucky AG decision: the decisions summarised at
  https://kyopengov.org/blog/kentucky-attorney-generals-open-records-and-open-meetings-decisions-issued-last-week-2 and
  https://kyopengov.org/blog/attorney-generals-open-records-and-open-meetings-decisions-issued-last-week ("did not
  violate the Open Records Act when ... However, the ... violated the Act when ...").
- a13 Massachusetts Supervisor of Records: G. L. c. 66, § 10A and 950 C.M.R. 32.08 and the determinations of earlier
  sets ("the Department is ordered to provide ... a response ... within 10 business days"); no new page found.
- a14 New York DEC FOIL appeal acknowledgement: Public Officers Law § 89(4)(a) (ten business days, a copy to the
  Committee on Open Government) and the FOIL appeal letters of earlier sets; no DEC page found.

Blind score: 9 of 14 fully right, and 12 of 12 matched to its request by its number (a10 and a12 name only the
reviewer's own docket, no request number). Wrong were:
- a08 (Texas Attorney General letter ruling): an appeal decision with no outcome instead of a final determination
  granted in part, and the exemptions with the exception claimed and rejected and the subsection that keeps basic
  information public: "Accordingly, the department may not withhold any of the submitted information under section
  552.101 of the Government Code in conjunction with common-law privacy." and "However, basic information about an
  arrested person, an arrest, or a crime is not excepted from disclosure. See Gov't Code § 552.108(c)." (read as
  Gov't Code § 552.101, § 552.108(c), § 552.108(a)(2), § 552.130 instead of § 552.108(a)(2), § 552.130).
- a10 (New Jersey GRC final decision): exemptions with N.J.S.A. 47:1A-10, cited for the record the Custodian unlawfully
  denied: "The Custodian unlawfully denied access to the separation agreement, which is a government record not exempt
  as a personnel record because it discloses the terms of separation of a public employee. N.J.S.A. 47:1A-10."
- a11 (Connecticut FOIC final decision, Word): two tracking numbers, the in camera records' identifiers read as one:
  "The Commission reviewed the records at issue in camera, and they have been identified as IC-2026-0388-01 through
  IC-2026-0388-14." beside "The respondents logged the request as OS-FOI-26-052."
- a13 (Massachusetts Supervisor of Records, e-mail): outcome other instead of partial grant, and no exemptions, where
  the redactions are upheld and a new response is ordered on the withheld report: "I find that the Department has met
  its burden to redact this information under Exemption (c). G. L. c. 4, § 7(26)(c)." and "Accordingly, the Department
  is ordered to provide you with a response to the request regarding the internal affairs report, ... within 10
  business days."
- a14 (New York DEC FOIL appeal acknowledgement, e-mail): no expected_by from "Accordingly, you will be provided with a
  determination on your appeal on or before December 10, 2026."
After general fixes (a day told to the requester in the passive, "you will be provided with a determination ... on or
before", "you will be notified ... by", is the office's and not the requester's own deadline; a review body's finding
that the custodian carried its burden for one withholding and not for another decides in part; a section standing
alone after its reason may carry its code's chapter, "G. L. c. 4, § 7(26)(c).", and Massachusetts's Public Records Law
procedure, G. L. c. 66, §§ 10 and 10A, is no exemption; the section standing alone after a finding that a record was
unlawfully denied is not applied; the two ends of a range of identifiers, "IC-2026-0388-01 through IC-2026-0388-14", are
no request's number; a "complainant" beside the words of a crime is the one who reported it, not a sign of a review;
and a ground a ruling finds does not reach the information, "may not withhold ... under section 552.101", "is not
excepted from disclosure. See Gov't Code § 552.108(c).", is not applied unless the ruling applies it elsewhere), 14 of
14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.numbers import find_references
from foiatrack.intake.text import fold

SET = "heldout251"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kind", "expected_by"), [
    # The day the office will answer, told to the requester in the passive: New York's FOIL appeal acknowledgement ...
    ("This will acknowledge receipt of your appeal, which was received by this office on February 26, 2026. You will "
     "be provided with a determination on your appeal on or before March 12, 2026.", EventKind.APPEAL_ACKNOWLEDGED,
     dt.date(2026, 3, 12)),
    # ... and a request's acknowledgement
    ("We received your request on February 25, 2026. You will be notified of our determination no later than March "
     "20, 2026.", EventKind.ACKNOWLEDGED, dt.date(2026, 3, 20)),
    ("Your request was received on February 24, 2026. You will be sent a response, and you will be contacted with "
     "our determination, on or before March 24, 2026.", EventKind.ACKNOWLEDGED, dt.date(2026, 3, 24)),
])
def test_a_day_told_to_the_requester_in_the_passive_is_the_offices(body: str, kind: EventKind,
                                                                     expected_by: dt.date) -> None:
    [event] = events_in(body)
    assert (event.kind, event.expected_by) == (kind, expected_by)


def test_the_requesters_own_day_is_still_no_expected_date() -> None:
    # The near miss: the requester must answer by the day.
    events = events_in("We received your request on February 25, 2026. If you do not respond by March 20, 2026, we "
                       "will close your request.")
    assert all(event.expected_by is None for event in events)


@pytest.mark.parametrize(("body", "outcome", "exemptions"), [
    # A review body finding the burden carried for one withholding and not for another: Massachusetts's Supervisor of
    # Records ...
    ("I have received your petition appealing the response of the Town of Ashby to your request for public records. "
     "I find that the Town has met its burden to withhold the home addresses under Exemption (c). G. L. c. 4, § "
     "7(26)(c). However, the Town has not met its burden to withhold the remainder of the report. Accordingly, the "
     "Town is ordered to provide you with a response within 10 business days.", Outcome.PARTIAL_GRANT,
     ("G. L. c. 4, § 7(26)(c)",)),
    # ... New Jersey's Government Records Council, the other way round
    ("The Council finds that the Custodian has failed to bear her burden of proving that the invoices are exempt. "
     "However, the Custodian has borne her burden of proving that the draft minutes are advisory, consultative or "
     "deliberative material exempt under N.J.S.A. 47:1A-1.1. The Complainant's other claims are dismissed.",
     Outcome.PARTIAL_GRANT, ("N.J.S.A. 47:1A-1.1",)),
    # The near miss: the burden carried for all of it
    ("I have received your petition appealing the response of the Department to your request for public records. I "
     "find that the Department has met its burden to withhold the investigative report under Exemption (f). G. L. c. "
     "4, § 7(26)(f). The appeal is closed.", Outcome.DENIED, ("G. L. c. 4, § 7(26)(f)",)),
])
def test_a_burden_carried_for_one_withholding_and_not_another_decides_in_part(
        body: str, outcome: Outcome, exemptions: tuple[str, ...]) -> None:
    [event] = events_in(body)
    assert (event.kind, event.outcome, event.exemptions) == (EventKind.APPEAL_DECISION, outcome, exemptions)


@pytest.mark.parametrize(("body", "exemptions"), [
    # Massachusetts's section standing alone after the reason it is cited for, the chapter between ...
    ("Enclosed are 12 pages released to you in part. The names of the civilians were redacted under Exemption (c). "
     "G. L. c. 4, § 7(26)(c).", ["G. L. c. 4, § 7(26)(c)"]),
    ("The report is enclosed. The officer's home address has been withheld. M.G.L. c. 4, § 7(26)(o).",
     ["G. L. c. 4, § 7(26)(o)"]),
    # ... never its Public Records Law's own procedure (the custodian's burden, the appeal)
    ("It is the burden of the records custodian to demonstrate the application of an exemption in order to withhold "
     "a requested record. G. L. c. 66, § 10(b)(iv); 950 C.M.R. 32.06(3).", []),
])
def test_a_massachusetts_section_alone_after_its_reason(body: str, exemptions: list[str]) -> None:
    assert exemptions_in(body) == exemptions


@pytest.mark.parametrize(("body", "exemptions"), [
    # The section cited, standing alone, for a record the review body finds unlawfully denied is not applied ...
    ("The Complainant filed a Denial of Access Complaint. The Council finds that the Custodian unlawfully denied "
     "access to the settlement agreement, which is not exempt as a personnel record. N.J.S.A. 47:1A-10. However, the "
     "Custodian lawfully denied access to the draft minutes because they are advisory, consultative, or deliberative "
     "material. N.J.S.A. 47:1A-1.1.", ["N.J.S.A. 47:1A-1.1"]),
    ("In the complaint of the Complainant against the Borough, the Custodian lawfully denied access to the security "
     "plan. N.J.S.A. 47:1A-1.1. The Custodian unlawfully denied access to the payroll register, a government record "
     "under OPRA. N.J.S.A. 47:1A-10.", ["N.J.S.A. 47:1A-1.1"]),
    # ... the near miss: both denials found lawful, both sections applied
    ("The Complainant filed a Denial of Access Complaint. The Council finds that the Custodian lawfully denied access "
     "to the personnel file. N.J.S.A. 47:1A-10. The Custodian also lawfully denied access to the draft minutes. "
     "N.J.S.A. 47:1A-1.1.",
     ["N.J.S.A. 47:1A-10", "N.J.S.A. 47:1A-1.1"]),
])
def test_a_section_cited_for_a_record_unlawfully_denied_is_not_applied(body: str, exemptions: list[str]) -> None:
    assert exemptions_in(body) == exemptions


@pytest.mark.parametrize(("text", "numbers"), [
    # The ends of a range of records' identifiers are no request's number: a commission's in camera records ...
    ("The records were reviewed in camera and identified as IC-2026-0411-1 through IC-2026-0411-9. The respondents "
     "logged the request as OS-FOI-26-077.", ["OS-FOI-26-077"]),
    # ... a production's numbered pages
    ("The pages are numbered CPD-2026-00412 to CPD-2026-00430. Your request number is 26-0388.", ["26-0388"]),
    # ... the near miss: a request and its appeal, no range between them
    ("Re: Request No. CBP-FO-2026-131877 and Appeal No. CBP-AP-2026-004912",
     ["CBP-FO-2026-131877", "CBP-AP-2026-004912"]),
])
def test_the_ends_of_a_range_of_identifiers_are_no_request_number(text: str, numbers: list[str]) -> None:
    assert [ref.number for ref in find_references(fold(text))] == numbers


@pytest.mark.parametrize(("body", "kind"), [
    # "complainant" in a ruling on a police report is the one who reported the crime: no review of a request ...
    ("You ask whether certain information is subject to required public disclosure under the Public Information Act. "
     "You state the complainant declined to pursue charges. Accordingly, the department may withhold the submitted "
     "information under section 552.108(a)(2) of the Government Code. The department must release the remaining "
     "information.", EventKind.FINAL_DETERMINATION),
    ("You raise section 552.101 in conjunction with common-law privacy for the name of the complainant. Therefore, the "
     "city may withhold the marked information under section 552.108(a)(1) of the Government Code. The city must "
     "release the remaining information.", EventKind.FINAL_DETERMINATION),
    # ... the near miss: the complainant before a review body
    ("The Complainant filed a Denial of Access Complaint with the Council. The Council finds that the Custodian "
     "lawfully denied access to the requested records. N.J.S.A. 47:1A-1.1.", EventKind.APPEAL_DECISION),
])
def test_a_crimes_complainant_is_no_appeal(body: str, kind: EventKind) -> None:
    assert [event.kind for event in events_in(body)] == [kind]


@pytest.mark.parametrize(("body", "exemptions"), [
    # A ground a ruling finds does not reach the information is not applied: the exception claimed and rejected ...
    ("Accordingly, the city may not withhold any of the information under section 552.101 of the Government Code. "
     "The city must withhold the driver's license numbers under section 552.130 of the Government Code. The city must "
     "release the remaining information.", ["Gov't Code § 552.130"]),
    # ... the subsection cited for what stays public
    ("Thus, the department may withhold the submitted information under section 552.108(a)(1) of the Government Code. "
     "However, basic information about an arrest is not excepted from disclosure. See Gov't Code § 552.108(c).",
     ["Gov't Code § 552.108(a)(1)"]),
    # ... the near miss: the same exception applied to other information, so it stays
    ("The city may not withhold the report under section 552.101 of the Government Code in conjunction with "
     "common-law privacy. However, the city must withhold the marked information under section 552.101 of the "
     "Government Code in conjunction with section 58.007 of the Family Code.", ["Gov't Code § 552.101"]),
])
def test_a_ground_a_ruling_refuses_is_not_applied(body: str, exemptions: list[str]) -> None:
    assert exemptions_in(body) == exemptions

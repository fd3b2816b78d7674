"""The two-hundred-and-fifteenth held-out set: 14 everyday letters (letters/heldout215), seven federal and seven from
state agencies of seven states: a CBP acknowledgement e-mail invoking the ten-day extension; a USCIS National Records
Center final response (PDF) with pages released in their entirety, in part and withheld in full and pages referred to
ICE; an FBI release letter (PDF) with its grid of exemption check boxes, the ticked ones marked [X], and the FOIPA
Addendum; a Defense Health Agency no-records letter; a VA Office of General Counsel appeal decision remanding the
request for a new search (PDF); a Department of Education appeal acknowledgement e-mail; a National Park Service
(Interior) fee estimate e-mail with the advance-payment rule; a Maine State Police Freedom of Access Act response in
Word with a bulleted list of records and the 16 M.R.S. § 804 grounds; a Vermont Department of Corrections
certification that the record does not exist (e-mail); an Arkansas Department of Education itemised fee estimate; a
Mississippi Department of Human Services release in full in Word with a table of documents and a payment received; an
Alabama Department of Corrections acknowledgement of a time-intensive request with a fifteen-business-day extension
and a fee estimate with a half deposit (PDF); a Nebraska State Patrol partial denial in Word with the § 84-712.04
table of what was withheld; and a Montana Department of Justice partial release sent as an e-mail with the letter
attached as a PDF. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 CBP acknowledgement with extension: the DHS component acknowledgement formula ("This acknowledges receipt of
  your ... received in this office on ...", "the FOIA does permit a 10-day extension of this time period in certain
  circumstances under 6 C.F.R. § 5.5(c)", "We will construe the submission of your request as an agreement to pay up
  to $25.00"), http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, and CBP's SecureRelease numbers.
- h02 USCIS final response: the USCIS National Records Center letters and control numbers ("The control number will
  begin with the letters NRC, COW ..."),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and https://projectcitizenship.org//requesting-records-part-1-foiapa-requests; the exemption paragraphs follow the
  DHS model final response.
- h03 FBI release letter: the FBI FOIPA release letter quoted on MuckRock (check boxes under "Section 552" and
  "Section 552a", "N pages were reviewed and N pages are being released", the FOIPA Addendum),
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- h04 Defense Health Agency no-records letter: 32 C.F.R. 286.11 (appeals to the DoD component's appellate authority
  within 90 calendar days, "in accordance with the requirements provided in the DoD Component's final response"),
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals, and the DoD adverse-determination list
  ("A reasonable search of files failed to identify responsive records"), https://www.jpra.mil/links/FOIA/Appeal.html
- h05 VA appeal remand: 38 C.F.R. 1.559 (OGC (024) decides appeals), https://ecfr.io/Title-38/Section-1.559, and VA
  request and appeal numbers (14-03905-F; 14-00260-A) on
  https://www.muckrock.com/foi/united-states-of-america-10/processing-notes-for-tampa-tribune-foia-request-to-veterans-affairs-10946/
- h06 Education appeal acknowledgement: the Department's FOIA service center and appeal practice described in its
  directive OCIO:1-102, https://info.5y1.org/department-of-state-foia-guide_1_16b2ac.html, and its request numbers
  (26-03377-F) as in set 213.
- h07 NPS fee estimate: the Interior FOIA regulations (43 C.F.R. 2.39, 2.50, 2.51: notice of fees over $50, advance
  payment over $250, "other-use requester") and the DOI guide, http://www.gpo.gov/fdsys/pkg/FR-2012-09-13/html/2012-22391.htm
  and https://cybercemetery.unt.edu/archive/oilspill/20120928003141/http://www.doi.gov/foia/news/guidance/guide.cfm
- h08 Maine State Police FOAA response: 1 M.R.S. § 408-A (the first two hours free) and § 409 (appeal to the Superior
  Court), http://www.maine.gov/foaa/faq/index.shtml; 16 M.R.S. § 804 (intelligence and investigative record
  information); no letter of the agency itself was found in the time available.
- h09 Vermont DOC no-records certification: 1 V.S.A. § 318 ("if a record does not exist, the custodian shall certify
  in writing that the record does not exist under the name given ... or by any other name known to the custodian";
  appeal to the head of the agency, five days), https://legislature.vermont.gov/statutes/section/01/005/00318 and
  http://vermont-archives.org/records/right-to-know/response.html
- h10 Arkansas fee estimate: Ark. Code Ann. § 25-19-109 (actual costs, itemised breakdown, advance payment over $25),
  http://ballotpedia.org/Arkansas_FOIA_procedures and https://splc.org/template-arkansas/
- h11 Mississippi release: Miss. Code Ann. § 25-61-5 and -7 (costs paid in advance, production within fourteen
  working days), https://www2.osa.ms.gov/forum/showthread.php?540-Did-the-2010-Mississippi-Legislature-amend-Section-25-61-5-to-revise-the-maximum-waiting-period-for-production-of-records-under-an-open-records-request&s=cfada45a7aa264cd3f77ac7f8497ec70
  and the agency rules at
  https://print.casetext.com/regulation/mississippi-administrative-code/title-12-finance-and-administration/part-2-public-records-request-procedures/chapter-1-rules-for-accessing-public-documents/rule-12-2-14-processing-of-public-records-requests-general
- h12 Alabama time-intensive request: Ala. Code § 36-12-44 (acknowledge within 10 days, substantive response within
  15 business days, extension in 15-business-day increments, estimated fee paid before the search),
  https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request
  and https://foiabasics.org/orr/alabama
- h13 Nebraska State Patrol denial: Neb. Rev. Stat. § 84-712.04 (description of what was withheld, the statute relied
  on, the official responsible, review under § 84-712.03),
  https://www.nebraskalegislature.gov/laws/statutes.php?statute=84-712.04 and https://ago.nebraska.gov/public-records
- h14 Montana DOJ release: MCA 2-6-1006 and the Office of Public Information Requests timeline,
  https://montanatransparencyproject.org/timeline-fees and
  https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html; the
  privacy test of Mont. Const. art. II, § 10 and confidential criminal justice information (MCA 44-5-303).

Blind score: 11 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- h03 (FBI release, PDF): 46 pages withheld in full, worked out from "143 pages were reviewed and 97 pages are being
  released." and "a deleted page information sheet was inserted to indicate where pages were withheld entirely",
  where the expected value left it empty. This was the writer's slip, not the rules': every earlier set logs the
  FBI's reviewed less released as withheld in full beside that sentence (sets 120, 147, 153, 158, 164, 166, 178, 199,
  also with pages referred to another agency), so the expected value is corrected to 46 in a commit of its own.
  Against the corrected value the blind score is 12 of 14.
After general fixes (a withholding that would apply only to records not found, said beside the finding that none were
- "where they exist, are confidential under ... and would not be releasable in any event; however, no such records
were located", "Even if responsive records had been located, they would have been exempt ...; however, no records were
found" - cites no exemption and decides no denial; a fee the office charged and the requester paid, said in a clause
after it - "charged a fee of $45.00 for this request, which you paid on December 1", "$6.50, which you have already
paid", "a $30.00 charge, which was paid by check" - is no fee estimate), 14 of 14.
- h04 (Defense Health Agency no-records letter): no outcome, and "10 U.S.C. § 1102" taken for an exemption, from "Please
  note that records of medical quality assurance reviews, where they exist, are confidential under 10 U.S.C. § 1102
  and would not be releasable in any event; however, no such records were located for the period you described." (a
  withholding that would apply only if records existed), so "As a result of these searches, no records responsive to
  your request were located." was not read as the outcome ("the letter closes the request but does not say plainly
  whether records were released, withheld or not found").
- h14 (Montana DOJ release, e-mail with the letter attached): a fee estimate of $45.00 before the final determination,
  from "Pursuant to § 2-6-1006, MCA, the Department charged a fee of $45.00 for this request, which you paid on
  December 1, 2026." (a fee already charged and paid is no estimate).
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome

SET = "heldout215"
# What the rules reach on this set now (blind: 11; 12 against the corrected h03); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "kinds"), [
    ("The Department has located 40 pages, which are released in full. Pursuant to § 2-6-1006, MCA, the Department "
     "charged a fee of $45.00 for this request, which you paid on December 1, 2026.",
     [EventKind.FINAL_DETERMINATION]),
    ("Enclosed are 18 pages, released in full. The copying fee for these records was $6.50, which you have already "
     "paid.", [EventKind.FINAL_DETERMINATION]),
    ("Enclosed are 9 pages, released in full. The Office assessed a $30.00 charge, which was paid by check on "
     "November 30.", [EventKind.FINAL_DETERMINATION]),
    # The near misses: a fee still to pay, and one paid only in part.
    ("We have located 40 pages. The fee for this request is $45.00, which you must pay before the records are "
     "released.", [EventKind.FEE_ESTIMATE]),
    ("We have located 40 pages. The fee for this request is $45.00, which you paid in part; $20.00 remains due "
     "before the records are released.", [EventKind.FEE_ESTIMATE]),
])
def test_a_fee_charged_and_paid_in_a_clause_after_it_is_no_estimate(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body, "December 4, 2026")] == kinds


@pytest.mark.parametrize(("body", "outcome", "exemptions"), [
    ("This is the final response to your request. As a result of these searches, no records responsive to your "
     "request were located. Please note that records of medical quality assurance reviews, where they exist, are "
     "confidential under 10 U.S.C. § 1102 and would not be releasable in any event; however, no such records were "
     "located for the period you described.", Outcome.NO_RECORDS, ()),
    ("This is our final response. Even if responsive records had been located, they would have been exempt from "
     "disclosure under Exemption 7(A); however, no records were found.", Outcome.NO_RECORDS, ()),
    ("This is the Department's final response. Had any records been found, the personnel information in them would "
     "be withheld under K.S.A. 45-221(a)(4); however, no responsive records were located.", Outcome.NO_RECORDS, ()),
    # The near misses: a withholding done, and a redaction said with "where".
    ("This is our final response. Records of quality assurance reviews are confidential under 10 U.S.C. § 1102 and "
     "are withheld in full.", Outcome.DENIED, ("10 U.S.C. § 1102",)),
    ("Enclosed are 12 pages. Where the records contain Social Security numbers, those numbers were redacted under "
     "Exemption 6.", Outcome.PARTIAL_GRANT, ("(b)(6)",)),
])
def test_a_withholding_only_of_records_not_found_is_no_exemption(body: str, outcome: Outcome,
                                                                  exemptions: tuple[str, ...]) -> None:
    [event] = events_in(body, "December 3, 2026")
    assert (event.outcome, tuple(event.exemptions)) == (outcome, exemptions)

"""The four-hundred-and-seventh held-out set: 14 letters (letters/heldout407) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a Department of Education Office of
the General Counsel e-mail acknowledging an appeal with its appeal number and day of receipt; an Army Office of the
General Counsel appeal decision (PDF) affirming CID's withholdings under Exemptions 6, 7(C) and 7(E) for a lawyer's
retired client; an SEC Office of the General Counsel appeal decision in Word granted in part, releasing 22 more pages
and upholding Exemptions 4 and 5 for 12 pages; an NRC appeal decision reversing an Exemption 5 withholding of exit
meeting notes; an Interior Solicitor's letter remanding a Fish and Wildlife Service request for a new search; a Social
Security Administration e-mail closing a non-response appeal as moot; a GSA letter dismissing an appeal received after
the 90 days; a Kentucky Attorney General open records decision (PDF) finding that a city police department violated
the Act in withholding body-camera recordings but properly redacted private citizens' information (docket only); an
Indianapolis police release in Word after a Public Access Counselor advisory opinion; a USAID fee-waiver denial to a
freelance writer; a CIA e-mail (letter attached as PDF) denying expedited processing; a DEA e-mail asking a detained
client's lawyer whether he is still interested, with the 30-day close; an OSD/JS letter (PDF) administratively
closing a request that is now in a lawsuit; and an FDA fourth interim production in FOIA litigation. Written blind and
committed before the rules were run on them.

- y01-ed-appeal-ack.eml: ED OGC appeal acknowledgement, appeal 27-00058-A of request 26-03917-F, received December 3,
  2026.
- y02-army-appeal-affirmed.pdf: Army OGC, appeal FA-27-0052 of CID request FP-26-018734, denied: Exemptions 6, 7(C)
  and 7(E) upheld.
- y03-sec-appeal-partly.docx: SEC OGC, appeal 27-00093-APPS of request 26-02871-FOIA, granted in part: 22 pages
  released (7 in full, 15 in part), 12 still withheld in full under Exemptions 4 and 5; a table of the records.
- y04-nrc-appeal-reversed.txt: NRC, appeal NRC-2027-000041 of request NRC-2026-000318, granted: the 11 pages withheld
  under Exemption 5 to be released by the FOIA Office.
- y05-doi-fws-appeal-remanded.txt: DOI Office of the Solicitor, appeal 2027-041 of request DOI-FWS-2026-004187,
  remanded to FWS for a new search (e-mail accounts and the Regional Office not searched).
- y06-ssa-appeal-moot.eml: SSA Office of Privacy and Disclosure, appeal A-27-0019 of request SSA-2026-014872,
  non-response appeal closed as moot after the final response.
- y07-gsa-appeal-untimely.txt: GSA FOIA Requester Service Center, appeal GSA-2027-000071-A of request
  GSA-2026-001872, dismissed as received after the 90 calendar days of 41 C.F.R. 105-60.700(d).
- y08-ky-ag-open-records-decision.pdf: Kentucky Attorney General, 26-ORD-341, Bowling Green Police Department violated
  the Act withholding under KRS 17.150(2) and KRS 61.878(1)(h), but properly redacted under KRS 61.878(1)(a).
- y09-in-impd-release-after-pac.docx: Indianapolis Metropolitan Police Department supplemental response after the
  Public Access Counselor's opinion 26-FC-214, request IMPD-2026-PR-08812, 87 pages (a table), redactions under IC
  5-14-3-4(b)(1), (a)(12) and (b)(8).
- y10-usaid-fee-waiver-denied.txt: USAID fee waiver denied under 22 C.F.R. 212.35, F-00187-27, "all other
  requesters" category and no amount.
- y11-cia-expedite-denied.eml: CIA expedited processing denied under 32 C.F.R. 1900.34, F-2027-00418, the letter
  attached as PDF.
- y12-dea-still-interested.eml: DEA "still interested?" e-mail to a detained client's lawyer, 26-00871-F, 30 calendar
  days to reply.
- y13-osd-closed-litigation.pdf: OSD/JS administrative closure of 27-F-0214 because the request is in litigation.
- y14-fda-litigation-production.txt: FDA fourth interim production in litigation, 2026-4817, 750 pages processed, 612
  in full, 88 in part, 50 withheld, Exemptions 4, 5, 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 ED appeal acknowledgement: 34 C.F.R. part 5 (appeals to the Office of the General Counsel),
  https://ecfr.federalregister.gov/api/renderer/v1/content/enhanced/2021-07-27/title-34?part=5&subtitle=A and
  http://federal.elaws.us/fr/6/14/2010/2010-14127, and the appeal acknowledgements of earlier sets.
- y02 Army appeal decision: Army Regulation 25-55 (appeals decided by the Office of the General Counsel, initial denial
  authorities),
  https://vdocuments.net/information-management-the-department-of-the-army-freedom-requests-from-government.html
  and 32 C.F.R. part 518, https://cryptome.org/doa022206.htm
- y03 SEC appeal decision: the Office of the General Counsel's appeal letter ("Re: Appeal, Freedom of Information Act
  Request No. 18-02520-FOIA, designated on appeal as No. 18-00609-APPS", Stop 9612),
  https://ro.scribd.com/document/391146370/XXII-Foia-Appeal-Denial-Sept-21-2018-Highlights-Added, and SEC request
  numbers (14-07202-FOIA), https://www.scribd.com/document/230264542/June-18-2014-SEC-FOIA-Appeal-Re-WH-Equities
- y04 NRC appeal decision: the Chief Information Officer's appeal letters ("IN RESPONSE REFER TO: NRC-2019-000072
  NRC-2018-000259", "Acting on your appeal, I have reviewed ...", "This is the final agency decision"),
  https://kanterella.com/ML19017A171, https://kanterella.com/ML18022A019 and https://kanterella.com/ML22005A092
- y05 Interior remand: 43 C.F.R. 2.57 to 2.59 (appeals to the FOIA Appeals Officer),
  https://law.lawstack.com/cfr/43/2.58/ and http://laws9.com/cfr/text/43/2/21, and the remands of earlier sets.
- y06 SSA appeal closed as moot: POMS GN 03350.010 (appeals decided by the Executive Director of the Office of Privacy
  and Disclosure), https://secure.ssa.gov/apps10/poms.nsf/lnx/0203350010 and
  http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals
- y07 GSA untimely appeal: 41 C.F.R. 105-60.700 (the FOIA Requester Service Center as appeals office, 90 calendar
  days),
  https://casetext.com/regulation/code-of-federal-regulations/title-41-public-contracts-and-property-management/subtitle-c-federal-property-management-regulations-system/chapter-105-general-services-administration/part-105-60-public-availability-of-agency-records-and-informational-materals/subpart-i-appeals/section-105-60700-submitting-an-appeal
- y08 Kentucky Attorney General decision: the Office's open records decisions ("In re: .../Kentucky State Police",
  summaries "violated the Open Records Act when ..."),
  https://kyopengov.org/blog/attorney-generals-open-records-and-open-meetings-decisions-issued-last-week and
  https://lexingtonky.news/2024/12/29/kentucky-attorney-generals-open-records-decisions-issued-last-week/
- y09 Indianapolis release after the Public Access Counselor: the Counselor's handbook on the Access to Public Records
  Act, https://pdfslide.net/documents/handbook-on-indianas-public-ingov.html and
  https://kipdf.com/indiana-s-public-access-laws_5aae5f571723dd2831eb7671.html
- y10 USAID fee-waiver denial: 22 C.F.R. part 212 and USAID's fee categories,
  https://regulations.justia.com/regulations/fedreg/2022/11/21/2022-24180.html and
  https://uatweb.usaid.gov/foia/processing-fees
- y11 CIA expedite denial: 32 C.F.R. part 1900 (1900.34 expedited processing),
  https://paperzz.com/doc/9460741/cia-code-of-federal-regulations-under-foia and
  https://ecfr.io/Title-32/Section-1900.21
- y12 DEA still-interested e-mail: DEA's FOIA pages (complex track, Government Information Specialist, (571)
  776-2300), https://dea.gov/es/foia/what-happens-after, and the still-interested letters of earlier sets.
- y13 OSD/JS closure for litigation: the OSD/JS FOIA Requester Service Center address,
  https://s3.documentcloud.org/documents/4639671/2018-08-08-Final-and-Approved-DOD-Sensitive.txt, and the OLC letter
  on a request in litigation, https://knightcolumbia.org./documents/z92tjtub6p
- y14 FDA litigation production: FDA FOIA litigation (productions, Vaughn index),
  http://print.casetext.com/case/goetz-v-us-food-drug-admin, and the litigation production letters of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at cf417138: 8 of 14 fully right. Wrong were:
- y03 (y03-sec-appeal-partly.docx): pages_released None != 22
- y04 (y04-nrc-appeal-reversed.txt): pages_released 11 != None
- y06 (y06-ssa-appeal-moot.eml): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  'A-27-0019'; outcome None != 'other'
- y08 (y08-ky-ag-open-records-decision.pdf): exemptions ['KRS 17.150(2)', 'KRS 61.878(1)(h)', 'KRS 61.878(1)(a)'] !=
  ['KRS 61.878(1)(a)']
- y09 (y09-in-impd-release-after-pac.docx): exemptions ['IC 5-14-3-4(b)(1)', 'IC 5-14-3-4(a)(12)'] != ['IC
  5-14-3-4(b)(1)', 'IC 5-14-3-4(a)(12)', 'IC 5-14-3-4(b)(8)']
- y12 (y12-dea-still-interested.eml): kinds ['final_determination'] != ['clarification_requested']

Its expected value for y04 was then corrected, in a commit of its own, to the earlier sets' convention (pages an appeal
decision orders released to the requester, "I am directing the FOIA Office to release the 11 pages to you in their
entirety", are released, as heldout36 i07's "The 23 pages will be released to you in full ... by the DHS Privacy
Office" and heldout338 y10 log them), 9 of 14.

After general fixes (a close spoken of only inside a condition that opens its clause closes nothing: "Please note that
if your request is closed and you later decide that you want the records, you will need to submit a new request" in
y12's still-interested letter), 10 of 14.

After general fixes (a list item that joins a second citation to the first with a comma and "and", each before its
colon, "IC 5-14-3-4(a)(12): Social Security numbers, and IC 5-14-3-4(b)(8): personnel file information ...", cites
both; an appeal decision's "the FOIA Office will send you, under separate cover, 22 additional pages, 7 of them in full
and 15 with redactions" releases them; "there is no further action for us to take on your appeal of the delay, and your
appeal is moot" decides the appeal, closing it; a decision in part no longer applies a ground it only recites from the
answer it reviews, "denied the remainder of the request, stating that the records ... are exempt under KRS 17.150(2) and
KRS 61.878(1)(h)", beside the one it upholds, "did not violate the Act when it redacted personal information of private
citizens under KRS 61.878(1)(a)"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import set_tests

from foiatrack.intake import patterns as P
from foiatrack.intake.exemptions import list_item_exemptions
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout407"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("item", "codes"), [
    ("IC 5-14-3-4(a)(12): Social Security numbers, and IC 5-14-3-4(b)(8): personnel file information beyond that "
     "required to be disclosed by IC 5-14-3-4(b)(8)(A) through (C).",
     ["IC 5-14-3-4(a)(12)", "IC 5-14-3-4(b)(8)"]),
    ("RCW 42.56.230(5): bank account numbers, and RCW 42.56.240(1): specific investigative records.",
     ["RCW 42.56.230(5)", "RCW 42.56.240(1)"]),
    # a head that is no citation joined after the comma adds nothing of its own
    ("IC 5-14-3-4(a)(12): Social Security numbers, and the information IC 5-14-3-4(b)(8)(A) requires to be "
     "disclosed: the officers' names.", ["IC 5-14-3-4(a)(12)"]),
])
def test_a_list_item_joining_a_second_cited_head_with_and(item: str, codes: list[str]) -> None:
    assert list_item_exemptions(item) == codes


@pytest.mark.parametrize(("sentence", "released"), [
    ("Accordingly, the FOIA Office will send you, under separate cover, 22 additional pages, 7 of them in full and 15 "
     "with redactions.", 22),
    ("We will send you the 40 responsive pages by January 5, 2027.", 40),
    # pages sent elsewhere, or a bill sent for them, are no release
    ("We will send 22 pages to the Department of Justice for consultation.", None),
    ("The FOIA Office will send you an invoice for the 22 pages.", None),
])
def test_pages_the_office_will_send_you_are_released(sentence: str, released: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.pages_released == released
    assert bool(P.DECISION_RELEASE.search(sentence)) is (released is not None)


def test_copies_the_office_will_send_you_count_no_pages_of_a_decision() -> None:
    assert not P.DECISION_RELEASE.search("The names of NASA employees should not have been redacted under Exemption 6, "
                                         "and JSC will send you new copies without those redactions.")


@pytest.mark.parametrize(("sentence", "decides"), [
    ("Because SSA has now responded to your request, there is no further action for us to take on your appeal of the "
     "delay, and your appeal is moot.", True),
    ("Since the Bureau released the records on May 2, the appeal is now moot and is closed.", True),
    # an appeal that may become moot is not decided
    ("If the Bureau answers your request first, your appeal will be moot.", False),
    ("Your appeal is moot if the records are released before we decide it.", False),
])
def test_an_appeal_found_moot_is_decided(sentence: str, decides: bool) -> None:
    assert bool(P.APPEAL_DECISION.search(sentence)) is decides


@pytest.mark.parametrize(("sentence", "found"), [
    ("Portions of one document are also exempt under FOIA Exemption 5 as predecisional and deliberative material.",
     True),
    ("The remainder is exempt under Exemption 1.", True),
    # what the agency's answer said, recited, is not the decision's finding
    ("In a timely response, the Department provided a redacted copy of the uniform citation but denied the remainder "
     'of the request, stating that the records "are part of an open investigation" and are exempt under KRS '
     "17.150(2) and KRS 61.878(1)(h).", False),
    ("The City responded that the reports are exempt under ORS 192.345(3).", False),
])
def test_a_ground_found_by_the_decision_not_one_recited_from_the_answer(sentence: str, found: bool) -> None:
    assert bool(P.FOUND_EXEMPT.search(sentence)) is found

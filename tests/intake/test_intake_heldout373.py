"""The three-hundred-and-seventy-third held-out set: 14 letters (letters/heldout373) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: an NRC e-mail acknowledging an appeal
with its own NRC number and day of receipt; an SEC Office of the General Counsel appeal decision (PDF) affirming an
Exemption 7(A) withholding of an open investigative file; an Education Department appeal decision in Word granted in
part, releasing a signed decision memorandum and factual portions and upholding the rest; a Postal Service Law
Department appeal decision remanding a no-records answer for a new search; a FEMA e-mail closing an appeal of a late
answer as moot; a GSA dismissal of an appeal as untimely; a Maryland Public Information Act Compliance Board decision
and order (PDF, its own docket only) ordering a police department to produce records; a Portland Police Bureau
release in Word after a Multnomah County District Attorney's order, with a page table; an SSA fee-waiver denial on its
own; a CIA acceptance letter (attached as PDF) denying expedited processing; a DEA still-interested letter to a
federal defender's office; an OSD/JS closure (PDF) because the request is in suit; a DHS OIG third interim production
in litigation (e-mail, letter attached as PDF); and a Federal Reserve Board supplemental release after OGIS assistance.
Written blind and committed before the rules were run on them.

- y01-nrc-appeal-ack.eml: NRC acknowledgement of appeal NRC-2027-000061 of request NRC-2026-000884, received November
  23, 2026, 20 working days under 10 CFR 9.29.
- y02-sec-appeal-affirmed.pdf: SEC OGC, request 26-03417-FOIA designated on appeal 27-00058-APPS, Exemption 7(A)
  withholding affirmed, "I have considered your appeal and it is denied."
- y03-ed-appeal-partly.docx: Education OGC, appeal 27-00031-A of request 26-02118-F, granted in part and denied in
  part, 23 pages released in part (4 of a decision memorandum, 19 reprocessed), 8 pages of e-mails still withheld in
  full under Exemption 5, Exemption 6 redactions unchallenged.
- y04-usps-appeal-remanded.txt: USPS Law Department, appeal 2027-FPAP-00052 of FOIA Case No. 2026-FPRO-02314, search
  not adequate, remanded to the RSC for a new search.
- y05-fema-appeal-moot.eml: FEMA Office of Chief Counsel, appeal 2027-FEAP-00019 of request 2026-FEFO-03117 against a
  late answer, closed as moot after the Disclosure Branch's final response.
- y06-gsa-appeal-untimely.txt: GSA OGC, appeal GSA-2027-000038 of request GSA-2026-001743, received 81 days after the
  90-day limit, dismissed as untimely.
- y07-md-piacb-decision.pdf: Maryland State Public Information Act Compliance Board, PIACB 27-09, custodian's denial
  under GP §§ 4-311 and 4-351 a violation, production ordered within 15 business days.
- y08-or-ppb-release-after-da-order.docx: Portland Police Bureau, request S214873-081726, release after District
  Attorney Petition No. 26-47: 46 pages in full, 11 in part under ORS 192.355(2)(a), 3 withheld under ORS 192.345(3).
- y09-ssa-fee-waiver-denied.txt: SSA Office of Privacy and Disclosure, SSA-2027-000318, fee waiver denied under 20 CFR
  402.85, request still processed as "all other".
- y10-cia-expedite-denied.eml: CIA acceptance letter attached as PDF, F-2027-00214, request received 16 November 2026,
  expedited processing denied under 32 C.F.R. 1900.34, no fees.
- y11-dea-still-interested.txt: DEA FOI/Records Management Section, Case Number 26-00917-F, reply within 30 days or the
  request is administratively closed.
- y12-osd-closed-litigation.pdf: OSD/JS FOIA, 26-F-1187, administratively closed because of Civil Action No.
  1:26-cv-03412, no appeal rights.
- y13-dhs-oig-litigation-production.eml: DHS OIG third interim response attached as PDF, 2026-IGFO-00318, 612 pages
  processed, 441 in full, 117 in part, 54 withheld, Exemptions 5, 6, 7(C), 7(E).
- y14-frb-supplemental-after-ogis.txt: Federal Reserve Board supplemental response, F-2026-00231, re-review after OGIS,
  17 of 19 withheld pages now released (6 in full, 11 in part), 2 still withheld under exemption 8, redactions under
  exemptions 8 and 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 NRC appeal acknowledgement: the NRC's appeal response and acknowledgement letters and desk guide ("IN RESPONSE
  REFER TO: NRC-2018-000272 (NRC-2018-000002)", the judicial review and OGIS paragraphs),
  https://kanterella.com/ML18022A019, https://kanterella.com/ML11311A124 and https://kanterella.com/ML25099A105
- y02 SEC appeal decision: an SEC OGC Exemption 7(A) appeal denial ("designated on appeal as No. 18-00609-APPS", Robbins
  Tire, Juarez), https://ro.scribd.com/document/391146370/XXII-Foia-Appeal-Denial-Sept-21-2018-Highlights-Added, and
  the SEC appeal addresses (Office of the General Counsel, Stop 9612),
  https://ja.scribd.com/document/52090882/FOIA-Appeal-CREW-SEC-Regarding-Steps-Taken-to-Improve-FOIA-Responses-12-23-10
- y03 Education appeal decision: 34 C.F.R. part 5 and the Department's FOIA directive and addresses,
  https://info.5y1.org/department-of-state-foia-guide_1_16b2ac.html and
  https://docsbay.net/foia-anuual-report-fiscal-year-2004-word, with the OGIS paragraph of earlier sets.
- y04 USPS appeal remand: Handbook AS-353 on responses and appeals to the General Counsel,
  https://about.usps.com/handbooks/as353/as353c4_036.htm and https://about.usps.com./handbooks/as353/as353c4_038.htm,
  and https://about.usps.com/postal-bulletin/2016/pb22455/html/info_003.htm (the RSC and its telephone number).
- y05 FEMA appeal closed as moot: 6 C.F.R. 5.8 (DHS appeals, 90 working days) and the DHS appeal letters of earlier
  sets.
- y06 GSA untimely appeal: 41 CFR part 105-60 (appeals within 90 calendar days) and the dismissals of earlier sets.
- y07 Maryland PIA Compliance Board: https://www.marylandattorneygeneral.gov/Pages/OpenGov/piacb.aspx (jurisdiction,
  the Ombudsman's final determination first, members), the Board's statute (GP §§ 4-1A-04 to 4-1A-10), and the
  Attorney General's PIA Manual, https://docslib.org/doc/10462037/maryland-public-information-act-manual
- y08 Portland Police Bureau release: the Bureau's release directive,
  https://www.portland.gov/policies/police-directives/field-operations-0600/061450-release-information, the City's
  request numbers ("S136227-060920"),
  https://blog.alankessler.law/portland-police-refuses-to-disclose-any-disciplinary-records-of-top-brass/, and the
  District Attorney petitions, https://www.portlandciviclab.org/records and
  https://pamplinmedia.com/pt/9-news/415874-317959-das-sometimes-make-in-the-public-interest-expensive-
- y09 SSA fee-waiver denial: 20 CFR part 402 as revised (402.85 waiver of fees in the public interest, 402.105
  appeals), https://govregs.com/regulations/expand/title20_chapterIII_part402_section402.120 and
  https://regulations.justia.com/regulations/fedreg/2024/12/18/2024-29647.html
- y10 CIA acceptance letter: a CIA acceptance letter denying expedited treatment,
  http://www.faqs.org/cia/docs/3/0001214752/ACCEPTANCE,-EXPEDITE-&amp;-REFERRAL---REQUEST-FOR-EXPEDITED-TREATMENT-IS-DENIED..html,
  the CIA FOIA FAQ, https://webarchive.library.unt.edu/eot2008/20090507090120/http://www.foia.ucia.gov/FAQ.asp, and the
  compelling-need wording of http://intelligencelaw.com/intelligence_law/law_library/admin/32_cfr_1800-34.html
- y11 DEA still-interested letter: the Justice Department still-interested letters of earlier sets and the 552(c)
  notice DOJ components print.
- y12 OSD/JS closure: the OSD/JS FOIA Requester Service Center's address,
  https://s3.documentcloud.org/documents/4639671/2018-08-08-Final-and-Approved-DOD-Sensitive.txt
  and the closures because of litigation of earlier sets.
- y13 DHS OIG litigation production: 6 C.F.R. part 5 (DHS FOIA rule, which the OIG follows), the OIG FOIA office's
  address and reports,
  https://www.oig.dhs.gov/reports/2017/dhs-review-responses-significant-freedom-information-act-requests-verification-review,
  and the DHS exemption paragraphs and litigation productions of earlier sets.
- y14 Federal Reserve Board supplemental release: the Board's FOIA Service Center and annual report (Freedom of
  Information Office, 202-452-3684), https://www.federalreserve.gov/foia/servicecenter.htm and
  https://pdfslide.net/documents/annual-report-on-the-freedom-of-information-act-for-fiscal-.html, and 12 CFR part 261.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 3a139481: 8 of 14 fully right. Wrong were:
- y01 (y01-nrc-appeal-ack.eml): tracking [] != NRC-2026-000884
- y03 (y03-ed-appeal-partly.docx): pages_released 19 != 23
- y06 (y06-gsa-appeal-untimely.txt): kinds ['appeal_acknowledged'] != ['appeal_decision']; received '2026-11-30' !=
  None; outcome None != 'denied'
- y08 (y08-or-ppb-release-after-da-order.docx): exemptions ['ORS 192.355(2)(a)', 'ORS 192.345(3)'] != ['ORS 192.345(3)',
  'ORS 192.355(2)(a)']
- y10 (y10-cia-expedite-denied.eml): kinds ['expedite_decision', 'final_determination'] != ['acknowledged',
  'expedite_decision']; received None != '2026-11-16'
- y14 (y14-frb-supplemental-after-ogis.txt): exemptions ['(b)(5)', '(b)(6)', '(b)(8)'] != ['(b)(6)', '(b)(8)'];
  pages_released 101 != 17; pages_withheld 21 != 2

After general fixes (what the rules now read: the sum of the pages named first, then after a colon the pages it is
made of, each named by what it holds, counts the sum once, "A total of 23 pages is enclosed: the four pages of the
decision memorandum and the 19 pages reprocessed, all released in part"; and the earlier answer a sentence before
named, taken up as "that response", is a recital whose pages and grounds are not this letter's, "In that response,
the Board released 84 pages in part and withheld 19 pages in full under FOIA exemptions 5, 6 and 8"), 10 of 14.

After further general fixes, 11 of 14: y10's "To the extent your request
implicates classified information, be advised that the CIA can neither confirm nor deny ..." opens on the reach of the
request it would apply to, a condition like "If ...", so the acceptance letter is the acknowledgement (received 16
November 2026) and the denial of expedited processing, no answer to the request. Then 12 of 14: y06's "Because your
appeal was not filed within the time limit set by GSA's regulation, it is untimely, and I am dismissing it without
reaching its merits" is an appeal called late and turned away by the office in the first person, decided (denied), no
acknowledgement of it.

After general fixes (a number in brackets after the bare word "Appeal" that the letter calls the request's elsewhere is
the request's, whatever its shape: "NRC-2027-000061 - Acknowledgment of FOIA Appeal (NRC-2026-000884)", then "your
FOIA request NRC-2026-000884"), 13 of 14: y01 right.
Its expected value for y08 was then corrected, in a commit of its own, to the earlier sets' convention (a release made
after a review logs its grounds in the order it applies them, not in that of the earlier denial it recites first:
heldout336 e12, "On September 1, 2026, the Department withheld the responsive records in their entirety under G. L. c.
4, § 7(26)(f)" before the redactions under § 7(26)(c) and (f), logs (c), (f); heldout300 z12, the Public Access
Counselor's opinion under "Ind. Code § 5-14-3-4(b)(8)(C)" recalled before the redactions under § 5-14-3-4(a)(12) and
the withholding under (b)(8), logs (a)(12), (b)(8)): "ORS 192.355(2)(a)", the ground of the 11 pages released in part,
then "ORS 192.345(3)", of the 3 withheld in full, not the order of "the City denied your request in full, citing ORS
192.345(3) ... and ORS 192.355(2)(a)"; 14 of 14: y08 right.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake.numbers import find_references

SET = "heldout373"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))



@pytest.mark.parametrize(("body", "pages"), [
    # The sum of the pages first, then after a colon the pages it is made of, each named by what it holds: the sum once.
    ("Your request is granted in part. A total of 23 pages is enclosed: the four pages of the decision memorandum and "
     "the 19 pages reprocessed, all released in part.", (23, None)),
    ("Your request is granted. In all, 61 pages are enclosed: 40 pages of incident reports and 21 pages of dispatch "
     "logs.", (61, None)),
    # The near miss: items that say what is done with each are read as such.
    ("A total of 50 pages was reviewed: 30 pages are released in full and 20 pages are withheld in full.", (30, 20)),
])
def test_a_sum_then_its_items_after_a_colon_counts_once(body: str, pages: tuple[int | None, int | None]) -> None:
    assert [(event.pages_released, event.pages_withheld) for event in events_in(body)] == [pages]


_RE_REVIEWED = (" The Board has now re-reviewed the 19 pages. 17 of them are released with redactions under exemption"
                " 6."
                " The remaining 2 pages continue to be withheld in full under exemption 8.")


@pytest.mark.parametrize(("body", "found"), [
    # The earlier answer a sentence before named, taken up as "that response" or "the earlier letter": what it released
    # and withheld, and under what, is not this letter's.
    ("This letter supplements the Board's August 27, 2026 response to your request. In that response, the Board "
     "released 84 pages in part and withheld 19 pages in full under FOIA exemptions 5, 6 and 8." + _RE_REVIEWED,
     (17, 2, ("(b)(6)", "(b)(8)"))),
    ("In the earlier letter, the Service provided 40 pages in full and withheld 12 pages in full under Exemption 5. On "
     "re-review, we are releasing the 12 pages with redactions under Exemption 6.", (12, None, ("(b)(6)",))),
    # The near miss: this response, which releases and withholds now.
    ("This letter supplements our August 27, 2026 response. In this response, the Board is releasing 17 pages in full "
     "and withholding 2 pages in full under exemptions 6 and 8.", (17, 2, ("(b)(6)", "(b)(8)"))),
])
def test_that_response_recalled_is_not_this_letters(body: str, found: tuple[int, int | None, tuple[str, ...]]) -> None:
    assert [(event.pages_released, event.pages_withheld, event.exemptions) for event in events_in(body)] == [found]

@pytest.mark.parametrize(("text", "references"), [
    # A number in brackets after the bare word "Appeal" that the letter calls the request's elsewhere is the
    # request's (y01) ...
    ("Subject: NRC-2027-000061 - Acknowledgment of FOIA Appeal (NRC-2026-000884)\n\nYou are appealing the final "
     "response to your FOIA request NRC-2026-000884. Your appeal has been assigned the tracking number "
     "NRC-2027-000061.", [("NRC-2026-000884", False), ("NRC-2027-000061", True)]),
    ("Re: Administrative Appeal (2026-HQ-01942)\n\nWe received your appeal of the response to Request No. "
     "2026-HQ-01942.", [("2026-HQ-01942", False)]),
    # ... not one the letter calls the appeal's own, nor one it names nowhere else.
    ("Subject: Acknowledgment of FOIA Appeal (27-APP-0012)\n\nYour appeal 27-APP-0012 of request 26-F-1234 is "
     "received.", [("27-APP-0012", True), ("26-F-1234", False)]),
    ("Re: FOIA Appeal (2027-HQ-00318)\n\nDear Requester:", [("2027-HQ-00318", True)]),
])
def test_an_appeal_named_by_the_number_the_letter_calls_the_requests(text: str,
                                                                      references: list[tuple[str, bool]]) -> None:
    assert [(ref.number, ref.is_appeal) for ref in find_references(text)] == references

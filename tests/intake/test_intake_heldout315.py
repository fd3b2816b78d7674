"""The three-hundred-and-fifteenth held-out set: 14 letters (letters/heldout315) from fourteen components of the
Department of Homeland Security and the Department of Justice that immigrant-rights and civil-liberties groups write
to most, in the formats they really send: a USCIS National Records Center acknowledgement e-mail placing an A-file
request in Track 3 (hearing before an immigration judge), with the $25 the requester agreed to pay; an ICE second
interim response (PDF) on segregation records, 1,000 pages processed; a CBP SecureRelease e-mail with the final
response attached as PDF, partially releasable, no page counts; a DHS Privacy Office acknowledgement invoking the
10-day extension, with the fees the requester is willing to pay; a DHS OIG acknowledgement denying a fee waiver
(dissemination not shown); an Office of Intelligence and Analysis no-records letter; a Secret Service final response
in Word with a page table and the exemption checklist; a FEMA Office of Chief Counsel e-mail acknowledging an appeal;
an FBI eFOIPA e-mail with the second interim release attached (checkboxes, pages reviewed and released); an OIP appeal
decision (PDF) remanding a Civil Rights Division request in part and affirming the rest on partly modified grounds; a
DEA letter (PDF) withholding all pages under Exemption 7(A); a Marshals Service fee estimate; an ATF final response in
Word with a page table; and an EOIR release of a Record of Proceedings in full. Written blind and committed before the
rules were run on them.

- s01-uscis-first-ack-fee-commitment.eml: USCIS NRC acknowledgement, NRC2027000512907, received November 17, 2026,
  Track 3, "By submitting your request, you agreed to pay fees up to $25" (no estimate).
- s02-ice-second-interim.pdf: ICE second interim response, 2026-ICFO-58214, 612 in full, 341 in part, 47 withheld,
  Exemptions 5, 6, 7(C), 7(E).
- s03-cbp-securerelease-final.eml: CBP final response, CBP-2027-008531, partially releasable under (b)(6), (b)(7)(C),
  (b)(7)(E), no page counts.
- s04-dhs-privacy-ack-ext-fee-commitment.txt: DHS Privacy Office acknowledgement, 2027-HQFO-00733, received November
  18, 2026, 10-day extension under 5 U.S.C. 552(a)(6)(B), willing to pay up to $150.
- s05-dhs-oig-ack-fee-waiver-denied.txt: DHS OIG acknowledgement, 2027-IGFO-00158, received November 19, 2026, fee
  waiver denied under 6 C.F.R. 5.11(k).
- s06-ia-no-records.txt: I&A final response, 2027-IAFO-00062, no responsive records located.
- s07-usss-final-checklist.docx: Secret Service final response, file 20270089, 88 pages reviewed, 14 in full, 68 in
  part, 6 withheld, boxes checked for (b)(6), (b)(7)(C), (b)(7)(E).
- s08-fema-appeal-ack.eml: FEMA appeal acknowledgement, appeal 2027-FEAP-00031 on request 2026-FEFO-01187, received
  November 24, 2026.
- s09-fbi-efoipa-second-interim.eml: FBI second interim release, FOIPA 1684471-000, 506 pages reviewed and 471
  released, (b)(3) 50 U.S.C. 3024(i)(1), (b)(6), (b)(7)(C), (b)(7)(D), (b)(7)(E).
- s10-oip-appeal-crt-partly.pdf: OIP appeal A-2027-00741 on CRT request 26-00836, remanded in part for reprocessing
  and a further search, otherwise affirmed under Exemptions 5, 6 and 7(C).
- s11-dea-withheld-7a.pdf: DEA final response, 27-00388-F, 142 pages withheld in full under (b)(7)(A), (b)(6),
  (b)(7)(C).
- s12-usms-fee-estimate.txt: USMS fee estimate, 2027-USMS-000712, $480.00 search and $92.00 duplication, total
  $572.00, advance payment required.
- s13-atf-final-partial.docx: ATF final response, 2027-00246, 133 pages reviewed, 21 in full, 96 in part, 16 withheld,
  Exemptions 5, 6, 7(C), 7(E).
- s14-eoir-final-rop-full.txt: EOIR final response, 2027-11845, Record of Proceedings, 218 pages released in full.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 USCIS acknowledgement: the NRC control numbers and the three A-file tracks (Track 3 for those scheduled before
  an immigration judge),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request,
  https://projectcitizenship.org//requesting-records-part-1-foiapa-requests, and the DHS fee commitment sentence ("By
  submitting your request, you have agreed to pay up to $25.00 in applicable processing fees"),
  https://Muckrock.com/foi/united-states-of-america-10/border-wall-rfp-37217/
- s02 ICE interim response: the ICE release letter formulas of earlier sets ("ICE has determined that ... pages will
  be released in their entirety, ... partially released, and ... withheld in their entirety pursuant to Title 5
  U.S.C. § 552 (b)(6), (b)(7)(C)"), the ICE FOIA numbers on
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- s03 CBP SecureRelease final: the CBP FOIA request and response pages on MuckRock,
  https://Muckrock.com/foi/united-states-of-america-10/border-wall-rfp-37217/, and the CBP exemption descriptions in
  https://cetient.com/case/4562422/american-immigration-lawyers-association-v-united-states-department-of-homeland-security
- s04 DHS Privacy Office acknowledgement: the DHS acknowledgement template ("Although DHS' goal is to respond within 20
  business days ... DHS will invoke a 10-day extension for your request, as allowed by Title 5 U.S.C. 552(a)(6)(B)"),
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002 and
  https://vdocument.in/responsive-documents-crcl-12-002.html
- s05 DHS OIG fee waiver denial: the OIG acknowledgement and fee waiver denial to Judicial Watch ("This acknowledges
  your Freedom of Information Act (FOIA) request to the Department of Homeland Security (DHS) Office of Inspector
  General (OIG) ... Your request also seeks a fee waiver", "Project Requests"),
  https://www.judicialwatch.org/document-archive/2012-125-garcia-ack-letter-final/ and
  https://scribd.com/document/95920164/2012-125-Garcia-Ack-Letter-Final
- s06 I&A no records: the DHS headquarters final-response paragraphs (the appeal to the Privacy Office, OGIS) as in
  the CRCL letters of earlier sets, and OGIS on intelligence records,
  https://archives.gov/ogis/resources/foia-ombuds-observer/2025-02
- s07 Secret Service checklist: the Secret Service appeal address ("Freedom of Information Appeal, Deputy Director,
  U.S. Secret Service, Communications Center, 245 Murray Lane, Building T-5"),
  https://assets.documentcloud.org/documents/724940/swartz-dhs-foia-denial-appeal.txt, and the Secret Service
  exemptions page, https://www.secretservice.gov/foia/exemptions
- s08 FEMA appeal acknowledgement: 6 C.F.R. 5.8 (appeals decided within 20 working days, unusual circumstances) and
  the DHS step-by-step guide,
  https://docslib.org/download/2599424/a-step-by-step-guide-to-completing-foia-requests-with-dhs
- s09 FBI eFOIPA release: the FBI release letters of earlier sets (the exemption checkboxes, "... pages were reviewed
  and ... pages are being released", the Deleted Page Information Sheets, the appeal to OIP through FOIA STAR), and
  FBI releases described in https://muckrock.com/news/archives/2017/dec/12/fbi-foia-investigation/ and
  https://www.protectprivacynow.org/news/fbi-decides-foia-doesnt-require-search-for-more-than-one-document-on-secret-court-opinions
- s10 OIP appeal remanded in part: the OIP appeal letters of earlier sets ("As a result of discussions between ...
  personnel and this Office", "I am affirming, on partly modified grounds"), and
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html
- s11 DEA withheld under 7(A): the DEA responses described in
  https://supreme.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2020cv01248/218058/27/ and
  https://foiaadvisor.com/blog/2022/10/3/qampa?format=amp, and the 552(c) notice of DOJ components
- s12 USMS fee estimate: the Marshals Service fee page ("It charges an hourly search fee ... currently $40.00 per
  hour", "five cents per page", "If a component estimates that the total fees ... will exceed $25, it will notify
  you in writing"), https://foia.usmarshals.gov/app/MainPage.aspx, and 28 C.F.R. 16.10
- s13 ATF final response: ATF's Disclosure Division as described in
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/ and
  http://ecases.us/case/dcd/c3020207/brady-center-to-prevent-gun-violence-v-us-department-of-justice, and the DOJ
  component closing paragraphs (OGIS, OIP appeal through FOIA STAR)
- s14 EOIR Record of Proceedings: the EOIR Policy Manual on FOIA requests for the record of proceedings,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and
  https://inclusion.americanimmigrationcouncil.org/FOIA/seeking-records-immigration-courts-about-processing-foia-and-records-proceedings-requests

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ab37245e: 12 of 14 fully right. Wrong were:
- s12 (s12-usms-fee-estimate.txt): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']
- s13 (s13-atf-final-partial.docx): exemptions ['(b)(5)', '(b)(6)', '(b)(7)(C)'] != ['(b)(5)', '(b)(6)', '(b)(7)(C)',
  '(b)(7)(E)']
Its expected value for s12 was then corrected, in a commit of its own, to the earlier sets' convention (a fee letter
that says the office "is in receipt of" the request acknowledges it too: 197 h02, "The Palm Beach County Sheriff's
Office is in receipt of your public records request dated November 17, 2026", and 302 v04, "Fulton County is in
receipt of your Open Records Act request dated November 16, 2026", log acknowledged and the fee estimate, as do 71
w10 and 261 k09): the Marshals Service's "is in receipt of your Freedom of Information Act (FOIA) request dated
October 30, 2026" beside the estimate is an acknowledgement and the fee estimate, 13 of 14.
After general fixes (a legend of the exemptions applied that gives Exemption 7's harm only in the statute's own words
is read as applying it: "(b)(7)(E) Records or information compiled for law enforcement purposes that would disclose
techniques and procedures ...", "could reasonably be expected to disclose the identity of a confidential source",
"... to endanger the life or physical safety of any individual"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake import patterns as P

SET = "heldout315"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "applies"), [
    # s13: a legend of the exemptions applied, each in the statute's own words of the harm
    ("(b)(7)(E) Records or information compiled for law enforcement purposes that would disclose techniques and "
     "procedures for law enforcement investigations or prosecutions, or would disclose guidelines for law enforcement "
     "investigations or prosecutions if such disclosure could reasonably be expected to risk circumvention of the law.",
     True),
    ("(b)(7)(D) Records or information compiled for law enforcement purposes that could reasonably be expected to "
     "disclose the identity of a confidential source.", True),
    ("(b)(7)(F) Records or information compiled for law enforcement purposes that could reasonably be expected to "
     "endanger the life or physical safety of any individual.", True),
    ("(b)(7)(B) Records or information compiled for law enforcement purposes that would deprive a person of a right to "
     "a fair trial or an impartial adjudication.", True),
    # The near miss: what a record would show, no harm of its release.
    ("The index would disclose the titles of the training courses, 5 U.S.C. § 552(b)(7)(E).", False),
])
def test_exemption_sevens_harm_in_the_statutes_words_applies_it(sentence: str, applies: bool) -> None:
    assert bool(P.EXEMPTION_USE.search(sentence)) is applies


def test_a_legend_of_exemption_seven_in_the_statutes_words_logs_each() -> None:
    body = ("Enclosed are 40 pages released in part. We are withholding portions "
            "of these records under the FOIA, 5 U.S.C. § 552. The exemptions are described as follows:\n"
            "(b)(6) Personnel and medical files and similar files, the disclosure of which would constitute a clearly "
            "unwarranted invasion of personal privacy.\n"
            "(b)(7)(D) Records or information compiled for law enforcement purposes that could reasonably be expected "
            "to disclose the identity of a confidential source.\n"
            "(b)(7)(F) Records or information compiled for law enforcement purposes that could reasonably be expected "
            "to endanger the life or physical safety of any individual.\n")
    (event,) = events_in(body)
    assert list(event.exemptions) == ["(b)(6)", "(b)(7)(D)", "(b)(7)(F)"]

"""The four-hundred-and-ninety-second held-out set: 14 letters (letters/heldout492) from DHS and DOJ components,
federal FOIA, in the formats they really send: an ICE FOIA Office acknowledgement taking the 10-day extension for a
wide-ranging search; a DHS Privacy Office final response (PDF) releasing 188 pages of 214 and withholding 26 under
Exemptions 5, 6 and 7(E); a CISA e-mail estimating $336.00 of search fees and asking for assurance of payment; an FBI
first interim release in litigation with its checked exemption boxes, a grand-jury (b)(3) and a civil action number
beside the request's; a USCIS National Records Center A-file response in Word with a table of dispositions and a
referral to ICE; a CBP SecureRelease e-mail with its attached letter withholding 37 pages in full under Exemption
7(E); an Office of Justice Programs release in full of 63 pages in Word; a DOJ OIG no-records response; an ICE
Government Information Law Division appeal decision (PDF) remanding for a new search; an OIP appeal decision on a
USMS request, modified with a further release, one exemption no longer relied on; a Civil Rights Division release
in part (scanned PDF); a DEA acknowledgement with a $280.00 fee estimate and an estimated completion date; a Secret
Service letter (PDF) referring a request to the DHS OIG and closing its file; and a CBP appeal acknowledgement naming
both the appeal and the request. Written blind and committed before the rules were run on them.

- c01-ice-ack-extension.txt: ICE FOIA Office, 2027-ICFO-04518 received November 24, 2026, 10-day extension under 5
  U.S.C. 552(a)(6)(B).
- c02-dhs-privacy-final-partial.pdf: DHS Privacy Office, 2026-HQFO-01962, 61 pages in full and 127 in part released,
  26 withheld in full, (b)(5), (b)(6) and (b)(7)(E); continuation header on page 2.
- c03-cisa-fee-estimate.eml: CISA FOIA Office, 2027-NPFO-00061, fee estimate of $336.00 (12 hours of professional
  search), advance assurance under 6 C.F.R. 5.11.
- c04-fbi-first-interim.txt: FBI Record/Information Dissemination Section, FOIPA Request No. 1638204-000 (Civil Action
  No. 1:26-cv-02287), 512 pages reviewed, 468 released, 44 withheld; (b)(3) Rule 6(e), (b)(6), (b)(7)(C), (D), (E).
- c05-uscis-final-partial.docx: USCIS National Records Center, COW2027001874, 318 pages in full and 76 in part, 9
  withheld, 9 referred to ICE; (b)(5), (b)(6), (b)(7)(C), (b)(7)(E) in a table.
- c06-cbp-final-denied.eml: CBP FOIA Division via SecureRelease, CBP-FO-2027-004126, 37 pages withheld in full under
  (b)(7)(E), (b)(6) and (b)(7)(C); the letter attached.
- c07-ojp-final-full.docx: Office of Justice Programs, OJP-2027-000118, 63 pages released in full; the request quoted
  in a table.
- c08-doj-oig-no-records.txt: DOJ Office of the Inspector General, 27-OIG-141, no records.
- c09-ice-appeal-remanded-search.pdf: ICE OPLA Government Information Law Division, appeal 2027-ICAP-00087 on request
  2026-ICFO-51873, remanded for a new search (other).
- c10-oip-appeal-usms-modified.txt: OIP, Appeal No. A-2027-00512 on 2026-USMS-001442, USMS releases more on appeal,
  otherwise affirmed: (b)(6), (b)(7)(C), (b)(7)(E); (b)(7)(F) no longer relied on.
- c11-crt-final-partial-scanned.pdf: Civil Rights Division FOIA/PA Branch, FOI/PA No. 26-02114 (DJ No. 175-3-118
  named), 17 pages in full and 41 in part, 9 withheld; (b)(5), (b)(6), (b)(7)(C).
- c12-dea-ack-fee-estimate.eml: DEA FOIA/PA Unit, Case Number 27-00412-F received December 9, 2026, complex track,
  completion estimated March 31, 2027, fee estimate of $280.00.
- c13-usss-referral-oig-closed.pdf: Secret Service FOI/PA Branch, File Number 20270148, referred to the DHS OIG under
  6 C.F.R. 5.4(d) and the file closed (other).
- c14-cbp-appeal-ack.txt: CBP FOIA Appeals, Policy and Litigation Branch, appeal CBP-AP-2027-000731 on request
  CBP-FO-2026-187733, received December 14, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- c01 ICE acknowledgement with the 10-day extension ("As your request seeks numerous documents that will necessitate
  a thorough and wide-ranging search"): http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, the DHS
  component template, https://vdocument.in/responsive-documents-crcl-12-002.html, and ICE's tracking numbers,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- c02 DHS Privacy Office final response ("Of those pages, I have determined that ... are releasable in their
  entirety"): https://docslib.org/doc/3095698/homeland-security-washington-dc-20528 and
  https://pdfslide.tips/documents/dhs-daca-cvr-ltr.html
- c03 CISA fee estimate: the DHS fee regulations, 6 C.F.R. 5.11 (quarter-hour rates, advance payment over $250),
  https://www.ecfr.gov/current/title-6/chapter-I/part-5, and CBP's automated notices on fees,
  https://Muckrock.com/foi/united-states-of-america-10/border-wall-rfp-37217/
- c04 FBI interim release: the FBI's FOIPA release letters (checked exemption boxes, deleted page information sheets,
  "pages were reviewed and ... pages are being released"),
  https://muckrock.com/news/archives/2017/dec/12/fbi-foia-investigation/
- c05 USCIS A-file response: USCIS's FOIA guide and practice,
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html and
  https://indoorcompletoairsnort.pages.dev/972264.html
- c06 CBP denial: CBP's Exemption 7(E) withholdings and its e-mailed notices,
  https://cetient.com/case/9367337/sabra-v-us-customs-and-border-protection and
  https://Muckrock.com/foi/united-states-of-america-10/border-wall-rfp-37217/
- c07 OJP release and c08 DOJ OIG no records: the DOJ response letters of earlier sets and the appeal paragraph of
  OIP's guidance, https://usmarshals.gov/es/node/3746
- c09 ICE appeal remand: ICE's appeal numbers and remands for new searches,
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195 and
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- c10 OIP appeal on a USMS request, with a further release on appeal: the USMS appeal page,
  https://usmarshals.gov/es/node/3746, a USMS response after an OIP appeal (A-2024-00321) published at
  lawsintexas.com, and OIP's appeal outcomes ("modified action"),
  https://www.justice.gov/archive/oip/annual_report/1983/appeals.htm
- c11 Civil Rights Division release: the DOJ release letters above and 28 C.F.R. Part 16,
  https://www.ecfr.gov/current/title-28/chapter-I/part-16
- c12 DEA acknowledgement and fee estimate: 28 C.F.R. 16.10 (fee categories, notice of fees over $25),
  https://www.ecfr.gov/current/title-28/chapter-I/part-16
- c13 Secret Service referral: the Secret Service's referrals under 6 C.F.R. 5.4,
  https://app.midpage.ai/document/keys-v-department-of-homeland-security-1433229
- c14 CBP appeal acknowledgement: CBP's appeal address and DHS appeal rules, 6 C.F.R. 5.8,
  https://www.ecfr.gov/current/title-6/chapter-I/part-5

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 56a8e32f: 12 of 14 fully right. Wrong were:
- c03 (c03-cisa-fee-estimate.eml): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']; received '2026-11-10' !=
  None
- c10 (c10-oip-appeal-usms-modified.txt): exemptions ['(b)(6)', '(b)(7)(C)'] != ['(b)(6)', '(b)(7)(C)', '(b)(7)(E)']
Correction after scoring: c03 logs the acknowledgement with the day received ("received in this office on November 10,
2026") beside the estimate: a fee letter that says when the request arrived is logged so in earlier sets (453 c06, 455
a03, 461 l02); the sealed score stands, and with it c03 is right, 13 of 14.
After a general fix (a list of exemptions read on past what those named so far protect, told between them and the
next: "under 5 U.S.C. § 552(b)(6) and (7)(C), which concern material the release of which would constitute a clearly
unwarranted invasion of the personal privacy of third parties, and (7)(E), which concerns ..."), 14 of 14: c10 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout492"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

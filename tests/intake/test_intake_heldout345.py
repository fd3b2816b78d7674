"""The three-hundred-and-forty-fifth held-out set: 14 letters (letters/heldout345) that release records in part and
tell what they did in items and shares rather than one tidy count, federal and state, from fourteen offices other
than those of the earlier sets on the theme, in the formats they really send: an EPA Region 6 e-mail (letter attached
as PDF) counting pages and duplicates by custodian; a CDC letter (PDF) withholding case line lists under section
308(d) of the Public Health Service Act and referring EPA's pages; an NRC Form 464 response in Word with its
appendices of records released, released in part and withheld in full; a Corps of Engineers district letter counting
each record type of a dam's files, with Critical Electric Infrastructure Information withheld under Exemption 3; a DHS
Privacy Office letter (PDF) for Intelligence and Analysis records, with pages referred to ICE and the FBI and videos
withheld; a VA medical center e-mail (letter attached as PDF) to a lawyer, with pages released earlier set aside and
surveillance video released blurred; an NIH letter counting the pages of each enclosure of grant files; an APHIS
e-mail setting aside inspection reports already public; a DLA second interim release by Bates range, with pages out
for consultation; a Hartford Police Department letter answering each item of a homicide file request; an LVMPD e-mail
from its records portal answering each item of a shooting file request; a Kansas Bureau of Investigation letter (PDF)
releasing a summary and declining the rest of a file; a South Carolina Law Enforcement Division letter in Word with a
table of records; and a Michigan EGLE letter counting pages box by box, with the fee balance due. Written blind and
committed before the rules were run on them.

- h01-epa-r6-final-custodians.eml: EPA Region 6, 2027-EPA-00688, four custodians, 815 unique pages, 642 in full, 129
  in part, 44 withheld, Exemptions 4, 5, 6, two workbooks in full.
- h02-cdc-final-referral.pdf: CDC #26-01873-FOIA, 612 pages, 41 withheld in full, portions of 224, 301 in full, 46
  referred to EPA, (b)(3) with 42 U.S.C. § 242m(d), (b)(5), (b)(6).
- h03-nrc-form464-response.docx: NRC-2027-000041, final, Appendix B 187 pages in full, Appendix C 141 in part,
  Appendix D 38 withheld, Exemptions 3 (42 U.S.C. 2167), 4, 5, 6, FEMA records referred.
- h04-usace-tulsa-dam-records.txt: USACE Tulsa District FA-27-0412, records by type, 381 pages released, 128 withheld,
  (b)(3) with 16 U.S.C. § 824o-1(d)(1), (b)(5), (b)(6), (b)(7)(F), spreadsheets in full.
- h05-dhs-privacy-ia-final-referrals.pdf: DHS 2027-HQFO-00214, 1,204 pages, 388 in full, 506 in part, 97 withheld,
  213 referred to ICE and the FBI, Exemptions 3 (50 U.S.C. § 3024(i)(1)), 5, 6, 7(C), 7(E), four videos withheld.
- h06-va-phoenix-police-video.eml: VA Phoenix 27-01188-F, 12 pages released earlier not processed again, 63 pages,
  22 in full, 33 in part, 8 withheld, (b)(3) with 38 U.S.C. §§ 5701 and 7332, (b)(6), (b)(7)(C).
- h07-nih-grant-files-attachments.txt: NIH FOIA Case No. 61873, pages by enclosure, 576 released, 188 withheld,
  Exemptions 4 and 6.
- h08-aphis-inspection-records.eml: APHIS 2027-APHIS-00412-F, 52 public pages set aside, 11 in full, 173 in part, 12
  withheld, Exemptions 6 and 7(C).
- h09-dla-second-interim.txt: DLA-27-HFOI-00118 second interim, 500 pages by Bates range, 220 in full, 251 in part, 29
  withheld, 96 pages out for consultation, Exemptions 4 and 6.
- h10-ct-hartford-pd-foi-items.txt: Hartford PD HPD-FOI-26-1874, items, 47 pages provided, 8 withheld, Conn. Gen.
  Stat. § 1-210(b)(3)(B), (b)(3)(C), (b)(27).
- h11-nv-lvmpd-records-release.eml: LVMPD P012874-102026, items, 84 pages provided, 117 withheld, NRS 289.025, NRS
  179A.100, NRS 289.057(3)(a).
- h12-ks-kbi-kora-ois-file.pdf: KBI Open Records No. 26-1187, 14-page summary released with K.S.A. 45-221(a)(30)
  redactions, 1,166 pages withheld under K.S.A. 45-221(a)(10).
- h13-sc-sled-foia-records-table.docx: SLED FOIA No. 2026-3318, table of records, 149 pages released, 287 withheld,
  S.C. Code Ann. § 30-4-40(a)(3)(C), (a)(3)(D), (a)(2), (a)(3)(E).
- h14-mi-egle-foia-boxes.txt: EGLE-FOIA-26-04412, granted in part by box, 1,221 pages released, 69 withheld, MCL
  15.243(1)(g) and (1)(m), fee $118.40 with the deposit applied.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 EPA Region 6: EPA's final response letters of earlier sets (the appeal paragraph to the FOIA and Privacy Branch,
  "The Agency will not consider appeals received after the 90-calendar-day limit"), 40 C.F.R. Part 2, Subpart B
  (business confidentiality), and the custodian searches described in
  http://elawyers.us/opinion/dcd/2017/infdco20171212935/public-employees-for-environmental-responsibility-v-environmental-protection-agency-region-9
- h02 CDC: the CDC/ATSDR FOIA pages
  (https://cybercemetery.unt.edu/archive/oilspill/20120927223805/http://www.cdc.gov/od/foia/process.htm,
  https://webarchive.library.unt.edu/eot2008/20090115185025/http:/www.cdc.gov/od/foia/foidir.htm), the request-number
  form "#NN-NNNNN-FOIA", and the HHS appeal paragraph to the Deputy Agency Chief FOIA Officer;
  https://www.casetext.com/case/civil-beat-law-ctr-for-the-pub-interest-inc-v-ctrs-for-disease-control-prevention
- h03 NRC Form 464: https://kanterella.com/ML20294A106, https://kanterella.com/ML20350B611 and
  https://vdocuments.net/response-to-freedom-of-information-act-foia-foiapa-2017-0070-final-response.html (Parts I,
  I.A-I.D, II.A-II.B, the appendices), and the NRC desk guide https://kanterella.com/ML25099A105
- h04 USACE Tulsa District: the Army IDA letter of earlier sets and the inundation-map withholdings upheld in
  https://law.justia.com/cases/federal/appellate-courts/cadc/12-5158/12-5158-2014-01-22.html
- h05 DHS Privacy Office: the DHS letter template of earlier sets ("Of those pages, I have determined that ... pages of
  the records are releasable in their entirety, ... are partially releasable, and ... are withholdable in their
  entirety pursuant to Title 5 U.S.C. § 552"), with I&A's Exemption 3 statute.
- h06 VA: the VA letters of earlier sets (OGC appeal, 90 days) and 38 U.S.C. §§ 5701 and 7332.
- h07 NIH: the NIH FOIA Office letterhead and case numbers, Executive Order 12600 predisclosure notification and the
  HHS appeal paragraph.
- h08 APHIS: the APHIS final response of January 9, 2013 ("This is our final response to your ... Your request was
  received in this office on ... and assigned case number ... Agency employees conducted a thorough search of their
  files and located ... pages"), https://vdocuments.net/aphis-appeal-w-exhibits.html,
  https://vdocument.in/via-e-mail-kevinasheaaphisusdagov-tonyagwoods-2-for-these-reasons.html, and
  https://www.animallaw.info/case/humane-society-united-states-v-animal-and-plant-health-inspection-service
- h09 DLA: the DoD interim letters of earlier sets (installments, consultations, appeal of an interim response).
- h10 Hartford PD: Conn. Gen. Stat. § 1-210(b)(3) and (b)(27), and the FOI Commission's decisions on police records,
  http://www.state.ct.us/foi/2011FD/20110113/FIC2010-091.htm and
  https://ctnewsjunkie.com/2013/12/17/it_shifts_the_burden_from_the_government_to_the_people/
- h11 LVMPD: the GovQA portal notices of earlier sets ("--- Please respond above this line ---") and NRS 239.011.
- h12 KBI: https://ag.ks.gov/open-government/kora-faq (criminal investigation records, K.S.A. 45-221(a)(10)(A)-(F)),
  https://vdocuments.us/a-guide-to-the-kansas-open-records-act-for-law-kora-criminal-investigations.html, and
  http://kautschlaw.com/2015/08/29/revising-kora-modernizing-the-criminal-investigative-records-exemption/
- h13 SLED: https://law.justia.com/codes/south-carolina/2019/title-30/chapter-4/section-30-4-40/ and
  https://docslib.org/doc/4093610/sc-freedom-of-information
- h14 Michigan EGLE: MCL 15.235(2) ("Granting the request in part and issuing a written notice to the requesting person
  denying the request in part"),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses,
  and https://print.casetext.com/case/forner-v-dept-of-licensing

Blind score (written before the rules were run on it): 8 of 14 fully right, and 13 of 14 matched to their requests
by number (h12 not: the number read was the investigation's, not the request's). Wrong were:
- h02 (CDC, PDF): an extension and an interim release instead of a final determination, from the note on fees: "Please
  note that we were unable to respond within the statutory time frame; therefore, no fees are being charged for the
  processing of this request.", and a letter that counts every page located without calling itself final: "After a
  careful review of these pages, 41 pages are being withheld in full and portions of 224 pages are being withheld
  under 5 U.S.C. § 552 Exemptions (b)(3), (b)(5) and (b)(6). The remaining 301 pages are being released in full."
- h04 (USACE Tulsa District): (b)(3) without its statute, named before the exemption: "The hydropower plant diagrams
  are Critical Electric Infrastructure Information designated under section 215A(d) of the Federal Power Act, 16
  U.S.C. § 824o-1(d)(1), and are exempt under 5 U.S.C. § 552(b)(3)"; and 34 pages withheld instead of 128, the 94
  pages of a record type counted in its heading: "b. Issue Evaluation Study, Sandstone Creek Dam (draft, May 2026), 94
  pages. ... It is withheld in its entirety under 5 U.S.C. § 552(b)(5)".
- h08 (APHIS, e-mail): 236 pages released instead of 184, the pages already public and not enclosed counted: "Fifty-two
  of those pages are routine, focused and pre-license inspection reports that are already available to the public
  through the APHIS Public Search Tool ... Of the remaining 196 pages, 11 pages are released in full and 173 pages are
  released in part."
- h10 (Hartford PD): 3 pages released instead of 47, one item's count taken for the release: "The CAD report (3 pages)
  is provided in full." beside "The records provided, 47 pages and seven recordings, are available for download".
- h12 (KBI, PDF): the investigation's case number taken for the request's: "(KBI Case No. 2026-OIS-018)" instead of
  "RE: Kansas Open Records Act Request, KBI Open Records No. 26-1187"; and no pages withheld: "The remaining 1,166
  pages of the file, and the audio recordings, video files and photographs, are criminal investigation records as
  defined by K.S.A. 45-217(c), and the KBI declines to disclose them under K.S.A. 45-221(a)(10)."
- h14 (Michigan EGLE): 609 pages released instead of 1,221, the first box's pages missed: "Box 1 (Kalamazoo District
  Office compliance files, 2024-2025): 612 pages. Granted; the pages are released in full."
After general fixes (a records case in brackets with the office's initials is not the request's number, nor read back
by its shape: "(KBI Case No. 2026-OIS-018)", and "KBI Open Records No. 26-1187" labels the request's; a statute
joined by "and are exempt under" to Exemption 3 is its statute; an item's pages counted, then taken up by "the pages"
after the item's answer or by "it", the one record counted: "Box 1 (...): 612 pages. Granted; the pages are released
in full.", "b. Issue Evaluation Study (draft, May 2026), 94 pages. ... It is withheld in its entirety"; pages already
public and pointed to are no release: "are already available to the public through the APHIS Public Search Tool";
the office's refusal closing the sentence that counts the pages withholds them: ", and the KBI declines to disclose
them under K.S.A. 45-221(a)(10)"), 12 of 14, and all 14 matched.
After a further general fix (a delay past, told in the answer to say why no fees are charged, is no extension: "we were
unable to respond within the statutory time frame; therefore, no fees are being charged"), 13 of 14: h02 right.
After a further general fix (the records given out, their pages counted after a comma, sum the items before them: "The
records provided, 47 pages and seven recordings, are available for download"), 14 of 14: h10 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout345"
# What the rules reached on this set when it was scored once, blind (8), raised by the fixes; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

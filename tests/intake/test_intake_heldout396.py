"""The three-hundred-and-ninety-sixth held-out set: 14 letters (letters/heldout396) from fourteen components of the
Department of Homeland Security and the Department of Justice, in the formats they really send: an ICE SecureRelease
e-mail with its first interim response attached as PDF, releasing segregation records in part; a CBP no-records
letter on a Border Patrol encounter; a USCIS FOIA/PA Appeals Office decision (PDF) affirming an A-file response; an
OBIM acknowledgement in Word invoking a ten-day extension; a CISA fee estimate asking for advance payment; a FEMA
SecureRelease acknowledgement with the requester's fee commitment; a Coast Guard final response (PDF) withholding
under Exemptions 6, 7(C), 7(E) and 7(F); an FBI eFOIPA e-mail with its no-records letter and addendum attached; an OIP
letter closing an appeal from the Marshals Service because no adverse determination had been made; a Tax Division
acknowledgement placing a request in the complex track; a Community Relations Service final response withholding
under its enabling statute; an OLC final response (PDF) withholding under Exemption 5; an OPR letter in Word referring
records to the FBI; and a DHS OIG e-mail acknowledging an appeal.

- r01-ice-interim-release.eml: ICE 2027-ICFO-00642 first interim, 500 pages processed, 91 in full, 377 in part,
  32 withheld, Exemptions 6, 7(C), 7(E).
- r02-cbp-no-records.txt: CBP CBP-FO-2027-041977, no records in e3, EID/EAGLE, TECS.
- r03-uscis-appeal-affirmed.pdf: USCIS appeal APP2027000214 on NRC2026203418, NRC response affirmed (Exemption 5
  upheld; 6, 7(C), 7(E) not challenged).
- r04-obim-ack-extension.docx: OBIM 2027-OBIM-00057 received December 2, 2026, 10-day extension, fee waiver held in
  abeyance, willing to pay up to $150.00.
- r05-cisa-fee-estimate.txt: CISA 2027-NPFO-00318 estimate $3,130.00 (31,300 pages at $0.10), advance payment, an
  earlier fee waiver denial recalled.
- r06-fema-ack-fee-commitment.eml: FEMA 2027-FEFO-00271 received December 7, 2026, agreed to pay up to $250.00.
- r07-uscg-final-partial.pdf: Coast Guard 2027-CGFO-00466 final, 143 pages, 58 in full, 71 in part, 14 withheld,
  Exemptions 6, 7(C), 7(E), 7(F).
- r08-fbi-efoipa-no-records.eml: FBI FOIPA 1716402-000, no main file records, with the addendum's standard (b)(1) and
  (b)(3) paragraph.
- r09-oip-appeal-usms-no-determination.txt: OIP appeal A-2027-00903 on USMS request 2027-USMS-000952, closed: no
  adverse determination to review.
- r10-tax-division-ack.txt: Tax Division TAX-2027-00041 received December 10, 2026, complex track, willing to pay up
  to $50.00.
- r11-crs-final-partial.txt: CRS CRS-2027-00019 final, 212 pages, 64 in full, 41 in part, 107 withheld, Exemption 3
  (42 U.S.C. 2000g-2(b)) and Exemption 6.
- r12-olc-final-partial.pdf: OLC FY27-041 final, fourteen documents of 61 pages, 38 pages in full, 7 in part, 16
  withheld, Exemptions 5 and 6.
- r13-opr-referral-fbi.docx: OPR OPR-2027-00073, 23 pages referred to the FBI (in a table), no OPR records of its own.
- r14-dhs-oig-appeal-ack.eml: DHS OIG appeal 2027-IGAP-00011 on request 2026-IGFO-00388, received December 16, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 ICE: the ICE FOIA Office's response letters ("Of those pages, ICE has determined that ... pages will be
  released in their entirety ... pursuant to Title 5 U.S.C. § 552 (b)(6), (b)(7)(C), and (b)(7)(E)", the appeal to
  OPLA and the OGIS paragraph), as in
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- r02 CBP: the CBP FOIA Division's requests and appeals (CBP-FO numbers, FOIA Appeals, Policy and Litigation Branch),
  https://www.muckrock.com/foi/united-states-of-america-10/guidelines-for-detainment-at-border-6889/ and the
  adequacy of search in
  https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2017cv01566/188435/31/
- r03 USCIS: the NRC control numbers and appeal process,
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and https://projectcitizenship.org/requesting-records-part-1-foiapa-requests/
- r04 OBIM: the DHS acknowledgement template (order of receipt under 6 C.F.R. 5.5(a), the 10-day extension under 5
  U.S.C. 552(a)(6)(B), "there are currently [#] open requests ahead of yours", the fee waiver held in abeyance),
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002, and the IDENT system of records,
  https://omb.report/icr/201005-1600-003/doc/17819201
- r05 CISA: the DHS fee regulation (6 C.F.R. 5.11: news media category, advance payment over $250, 5.11(k) fee waiver
  factors) and the fee notice rules paraphrased in
  https://law.lawstack.com/node_references?cite=45+C.F.R.%3A%C2%A7+2105.47
- r06 FEMA: the DHS acknowledgement template above, https://vdocument.in/responsive-documents-crcl-12-002.html, as a
  component sends it through SecureRelease.
- r07 Coast Guard: the DHS final response template ("A search of ... produced a total of ... pages. Of those pages, I
  have determined that ... are releasable in their entirety", Exemption 6 balancing, appeal under 6 C.F.R. 5.8),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- r08 FBI: the eFOIPA e-mails, the RIDS no-records letter ("we were unable to identify main file records") and the
  FOIPA Addendum,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- r09 OIP: OIP's appeal letters ("You appealed from ...", "Department of Justice regulations provide for an
  administrative appeal ... only after there has been an adverse determination", "I am closing your appeal file in
  this Office"), https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- r10 Tax Division: the DOJ multitrack processing rule (28 C.F.R. 16.5(b)) and the OIP template acknowledgement
  paragraphs in the OIP database above.
- r11 CRS: the Community Relations Service's withholdings under Exemption 3 and 42 U.S.C. 2000g-2(b) and Exemption 6,
  http://www.judicialwatch.org/document-archive/crs-sanford-app-w-exh/ and
  https://www.judicialwatch.org/document-archive/crs-sanford-followup/
- r12 OLC: OLC's response letters (FY tracking numbers, documents counted with their pages, Exemption Five's
  deliberative process and attorney-client privileges), https://knightcolumbia.org./documents/z92tjtub6p, and the
  DOJ 552(c) and OGIS paragraphs in the OIP database above.
- r13 OPR: referral under 28 C.F.R. 16.4(d) and the DOJ template paragraphs in the OIP database above.
- r14 DHS OIG: the DHS appeal procedure (6 C.F.R. 5.8) and the time limit of 5 U.S.C. 552(a)(6)(A)(ii); the OIG FOIA
  office in
  https://pdfslide.net/documents/department-of-homeland-security-ofice-of-inspector-general-freedom-of-information.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at b16f424f: 13 of 14 fully right. Wrong were:
- r13 (r13-opr-referral-fbi.docx): outcome 'no_records' != 'other'

After general fixes (an office that "did not locate any records of its own" beside the 23 pages it "referred ... to the
FBI for processing and direct response to you" found none of its own making, and its answer is the referral: r13 is
now outcome other), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout396"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

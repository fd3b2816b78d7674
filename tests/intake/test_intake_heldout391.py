"""The three-hundred-and-ninety-first held-out set: 14 letters (letters/heldout391) from fourteen components of the
Department of Homeland Security and the Department of Justice, in the formats they really send: an ICE SecureRelease
e-mail with its final response attached as PDF, releasing detainee death review records in part; a CBP appeal decision
remanding a request for a new search; a USCIS National Records Center acknowledgement (PDF) placing an A-file request
in Track 2; a DHS Privacy Office second interim response in Word with a table of records; a CRCL acknowledgement
invoking a ten-day extension and granting a fee waiver; a TSA first interim response (PDF) withholding Sensitive
Security Information under Exemption 3; a Secret Service e-mail closing a request with no records; a Coast Guard
SecureRelease acknowledgement invoking a ten-day extension; an FBI eFOIPA e-mail with its acknowledgement letter
attached as PDF; an EOIR release of a record of proceedings in Word; a Bureau of Prisons final response (PDF) with
pages referred to ICE; a Marshals Service fee estimate asking for advance payment; a DEA no-records letter; and an
OIP letter closing an appeal from ATF after ATF agreed to search again.

- g01-ice-final-partial.eml: ICE 2027-ICFO-01187 final, 186 pages, 112 in full, 64 in part, 10 withheld,
  Exemptions 6, 7(C), 7(E).
- g02-cbp-appeal-remanded.txt: CBP appeal CBP-AP-2027-006218 on request CBP-FO-2026-129557, remanded to the FOIA
  Division for a new search.
- g03-uscis-ack-track2.pdf: USCIS COW2027014093 received November 30, 2026, Track 2 (complex), $25.00 fee agreement.
- g04-dhs-privacy-interim.docx: DHS Privacy Office 2027-HQFO-00412 second interim, 500 pages reviewed, 143 in full,
  319 in part, 38 withheld, Exemptions 5 and 6, with a table of records.
- g05-crcl-ack-fee-waiver-granted.txt: CRCL 2027-CRFO-00233 received November 23, 2026, 10-day extension, fee waiver
  granted.
- g06-tsa-interim-ssi.pdf: TSA 2027-TSFO-00094 first interim, 212 pages, 141 in full, 48 in part, 23 withheld,
  Exemption 3 (49 U.S.C. 114(r)) and Exemption 6.
- g07-usss-no-records.eml: Secret Service file 20270519, no records, appeal to the Deputy Director.
- g08-uscg-ack-extension.eml: Coast Guard 2027-CGFO-00731 received December 3, 2026, 10-day extension, willing to pay
  up to $100.00.
- g09-fbi-efoipa-ack.eml: FBI FOIPA 1714028-000 acknowledgement with its check boxes, fee waiver under consideration.
- g10-eoir-final-rop-partial.docx: EOIR 2027-04417 record of proceedings, 326 pages, 301 in full, 19 in part,
  6 withheld, Exemptions 5, 6, 7(C), with a table of exemptions.
- g11-bop-final-partial.pdf: BOP 2027-01462 final, 84 pages, 52 in full, 27 in part, 5 withheld, Exemptions 6, 7(C),
  7(E), 7(F), 11 pages referred to ICE.
- g12-usms-fee-estimate.txt: USMS 2027-USMS-001386 estimate $800.00 (20 billable search hours at $40.00), advance
  payment required.
- g13-dea-no-records.txt: DEA case 27-00412-F, no records in IRFS or the Phoenix Field Division.
- g14-oip-appeal-atf-closed.txt: OIP appeal A-2027-00811 on ATF request 2026-1473, closed after ATF agreed to a
  further search.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- g01 ICE: the ICE FOIA Office's final response letters ("Of those pages, ICE has determined that ... pages will be
  released in their entirety ... pursuant to Title 5 U.S.C. § 552 (b)(6), (b)(7)(C), and (b)(7)(E)", the appeal to
  OPLA and the OGIS paragraph), as in the ICE requests at
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- g02 CBP: the appeal numbering (CBP-AP) of
  https://www.muckrock.com/foi/united-states-of-america-10/guidelines-for-detainment-at-border-6889/ and the adequacy
  of search reviewed in
  https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2017cv01566/188435/31/
- g03 USCIS: the track system (Track 2 for complex requests) and control numbers (NRC, COW),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and https://projectcitizenship.org/requesting-records-part-1-foiapa-requests/
- g04 DHS Privacy Office: the DHS headquarters release letters ("releasable in their entirety ... partially
  releasable ... withholdable in their entirety", the Exemption 5 and 6 paragraphs, OGIS and Privacy Act note),
  https://vdocument.in/responsive-documents-crcl-12-002.html
- g05 CRCL: the DHS acknowledgement template (order of receipt under 6 C.F.R. 5.5(a), the 10-day extension, the six
  fee waiver factors of 6 C.F.R. 5.11(k)), https://vdocument.in/responsive-documents-crcl-12-002.html
- g06 TSA: the TSA interim response letters ("3600.1", "FOIA Case", "This is the ... interim response"),
  https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html, and the Exemption 3 / 49
  U.S.C. 114(r) withholdings described in
  https://p.pdfkul.com/sai-v-tsa-dcd-1-14-cv-00403-rdm-2016-06-09-99-3-declaration-_59deb2971723dd5a170062b6.html
- g07 Secret Service: its FOI/PA program at 245 Murray Lane, Building T-5, and its eight-digit file numbers, as in
  https://lr.lavenderfield.xyz/r/foia/comments/1fcdnst/the_united_states_secret_service_is_repeatedly and
  https://vdocuments.net/internal-united-states-secret-service-usss-annual-foia-reports-2009-5-11.html
- g08 Coast Guard: the DHS SecureRelease acknowledgement template (10-day extension under 6 C.F.R. 5.5(c)),
  https://vdocument.in/responsive-documents-crcl-12-002.html
- g09 FBI: the eFOIPA e-mails and the RIDS acknowledgement letter's check boxes and fee categories, OIP appeal and
  OGIS paragraphs,
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- g10 EOIR: the Office of the General Counsel's handling of requests for records of proceedings,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and the DOJ 552(c) and OGIS paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- g11 BOP: the Office of General Counsel's FOIA office and exemption notation,
  https://www.webharvest.gov/peth04/20041027105335/http://www.bop.gov/progstat/readme.html, referral under 28 C.F.R.
  16.4(d), and the DOJ template paragraphs in the OIP database above.
- g12 USMS: the DOJ fee regulation (28 C.F.R. 16.10: fee categories, advance payment over $250.00, tolling until the
  requester agrees to pay) and the OIP template paragraphs above.
- g13 DEA: the FOI/Records Management Section's letters (date stamp, "Case Number: ...-F", "Freedom of
  Information/Privacy Act Unit (SARF)"), https://www.documentcloud.org/documents/1657431/dea-1-4-mill-demand.txt and
  https://dea.gov/es/foia/what-happens-after
- g14 OIP: OIP's appeal letters ("You appealed from the action of ...", "as a result of discussions between ...
  personnel and this Office", "I am closing your appeal file in this Office"), from the OIP template paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 9158dec8: 13 of 14 fully right. Wrong were:
- g03 (g03-uscis-ack-track2.pdf): kinds ['acknowledged', 'extension'] != ['acknowledged']; extension_days 10 != None

After general fixes (what the law lets agencies do, said in the passive of the offices it binds, takes no time:
"agencies are allowed 20 business days to respond to a request, plus a 10 business day extension in unusual
circumstances" is the law's leave, not an extension taken), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout391"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

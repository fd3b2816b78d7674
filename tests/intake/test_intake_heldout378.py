"""The three-hundred-and-seventy-eighth held-out set: 14 letters (letters/heldout378) from fourteen components of the
Department of Homeland Security and the Department of Justice, in the formats they really send: a USCIS National
Records Center e-mail acknowledging an A-file request placed in Track 3 for a detained person with a hearing; an ICE
no-records letter pointing to the county that runs the facility; a CBP final response (PDF) on Border Patrol
use-of-force records withholding under Exemptions 5, 6, 7(C), 7(E) and 7(F); a DHS Privacy Office acknowledgement
taking a ten-day extension and denying a fee waiver; a CRCL final response in Word with a table of records and their
dispositions; a Secret Service e-mail with a fee estimate attached as PDF, advance payment required; a Coast Guard
release in full (PDF); an Office of Intelligence and Analysis letter withholding every page under Exemptions 3
(National Security Act), 5, 6 and 7(E); an FBI eFOIPA e-mail with a second interim release attached as PDF; an EOIR
release of a Record of Proceedings with pages referred to ICE; a DEA acknowledgement (PDF) placing a request in the
complex track under unusual circumstances; an OIP e-mail with an appeal acknowledgement attached in Word; a National
Security Division final response in Word with a table of exemptions and pages referred to the FBI; and a TSA appeal
decision affirming a no-records response after a supplemental search.

- x01-uscis-first-ack-track3.eml: USCIS NRC2026183517 received November 23, 2026, Track 3, agreement to pay up to
  $25.00.
- x02-ice-no-records.txt: ICE 2027-ICFO-07734, no records in ERO Atlanta, IHSC and OPLA, appeal to OPLA.
- x03-cbp-final-partial.pdf: CBP CBP-FO-2027-030418 final, 392 pages located, 148 in full, 203 in part, 41 withheld,
  Exemptions 5, 6, 7(C), 7(E), 7(F).
- x04-dhs-privacy-ack-ext-fee-waiver-denied.txt: DHS 2027-HQFO-00518 received November 20, 2026, 10-day extension
  under 6 C.F.R. 5.5(c), fee waiver denied on the third factor.
- x05-crcl-final-partial.docx: CRCL 2026-CRFO-00391 final, 614 pages, 88 in full, 437 in part, 89 withheld,
  Exemptions 5, 6, 7(C), with a table of records.
- x06-usss-fee-estimate.eml: Secret Service file 20270219 received November 9, 2026, estimate $1,066.00 (18 hours
  search, 1,300 pages), advance payment required.
- x07-uscg-final-full.pdf: Coast Guard 2027-CGFO-00306 final, 74 pages released in their entirety.
- x08-ia-final-withheld-in-full.txt: I&A 2026-IAFO-00412 final, 63 pages withheld in full, Exemptions 3 (50 U.S.C.
  3024(i)(1)), 5, 6, 7(E).
- x09-fbi-efoipa-interim.eml: FBI FOIPA 1704829-000 second interim release, 507 pages reviewed, 438 released, deleted
  page sheets for the rest, (b)(6), (b)(7)(C), (b)(7)(D), (b)(7)(E) checked.
- x10-eoir-final-rop-partial.txt: EOIR 2027-07713 Record of Proceedings, 12 pages referred to ICE, 396 in full, 13 in
  part, 9 withheld, Exemptions 5 and 6.
- x11-dea-ack-unusual-circumstances.pdf: DEA 27-00688-F received November 23, 2026, complex track, time extended
  beyond the ten additional days.
- x12-oip-appeal-ack-bop.eml: OIP appeal A-2027-00655 on BOP request 2026-11406, received December 1, 2026.
- x13-nsd-final-partial-referral.docx: NSD FOIA/PA #27-063 final, 48 pages, 6 referred to the FBI, 9 in full, 22
  with excisions, 11 withheld, Exemptions 1, 3 (50 U.S.C. 3024(i)(1)), 5, 6.
- x14-tsa-appeal-affirmed.txt: TSA appeal 2027-TSAP-00019 on request 2026-TSFO-01482, no-records determination
  affirmed after a supplemental search.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- x01 USCIS: the National Records Center's acknowledgement and its processing tracks (Track 3 for persons scheduled
  for a hearing before an immigration judge), 6 C.F.R. 5.11, https://first.uscis.gov/
- x02 ICE: the ICE FOIA Office's no-records letter ("ICE conducted a search reasonably calculated ...", appeal to
  OPLA under 6 C.F.R. 5.8) and the ICE requests on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- x03 CBP: the CBP FOIA Division's final responses (exemption paragraphs, appeal through SecureRelease or to the
  Policy and Litigation Branch), 6 C.F.R. 5.8.
- x04 DHS Privacy Office: the Privacy Office acknowledgement ("Per Section 5.5(a) ... order of receipt", 10-day
  extension under 6 C.F.R. 5.5(c)) and the fee waiver factors of 6 C.F.R. 5.11(k), https://www.dhs.gov/foia-status
- x05 CRCL: the DHS headquarters release letters ("a total of ... pages. Of those pages, I have determined that ...
  are releasable in their entirety"), as in https://pdfslide.tips/documents/dhs-daca-cvr-ltr.html
- x06 Secret Service: 6 C.F.R. 5.11(c), (d) and (i)(2) (advance payment over $250) and 5 U.S.C.
  552(a)(6)(A)(ii)(II) (tolling for fees); the Secret Service appeal address of its FOIA regulations.
- x07 Coast Guard: the Coast Guard FOIA/PA Office's letters (SSIC 5720, "By direction", appeal to CG-LPN).
- x08 I&A: I&A's final responses as quoted in the appeal at https://www.foiabasics.org/admin-appeal-example-2 and
  50 U.S.C. 3024(i)(1).
- x09 FBI: the eFOIPA release e-mail, the RIDS release letter's exemption check boxes and deleted page information
  sheets, the interim release policy and the FOIPA Addendum (5 U.S.C. 552(c), intelligence records, watch lists),
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- x10 EOIR: the EOIR FOIA Service Center's Record of Proceedings responses, 28 C.F.R. 16.4(d) (referral) and the
  DOJ components' 552(c) notice, OGIS and OIP appeal paragraphs.
- x11 DEA: the DOJ components' acknowledgement template ("Because of these unusual circumstances, we are extending
  the time limit to respond to your request beyond the ten additional days provided by the statute"), 28 C.F.R.
  16.10; the OIP template paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- x12 OIP: OIP's appeal acknowledgement ("This is to advise you that your administrative appeal from the action of
  ... was received by this Office on ..."), from the same OIP template paragraphs.
- x13 NSD: the National Security Division's FOIA responses (FOIA/PA numbers, Exemptions 1 and 3 with 50 U.S.C.
  3024(i)(1), referral to the FBI, 552(c) notice).
- x14 TSA: 6 C.F.R. 5.8 and the TSA declarations on its searches (FSD staff, PARIS, Coordination Center) in Sai v.
  TSA, https://cetient.com/case/4315250/sai-v-transportation-security-administration

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at dec40611: 12 of 14 fully right. Wrong were:
- x09 (x09-fbi-efoipa-interim.eml): pages_released 938 != 438; pages_withheld None != 69
- x14 (x14-tsa-appeal-affirmed.txt): outcome 'other' != 'denied'

After general fixes (the most pages each release of a schedule will hold is no release: x09's "will make releases on a
monthly basis of up to 500 pages, in accordance with the FBI's interim release policy" counts none of the pages of
this release, so "507 pages were reviewed and 438 pages are being released" releases 438, and the deleted page
information sheets marking "where pages were withheld entirely" keep back the other 69), 13 of 14: x09 right.

After general fixes (a search the appeal officer had made on appeal, its result given in the same sentence ("I
directed the Office of Security Operations to conduct a supplemental search ..., which also located no responsive
records"), and the law's demand of any agency ("An agency is required to conduct a search reasonably calculated to
uncover all relevant documents") are no remand, so "I am affirming the FOIA Branch's determination" stands), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout378"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The three-hundred-and-eighty-third held-out set: 14 letters (letters/heldout383) from fourteen components of the
Department of Homeland Security and the Department of Justice, in the formats they really send: a USCIS National
Records Center release of an A-file (PDF) withholding under Exemptions 5, 6, 7(C) and 7(E) with pages sent to ICE; an
ICE SecureRelease e-mail acknowledging an appeal to the Government Information Law Division; a CBP SecureRelease
acknowledgement invoking a ten-day extension under 6 C.F.R. 5.5(c); a DHS Office of Inspector General final response
in Word with a table of records; a FEMA no-records letter; a Secret Service first interim release (PDF) with its
exemption check boxes; a FLETC fee estimate for training materials; an FBI eFOIPA e-mail with the final release letter
attached as PDF; a Bureau of Prisons acknowledgement placing a request in the complex track; an ATF letter (PDF)
referring every page it located to ICE; an EOUSA letter withholding a United States Attorney's Office's records in
full under Exemption 7(A); an OIP appeal decision affirming EOIR on partly modified grounds; a Civil Rights Division
e-mail with a final response in Word releasing every page in full; and an Office of Intelligence and Analysis
acknowledgement in Word denying expedited processing.

- m01-uscis-final-afile-partial.pdf: USCIS NRC2027011846 final, 486 pages, 412 in full, 51 in part, 14 withheld,
  9 pages sent to ICE, Exemptions 5, 6, 7(C), 7(E).
- m02-ice-appeal-ack.eml: ICE appeal 2027-ICAP-00142 on request 2027-ICFO-03317, received December 4, 2026.
- m03-cbp-securerelease-ack-extension.eml: CBP CBP-FO-2027-034712 received November 30, 2026, 10-day extension,
  fee waiver not yet decided.
- m04-dhs-oig-final-partial.docx: DHS OIG 2027-IGFO-00087 final, 238 pages, 61 in full, 152 in part, 25 withheld,
  Exemptions 5, 6, 7(C), with a table of records.
- m05-fema-no-records.txt: FEMA 2027-FEFO-00391, no responsive records, appeal to the Office of Chief Counsel.
- m06-usss-interim-release.pdf: Secret Service file 20270388 first interim release, 164 pages reviewed, 58 in full,
  39 in part, 67 withheld, (b)(6), (b)(7)(C), (b)(7)(E) checked.
- m07-fletc-fee-estimate.txt: FLETC 2027-FLFO-00043 estimate $412.00 (8 hours search, 280 pages), above the $50.00
  the requester agreed to pay.
- m08-fbi-efoipa-final-release.eml: FBI FOIPA 1712604-000 final release, 146 pages reviewed, 118 released, deleted
  page sheets for the rest, (b)(6), (b)(7)(C), (b)(7)(E) checked.
- m09-bop-ack-complex-track.txt: BOP 2027-01873 received November 30, 2026, complex track, $25.00 fee agreement.
- m10-atf-referral-ice.pdf: ATF 2027-00517, all 23 pages located originated with ICE and are referred to it.
- m11-eousa-withheld-7a.txt: EOUSA-2027-000918, records of the USAO for the Southern District of Texas withheld in
  full, Exemptions 7(A), 6, 7(C).
- m12-oip-appeal-eoir-affirmed.txt: OIP appeal A-2027-00718 on EOIR request 2027-09934, affirmed on partly modified
  grounds, search adequate.
- m13-crt-final-full-grant.eml: Civil Rights Division FOI/PA No. 27-00296-F, 57 pages released in full.
- m14-ia-ack-expedite-denied.docx: I&A 2027-IAFO-00061 received November 24, 2026, expedited processing denied under
  6 C.F.R. 5.5(e), fee waiver not yet decided.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- m01 USCIS: the National Records Center's A-file release letters (pages released in their entirety and in part,
  the exemption paragraphs, pages sent to ICE for a direct response, appeal to the FOIA/PA Appeals Office),
  https://first.uscis.gov/
- m02 ICE: 6 C.F.R. 5.8 and the ICE appeal numbering (ICAP) handled by OPLA's Government Information Law Division, as
  on the ICE requests at https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- m03 CBP: the DHS acknowledgement template ("Per Section 5.5(a) of the DHS FOIA regulations ... will invoke a 10-day
  extension"; "We have not yet made a decision on your request for a fee waiver"),
  https://vdocument.in/responsive-documents-crcl-12-002.html
- m04 DHS OIG: the OIG's FOIA correspondence in
  https://www.judicialwatch.org/document-archive/jws-dhs-appeal-on-fema-overpayments/ and the DHS headquarters
  release letters ("releasable in their entirety", the Exemption 5, 6 and 7(C) paragraphs).
- m05 FEMA: the Disclosure Branch's numbering (FEFO, FEAP) and letters in
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/ and its
  no-records responses as in https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response
- m06 Secret Service: its exemption pages, https://www.secretservice.gov/foia/exemptions, and its eight-digit file
  numbers and appeal address in https://assets.documentcloud.org/documents/724940/swartz-dhs-foia-denial-appeal.txt
- m07 FLETC: the fee categories and notice of fees over the amount agreed in 6 C.F.R. 5.11 (free search hours and
  pages for other requesters, 5.11(e)).
- m08 FBI: the eFOIPA release e-mail and the RIDS release letter (exemption check boxes, deleted page information
  sheets, "pages were reviewed and ... pages are being released", FOIPA Addendum, OIP appeal and OGIS paragraphs),
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- m09 BOP: the BOP's processing tracks and fee agreement,
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp and
  https://www.webharvest.gov/peth04/20041027105335/http://www.bop.gov/progstat/readme.html
- m10 ATF: 28 C.F.R. 16.4(d) and the Disclosure Division's handling of records of other agencies as described in
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/
- m11 EOUSA: the EOUSA response letters ("the official record-keeper for all records located in this office and the
  various United States Attorneys' Offices"), the OIP template paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf and the DOJ Guide on Exemption 7(A),
  https://www.justice.gov/archives/oip/foia-guide-2004-edition-exemption-7a
- m12 OIP: OIP's appeal decisions ("I am affirming, on partly modified grounds, ... action on your request"), from the
  same OIP template paragraphs.
- m13 Civil Rights Division: the FOIA/PA Branch's page, https://www.justice.gov/crt/foia-electronic-reading-room, and
  DOJ response letters with the 552(c) notice,
  https://assets.documentcloud.org/documents/3983821/Final-Response-to-FOIA-request-seeking.txt
- m14 I&A: the DHS headquarters acknowledgement template (expedited treatment denied under 6 C.F.R. 5.5(e), open
  requests ahead, agreement to pay up to $25.00), https://vdocument.in/responsive-documents-crcl-12-002.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f19220ef: 12 of 14 fully right. Wrong were:
- m10 (m10-atf-referral-ice.pdf): outcome 'no_records' != 'other'
- m12 (m12-oip-appeal-eoir-affirmed.txt): exemptions ['(b)(5)', '(b)(6)'] != None

Its expected value for m12 was then corrected, in a commit of its own, to the earlier sets' convention (an
affirmance logs the exemptions it upholds: "EOIR properly withheld certain information ... pursuant to 5 U.S.C. §
552(b)(5) ... and 5 U.S.C. § 552(b)(6)", as heldout117 o11, heldout158 b07 and heldout164 h07 log theirs): against
it, m12 is right.

After general fixes (the office's own records said to be none in other words beside the pages it refers to the agency
they came from, so the letter is a referral and not a finding of nothing: "ATF located no records responsive to your
request that originated with ATF" beside "we have referred these 23 pages, together with a copy of your request, to
ICE for processing and direct response to you"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout383"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The three-hundred-fifty-sixth held-out set: 14 letters (letters/heldout356) on national security, law enforcement
and immigration records, from fourteen federal offices, in the formats they really send: a CIA mandatory
declassification review answer in Word (declassified in part under E.O. 13526 sections 1.4(c) and 3.3(b)(1)); an NSA
Glomar e-mail citing 18 U.S. Code 798, 50 U.S. Code 3024(i) and Section 6, Public Law 86-36; a DIA acknowledgement
invoking unusual circumstances; an ODNI appeal decision (PDF) affirming a Glomar under 50 U.S.C. 3024(i)(1); an FBI
third-party and confidential-source Glomar e-mail with its letter attached as PDF and the FOIPA Addendum; a DEA
criminal-file release to a lawyer for a detained client with Title III (18 U.S.C. 2510-2520) withheld and the 552(c)
notice; an ICE detention-file release e-mail withholding under 8 U.S.C. 1367(a)(2); a CBP TECS release (PDF); a
USCIS A-file release (PDF) with pages referred to ICE and classified pages referred for review; a State Department
visa-records denial under INA 222(f); an Army CID report of investigation release in Word (10 U.S.C. 130b, a page
table); an NCIS first interim response with classified pages referred to their originators; an IRS Glomar under IRC
6103; and a DOJ OIP appeal acknowledgement (Word attached to an e-mail). Written blind and committed before the rules
were run on them.

- h01-cia-mdr-declassified-in-part.docx: CIA MDR EOM-2026-00417, one 14-page document released with deletions.
- h02-nsa-glomar-final.eml: NSA FOIA Case 123118, Glomar under Exemptions 1 and 3.
- h03-dia-ack-unusual-circumstances.txt: DIA FOIA-00512-2027 acknowledged, received November 12, 2026, 10 working
  days more for unusual circumstances.
- h04-odni-appeal-glomar-affirmed.pdf: ODNI appeal AF-2027-00006 of DF-2026-00418, Glomar affirmed.
- h05-fbi-third-party-glomar.eml: FBI FOIPA 1702288-000, third-party Glomar (b)(6), (b)(7)(C) and source Glomar
  (b)(7)(D), (b)(7)(E), (b)(7)(F); the Addendum's standard responses are not this request's.
- h06-dea-criminal-file-title-iii.txt: DEA 27-00154-F, 88 pages released, 37 withheld, Title III, 7(C), 7(D), 7(F),
  6 pages referred to EOUSA.
- h07-ice-final-afile-1367.eml: ICE 2027-ICFO-01877, 23 pages in full, 35 in part, 6 withheld, 11 pages referred to
  USCIS.
- h08-cbp-final-tecs-partial.pdf: CBP-FO-2027-004512, 9 in full, 26 in part, 6 withheld.
- h09-uscis-afile-detained-referral.pdf: USCIS NRC2027019044, 402 in full, 71 in part, 29 withheld, 14 pages
  referred to ICE and 2 classified pages to their originator.
- h10-state-visa-records-denied.txt: State F-2027-00733, 7 documents withheld in full under 8 U.S.C. 1202(f).
- h11-army-cid-roi-release.docx: Army CID FOIA/PA Request 27-0871, table: 12 in full, 73 in part, 11 withheld.
- h12-navy-ncis-interim-referral.txt: NCIS first interim response on DON-NAVY-2027-000418 ("23 Nov 26"), 96 pages
  released with redactions, 38 withheld, 16 classified pages referred.
- h13-irs-ci-glomar-6103.txt: IRS 2027-01836, neither confirm nor deny under (b)(3) with IRC 6103, and (b)(7)(A).
- h14-oip-appeal-ack-atf.eml: OIP appeal A-2027-00318 of ATF Request No. 2026-1187, received December 1, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 CIA MDR: CIA's description of its E.O. response process (32 C.F.R. Part 1907, the Agency Release Panel),
  https://webarchive.library.unt.edu/eot2008/20080916032129/http://www.foia.ucia.gov/eo_response_process.asp, the
  DIA MDR program records, https://docslib.org/doc/12600260/records-re-defense-intelligence-agency-dia-mandatory-declassification-review-mdr-program-2012-2013,
  and the OSD MDR letter of heldout309 (ISCAP appeal paragraph).
- h02 NSA Glomar: the letter to ProPublica quoted at
  https://thegipster.blogspot.com/2013/06/nsa-can-neither-confirm-nor-deny.html ("Any positive or negative response
  on a request-by-request basis would allow our adversaries to accumulate information"),
  https://archive.findlaw.com/blog/nsas-reply-to-mans-foia-request-no-comment/ and
  https://www.muckrock.com/news/archives/2013/jun/11/foiaing-nsa-what-you-can-get-what-you-cant-and-whe/
- h03 DIA acknowledgement: the DIA letter layout (U-number/FAC-2A1 reference) in
  https://docslib.org/doc/12600260/records-re-defense-intelligence-agency-dia-mandatory-declassification-review-mdr-program-2012-2013
  and 5 U.S.C. 552(a)(6)(B).
- h04 ODNI appeal decision: the ODNI and CIA appeal letters of heldout309 and heldout310 and the OGIS paragraph
  agencies print.
- h05 FBI Glomar: the FBI third-party and FOIPA Addendum paragraphs of earlier sets (heldout215, heldout309).
- h06 DEA release: the DEA letter described in
  http://elawyers.us/opinion/1881434/cannella-v-auto-owners-ins-co (pages released in part and withheld, pages
  referred to ICE and EOUSA), Title III as an Exemption 3 statute in
  http://law.justia.com/cases/federal/appellate-courts/F2/929/729/123783/ and
  https://cetient.com/case/3179184/woods-v-electronic-surveillance-unit
- h07 ICE release: the ICE letter formulas of earlier sets and OGIS on immigration records,
  https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion
- h08 CBP release: the CBP SecureRelease letters of earlier sets (exemption paragraphs, "FOIA Appeals, Policy and
  Litigation Branch").
- h09 USCIS A-file: the NRC letter layout of earlier sets and
  https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion
- h10 State visa records: the State Department INA 222(f) paragraph of earlier sets.
- h11 Army CID release: 10 U.S.C. 130b and the Army appeal paragraph of earlier sets.
- h12 NCIS interim: the Navy letter layout (SSIC 5720, serial, "23 Nov 26" dates) and DON PAL numbers.
- h13 IRS Glomar: the IRS disclosure letters of earlier sets (heldout314 y13).
- h14 OIP appeal acknowledgement: the OIP acknowledgement letters of earlier sets.

Blind score (written before the rules were run on it): 11 of 14 fully right, and all 14 matched to their requests.
Wrong were:
- h01 (h01-cia-mdr-declassified-in-part.docx): pages_released None != 14, from "We completed a thorough review of the
  document, which consists of 14 pages, and determined that it can be released in segregable form with deletions made
  on the basis of Sections 1.4(c) and 3.3(b)(1) of E.O. 13526."
- h06 (h06-dea-criminal-file-title-iii.txt): exemptions ['(b)(3) 18 U.S.C. § 2510-2520', ...] != ['(b)(3) 18 U.S.C.
  §§ 2510-2520', ...], from "exempt from disclosure under Title III of the Omnibus Crime Control and Safe Streets Act
  of 1968, 18 U.S.C. §§ 2510-2520."
- h13 (h13-irs-ci-glomar-6103.txt): exemptions ['(b)(3) 26 U.S.C. § 6103(a)', '(b)(7)(A)'] != ['(b)(3) 26 U.S.C.
  § 6103', '(b)(7)(A)'], from "they would consist of tax return information of a third party, which Internal Revenue
  Code (IRC) § 6103 makes confidential. ... we are denying your request under FOIA exemption (b)(3) in conjunction
  with IRC § 6103(a)."
After general fixes (the one record a sentence names with its pages, "the document, which consists of 14 pages",
released later in that sentence by "it": "and determined that it can be released in segregable form with
deletions", not on a condition, "it can be released once the fee is paid"), 12 of 14: h01 right.
Its expected value for h06 was then corrected, in a commit of its own, to the store's canonical form
(foiatrack.core.exemptions writes one sign before any section, a range too: "(b)(3) 18 U.S.C. § 2510-2520"; no other
set's expected value holds a doubled sign), 13 of 14.
h13 stays in NOT_YET:
- h13: as y13 of set 314, the letter names the statute twice, the section where it says which statute makes the
  information confidential and the subsection where it withholds ("exemption (b)(3) in conjunction with IRC §
  6103(a)"); the expected value follows set 314's section, the rules take the subsection the withholding names, and
  taking the section would drop the subsection other letters cite as their ground ("(b)(3) 50 U.S.C. § 3024(i)(1)").
Later, 14 of 14: h13 is right, the letter names the Exemption 3 statute whole where it says what the statute does
("Internal Revenue Code (IRC) Section 6103 ...") and with its subsection where it withholds ("in conjunction with IRC
Section 6103(a)"): the whole section is logged, as the earlier sets log it where a letter names both (heldout317 s10,
heldout152 p02).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout356"
# What the rules reached on this set when it was scored once, blind (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The three-hundred-thirty-first held-out set: 14 everyday letters (letters/heldout331) from fourteen components of
the Department of Homeland Security and the Department of Justice that immigrant-rights and civil-liberties groups
write to most, in the formats they really send: an ICE e-mail acknowledging an appeal with its ICAP number and day of
receipt; a CBP SecureRelease e-mail (letter attached as PDF) finding no records; a USCIS National Records Center
A-file release (PDF) with pages in full, in part and withheld, and pages referred to ICE; a CRCL letter asking the
requester to describe the records more narrowly, with the 30-day close; a TSA fee estimate to a commercial requester
with a table of search, review and duplication; a Secret Service acknowledgement in Word taking the ten-day
extension for unusual circumstances; a FEMA first interim response e-mail (letter attached in Word); a Coast Guard
final response (PDF) dated the military way; an FBI eFOIPA final release e-mail (letter attached as PDF) with its
checked boxes and a referral to another agency; an OIP appeal decision (PDF) remanding an EOUSA no-records answer
for a further search; a Marshals Service release to a detained person's lawyer with the 552(c) notice; a Bureau of
Prisons acknowledgement placing a request in the complex track; a DOJ Inspector General final response in Word with
a table of pages; and an Office of Legal Counsel response releasing three records and withholding six under
Exemption 5. Written blind and committed before the rules were run on them.

- u01-ice-appeal-ack.eml: ICE appeal acknowledgement, appeal 2027-ICAP-00093 on request 2026-ICFO-61842, received
  November 12, 2026.
- u02-cbp-securerelease-no-records.eml: CBP final response, no responsive records located, adverse determination.
- u03-uscis-nrc-afile-partial.pdf: USCIS NRC A-file release, 648 pages, 512 in full, 94 in part, 27 withheld,
  Exemptions 5, 6, 7(C), 7(E), 15 pages referred to ICE.
- u04-crcl-clarification.txt: CRCL letter, request does not reasonably describe the records (6 C.F.R. 5.3(b)), four
  questions, closed if no reply in 30 days.
- u05-tsa-fee-estimate.txt: TSA fee estimate for a commercial use requester, $1,193.00, 30 days to commit or narrow.
- u06-usss-ack-extension.docx: Secret Service acknowledgement, received November 16, 2026, ten working days'
  extension under 5 U.S.C. 552(a)(6)(B)(i).
- u07-fema-first-interim.eml: FEMA first interim response, 350 pages reviewed, 312 in full, 26 in part, 12 withheld,
  Exemptions 5 and 6.
- u08-uscg-final-partial.pdf: Coast Guard final response dated "24 Nov 2026", 213 pages, 41 in full, 158 in part, 14
  withheld, Exemptions 6, 7(C), 7(E).
- u09-fbi-efoipa-final.eml: FBI eFOIPA final release, 1,138 pages reviewed, 964 released, Exemptions 3 (50 U.S.C.
  3024(i)(1)), 5, 6, 7(C), 7(D), 7(E), referral box checked.
- u10-oip-appeal-remand-eousa.pdf: OIP appeal A-2027-00812 on EOUSA-2026-005318, remanded for a further search.
- u11-usms-final-partial-detainee.txt: USMS release to a pretrial detainee's lawyer, 96 pages, 22 in full, 61 in
  part, 13 withheld, Exemptions 6, 7(C), 7(E), 7(F).
- u12-bop-ack-complex-track.txt: BOP acknowledgement, received November 13, 2026, complex track, $25 fee commitment.
- u13-doj-oig-final-partial.docx: DOJ OIG final response, 184 pages processed, table: 52 in full, 97 in part, 35
  withheld, Exemptions 5, 6, 7(C).
- u14-olc-final-partial.txt: OLC final response, nine records of 64 pages, 11 pages in full and 6 in part, 47 pages
  withheld under Exemption 5, redactions under Exemption 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- u01 ICE appeal acknowledgement: ICE's ICAP appeal numbers beside ICFO request numbers on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195 and
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/, OPLA's part in deciding
  ICE's appeals, https://www.ice.gov/news/releases/ice-boasts-slate-clean-appeals-freedom-information-act-requests,
  and the ICE FOIA office's addresses,
  https://cybercemetery.unt.edu/archive/oilspill/20130217053111/http://www.ice.gov/foia/
- u02 CBP no records: the CBP SecureRelease letters of earlier sets (heldout315 s03) and the DHS fee paragraph ("In
  this instance, because the cost is below the $14 minimum, there is no charge"),
  https://www.dhs.gov/foia-fee-structure-and-waivers
- u03 USCIS A-file release: the NRC letter layout of earlier sets (control number top right, "We have completed the
  review of all documents and have identified ... pages that are responsive to your request") and OGIS on immigration
  records and referrals between USCIS and ICE,
  https://www.archives.gov/ogis/resources/foia-ombuds-observer/2018-01-companion
- u04 CRCL clarification: 6 C.F.R. 5.3(b) ("describe the records sought in sufficient detail to enable DHS personnel
  to locate them with a reasonable amount of effort"), the 2016 DHS FOIA rule,
  https://thefederalregister.org/81-FR/83625, and the ICE "too broad" closures,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- u05 TSA fee estimate: the DHS fee schedule and categories (professional search and review at $7.00 a quarter hour,
  duplication at 10 cents a page), https://www.dhs.gov/foia-fee-structure-and-waivers, and the fee-notice duties of
  agency regulations ("Promptly notify you of the estimated costs for search, review, and/or duplication ... within
  20 workdays ... will close the file"), https://law.lawstack.com/node_references?cite=45+C.F.R.%3A%C2%A7+2105.47
- u06 Secret Service acknowledgement with extension: the Secret Service's statement of its response times ("extend
  the 20-day statutory time limit by 10 additional days in unusual circumstances ... the need to collect records from
  field locations"), https://www.secretservice.gov/foia/usss-response, and its appeal page,
  http://www.secretservice.gov/foia/appeal
- u07 FEMA interim response: FEMA's response letters from 500 C Street SW, Mail Stop 3172 ("This is the final response
  to your Freedom of Information Act (FOIA) request to the Department of Homeland Security (DHS), Federal Emergency
  Management Agency (FEMA)"), https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data, and
  FEMA's Disclosure Branch page, https://www.fema.gov/yi/node/298448
- u08 Coast Guard final response: the Coast Guard FOIA process guide (Office of Privacy Management, CG-6P),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and a Coast Guard FOIA exchange with its staff symbol
  and dated the military way, http://uscgcstoris.blogspot.com/2017/01/foia-appeal-sent-to-cg-effort-now-over.html
- u09 FBI eFOIPA final release: the eFOIPA e-mails and FBI checkbox letters of earlier sets (heldout315 s09,
  heldout305 x01), "... pages were reviewed and ... pages are being released"
- u10 OIP remand: OIP's guidance on adjudicating appeals (remands for a further search),
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, and the OIP appeal
  letters of earlier sets (heldout297 y11, heldout315 s10)
- u11 USMS release: the DOJ component letter formulas (552(c) notice, OGIS and OIP appeal paragraphs) of earlier sets
  and the USMS letters of earlier sets (heldout319 m02)
- u12 BOP acknowledgement: the BOP FOIA pages (multi-track processing, the FOIA Service Center at (202) 616-7750, the
  FOIA/PA Section in Room 924), http://www.bop.gov/foia/?t=2 and
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp
- u13 DOJ OIG final response: an OIG production letter ("We have processed 460 pages of responsive records. It has
  been determined that certain portions such records should be withheld from disclosure pursuant to FOIA, 5 U.S.C. §
  552(b)(1) ... as follows:"), https://www.scribd.com/document/630191231/CU-v-DOJ-IG-Production-1
- u14 OLC final response: an OLC FOIA response letter (records released, others withheld under the attorney-client
  and deliberative process privileges), https://knightcolumbia.org./documents/z92tjtub6p, and the court's account of
  OLC's Exemption 5 privileges,
  https://www.justice.gov/oip/cause-action-institute-v-doj-no-17-1423-2018-wl-4374922-ddc-september-13-2018-boasberg-j

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 96bb9cfe: 12 of 14 fully right, and 13 of 14 matched to its request by its number
(u13's number, printed in brackets in its subject line, "Request [27-OIG-043]", was not read). Wrong were:
- u13 (u13-doj-oig-final-partial.docx): tracking [] != 27-OIG-043
- u14 (u14-olc-final-partial.txt): pages_released 64 != 17; pages_withheld None != 47
After general fixes (a number in square brackets after its label, "Freedom of Information Act Request [27-OIG-043]";
records measured in pages between commas, what is done with them told around them: "We are releasing two of those
records, totaling 11 pages, in full, and one record, totaling 6 pages, with redactions"), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout331"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

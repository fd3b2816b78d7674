"""The three-hundred-and-seventieth held-out set: 14 letters (letters/heldout370) from fourteen components of the
Department of Homeland Security and the Department of Justice, in the formats they really send: an ICE e-mail
acknowledging a detention-conditions request, taking ten more days and denying expedited processing while holding the
fee waiver in abeyance; a CBP first interim release of Border Patrol pursuit records; a USCIS National Records Center
no-records letter (PDF) on a detained person's file; a DHS Privacy Office acknowledgement in Word denying a fee waiver
under 6 C.F.R. 5.11(k); a CRCL final response on complaints about a detention center; a TSA e-mail with a fee estimate
attached in Word, advance payment required; a Coast Guard letter referring all the records it found to CBP; an FBI
eFOIPA e-mail with the final release letter attached as PDF (check boxes, "pages were reviewed and ... are being
released"); an EOIR release in full in Word with a table of records; a DEA acknowledgement taking time beyond the ten
additional days for unusual circumstances; a Marshals Service final response (PDF) on a detained client's records,
with pages referred to ICE; an OIP appeal decision affirming the FBI's refusal to confirm or deny records on a third
party; a DOJ OIG final response (PDF) on an investigation of a federal prison; and a FEMA e-mail acknowledging an
appeal with its appeal number and the day it was received.

- y01-ice-ack-expedite-denied.eml: ICE 2027-ICFO-06384, received November 23, 2026, 10-day extension under 6 C.F.R.
  5.5(c), expedited processing denied, fee waiver held in abeyance.
- y02-cbp-interim-release.txt: CBP CBP-FO-2026-184723 first interim, 250 pages reviewed, 38 in full, 199 in part, 13
  withheld, Exemptions 6, 7(C), 7(E); next release expected about January 29, 2027.
- y03-uscis-afile-no-records.pdf: USCIS COW2027001147, no records on the subject, pointed to ICE, CBP and EOIR.
- y04-dhs-privacy-ack-fee-waiver-denied.docx: DHS Privacy Office 2027-HQFO-00418, received November 16, 2026, no
  extension invoked, fee waiver denied, request taken as agreement to pay up to $25.00.
- y05-crcl-final-partial.txt: CRCL 2026-CRFO-01766 final, 214 pages, 61 in full, 139 in part, 14 withheld,
  Exemptions 5, 6, 7(C).
- y06-tsa-fee-estimate.eml: TSA 2027-TSFO-00455 fee estimate $1,186.00 (22 billable hours of search at $48.00 and 1,300
  pages at $0.10), advance payment required, 30 working days to answer.
- y07-uscg-referral-cbp.txt: Coast Guard 2027-CGFO-00127, 37 pages found, all originated with CBP and referred to it,
  no Coast Guard records, case closed.
- y08-fbi-efoipa-final-release.eml: FBI FOIPA 1714902-000 final release, 584 pages reviewed and 392 released,
  (b)(6), (b)(7)(C), (b)(7)(D), (b)(7)(E) and Privacy Act (j)(2) checked.
- y09-eoir-final-full-grant.docx: EOIR 2027-07719, 46 pages released in full, with a table of the three records.
- y10-dea-ack-unusual-circumstances.txt: DEA 27-00211-F, received November 19, 2026, time extended beyond the ten
  additional days for unusual circumstances, complex track, fee waiver not yet decided.
- y11-usms-final-partial.pdf: USMS 2027-USMS-000219 final, 152 pages found, 9 referred to ICE, 31 in full, 96 in part,
  16 withheld, Exemptions 6, 7(C), 7(E), 7(F).
- y12-oip-appeal-fbi-affirmed.txt: OIP appeal A-2027-00488 on FBI request 1701336-000, the FBI's Glomar response
  under Exemptions 6 and 7(C) affirmed.
- y13-doj-oig-final-partial.pdf: DOJ OIG 27-OIG-041 final, 61 pages, 22 in full, 30 in part, 9 withheld, Exemptions 5,
  6, 7(C).
- y14-fema-appeal-ack.eml: FEMA appeal 2027-FEAP-00019 on request 2026-FEFO-01874, received December 1, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 ICE: the ICE FOIA Office's acknowledgement (order of receipt under 6 C.F.R. 5.5(a), 10-day extension under
  5.5(c), the four expedite standards of 5.5(e)(1) and the certification of 5.5(e)(3), fee waiver held in abeyance),
  as on the ICE requests on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/ and
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195
- y02 CBP: the CBP FOIA Division's releases through SecureRelease (exemption paragraphs for (b)(6), (b)(7)(C),
  (b)(7)(E), appeal to the Policy and Litigation Branch) and 6 C.F.R. 5.8.
- y03 USCIS: the National Records Center's letters (control number, appeal through FIRST or to the Lee's Summit
  appeals office, OGIS), https://first.uscis.gov/
- y04 DHS Privacy Office: the DHS acknowledgement template (the CRCL template released as
  https://vdocument.in/responsive-documents-crcl-12-002.html) and the fee-waiver factors of 6 C.F.R. 5.11(k) as
  amended, https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm and
  https://regulations.justia.com/regulations/fedreg/2016/11/22/2016-28095.html
- y05 CRCL: the DHS components' final response template (Exemption 5, 6 and 7(C) paragraphs, appeal to the Privacy
  Office under 6 C.F.R. 5.8, OGIS, the $25 minimum), as in the CRCL template above.
- y06 TSA: 6 C.F.R. 5.11(c), (d) and (i)(2) (fee categories, advance payment over $250) and the TSA FOIA Branch's
  pages, https://www.tsa.gov/foia and https://tsa.gov/foia/requests
- y07 Coast Guard: 6 C.F.R. 5.4(d)(2) (referral to the component that originated the records) and the Coast Guard's
  FOIA Process Guide for Requesters (CG-6P, closing a request),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656
- y08 FBI: the eFOIPA release e-mail and the RIDS release letter with its exemption check boxes, "pages were reviewed
  and ... pages are being released", the FOIPA Addendum and the OIP appeal paragraph, as in the FBI letters of earlier
  sets and
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- y09 EOIR: the DOJ components' release letters (552(c) notice, OGIS, appeal to OIP through FOIA STAR).
- y10 DEA: the DOJ components' acknowledgement with unusual circumstances ("we are extending the time limit to
  respond to your request beyond the ten additional days provided by the statute", 28 C.F.R. 16.5(c), tracks) and
  DEA's pages on processing, https://dea.gov/es/foia/what-happens-after
- y11 USMS: the USMS Office of General Counsel's responses (searches by district and division, Exemptions 6, 7(C),
  7(E), 7(F), referral under 28 C.F.R. 16.4(d)),
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation
  and https://fixthecourt.com/2018/03/u-s-marshals-service-explains-withheld-41-pages-documents-foia
- y12 OIP: OIP's appeal decisions affirming the FBI's refusal to confirm or deny records on a third party ("After
  carefully considering your appeal, I am affirming the FBI's action on your request"), as in heldout309 v13.
- y13 DOJ OIG: the DOJ components' final responses (Exemption 5 with foreseeable harm, 6 and 7(C), 552(c) notice,
  appeal to OIP).
- y14 FEMA: 6 C.F.R. 5.8 and the DHS components' appeal acknowledgements of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 3a139481: 13 of 14 fully right. Wrong were:
- y07 (y07-uscg-referral-cbp.txt): outcome 'no_records' != 'other'

After general fixes, 14 of 14: y07's "No Coast Guard records responsive
to your request were located" names the office's own records by its name, none found, beside "we have referred the 37
pages, together with a copy of your request, to CBP for processing and direct response to you" (the records and the
request set off by commas before "to CBP"), so the letter is a referral (other), not a no-records answer.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout370"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The three-hundred-and-fifty-first held-out set: 14 letters (letters/heldout351) from fourteen components of the
Department of Homeland Security and the Department of Justice that immigrant-rights and civil-liberties groups write
to most, in the formats they really send: a USCIS National Records Center acknowledgement placing a request on the
complex track with a 10-day extension and the $25 fee commitment; an ICE SecureRelease e-mail with the final response
attached as PDF, released in part under Exemptions 6, 7(C) and 7(E); a CBP FOIA Division no-records letter; an FBI
eFOIPA acknowledgement with its check boxes and the day received at headquarters; a Secret Service letter
acknowledging an appeal with its appeal number and day of receipt; an EOIR second interim release (PDF) with pages
released in full, in part and withheld under Exemptions 5 and 6; a Bureau of Prisons final response (PDF) with
Exemptions 6, 7(C), 7(E) and 7(F); a DEA fee estimate in Word with the fees in a table and an advance payment asked;
a Marshals Service no-records letter in Word; a DHS Privacy Office e-mail transferring a request to ICE; a TSA
acknowledgement denying expedited processing and taking a 10-day extension; a DHS Office of Inspector General final
response (PDF); a Civil Rights Division final response with records referred to the FBI; and an OIP e-mail with its
decision attached in Word affirming EOUSA's withholdings on partly modified grounds.
Written blind and committed before the rules were run on them.

- s01-uscis-ack-complex.txt: USCIS control number COW2026004518, received November 12, 2026, complex track, 10-day
  extension.
- s02-ice-securerelease-final.eml: ICE 2027-ICFO-01847, 236 pages: 41 in full, 178 in part, 17 withheld, Exemptions
  6, 7(C), 7(E).
- s03-cbp-no-records.txt: CBP-FO-2027-006392, no responsive records located.
- s04-fbi-efoipa-ack.eml: FBI FOIPA Request No. 1671902-000, received at FBI Headquarters November 13, 2026.
- s05-usss-appeal-ack.txt: Secret Service Appeal No. 20270041 on File No. 20261977, received November 20, 2026.
- s06-eoir-second-interim.pdf: EOIR 2027-03861, second interim: 188 in full, 109 in part, 15 withheld, Exemptions 5
  and 6.
- s07-bop-final.pdf: BOP 2027-00912, 143 pages: 21 in full, 96 in part, 26 withheld, Exemptions 6, 7(C), 7(E), 7(F).
- s08-dea-fee-estimate.docx: DEA Case Number 27-00241-F, estimated fees of $454.00, advance payment required.
- s09-usms-no-records.docx: USMS 2027-USMSFO-00388, no responsive records located.
- s10-dhs-privacy-referral.eml: DHS 2027-HQFO-00362 transferred to ICE for direct response, closed.
- s11-tsa-ack-expedite-denied.txt: TSA 2027-TSFO-00214, received November 9, 2026, expedited processing denied,
  10-day extension.
- s12-dhs-oig-final.pdf: DHS OIG 2027-IGFO-00057, 164 pages: 38 in full, 104 in part, 22 withheld, Exemptions 6,
  7(C), 7(E).
- s13-crt-final.txt: Civil Rights Division FOI/PA No. 26-00871-F, 212 pages: 64 in full, 131 in part, 17 withheld,
  Exemptions 5, 6, 7(C); 38 pages referred to the FBI.
- s14-oip-appeal-affirmed-eousa.eml: OIP Appeal No. A-2027-00286 on EOUSA-2026-005913, affirmed on partly modified
  grounds (Exemptions 5, 6 and 7(C); 7(F) not reached).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 USCIS acknowledgement: the DHS component acknowledgement formula (10-day extension under 5 U.S.C.
  § 552(a)(6)(B), "We shall charge you for records ... agreement to pay up to $25.00") of the ICE letter in
  http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, and the USCIS three-track letters of earlier
  sets.
- s02 ICE final response: the ICE case numbers (2022-ICFO-23103) of
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195 and
  https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/, the exemptions most
  often invoked by ICE, https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement, and the ICE final response
  paragraphs of earlier sets.
- s03 CBP no-records letter: https://www.cbp.gov/site-policy-notices/foia/faq-foia and the DHS appeal and OGIS
  paragraphs (6 C.F.R. § 5.8).
- s04 FBI eFOIPA acknowledgement: the FBI acknowledgement check-box form and FOIPA request numbers of earlier sets,
  and https://muckrock.com/news/archives/2017/dec/12/fbi-foia-investigation/
- s05 Secret Service appeal acknowledgement: 6 C.F.R. § 5.8(d) (20 working days) and the Secret Service file numbers
  of earlier sets (20270118).
- s06 EOIR interim release: https://foia.eoir.justice.gov/app/Help.aspx and the DOJ component formulas (552(c)
  notice, OGIS and OIP appeal paragraphs).
- s07 BOP final response: the BOP exemption list, https://www.bop.gov/foia/index.jsp, and Exemption 7(F) for staff
  safety as in http://circuit10.blogspot.com/2012/01/all-bop-records-are-law-enforcement.html
- s08 DEA fee estimate: 28 C.F.R. § 16.10 (fee categories, advance payment over $250) and the DEA case numbers of
  earlier sets.
- s09 USMS no-records letter: https://foia.usmarshals.gov/app/RequestsandFees.aspx and
  https://www.usmarshals.gov/foia/index.html (the records the Service maintains on prisoners in its custody).
- s10 DHS Privacy Office transfer: 6 C.F.R. § 5.4(c) (a request routed to the component best able to determine
  whether to disclose) and the DHS Headquarters letters of earlier sets (2026-HQFO-00981).
- s11 TSA acknowledgement and expedite denial: https://www.tsa.gov/FOIA ("TSA will invoke a 10-day extension"),
  https://tsa.gov/foia/requests, and 6 C.F.R. § 5.5(e).
- s12 DHS OIG final response: https://oig.dhs.gov/taxonomy/term/626 and the DHS final response paragraphs.
- s13 Civil Rights Division final response: the DOJ component formulas and the referral of records to their
  originating component, 28 C.F.R. § 16.4.
- s14 OIP appeal decision: the OIP affirmance formulas ("I am affirming, on partly modified grounds", "this Office's
  decision was made only after a full review of this matter") of earlier sets and
  https://justice.gov/archive/oip/courtdecisions/exhaustion-admin-remedies.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f3c80585: 13 of 14 fully right. Wrong were:
- s14 (s14-oip-appeal-affirmed-eousa.eml): exemptions ['(b)(5)', '(b)(6)', '(b)(7)(C)', '(b)(7)(F)'] != ['(b)(5)',
  '(b)(6)', '(b)(7)(C)']

After general fixes, 14 of 14: s14's "EOUSA relied in part on
Exemption 7(F); while I make no determination as to the applicability of that exemption, I have determined that the
information so withheld is protected by Exemption 7(C)" leaves 7(F) undecided, not applied (the clause ends where the
decision's own finding begins).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout351"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The two-hundred-and-ninety-seventh held-out set: 14 everyday letters (letters/heldout297) from the components of
the Department of Homeland Security and of the Department of Justice that immigrant-rights and civil-liberties groups
write to most, in the formats they really send: an ICE final response e-mail with the letter attached as a PDF, on a
detained client's records (pages released in their entirety, in part and withheld, Exemptions 6, 7(C) and 7(E)); a
CBP SecureRelease e-mail acknowledging an appeal, with its appeal number and the day it was received; a USCIS
National Records Center acknowledgement (PDF) placing an A-file request in Track 2 and denying expedited processing;
a DHS Privacy Office acknowledgement granting a fee waiver on the factors of 6 C.F.R. 5.11(k); a CRCL final response
in Word releasing every page in its entirety, with a table of the records; a DHS OIG final response finding no
records; a TSA appeal decision affirming the withholding of Sensitive Security Information under Exemption 3 and
49 U.S.C. 114(r) and of names under Exemption 6; a Secret Service second interim release (PDF, two pages) of records
of a National Special Security Event; a FEMA acknowledgement in Word, attached to an e-mail, invoking the 10-day
extension for a search in a regional office; an FBI eFOIPA e-mail closing a request on a main-file search of the
Central Records System that found no records; an OIP appeal decision (PDF) affirming BOP's withholdings on a
use-of-force request; a BOP final response on an inmate's disciplinary records with pages in full, in part and
withheld and the 552(c) notice; a DEA fee estimate in Word with a fee table and an advance payment; and an EOUSA
final response on its check-box form (released in full, in part, withheld in full, a referral to CBP).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- y01 ICE final response: the DHS final-response formula ("A search of ... produced N pages. ... N pages will be
  released in their entirety, N pages will be partially released, and N pages will be withheld in their entirety
  pursuant to Title 5 U.S.C. § 552 ...", the Exemption 6, 7(C) and 7(E) paragraphs, the appeal within 90 working
  days, the $25 minimum), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and ICE case numbers
  on https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/
- y02 CBP appeal acknowledgement: CBP appeal numbers beside the request's (CBP-AP-2022-131110) on
  https://www.muckrock.com/foi/united-states-of-america-10/cbp-uap-reports-to-dhs-129290/, CBP's SecureRelease portal
  and FOIA Public Liaison telephone, https://www.cbp.gov/site-policy-notices/foia/faq-foia, and OGIS's note on CBP's
  letters, http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter
- y03 USCIS acknowledgement with expedite denied: USCIS's three tracks (Track 3 for those who are to appear before an
  immigration judge, with the Notice to Appear),
  https://cybercemetery.unt.edu/archive/oilspill/20121006202317/http://www.uscis.gov/portal/site/uscis/menuitem.eb1d4c2a3e5b9ac89243c6a7543f6d1a/?vgnextoid=fce675e0270e6310VgnVCM100000082ca60aRCRD&vgnextchannel=fce675e0270e6310VgnVCM100000082ca60aRCRD
  and https://www.govinfo.gov/content/pkg/FR-2007-02-28/html/E7-3357.htm; the expedite standards and the denial
  ("your G-639 FOIA Request will be processed using the normal first-in, first-out method"),
  https://support.citizenpath.com/hc/en-us/articles/201301035-How-can-I-get-expedited-processing-for-my-G-639-FOIA-Request-;
  the NRC letter layout of the USCIS FOIA Request Guide,
  https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html
- y04 DHS Privacy Office acknowledgement with fee waiver granted and y09 FEMA acknowledgement with extension: the DHS
  acknowledgement template ("This acknowledges receipt of your ... Freedom of Information Act (FOIA) request ... Your
  request was received in this office on ...", "Per Section 5.5(a) of the DHS FOIA regulations", "DHS will invoke a
  10-day extension for your request, as allowed by Title 5 U.S.C. 552(a)(6)(B)", the fee-waiver factors and "you
  have met the requirements", "there are currently [#] open requests ahead of yours"),
  https://vdocument.in/responsive-documents-crcl-12-002.html and
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002; FEMA's tracking numbers (2014-FEFO-00559)
  on https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/
- y05 CRCL final response: CRCL's FOIA office and its recommendation memoranda,
  https://dhs.gov/transparency-civil-rights-investigations, and the DHS final-response formula ("produced a total of
  N pages", "releasable in their entirety"), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- y06 DHS OIG no records: the DHS no-records formula ("While an adequate search was conducted, you have the right to
  appeal this determination that no records exist within ..."),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the DHS OIG's account of DHS FOIA
  processing, https://oig.dhs.gov/taxonomy/term/626
- y07 TSA appeal decision: TSA's Exemption 3 withholdings under 49 U.S.C. 114(r) (selection criteria and screening
  procedures) and its letter "constituted the Agency's final decision" with judicial review, as recounted in
  https://justice.gov/oip/magassa-v-tsa-no-22-5155-2023-wl-8826564-dc-cir-dec-21-2023-curiam and
  https://print.casetext.com/case/magassa-v-transp-sec-admin; the TSA file code 3600.1 of earlier sets' TSA letters
- y08 Secret Service interim release: the Secret Service's FOIA/PA office at 245 Murray Lane SW, Building T-5,
  https://docslib.org/doc/12322633/foia-pa-245-murray-lane-sw-building-t-5-washington-d-c, its fee and appeal pages,
  https://www.secretservice.gov/foia/fees and http://www.secretservice.gov/foia/appeal
- y10 FBI no records: the FBI's main-file search of the Central Records System and its "no record" letters,
  https://llrx.com/?p=2176 and
  https://www.personalinjuryattorneytacomawa.com/blog/2008/11/10/round-and-round-and-round-211925; the FOIPA letter's
  appeal and dispute-resolution paragraphs as quoted on
  https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- y11 OIP appeal decision affirming BOP: OIP's decision formula ("After carefully considering your appeal, I am
  affirming ...", the Privacy Act (j)(2) paragraph, "Please be advised that this Office's decision was made only after
  a full review of this matter", the OGIS paragraph),
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, and BOP's Exemption
  7(E) and 7(F) withholdings, http://circuit10.blogspot.com/2012/01/all-bop-records-are-law-enforcement.html
- y12 BOP final response: BOP's FOIA office and exemption list, https://www.bop.gov/foia/index.jsp, the segregation
  of the Inmate Central File, http://laws9.com/cfr/text/28/513/65, and the DOJ 552(c), Public Liaison/OGIS and OIP
  appeal paragraphs as in DOJ components' letters
- y13 DEA fee estimate: DEA's FOIA pages (the determination letter, fees and payment "only upon our direction", the
  FOIA Public Liaison at (571) 776-2300), https://dea.gov/es/foia/what-happens-after, and a DOJ fee letter ("A $154.00
  review fee is being assessed ... Please send a check or money order ... payable to the Treasury of the United
  States"), https://thefoiafiles.wordpress.com/2014/11/22/november-29-2012-eousa-transfers-request-to-dea/
- y14 EOUSA final response: EOUSA's FOIA/Privacy Staff and its form (RIF, RIP, WIF, the check-box exemptions, the
  referral and public-records determinations),
  http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions and
  https://thefoiafiles.wordpress.com/2014/11/22/november-29-2012-eousa-transfers-request-to-dea/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8e5389e: 12 of 14 fully right. Wrong were:
- y05 (y05-crcl-final-full.docx): outcome 'partial_grant' != 'full_grant'
- y13 (y13-dea-fee-estimate.docx): kinds ['fee_waiver_decision', 'fee_estimate'] != ['fee_estimate']; outcome 'denied'
  != None
After general fixes (a redacted copy the office published for all, said in the active voice, is no partial release:
"CRCL published redacted versions of several of these memoranda in its reading room, and the components have since
concurred in their release in full"), 13 of 14: y05 right.
After a further general fix (a decision an earlier letter made, told again, is none of this letter's: "Your request for
a waiver of fees was denied by our letter of October 29, 2026."), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout297"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

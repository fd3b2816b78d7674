"""The four-hundred-and-twenty-ninth held-out set: 14 letters (letters/heldout429) from fourteen components of the
Departments of Homeland Security and Justice, across a request's whole life and in the formats they really send: an
ICE e-mail acknowledging a detained client's request with its day of receipt and granting expedited processing for
the loss of due process rights; a CBP final response (PDF) releasing all 37 pages of a port's records in full; a USCIS
National Records Center letter in Word, with its letterhead and a table, asking a lawyer for the subject's consent and
verification of identity for a third party's A-file, with the day of receipt and the 30 working days to answer; a
TSA final response releasing 81 of 88 pages, withholding Sensitive Security Information under Exemption 3 and names
under Exemption 6; a Secret Service Deputy Director's appeal decision (PDF) affirming a no-records answer, under the
request's own file number; a FEMA Disclosure Branch e-mail granting a fee waiver on the six factors of 6 C.F.R.
5.11(k); a Coast Guard letter acknowledging a request with its day of receipt and estimating fees of $660.00 in a
table of search and duplication; a CIS Ombudsman no-records answer; an FBI e-mail denying expedited processing with
its check-box list of the four standards; a Bureau of Prisons no-records answer with the 552(c) notice; a Marshals
Service first interim release (PDF) of 240 pages with 9 referred to ATF; an ATF answer that neither confirms nor
denies records about a third party; a DEA second interim release in Word with a table of the records; and an OIP
appeal decision reversing EOUSA's denial of a fee waiver. Written blind and committed before the rules were run on
them.

- k01-ice-ack-expedite-granted.eml: ICE FOIA Office, 2027-ICFO-10388, received December 3, 2026, expedited processing
  granted under 6 C.F.R. 5.5(e)(1)(iii), the $25.00 fee agreement.
- k02-cbp-final-full-grant.pdf: CBP FOIA Division, CBP-FO-2027-058213, 37 pages released in their entirety, no fee.
- k03-uscis-consent-needed.docx: USCIS National Records Center, NRC2027031877, received November 30, 2026; the
  subject's consent, verification of identity and a Form G-28 asked for (a table), closed if no answer in 30 working
  days.
- k04-tsa-final-partial.txt: TSA FOIA Branch, 2027-TSFO-00412, 88 pages: 52 in full, 29 in part, 7 withheld in full;
  Exemption 3 (49 U.S.C. 114(r), SSI) and Exemption 6.
- k05-usss-appeal-affirmed.pdf: Secret Service Deputy Director, appeal of file 20270318 (no appeal number of its own),
  the no-records determination affirmed and the appeal denied.
- k06-fema-fee-waiver-granted.eml: FEMA Disclosure Branch, 2027-FEFO-01422, fee waiver granted under 6 C.F.R.
  5.11(k), the request processed in the order received (no day of receipt).
- k07-uscg-ack-fee-estimate.txt: Coast Guard CG-6P, 2027-CGFO-00952, received November 30, 2026, "all other
  requesters", estimated fees $660.00 ($480.00 search, $180.00 duplication), 30 working days to commit.
- k08-cisomb-no-records.txt: CIS Ombudsman, 2027-CISO-00071, no records in the Case Assistance and Policy Divisions,
  appeal to the DHS Privacy Office.
- k09-fbi-expedite-denied.eml: FBI RIDS, FOIPA 1729418-000, expedited processing under 28 C.F.R. 16.5(e)(1)(iv)
  denied by the Office of Public Affairs.
- k10-bop-no-records.txt: BOP, 2027-03114, no heat logs, medical summaries or Institution Supplement at FCI
  Englewood; the FOIA does not require records to be created.
- k11-usms-interim-release.pdf: USMS, 2026-USMS-004418, first interim: 249 pages reviewed, 9 referred to ATF, 97 in
  full, 118 with excisions, 25 withheld; Exemptions 6, 7(C), 7(E), 7(F); the next release about February 26, 2027.
- k12-atf-glomar-third-party.txt: ATF Disclosure Division, 2027-0487, neither confirm nor deny records about a
  former licensee, denied under Exemptions 6 and 7(C).
- k13-dea-second-interim.docx: DEA, 26-01187-F, second interim: 180 pages, 64 in full, 101 in part, 15 withheld, a
  table by record; Exemptions 6, 7(C), 7(D), 7(E).
- k14-oip-appeal-fee-waiver-reversed.txt: OIP, appeal A-2027-01412 of EOUSA request EOUSA-2027-000688, the fee-waiver
  denial reversed under 28 C.F.R. 16.10(k).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 ICE acknowledgement: ICE's acknowledgement letter ("This acknowledges receipt of your ... Freedom of Information
  Act (FOIA) request", "We will construe the submission of your request as an agreement to pay up to $25.00",
  "We have queried the appropriate program offices within ICE"),
  http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt, and ICE's FOIA Office address (Stop 5009),
  https://foia.wiki/wiki/U.S._Immigration_%26_Customs_Enforcement
- k02 CBP final response: the DHS FOIA regulations (6 C.F.R. part 5, appeals under 5.8),
  http://federal.elaws.us/fr/11/22/2016/2016-28095, and CBP's FOIA correspondence,
  https://Muckrock.com/foi/united-states-of-america-10/border-wall-rfp-37217/
- k03 USCIS consent and verification: Form G-639 and its instructions (verification of identity, consent of the
  subject, the National Records Center at P.O. Box 648010, Lee's Summit),
  https://info.5y1.org/g-c-e-o-l-application_1_ef13fe.html and http://https.omb.report/icr/201008-1615-002/doc/19464801,
  and the practice advisory on DHS requests,
  https://vdocuments.mx/a-step-by-step-guide-to-completing-foia-requests-a-step-by-step-guide-to-completing.html
- k04 TSA final response: TSA's FOIA Branch letters ("FOIA Case Number", "is being withheld ... pursuant to Title 5
  U.S.C. § 552 (b)(3)"), http://www.flyertalk.com/forum/practical-travel-safety-security-issues/958795-tsa-sop-re-airport-id-requirements-provided-idp-via-foia-request-5.html
  and https://pdfkul.com/2015-10-30-interim-response-letter-3pdf_59c2c8b81723dddb426a7ebc.html
- k05 Secret Service appeal decision: appeals to the Deputy Director (245 Murray Lane, File Number),
  https://lr.lavenderfield.xyz/r/foia/comments/1fa5fso/secret_service_foia_administrative_appeal_to/loq1s5j/?context=3
  and https://docslib.org/doc/12322633/foia-pa-245-murray-lane-sw-building-t-5-washington-d-c, and an adequacy of
  search appeal, http://www.ecases.us/case/p2519862/allen-v-us-secret-service/
- k06 FEMA fee waiver: FEMA's Disclosure Branch e-mails ("If you need to contact our office concerning this request
  ... refer to your FEMA reference number"),
  https://www.muckrock.com/foi/united-states-of-america-10/foia-processing-notes-dhs-occupy-sandy-10847/ and
  https://webarchive.library.unt.edu/web/20161104232833/https://www.fema.gov/freedom-information-act, and the six
  factors of 6 C.F.R. 5.11(k), http://federal.elaws.us/fr/11/22/2016/2016-28095
- k07 Coast Guard fee estimate: the Coast Guard FOIA process guide (CG-6P, fee categories, Reference E),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and the Coast Guard FOIA and Privacy Acts Manual,
  https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html
- k08 CIS Ombudsman no records: DHS no-records letters ("Unfortunately, we were unable to locate or identify any
  responsive records", appeal to the Privacy Office under 6 C.F.R. 5.8),
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002 and
  http://federal.elaws.us/fr/11/22/2016/2016-28095
- k09 FBI expedite denial: 28 C.F.R. 16.5(e) (the four standards, (e)(1)(iv) decided by the Director of Public
  Affairs), http://intelligencelaw.com/intelligence_law/law_library/admin/28_cfr_16-5.html, and FBI FOIPA letters,
  https://de.scribd.com/document/30081215/FBI-FOIA-Letter
- k10 BOP no records: the BOP FOIA/Privacy Act Section (320 First Street, NW), http://www.bop.gov/foia/index.jsp and
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp, and the DOJ
  template paragraphs (OIP appeal, 552(c) notice, OGIS),
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- k11 USMS interim release: the Marshals Service FOIA pages, https://foia.usmarshals.gov/app/RequestsandFees.aspx,
  and its explanation of withheld pages,
  https://fixthecourt.com/2018/03/u-s-marshals-service-explains-withheld-41-pages-documents-foia
- k12 ATF Glomar: the DOJ template for third-party requests (consent, proof of death, "can neither confirm nor deny"),
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf, and ATF FOIA litigation,
  http://ecases.us/case/dcd/c3020207/brady-center-to-prevent-gun-violence-v-us-department-of-justice
- k13 DEA interim release: DEA's FOIA pages (Case Number, FOI/Records Management Section, (571) 776-2300),
  https://dea.gov/es/foia/what-happens-after, and https://sgp.fas.org/news/2015/04/doj-foia.html
- k14 OIP fee-waiver appeal: OIP's appeal letters ("After carefully considering your appeal, I am ..."),
  https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html, and OIP guidance on
  notifying requesters of OGIS,
  http://www.justice.gov/oip/blog/foia-post-2010-oip-guidance-notifying-requesters-mediation-services-offered-ogis

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 35889b83: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout429"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

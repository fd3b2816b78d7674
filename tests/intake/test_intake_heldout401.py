"""The four-hundred-and-first held-out set: 14 letters (letters/heldout401) on one theme, the letters a lawyer for a
detained or removable person gets from the offices that keep immigration records, in the formats they really send: a
USCIS National Records Center acknowledgement (PDF) placing an A-file request in Track 3 for a person scheduled before
an immigration judge; a USCIS FIRST e-mail with the final A-file response attached as PDF (pages in full, in part and
withheld, Exemptions 5, 6, 7(C) and 7(E), pages referred to ICE and CBP); an ICE final response on an Enforcement and
Removal Operations detention file, processed under the FOIA because the system is exempt from Privacy Act access; a
CBP SecureRelease e-mail releasing a Form I-213 and TECS crossing records in part; an OBIM letter releasing an
IDENT/HART encounter history in part after a fingerprint search; an EOIR acknowledgement in Word of a Record of
Proceedings request that takes ten more working days for unusual circumstances; a Department of State final response
(PDF) on visa and passport records that counts documents, not pages, and withholds visa records under INA 222(f); an
FBI "no records" letter that points to CJIS for an Identity History Summary; a DHS Office of Inspector General final
response in Word on a Hotline complaint file, with a page table; a CRCL letter (PDF) that acknowledges a request and
asks for the detained person's signed consent within 30 working days; a Sacramento County Sheriff's Office CPRA
response on ICE detainer records (Government Code section 7927.705 with Penal Code sections 11105 and 13300); a Florida
Department of Corrections e-mail estimating a special service charge for detainer records; an ICE appeal decision
remanding a request for a new search; and an Office of Information Policy e-mail acknowledging an appeal from EOIR.
Written blind and committed before the rules were run on them.

- b01-uscis-ack-track3.pdf: USCIS NRC acknowledgement, NRC2026418830, received December 3, 2026, Track 3.
- b02-uscis-final-afile-referrals.eml: USCIS final A-file response, COW2026000318742, 742 pages identified, 598 in
  full, 96 in part, 21 withheld, 27 referred to ICE and CBP.
- b03-ice-ero-final-partial.txt: ICE final response, 2027-ICFO-07713, 118 pages, 81 in full, 31 in part, 6 withheld,
  Exemptions 6, 7(C), 7(E).
- b04-cbp-final-i213-tecs.eml: CBP final response in the e-mail body, CBP-FO-2027-014471, 14 pages, 3 in full, 11 in
  part.
- b05-obim-ident-partial.txt: OBIM final response, 2027-OBIM-00412, a 9-page encounter history released in part.
- b06-eoir-rop-ack-extension.docx: EOIR acknowledgement, 2027-08812, received December 4, 2026, ten more working days.
- b07-state-visa-passport-final.pdf: State final response, F-2026-18842, 16 documents (5 in full, 4 with excisions, 7
  withheld), INA 222(f) and Exemption 6.
- b08-fbi-foipa-no-records.txt: FBI no main file records, FOIPA Request No. 1651183-000.
- b09-dhs-oig-complaint-final.docx: DHS OIG final response, 2027-IGFO-00118, 64 pages, 13 in full, 44 in part, 7
  withheld, Exemptions 5, 6, 7(C).
- b10-crcl-consent-needed.pdf: CRCL acknowledgement asking for the subject's consent, 2027-CRFO-00412, received
  December 10, 2026.
- b11-ca-sheriff-cpra-detainer.txt: Sacramento County Sheriff's Office CPRA determination, No. 26-4418, 23 pages
  released, 4 withheld.
- b12-fl-fdc-special-service-charge.eml: Florida Department of Corrections cost estimate, P026891-120126, $266.89.
- b13-ice-appeal-remanded.txt: ICE OPLA appeal decision, 2027-ICAP-00218 on 2026-ICFO-61420, remanded for a new
  search.
- b14-oip-appeal-ack-eoir.eml: OIP appeal acknowledgement, A-2027-00593 on EOIR request 2026-61207, received December
  14, 2026.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 USCIS Track 3 acknowledgement: USCIS's FOIA overview ("Track 3 is an accelerated track for cases involving
  individuals who are to appear before an immigration judge", Form I-862 with a future hearing date),
  https://cybercemetery.unt.edu/archive/oilspill/20121006202317/http://www.uscis.gov/portal/site/uscis/menuitem.eb1d4c2a3e5b9ac89243c6a7543f6d1a/?vgnextoid=fce675e0270e6310VgnVCM100000082ca60aRCRD&vgnextchannel=fce675e0270e6310VgnVCM100000082ca60aRCRD,
  the Federal Register notice creating the track, https://www.govinfo.gov/content/pkg/FR-2007-02-28/html/E7-3357.htm,
  and the status page on control numbers ("will begin with the letters NRC, COW, APP"),
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
- b02 USCIS final A-file response: the NRC letters of earlier sets (311 h06, 391 g03: "We have completed the review of
  all documents and have identified ... pages", referral "for consideration and direct response to you") and the ILRC
  practice advisory on DHS requests,
  https://vdocuments.mx/a-step-by-step-guide-to-completing-foia-requests-with-dhs.html
- b03 ICE final response: the DHS final-response formulas ("produced a total of ... pages", the Exemption 6 balancing
  paragraph, "You have a right to appeal the above withholding determination"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528, and the ICE letters of earlier sets.
- b04 CBP response: the same DHS formulas and the ILRC advisory on CBP requests (I-213, TECS),
  https://docslib.org/download/2599424/a-step-by-step-guide-to-completing-foia-requests-with-dhs
- b05 OBIM response: OBIM's description of IDENT and HART, https://jungerplatformlavians.pages.dev/124542.html, the
  IDENT system of records notice, http://edocket.access.gpo.gov/2007/07-2781.htm, and the DHS Privacy Office final
  response formulas, https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- b06 EOIR acknowledgement: the DOJ component acknowledgement with unusual circumstances ("The records you seek require
  a search in and/or collection from a field office") as in the DOJ letters of earlier sets, and the practice pointers
  on EOIR records, https://www.lawfirms.com/resources/immigration-law/practice-pointers-verify-immigration-case-status-appeal-information
- b07 State final response: the State letters of earlier sets (355 k06: "may be released in full ... may be released
  with excisions ... must be withheld in their entirety") and INA 222(f) as an Exemption 3 statute,
  https://print.casetext.com/case/medina-hincapie-v-department-of-state and
  https://cetient.com/case/4508207/vizcarra-calderon-v-us-department-of-homeland-security
- b08 FBI no records: the FBI FOIPA letters of earlier sets ("we conducted a main entity record search of the Central
  Records System (CRS) per our standard search policy", the FOIPA Addendum) and the FBI's page on Identity History
  Summary checks, https://www.fbi.gov/services/cjis/identity-history-summary-checks
- b09 DHS OIG final response: the DHS final-response formulas above and the OIG appeal address of 6 C.F.R. 5.8; the
  ILRC advisory on CRCL and OIG as components for immigration practitioners,
  https://vdocuments.mx/a-step-by-step-guide-to-completing-foia-requests-with-dhs.html
- b10 CRCL consent letter: Form G-639's instructions on consent and verification of identity ("an authorizing letter
  with verification of identity for the Subject of Record", DOJ Form 361),
  https://www.formsbank.com/template/295099/instructions-for-form-g-639-freedom-of-information-act-privacy-act-request.html?page=5,
  and the Senate letter on identity requirements,
  https://criminallegalnews.org/news/publications/us-senate-letter-fbi-re-legality-new-efoia-system-wyden-2015
- b11 Sacramento County Sheriff CPRA response: the California letters of earlier sets (311 h10: Government Code section
  7927.705 with Penal Code sections 11105 and 13300) and the TRUTH Act and California Values Act (Government Code
  sections 7283.1 and 7284.6).
- b12 Florida DOC cost estimate: Fla. Admin. Code R. 33-102.101 ("a special service charge will be assessed ... when
  the nature or volume of the records requested requires extensive clerical or supervisory assistance"),
  https://casetext.com/regulation/florida-administrative-code/department-33-department-of-corrections/division-33-departmental/chapter-33-102-legal-services/section-33-102101-public-information-and-inspection-of-records,
  the Department's Open Government Bill of Rights, http://dc.state.fl.us/oth/ogRights.html, and an itemized estimate
  policy under section 119.07(4)(d), https://justiceadmin.org/publicrecords/costrecoverypolicy.aspx
- b13 ICE appeal remand: the ICE appeal numbers and the remand on appeal described on a MuckRock request to ICE
  (2020-ICFO-21220, 2020-ICAP-00440), https://www.muckrock.com/foi/united-states-of-america-10/ice-foia-too-broad-records-85180/,
  and the ICE appeal address of the DHS regulations.
- b14 OIP appeal acknowledgement: the OIP acknowledgements of earlier sets ("This is to advise you that your
  administrative appeal from the action of ... was received by this Office on ...", "we have adopted a general practice
  of assigning appeals in the approximate order of receipt").

Blind score (written before the rules were run on it): 13 of 14 fully right, and all 14 matched to their requests.
Wrong were:
- b06 (b06-eoir-rop-ack-extension.docx): received None != '2026-12-04', from "This acknowledges receipt of your Freedom
  of Information Act (FOIA) request to the Executive Office for Immigration Review (EOIR), dated December 2, 2026, and
  received in this office on December 4, 2026, in which you requested a copy of the Record of Proceedings (ROP) ..."

After general fixes (a court or board whose name holds "Appeals", named among the records asked for, is no appeal:
"... and all filings before the Board of Immigration Appeals", "the decision of the Board of Veterans' Appeals", "the
Appeals Council's order"; so the receipt told in that sentence is the request's), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout401"
# What the rules reached on this set when it was scored once, blind (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

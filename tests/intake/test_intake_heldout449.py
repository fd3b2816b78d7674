"""The four-hundred-and-forty-ninth held-out set: 14 letters (letters/heldout449) from Homeland Security and Justice
components over a request's whole life, in the formats they really send: a Secret Service letter finding a request
too broad and asking for the visit, the dates and the office within 30 days; an Office of Intelligence and Analysis
e-mail granting a fee waiver to a reporter, with the day of receipt; a CBP letter (PDF) acknowledging a lawyer's
request for a client's encounter records and granting expedited processing before a removal hearing; a FEMA second
interim release in Word with a table of project worksheets, e-mail and drafts, 395 pages released and 17 withheld under
Exemptions 4, 5 and 6; a CIS Ombudsman acknowledgement denying expedited processing for a lapsed work permit; an ICE
final answer withholding all 1,146 pages of an open Homeland Security Investigations case under Exemptions 7(A), 6 and
7(C); a USCIS e-mail acknowledging an appeal of an A-file withholding with its APP number and day of receipt; an EOIR
fee estimate of $1,180.00 for 94 records of proceedings, with advance payment required; a Civil Rights Division e-mail
finding no records in the Housing and Civil Enforcement Section; an EOUSA letter (PDF, two pages) neither confirming
nor denying records on a third party; a Criminal Division acknowledgement in Word granting a fee waiver and taking
more than ten extra days for unusual circumstances; an Office of Information Policy decision affirming the Civil Rights
Division's withholdings under Exemptions 5, 6 and 7(C); an ATF answer finding no inspection records of a licensee; and
a DEA letter (scanned) confirming that a prisoner's request is withdrawn. Written blind and committed before the rules
were run on them.

- f01-usss-clarification.txt: Secret Service, file 20271884, request too broad, clarification asked within 30 days.
- f02-ia-fee-waiver-granted.eml: DHS I&A, 2027-IAFO-00142, received November 30, 2026, fee waiver granted under
  6 C.F.R. 5.11(k).
- f03-cbp-ack-expedite-granted.pdf: CBP, CBP-FO-2027-031877, received December 3, 2026, expedited processing granted
  (loss of due process rights before a hearing); the requester's $25.00 limit is no estimate.
- f04-fema-second-interim.docx: FEMA, 2026-FEFO-04418, second interim release: 412 pages reviewed, 231 in full, 164 in
  part, 17 withheld in full, Exemptions 4, 5 and 6; a table of the records.
- f05-cisomb-ack-expedite-denied.txt: CIS Ombudsman, 2027-CISO-00164, received December 4, 2026, expedited processing
  denied under 6 C.F.R. 5.5(e)(1).
- f06-ice-withheld-7a.txt: ICE, 2026-ICFO-61390, final: 1,146 pages withheld in their entirety under Exemptions 7(A),
  6 and 7(C); no charge below $25.
- f07-uscis-appeal-ack.eml: USCIS, appeal APP2027000318 of request COW2026004417, received December 10, 2026.
- f08-eoir-fee-estimate.txt: EOIR, 2027-17735, fee estimate $1,180.00, advance payment under 28 C.F.R. 16.10(i)(2),
  30 days to answer.
- f09-crt-no-records.eml: Civil Rights Division, 27-00418-F, no records located; a pointer to EOUSA.
- f10-eousa-glomar-third-party.pdf: EOUSA, EOUSA-2027-001093, third-party records neither confirmed nor denied,
  Exemptions 6 and 7(C).
- f11-crm-ack-fee-waiver-granted.docx: Criminal Division, CRM-301774251, received December 3, 2026, fee waiver granted,
  unusual circumstances beyond the ten additional days (no date), complex track; the letterhead in the page header.
- f12-oip-appeal-crt-affirmed.txt: OIP, appeal A-2027-00511 of CRT request 26-01977-F, affirmed under Exemptions 5, 6
  and 7(C).
- f13-atf-no-records.txt: ATF, 2027-0946 ("REFER TO:"), no records: the licensee's 2025 inspection never completed.
- f14-dea-withdrawn-scanned.pdf: DEA, 27-00512-F, withdrawal confirmed and the case closed (a scan).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- f01 Secret Service clarification: the Secret Service's "too broad in scope or ... did not specifically identify the
  records" letter quoted by a requester,
  https://lr.lavenderfield.xyz/r/foia/comments/1fcdnst/the_united_states_secret_service_is_repeatedly, and its FOIA
  pages, https://www.secretservice.gov/foia/usss-response and http://www.secretservice.gov/foia/appeal
- f02 I&A fee waiver: the DHS FOIA regulations (6 C.F.R. 5.11(k) fee waivers), https://thefederalregister.org/81-FR/83625
  and http://federal.elaws.us/fr/11/22/2016/2016-28095, and an I&A request number of that form (2016-IAFO-00220),
  https://www.foiabasics.org/admin-appeal-example-2
- f03 CBP expedite granted: 6 C.F.R. 5.5(e) as CBP applies it (19 C.F.R. 103.2),
  https://law.lawstack.com/laws/19-cfr_s_103-2_department-of-homeland-security-freedom-of-information-act-procedures and
  https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm, and CBP's FOIA liaison (202) 325-0150,
  https://www.cbp.gov/site-policy-notices/foia/reading-room
- f04 FEMA interim release: FEMA's response letters (500 C Street SW, Mail Stop 3172; "FEMA FOIA Case Number
  2018-FELI-00002", request 2018-FEFO-00048), https://de.scribd.com/document/379907774/Response-from-FEMA-Regarding-FEMA-Data
  and a partial response, https://scribd.com/document/55213258/The-Best-Laid-Plans-DHS-Response-to-CREW-Lawsuit-FEMA-and-Hurricane-Katrina-5-5-2006-DHS-Partial-Response-2
- f05 CIS Ombudsman expedite denied: the DHS headquarters acknowledgement template ("This acknowledges receipt of your
  ... Your request was received in this office on ..."),
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002 and
  https://vdocument.in/responsive-documents-crcl-12-002.html, and 6 C.F.R. 5.5(e), https://thefederalregister.org/81-FR/83625
- f06 ICE withheld in full: ICE FOIA Office letters ("RE: ICE FOIA Case Number ...", 500 12th Street SW, Stop 5009),
  http://www.docstoc.com/docs/109648330/US-Immigration-and-Customs-Enforcement and
  https://dokumen.tips/documents/submitted-via-electronic-mail-to-ice-foiadhs-jun-22-2017-guadalupe-siordia-ortiz.html,
  and the OGIS review of ICE's FOIA program,
  https://vdocuments.net/office-of-government-information-services-2017-5-11-strong-management-innovative.html
- f07 USCIS appeal acknowledgement: USCIS control numbers (NRC, COW, APP) and the appeal tracks,
  https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request
  and https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request/foia-appeals-form-footer
- f08 EOIR fee estimate: EOIR's acknowledgement e-mail ("Re: 2024-03407 Freedom of Information Act Request for ...") and
  FOIA Service Center, http://https.omb.report/icr/202404-1125-001/doc/142231200 and
  http://www.justice.gov/eoir/efoia/foiafact.htm, and the DOJ fee rules (28 C.F.R. 16.10),
  https://sgp.fas.org/news/2015/04/doj-foia.html
- f09 Civil Rights Division no records: the FOIA/PA Branch's address and practice,
  http://www.justice.gov/crt/foia-electronic-reading-room, and a DOJ no-records answer pointing to CRT and EOUSA,
  https://assets.documentcloud.org/documents/3983821/Final-Response-to-FOIA-request-seeking.txt
- f10 EOUSA third-party Glomar: EOUSA's third-party answers as courts describe them,
  https://cetient.com/case/4380896/williams-v-executive-office-for-us-attorneys and
  https://cetient.com/case/2660179/barouch-v-us-department-of-justice, and the (c) exclusion notice,
  http://www.justice.gov/oip/foia-guide-2004-edition-exclusions
- f11 Criminal Division fee waiver and unusual circumstances: 28 C.F.R. 16.10(k) and 16.5,
  https://sgp.fas.org/news/2015/04/doj-foia.html, and the Criminal Division's letters in earlier sets.
- f12 OIP appeal affirmed: the Office of Information Policy's letters (Suite 11050, 1425 New York Avenue; "Re:
  DOJ-2017-002997 (PAO) VRB:DRH:KJK"),
  https://assets.documentcloud.org/documents/3983821/Final-Response-to-FOIA-request-seeking.txt, and OIP's affirmances
  in earlier sets.
- f13 ATF no records: the Disclosure Division's letters and declarations ("bearing symbols ... 99-1505"),
  http://www.titleii.com/bardwell/atf_foia_appeal_denial.txt and
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/
- f14 DEA withdrawal: DEA's FOI/Records Management Section (8701 Morrissette Drive, (571) 776-2300),
  https://dea.gov/es/foia/what-happens-after, and the withdrawals confirmed in earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at c8f36b46: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout449"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

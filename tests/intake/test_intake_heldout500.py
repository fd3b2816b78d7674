"""The five-hundredth held-out set: 14 letters (letters/heldout500) from Homeland Security and Justice components in
an immigration-rights caseload, under the federal FOIA, in the formats they really send: an ICE first interim release
(e-mail with the letter attached) of a rolling production of detention records, with the pages released in full, in
part and withheld counted apart; a USCIS National Records Center acknowledgement placing an A-File request in Track 2;
a CBP letter (PDF) asking a lawyer for the client's signed consent and proof of identity before it goes on; a TSA final
response in Word releasing four records in full, listed in a table; an FBI notice of duplication fees for a news media
requester in the large track; an EOIR final response (PDF) granting in part, with pages referred to ICE and the rest
counted; a Criminal Division acknowledgement (e-mail) taking more time for unusual circumstances without a number of
days and denying expedited processing; a BOP release in full; a Coast Guard letter in Word referring a whole request
to ICE and closing its own file; an OIP acknowledgement of an appeal from the Civil Rights Division; an EOUSA denial
of a prisoner's request for a third party's records (scanned PDF); an ICE appeal decision (PDF) affirming Exemption
7(E) withholdings the appeal challenged; a DHS Privacy Office fee waiver granted; and an OIP decision reversing the
USMS's denial of a fee waiver. Written blind and committed before the rules were run on them.

- v01-ice-first-interim-release.eml: ICE FOIA Office, 2026-ICFO-38815, first interim response: 600 pages reviewed,
  188 released in full, 297 in part, 115 withheld in full under (b)(5), (b)(6), (b)(7)(C) and (b)(7)(E); next release
  on or about January 5, 2027.
- v02-uscis-nrc-ack-track-two.txt: USCIS National Records Center, control number COW2027000812, request received
  November 30, 2026, placed in Track 2; Form G-28 and consent on file.
- v03-cbp-verification-of-identity.pdf: CBP FOIA Division, CBP-2027-012908, the subject's signed G-28 or
  certification of identity asked for within 30 calendar days, or the request is closed.
- v04-tsa-ice-documents-id-full-grant.docx: TSA FOIA Branch, 2027-TSFO-00188, 58 pages released in full (a table of
  four records), no charge.
- v05-fbi-duplication-fee-estimate.txt: FBI RIDS, FOIPA Request No. 1673318-000, about 2,350 pages, five releases,
  estimated duplication fee $70.00; the scope may be reduced to 500 pages for the medium track.
- v06-eoir-ra-docket-final-partial.pdf: EOIR Office of the General Counsel, 2027-05216, 107 pages located, 11 referred
  to ICE, 81 released in full, 9 in part, 6 withheld in full under (b)(5) and (b)(6).
- v07-crm-ack-unusual-expedite-denied.eml: Criminal Division, CRM-301944871, acknowledgement, unusual circumstances
  taking more than the ten additional days, expedited processing denied under 28 C.F.R. 16.5(e)(1)(ii) and (iv).
- v08-bop-detainer-supplements-full-grant.txt: Federal Bureau of Prisons, request 2026-09127, 44 pages released in
  full.
- v09-uscg-moc-referral-ice-closed.docx: Coast Guard FOIA/PA Office, 2027-CGFO-00733, the request referred in full to
  ICE under 6 C.F.R. 5.4(d) and the Coast Guard's request closed (other).
- v10-oip-appeal-ack-crt.eml: Office of Information Policy, appeal A-2027-00588 from the Civil Rights Division's
  action on CRT-2026-02217, received December 22, 2026.
- v11-eousa-third-party-denial-scanned.pdf: EOUSA, EOUSA-2027-000318, a third party's records denied under (b)(6) and
  (b)(7)(C) without consent or proof of death.
- v12-ice-opla-appeal-7e-affirmed.pdf: ICE OPLA Government Information Law Division, appeal 2027-ICAP-00142 on
  2026-ICFO-29460, the (b)(7)(E) withholdings affirmed; (b)(6) and (b)(7)(C) not challenged.
- v13-dhs-privacy-fee-waiver-granted.txt: DHS Privacy Office, 2027-HQFO-00077, fee waiver granted under 6 C.F.R.
  5.11(k), the request still in process.
- v14-oip-appeal-usms-fee-waiver-reversed.txt: Office of Information Policy, appeal A-2027-00702 on USMS request
  2027-USMS-000188, the denial of a fee waiver reversed (full_grant).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 ICE interim release: ICE's response letters ("Of the ... pages, I have determined that ... pages are partially
  releasable ... pursuant to Title 5 U.S.C. § 552 (b)(6) and (b)(7)(C)"),
  https://ja.scribd.com/document/26900352/Response-to-FOIA-Request-to-ICE-re-287-g-Program-2010FOIA1221-2-1-10, ICE's
  request numbers as MuckRock publishes them,
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195, and the exemptions ICE
  claims on detention records,
  https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2019cv00052/203252/61/
- v02 USCIS acknowledgement: the National Records Center's tracks and control numbers,
  https://eatsip365.com/checking-the-status-of-a-uscis-foia-request and
  https://projectcitizenship.org/requesting-records-part-1-foiapa-requests/
- v03 CBP identity letter: CBP's requirements for first-party and third-party requests (consent, G-28, perjury
  statement), https://www.cbp.gov/site-policy-notices/foia/faq-foia,
  https://investguiding.com/article/request-records-through-the-freedom-of-information-act/1781 and
  https://www.aila.org/library/cbp-foia-office-faqs
- v04 TSA full release: TSA's final response letters of earlier sets and the fee rules of 6 C.F.R. part 5,
  https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm
- v05 FBI fee notice: the FBI's electronic release fee of $15 per 500 pages and its tracks,
  https://www.muckrock.com/news/archives/2018/may/04/fbi-electronic-fees/ and
  https://glomardisclosure.com/2016/06/13/ama-how-does-the-fbi-use-file-size-to-manipulate-foia-requests/
- v06 EOIR partial release: DOJ components' response letters and appeal paragraph (OIP, FOIA STAR, 90 days) and the
  Department's rules on referrals, https://sgp.fas.org/news/2015/04/doj-foia.html
- v07 Criminal Division acknowledgement: a Criminal Division letter ("Re: CRM-300452623 ... presents 'unusual
  circumstances' ... we need to extend the twenty day time limit ... beyond the ten additional days"),
  https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/
  and 28 C.F.R. 16.5, http://intelligencelaw.com/intelligence_law/law_library/admin/28_cfr_16-5.html
- v08 BOP release: the Department's response letters and fee minimum, https://sgp.fas.org/news/2015/04/doj-foia.html
- v09 Coast Guard referral: the Coast Guard's FOIA process guide (assignment to processing offices, closing),
  https://bayfury.com/how-to-check-us-coast-guard-licence-1656, and the DHS rules on referrals (6 C.F.R. 5.4),
  https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm
- v10 OIP appeal acknowledgement: OIP's appeal practice and the acknowledgement requesters receive with an appeal
  number, https://www.archives.gov/ogis/resources/the-ogis-library/how-to-file-an-appeal-s-p274
- v11 EOUSA third-party denial: the privacy of third parties and proof of death,
  https://foia.blogs.archives.gov/2013/06/27/death-breathes-new-life-into-some-records/
- v12 ICE appeal decision: OGIS on appeal responses,
  http://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter, and the Exemption 7(E) claims on
  detention records, http://www.ecases.us/case/dcd/c8736828/advancement-project-v-us-department-of-homeland-security
- v13 DHS fee waiver: the fee waiver factors, https://www.poa.usace.army.mil/feesandwaivers/ and
  http://www.faa.gov/foia/fee_category/, as in the DHS rules,
  https://www.govinfo.gov/content/pkg/FR-2015-07-29/html/2015-18388.htm
- v14 OIP fee waiver reversal: the Department's fee waiver rule (28 C.F.R. 16.10(k)),
  https://sgp.fas.org/news/2015/04/doj-foia.html, and OIP's appeal decisions of earlier sets.

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 7d2fd9b5: 11 of 14 fully right. Wrong were:
- v05 (v05-fbi-duplication-fee-estimate.txt): kinds ['fee_estimate', 'final_determination'] != ['fee_estimate']; outcome
  'full_grant' != None; pages_released 500 != None
- v09 (v09-uscg-moc-referral-ice-closed.docx): outcome 'no_records' != 'other'
- v11 (v11-eousa-third-party-denial-scanned.pdf): tracking ['EOQUSA-2027-000318'] != EOUSA-2027-000318; not matched to
  its request (OCR read the number with a letter more than printed, and it was left to the user)
After a general fix (a scan's number read with one letter more, beside a letter OCR takes it for, "EOQUSA" for
"EOUSA", matched to the one request whose number it is without that letter, never for typed text), 12 of 14: v11
right and matched.
After a general fix (the way records go out told only as the ground of a fee's rate, "Because records are released to
you electronically, duplication fees are assessed at $15.00 for each release of up to 500 pages", read as no
release), 13 of 14: v05 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout500"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 13
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "v09-uscg-moc-referral-ice-closed.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

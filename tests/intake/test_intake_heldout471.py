"""The four-hundred-and-seventy-first held-out set: 14 letters (letters/heldout471) from DHS and DOJ components over a
request's whole life, in the formats they really send: a Coast Guard letter acknowledging a maritime review's request
and granting its fee waiver under 6 C.F.R. 5.11(k); an I&A e-mail asking whether a requester is still interested, with
the 30-day close; a TSA acknowledgement (PDF) denying expedited processing under 6 C.F.R. 5.5(e); a Secret Service
second interim release in Word with a table of the records reviewed, released and withheld under Exemptions 4, 6, 7(C)
and 7(E); a DHS OIG final response releasing an investigation report in part, with CBP's pages referred; a FEMA Office
of Chief Counsel appeal decision (e-mail) reversing an Exemption 5 withholding of scoring worksheets; a CBP
acknowledgement placing a trade firm in the commercial use category with a fee estimate; a Marshals Service
acknowledgement in Word taking the ten extra working days for unusual circumstances; an EOUSA final response (PDF)
releasing a district's policy in full on its checkbox form; a Bureau of Prisons letter asking a health group to
describe its request with the 30-day close; an ATF e-mail granting a reporter expedited processing (the letter
attached as PDF); an EOIR fee-waiver denial under 28 C.F.R. 16.10(k); a Criminal Division letter confirming a
withdrawal (a scan); and an OIP appeal decision affirming the Marshals Service's no-records answer as an adequate
search. Written blind and committed before the rules were run on them.

- v01-uscg-ack-fee-waiver-granted.txt: USCG acknowledgement of 2027-CGFO-00512, received December 2, 2026, fee waiver
  granted, simple track.
- v02-ia-still-interested.eml: I&A "do you wish to continue?" e-mail on 2027-IAFO-00188, reply by January 7, 2027 or
  the request is administratively closed.
- v03-tsa-ack-expedite-denied.pdf: TSA acknowledgement of 2027-TSFO-00731, received December 3, 2026, expedited
  processing denied (no threat to life, not primarily engaged in disseminating information), fees up to $50.00 agreed.
- v04-usss-second-interim.docx: Secret Service second interim response on file 20270142: 310 pages reviewed, 198 in
  full, 48 in part (246 released), 64 withheld in full; Exemptions 4, 6, 7(C), 7(E); a table of three records.
- v05-dhs-oig-final-partial-referral-cbp.txt: DHS OIG final response on 2027-IGFO-00094: 87 pages, 40 in full, 21 in
  part (61 released), 9 withheld in full under Exemption 5, Exemptions 6 and 7(C) in the others, 17 pages referred to
  CBP.
- v06-fema-appeal-reversed.eml: FEMA Office of Chief Counsel, appeal 2027-FEAP-00022 of request 2026-FEFO-03318,
  granted: the 14 pages withheld under Exemption 5 to be released in full.
- v07-cbp-ack-fee-estimate.txt: CBP, CBP-FO-2027-014732 received December 4, 2026, commercial use category, estimate
  of $486.00 (search, review, duplication) and a written commitment asked within 30 working days.
- v08-usms-ack-extension.docx: Marshals Service, 2027-USMS-000388 received December 9, 2026, unusual circumstances,
  ten additional working days, a determination expected on or before January 25, 2027.
- v09-eousa-final-full.pdf: EOUSA, EOUSA-2027-000219 (date of receipt November 9, 2026, in the reference block of a
  final answer), 23 pages released in full, no exemptions.
- v10-bop-clarification.txt: Bureau of Prisons, 2027-01146 received December 10, 2026, not reasonably described under
  28 C.F.R. 16.3(b): institutions, period and kinds of records asked, 30 calendar days to reply.
- v11-atf-expedite-granted.eml: ATF expedited processing granted under 28 C.F.R. 16.5(e)(1)(ii) on 2027-0392, the fee
  waiver still under consideration; the letter attached as PDF.
- v12-eoir-fee-waiver-denied.txt: EOIR fee waiver denied on 2027-06418, "all other requesters" category, fees above
  $25.00 to be estimated first.
- v13-crm-withdrawal-confirmed-scanned.pdf: Criminal Division, CRM-301674253, withdrawal made by telephone and e-mail
  confirmed and the file closed (a scan).
- v14-oip-appeal-usms-no-records-affirmed.txt: OIP, appeal A-2027-00914 of request 2026-USMS-001972, affirmed: the
  Marshals Service's search was adequate and no records exist.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- v01 Coast Guard acknowledgement and fee waiver: the Coast Guard FOIA Process Guide for Requesters (intake,
  assignment to processing offices, fee waiver requirements), https://bayfury.com/how-to-check-us-coast-guard-licence-1656,
  and the Coast Guard FOIA and Privacy Acts Manual, COMDTINST M5260.3,
  https://vdocuments.net/the-coast-guard-freedom-of-information-foia-and-privacy-acts-manual.html
- v02 I&A still-interested e-mail: the Coast Guard's acknowledgement giving 30 days before a request is taken as
  abandoned, http://uscgcstoris.blogspot.com/2014/04/a-freedom-of-information-act-request.html, and DHS's
  regulations at 6 C.F.R. part 5, https://govregs.com/regulations/expand/title6_chapterI_part5_subpartA_section5.7
- v03 TSA acknowledgement and expedite denial: the TSA FOIA Branch letter (Freedom of Information Act Branch, 601
  South 12th Street, "3600.1", case numbers 2018-TSUN-00001, unusual circumstances),
  https://docs.justia.com/cases/federal/district-courts/california/candce/3:2018cv01539/323750/1/3.html, and the TSA
  FOIA Officer's declaration, https://p.pdfkul.com/sai-v-tsa-dcd-1-14-cv-00403-rdm-2016-06-09-99-3-declaration-_59deb2971723dd5a170062b6.html
- v04 Secret Service interim release: the Secret Service's exemptions page (foreseeable harm, segregable portions),
  https://www.secretservice.gov/foia/exemptions, its FOIA office address (Communications Center (FOI/PA), 245 Murray
  Lane SW, Building T-5), https://docslib.org/doc/12322633/foia-pa-245-murray-lane-sw-building-t-5-washington-d-c, and
  the final response quoted at https://redrightpatriot.com/amid-white-house-drama-secret-service-turns-down-foia-request/
- v05 DHS OIG final response with referral: the DHS OIG FOIA pages, https://oig.dhs.gov/taxonomy/term/570 and
  https://pdfslide.net/documents/department-of-homeland-security-ofice-of-inspector-general-freedom-of-information.html
- v06 FEMA appeal decision: the Coast Guard appeal correspondence (final agency decision on an appeal),
  http://uscgcstoris.blogspot.com/2017/01/foia-appeal-sent-to-cg-effort-now-over.html, and DHS's appeal rules at
  6 C.F.R. 5.8, https://govregs.com/regulations/expand/title6_chapterI_part5_subpartA_section5.7
- v07 CBP fee estimate: DHS fee rules at 6 C.F.R. 5.11 (commercial use requesters, advance commitment over $250),
  https://regulations.justia.com/regulations/fedreg/2016/11/22/2016-28095.html, and the EOIR letter placing a
  requester in the commercial use category,
  https://www.muckrock.com/foi/united-states-of-america-10/2019-eoir-emails-about-pretermitting-asylum-cases-72945/
- v08 Marshals Service extension: the USMS FOIA pages (FOIA/PA Unit, Public Access Link, appeal rights),
  https://usmarshals.gov/es/node/3746 and https://foia.usmarshals.gov/app/RequestsandFees.aspx, and the Criminal
  Division's unusual-circumstances letter, https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/
- v09 EOUSA final response: EOUSA's FOIA pages (FOIA/Privacy Staff, 175 N Street NE, Suite 5.400, record-keeper for the
  United States Attorneys' Offices), http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions
  and https://eousafoia.usdoj.gov/app/ExemptionCodes.aspx
- v10 Bureau of Prisons clarification: the BOP FOIA questions and answers,
  https://cybercemetery.unt.edu/archive/oilspill/20130215210410/http://www.bop.gov/foia/foia_faqs.jsp, and the
  Department's regulations at 28 C.F.R. part 16, https://regulations.vlex.com/vid/revision-of-department-s-563299122
- v11 ATF expedite grant: ATF's letterhead and reference line ("REFER TO:") and the Disclosure Division,
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/, and 28 C.F.R.
  16.5(e), https://sgp.fas.org/news/2015/04/doj-foia.html
- v12 EOIR fee-waiver denial: EOIR's FOIA pages and acknowledgement (Office of the General Counsel, 5107 Leesburg
  Pike, control numbers 2024-03407), http://www.justice.gov/eoir/efoia/foiafact.htm and
  http://https.omb.report/icr/202404-1125-001/doc/142231200, and its fee letter,
  https://www.muckrock.com/foi/united-states-of-america-10/2019-eoir-emails-about-pretermitting-asylum-cases-72945/
- v13 Criminal Division withdrawal: the Criminal Division letter ("Re: CRM-300452623 KWC:CPS", Office of Enforcement
  Operations), https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/
- v14 OIP appeal decision: OIP's template appeal letters, https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf,
  and the USMS response on an OIP appeal ("Appeal Number A-2024-00321", request 2023-USMS-000157),
  https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at fb9d6f67: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout471"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

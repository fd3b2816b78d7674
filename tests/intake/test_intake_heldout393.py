"""The three-hundred-and-ninety-third held-out set: 14 everyday letters (letters/heldout393) from fourteen federal
departments and agencies other than DHS and DOJ, in the formats they really send: an OSHA regional release of a
fatality inspection file under Exemptions 4, 6, 7(C) and 7(D); a State Department e-mail acknowledging a request,
placing it in the complex track and taking 10 more working days, with an estimated completion date; a CDC fee estimate
to a commercial requester with an advance payment; an SEC first interim response (PDF) under Exemptions 4, 5 and 6; a
USAID e-mail acknowledging a request and granting a fee waiver; a NOAA Fisheries no-records letter with the Commerce
appeal paragraph; a HUD full release in Word with a table of the records; a CPSC e-mail with its letter attached as
PDF referring all the records it found to CBP; an Army Corps of Engineers district partial release (PDF) of a permit
file under Exemptions 4, 5 and 6; an EPA Region 9 fee-waiver denial to a consulting firm; a BLM state office denial
(PDF) of cultural resource inventories under Exemption 3 (ARPA and NHPA section 304) and of names under Exemption 6; an
NSF e-mail acknowledging an appeal, the letter attached in Word; a PHMSA appeal decision in Word granted in part after
the enforcement proceeding closed; and a DOE Office of Hearings and Appeals Decision and Order denying an appeal of
Exemption 5 withholdings. Written blind and committed before the rules were run on them.

- r01-osha-final-partial.txt: OSHA Region IV, 2027-F-00528, 143 pages in full, 87 in part, 16 withheld, Exemptions 4,
  6, 7(C), 7(D).
- r02-state-ack-complex.eml: State Department acknowledgement, F-2027-01847, received November 23, 2026, complex track,
  10 working days' extension, completion estimated by June 30, 2027.
- r03-cdc-fee-estimate.txt: CDC/ATSDR fee estimate, #27-00406-FOIA, received November 17, 2026, $1,728.00, advance
  payment required.
- r04-sec-interim-release.pdf: SEC first interim response, 27-00391-FOIA, 184 pages in full, 93 in part, 23 withheld,
  Exemptions 4, 5, 6.
- r05-usaid-ack-fee-waiver-granted.eml: USAID acknowledgement, F-00088-27, received December 3, 2026, fee waiver
  granted.
- r06-noaa-no-records.txt: NMFS West Coast Region no-records letter, DOC-NOAA-2027-000284.
- r07-hud-final-full.docx: HUD final response, 27-FI-HQ-00317, 113 pages released in full (table of records).
- r08-cpsc-referral.eml: CPSC response, 27-F-00114, 27 pages referred to CBP, no CPSC records found.
- r09-usace-final-partial.pdf: USACE Galveston District, FA-27-0044, 268 pages in full, 109 in part, 35 withheld,
  Exemptions 4, 5, 6.
- r10-epa-r9-fee-waiver-denied.txt: EPA Region 9 fee waiver denied, EPA-R9-2027-000733 (commercial interest, no means
  of dissemination shown).
- r11-blm-final-denied.pdf: BLM New Mexico State Office, DOI-BLM-2027-000862, 318 pages withheld in full under
  Exemption 3 (16 U.S.C. 470hh(a), 54 U.S.C. 307103(a)) and Exemption 6.
- r12-nsf-appeal-ack.eml: NSF appeal acknowledgement, appeal 27-A-004 of request 27-0213, received December 14, 2026.
- r13-phmsa-appeal-partly.docx: PHMSA appeal decision, appeal 2027-0019A of request 2026-0871, granted in part: 41
  pages released in full and 17 in part on appeal (Exemption 7(A) no longer applies), Exemption 5 affirmed, Exemptions
  4 and 6 not contested.
- r14-doe-oha-appeal-denied.txt: DOE OHA Decision and Order, FIA-27-0031, appeal of request HQ-2026-01734-F denied,
  Exemption 5 upheld, Exemptions 4 and 6 not challenged.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 OSHA release: OSHA Field Operations Manual, chapter 16, on disclosure of inspection files under the FOIA and
  29 C.F.R. part 70 (Executive Order 12600 notice to the employer, witness statements, closed cases),
  https://osha.gov/fom/chapter-16, and 29 C.F.R. 70.24 on appeals to the Solicitor of Labor,
  https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24, with the DOL letter formulas of earlier sets.
- r02 State Department acknowledgement: the Department's acknowledgement letters ("We have assigned Case Control Number
  F-... and will begin the processing of your request based upon the information provided in your communication", "The
  cut-off date ...", "Unusual circumstances (including the number and location of Department components involved in
  responding to your request, the volume of requested records, etc.)"),
  https://de.scribd.com/document/325964564/Denial-of-Expedited-Processing-Of-Russ-Feingold-State-Department-Correspondence
  and https://fr.scribd.com/document/356208139/DoS-FOIA-Response, and 22 C.F.R. 171.11,
  https://law.lawstack.com/laws/22-cfr_s_171-11_processing-requests-135b0f2b-f38e-4c6f-a5fb-c621a2c1e2fd
- r03 CDC fee estimate: CDC/ATSDR FOIA pages (acknowledgement, fees discussed before processing),
  https://cdc.gov/foia/faq/index.html, the HHS fee categories and the $250 advance-payment threshold,
  https://oig.hhs.gov/foia/fees.asp, and the CDC request numbers of earlier sets (27-00591-FOIA).
- r04 SEC interim response: 17 C.F.R. 200.80 and 200.83 (confidential treatment requests),
  https://dart.deloitte.com/USDART/home/accounting/sec/rules-regulations/200-organization-conduct-ethics-information-requests/d-information-requests,
  https://www.law.cornell.edu/cfr/text/17/200.83, and https://www.sec.gov/foia-services/foia-reference-guide
- r05 USAID acknowledgement: USAID's FOIA regulation, 22 C.F.R. part 212 (Bureau for Management, Office of Management
  Services, Information and Records Division),
  https://regulations.justia.com/regulations/fedreg/2022/11/21/2022-24180.html
  and https://pdfslide.us/documents/agency-for-international-development-and-on-govinfo.html
- r06 NOAA no-records letter: the Commerce appeal paragraph ("An appeal must be received within 90 calendar days ... by
  the Assistant General Counsel ...", "clearly marked 'Freedom of Information Act Appeal'") as in the NOAA letters of
  earlier sets, https://info.5y1.org/waived-fee-meaning_1_25670c.html, and the State Department no-records letter above
  (a "no records" response is an adverse determination with appeal rights).
- r07 HUD full release: the federal full-release letter formulas of earlier sets (Forest Service, GSA) and HUD's
  published REAC inspection scores; no HUD letter was found in the stored pages.
- r08 CPSC referral: 16 C.F.R. 1015.3 (requests, referral of other agencies' records),
  https://checkoutapi.com/regulations/16/1015.3, the CPSC FOIA rule of 2017, https://thefederalregister.org/82-FR/37004,
  and the referral letters of earlier sets (SAMHSA to DEA, OPM).
- r09 USACE partial release: the Corps district FOIA page (fees, FA- control numbers),
  https://www.poa.usace.army.mil/feesandwaivers/, and the Army initial denial authority and appeal paragraphs of
  earlier sets.
- r10 EPA Region 9 fee-waiver denial: 40 C.F.R. 2.107(l) and EPA's FOIA rule updates,
  https://jjkellercompliancenetwork.com/regsense/freedom-of-information-act-regulations-update-phase-ii and
  https://www.customsmobile.com/regulations/expand/title40_chapterI_part2_subpartA_section2.101, with the EPA appeal
  paragraph of earlier sets (National FOIA Office, 90 calendar days).
- r11 BLM denial: the DOI appeal paragraph ("FREEDOM OF INFORMATION APPEAL", 90 workdays, FOIA/Privacy Act Appeals
  Office), https://webarchive.library.unt.edu/web/20120928003125/http://www.doi.gov/foia/appeals.cfm, the BLM 1278
  manual and instruction memoranda on the confidentiality of locality information,
  https://www.blm.gov/wo/st/en/info/regulations/Instruction_Memos_and_Bulletins/national_instruction/2012/IM_2012-141.html,
  and Southern Utah Wilderness Alliance v. BLM on cultural resource records,
  https://cetient.com/case/2426117/southern-utah-wilderness-alliance-v-us-bureau-of-land-management
- r12 NSF appeal acknowledgement: 45 C.F.R. 612.9 (appeals to the General Counsel),
  https://ecfr.io/Title-45/se45.3.612_19,
  and 612.6 (acknowledgements with a request number),
  https://www.govregs.com/regulations/title45_chapterVI_part612_section612.6
- r13 PHMSA appeal decision: the DOT appeal decision formulas of earlier sets (FRA, DOT OIG, NHTSA appeal paragraphs),
  29 C.F.R. 70.24-style statements of the exemptions affirmed; no PHMSA appeal letter was found in the stored pages.
- r14 DOE OHA Decision and Order: OHA FOIA appeal decisions on Exemption 5 ("we deny the Appeal", foreseeable harm),
  https://www.energy.gov/oha/articles/fia-23-0009-matter-cato-institute,
  http://energy.gov/oha/downloads/fia-13-0076-matter-exchange-monitor-publications,
  https://www.energy.gov/oha/articles/fia-23-0002-matter-america-first-legal-foundation, and the OHA Decision and Order
  layout of heldout300 (z01).

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 9158dec8: 12 of 14 fully right. Wrong were:
- r08 (r08-cpsc-referral.eml): kinds ['acknowledged'] != ['final_determination']; received '2026-11-06' != None; outcome
  None != 'other'
- r11 (r11-blm-final-denied.pdf): exemptions ['(b)(3) 16 U.S.C. § 470h', '(b)(3) 54 U.S.C. § 307103(a)', '(b)(6)'] !=
  ['(b)(3) 16 U.S.C. § 470hh(a)', '(b)(3) 54 U.S.C. § 307103(a)', '(b)(6)']

After general fixes (the records a search found, all referred to the agency they came from for its direct answer, with
nothing released and the appeal of the answer offered, close the request, outcome other: "we have referred these
records to CBP for review and direct response to you" beside "You may appeal this response"), 13 of 14.

After general fixes (a section of the United States Code is read with the two or three letters the Code inserted it
with, so that "The Archaeological Resources Protection Act, 16 U.S.C. § 470hh(a), provides ..." is 470hh(a), not
470h), 14 of 14: r11 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout393"
# What the rules reached on this set when it was scored once, sealed (12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

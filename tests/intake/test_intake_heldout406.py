"""The four-hundred-and-sixth held-out set: 14 everyday letters (letters/heldout406) from fourteen federal departments
and agencies other than DHS and DOJ, in the formats they really send: a Marine Corps Installations East partial release
of a range-fire investigation under Exemptions 6 and 7(C), dated in the naval way ("7 Dec 26"); an NSA e-mail
acknowledging a request, taking 10 more working days for unusual circumstances and placing it in the complex queue; a
Defense Logistics Agency fee estimate to a commercial requester under 32 C.F.R. 286.12 with an advance payment; an FDA
third interim release (PDF) under Exemptions 4, 5 and 6; an Indian Health Service e-mail acknowledging a request and
granting a fee waiver under 45 C.F.R. 5.54; a Social Security Administration no-records letter; a National Archives
final response in Word releasing 47 pages in full, with a table of the records; an FDIC e-mail (letter attached as
PDF) referring a bank's examination records to the OCC; a CFPB final response (PDF) under Exemptions 4, 5, 6 and 8; an
NRC fee-waiver denial under 10 CFR 9.41; an FMCSA denial in full (PDF) of an open investigation file under Exemptions
6, 7(A) and 7(C); an OPM e-mail (letter attached in Word) acknowledging an appeal; a GSA appeal decision in Word
granted in part (Exemption 5 reversed, Exemption 4 upheld); and an NLRB Division of Legal Counsel appeal decision
affirming a denial under Exemptions 6, 7(A) and 7(C). Written blind and committed before the rules were run on them.

- s01-usmc-final-partial.txt: Marine Corps (MCIEAST-MCB Camp Lejeune) final response, DON-USMC-2027-001043, 96 pages
  located, 31 in full, 53 in part, 12 withheld, Exemptions 6 and 7(C).
- s02-nsa-ack-extension.eml: NSA acknowledgement, FOIA Case 118764, received 2 December 2026, 10 more working days
  for unusual circumstances, complex queue.
- s03-dla-fee-estimate.txt: DLA fee estimate, DLA-27-HFOI-00214, commercial use, $778.00, advance payment required.
- s04-fda-interim-release.pdf: FDA third interim release, 2026-8841, 500 pages processed, 280 in full, 132 in part,
  88 withheld, Exemptions 4, 5, 6.
- s05-ihs-ack-fee-waiver-granted.eml: IHS acknowledgement, 2027-00141-FOIA-IHS, received December 4, 2026, fee waiver
  granted.
- s06-ssa-no-records.txt: SSA Office of Privacy and Disclosure, SSA-2027-004126, no records located.
- s07-nara-final-full.docx: NARA Office of General Counsel, NGC27-0214, 47 pages released in full (table of records).
- s08-fdic-referral.eml: FDIC, FDIC-27-0418-FOIA, OCC examination records referred to the OCC, none of the FDIC's own.
- s09-cfpb-final-partial.pdf: CFPB, CFPB-2027-0087-F, 184 pages, 90 in full, 56 in part, 38 withheld, Exemptions 4,
  5, 6 and 8.
- s10-nrc-fee-waiver-denied.txt: NRC, NRC-2027-000094, fee waiver denied (commercial interest, factors not met).
- s11-fmcsa-final-denied.pdf: FMCSA, FMCSA-2027-00233, 214 pages withheld in full, Exemptions 6, 7(A), 7(C).
- s12-opm-appeal-ack.eml: OPM Office of the General Counsel, appeal OPM-FA-2027-0038 on OPM-FOIA-2026-04417, received
  December 17, 2026.
- s13-gsa-appeal-partly.docx: GSA appeal GSA-2027-000041 on GSA-2026-001512, granted in part: 31 pages released
  (Exemption 5 reversed), Exemption 4 affirmed, Exemption 6 not challenged.
- s14-nlrb-appeal-affirmed.txt: NLRB appeal NLRB-2027-000265 on NLRB-2027-000187, Region 13's denial affirmed under
  Exemptions 6, 7(A) and 7(C).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 Marine Corps final response: the Marine Corps FOIA pages (SECNAVINST 5720.42G, 32 C.F.R. part 701, "In limited
  instances, information may be withheld ..."),
  https://webarchive.library.unt.edu/web/20130214172918/http://www.hqmc.marines.mil/Agencies/USMCFOIA/Howtomakearequest.aspx
  and https://www.29palms.marines.mil/Staff-Offices/Adjutant-Office/FOIA/, and the Department of the Navy letters of
  earlier sets (PAL numbers DON-NAVY-2027-001187, the OGIS paragraph).
- s02 NSA acknowledgement: NSA's letters ("FOIA Case: 51917A", "For purposes of this request and based on the
  information you provided in your letter, you are considered an 'all other' requester"),
  https://tr.scribd.com/document/29945375/CREW-Department-of-Defense-Central-Intelligence-Agency-Regarding-NSA-Reporting-Requirements-Cover-Letter,
  https://www.scribd.com/document/47702789/NSA-WikiLeaks-letter, and NSA's FOIA page on processing in a queue,
  https://webarchive.library.unt.edu/eot2008/20090114030239/https://www.nsa.gov/foia/foia00008.cfm
- s03 DLA fee estimate: 32 C.F.R. 286.12 (Table 1, professional $48 an hour; advance payment),
  http://www.law.cornell.edu/cfr/text/32/286.12?quicktabs_7=0 and
  https://checkoutapi.com/regulations/expand/title32_chapterI-i1_part286_subpartE_section286.13
- s04 FDA interim release: FDA's FOI pages and staff manual guide on the Division of Freedom of Information,
  https://www.fda.gov/regulatory-information/freedom-information/foi-information and
  http://www.fda.gov/AboutFDA/ReportsManualsForms/StaffManualGuides/ucm138408.htm, and the HHS appeal paragraph of
  earlier sets (NIH, CDC).
- s05 IHS acknowledgement and fee waiver: the HHS fee-waiver standard (public interest, commercial interest),
  http://edocket.access.gpo.gov/cfr_2002/octqtr/45cfr5.45.htm, and the HHS acknowledgements of earlier sets (ACF
  tracking numbers 2027-00093-FOIA-ACF).
- s06 SSA no records: SSA's POMS on FOIA requests and denials (the Freedom of Information Officer, Office of Privacy
  and Disclosure), https://secure.ssa.gov/poms.nsf/lnx/0203350005 and
  http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals
- s07 NARA final response: 36 C.F.R. 1250.26 (tracking number, processing), https://lawserver.com/law/country/us/cfr/36_cfr_1250-26,
  and NARA's unauthorized disposition case pages.
- s08 FDIC referral: 12 C.F.R. 309.5 (procedures for requesting records),
  https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-12-banks-and-banking/chapter-iii-federal-deposit-insurance-corporation/subchapter-a-procedure-and-rules-of-practice/part-309-disclosure-of-information/section-3095-procedures-for-requesting-records,
  and FDIC's FOIA reports (exemptions 4, 5, 6 and 8; the FOIA/Privacy Act Group, Legal Division),
  https://www.fdic.gov/foia/foiareport06.html
- s09 CFPB final response: the Bureau's disclosure rule (12 C.F.R. part 1070, confidential supervisory information),
  http://federal.elaws.us/fr/2/15/2013/2013-01737, and on Exemption 8 and supervised nonbanks,
  https://buckleysandler.com/blog/2017-12-19/district-court-rules-cfpb-violates-foia-withholding-documents-produced-response-cid-upholds-other-cfpb-interpretations-foia
- s10 NRC fee-waiver denial: 10 CFR 9.41 (the eight factors) and 9.43 (denial with a statement why; appeal to the
  Executive Director for Operations), https://checkoutapi.com/regulations/title10_chapterI_part9_subpartA_section9.41,
  https://ecfr.io/Title-10/se10.1.9_143, and the NRC acknowledgement template, https://kanterella.com/ML11311A124
- s11 FMCSA denial: 49 C.F.R. 7.32 (appeal within ninety calendar days),
  https://www.govregs.com/regulations/title49_chapterA_part7_subpartD_section7.32, and the DOT letters of earlier sets
  (FRA, PHMSA).
- s12 OPM appeal acknowledgement: 5 C.F.R. 294.110 and OPM's appeals page,
  https://ecfr.io/Title-05/se5.1.294_1110 and
  https://cybercemetery.unt.edu/archive/oilspill/20120924195345/https://www.opm.gov/efoia/FOIAAppeals/, and the appeal
  acknowledgements of earlier sets (FTC).
- s13 GSA appeal decision: the outcomes an appeal authority may reach (affirm in part, reverse in part),
  https://about.usps.com/handbooks/as353/as353c4_039.htm, CREW v. GSA on Exemption 5 and lease decisions,
  https://docs.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2018cv00377/193653/23, and the
  appeal decisions in part of earlier sets (FRA).
- s14 NLRB appeal decision: the NLRB FOIA manual (Exemption 7(A) for open case files, sample letters),
  https://purl.fdlp.gov/GPO/LPS43419 and https://purl.fdlp.gov/GPO/LPS43409, and NLRB response letters,
  http://www.judicialwatch.org/document-archive/2011-nlrb-response-08112011/ and
  https://docslib.org/download/5736448/emails-in-the-account-of-the-national-labor-relations-board-nlrb-chairman-containing-the-word-ethics-july-1-september-25-2020

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at cf417138: 13 of 14 fully right. Wrong were:
- s08 (s08-fdic-referral.eml): exemptions ['(b)(8)'] != None

After general fixes (a note of the law that a kind of record falls under, the kind named with what it includes and
said to be another agency's first, withholds nothing here: s08's "Please note that non-public OCC information,
including reports of examination, is the property of the OCC and is generally exempt from disclosure under Exemption 8
of the FOIA", the records referred to the OCC), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout406"
# What the rules reached on this set when it was scored once, sealed (13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

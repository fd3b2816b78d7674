"""The three-hundred-and-ninety-eighth held-out set: 14 everyday letters (letters/heldout398) from fourteen federal
departments and agencies other than DHS and DOJ, in the formats they really send: a Navy (NAVFAC Southwest) partial
release of PFAS records under Exemptions 5 and 6, dated in the Navy's way ("7 Dec 26"); an Air Force e-mail
acknowledging a request, taking 10 more workdays for unusual circumstances and placing it in the complex queue with an
estimated completion date; a Defense Health Agency fee estimate under 32 C.F.R. 286.12 with an advance payment; an NIH
second interim response (PDF) under Exemptions 4, 5 and 6; a CMS e-mail with its letter attached as PDF acknowledging a
request and granting a fee waiver; an Administration for Children and Families no-records letter; an MSHA full release
in Word with a table of the records; an ETA e-mail with its letter attached in Word referring the only records it
found to USCIS; a National Park Service denial (PDF) of shooting investigation records under Exemptions 6, 7(A) and
7(C); an FSIS fee-waiver denial to a consulting firm; a Census Bureau partial release (PDF) under Exemption 3 (13
U.S.C. 9), 5 and 6; an FTC e-mail acknowledging an appeal; an FRA appeal decision in Word granted in part (Exemption 5
reversed, Exemption 3 with 49 U.S.C. 20118 affirmed); and a VA Office of General Counsel decision affirming the
withholding of quality-assurance records under 38 U.S.C. 5705 and Exemption 6. Written blind and committed before the
rules were run on them.

- t01-navy-final-partial.txt: NAVFAC Southwest, DON-NAVY-2027-001187, 58 pages in full, 137 in part, 19 withheld,
  Exemptions 5, 6.
- t02-air-force-ack-complex.eml: Air Force acknowledgement, 2027-00672-F, received December 3, 2026, 10 workdays'
  extension, complex queue, completion estimated for March 19, 2027.
- t03-dha-fee-estimate.txt: DHA fee estimate, 27-F-0214, $768.00 (18 hours' search less two free hours), advance
  payment required.
- t04-nih-interim-release.pdf: NIH second interim response, FOIA Case No. 61847, 251 pages in full, 74 in part, 15
  withheld, Exemptions 4, 5, 6.
- t05-cms-ack-fee-waiver-granted.eml: CMS acknowledgement, control number 120320267041, received December 3, 2026, fee
  waiver granted under 45 C.F.R. 5.54.
- t06-acf-no-records.txt: ACF no-records letter, 2027-00093-FOIA-ACF, with the HHS appeal paragraph.
- t07-msha-final-full.docx: MSHA final response, 2027-F-01873, 64 pages released in full (table of records).
- t08-eta-referral.eml: ETA final response, 2027-F-01922, 31 pages referred to USCIS, no other records.
- t09-nps-final-denied.pdf: NPS Interior Regions 6, 7 and 8, DOI-NPS-2027-000512, 126 pages withheld in full,
  Exemptions 6, 7(A), 7(C).
- t10-fsis-fee-waiver-denied.txt: FSIS fee waiver denied, 2027-FSIS-00231-F (commercial interest, no dissemination
  shown), commercial use category.
- t11-census-final-partial.pdf: Census Bureau, DOC-CEN-2027-000198, 102 pages in full, 71 in part, 15 withheld,
  Exemptions 3 (13 U.S.C. 9), 5, 6.
- t12-ftc-appeal-ack.eml: FTC appeal acknowledgement, appeal FOIA-2027-00341 of request FOIA-2027-00187, received
  December 16, 2026.
- t13-fra-appeal-partly.docx: FRA appeal decision, FRA-2027-00021A, granted in part, 23 pages released with Exemption 6
  redactions, 41 pages still withheld under Exemption 3 (49 U.S.C. 20118).
- t14-va-appeal-affirmed.txt: VA Office of General Counsel, OGC Case No. 27-00318-A, initial decision affirmed,
  Exemption 3 (38 U.S.C. 5705) and Exemption 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- t01 Navy partial release: 32 C.F.R. part 701 (the Navy's FOIA program and its explanation of the exemptions),
  https://www.govinfo.gov/content/pkg/CFR-2002-title32-vol5/html/CFR-2002-title32-vol5-part701-subpartA.htm and
  http://federal.elaws.us/cfr/title32.part701.section701.59, and the Navy letters of earlier sets (SSIC and serial,
  DON-NAVY tracking numbers, the Office of the General Counsel appeal address).
- t02 Air Force acknowledgement: the Air Force's sample FOIA letters ("We received your Freedom of Information Act
  (FOIA) request dated ... on ...", "Based on our initial review, we believe we cannot process your request within 20
  workdays", "all or part of the responsive records are not located at this installation"),
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html and
  http://edocket.access.gpo.gov/cfr_2003/julqtr/32cfr806.29.htm (complex track, telling requesters they may narrow).
- t03 DHA fee estimate: the DoD fee schedule (Table 1, professional rate $48), 32 C.F.R. 286.12,
  https://checkoutapi.com/regulations/expand/title32_chapterI-i1_part286_subpartE_section286.13, and the fee letters
  of earlier sets (the 20- or 30-day reply and the close).
- t04 NIH interim response: the NIH FOIA Office (Building 31, Room 5B35),
  https://cybercemetery.unt.edu/archive/oilspill/20130214212930/http://www.nih.gov/icd/od/foia/annualreports/annualreport2008.htm,
  the exemptions NIH applies to grant records, https://legalclarity.org/how-to-submit-an-nih-foia-request-for-records,
  45 C.F.R. 5.28, https://dev.compliancecosmos.org/how-does-hhs-respond-my-request, and the HHS appeal paragraph,
  https://www.hhs.gov/foia/appeals/index.html
- t05 CMS acknowledgement and fee waiver: CMS's account of its acknowledgement letters and tracking numbers,
  https://webarchive.library.unt.edu/eot2008/20080916040027/http:/www.cms.hhs.gov/FOIA/03_process.asp,
  https://www.discoveriesinhealthpolicy.com/2023/07/brief-blog-cms-now-with-foia-submission.html and
  https://www.cms.gov/Regulations-and-Guidance/Legislation/FOIA/About/CMS-FOIA-FAQs
- t06 ACF no records: ACF's FOIA office on how a request is routed to the program offices,
  http://www.acf.hhs.gov/blog/2014/03/getting-the-most-out-of-your-foia-request-part-one, and 45 C.F.R. 5.61 (a
  finding that no records exist is an adverse determination that may be appealed within 90 days),
  https://www.govregs.com/regulations/expand/title45_chapterA_part5_subpartF_section5.61
- t07 MSHA full release: https://www.msha.gov/freedom-information-act/msha-foia-frequently-asked-questions, the DOL
  appeal to the Solicitor of Labor, https://www.osha.gov/laws-regs/regulations/standardnumber/70/70.24, and
  https://www.dol.gov/general/foia/reports/chief-foia-officer/2025 (DOL's decentralised components).
- t08 ETA referral: the same DOL sources, and the referral letters of earlier sets ("we have referred these records to
  CBP for review and direct response to you").
- t09 NPS denial: the NPS final response letters, https://www.scribd.com/document/547126678/NPS-2020-002444-Minsky-Final-Release-From-Orlando
  ("This is our final response to your Freedom of Information Act (FOIA) request submitted to and received by the
  National Park Service (NPS) on ...", "The Department of the Interior (DOI) tracking number for your request is ...")
  and https://www.muckrock.com/foi/united-states-of-america-10/nps-rangers-ia-reports-ma-26379/ (internal affairs
  reports withheld in full under Exemptions 6 and 7(C)), and the DOI appeal paragraph of earlier sets.
- t10 FSIS fee-waiver denial: USDA's FOIA regulations, 7 C.F.R. part 1, subpart A,
  https://regulations.justia.com/regulations/fedreg/2019/10/21/2019-22896.html, and the FSIS FOIA page,
  https://cybercemetery.unt.edu/archive/oilspill/20121014040930/http:/www.fsis.usda.gov/FOIA/FOIA_Request/index.asp
- t11 Census partial release: https://www.census.gov/about/policies/foia/foia-requests/why_is_certain_information_withheld.html,
  the Census Bureau FOIA reference guide,
  https://vdocuments.us/freedom-of-information-act-reference-guide-census-freedom-of-information-act-foia.html,
  Baldrige v. Shapiro, https://supreme.justia.com/cases/federal/us/455/345, and the Commerce appeal paragraph of
  earlier sets.
- t12 FTC appeal acknowledgement: 16 C.F.R. 4.11, http://federal.elaws.us/cfr/16-cfr-4.11(a)(1)(ii), and the FTC FOIA
  handbook, https://docslib.org/doc/8209767/foia-handbook
- t13 FRA appeal decision: FRA's FOIA pages (requests processed in the Office of Chief Counsel, 49 C.F.R. part 7),
  https://railroads.dot.gov/resource-center/freedom-information-act/foia-freedom-information-act and
  https://railroads.fra.dot.gov/freedom-information-act-foia, and the DOT appeal decisions of earlier sets ("your
  appeal is granted in part and denied in part", the unchallenged redactions).
- t14 VA appeal decision: 38 C.F.R. 1.559 (appeals to the Office of the General Counsel (024)),
  https://ecfr.io/Title-38/Section-1.559, VA's tracking numbers,
  https://muckrock.com/foi/united-states-of-america-10/upper-level-vba-loan-guaranty-employees-deliberative-process-regarding-va-circular-26-20-12-161423,
  and https://www.birls.org/appeals

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at b16f424f: 11 of 14 fully right. Wrong were:
- t03 (t03-dha-fee-estimate.txt): kinds ['fee_estimate', 'final_determination'] != ['fee_estimate']
- t09 (t09-nps-final-denied.pdf): outcome 'partial_grant' != 'denied'; pages_released 126 != None; pages_withheld None
  != 126
- t10 (t10-fsis-fee-waiver-denied.txt): kinds ['acknowledged', 'fee_waiver_decision'] != ['fee_waiver_decision'];
  received '2026-11-17' != None

Its expected value for t10 was then corrected, in a commit of its own, to the earlier sets' convention (a fee-waiver
decision that says when the request was received, "your Freedom of Information Act (FOIA) request dated November 16,
2026, which the Food Safety and Inspection Service (FSIS) received on November 17, 2026", acknowledges it with that
day, as heldout372 s10, heldout353 c08 and heldout343 r10 log it), 12 of 14.

After general fixes (a sentence that nothing segregable can be released from the pages it names withholds those pages
in full, "no meaningful, reasonably segregable non-exempt information can be released from the 126 pages at this
time", not a release of them), 13 of 14.

After general fixes (a release or withholding that a fee notice names only as what the charge does not depend on, "you
will be charged for search time even if no responsive records are found or the records located are withheld", is no
answer to the request: t03 stays a fee estimate alone), 14 of 14.

Corrected later (the score stands): t13's expected reading gains pages_withheld 41, the pages its appeal decision keeps
back in full ("I therefore affirm the withholding of these 41 pages in full under Exemption 3"), as the earlier sets log
the pages an appeal keeps withheld (heldout385 q13, heldout368 u04, heldout444 y03, heldout455 a13).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout398"
# What the rules reached on this set when it was scored once, sealed (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The three-hundred-eighty-sixth held-out set: 14 letters (letters/heldout386) that come after the first answer,
federal and state mixed, from fourteen offices, in the formats they really send: a National Archives e-mail
acknowledging an appeal with its appeal number and day of receipt; an Air Force Office of the General Counsel appeal
decision (PDF) upholding Exemptions 5 and 6 in a contract-termination file; a Federal Trade Commission appeal decision
in Word granting in part (consumer complaints released with redactions, the closing memorandum and CID returns still
withheld under Exemptions 3, 4 and 5) with a page table; a National Labor Relations Board appeal reversing an
Exemption 7(A) withholding once the case closed; a Forest Service appeal remanding a timber-sale request for a new
search; an FDIC e-mail closing a non-response appeal as moot; an SBA Office of Hearings and Appeals letter dismissing
an appeal filed 115 days after the response; a Connecticut Freedom of Information Commission final decision (PDF)
upholding the prospective-law-enforcement exemption and ordering an internal affairs report disclosed (docket only); a
Township of Bloomfield release in Word after a Government Records Council interim order, with a page table; an NIH fee
waiver granted; an FBI e-mail denying expedited processing to a lawyer for a detained person (letter attached as PDF);
an FAA e-mail asking whether the requester is still interested; a DOJ Criminal Division letter closing a request that
is now in a lawsuit; and an OPM supplemental release (PDF) after OGIS's assistance. Written blind and committed before
the rules were run on them.

- s01-nara-appeal-ack.eml: NARA appeal acknowledgement, appeal NGC27-019A on request NGC26-577, received November 30,
  2026 (the pages of the first answer recalled).
- s02-af-appeal-affirmed.pdf: Air Force SAF/GCA appeal 2027-00057-A on AFMC request 2026-03318-F denied, Exemptions 5
  and 6 upheld (the first answer's 146 pages released and 38 withheld recalled).
- s03-ftc-appeal-partly.docx: FTC appeal FOIA-2027-00114 granted in part and denied in part, 27 pages to be released in
  part, 31 withheld in full under Exemptions 3 (FTC Act 21(f)), 4 and 5.
- s04-nlrb-appeal-reversed.txt: NLRB appeal NLRB-2027-000048 granted, Region 29's Exemption 7(A) withholding reversed,
  the closed case file to be processed for release.
- s05-usfs-appeal-remanded.txt: Forest Service appeal 2027-FS-WO-00031-A, request remanded to Region 5 for a new search.
- s06-fdic-appeal-moot.eml: FDIC appeal FDIC-27-0006-A on a late answer closed as moot after the FOIA/PA Group's
  response.
- s07-sba-appeal-untimely.txt: SBA appeal SBA-2027-000022-APL dismissed as untimely (received after the 90 days).
- s08-ct-foic-final-decision.pdf: Connecticut FOIC Docket #FIC 2026-0539, records for a pending prosecution exempt
  under 1-210(b)(3)(D), the internal affairs report to be provided forthwith.
- s09-nj-bloomfield-release-after-grc.docx: Township of Bloomfield OPRA 26-0742 release in compliance with a GRC
  interim order, 55 pages, personal information redacted under N.J.S.A. 47:1A-1.1 and 47:1A-1.
- s10-nih-fee-waiver-granted.txt: NIH fee waiver granted under 45 C.F.R. 5.54, case 64817.
- s11-fbi-expedite-denied.eml: FBI expedited processing denied under 28 C.F.R. 16.5(e)(1)(i) and (iii), FOIPA Request
  1702418-000.
- s12-faa-still-interested.eml: FAA "still interested?" e-mail on request 2026-04873, 30 calendar days to reply.
- s13-crm-closed-litigation.txt: DOJ Criminal Division CRM-301187346 administratively closed because of the lawsuit.
- s14-opm-supplemental-after-ogis.pdf: OPM supplemental response after OGIS, 33 pages released (9 in full, 24 in
  part), 12 still withheld in full, Exemptions 5 and 6.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- s01 NARA appeal acknowledgement: 36 C.F.R. 1250.72 and 1250.74 (appeals to the Deputy Archivist, "FOIA Appeal"),
  https://chanrobles.com/usa/uslaws/cfr/title36/36-3.0.10.3.19.4.php, and NARA's NGC tracking numbers on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/expedited-foia-request-nara-23-g-muckrock-foia-advisory-committee-september-7-2023-chat-comments-151780/
- s02 Air Force appeal denied: the Air Force's suggested FOIA letter language, 32 C.F.R. 806.27,
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html, and the DoD appeal decisions of earlier sets
  (final action, judicial review and the OGIS paragraph).
- s03 FTC appeal in part: the FTC's appeal letter to CREW ("This letter responds to your June 7, 2010 letter ...
  appealing ...", Section 21(f), 15 U.S.C. 57b-2(f), "I am partially granting and partially denying your appeal"),
  https://www.scribd.com/document/52952902/CREW-Federal-Trade-Commission-FTC-Regarding-Complaints-against-AVRF-COPS-and-DFF-Complaints-Against-David-Scott-Marleau-7-2-10-FTC-Respons,
  and 16 C.F.R. 4.11, http://federal.elaws.us/cfr/16-cfr-4.11(a)(1)(ii)
- s04 NLRB appeal reversed: the NLRB FOIA reference guide (29 C.F.R. 102.117; investigatory records not available
  until a case closes), https://www.nlrb.gov/guidance/freedom-of-information-act-foia/foia-reference-guide, and
  Wayland v. NLRB (Regional FOIA officer, Office of Appeals),
  http://ecases.us/mobile/case/tnmd/c4941406/wayland-v-national-labor-relations-board
- s05 Forest Service remand: the search standard in Colorado Wild Public Lands v. U.S. Forest Service,
  https://supreme.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2021cv02802/236735/36/, and
  http://gardenlawfirm.com/court-rules-that-forest-service-failed-to-properly-respond-to-foia-request/ ("failed to
  check with individuals who likely had responsive documents"); USDA letterhead with File Code 6270.
- s06 FDIC appeal closed as moot: 12 C.F.R. 309.5 (appeals to the General Counsel, 90 days) and the moot appeal letters
  of earlier sets (VA, FEMA, NOAA).
- s07 SBA appeal untimely: 13 C.F.R. 102.8 and the untimely appeal letters of earlier sets (DOL, GSA, EEOC, DLA).
- s08 Connecticut FOIC final decision: the Commission's decision layout ("In the Matter of a Complaint by ... FINAL
  DECISION", "The above-captioned matter was heard as a contested case", numbered findings, "The following order by
  the Commission is hereby entered"), http://www.state.ct.us/foi/2011FD/20110829/FIC2010-765.htm and
  https://portal.ct.gov/FOI/Decisions/Final-Decisions/Final-Decisions, and the prospective law enforcement action
  exemption in Drumm v. FOIC, https://cetient.com/case/9945661/drumm-v-freedom-of-information-commission
- s09 Bloomfield release after the GRC: N.J.A.C. 5:105-2.4 and the GRC interim orders of earlier sets (certified
  confirmation of compliance under N.J. Court Rule 1:4-4 to the Executive Director),
  https://casetext.com/regulation/new-jersey-administrative-code/title-5-community-affairs/chapter-105-complaint-adjudication-and-open-public-records-act-opra-information-inquiry-procedures/subchapter-2-complaint-process/section-5105-24-custodian-document-submissions-to-the-council
- s10 NIH fee waiver: the NIH FOIA Office's pages and letterhead (Building 31, Room 5B35),
  https://www.nih.gov/institutes-nih/nih-office-director/office-communications-public-liaison/freedom-information-act-office/fees
  and https://webharvest.gov/peth04/20041015101952/http://www.nih.gov/icd/od/foia/index.htm, and the HHS fee waiver
  test, http://edocket.access.gpo.gov/cfr_2002/octqtr/45cfr5.45.htm
- s11 FBI expedite denied: 28 C.F.R. 16.5(e),
  http://intelligencelaw.com/intelligence_law/law_library/admin/28_cfr_16-5.html,
  https://www.fbi.gov/foia/foia-pa-terms,
  and the FBI FOIPA letter formulas of earlier sets (FOIPA Request No., OIP appeal and OGIS paragraphs).
- s12 FAA still interested: https://www.faa.gov/foia and the FAA FOIA correspondence collected at
  http://aireform.com/resources/foia/air-foia/air-foia-fy2013/, with the still-interested letters of earlier sets.
- s13 Criminal Division closure for litigation: the CRM request numbers and wiretap-authorization requests in
  https://www.scribd.com/document/51051594/FOIA-Appeal-CREW-DOJ-Criminal-Division-Regarding-Jerry-Lewis-Investigation-3-18-11
  and http://www.ecases.us/case/ca10/c749673/edward-price-v-lawrence-barreras-warden-attorney-g (Spears v. DOJ
  Criminal Division), and the litigation closure letters of earlier sets (ATF, ICE, USCIS).
- s14 OPM supplemental after OGIS: the OGIS and appeal paragraphs as agencies print them,
  https://www.noaa.gov/information-technology/foia-home, and the supplemental releases after OGIS of earlier sets
  (SEC, NASA, Coast Guard).

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at f19220ef: 9 of 14 fully right. Wrong were:
- s03 (s03-ftc-appeal-partly.docx): exemptions ['(b)(3) 15 U.S.C. § 57b-2(f)', '(b)(4)', '(b)(6)', '(b)(7)(C)'] !=
  ['(b)(3) 15 U.S.C. § 57b-2(f)', '(b)(4)', '(b)(5)', '(b)(6)', '(b)(7)(C)']; pages_withheld None != 31
- s06 (s06-fdic-appeal-moot.eml): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  'FDIC-27-0006-A'; outcome 'partial_grant' != 'other'; exemptions ['(b)(4)', '(b)(8)'] != None; pages_released 64 !=
  None
- s07 (s07-sba-appeal-untimely.txt): kinds ['appeal_acknowledged'] != ['appeal_decision']; received '2026-11-23' !=
  None; outcome None != 'denied'
- s09 (s09-nj-bloomfield-release-after-grc.docx): kinds ['appeal_decision'] != ['final_determination']; appeal_number
  '2026-119' != None; outcome 'full_grant' != 'partial_grant'; exemptions None != ['N.J.S.A. 47:1A-1.1', 'N.J.S.A.
  47:1A-1']
- s10 (s10-nih-fee-waiver-granted.txt): kinds ['acknowledged', 'fee_waiver_decision'] != ['fee_waiver_decision'];
  received '2026-11-10' != None

Its expected value for s10 was then corrected, in a commit of its own, to the earlier sets' convention (a
fee-waiver decision that says when the request was received also acknowledges it: "your Freedom of Information Act
(FOIA) request of November 9, 2026, received in the National Institutes of Health (NIH) FOIA Office on November 10,
2026", as heldout353 c08, heldout367 w10 and heldout372 s10 log theirs): against it, s10 is right.

After general fixes (what a recalled review body's order found, told in the sentence right after the order is recalled,
the body named and its verb in the past, is the release's background, not its decision: "As you know, on November 24,
2026, the Government Records Council ("GRC") issued its Interim Order ..." and then "The Council found that the
Township's former Custodian unlawfully denied access ... and ordered the Custodian to disclose those records" leave the
Township's release of 55 pages with redactions under N.J.S.A. 47:1A-1.1 and 47:1A-1 its final determination), 11 of
14: s09 right.

After general fixes (an appeal closed in a clause on the appeal named before it is decided, closed: "there is no longer
any action for this office to take on your appeal, which is therefore closed as moot"; the FOIA/PA Group's answer it
recalls, 64 pages and Exemptions 4 and 8, is the request's and no part of the decision), 12 of 14: s06 right.

After general fixes (an appeal called late in the clause that gives the reason, then "it" turned away, is dismissed as
untimely, an affirmance, though "as untimely" is not said again: "Because your appeal was not timely filed, it is
dismissed, and I have not considered its merits"; the day the appeal was received, told in the decision, is no
acknowledgement of it), 13 of 14: s07 right.

After general fixes (a table whose action column is headed as the appeal's own decision, "| Records | Pages |
Disposition on appeal |", upholds the rows it keeps withheld in full, "| Staff closing memorandum | 14 | Withheld in
full (Exemption 5) |" and "| CID return data (attachments) | 17 | Withheld in full (Exemptions 3, 4) |": their 31
pages and their grounds beside the redactions of what is released), 14 of 14: s03 right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout386"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The three-hundred-and-sixteenth held-out set: 14 everyday letters (letters/heldout316) from state and local offices
of fourteen states little covered before, police and sheriff's offices, a county jail, state corrections, a governor's
office, an attorney general, health departments and a school district, some through records portals, in their real
structure, formulas and vocabulary: an Alabama Department of Public Health acknowledgement under Ala. Code §
36-12-44(a)(3) finding the request time-intensive, with the estimated fee to be paid first; a Pulaski County
Sheriff's Office (Arkansas) e-mail carrying its FOIA response (PDF) on a detained person's records, released with
officers' contact information redacted under A.C.A. § 25-19-105(b)(13) and an open investigation file withheld under
(b)(6); a Delaware Department of Health and Social Services no-records letter with the petition to the Attorney
General under 29 Del. C. § 10005(e); a Honolulu Police Department UIPA disclosure in part in Word, with a record table,
under HRS § 92F-13(3) and (1); an Iowa City NextRequest closing e-mail releasing police records redacted under Iowa
Code § 22.7(5) and (18); a Kansas Department of Corrections KORA denial (PDF) under K.S.A. 45-221(a)(29), (a)(10),
(a)(3) and (a)(30); a Lafayette Parish School System (Louisiana) public records response (PDF) releasing records and
withholding disciplinary records and video under FERPA and La. R.S. 17:3914; a Maine Department of Corrections FOAA
acknowledgement (Word, attached to an e-mail) with the estimate of time and cost under 1 M.R.S. § 408-A; a Mississippi
Department of Corrections written explanation under Miss. Code Ann. § 25-61-5(1)(b) taking seven more working days; an
Omaha Police Department (Nebraska) partial release under Neb. Rev. Stat. § 84-712.05(5) and (7) with the § 84-712.04
denial notice; a Washoe County Sheriff's Office (Nevada) GovQA fee estimate for the extraordinary use of personnel
under NRS 239.055; a North Dakota Attorney General open records opinion (PDF) finding that a sheriff's office violated
N.D.C.C. § 44-04-18 (docket only); a South Carolina Office of the Governor FOIA response in Word with a page table,
under S.C. Code Ann. § 30-4-40(a)(2), (a)(3)(B) and (a)(7); and a Milwaukee County Office of the Sheriff (Wisconsin)
letter closing a request whose prepayment under Wis. Stat. § 19.35(3)(f) never came. Committed before the rules were
run on them.

- q01-al-adph-time-intensive-estimate.txt: ADPH acknowledgement, received November 12, 2026, time-intensive request,
  estimated fee $500.00 to be paid before the search.
- q02-ar-pulaski-so-foia-partial.eml: Pulaski County Sheriff's Office response (PDF attached), 61 pages released, a
  22-page investigation file withheld, A.C.A. § 25-19-105(b)(13) and (b)(6).
- q03-de-dhss-foia-no-records.txt: Delaware DHSS, no responsive records after a search, request closed.
- q04-hi-hpd-uipa-disclosure-in-part.docx: Honolulu Police Department, 137 pages disclosed, 76 in full and 61 in part,
  HRS § 92F-13(3) and (1).
- q05-ia-iowa-city-pd-nextrequest-released.eml: Iowa City Police Department NextRequest closure, 34 pages released,
  narratives redacted and video withheld, Iowa Code § 22.7(5) and (18).
- q06-ks-kdoc-kora-denial.pdf: Kansas DOC KORA denial of an investigation file and mortality review, K.S.A.
  45-221(a)(29), (a)(10), (a)(3), (a)(30).
- q07-la-lpss-public-records-partial.pdf: Lafayette Parish School System, 35 pages released, disciplinary referrals
  and video withheld, 20 U.S.C. § 1232g and La. R.S. 17:3914.
- q08-me-mdoc-foaa-ack-estimate.eml: Maine DOC FOAA acknowledgement (Word attached), received November 16, 2026,
  response by January 29, 2027, estimated cost $175.00.
- q09-ms-mdoc-written-explanation.txt: Mississippi DOC written explanation, received November 20, 2026, seven more
  working days, records by December 11, 2026.
- q10-ne-omaha-pd-partial.txt: Omaha Police Department, 118 pages located, 97 provided (26 redacted), 21 withheld,
  Neb. Rev. Stat. § 84-712.05(5) and (7).
- q11-nv-washoe-so-govqa-fee-estimate.eml: Washoe County Sheriff's Office GovQA fee estimate, $486.00.
- q12-nd-ag-open-records-opinion.pdf: North Dakota Attorney General Open Records and Meetings Opinion 2026-O-17, the
  Ward County Sheriff's Office violated the open records law and must provide the records.
- q13-sc-governor-foia-partial.docx: South Carolina Office of the Governor, 159 pages produced (23 redacted), 13
  withheld, S.C. Code Ann. § 30-4-40(a)(2), (a)(3)(B), (a)(7).
- q14-wi-milwaukee-co-so-closed.txt: Milwaukee County Office of the Sheriff, request considered withdrawn for no
  prepayment or reply.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- q01 Alabama ADPH time-intensive acknowledgement: Ala. Code §§ 36-12-43 and 36-12-44 (acknowledge within 10 business
  days, time-intensive requests, the fee paid before a substantive response),
  https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-44-public-officer-response-to-request
  ,
  https://casetext.com/statute/code-of-alabama/title-36-public-officers-and-employees/chapter-12-maintenance-use-etc-of-public-property-records-etc/article-3-inspection-and-copying-of-records/section-36-12-43-policy-definitions
  and
  https://fastdemocracy.com/bill-summary/?billsummary_id=ALB00017074&billsummary_session=2024rs&billsummary_state=al
- q02 Pulaski County Sheriff's Office response: Ark. Code Ann. § 25-19-105 (the exemptions in (b), the attorney of an
  incarcerated person),
  https://getpocketlaw.com/law/state_arkansas/section-25-19-105-examination-and-copying-of-public-records_bb47e763adb5
  , and the Arkansas Open Government Guide, https://www.rcfp.org/arkansas-open-government-guide
- q03 Delaware DHSS no records: the Delaware FOIA Policy Manual for FOIA Coordinators,
  https://fdocuments.us/document/delaware-freedom-of-information-act-2019-11-14-foia-section-10003h-sets-specific.html
  , the Attorney General's petition opinions on no-records answers,
  https://ezel.ai/ag-opinions/de/24-ib37-foia-opinion-letter-to-jeremy-goldman-re-new-castle-county and
  https://attorneygeneral.delaware.gov/opinions/?p=34841
- q04 Honolulu Police Department disclosure in part: the Office of Information Practices' rules (HAR chapter 2-71, the
  notice, the disclosure within five business days of prepayment),
  https://oip.hawaii.gov/laws-rules-opinions/rules/quick-guide-to-oips-administrative-rules/ ,
  https://oip.hawaii.gov/laws-rules-opinions/rules/ and
  https://www.law.cornell.edu/regulations/hawaii/Haw-Code-R-SS-17-400-1-17 (the written notice of a denial in part).
- q05 Iowa City NextRequest closure: Iowa Code § 22.7(5) (the date, time, specific location and immediate facts and
  circumstances are public), https://ipib.iowa.gov/23ao0003-confidentiality-police-investigative-files and
  https://ipib.iowa.gov/faq/what-police-and-sheriffs-records ; the NextRequest e-mail layout of earlier sets.
- q06 Kansas DOC KORA denial: the KORA FAQ, https://ag.ks.gov/divisions/administration/open-government/kora-faq ,
  https://sentencing.ks.gov/resources/kansas-open-records-act (the denial identifies the records and the legal
  authority) and
  https://www.prisonlegalnews.org/news/2007/may/15/kansas-open-records-act-requires-doc-to-disclose-parolee-info-to-public/
- q07 Lafayette Parish School System response: the Louisiana Public Records Law (La. R.S. 44:32(D) written notice),
  https://foiabasics.org/orr/louisiana and https://openmygovernment.org/louisiana ; the school-district letters of
  earlier sets citing FERPA.
- q08 Maine DOC FOAA acknowledgement: 1 M.R.S. § 408-A (acknowledgement within five working days, a good faith estimate
  of time and cost, payment in advance over $100), http://www.maine.gov/foaa/faq/index.shtml and
  https://www.cityofbath.com/foaa
- q09 Mississippi DOC written explanation: Miss. Code Ann. § 25-61-5 (seven working days, a written explanation, no
  later than fourteen working days),
  https://www2.osa.ms.gov/forum/showthread.php?540-Did-the-2010-Mississippi-Legislature-amend-Section-25-61-5-to-revise-the-maximum-waiting-period-for-production-of-records-under-an-open-records-request
  and https://regulations.justia.com/states/mississippi/title-28/part-301/chapter-9/rule-28-301-9-5
- q10 Omaha Police Department partial release: Neb. Rev. Stat. § 84-712.04 (the contents of a denial),
  https://www.nebraskalegislature.gov/laws/statutes.php?statute=84-712.04 , § 84-712.05,
  https://instalawyer.io/laws/nebraska-revised-statutes/chapter-84-state-officers-84-71205-records-which-may and the
  Attorney General's outline, https://ago.nebraska.gov/public_records/statutes
- q11 Washoe County Sheriff's Office fee estimate: NRS chapter 239 (NRS 239.055, the extraordinary use of personnel),
  https://leg.state.nv.us/Division/Legal/LawLibrary/NRs/NRS-239.html ; the GovQA layout of earlier sets ("--- Please
  respond above this line ---").
- q12 North Dakota Attorney General opinion: N.D.C.C. § 44-04-21.1,
  https://lexace.ai/us/statute/north-dakota/44-04-21.1 , the Attorney General's opinion summaries,
  https://www.ndcourts.gov/news/north-dakota/legal-news/general-news/n-d-attorney-general-opinion-sept-29
  and https://ezel.ai/ag-opinions/nd/2024-o-11-the-emmons-county-historical-society-failed-to-create-meetin
- q13 South Carolina Office of the Governor response: the Office's FOIA page, https://governor.sc.gov/news/foia , and
  the 2017 amendments (ten business days, deposit of 25 percent), https://masc.sc/node/1169 and
  https://www.greenville.k12.sc.us/About/main.asp?titleid=comfoia
- q14 Milwaukee County Office of the Sheriff closure: Wis. Stat. § 19.35(3)(f) (prepayment over $5) and the Department
  of Justice's guidance,
  https://www.doj.state.wi.us/office-open-government/ask-the-oog/what-can-i-do-if-authority-denies-my-public-records-request
  and https://doczz.net/doc/3735772/public-records-law-compliance-outline

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at ab37245e: 8 of 14 fully right. Wrong were:
- q02 (q02-ar-pulaski-so-foia-partial.eml): pages_released None != 61
- q05 (q05-ia-iowa-city-pd-nextrequest-released.eml): pages_released 68 != 34
- q06 (q06-ks-kdoc-kora-denial.pdf): exemptions ['K.S.A. 45-221(a)(10)', 'K.S.A. 45-221(a)(3)', 'K.S.A. 45-221(a)(30)',
  'K.S.A. 45-221(d)', 'K.S.A. 45-228'] != ['K.S.A. 45-221(a)(29)', 'K.S.A. 45-221(a)(10)', 'K.S.A. 45-221(a)(3)',
  'K.S.A. 45-221(a)(30)']
- q07 (q07-la-lpss-public-records-partial.pdf): pages_released 24 != 35
- q13 (q13-sc-governor-foia-partial.docx): pages_released None != 159
- q14 (q14-wi-milwaukee-co-so-closed.txt): kinds ['acknowledged', 'fee_estimate'] != ['final_determination']; received
  '2026-10-14' != None; outcome None != 'withdrawn'; amount 5.0 != None

After general fixes (the rules now read a sum of pages that the items after it, each with its pages in brackets, add up
to, as counted once: "Enclosed are 61 pages of records, consisting of 14 incident and use-of-force reports (38 pages),
disciplinary hearing records (15 pages), and Detention Facility Policies 6.04 and 9.12 (8 pages)", "Thirty-four (34)
pages of records have been released to you on the request page: the computer-aided dispatch report ... (9 pages) ..."),
10 of 14. After general fixes (pages given for other items of the request are counted beside those given for the first:
"In response to item 2, please find attached ... twenty-four (24) pages, produced without redaction. In response to
items 1 and 3, please find attached ..., consisting of eleven (11) pages."), 11 of 14. After general fixes (a table's
column headed "Produced with redactions" beside "Pages produced" and "Pages withheld" counts the redacted share of the
pages produced: "| Category | Pages produced | Produced with redactions | Pages withheld |"), 12 of 14.
After general fixes (what the rules now read: a request the office itself considers withdrawn, "Accordingly, MCSO
considers your request withdrawn and has closed its file"; pages an earlier letter said were found, told again, are
not released, "By letter dated October 27, 2026, MCSO informed you that it had located approximately 2,300 pages";
and the threshold the estimate passed is no fee, "Because the estimated cost exceeded $5.00"), 9 of 14. Then (a law's
leave to refuse is its exemption, "K.S.A. 45-221(a)(29) permits a public agency to refuse to disclose correctional
records"; Kansas's duty to delete the exempt material and release the rest, "as K.S.A. 45-221(d) requires", and its
complaint to the attorney general, "file a complaint with the Office of the Attorney General under K.S.A. 45-228",
are no exemptions), 10 of 14.
The two sets of general fixes above, made apart and both applied: 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout316"
# What the rules reached on this set when it was scored once, sealed (8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The three-hundred-and-ninety-fifth held-out set: 14 everyday letters (letters/heldout395) from the smaller states,
the District of Columbia and their offices, in the formats they really send: a Vermont State Police acknowledgement
that extends the time by ten business days for unusual circumstances under 1 V.S.A. § 318; a University of Montana
e-mail with its fee estimate attached in Word; a North Dakota Highway Patrol partial release (PDF) of a pursuit file
under N.D.C.C. § 44-04-18.7(2) and § 44-04-18.1(2) and the driver's privacy laws; a Nebraska corrections denial in
Word under Neb. Rev. Stat. § 84-712.05(8) and § 83-178(2); a New Mexico Department of Public Safety three-day
e-mail finding the request broad and burdensome under NMSA 1978, § 14-2-10; a Nevada corrections no-records letter;
an Ada County Sheriff's Office partial release under the Idaho Code; a West Virginia Governor's Office partial release
(PDF) under W. Va. Code § 29B-1-4(a)(8) and (a)(2); a Maine DHHS acknowledgement in Word with its estimate of time and
cost under 1 M.R.S. § 408-A; a Rhode Island Attorney General finding of no violation of the APRA; a Hawaii Office of
Information Practices e-mail acknowledging an appeal, the letter attached as PDF; an Arkansas State Police e-mail
releasing the records in full; a D.C. Metropolitan Police Department partial release under D.C. Official Code
§ 2-534; and a Mississippi corrections letter (PDF) giving its written explanation and producing date under Miss.
Code Ann. § 25-61-5(1)(b). Written blind and committed before the rules were run on them.

- r01-vt-dps-ack-extension.txt: Vermont Department of Public Safety, DPS-PRR-2026-1147, received December 1, 2026,
  ten business days more, a response on or before December 18, 2026.
- r02-mt-umontana-fee-estimate.eml: University of Montana Office of Legal Counsel (letter attached in Word),
  PRR 2027-061, estimated fee $625.00 to be paid in advance.
- r03-nd-nhp-partial.pdf: North Dakota Highway Patrol, NDHP-ORR-26-0638, 64 pages located, 52 released (9 redacted),
  12 withheld; N.D.C.C. § 44-04-18.7(2), § 44-04-18.1(2), § 39-33-02 and 18 U.S.C. § 2721.
- r04-ne-ndcs-denial.docx: Nebraska Department of Correctional Services, 2026-PR-0875, use-of-force video and reports
  denied under Neb. Rev. Stat. § 84-712.05(8), § 83-178(2) and § 84-712.05(2).
- r05-nm-dps-ipra-burdensome.eml: New Mexico Department of Public Safety, 26-IPRA-4417, received November 30, 2026,
  broad and burdensome, records on or before January 29, 2027.
- r06-nv-ndoc-no-records.txt: Nevada Department of Corrections, NDOC-PRR-26-1482, no records of ICE agreements or
  notifications about a client.
- r07-id-adaso-partial.txt: Ada County Sheriff's Office, P026418-120126, 41 pages released (9 redacted), 3 withheld;
  Idaho Code § 74-124(1)(c), § 74-106(13), § 74-124(1)(f).
- r08-wv-governor-foia-partial.pdf: West Virginia Office of the Governor, GOV-26-0912, 219 pages, 188 produced (31
  redacted), 31 withheld; W. Va. Code § 29B-1-4(a)(8) and (a)(2).
- r09-me-dhhs-foaa-ack-estimate.docx: Maine Department of Health and Human Services, FOAA request 2027-0143, received
  December 2, 2026, response estimated by February 5, 2027, estimated cost $350.00 in advance.
- r10-ri-ag-apra-finding.txt: Rhode Island Attorney General, PR 27-07, RIDOC did not violate the APRA when it
  withheld incident reports under R.I. Gen. Laws § 38-2-2(4)(D)(c).
- r11-hi-oip-appeal-ack.eml: Hawaii Office of Information Practices (letter attached as PDF), U APPEAL 27-14,
  received December 9, 2026, about the Honolulu Police Department's denial.
- r12-ar-asp-foia-release.eml: Arkansas State Police, FOIA Request #2026-1187, 46 pages in full.
- r13-dc-mpd-foia-partial.txt: Metropolitan Police Department, 2027-FOIA-01482, 96 pages located, 92 released with
  redactions, 4 withheld; D.C. Official Code § 2-534(a)(2), (a)(3)(C), (a)(3)(E).
- r14-ms-mdoc-extension.pdf: Mississippi Department of Corrections, MDOC-PRR-26-2209, received December 9, 2026,
  records to be produced no later than December 30, 2026 (fourteen working days).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- r01 Vermont: 1 V.S.A. § 318 (promptly, three business days; unusual circumstances, written notice, ten business
  days), https://legislature.vermont.gov/statutes/section/01/005/00318 and
  http://www.waitsfieldvt.us/about/government_1vsa318.cfm, and the Secretary of State's guide,
  https://studylib.net/doc/18710081/a-guide-to-vermont-s-public-records-laws
- r02 Montana: Mont. Code Ann. § 2-6-1006 (documented fee, estimated fee paid before the information is gathered)
  as amended by HB 100 (2025, the first hour not charged, an hourly limit),
  https://archive.legmt.gov/bills/MCA/title_0020/chapter_0060/part_0100/section_0060/0020-0060-0100-0060.html,
  https://app.legiplex.com/mt/legislature/2025/2025-r/bills/hb100/draft-2301354?id=2301354 and
  https://montanatransparencyproject.org/agency-fee-policies
- r03 North Dakota: active criminal investigative information under N.D.C.C. § 44-04-18.7 and the Attorney General's
  opinions under § 44-04-21.1, https://ndcourtsdaily.com/north-dakota-attorney-general-issues-opinion-on-grand-forks-police-records-request/,
  http://www.rcfp.org/north-dakota-open-government-guide/iv-record-categories-open-or-closed/n-police-records and the
  Attorney General's law enforcement records checklist,
  https://www.templateroller.com/template/2160762/checklist-for-law-enforcement-agencies-use-in-responding-to-an-open-records-request-north-dakota.html
- r04 Nebraska: Neb. Rev. Stat. § 84-712.04 (what a denial must contain),
  https://www.nebraskalegislature.gov/laws/statutes.php?statute=84-712.04, and the Attorney General's outline,
  https://ago.nebraska.gov/public_records/statutes
- r05 New Mexico: the three-day letter and broad and burdensome requests (NMSA 1978, §§ 14-2-8(D), 14-2-10) as in
  the Attorney General's IPRA compliance guide,
  https://fdocuments.in/document/inspection-of-public-records-act-compliance-guide.html, and the New Mexico letter of
  heldout342 (h11)
- r06 Nevada: NRS 239.0107 (five business days, what the answer must say),
  https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for and the
  State Library's manual for state agencies,
  https://documents.pub/document/nevada-public-records-act-a-manual-for-state-public-as-required-by-npra-agency.html
- r07 Idaho: Idaho Code § 74-115 (petition within 180 days of the notice of denial or partial denial),
  https://legislature.idaho.gov/statutesrules/idstat/title74/t74ch1/sect74-115/, and the Attorney General's public
  records law manual, https://copiara.org/affidavit-of-compliance-with-withheld-judgment-idaho-8309
- r08 West Virginia: W. Va. Code § 29B-1-4(a)(2) and (a)(8) as in the West Virginia letters of earlier sets
  (heldout193, heldout216, heldout358)
- r09 Maine: 1 M.R.S. § 408-A (acknowledgment, good faith estimate of time, estimate of cost, payment in advance),
  https://splc.org/template-maine/ and http://www.maine.gov/foaa/faq/index.shtml
- r10 Rhode Island: the Attorney General's APRA findings ("We have completed our investigation ... we find no violation
  ... nothing within the APRA prohibits an individual or entity from obtaining legal counsel"),
  https://ri.gov/press/?agency_id=107&show_all_agencies=1&start=410 and
  https://fdocuments.in/document/attorney-2017-7-19-issued-february-27-2017-pr-17-09-thomson-v-town-of-johnston.html
- r11 Hawaii: OIP's appeal rules (HAR chapter 2-73) and guide to appeals, https://ags.hawaii.gov/oip/appeal-rules/ and
  https://ags.hawaii.gov/oip/?p=13210
- r12 Arkansas: Ark. Code Ann. § 25-19-105 as in the Arkansas letters of earlier sets (heldout175, heldout183,
  heldout201)
- r13 District of Columbia: the Mayor's Office of Legal Counsel decision on an MPD denial,
  https://pt.scribd.com/document/386439733/FOIA-Appeal-2018-145-Decision, and the appeal paragraph of the DC FOIA
  regulations, https://print.casetext.com/regulation/district-of-columbia-administrative-code/title-15-public-utilities-and-cable-television/chapter-15-7-freedom-of-information-act-requests/rule-15-706-appeals
- r14 Mississippi: Miss. Code Ann. § 25-61-5 (seven working days, the written explanation, fourteen working days),
  https://www2.osa.ms.gov/forum/showthread.php?540-Did-the-2010-Mississippi-Legislature-amend-Section-25-61-5-to-revise-the-maximum-waiting-period-for-production-of-records-under-an-open-records-request
  and https://regulations.justia.com/states/mississippi/title-28/part-301/chapter-9/rule-28-301-9-5

Blind score (written before the rules were run on it): 11 of 14 fully right, and all 14 matched to their requests.
Wrong were:
- r02 (r02-mt-umontana-fee-estimate.eml): kinds ['acknowledged', 'fee_estimate'] != ['fee_estimate']; received
  '2026-11-15' != None: the request's own date range read loosely as the day of receipt, "You requested all e-mail
  correspondence ... sent or received between July 1, 2026 and November 15, 2026."
- r08 (r08-wv-governor-foia-partial.pdf): exemptions ['W. Va. Code § 29B-1-4(a)(8)'] != ['W. Va. Code § 29B-1-4(a)(8)',
  'W. Va. Code § 29B-1-4(a)(2)']: the second exemption, set as a heading of its own, not read: "W. Va. Code §
  29B-1-4(a)(2): Information of a personal nature such as that kept in a personal, medical or similar file, if the
  public disclosure would constitute an unreasonable invasion of privacy."
- r11 (r11-hi-oip-appeal-ack.eml): kinds ['acknowledged'] != ['appeal_acknowledged']; received None != '2026-12-09';
  appeal_number None != 'U APPEAL 27-14': a review body's acknowledgement of an appeal read as one of a request, "The
  Office of Information Practices (OIP) received on December 9, 2026, an appeal from Mr. Kainoa Delacruz-Ng
  (Requester) ..." and "This letter acknowledges OIP's receipt of the appeal, which has been assigned the file number
  noted above."

After general fixes (a review body's receipt of an appeal with the day set between, "OIP received on December 9, 2026,
an appeal from Mr. ...", and the office's receipt of the appeal acknowledged by its name, "This letter acknowledges
OIP's receipt of the appeal"), 12 of 14.

One expected value was the writer's slip against the project's conventions, corrected after scoring in a commit of
its own: the fee letter that says the University "is in receipt of your request" acknowledges it too (as in heldout197
h02 and heldout112 j10); r02 was wrong against the corrected value as well, for the day of receipt.

After general fixes (the end of a period the records were sent or received in is no receipt of the request, "sent or
received between July 1, 2026 and November 15, 2026"), 13 of 14.

After general fixes (a list of exemptions whose first item, the law cited at its head, runs into the sentence that
introduces it where a PDF's text layer joins the paragraphs, "... made pursuant to the following exemptions: W. Va.
Code § 29B-1-4(a)(8): Internal memoranda ...", so that the items after it are read, "W. Va. Code § 29B-1-4(a)(2):
Information of a personal nature ..."), 14 of 14.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout395"
# What the rules reached on this set when it was first scored, blind (11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))

"""The four-hundred-and-fifty-seventh held-out set: 14 letters (letters/heldout457) from state and local
public-records offices in fourteen states, each under its own law, in the formats they really send: a Washington
Department of Natural Resources closing letter with the fourth and final installment, nothing redacted or withheld; a
California State University, Long Beach NextRequest closure e-mail releasing pages with FERPA and privacy redactions
and withholding interview notes under Gov. Code 7927.705 and 7927.700; a Texas Parks and Wildlife Department release
(PDF) of game warden citations with driver's license and e-mail redactions made without an Attorney General decision
and the notice of the right to ask for review; an Illinois Secretary of State partial denial in Word with a table of
records and exemptions 7(1)(b), (c) and (f) and the Public Access Counselor paragraph; a New York State Thruway
Authority FOIL appeal determination releasing maintenance logs and upholding 87(2)(d) and (g); a West Chester
University of Pennsylvania Right-to-Know final response (PDF) granting in part after a Section 902 extension, with
the Office of Open Records appeal paragraph; a Florida Department of Highway Safety and Motor Vehicles GovQA e-mail
denying a crash report within its 60 days of confidentiality; an Ohio Department of Natural Resources first rolling
production with its R.C. 149.43 redactions; a Michigan Department of Attorney General notice in Word certifying that
no records exist under the name given, with the MCL 15.240 appeal rights; a Chatham County (Georgia) Police
Department three-business-day letter naming the day the records will be ready; an Indiana Office of the Governor
e-mail acknowledging an APRA request and asking for senders, recipients, search terms and a shorter time frame; a
Wisconsin Department of Justice letter (PDF) estimating location costs and requiring prepayment under Wis. Stat.
19.35(3)(f); a Kansas Bureau of Investigation KORA denial of a criminal investigation file under K.S.A. 45-221(a)(10)
and (a)(30); and a Nevada Attorney General release of settlement agreements in full under the NPRA. Written blind.

- k01-wa-dnr-pra-closing.txt: Washington DNR, PDR-26-1473, final installment of 186 pages, nothing withheld, request
  closed (full grant).
- k02-ca-csulb-nextrequest-partial.eml: CSU Long Beach, request 26-418, 64 pages released with redactions and 9
  withheld, Gov. Code 7927.705 and 7927.700.
- k03-tx-tpwd-pia-release-redacted.pdf: Texas Parks and Wildlife, PIR-2026-3381, 37 pages with redactions under
  Gov't Code 552.130 and 552.137.
- k04-il-sos-foia-partial.docx: Illinois Secretary of State, SOS-FOIA-26-08312, 118 pages released (some redacted) and
  14 withheld, 5 ILCS 140/7(1)(b), (c), (f).
- k05-ny-thruway-foil-appeal-partly.txt: Thruway Authority, appeal A-26-037 on FOIL-26-0914, granted in part: 21
  pages released, 87(2)(d) and 87(2)(g) upheld.
- k06-pa-wcupa-rtk-partial.pdf: West Chester University, RTK No. 2026-074, 43 pages released and 6 withheld, 65 P.S.
  67.708(b)(10)(i)(A) and (b)(6)(i)(A) (the Section 902 extension is the earlier letter's).
- k07-fl-flhsmv-crash-report-denied.eml: FLHSMV, R004417-120826, crash report denied under s. 316.066(2)(a), F.S.
- k08-oh-odnr-records-first-installment.txt: Ohio DNR, ODNR-PRR-26-1284, first production of 214 pages, R.C.
  149.43(A)(1)(v), (A)(1)(h) and (A)(2)(a).
- k09-mi-ag-foia-no-records.docx: Michigan Attorney General, 2026-FOIA-01967, denied as no records exist (the
  extension is the earlier notice's).
- k10-ga-chatham-pd-ora-three-day.txt: Chatham County Police, ORR-CCPD-2026-1562, received December 14, 2026, records
  available on or before January 8, 2027.
- k11-in-governor-apra-particularity.eml: Indiana Governor's office, 2026-GOV-0719, received December 10, 2026, asked
  to name senders, recipients, search terms and six months or less.
- k12-wi-doj-records-prepayment.pdf: Wisconsin DOJ, PRR-2026-1157, received December 3, 2026, estimate of $132.99
  to be prepaid.
- k13-ks-kbi-kora-denied.txt: KBI, KORA No. 26-0417, denied under K.S.A. 45-221(a)(10) and (a)(30).
- k14-nv-ag-npra-records-provided.txt: Nevada Attorney General, AG-PRR-2026-0733, 23 pages in their entirety.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- k01 Washington DNR closing letter: the Model Rules on the closing letter ("An agency should provide a closing letter
  stating the scope of the request and memorializing the outcome of the request ... The closing letter should also
  ask the requestor to promptly contact the agency if he or she believes additional responsive records have not been
  provided"), https://apps.leg.wa.gov/wac/default.aspx?cite=44-14-04006, and an agency's closing rule ("has completed
  a reasonable search for the requested records and made any located nonexempt records available"),
  https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20430%20%20TITLE/WAC%20430%20-%2001%20%20CHAPTER/WAC%20430%20-%2001%20-110.htm
- k02 CSU Long Beach closure: NextRequest's request workflow (messages, documents released to the request, closing
  the request), https://help.nextrequest.com/knowledge/request-process-overview, and the California NextRequest
  closures of earlier sets ("Record request #... has been closed. The closure reason supplied was:"; Gov. Code
  7922.540, the person responsible for the determination).
- k03 Texas Parks and Wildlife release: the redactions a governmental body may make without asking the Attorney
  General ("there is certain information that a governmental body can redact without seeking a decision"),
  https://foia.trs.texas.gov/app/ExemptionCodes.aspx and https://form.jotform.com/250895549093066, and the Attorney
  General's Public Information Handbook, https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016
- k04 Illinois Secretary of State partial denial: the denial notice's required review paragraph ("the right to seek
  review of the issue by the Public Access Counselor (PAC) in the Attorney General's office, with the PAC's contact
  information, as well as the right to seek judicial review"; "within 60 calendar days"),
  http://www.geneva.il.us/pd/deniedfoia.html and https://il-batavia.civicplus.com/919/Denied-Request
- k05 Thruway Authority FOIL appeal: Public Officers Law 89(4)(a) and the appeals officer's written determination
  copied to the Committee on Open Government, https://www4.erie.gov/clerk/how-appeal-foil-decision, an authority's
  appeals rule ("A determination by the appeals officer upholding a denial of access to records shall be subject to
  court review as provided for in article 78"), http://nyrules.elaws.us/nycrr/title21_chapterlxxxi_part10050_s10050.5
- k06 West Chester University final response: the RTKL appeal paragraph ("within 15 business days of the mailing date
  of the Agency's response ... Office of Open Records, 333 Market Street, 16th Floor, Harrisburg, PA 17101-2234";
  address the grounds the agency stated), https://earltwpberks.com/right-to-know and
  https://rocklandtownshipberks.org/open-records, and Section 902 extensions, https://pittsburghpa.gov/law/city-response
- k07 FLHSMV crash report denial: s. 316.066(2)(a)-(c), F.S. (confidential and exempt "for a period of 60 days after
  the date the report is filed"; the sworn statement), http://www.flsenate.gov/Session/Bill/2014/876/BillText/c1/HTML,
  and a police department's notice of the 60-day statute and the third-degree felony,
  https://www.tampa.gov/police/services/traffic-crash-60-day-statue
- k08 Ohio DNR first production: the confidential law enforcement investigatory record test of R.C. 149.43(A)(1)(h)
  and (A)(2) ("only to the extent that the release of the record would create a high probability of disclosure"),
  http://www.rcfp.org/ohio-open-government-guide/iv-record-categories-open-or-closed/n-police-records/4-investigatory-reco,
  and the Court of Claims reports on rolling productions, https://law.justia.com/cases/ohio/court-of-claims/2018/2018-01195pq.html
- k09 Michigan Attorney General no-records notice: MCL 15.235 (e-mailed requests received one business day later;
  the one 10-business-day extension; the certificate that the record "does not exist under the name given"),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses,
  and the Department's written public summary (P.O. Box 30213; grant, deny, grant in part, one extension),
  https://www.michigan.gov/ag/foia/foia-bottom-link-pages/michigan-department-of-attorney-general-written-public-summary-of-the-departments-freedom-of-inform
- k10 Chatham County Police three-day letter: O.C.G.A. 50-18-71(b)(1)(A) ("a description of the records and a
  timetable" when they cannot be produced in three business days),
  https://www.muckrock.com/place/united-states-of-america/georgia/exemption/constructive-denial-31/ and
  https://visualfoodie.com/georgias-timeline-for-public-record-release
- k11 Indiana Governor's office: IC 5-14-3-9 (acknowledgement within seven days of a written request) and the Public
  Access Counselor's guidance, https://www.hspa.com/2011/12/12/qa-records-request-response-time/ and
  https://content.govdelivery.com/accounts/INARA/bulletins/30abe7c
- k12 Wisconsin DOJ prepayment: Wis. Stat. 19.35(3)(a), (c) and (f) ("An authority may require prepayment ... if the
  total amount exceeds $5"), https://docs-preview.legis.wisconsin.gov/document/statutes/19.35(7)(a)2., and the Office
  of Open Government's answer on location fees (lowest-paid employee capable, no charge for redaction),
  https://www.doj.state.wi.us/office-open-government/ask-the-oog/authority-will-not-provide-me-records-i-requested-unless-i-pay
- k13 KBI denial: the Attorney General's KORA questions and answers on criminal investigation records and the factors
  of K.S.A. 45-221(a)(10)(A)-(F), https://ag.ks.gov/open-government/kora-faq, and
  http://kautschlaw.com/2015/08/29/revising-kora-modernizing-the-criminal-investigative-records-exemption/
- k14 Nevada Attorney General release: NRS 239.0107(1)(a) (provide the copy by the fifth business day),
  https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for, and NRS
  239.052(2) (a fee waived by written policy), http://nv.elaws.us/nrs/239.052 and
  https://admin.nv.gov/Newsroom/Public_Records_Requests

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at d5deaf83: 10 of 14 fully right. Wrong were:
- k02 (k02-ca-csulb-nextrequest-partial.eml): exemptions ['20 U.S.C. § 1232g', 'Government Code § 7927.705', 'Government
  Code § 7927.700'] != ['Government Code § 7927.705', 'Government Code § 7927.700']
- k07 (k07-fl-flhsmv-crash-report-denied.eml): exemptions ['Fla. Stat. § 316.066(2)(a)', 'Fla. Stat. § 316.066(2)(b)',
  'Fla. Stat. § 316.066(2)(c)'] != ['Fla. Stat. § 316.066(2)(a)']
- k08 (k08-oh-odnr-records-first-installment.txt): exemptions ['R.C. 149.43(A)(1)(v)', '18 U.S.C. § 2721', 'R.C.
  149.43(A)(1)(h)', 'R.C. 149.43(A)(2)(a)'] != ['R.C. 149.43(A)(1)(v)', 'R.C. 149.43(A)(1)(h)', 'R.C. 149.43(A)(2)(a)']
- k13 (k13-ks-kbi-kora-denied.txt): exemptions ['K.S.A. 45-221(a)(30)'] != ['K.S.A. 45-221(a)(10)', 'K.S.A.
  45-221(a)(30)']

Corrected after the score (the score stands): a law a ground rests on, cited beside the state's own section, is logged
with it, as the earlier sets log them: k02's Family Educational Rights and Privacy Act and Education Code § 67100,
through which "and are therefore exempt under Government Code § 7927.705" applies (the Penal Code § 832.7 and Evidence
Code § 954 logged beside § 7927.705 in earlier California letters; FERPA beside R.C. 149.43(A)(1)(v) in heldout180 h04),
and k08's Driver's Privacy Protection Act, "pursuant to R.C. 149.43(A)(1)(v) and the federal Driver's Privacy
Protection Act, 18 U.S.C. 2721 et seq." (as heldout264 s11 and heldout280 b14 log it beside Ohio's sections). With that
k08 is right; k02 still lacks Education Code § 67100. 11 of 14.

After general fixes (what was read, with the sentence quoted), 14 of 14:
- k13: a law said, with no "under" beside it, to let the office keep the records back is the ground: "K.S.A.
  45-221(a)(10) provides that a public agency shall not be required to disclose criminal investigation records." (also
  "are not required to be disclosed", "need not be released"; not "You are not required to disclose the purpose").
- k07: the law that names who is entitled to the record, or what a requester must give to have it, is a condition
  unmet, no ground: "You have not indicated that you fall within one of the categories of persons entitled to receive
  the report during the 60-day confidentiality period under section 316.066(2)(b), Florida Statutes, and have not
  provided the sworn statement required by section 316.066(2)(c), Florida Statutes." (also "persons eligible to
  obtain", "the affidavit prescribed by"; not "required by law to be kept confidential under").
- k02: California's Education Code is read as its Penal and Evidence Codes are: "protected from disclosure by the
  Family Educational Rights and Privacy Act (20 U.S.C. § 1232g) and Education Code § 67100, and are therefore exempt
  under Government Code § 7927.705" (also "Educ. Code § 49076", "section 67100 of the Education Code"; not Texas's,
  "Tex. Educ. Code § 21.355", or its Education Code beside § 552.101).
"""

from __future__ import annotations

import pytest
from intake_scoring import exemptions_in, set_tests

SET = "heldout457"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "expected"), [
    ("After careful review, the KBI must deny your request. K.S.A. 45-221(a)(10) provides that a public agency shall "
     "not be required to disclose criminal investigation records.", ["K.S.A. 45-221(a)(10)"]),
    ("Your request is denied. The statute, K.S.A. 45-221(a)(10), states that a public agency is not required to "
     "disclose criminal investigation records.", ["K.S.A. 45-221(a)(10)"]),
    ("The Sheriff's Office denies your request. Criminal investigation records are not required to be disclosed, "
     "K.S.A. 45-221(a)(10).", ["K.S.A. 45-221(a)(10)"]),
    ("Your request is denied. As K.S.A. 45-221(a)(14) provides, such correspondence need not be disclosed.",
     ["K.S.A. 45-221(a)(14)"]),
])
def test_a_law_that_says_the_office_need_not_disclose_the_records_is_the_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize("body", [
    # The near misses: the requester's own duty, the act's rule of openness, a duty of another kind
    "Your request is granted. You are not required to disclose the purpose of your request, K.S.A. 45-220(c)(2).",
    "The records are enclosed in full. K.S.A. 45-218 provides that all public records shall be open for inspection.",
    "The KBI has released the report in full. An agency is not required to create a record that does not exist, "
    "K.S.A. 45-219(a).",
])
def test_no_law_of_another_duty_is_a_ground(body: str) -> None:
    assert exemptions_in(body) == []


_FLORIDA_CRASH_REPORT = (
    "Pursuant to section 316.066(2)(a), Florida Statutes, crash reports that reveal the identity of the parties "
    "involved in the crash are confidential and exempt from section 119.07(1), Florida Statutes, for a period of 60 "
    "days after the date the report is filed.\n\nThe crash report you requested was filed on November 30, 2026. ")


@pytest.mark.parametrize("condition", [
    "You have not indicated that you fall within one of the categories of persons entitled to receive the report "
    "during the 60-day confidentiality period under section 316.066(2)(b), Florida Statutes, and have not provided the "
    "sworn statement required by section 316.066(2)(c), Florida Statutes. Accordingly, your request for this record is "
    "denied.",
    "Because you have not shown that you are among the persons eligible to obtain the report under section "
    "316.066(2)(b), Florida Statutes, your request is denied.",
    "Your request is denied, as you did not submit the affidavit prescribed by section 316.066(2)(c), Florida "
    "Statutes.",
])
def test_the_law_of_who_may_have_the_record_or_what_they_must_give_is_no_ground(condition: str) -> None:
    assert exemptions_in(_FLORIDA_CRASH_REPORT + condition) == ["Fla. Stat. § 316.066(2)(a)"]


@pytest.mark.parametrize(("body", "expected"), [
    # The near misses: the law that keeps the record back, named with the same words about
    ("The report is withheld because the information is required by law to be kept confidential under section "
     "316.066(2)(a), Florida Statutes.", ["Fla. Stat. § 316.066(2)(a)"]),
    ("Your request is denied, as the records are exempt under section 316.066(2)(c), Florida Statutes.",
     ["Fla. Stat. § 316.066(2)(c)"]),
    ("Your request for the adoption file is denied; the file is confidential under Ohio Rev. Code § 3107.17, and you "
     "have not submitted the notarized affidavit required by Ohio Rev. Code § 3107.38.", ["R.C. 3107.17"]),
])
def test_the_law_that_keeps_the_record_back_is_still_the_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Your request is granted in part. The students' records are protected from disclosure by the Family Educational "
     "Rights and Privacy Act (20 U.S.C. § 1232g) and Education Code § 67100, and are therefore exempt under Government "
     "Code § 7927.705.", ["20 U.S.C. § 1232g", "Education Code § 67100", "Government Code § 7927.705"]),
    ("The pupil records have been withheld under Educ. Code § 49076 and Gov. Code § 7927.705.",
     ["Education Code § 49076", "Government Code § 7927.705"]),
    ("Records of student discipline are withheld pursuant to section 67100 of the Education Code.",
     ["Education Code § 67100"]),
])
def test_californias_education_code_is_read_as_its_other_codes_are(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The near misses: Texas's Education Code, which its Public Information Act's § 552.101 takes in
    ("Your request is denied. The information is excepted from disclosure under section 552.101 of the Government "
     "Code in conjunction with section 21.355 of the Education Code.", ["Gov't Code § 552.101"]),
    ("The evaluations are confidential under Tex. Educ. Code § 21.355, and are withheld under section 552.101.",
     ["Gov't Code § 552.101"]),
])
def test_another_states_education_code_is_not_californias(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected

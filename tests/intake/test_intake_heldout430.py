"""The four-hundred-and-thirtieth held-out set: 14 letters (letters/heldout430) from state and local public-records
offices in fourteen states, under their own laws and in the formats they really send: a Pierce County Sheriff's
Department GovQA e-mail acknowledging a Public Records Act request and asking which incident it means, with the 30 days
of RCW 42.56.520(3)(b); a Sacramento Police Department CPRA determination (PDF) releasing 96 pages through NextRequest
and withholding an open investigation under Government Code section 7923.600; a Texas Office of the Governor release of
214 pages with redactions made without an Attorney General ruling under sections 552.137, 552.117(a)(1) and 552.136;
an Illinois Attorney General FOIA Office answer that no records were found, with the Public Access Counselor's review;
a Suffolk County Police Department FOIL appeal decision in Word granting the appeal in part (18 pages released, 9
withheld under § 87(2)(e)(iii)); a PennDOT Right-to-Know denial of highway safety studies under 75 Pa.C.S. § 3754(b) and
Section 708(b)(17); a Miami-Dade County Public Schools GovQA e-mail with a first installment of 312 pages; a Toledo
Police Department release in full of 23 pages; an Oakland County Sheriff's Office notice of extension (PDF) under MCL
15.235(2)(d); a Georgia Tech three-business-day response in Word with a cost estimate table under O.C.G.A.
§ 50-18-71(d); an Alabama Department of Corrections denial (a scanned PDF) under Ala. Code § 36-12-40 and
§ 12-21-3.1(b); a West Virginia University e-mail confirming a FOIA request withdrawn; a Mississippi Department of
Corrections written explanation taking seven more working days under Miss. Code Ann. § 25-61-5(1)(b); and an Alaska
Department of Public Safety letter denying a fee waiver under AS 40.25.110(d) and estimating the personnel fee beyond
five hours under AS 40.25.110(c). Written blind and committed before the rules were run on them.

- l01-wa-pierce-sheriff-govqa-clarify.eml: Pierce County Sheriff's Department, R004417-120326, received December 3,
  2026, clarification asked (date, case number, persons, kind of communications), 30 days to answer.
- l02-ca-sacpd-nextrequest-partial.pdf: Sacramento Police Department, CPRA request 26-4187, granted in part: 96 pages
  (61 in full, 35 redacted); investigative records and eleven recordings withheld under Government Code § 7923.600,
  redactions under Penal Code § 832.7(b)(6) and Government Code § 7927.705.
- l03-tx-governor-pia-release.txt: Office of the Governor, OOG ID# 26-0481, 214 pages released with redactions under
  Gov't Code §§ 552.137, 552.117(a)(1) and 552.136, no charge, closed.
- l04-il-ag-foia-no-records.txt: Illinois Attorney General FOIA Office, 2026-FOIA-03817, no responsive records; PAC
  review within 60 days and judicial review under 5 ILCS 140/11.
- l05-ny-scpd-foil-appeal-partly.docx: Suffolk County Police Department Records Access Appeals Officer, FOIL appeal
  AP-26-0219 of request SCPD-26-11873, granted in part: 18 pages released (6 in full, 12 redacted under § 87(2)(b)), 9
  pages of witness statements withheld under § 87(2)(e)(iii); a table of the records.
- l06-pa-penndot-rtk-denial.txt: PennDOT, RTK No. 2026-1932, denied under 75 Pa.C.S. § 3754(b) and 65 P.S.
  § 67.708(b)(17); appeal to the Office of Open Records within 15 business days.
- l07-fl-mdcps-govqa-first-installment.eml: Miami-Dade County Public Schools, P018263-111726, first installment of 312
  pages (271 in full, 41 redacted under s. 1002.221, F.S., FERPA and s. 119.071(5)(a), F.S.), more to follow.
- l08-oh-toledo-pd-records-full.txt: Toledo Police Department, TPD-26-05718, 23 pages released in full under R.C.
  149.43, no charge, closed.
- l09-mi-oakland-sheriff-foia-extension.pdf: Oakland County Sheriff's Office, OCSO-2026-1488, received December 7, 2026,
  extended 10 business days to December 30, 2026.
- l10-ga-gatech-ora-cost-estimate.docx: Georgia Institute of Technology, GT-ORR-26-0931, received December 14, 2026,
  estimated cost $207.20 (a table of hours), agreement to pay asked before work goes on.
- l11-al-adoc-records-denial.pdf: Alabama Department of Corrections, request 26-1173, denied under Ala. Code § 36-12-40
  (security) and § 12-21-3.1(b) (pending investigation); scanned.
- l12-wv-wvu-foia-withdrawn.eml: West Virginia University FOIA Office, WVU-FOIA-2026-0841, withdrawal at the
  requester's direction confirmed, file closed.
- l13-ms-mdoc-public-records-ack.txt: Mississippi Department of Corrections, PRR No. 26-0612, received December 10,
  2026, seven more working days taken, records by January 4, 2027.
- l14-ak-dps-fee-waiver-denied.txt: Alaska Department of Public Safety, PRR-26-2291, received November 30, 2026, fee
  waiver denied, estimated fee $433.08 (9 hours beyond the first five), appeal to the Commissioner within 60 days.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- l01 Pierce County clarification: RCW 42.56.520 (acknowledging and asking for clarification; thirty days to clarify),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, and Pierce County's
  request page (public records officers of each agency, five business days),
  http://piercecountywa.info/2711/Making-a-Public-Records-Request
- l02 Sacramento Police Department determination: the Department's CPRA page (records withheld or redacted: victims,
  informants, investigative records), http://www.cityofsacramento.org/Police/Transparency/California-Public-Records-Act,
  a Department request tracked by number on MuckRock,
  https://www.muckrock.com/foi/sacramento-307/public-records-request-license-plate-readers-sacramento-police-department-141398/,
  and the recodified CPRA (Government Code 7920.000 ff.),
  https://app.legiplex.com/ca/legislature/2021/2021-r/bills/ab473/drafts-compare
- l03 Texas Office of the Governor release: the Attorney General's rulings on sections 552.117(a)(1) and 552.137 and
  previous determinations, https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2003/htm/or200304921.htm
  and https://www2.texasattorneygeneral.gov/opinions/openrecords/50abbott/orl/2008/htm/or200804757.htm, and redaction
  without a ruling, https://form.jotform.com/250895549093066
- l04 Illinois Attorney General no records: the Office's FOIA rules (denial notices naming the Public Access Counselor
  and judicial review), http://ilrules.elaws.us/iac/t2_pt601_sec.601.310 and
  https://witnessslips.ilga.gov/agencies/JCAR/EntirePart?titlepart=00200576, and 5 ILCS 140/9.5(a) (60 days),
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-1531.425
- l05 Suffolk County FOIL appeal: the Committee on Open Government on appeals under § 89(4)(a) ("fully explain" the
  reasons for further denial), https://docsopengovernment.dos.ny.gov/coog/ftext/f16341.htm, and a police
  commissioner's appeal determinations in Nassau County, https://newyorkfamilylawblog.com/amp/413
- l06 PennDOT denial: Department of Transportation v. Office of Open Records (75 Pa.C.S. § 3754 and Section
  708(b)(17)), http://pa.findacase.com/research/wfrmDocViewer.aspx/xq/fac.20101101_0002091.PA.htm/qx, and the Office of
  Open Records appeal notice (15 business days, what an appeal must include), https://earltwpberks.com/right-to-know
  and http://pafoic.org/right-to-know-request-and-appeals-process/
- l07 Miami-Dade County Public Schools installment: section 1002.221, F.S. (education records as FERPA defines them),
  https://flsenate.gov/Session/Bill/2009/7119/BillText/Filed/HTML, and the Sunshine Manual on education records,
  http://www.myflsunshine.com/sun.nsf/manual/DE933F6210A1DA3B852566F3006F5BD4
- l08 Toledo Police Department release: R.C. 149.43(B)(1) (records promptly prepared, copies at cost),
  https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/, and Toledo's
  public records practice, https://us.citylaws.org/oh/toledo/public-records-requests-fees-toledo-ohio
- l09 Oakland County Sheriff's extension: MCL 15.235(2)(d) (one notice extending not more than 10 business days),
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
  and https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
- l10 Georgia Tech cost estimate: O.C.G.A. § 50-18-71(b)(1)(A), (c)(1) and (d) (three business days, lowest paid
  employee, first quarter hour free, notice of costs over $25, prepayment over $500), http://gfaf.org/open_records_request/
  and https://forsythpl.org/open-records
- l11 Alabama Department of Corrections denial: Ala. Code § 36-12-40 (security records) and Stone v. Consolidated
  Publishing, https://www.rcfp.org/alabama-open-government-guide/i-statute-basic-application, and Allen v. Barksdale
  (ADOC incident reports), http://casetext.com/case/allen-v-barksdale/
- l12 West Virginia University withdrawal: W. Va. Code § 29B-1-3 and a university's FOIA policy,
  https://wvsom.edu/policies/ga-34 and https://openmygovernment.org/west-virginia
- l13 Mississippi Department of Corrections explanation: Miss. Code Ann. § 25-61-5 as amended in 2010 (seven working
  days, written explanation, fourteen working days at most),
  https://www2.osa.ms.gov/forum/showthread.php?540-Did-the-2010-Mississippi-Legislature-amend-Section-25-61-5-to-revise-the-maximum-waiting-period-for-production-of-records-under-an-open-records-request&s=cfada45a7aa264cd3f77ac7f8497ec70
  and https://regulations.justia.com/states/mississippi/title-28/part-301/chapter-9/rule-28-301-9-5
- l14 Alaska Department of Public Safety fee-waiver denial: AS 40.25.110(c) and (d) (five person-hours; waiver in the
  public interest, applied uniformly), http://ak.elaws.us/as/40.25.110 and
  https://akpublicrecords.org/guides/alaska-public-records-act-fee-waiver, and the 60 days to appeal,
  https://www.muckrock.com/place/united-states-of-america/alaska/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 35889b83: 9 of 14 fully right. Wrong were:
- l05 (l05-ny-scpd-foil-appeal-partly.docx): exemptions ['Public Officers Law § 87(2)(e)(iii)'] != ['Public Officers Law
  § 87(2)(b)', 'Public Officers Law § 87(2)(e)(iii)']; pages_released 6 != 18
- l06 (l06-pa-penndot-rtk-denial.txt): exemptions ['Vehicle Code § 3754(b)', '75 Pa.C.S. § 3754(b)', '65 P.S. §
  67.708(b)(17)'] != ['75 Pa.C.S. § 3754(b)', '65 P.S. § 67.708(b)(17)']
- l09 (l09-mi-oakland-sheriff-foia-extension.pdf): expected_by None != '2026-12-30'
- l11 (l11-al-adoc-records-denial.pdf): exemptions ['Ala. Code § 12-21-3.1(b)'] != ['Ala. Code § 36-12-40', 'Ala. Code §
  12-21-3.1(b)']
- l13 (l13-ms-mdoc-public-records-ack.txt): extension_days None != 7

After general fixes (an answer described by what it may be, Michigan's MCL 15.235(2) at length, before the day it
comes by: "With this extension, you will receive a response granting your request, denying it, or granting it in part
and denying it in part on or before December 30, 2026."; the days the office says it will require, as the law permits,
taken: "MDOC will require an additional seven working days to respond, as the statute permits."), 11 of 14: l09 and l13
right.

Then 12 of 14: l05's citation standing alone after its
reason with the same code's next section, "Public Officers Law § 87(2)(b); § 89(2)(b).", now gives § 87(2)(b) (§ 89(2)
is the definition it applies, no exemption); and its pages released named as a sum, "The incident report, the
supplementary reports, the reconstruction summary and the scene diagram and photograph log, 18 pages in all, are
released." above "Six pages are released in full.", now give 18 (the expected value checked against the letter: six in
full and twelve redacted).

Then (a section of a code named in words, read as California's, pin-cited in the state's own form in
the sentence after is one section, in that form: "Section 3754(b) of the Vehicle Code provides that in-depth accident
investigations and safety studies ... are confidential ... 75 Pa.C.S. § 3754(b)." is 75 Pa.C.S. § 3754(b)), 13 of 14:
l06 right.

Then (Alabama's section of access, whose second paragraph excepts records concerning security plans,
cited as what excepts the records is the ground: "Records concerning security plans, procedures and assessments are
excepted from public disclosure under Ala. Code § 36-12-40."; cited for the request or the right to inspect it stays
none), 14 of 14: l11 right.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.exemptions import one_form_per_section

SET = "heldout430"
# What the rules reached on this set when it was scored once, sealed (9); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# l13: the office says it will require the days the law lets it take, "as the statute permits": taken, not only
# permitted (Miss. Code Ann. § 25-61-5(1)(b)).
@pytest.mark.parametrize(("sentence", "days"), [
    ("MDOC will require an additional seven working days to respond, as the statute permits.", 7),
    ("The Department will require ten more business days to respond, as the law allows.", 10),
    ("We will require an additional 10 working days, as the statute permits.", 10),
    # ... not what the law permits under a condition, nor the law only named
    ("The law permits an additional seven working days if the Department will require more time.", None),
    ("The statute permits an agency to take seven more working days if a request will require more time.", None),
    ("Miss. Code Ann. § 25-61-5(1)(b) permits a public body to take an additional seven working days.", None),
])
def test_days_the_office_will_require_as_the_law_permits_are_taken(sentence: str, days: int | None) -> None:
    found = [e for e in events_in(sentence, "December 18, 2026") if e.kind is EventKind.EXTENSION]
    assert [e.extension_days for e in found] == ([days] if days else [])


# l09: the answer the requester will receive described by what it may be, Michigan's MCL 15.235(2) at length, before
# the day it comes by.
@pytest.mark.parametrize(("sentence", "day"), [
    ("With this extension, you will receive a response granting your request, denying it, or granting it in part and "
     "denying it in part on or before December 30, 2026.", dt.date(2026, 12, 30)),
    ("You will receive a determination granting or denying your request no later than January 6, 2027.",
     dt.date(2027, 1, 6)),
    ("The Department will respond to your request, granting it, denying it or granting it in part, by January 6, 2027.",
     dt.date(2027, 1, 6)),
    # ... not the requester's answer
    ("You will respond to the request, granting or denying access, by January 6, 2027.", None),
])
def test_an_answer_described_by_what_it_may_be_comes_by_its_day(sentence: str, day: dt.date | None) -> None:
    found = events_in(f"We received your request on December 7, 2026. {sentence}", "December 11, 2026")
    assert (found[0].kind, found[0].expected_by) == (EventKind.ACKNOWLEDGED, day)


@pytest.mark.parametrize(("citation", "expected"), [
    # l05: a citation alone after its reason, the same code's further section after a semicolon, its name not
    # repeated: "Public Officers Law § 87(2)(b); § 89(2)(b)." (the definition beside it is no exemption)
    ("Public Officers Law § 87(2)(b); § 89(2)(b).", ["Public Officers Law § 87(2)(b)"]),
    ("Public Officers Law § 87(2)(b), § 89(2)(b).", ["Public Officers Law § 87(2)(b)"]),
    ("Public Officers Law § 87(2)(b) and § 87(2)(g).",
     ["Public Officers Law § 87(2)(b)", "Public Officers Law § 87(2)(g)"]),
    # near misses: a number after the semicolon with no section sign, or a sentence going on after the citation
    ("Public Officers Law § 87(2)(b); 2026.", []),
    ("Public Officers Law § 87(2)(b); § 89(2)(b) applies to them as well.", []),
])
def test_a_citation_alone_with_the_same_codes_next_section(citation: str, expected: list[str]) -> None:
    reason = ("Your appeal is granted in part. Twelve pages are released with redactions. The dates of birth of the "
              "drivers have been redacted because their disclosure would constitute an unwarranted invasion of "
              "personal privacy.")
    assert exemptions_in(f"{reason} {citation}") == expected


@pytest.mark.parametrize(("released", "pages"), [
    # l05: the pages an appeal decision releases named as a sum, then how many of them in full: the sum is released
    ("The reports and the diagram, 18 pages in all, are released. Six pages are released in full.", 18),
    ("The reports, 18 pages in total, are released to you. Six pages are released in full.", 18),
    ("The reports and logs, a total of 18 pages, are released. Six pages are released in full.", 18),
    ("The reports, 18 pages altogether, are released. Six pages are released in full.", 18),
    # near misses: no sum named (the pages in full alone), or a sum smaller than the pages in full
    ("The reports are released. Six pages are released in full.", 6),
    ("The reports, 4 pages in all, are released. Six pages are released in full.", 6),
])
def test_appeal_releases_pages_named_as_a_sum(released: str, pages: int) -> None:
    found = events_in(f"Your appeal is granted in part and denied in part. {released} The witness statements, 9 "
                      f"pages, remain withheld.")
    assert [e.pages_released for e in found] == [pages]


@pytest.mark.parametrize(("body", "expected"), [
    # l06: a section of a code named in words, pin-cited in the state's own form in the sentence after
    ("Your request is denied. Section 3754(b) of the Vehicle Code provides that in-depth accident investigations and "
     "safety studies are confidential and may not be disclosed to the public. 75 Pa.C.S. § 3754(b). In addition, the "
     "file is exempt from disclosure under Section 708(b)(17) of the RTKL. 65 P.S. § 67.708(b)(17).",
     ["75 Pa.C.S. § 3754(b)", "65 P.S. § 67.708(b)(17)"]),
    # ... the same in one sentence, after a comma
    ("Your request is denied. The reports are confidential under Section 6114 of the Vehicle Code, 75 Pa.C.S. § 6114.",
     ["75 Pa.C.S. § 6114"]),
    # ... the state's form first, the words after it
    ("Your request is denied. The studies are confidential under 75 Pa.C.S. § 3754(b) (Section 3754(b) of the Vehicle "
     "Code).", ["75 Pa.C.S. § 3754(b)"]),
    # near misses: California's codes in their own words, two sections of different numbers
    ("Your request is denied. The records are confidential under Vehicle Code section 1808.21 and exempt under Gov. "
     "Code § 7927.705.", ["Vehicle Code § 1808.21", "Government Code § 7927.705"]),
    ("Your request is denied. The studies are confidential under Section 3754(b) of the Vehicle Code. The crash "
     "reports are confidential under 75 Pa.C.S. § 3751(b).", ["Vehicle Code § 3754(b)", "75 Pa.C.S. § 3751(b)"]),
])
def test_a_section_named_in_words_and_cited_in_the_states_form_is_one(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("codes", "expected"), [
    (["Vehicle Code § 3754(b)", "75 Pa.C.S. § 3754(b)", "65 P.S. § 67.708(b)(17)"],
     ["75 Pa.C.S. § 3754(b)", "65 P.S. § 67.708(b)(17)"]),
    (["65 P.S. § 67.708(b)(17)", "Vehicle Code § 6114", "75 Pa.C.S. § 6114"],
     ["65 P.S. § 67.708(b)(17)", "75 Pa.C.S. § 6114"]),
    (["Penal Code § 9106", "18 Pa.C.S. § 9106"], ["18 Pa.C.S. § 9106"]),
    # near misses: a subsection of its own, two California codes, a federal statute, nothing to pair
    (["Vehicle Code § 3754(b)", "75 Pa.C.S. § 3754(b)(1)"], ["Vehicle Code § 3754(b)", "75 Pa.C.S. § 3754(b)(1)"]),
    (["Vehicle Code § 1808.21", "Government Code § 1808.21"], ["Vehicle Code § 1808.21", "Government Code § 1808.21"]),
    (["Vehicle Code § 2721", "18 U.S.C. § 2721"], ["Vehicle Code § 2721", "18 U.S.C. § 2721"]),
    (["Vehicle Code § 1808.21"], ["Vehicle Code § 1808.21"]),
])
def test_one_form_per_section(codes: list[str], expected: list[str]) -> None:
    assert one_form_per_section(codes) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # l11: Alabama's section of access, whose second paragraph excepts security records, cited as what excepts them
    ("The Department has reviewed your public records request under Ala. Code § 36-12-40 for the incident reports. "
     "Your request is denied. Records concerning security plans, procedures and assessments are excepted from public "
     "disclosure under Ala. Code § 36-12-40. Records of a pending criminal investigation are exempt from disclosure "
     "under Ala. Code § 12-21-3.1(b).", ["Ala. Code § 36-12-40", "Ala. Code § 12-21-3.1(b)"]),
    ("Your request is denied. The Department is withholding the facility's security assessments under Code of Alabama "
     "1975, § 36-12-40, because their disclosure would be detrimental to public safety.", ["Ala. Code § 36-12-40"]),
    ("Your request is denied. The camera placement diagrams are protected from disclosure by Ala. Code § 36-12-40.",
     ["Ala. Code § 36-12-40"]),
    # near misses: the section cited for the request or the right of access, the ground another section
    ("Your request under Ala. Code § 36-12-40 is denied. The records are exempt from disclosure under Ala. Code § "
     "12-21-3.1(b).", ["Ala. Code § 12-21-3.1(b)"]),
    ("Although the Open Records Act, Ala. Code § 36-12-40, provides that every citizen has a right to inspect public "
     "writings, the investigative reports are exempt from disclosure under Ala. Code § 12-21-3.1(b). Your request is "
     "denied.", ["Ala. Code § 12-21-3.1(b)"]),
    ("Your request is denied. Every citizen has a right to inspect public writings under Ala. Code § 36-12-40, but "
     "the records are withheld under Ala. Code § 12-21-3.1(b).", ["Ala. Code § 12-21-3.1(b)"]),
])
def test_alabamas_section_of_access_cited_as_what_excepts_security_records(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected

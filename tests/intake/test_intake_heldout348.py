"""The three-hundred-and-forty-eighth held-out set: 14 letters (letters/heldout348) from state offices of fourteen
states, each writing under its own law and in that law's vocabulary, in the formats they really send: an Illinois
State Police FOIA response releasing records with redactions under 5 ILCS 140/7(1)(b), (c) and (d)(iv) and withholding
a tactical plan under 7(1)(d)(vi) and 7(1)(v), with the review by the Public Access Counselor; a Pennsylvania Office
of Open Records final determination (PDF, its own docket only) granting in part and denying in part an appeal from the
Department of Human Services under 65 P.S. § 67.708(b)(17); an Ocean County Prosecutor's Office OPRA denial by e-mail
(criminal investigatory records, N.J.S.A. 47:1A-1.1, and an investigation in progress, N.J.S.A. 47:1A-3(a), the
common law right of access balanced, the Government Records Council); a Washington State Patrol five-day letter under
RCW 42.56.520 with its estimate of the day of response; a California Department of Justice e-mail with its notice
(PDF) extending the time by 14 days under Gov. Code § 7922.535(b); a Wisconsin Department of Justice response in Word
with a table of records, the balancing test and Wis. Stat. § 19.36(10)(a) and (8)(b); a Minnesota Bureau of Criminal
Apprehension denial of active criminal investigative data under Minn. Stat. § 13.82, subd. 7 and § 13.825; a Louisiana
State Police e-mail with a cost estimate in Word under La. R.S. 44:32; an Arizona Department of Public Safety letter
finding no records; a Tennessee Bureau of Investigation denial (PDF) under Tenn. Code Ann. § 10-7-504(a)(2)(A) and 28
C.F.R. § 20.33; a Kentucky Cabinet for Health and Family Services e-mail delaying under KRS 61.872(5) to the earliest
day the records will be available; a Massachusetts State Police Records Access Officer's fee estimate (PDF) under G.
L. c. 66, § 10(d); a New York DOCCS FOIL response releasing records in part under Public Officers Law § 87(2)(b) and
(f) and denying an unusual incident report under § 87(2)(g) and (f); and a Michigan Department of Health and Human
Services FOIA appeal decision in Word upholding a denial under MCL 15.243(1)(d) and the Child Protection Law, MCL
722.627. Written blind and committed before the rules were run on them.

- z01-il-isp-foia-partial.txt: ISP partial response, 63 pages released with redactions, 9 pages withheld.
- z02-pa-oor-final-determination.pdf: OOR AP 2026-2871, complaint files exempt, inspection summaries to be provided
  (granted in part and denied in part).
- z03-nj-ocpo-opra-denial.eml: Ocean County Prosecutor's Office denial of a police-shooting file under OPRA.
- z04-wa-wsp-five-day.txt: WSP five-day letter, received November 17, response on or before January 15, 2027.
- z05-ca-doj-cpra-extension.eml: California DOJ notice (attached PDF), received November 16, extended 14 days to
  December 10.
- z06-wi-doj-public-records-partial.docx: Wisconsin DOJ, 198 pages released (some redacted), 14 pages withheld.
- z07-mn-bca-data-request-denial.txt: BCA denial of active criminal investigative data.
- z08-la-lsp-public-records-estimate.eml: Louisiana State Police cost estimate (attached Word), $186.50.
- z09-az-dps-no-records.txt: Arizona DPS, no responsive records.
- z10-tn-tbi-records-denial.pdf: TBI denial of an investigative file.
- z11-ky-chfs-open-records-delay.eml: Kentucky CHFS delay under KRS 61.872(5), received November 17, records by
  December 18.
- z12-ma-msp-fee-estimate.pdf: Massachusetts State Police, received November 16, estimate $400.00.
- z13-ny-doccs-foil-partial.txt: NYS DOCCS, 27 pages released with redactions, a 6-page report denied.
- z14-mi-mdhhs-foia-appeal-decision.docx: MDHHS appeal 2026-APP-0318, denial upheld.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- z01 Illinois State Police: 5 ILCS 140/7 and 9.5 (the Public Access Counselor paragraph every Illinois denial
  carries), and the PAC determinations of earlier sets; the statute's text of 7(1)(d)(iv), (d)(vi) and (v).
- z02 Pennsylvania OOR final determination: the OOR's final determinations ("FINAL DETERMINATION ... Docket No.: AP",
  "the appeal is granted in part and denied in part", the thirty-day appeal to the Commonwealth Court),
  https://lawsdocbox.com/amp/76784313-Legal_Issues/Final-determination-introduction-amanda-st-hilaire-a-reporter-for-abc27-news-collectively-the-requester-submitted.html
  , and the Commonwealth Court on OOR determinations under Section 708(b)(17),
  https://cetient.com/case/5136434/technology-and-entrepreneurial-ventures-law-group-pc-v-psp-oor and
  https://cetient.com/case/5141577/c-picarella-jr-v-doc-oor
- z03 Ocean County Prosecutor's Office OPRA denial: the OPRA request form's denial grounds and GRC paragraph,
  https://main.govpilot.com/web/public/6384fd83-022_Open-Records-Request-Borough-of-Leonia?id=1&pu=1&ust=NJ , and North
  Jersey Media Group v. Township of Lyndhurst on criminal investigatory records and investigations in progress,
  https://app.midpage.ai/case/north-jersey-media-group-inc-2807380
- z04 Washington State Patrol five-day letter: RCW 42.56.520 (acknowledge and give a reasonable estimate of the time;
  additional time to locate and assemble, notify third persons, determine exemptions),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520 , and the agencies'
  rules on the five-day response, https://lawfilesext.leg.wa.gov/Law/WAC/WAC%20110%20%20TITLE/WAC%20110%20-%2001%20%20CHAPTER/WAC%20110%20-%2001%20-0200.htm
- z05 California DOJ extension: Gov. Code § 7922.535 (the notice of unusual circumstances and the date a determination
  is expected to be dispatched), https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535
  , and CDCR's manual on the extension notice,
  https://www.cdcr.ca.gov/operations-manual/dom/chapter-1-general-administration/article-16-public-records/13040-18-1-extension-of-time-limits/
- z06 Wisconsin DOJ response: the Department's Public Records Law Compliance Outline (the presumption of access, the
  balancing test, the mandamus and review paragraph of § 19.35(4)(b)),
  https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39 , and the
  annotations to § 19.35 (Hempel, Linzmeyer, informant identity),
  https://docs-preview.legis.wisconsin.gov/statutes/statutes/19/ii/35/7/c/_79?up=1
- z07 Minnesota BCA denial: the Data Practices Office on law enforcement data and active investigations,
  https://mn.gov/admin/data-practices/data/types/lawenforcement/leoverview/ and http://www.ipad.state.mn.us/docs/le.html
  , and a Commissioner's opinion on § 13.82, subd. 7,
  https://mn.gov/admin/data-practices/opinions/library/?id=36-266412
- z08 Louisiana State Police estimate: La. R.S. 44:32 (fees, separating nonpublic material),
  https://legis.la.gov/legis/Law.aspx?d=99691 , and La. R.S. 44:33,
  https://lawserver.com/law/state/louisiana/la-laws/louisiana_revised_statutes_44-33
- z09 Arizona DPS no records: A.R.S. § 39-121 et seq. and § 39-121.02 (special action), as in the Arizona letters of
  earlier sets.
- z10 TBI denial: Tenn. Code Ann. § 10-7-504(a)(2)(A) and the Bureau's rule on production of its records,
  https://print.casetext.com/regulation/tennessee-administrative-code/title-1395-tn-bureau-of-investigation/chapter-1395-01-06-tennessee-bureau-of-investigation-policy-regarding-production-of-documents-and-testimony/section-1395-01-06-02-purpose
  , and a TBI reply on MuckRock, https://www.muckrock.com/foi/tennessee-155/tennessee-bureau-of-investigation-suspicious-activity-reports-6289/
- z11 Kentucky CHFS delay: KRS 61.872(5) ("a detailed explanation of the cause is given for further delay and the
  place, time, and earliest date"), https://cforigin.kyopengov.org/law/ag/2022/22-ord-238 and
  https://kyopengov.org/blog/readers-courier-journal-article-about-decision-senate-majority-erect-wall
- z12 Massachusetts State Police fee estimate: the Supervisor of Records on fees and petitions under G. L. c. 66, §
  10(c) and (d), https://www.sec.state.ma.us/pre/prepetitions/petitionsidx.htm , and 950 CMR 32.07,
  https://casetext.com/regulation/code-of-massachusetts-regulations/department-950-cmr-office-of-the-secretary-of-the-commonwealth/title-950-cmr-3200-public-records-access/section-3207-copies-of-records-fees
- z13 NYS DOCCS FOIL response: Public Officers Law § 87(2) and § 89(4)(a) (the appeal within 30 days) as in the
  DOCCS and New York letters of earlier sets.
- z14 MDHHS FOIA appeal decision: MCL 15.240 (the head of the public body upholds the denial; the Court of Claims within
  180 days), https://www.michiganlegalcenter.com/mcl-%C2%A7-15-240-civil-action-for-noncompliance/ and
  https://casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15240-options-by-requesting-person-appeal-actions-by-public-body-receipt-of-written-appeal-judicial-review-civil-action-venue-de-novo-proceeding-burden-of-proof-private-view-of-public-record-contempt-assignment-of-action-or-appeal-for-hearing-trial-or-argument-attorneys-fees-costs-and-disbursements-assessment-of-award-damages
Blind score (written before the rules were run on it): 8 of 14 fully right, and all 14 matched to their requests
(the Pennsylvania Office of Open Records' determination by its own docket). Wrong were:
- z03 (z03-nj-ocpo-opra-denial.eml): exemptions missing "N.J.S.A. 47:1A-1.1", the ground cited as the law's
  definition: "The responsive investigation reports and witness statements are criminal investigatory records, which
  are exempt from disclosure under OPRA. N.J.S.A. 47:1A-1.1 defines a \"criminal investigatory record\" as \"a record
  which is not required by law to be made, maintained or kept on file ...\"".
- z04 (z04-wa-wsp-five-day.txt): a final determination, partial grant, instead of the acknowledgement (received
  November 17, expected by January 15, 2027): the outcome from "Records responsive to your request may be located in
  more than one division of the WSP, and video recordings must be reviewed and redacted before they can be
  released.", the kind from "Electronic records provided through the Public Records Center portal are provided
  without charge when the total cost is less than $2.00."; "The Washington State Patrol (WSP) received your public
  records request on November 17, 2026." and "we anticipate providing a response to your request on or before
  January 15, 2027" not read.
- z07 (z07-mn-bca-data-request-denial.txt): exemptions include "Minn. Stat. § 13.82, subd. 17" from what will stay
  not public later: "When the investigation becomes inactive, ... most of the data will become public, except for
  data that are otherwise classified as not public, such as the identities of certain victims and witnesses protected
  under Minn. Stat. § 13.82, subd. 17."; and miss "Minn. Stat. § 13.825, subd. 2(a)(4)" from "Portable recording
  system data that are criminal investigative data are governed by the same classification. Minn. Stat. § 13.825,
  subd. 2(a)(4)."
- z08 (z08-la-lsp-public-records-estimate.eml): an acknowledgement beside the fee estimate, from "The Louisiana State
  Police (LSP) is in receipt of your public records request made pursuant to the Louisiana Public Records Law, La.
  R.S. 44:1 et seq., for ..." (no day of receipt).
- z11 (z11-ky-chfs-open-records-delay.eml): the delay under KRS 61.872(5) not read as an extension: "However, KRS
  61.872(5) provides that if the public record is in active use, in storage or not otherwise available, ..." and "The
  records you have requested are not otherwise available within five days."
- z14 (z14-mi-mdhhs-foia-appeal-decision.docx): exemptions "MCL 722.627(1)" for the "MCL 722.627" cited first ("the
  records are confidential under Section 7 of the Child Protection Law, MCL 722.627"), and "MCL 722.627d" from
  information the Department publishes: "information about a child's death or serious injury that is released under
  section 7d of the Child Protection Law, MCL 722.627d, is posted on the Department's website".

After general fixes (the law that defines the kind of record the sentence before withholds, "N.J.S.A. 47:1A-1.1
defines a \"criminal investigatory record\" as ...", is its ground; what will stay closed "When the investigation
becomes inactive" is no ground, and the law cited alone after data "governed by the same classification" as a
withholding is one; a pin cite after the law described by its own numbering, "Section 7(1) of the Child Protection Law
provides that ... MCL 722.627(1).", gives way to the section applied bare elsewhere, and a law information "is released
under section 7d of the Child Protection Law, MCL 722.627d" is no ground; records "not otherwise available" put off to a
day are a delay; what copies "provided through the Public Records Center portal" cost, said in general, is no
release), 13 of 14.
Its expected value for z08 was then corrected, in a commit of its own, to the earlier sets' convention (an estimate
that says the office "is in receipt of" the request acknowledges it, without the day: heldout11 q41 "The Florida
Department of Law Enforcement is in receipt of your public records request ...", heldout13 s12, heldout203 x09), 14 of
14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, exemptions_in, set_tests

SET = "heldout348"
# What the rules reached on this set when it was scored once, blind (8), and after the fixes; it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "expected"), [
    # The law defining the kind of record withheld, cited in the sentence after the one that withholds it.
    ("Please be advised that your request is denied. The responsive investigation reports are criminal investigatory "
     "records, which are exempt from disclosure under OPRA. N.J.S.A. 47:1A-1.1 defines a \"criminal investigatory "
     "record\" as \"a record which is not required by law to be made, maintained or kept on file that is held by a law "
     "enforcement agency which pertains to any criminal investigation.\"", ["N.J.S.A. 47:1A-1.1"]),
    ("Your request is denied. The dispatch recordings you seek are criminal investigatory records and are therefore "
     "exempt from disclosure. OPRA, at N.J.S.A. 47:1A-1.1, defines \"criminal investigatory records\" as records "
     "which are not required by law to be made, maintained or kept on file.", ["N.J.S.A. 47:1A-1.1"]),
    # The near miss: the law defining what the letter releases withholds nothing.
    ("Enclosed are the responsive records, which are government records and are provided in full. N.J.S.A. "
     "47:1A-1.1 defines a \"government record\" as any paper, written or printed book, document or drawing.", []),
])
def test_the_law_defining_the_kind_of_record_withheld_is_its_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


_ACTIVE = ("Your request is denied. Under Minn. Stat. § 13.82, subd. 7, criminal investigative data are confidential "
           "or protected nonpublic while the investigation is active. ")


@pytest.mark.parametrize(("body", "expected"), [
    # What will stay closed once the investigation ends is no ground of this answer.
    (_ACTIVE + "When the investigation becomes inactive, as defined in Minn. Stat. § 13.82, subd. 7, most of the data "
     "will become public, except for data that are otherwise classified as not public, such as the identities of "
     "certain victims and witnesses protected under Minn. Stat. § 13.82, subd. 17.", ["Minn. Stat. § 13.82, subd. 7"]),
    ("Your request is denied under RCW 42.56.240(1). Once the case is closed, the file will be released with the "
     "names of witnesses redacted under RCW 42.56.240(2).", ["RCW 42.56.240(1)"]),
    # The near miss: a redaction made when the investigation ended.
    ("Enclosed are 40 pages. When the investigation became inactive, the names of witnesses were redacted under RCW "
     "42.56.240(2).", ["RCW 42.56.240(2)"]),
])
def test_what_will_stay_closed_when_the_investigation_ends_is_no_ground(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # Data given the classification of the withholding before, the law cited alone after.
    (_ACTIVE + "Portable recording system data that are criminal investigative data are governed by the same "
     "classification. Minn. Stat. § 13.825, subd. 2(a)(4).",
     ["Minn. Stat. § 13.82, subd. 7", "Minn. Stat. § 13.825, subd. 2(a)(4)"]),
    (_ACTIVE + "Audio recordings of 911 calls made during the incident have the same classification. Minn. Stat. § "
     "13.82, subd. 4.", ["Minn. Stat. § 13.82, subd. 7", "Minn. Stat. § 13.82, subd. 4"]),
    # The near miss: the classification shared is public, nothing withheld before it.
    ("Enclosed are the arrest data, which are public under Minn. Stat. § 13.82, subd. 2. Booking photographs have the "
     "same classification. Minn. Stat. § 13.82, subd. 26.", []),
])
def test_the_law_giving_data_the_same_classification_as_a_withholding(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The pin cite after the sentence that tells what the section provides, the section named there by the act's own
    # numbering and applied bare elsewhere: the bare section is the ground.
    ("The records are confidential under Section 7 of the Child Protection Law, MCL 722.627, and are exempt under MCL "
     "15.243(1)(d). Section 7(1) of the Child Protection Law provides that a written report filed with the Department "
     "is a confidential record available only to the persons specified in section 7(2). MCL 722.627(1). Because the "
     "records are exempt in their entirety under MCL 15.243(1)(d) and MCL 722.627, the denial is upheld.",
     ["MCL 722.627", "MCL 15.243(1)(d)"]),
    ("The Department withholds the offense report under section 552.108 of the Government Code. Section 108 of the "
     "Act provides that information held by a law enforcement agency that deals with the detection, investigation, "
     "or prosecution of crime is excepted from disclosure. Gov't Code § 552.108(a)(1).", ["Gov't Code § 552.108"]),
    # The near miss: the bare section named elsewhere for no withholding; the pin cite stays the ground.
    ("Your request is denied. Under MCL 722.627, the Department maintains a central registry of reports. Section 7(1) "
     "of the Child Protection Law provides that a written report is a confidential record available only to the "
     "persons specified in section 7(2). MCL 722.627(1).", ["MCL 722.627(1)"]),
])
def test_a_pin_cite_after_the_law_described_by_its_own_numbering(body: str, expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # The law under which information is released, named first by its number in the act, is no ground.
    ("Your request is denied. Information about a child fatality that is released under section 7d of the Child "
     "Protection Law, MCL 722.627d, is posted on the Department website. The report is confidential under MCL "
     "722.627.", ["MCL 722.627"]),
    ("Enclosed are 12 pages. Arrest data, which are public under section 13.82 of the Data Practices Act, Minn. Stat. "
     "§ 13.82, subd. 2, are included. Names of juvenile witnesses have been redacted under Minn. Stat. § 13.82, subd. "
     "17.", ["Minn. Stat. § 13.82, subd. 17"]),
    # The near miss: the law named the same way that makes the record confidential.
    ("Your request is denied. The report is confidential under section 7 of the Child Protection Law, MCL 722.627.",
     ["MCL 722.627"]),
])
def test_the_law_information_is_released_under_named_by_its_section_is_no_ground(body: str,
                                                                                  expected: list[str]) -> None:
    assert exemptions_in(body) == expected


@pytest.mark.parametrize(("body", "kinds"), [
    # Records "not otherwise available" (the last of KRS 61.872(5)'s three words) put off to a day: a delay.
    ("The Cabinet received your request on November 17, 2026. The records you have requested are not otherwise "
     "available within five days. They are maintained at two regional offices and must be retrieved. For these "
     "reasons, the Cabinet anticipates that the records will be available no later than December 18, 2026.",
     ["acknowledged", "extension"]),
    ("Your request was received on November 17, 2026. The records that you requested are not otherwise available, as "
     "they are kept at the Hardin County office. The records will be available no later than December 18, 2026.",
     ["acknowledged", "extension"]),
    # The near miss: Missouri's three-day answer gives the day as its first answer, no delay.
    ("Your request was received on November 17, 2026. Pursuant to Section 610.023.3, RSMo, the records you requested "
     "are not otherwise available. The records will be available on or before December 18, 2026.", ["acknowledged"]),
])
def test_records_not_otherwise_available_put_off_to_a_day_are_a_delay(body: str, kinds: list[str]) -> None:
    events = events_in(body, "November 19, 2026")
    assert [event.kind.value for event in events] == kinds
    assert all(str(event.expected_by) == "2026-12-18" for event in events)


_FIVE_DAY = ("We received your public records request on November 17, 2026. We anticipate providing a response to your "
             "request on or before January 15, 2027. ")


@pytest.mark.parametrize(("sentence", "kinds"), [
    # What copies by the office's portal cost, said in general, is no release.
    ("Electronic records provided through the Public Records Center portal are provided without charge when the total "
     "cost is less than $2.00.", [("acknowledged", None)]),
    ("Records sent via the GovQA portal are provided at no cost.", [("acknowledged", None)]),
    # The near miss: those records, provided.
    ("The records provided through the portal are provided without charge.", [("final_determination", "full_grant")]),
])
def test_what_copies_by_the_portal_cost_in_general_is_no_release(sentence: str,
                                                                  kinds: list[tuple[str, str | None]]) -> None:
    events = events_in(_FIVE_DAY + sentence, "November 20, 2026")
    assert [(event.kind.value, event.outcome.value if event.outcome else None) for event in events] == kinds

"""The two-hundred-and-second held-out set: 14 letters (letters/heldout202) from midwestern and plains state
agencies, cities, sheriffs and review bodies, written after the rules had been read (while fixing set 194), so its
score is not a blind one: a Chicago Police Department FOIA denial e-mail under 5 ILCS 140/7(1)(d)(i) and 7(1)(n) with
the Public Access Counselor paragraph; a Cook County Sheriff's Office copy fee under 5 ILCS 140/6(b) (the first 50
pages free); an Ohio Department of Rehabilitation and Correction acknowledgement in Word (the request number and date
received in a table); a City of Lansing notice of denial (PDF) under MCL 15.243(1)(b)(i) and (iii) with the appeal
and court paragraphs of MCL 15.235; a Michigan Department of Health and Human Services notice extending the time to
decide an appeal under MCL 15.240(2)(d); a Milwaukee Police Department acknowledgement e-mail; an Ohio State Highway
Patrol release in full; a Minnesota Department of Public Safety cost notice under Minnesota Statutes, section 13.03,
subdivision 3(c); an advisory opinion of the Minnesota Commissioner of Administration (PDF) finding that a city did
not comply with chapter 13; an Iowa Public Information Board e-mail dismissing a formal complaint; a St. Louis
Metropolitan Police Department Sunshine Law response in Word with a table of records open and closed; a Johnson
County (Kansas) Sheriff's Office KORA letter (PDF attached to an e-mail) giving the earliest time and date the records
will be available and a fee estimate; a South Dakota Division of Criminal Investigation denial (PDF) under SDCL
1-27-1.5(5); and an Indiana Department of Child Services APRA denial of child abuse records. Committed before the
rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- f01 Chicago PD denial: the Illinois denial paragraph ("The undersigned is the person responsible for this denial";
  review by the Public Access Counselor), http://www.geneva.il.us/pd/deniedfoia.html, and the CPD's denials for
  pending investigations as reported in https://southsideweekly.com/cpd-routinely-denies-foia-requests-for-dubious-reasons/
- f02 Cook County Sheriff fee: 5 ILCS 140/6(b) as public bodies state it ("No fees shall be charged for the first 50
  pages of black and white, letter- or legal-sized copies ... 15 cents per page"), https://isp.illinois.gov/Foia/FAQ
  and http://villageoflombard.org/475/Freedom-of-Information-Request---Police
- f03 ODRC acknowledgement: R.C. 149.43(B)(1) ("within a reasonable period of time") as the Court of Claims explains
  it, https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/, and an Ohio
  records policy (each redaction explained with legal authority),
  https://codelibrary.amlegal.com/codes/troyoh/latest/troy_oh/0-0-0-24231
- f04 Lansing notice of denial: MCL 15.235(4) and (5) (the right to appeal to the head of the public body or to seek
  judicial review, attorneys' fees and $1,000 punitive damages),
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-235-requests-to-inspect-or-receive-copies-response-requirements/
  and http://www.steveharrypublicpolicy.com/essaysLTE/Essay20210612.html (Lansing's appeals to the Mayor)
- f05 MDHHS appeal extension: MCL 15.240(2)(d) and a public body's appeal response form ("We are extending the date
  to respond to your FOIA ... appeal for no more than 10 business days"),
  https://fill.io/Southwestern-Michigan-Colleges-FOIA-Appeal-FormTo-Appeal-a
- f06 Milwaukee PD acknowledgement: the Wisconsin DOJ compliance outline ("as soon as practicable and without
  delay"; locating costs of $50 or more), https://studylib.net/doc/11852951/wisconsin-public-records-law-wis.-stat.-%C2%A7%C2%A7-19.31-19.39
- f07 Ohio State Highway Patrol release: https://ohiocourtofclaims.gov/public-records/ and R.C. 149.43(B)(1)
- f08 Minnesota DPS cost notice: the data practices copy-cost notices of Minnesota entities ("These charges are
  authorized under Minnesota Statutes, section 13.03, subdivision 3(c)", actual cost of searching and retrieving),
  https://ci.stcloud.mn.us/FormCenter/Mayors-Office-12/Request-for-Information-Form-2023-176 and
  https://www.co.goodhue.mn.us/1458/Data-Practices
- f09 Commissioner of Administration advisory opinion: the Commissioner's opinions ("This is an opinion of the
  Commissioner of Administration issued under Minnesota Statutes, section 13.072 ... It is based on the facts and
  information available"), https://mn.gov/admin/rest/rss/Opinions?detailPage=%2Fadmin%2Fdata-practices%2Fopinions%2Flibrary%2Findex.jsp&id=36
  and http://www.ipad.state.mn.us/docs/opreqdp.html
- f10 Iowa Public Information Board dismissal: Iowa Code chapters 22 and 23 as the Board publishes them,
  https://ipib.iowa.gov/iowa-public-information-board-code/chapter-22-examination-public-records-open-records and
  https://ipib.iowa.gov/public-records/chapter-22-frequently-asked-questions-0
- f11 St. Louis Metropolitan PD response: the Attorney General's Sunshine Law booklet and guides (incident reports
  open, investigative reports closed while active, 610.100), https://pdfslide.us/documents/missouri-sunshine-law.html
  and https://www.dmlp.org/legal-guide/access-public-records-missouri
- f12 Johnson County Sheriff KORA letter: K.S.A. 45-218(d) ("a detailed explanation of the cause for further delay
  and the place and earliest time and date that the record will be available") and a Kansas agency's fee notice
  (staff time, payment before the records are gathered), https://lawserver.com/law/state/kansas/ks-statutes/kansas_statutes_45-218
  and https://docsbay.net/doc/757673/obtaining-copies-of-or-access-to-public-records
- f13 South Dakota DCI denial: SDCL 1-27-37 (a denial "accompanied by a written statement of the reasons") and the
  review by the Office of Hearing Examiners, https://instalawyer.io/laws/south-dakota-codified-laws/section-1-27-37-written-request
  and https://www.rcfp.org/open-government-guide/south-dakota/
- f14 Indiana DCS denial: IC 5-14-3-4(a)(1) (records declared confidential by state statute) and the APRA's complaint
  to the Public Access Counselor, https://www.hspa.com/2011/12/12/qa-records-request-response-time/ and
  https://indianacog.org/?p=20

Score as first run (not blind: written after reading the rules): 6 of 14 fully right, and 14 of 14 matched to its
request by its number. Wrong were:
- f01 (Chicago PD denial e-mail): tracking number 2026-0004471 before P924417, from the records asked for, "for Log
  No. 2026-0004471." inside the quotation of the request (the request's own number is in the subject line only).
- f05 (MDHHS appeal extension): no expected date from "You will receive a decision on your appeal on or before
  December 29, 2026." beside "MDHHS is therefore extending the time to respond to your appeal by 10 business days."
- f06 (Milwaukee PD acknowledgement e-mail): an extension from "Requests that involve video recordings must be
  reviewed and redacted before release, which can take additional time." (what such requests generally take) and a
  fee estimate of $50.00 from "You will be notified if the cost of locating the records is $50.00 or more, or if the
  cost of reproduction is expected to exceed $5.00, so that you may decide whether to proceed." (a threshold).
- f09 (Minnesota Commissioner's advisory opinion, PDF): a final determination "withdrawn" instead of an appeal
  decision granting in full, from "The City informed the Commissioner that the Director withdrew his grievance on
  September 2, 2026."; no appeal number from "Advisory Opinion 26-019"; "Minn. Stat. § 13.43, subd. 4" from the
  City's denial the opinion rejects.
- f10 (Iowa Public Information Board dismissal e-mail): granted in full ("reversed") instead of denied, from "Your
  complaint alleged that the Department improperly withheld the internal affairs file." (the complaint's allegation),
  and "Iowa Code § 22.7(11)" missed from "the Board found that the file was properly withheld as a confidential
  personnel record under Iowa Code section 22.7(11)".
- f11 (St. Louis Metropolitan PD response, Word): "RSMo § 610.100.1(3)" taken as an exemption from "because the
  investigation is active and has not become inactive within the meaning of Section 610.100.1(3) RSMo" (a
  definition), and no pages from the table "Incident report, CN 26-054417 | 3 | Open record; provided with
  redactions" and "Investigative (supplemental) reports | 22 | Closed record; withheld".
- f13 (South Dakota DCI denial, PDF): "SDCL 23-5-11" missed from "the file contains criminal history information, the
  dissemination of which is restricted by SDCL 23-5-11."
- f14 (Indiana DCS denial): "IC 31-33-18-1" missed from "Reports of child abuse or neglect ... are confidential under
  Ind. Code § 31-33-18-1, and may be disclosed only to the persons and entities listed in Ind. Code § 31-33-18-2."
After general fixes (Indiana's other titles, "Ind. Code § 31-33-18-1", are cited as its code; a law that defines a
word ("within the meaning of", "as that term is defined in") or names who may see records ("disclosed only to the
persons ... listed in") is no exemption, nor one said after it to require disclosure ("requires to be made public",
"makes the incident report public"); a law that restricts dissemination or access ("the dissemination of which is
restricted by") withholds; an amount "or more" is a threshold; what requests of a kind "can take" or "often require"
is no extension; what a complaint alleged ("alleged that the Department improperly withheld") is no finding, and a
review body that "voted to dismiss the complaint" leaves the denial standing; the answer the requester "will receive
... on or before" a day is the expected date; a number inside the quotation of the records asked for is theirs, not
the request's; a table's status cell that classifies a record and then says what was done with it ("Open record;
provided with redactions") is read by what was done; the Minnesota Commissioner of Administration's advisory opinion
("Advisory Opinion 26-019", "This is an opinion of the Commissioner") is a review body's decision, and "the
Commissioner's opinion on the issue raised is: The City ... did not comply with" finds against the city), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout202"
# What the rules reach on this set now (first run, not blind: 6); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Reports of child abuse or neglect are confidential under Ind. Code § 31-33-18-1.", ["IC 31-33-18-1"]),
    ("The adoption file is confidential under IC 31-19-19-1 and is withheld.", ["IC 31-19-19-1"]),
    ("Records declared confidential by state statute may not be disclosed under Ind. Code § 5-14-3-4(a)(1).",
     ["IC 5-14-3-4(a)(1)"]),
    # The near miss: the Public Access Counselor's chapter is no exemption.
    ("The records are withheld; you may file a formal complaint with the Public Access Counselor under Ind. Code "
     "§ 5-14-5.", []),
])
def test_indianas_other_titles_are_cited_as_its_code(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The investigative reports are closed records pursuant to Section 610.100.2 RSMo, because the investigation has "
     "not become inactive within the meaning of Section 610.100.1(3) RSMo.", ["RSMo § 610.100.2"]),
    ("The records are confidential under Ind. Code § 31-33-18-1, and may be disclosed only to the persons and "
     "entities listed in Ind. Code § 31-33-18-2.", ["IC 31-33-18-1"]),
    ("The file is withheld under K.S.A. 45-221(a)(10) as criminal investigation records, as that term is defined in "
     "K.S.A. 45-217(c).", ["K.S.A. 45-221(a)(10)"]),
    # The near miss: a record withheld under the law that names it.
    ("The trade secrets are withheld under R.C. 1333.61(D), which defines them.", ["R.C. 1333.61(D)"]),
])
def test_a_law_defining_a_word_or_naming_who_may_see_records_is_no_exemption(sentence: str,
                                                                            expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("In addition, the file contains criminal history information, the dissemination of which is restricted by SDCL "
     "23-5-11.", ["SDCL 23-5-11"]),
    ("Access to the juvenile records is limited by Wis. Stat. § 938.396(1)(a).", ["Wis. Stat. § 938.396(1)(a)"]),
    ("The release of autopsy photographs is restricted under R.C. 313.10.", ["R.C. 313.10"]),
    # The near miss: a restriction said not to apply.
    ("The report is a public record; its release is not restricted by R.C. 313.10.", []),
])
def test_a_law_restricting_dissemination_withholds(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "kinds"), [
    ("We received your public records request on November 25, 2026. You will be notified if the cost of locating the "
     "records is $50.00 or more, so that you may decide whether to proceed.", [EventKind.ACKNOWLEDGED]),
    ("We received your request on November 25, 2026. If the fee will be $25 or greater, we will contact you first.",
     [EventKind.ACKNOWLEDGED]),
    # The near miss: the fee itself.
    ("We received your request on November 25, 2026. The estimated fee for your request is $50.00.",
     [EventKind.ACKNOWLEDGED, EventKind.FEE_ESTIMATE]),
])
def test_an_amount_or_more_is_a_threshold_not_an_estimate(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds


@pytest.mark.parametrize(("body", "kinds"), [
    ("We received your request on November 25, 2026. Requests that involve video recordings must be reviewed and "
     "redacted before release, which can take additional time.", [EventKind.ACKNOWLEDGED]),
    ("We received your request on November 25, 2026. Requests for e-mail often require more time to search.",
     [EventKind.ACKNOWLEDGED]),
    # The near miss: more time taken beside what such requests take.
    ("We received your request on November 25, 2026. Video review can take several weeks, so we are extending the "
     "time to respond by 10 business days.", [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
])
def test_what_requests_of_a_kind_generally_take_is_no_extension(body: str, kinds: list[EventKind]) -> None:
    assert [e.kind for e in events_in(body)] == kinds


@pytest.mark.parametrize(("body", "outcome"), [
    ("At its meeting the Board considered your formal complaint, Case No. 26FC:0212. Your complaint alleged that the "
     "Department improperly withheld the internal affairs file. The Board therefore voted to dismiss the complaint as "
     "legally insufficient.", Outcome.DENIED),
    ("Re: Formal Complaint 26-FC-118. You allege that the County wrongly denied your request. The Board dismissed "
     "the complaint at its November meeting.", Outcome.DENIED),
    # The near miss: the body's own finding of a wrongful withholding.
    ("Re: Request for Review 2026 PAC 88102. This office concludes that the Village improperly withheld the "
     "settlement agreement and requests that the Village release it.", Outcome.FULL_GRANT),
])
def test_what_a_complaint_alleged_is_no_finding_and_a_dismissal_leaves_the_denial(body: str,
                                                                                 outcome: Outcome) -> None:
    assert kinds_and_outcomes(body) == [(EventKind.APPEAL_DECISION, outcome)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The file is confidential under Iowa Code section 22.7(11), and the Department disclosed the information Iowa "
     "Code section 22.7(11)(a)(5) requires to be made public.", ["Iowa Code \u00a7 22.7(11)"]),
    ("The investigative report is closed, although Section 610.100.2 RSMo makes the incident report public.", []),
    # The near miss: a law that makes information confidential.
    ("The request is denied; section 945.10(1)(e), Florida Statutes, makes confidential information which if released "
     "would jeopardize the security of an institution.", ["Fla. Stat. \u00a7 945.10(1)(e)"]),
])
def test_a_law_said_to_require_disclosure_is_no_exemption(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


@pytest.mark.parametrize(("body", "expected_by"), [
    ("Re: FOIA Appeal No. 2026-A-0163. We received your appeal on November 25, 2026. We are extending the time to "
     "respond to your appeal by 10 business days. You will receive a decision on your appeal on or before December 29, "
     "2026.", dt.date(2026, 12, 29)),
    ("We received your request on November 20, 2026. You should receive our response no later than December 11, 2026.",
     dt.date(2026, 12, 11)),
    # The near miss: what the office will receive by a day.
    ("We received your request on November 20, 2026. Once we receive your payment by December 11, 2026, we will "
     "process the request.", None),
])
def test_the_answer_the_requester_will_receive_by_a_day_is_expected(body: str, expected_by: dt.date | None) -> None:
    assert next((e.expected_by for e in events_in(body, "December 3, 2026") if e.expected_by), None) == expected_by


def _pages(body: str) -> tuple[int | None, int | None]:
    event = next(e for e in events_in(body) if e.pages_released is not None or e.pages_withheld is not None)
    return event.pages_released, event.pages_withheld


@pytest.mark.parametrize(("body", "counts"), [
    ("This is the Department's response. The records are listed below:\nRecord | Pages | Status\nIncident report | 3 | "
     "Open record; provided with redactions\nInvestigative reports | 22 | Closed record; withheld", (3, 22)),
    ("This is our final response.\nDocument | Pages | Disposition\nPersonnel file | 14 | Public data; released in "
     "full\nInterview notes | 6 | Private data; withheld in full", (14, 6)),
    # The near miss: a status that says only what the record is counts nothing it was not said to do.
    ("This is our final response. 5 pages are enclosed.\nRecord | Pages | Status\nLog | 5 | Open record; enclosed",
     (5, None)),
])
def test_a_status_cell_that_classifies_then_acts_is_read_by_the_act(body: str,
                                                                     counts: tuple[int | None, int | None]) -> None:
    assert _pages(body) == counts


@pytest.mark.parametrize(("body", "expected"), [
    ("Advisory Opinion 26-019\n\nThis is an opinion of the Commissioner of Administration issued under Minnesota "
     "Statutes, section 13.072. Based on the facts and information provided, the Commissioner's opinion on the issue "
     "raised is: The City of Hibbing did not comply with Minnesota Statutes, chapter 13, when it denied access to the "
     "data.", [(EventKind.APPEAL_DECISION, Outcome.FULL_GRANT)]),
    ("On October 20, 2026, Ms. Lund asked the Commissioner for an advisory opinion. The Commissioner's opinion on the "
     "issue raised is: The School District did not comply with Minnesota Statutes, chapter 13, when it withheld the "
     "settlement agreement.", [(EventKind.APPEAL_DECISION, Outcome.FULL_GRANT)]),
    # The near miss: a denial that tells the requester an opinion may be sought.
    ("Your request is denied; the data are private personnel data. If you disagree, you may seek an advisory opinion "
     "of the Commissioner of Administration under Minnesota Statutes, section 13.072.",
     [(EventKind.FINAL_DETERMINATION, Outcome.DENIED)]),
])
def test_the_commissioners_advisory_opinion_decides_as_a_review_body(body: str,
                                                                     expected: list[tuple[object, ...]]) -> None:
    assert kinds_and_outcomes(body) == expected

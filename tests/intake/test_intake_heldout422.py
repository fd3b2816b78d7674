"""The four-hundred-and-twenty-second held-out set: 14 letters (letters/heldout422) from state and local public-records
offices in fourteen states, under their own laws and through their portals, in the formats they really send, each a
kind of letter that office's state had not yet sent in the recent sets: a Tacoma Public Schools GovQA e-mail revising
its estimate of time under RCW 42.56.520(2); a California Department of Justice ten-day determination under Gov. Code
7922.535(a) that the records are disclosable, with the date they will be made available; a Texas A&M University notice
(PDF) that it has asked the Attorney General for a ruling under Gov't Code 552.301(d); a Chicago Public Schools letter
in Word offering to confer under 5 ILCS 140/3(g) before denying an unduly burdensome request, with a table of ways to
narrow it; an NYPD Records Access Appeals Officer's decision remanding a no-records answer for a new search; an
Allegheny County Right-to-Know response granting a request in full; a City of Tampa GovQA e-mail denying an active
criminal investigative file under Fla. Stat. 119.071(2)(c)1.; an Ohio State University answer releasing 41 pages with
redactions under R.C. 149.43(A)(1)(v) (trade secrets and FERPA) and (A)(1)(dd); a Michigan State University first
installment (PDF) with pages released and withheld under MCL 15.243(1)(a) and (1)(m); an Office of the Governor of
Georgia denial in Word under O.C.G.A. 50-18-72(a)(7); a Delaware Attorney General FOIA opinion (PDF) finding the City
of Dover late but right to withhold under 29 Del. C. 10002(o)(9) (docket only); a New Hampshire Department of
Corrections acknowledgment under RSA 91-A:4, IV; a University of Arkansas e-mail finding no records; and a Maine
Office of the Governor FOAA acknowledgment with a cost estimate and payment in advance. Written blind and committed
before the rules were run on them.

- j01-wa-tacoma-schools-revised-estimate.eml: Tacoma Public Schools, GovQA R002718-111626, the estimate of December 11
  revised under RCW 42.56.520(2): first installment or further response on or before January 15, 2027.
- j02-ca-cadoj-cpra-determination.txt: California Department of Justice, Our File No. PRA 2026-04871, received
  November 25, 2026, records disclosable (some portions may be exempt) and to be made available on or before
  January 29, 2027.
- j03-tx-tamu-pia-ag-ruling-notice.pdf: Texas A&M University, Request #26-2043, received November 23, 2026, a ruling
  asked of the Attorney General under 552.301 for 552.101 (FERPA), 552.103 and 552.107(1); the ruling generally within
  45 business days.
- j04-il-cps-foia-unduly-burdensome.docx: Chicago Public Schools, N022391-120126, about 61,400 e-mails; an offer to
  confer under Section 3(g) and a table of ways to narrow; denied and closed if no reply within 10 business days.
- j05-ny-nypd-foil-appeal-remanded.txt: NYPD Records Access Appeals Officer, FOIL Appeal No. 26-AP-1873 of FOIL Request
  No. 2026-PL-31472, "granted to the following extent": remanded to the Records Access Officer for a new search.
- j06-pa-allegheny-county-rtk-granted.txt: County of Allegheny, AC-RTK-2026-1587, granted: 23 pages attached, none
  redacted, no charge.
- j07-fl-tampa-govqa-denial.eml: City of Tampa, GovQA R014903-120326, denied: active criminal investigative
  information, section 119.071(2)(c)1., Florida Statutes; the request closed.
- j08-oh-osu-records-partial.txt: The Ohio State University, PRR-26-4096, 41 pages with redactions under R.C.
  149.43(A)(1)(v) with R.C. 1333.61(D), R.C. 149.43(A)(1)(v) with 20 U.S.C. 1232g, and R.C. 149.43(A)(1)(dd).
- j09-mi-msu-foia-interim.pdf: Michigan State University, MSU FOIA No. 26-1612, first installment: 179 pages reviewed,
  173 released (118 in full, 55 in part), 6 withheld in full; MCL 15.243(1)(a) and (1)(m); the next installment by
  January 29, 2027; the MCL 15.240 rights.
- j10-ga-governor-ora-denial.docx: Office of the Governor of Georgia, ORR-2026-0877, received December 11, 2026,
  denied under O.C.G.A. 50-18-72(a)(7).
- j11-de-ag-foia-petition-dover.pdf: Delaware Department of Justice, Attorney General Opinion No. 26-IB67, the City of
  Dover violated FOIA by answering late but properly withheld records under 29 Del. C. 10002(o)(9).
- j12-nh-doc-rsa91a-ack.txt: New Hampshire Department of Corrections, RTK-2026-0311, received December 14, 2026, about
  thirty business days, a response on or before February 1, 2027.
- j13-ar-uark-foia-no-records.eml: University of Arkansas, FOIA Request 26-0619, received December 16, 2026, no
  responsive records; closed.
- j14-me-governor-foaa-estimate.txt: Maine Office of the Governor, FOAA #2026-147, received December 10, 2026, a
  response by February 12, 2027, estimated cost $150.00 (six hours at $25.00 after the first two), payment in advance.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- j01 Tacoma revised estimate: RCW 42.56.520 (the five business days, "to locate and assemble the information
  requested, to notify third persons or agencies affected by the request"),
  https://legalfix.com/statutes/state-codes/washington/title-42/chapter-42-56/section-42-56-520, and a district's
  rules on estimates and installments,
  https://lawfilesext.leg.wa.gov/Law/WACArchive/2022/htm/WAC%20495A%20TITLE/WAC%20495A-276%20%20CHAPTER/WAC%20495A-276%20-080.htm
- j02 California DOJ determination: Gov. Code 7922.535(a) ("determine whether the request ... seeks copies of
  disclosable public records ... state the estimated date and time when the records will be made available"),
  https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=GOV&sectionNum=7922.535, and
  https://www.lozanosmith.com/docs/resources/flipbook/Brown_Act_Handbook/files/basic-html/page158.html
- j03 Texas A&M notice of a request for a ruling: Gov't Code 552.301(d) (the written statement and the copy of the
  letter to the Attorney General), https://instalawyer.io/laws/texas-statutes/section-552301-request-for-attorney,
  and 552.305 (comments to the Attorney General), https://lawserver.com/?p=29127671
- j04 Chicago Public Schools 3(g) letter: the CPS FOIA Center and its reference numbers (N015305-051924),
  https://muckrock.com/foi/chicago-169/cps-investigative-memos-4-164008, and Section 3(g) ("an opportunity to confer
  ... to reduce the request to manageable proportions"),
  https://law.cornell.edu/regulations/illinois/Ill-Admin-Code-tit-2-SS-726.405 and
  https://www.muckrock.com/place/united-states-of-america/illinois/exemption/ilcs-1403-g-246/
- j05 NYPD appeal remanded: the Records Access Appeals Officer at One Police Plaza, Room 1406, and FOIL numbers
  (2015-PL-10466), https://github.com/Bellspringsteen/other.nyc (NYCGOV/NYPD/NypdOfficersHomeZip/
  NYPDOfficerHomeZip_RejectionAppeal.txt), and the Committee on Open Government on NYPD appeals,
  https://docsopengovernment.dos.ny.gov/coog/ftext/f19721.htm
- j06 Allegheny County grant: the Right-to-Know Law's five business days and responses,
  https://splc.org/template-pennsylvania/ and https://www.penntownship.us/right-know-information
- j07 Tampa denial: section 119.071(2)(c)1. and the meaning of "active" in 119.011(3)(d),
  https://requestfloridarecords.com/articles/are-records-of-active-criminal-investigation-public-in-florida and
  https://www.requestfloridarecords.com/articles/when-does-active-investigation-exemption-end-florida
- j08 Ohio State partial release: R.C. 149.43(B)(1) (copies within a reasonable period of time, the non-exempt
  information made available), https://ohiocourtofclaims.gov/ococ_faq/what-happens-after-i-make-my-request-for-a-public-record/
  and a model public records policy, https://codelibrary.amlegal.com/codes/pioneer/latest/pioneer_oh/0-0-0-938
- j09 Michigan State installment: MCL 15.240 (the appeal to the head of the public body or the action within 180
  days, "the court of claims"),
  https://www.michiganlegalcenter.com/mcl-%C2%A7-15-240-civil-action-for-noncompliance/ and MCL 15.235,
  https://print.casetext.com/statute/michigan-compiled-laws/chapter-15-public-officers-and-employees/freedom-of-information-act/section-15235-request-to-inspect-or-receive-copy-of-public-record-response-to-request-failure-to-respond-damages-contents-of-notice-denying-request-signing-notice-of-denial-notice-extending-period-of-response-action-by-requesting-person-law-enforcement-records-management-system-alternate-responses
- j10 Georgia Governor denial: the Attorney General's guide to the Open Records Act,
  https://www.readkong.com/page/georgia-s-sunshine-laws-a-citizen-s-guide-to-open-government-9908759, and the
  evaluations of candidates for appointment, https://cetient.com/case/1344792/board-of-regents-of-the-university-system-of-georgia-v-atlanta-journal-and-atlanta-constitution
- j11 Delaware Attorney General opinion: the Office's FOIA opinion letters ("We treat your correspondence as a
  Petition for a determination pursuant to 29 Del. C. § 10005"; "DECIDED: ... violated FOIA by failing to ..."),
  https://attorneygeneral.delaware.gov/opinions/page/2 and https://attorneygeneral.delaware.gov/opinions/page/13
- j12 New Hampshire Corrections acknowledgment: RSA 91-A:4, IV ("furnish written acknowledgement of the receipt of the
  request and a statement of the time reasonably necessary to determine whether the request shall be granted or
  denied"), https://www.jackson-nh.org/board-selectmen/pages/public-right-know-law and
  https://rollinsford.nh.us/contact/request-for-public-information/
- j13 University of Arkansas no records: the University's FOIA coordinators and three days,
  https://hr.uark.edu/working/handbook/9-employee-conduct/9-5.php, and https://uca.edu/umac/freedom-of-information
- j14 Maine Governor acknowledgment and estimate: 1 M.R.S. § 408 and 408-A (acknowledgment, estimate of time and of
  cost, payment in advance), https://statutes.laws.com/maine/title1/title1ch13sec0/title1sec408 and
  https://ballotpedia.org/Maine_FOIA_procedures

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at bbd98655: 10 of 14 fully right. Wrong were:
- j01 (j01-wa-tacoma-schools-revised-estimate.eml): kinds ['acknowledged'] != ['extension']; expected_by '2026-12-11' !=
  '2027-01-15'
- j07 (j07-fl-tampa-govqa-denial.eml): exemptions ['Fla. Stat. § 119.071(2)(c)', 'Fla. Stat. § 119.011(3)(d)'] != ['Fla.
  Stat. § 119.071(2)(c)']
- j09 (j09-mi-msu-foia-interim.pdf): kinds ['final_determination'] != ['interim_release']; outcome 'partial_grant' !=
  None
- j11 (j11-de-ag-foia-petition-dover.pdf): outcome 'partial_grant' != 'denied'

After general fixes (an estimate recalled as the one given then, the time named before the office, moved by the one
it now gives: "At that time, the District estimated that it would provide the first installment of responsive records,
or otherwise respond, on or before December 11, 2026. ... The District now estimates that it will provide the first
installment of records, or otherwise respond further, on or before January 15, 2027"; and the time the law counts from
a final determination, in the rights paragraph, no word that the letter is final: "commence an action in the Michigan
Court of Claims to compel disclosure within 180 days after the date of the final determination to deny the request"),
12 of 14: j01 and j09 right; j07 and j11 not yet.

After general fixes (a section cited after a full stop as the authority for a statement that withholds nothing is no
ground: "Criminal investigative information is considered active as long as it is related to an ongoing investigation
... in the foreseeable future. s. 119.011(3)(d), F.S." defines a word; a review's finding of a late answer joined in one
sentence to a withholding upheld is weighed apart, an affirmance: "we determine that the City violated FOIA by failing
to respond to your request within the time FOIA requires, but that the City has met its burden of demonstrating that
the records it withheld are exempt", and "The City neither responded nor invoked an extension of time within 15
business days of receipt. Accordingly, we find that the City violated FOIA in this respect." is a late answer), 12 of
14: j07 and j11 right.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.exemptions import find_exemptions

SET = "heldout422"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("body", "expected"), [
    ("At that time, the District estimated that it would provide the first installment of responsive records on or "
     "before December 11, 2026. The District now estimates that it will provide the first installment of records on or "
     "before January 15, 2027.", dt.date(2027, 1, 15)),
    ("On November 20, 2026, we estimated that we would respond by December 11, 2026. We now anticipate responding on "
     "or before January 15, 2027.", dt.date(2027, 1, 15)),
    ("In that letter, the Department anticipated that the records would be provided by December 11, 2026. The "
     "Department now expects to provide them by January 15, 2027.", dt.date(2027, 1, 15)),
])
def test_an_estimate_recalled_as_given_then_and_now_moved_is_an_extension(body: str, expected: dt.date) -> None:
    found = events_in(body, date_line="December 7, 2026")
    assert [(e.kind, e.expected_by) for e in found] == [(EventKind.EXTENSION, expected)]


@pytest.mark.parametrize("body", [
    # The near misses: this letter's own first estimate, and an estimate of another thing then
    "At this time, we estimate that we will provide the first installment of records on or before December 11, 2026.",
    "At that time, the District estimated the cost of the copies at $40.00. The District now estimates that the "
    "copies will cost $55.00.",
])
def test_no_estimate_given_now_or_of_another_thing_is_an_extension(body: str) -> None:
    found = events_in(body, date_line="December 7, 2026")
    assert EventKind.EXTENSION not in [e.kind for e in found]


@pytest.mark.parametrize("rights", [
    "To the extent this letter denies any part of your request, you have the right under MCL 15.240 to commence an "
    "action in the Court of Claims within 180 days after the date of the final determination to deny the request.",
    "You may seek judicial review within 60 days of the final decision on your request.",
    "A petition for review may be filed within 90 days from the date of a final response.",
])
def test_the_time_counted_from_a_final_determination_leaves_an_installment_interim(rights: str) -> None:
    found = events_in("This letter accompanies the first installment. Of the 179 pages reviewed, 173 pages are being "
                      "released to you and 6 pages are withheld in full. We anticipate providing the next installment "
                      "on or before January 29, 2027.\n\n" + rights, date_line="December 15, 2026")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.INTERIM_RELEASE, None)]


@pytest.mark.parametrize("body", [
    # The near misses: this letter named the final one, and a final answer said so in words of its own
    "This is the final response to your request. You may appeal within 90 days of the date of this final response.",
    "This letter is the agency's final determination. You may commence an action within 180 days after the date of the "
    "final determination to deny the request.",
])
def test_a_letter_that_says_it_is_final_stays_final(body: str) -> None:
    found = events_in("Of the 179 pages reviewed, 173 pages are being released to you and 6 pages are withheld in "
                      "full.\n\n" + body, date_line="December 15, 2026")
    assert [e.kind for e in found] == [EventKind.FINAL_DETERMINATION]


# --- A section cited after a full stop as the authority for a definition, not a ground (j07) ------------------------


@pytest.mark.parametrize("sentence", [
    "Criminal investigative information is considered active as long as it is related to an ongoing investigation "
    "which is continuing with a reasonable, good faith anticipation of securing an arrest or prosecution in the "
    "foreseeable future. s. 119.011(3)(d), F.S. Once the investigation is no longer active, the records will be "
    "subject to public inspection, except for any information that remains exempt or confidential by law.",
    "Information is \"active\" while it relates to an ongoing investigation. § 119.011(3)(d), Fla. Stat. Any "
    "information that is exempt will remain so.",
    "A public record means any document made or received in connection with official business. s. 119.011(12), "
    "F.S. Records that are confidential are withheld in full.",
])
def test_a_section_cited_as_the_authority_for_a_definition_is_no_ground(sentence: str) -> None:
    assert find_exemptions(sentence) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # The near misses: the statement the section stands after withholds, or the section is cited within it.
    ("Active criminal investigative information is exempt from public disclosure. s. 119.071(2)(c)1., F.S.",
     ["Fla. Stat. § 119.071(2)(c)"]),
    ("The file is withheld in full. Section 119.071(2)(c), F.S.", ["Fla. Stat. § 119.071(2)(c)"]),
    ("The records are confidential. RCW 42.56.240(1).", ["RCW 42.56.240(1)"]),
    ("The records you requested relate to an open case. s. 119.071(2)(c), F.S., exempts active criminal "
     "investigative information from public disclosure.", ["Fla. Stat. § 119.071(2)(c)"]),
    ("The records are exempt as active criminal investigative information pursuant to section 119.071(2)(c)1., "
     "Florida Statutes.", ["Fla. Stat. § 119.071(2)(c)"]),
])
def test_a_section_after_a_withholding_statement_is_its_ground(sentence: str, expected: list[str]) -> None:
    assert find_exemptions(sentence) == expected


def test_a_denial_citing_a_definition_after_its_ground_logs_the_ground_alone() -> None:
    body = ("The records are exempt from public disclosure as active criminal investigative information pursuant to "
            "section 119.071(2)(c)1., Florida Statutes, and your request is denied. Criminal investigative information "
            "is considered active as long as it is related to an ongoing investigation. s. 119.011(3)(d), F.S. Once "
            "the investigation is no longer active, the records will be subject to inspection, except for any "
            "information that remains exempt by law.")
    (event,) = events_in(body)
    assert (event.outcome, event.exemptions) == (Outcome.DENIED, ("Fla. Stat. § 119.071(2)(c)",))


# --- A review's findings joined in one sentence: late, but rightly withheld, is an affirmance (j11) ------------------

_FINDINGS = (
    "We treat your correspondence as a Petition for a determination pursuant to 29 Del. C. § 10005 regarding whether a "
    "violation of FOIA has occurred. For the reasons set forth below, we determine that the City {late}, but that the "
    "City has met its burden of demonstrating that the records it withheld are exempt from disclosure as records "
    "pertaining to pending or potential litigation. {told} The City did not violate FOIA in withholding them under "
    "29 Del. C. § 10002(o)(9).")


@pytest.mark.parametrize(("late", "told"), [
    ("violated FOIA by failing to respond to your request within the time FOIA requires",
     "The City neither responded nor invoked an extension of time within 15 business days of receipt. Accordingly, "
     "we find that the City violated FOIA in this respect."),
    ("violated FOIA by failing to respond to your request within 15 business days",
     "The City did not respond until 23 business days after it received the request. Thus, the City violated FOIA."),
    ("violated FOIA because it did not respond timely", ""),
])
def test_a_late_answer_joined_to_a_withholding_upheld_is_an_affirmance(late: str, told: str) -> None:
    (event,) = events_in(_FINDINGS.format(late=late, told=told), head="State of Delaware\nDepartment of Justice")
    assert (event.kind, event.outcome, event.exemptions) == (
        EventKind.APPEAL_DECISION, Outcome.DENIED, ("29 Del. C. § 10002(o)(9)",))


def test_a_withholding_found_wrong_beside_a_late_answer_is_no_affirmance() -> None:
    # The near miss: the second finding is against the withholding, so the requester gets something.
    body = ("We treat your correspondence as a Petition for a determination pursuant to 29 Del. C. § 10005. We "
            "determine that the City violated FOIA by failing to respond within 15 business days, and that the City "
            "violated FOIA by withholding the inspection reports, which are not records pertaining to potential "
            "litigation. The City shall produce the inspection reports within ten business days.")
    (event,) = events_in(body, head="State of Delaware\nDepartment of Justice")
    assert event.kind is EventKind.APPEAL_DECISION
    assert event.outcome is not Outcome.DENIED


def test_a_late_answer_joined_to_another_failing_is_no_late_answer_alone() -> None:
    # The near miss: the finding joins a search not shown adequate to the late answer, so more than the clock broke.
    body = ("We treat your correspondence as a Petition for a determination pursuant to 29 Del. C. § 10005. We "
            "determine that the Department violated FOIA by failing to timely respond to the request and by failing "
            "to demonstrate that it conducted an adequate search for the staffing reports, and that it did not violate "
            "FOIA by withholding the internal affairs files under 29 Del. C. § 10002(o)(1). We recommend that the "
            "Department conduct a new search for the staffing reports.")
    (event,) = events_in(body, head="State of Delaware\nDepartment of Justice")
    assert (event.kind, event.outcome) == (EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT)

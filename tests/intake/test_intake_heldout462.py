"""The four-hundred-and-sixty-second held-out set: 14 letters (letters/heldout462) that come after the first answer,
federal and state mixed, from fourteen less common offices, in the formats they really send: a Federal Retirement
Thrift Investment Board e-mail acknowledging an appeal with its tracking number and day of receipt; a Defense
Department Directorate for Oversight and Compliance appeal decision (PDF) affirming the Missile Defense Agency's
withholdings under Exemption 3 (10 U.S.C. § 130, export-controlled technical data) and Exemption 6; a National Indian
Gaming Commission General Counsel's appeal decision in Word granted in part, 17 pages released and 9 still withheld,
with a table of the records; an Election Assistance Commission decision reversing an Exemption 5 withholding of a
technical review memorandum the Executive Director adopted; a Veterans Affairs Office of General Counsel remand of a
medical center's no-records answer for a new search; a Texas Attorney General open records letter ruling (PDF) letting
a police department withhold a pending case file under section 552.108(a)(1) except basic information, with driver's
license data redacted under 552.130 (docket only); a Massachusetts Supervisor of Records determination ordering a police
department to release an internal affairs report with Exemption (c) redactions, Exemption (f) not carried (docket
only); a City of Pittsburgh release in Word in compliance with an Office of Open Records Final Determination, with a
table of redactions; a National Park Service fee estimate after an appeal's remand; a Fish and Wildlife Service e-mail
asking whether the requester still wants the records; a National Institutes of Health third interim response in FOIA
litigation (PDF) with a Bates range; an Employee Benefits Security Administration letter confirming a withdrawal agreed
in an OGIS-facilitated teleconference; a Transportation Security Administration e-mail releasing in part 27 pages
withheld before, after OGIS's review, with the release attached; and an Oklahoma City Police Department production in
full under a district court's judgment in an Open Records Act suit. Written blind and committed before the rules were
run on them.

- m01-frtib-appeal-ack.eml: FRTIB Office of General Counsel, appeal FRTIB-A-2027-003 of request FRTIB-2026-0142,
  received December 3, 2026.
- m02-dod-mda-appeal-affirmed.pdf: DoD Directorate for Oversight and Compliance, appeal 27-A-0046 of MDA request
  26-F-0871, denied: Exemption 3 (10 U.S.C. § 130) and Exemption 6 upheld "in their entirety".
- m03-nigc-appeal-partly.docx: NIGC, appeal NIGC-A-2027-002 of request NIGC-2026-00118, granted in part: 17 pages
  released (5 in full, 12 in part), 9 still withheld under Exemptions 4 and 6; a table of the records.
- m04-eac-appeal-reversed.txt: EAC, appeal EAC-APL-2027-01 of request EAC-2026-0093, granted: the 8-page memorandum
  to be released in its entirety.
- m05-va-vha-appeal-remanded.txt: VA OGC, appeal 27-00419-A of request 26-11873-F, remanded to the Fayetteville VA
  Medical Center for a new search.
- m06-tx-ag-letter-ruling.pdf: Texas Attorney General, OR2026-031847, the Lubbock Police Department may withhold under
  Gov't Code § 552.108(a)(1) except basic information, must withhold under § 552.130, must release the rest.
- m07-ma-spr-determination.txt: Massachusetts Supervisor of Records, SPR26/2817, Lowell Police Department ordered to
  release the internal affairs report, redacted only under G. L. c. 4, § 7(26)(c).
- m08-pittsburgh-release-after-oor.docx: City of Pittsburgh, RTK 2026-1184 (OOR AP 2026-2471), 46 pages released with
  redactions under 65 P.S. § 67.708(b)(6)(i)(A) and (b)(16); a table.
- m09-nps-fee-estimate-after-remand.txt: NPS, NPS-2026-01447, estimated fee $322.00 after the remand, advance
  payment required.
- m10-fws-still-interested.eml: FWS Region 6, FWS-2026-002314, still interested? reply by January 19, 2027.
- m11-nih-litigation-production.pdf: NIH third interim response in litigation, case 64821, 524 pages processed, 431 in
  full, 61 in part, 32 withheld, Exemptions 4, 5, 6.
- m12-ebsa-withdrawn-after-ogis.txt: DOL EBSA, 2026-F-08817, withdrawn in an OGIS-facilitated teleconference.
- m13-tsa-supplemental-after-ogis.eml: TSA, 2026-TSFO-00412, 27 pages released in part after OGIS's review, Exemption 3
  (49 U.S.C. § 114(r)) and Exemption 6.
- m14-okc-police-court-order.txt: Oklahoma City Police Department, OKC-ORR-26-04518, 112 pages released in their
  entirety under the district court's judgment.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- m01 FRTIB appeal acknowledgement: 5 C.F.R. part 1631 (appeals to the General Counsel),
  https://www.ecfr.gov/current/title-5/chapter-VI/part-1631, and the appeal acknowledgements of earlier sets.
- m02 DoD appeal decision: 32 C.F.R. part 286 (appellate authorities, 10 U.S.C. 130 as an Exemption 3 statute),
  https://www.ecfr.gov/current/title-32/subtitle-A/chapter-II/subchapter-A/part-286, and OGIS's advisory opinion on
  agency letters, http://archives.gov/ogis/advisory-opinions/2018-01-agency-comms-with-requesters
- m03 NIGC appeal decision: 25 C.F.R. part 517 (appeals to the Commission's FOIA appeal official),
  https://www.ecfr.gov/current/title-25/chapter-III/subchapter-A/part-517
- m04 EAC appeal decision: 11 C.F.R. part 9405, https://www.ecfr.gov/current/title-11/chapter-II/part-9405
- m05 VA remand: 38 C.F.R. 1.559 (appeals to the Office of General Counsel),
  https://www.ecfr.gov/current/title-38/chapter-I/part-1, and the remands of earlier sets.
- m06 Texas Attorney General letter ruling: the Office's page on letter rulings and their deadlines,
  https://www2.texasattorneygeneral.gov/og/questions-regarding-open-records-letter-rulings, and the Public Information
  Handbook, https://prisonlegalnews.org/news/publications/public-information-handbook-attorney-general-texas-2016
- m07 Massachusetts Supervisor of Records determination: a Supervisor's ruling on a police department's withholding,
  http://www.enterprisenews.com/news/20170630/state-west-bw-police-must-justify-withholding-records, and Worcester
  Telegram & Gazette Corp. v. Chief of Police of Worcester, http://masscases.com/cases/sjc/436/436mass378.html
- m08 Pittsburgh release after the OOR: OOR Final Determinations and the Right-to-Know Law's section 708 exemptions,
  https://www.parighttoknowlawblog.com/page/2/ and
  https://cetient.com/case/6330732/city-of-pittsburgh-v-a-murray-and-the-pittsburgh-post-gazette
- m09 NPS fee estimate: 43 C.F.R. 2.39 and 2.50 (fee categories, advance payment),
  https://www.ecfr.gov/current/title-43/subtitle-A/part-2
- m10 FWS still-interested e-mail: OGIS on "still interested" letters,
  https://foia.blogs.archives.gov/tag/still-interested-letters/
- m11 NIH litigation production: 45 C.F.R. part 5 and the litigation production letters of earlier sets,
  https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-A/part-5
- m12 EBSA withdrawal after OGIS: OGIS's final response letters,
  https://unredacted.com/2015/11/20/ogis-posts-more-response-letters-online/ and
  http://foropengov.org/wordpress/ogiss-final-response-letters-go-behind-the-scenes/
- m13 TSA supplemental release: 49 C.F.R. part 1520 (Sensitive Security Information) and 6 C.F.R. part 5,
  https://www.ecfr.gov/current/title-49/subtitle-B/chapter-XII/subchapter-B/part-1520
- m14 Oklahoma City production under a court's judgment: the Oklahoma Open Records Act, 51 O.S. § 24A.1 et seq.,
  https://law.justia.com/codes/oklahoma/title-51/

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 1fe02651: 10 of 14 fully right. Wrong were:
- m06 (m06-tx-ag-letter-ruling.pdf): kinds ['final_determination'] != ['appeal_decision']; appeal_number None !=
  'OR2026-031847'
- m07 (m07-ma-spr-determination.txt): outcome 'full_grant' != 'partial_grant'; exemptions None != ['G. L. c. 4, §
  7(26)(c)']
- m12 (m12-ebsa-withdrawn-after-ogis.txt): kinds ['acknowledged'] != ['final_determination']; received '2026-12-16' !=
  None; outcome None != 'withdrawn'
- m13 (m13-tsa-supplemental-after-ogis.eml): pages_released 54 != 27

Corrected after the score (the score stands): a Texas Attorney General letter ruling answers the governmental body's own
request for a decision, not a requester's appeal, and earlier sets log it as the final determination with no appeal
number (heldout251 a08, heldout295 p01, heldout296 q01); expected.json now does too, and the rules read it so.

After general fixes (what was read, with the sentence quoted; tests below), 12 of 14 (m06 right since the correction
above): m07's "the Department is ordered to provide Ms. Tallisker-Reyes with the internal affairs report, redacted only
for the personal information described above" gives the report out with a part kept back, a decision in part, and the
part is the one "The Department may redact this information under Exemption (c)" lets it take out (Exemption (f) not
met). m12 and m13 were not yet right.

Then (a release sheet's range of page numbers and the letter's count of as many pages done with alike taken for the same
pages: "Pages 1-27 released in part." on the attached sheet and "We are now releasing all 27 pages in part." read as 27
released, not 54), 13 of 14; m12 is not yet right.

Then (a withdrawal the office confirms, the office named by its initials, is the final answer: m12's
"In accordance with your instructions, EBSA has withdrawn your FOIA request 2026-F-08817 and closed it in our tracking
system"; and what a letter confirms when it confirms an agreement reached in a talk is not the request's receipt, nor
is the talk's day: "This letter confirms the agreement reached during the December 16, 2026, teleconference facilitated
by Ombudsman ... of the Office of Government Information Services"), 14 of 14.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.pages import PageCounts, read_pages

SET = "heldout462"
# What the rules reached on this set when it was scored once, sealed (10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


# After general fixes: a review body's order to give out the records "redacted only for" what it names, or "redacted
# for" it, is a release with parts kept back, a decision in part (m07).

_SPR_PETITION = ("I have received the petition of Imogen Tallis appealing the response of the Lowell Police Department "
                 "(Department) to a request for public records. G. L. c. 66, § 10A; see also 950 C.M.R. 32.08(1). The "
                 "Department withheld the report in full under Exemptions (c) and (f) of the Public Records Law. G. L. "
                 "c. 4, § 7(26)(c), (f). The Department has not met its burden to withhold the report under Exemption "
                 "(f). ")


@pytest.mark.parametrize("order", [
    "The Department may redact this information under Exemption (c). Accordingly, the Department is ordered to provide "
    "Ms. Tallis with the internal affairs report, redacted only for the personal information described above, in a "
    "manner consistent with this order within 10 business days.",
    "The Department may redact these details under Exemption (c). The Department is ordered to provide Ms. Tallis with "
    "the report, redacted for the witnesses' home addresses and dates of birth, within 10 business days.",
])
def test_an_order_to_release_redacted_only_for_named_information_is_a_decision_in_part(order: str) -> None:
    found = events_in(_SPR_PETITION + order)
    assert [(e.kind, e.outcome, e.exemptions) for e in found] == [
        (EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT, ("G. L. c. 4, § 7(26)(c)",))]


def test_an_order_to_disclose_redacted_only_for_names_in_another_state_is_a_decision_in_part() -> None:
    found = events_in("Re: Appeal U APPEAL 27-14\n\nThis is OIP's decision on the appeal of Jane Roe concerning the "
                      "Honolulu Police Department's (HPD) denial of her request for the complaint records. HPD has not "
                      "met its burden to withhold the records in full under HRS § 92F-13(1). HPD must therefore "
                      "disclose the records to Requester, redacted only for the complainants' names and home "
                      "addresses.")
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT)]


@pytest.mark.parametrize("order", [
    # the records given out whole, in the manner the order sets
    "Accordingly, the Department is ordered to provide Ms. Tallis with the internal affairs report, in a manner "
    "consistent with this order, within 10 business days.",
    "Accordingly, the Department is ordered to provide Ms. Tallis with a copy of the internal affairs report within 10 "
    "business days.",
])
def test_an_order_to_release_with_nothing_redacted_is_a_reversal(order: str) -> None:
    found = events_in(_SPR_PETITION + order)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.APPEAL_DECISION, Outcome.FULL_GRANT)]


@pytest.mark.parametrize("sentence", [
    "the Department is ordered to provide Ms. Tallis with the internal affairs report, redacted only for the personal "
    "information described above",
    "HPD must disclose the logs, redacted for the officers' home addresses",
    "the records, redacted only of the names of juveniles",
])
def test_records_redacted_only_for_what_is_named_are_released_redacted(sentence: str) -> None:
    assert P.RELEASE_REDACTED.search(sentence)


@pytest.mark.parametrize("sentence", [
    # what was redacted, not how the records are to go out
    "The Department redacted for privacy reasons.",
    "The report was redacted for the first time in 2025.",
    "the report, redacted for the reasons set out in the denial letter",
])
def test_other_words_after_redacted_for_are_no_release_redacted(sentence: str) -> None:
    assert not P.RELEASE_REDACTED.search(sentence)
def _pages_of(*sentences: str) -> tuple[int | None, int | None]:
    """The pages released and withheld in full that *sentences*, read in turn, count."""
    counts = PageCounts()
    for sentence in sentences:
        read_pages(sentence, counts)
    return counts.pages_released, counts.withheld_full


# A release sheet numbering the pages ("Pages 1-27 released in part") and the letter counting as many pages done with
# alike ("We are now releasing all 27 pages in part"): the same pages, in either order, counted once.
@pytest.mark.parametrize(("sentences", "pages"), [
    (("Pages 1-27 released in part.", "We are now releasing all 27 pages in part."), (27, None)),
    (("We are now releasing all 27 pages in part.", "Pages 1-27 released in part."), (27, None)),
    (("We are releasing 40 pages in full.", "Bates pages 1 through 40 released in full."), (40, None)),
    (("Pages 1-12 withheld in full.", "We are withholding 12 pages in full under Exemption 5."), (None, 12)),
    # near misses: two ranges are two sets of pages; counts done with otherwise, or of another size, come beside
    (("Pages 1-27 released in part.", "Pages 28-54 released in part."), (54, None)),
    (("Pages 1-27 released in part.", "We are also releasing 12 pages in full."), (39, None)),
    (("Pages 1-27 released in part.", "We are withholding 27 pages in full."), (27, 27)),
])
def test_pages_numbered_on_a_release_sheet_and_counted_in_the_letter_once(
        sentences: tuple[str, ...], pages: tuple[int | None, int | None]) -> None:
    assert _pages_of(*sentences) == pages
# --- A withdrawal confirmed by the office named by its initials, after a talk that OGIS arranged (m12) ---------------
_TALK = ("This letter confirms the agreement reached during the December 16, 2026, teleconference facilitated by the "
         "Office of Government Information Services (OGIS), concerning your Freedom of Information Act request.")


@pytest.mark.parametrize("withdrawn", [
    # the letter's own wording
    "In accordance with your instructions, EBSA has withdrawn your FOIA request 2026-F-08817 and closed it in our "
    "tracking system.",
    # ... other wordings: the office by its kind, the request by its number alone
    "As you asked, the Bureau has withdrawn your request No. 2026-114 and closed its file.",
    "Per your e-mail, OSHA has withdrawn FOIA request 2026-F-0041, and no fees will be charged.",
])
def test_a_withdrawal_the_office_confirms_is_the_final_answer(withdrawn: str) -> None:
    assert P.FINAL_STRONG.search(withdrawn)
    events = events_in(f"{_TALK} {withdrawn}", "December 21, 2026")
    assert [(e.kind, e.outcome, e.received) for e in events] == [
        (EventKind.FINAL_DETERMINATION, Outcome.WITHDRAWN, None)]


@pytest.mark.parametrize("sentence", [
    # the requester's own act, or what the office withdrew of its answer, not the request
    "You have withdrawn your request.",
    "The Department has withdrawn its denial of your request and will process it.",
    "EBSA has withdrawn the fee estimate for your request.",
    # a withdrawal to come
    "If you wish, EBSA will withdraw your request.",
])
def test_not_the_request_withdrawn_by_the_office(sentence: str) -> None:
    assert not P.FINAL_STRONG.search(sentence)


@pytest.mark.parametrize(("sentence", "strong"), [
    # what the letter confirms is a talk or what was agreed in it, not the request
    (_TALK, False),
    ("This e-mail confirms the understanding we reached on December 16, 2026, about your request.", False),
    ("This letter confirms our telephone conversation of December 16, 2026.", False),
    # ... the request's receipt
    ("This letter confirms receipt of your FOIA request.", True),
    ("This letter confirms that your request was received on December 16, 2026.", True),
])
def test_a_letter_confirming_an_agreement_does_not_acknowledge(sentence: str, strong: bool) -> None:
    assert bool(P.ACK_STRONG.search(sentence)) is strong


@pytest.mark.parametrize(("body", "received"), [
    # the day of an agreement reached is the talk's, not the request's
    (_TALK + " We will process the narrowed request.", None),
    ("Following the understanding reached on December 16, 2026, concerning your FOIA request, we will process the "
     "narrowed request.", None),
    # ... while a request that reached the office on a day was received then
    ("Your request reached our office on December 16, 2026, and was assigned number 2026-0001.", (12, 16)),
])
def test_the_day_an_agreement_was_reached_is_no_receipt(body: str, received: tuple[int, int] | None) -> None:
    days = [(e.received.month, e.received.day) for e in events_in(body, "December 21, 2026") if e.received]
    assert days == ([received] if received else [])

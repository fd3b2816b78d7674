"""The two-hundred-and-ninety-third held-out set: 14 plain-spoken letters (letters/heldout293), seven federal and
seven from state and local offices of seven states, written the way records officers type them, with contractions
("we couldn't locate", "we won't be releasing", "we're extending", "it's been assigned"): a VA medical center FOIA
officer's reply in the body of the requester's "status?" e-mail thread, releasing pages in full and with redactions;
an ICE reply to "where is my request?" giving a new estimated completion date; an EOUSA no-records letter; a NARA
acknowledgement e-mail taking the ten-working-day extension; a TSA final response (PDF) with pages released in full,
in part and withheld; a DOJ Office of Information Policy appeal acknowledgement e-mail; a Bureau of Prisons denial in
Word of a video and an after-action review; a California city clerk's NextRequest "request has been closed" message
releasing everything; an Illinois police department e-mail extending the FOIA time by five business days; a
Washington school district's five-day e-mail with the date of the first installment; a Kentucky county sheriff's
no-records letter pointing to the State Police; an Ohio police department's e-mail releasing a redacted report; a
Georgia sheriff's cost estimate in Word with a table; and a Texas Department of Transportation letter closing a
request as withdrawn when the itemized estimate was not answered (PDF). Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- d01 VA medical center reply: the Lexington VA Health Care System's FOIA page (facility FOIA officers, 20 business
  days, 38 C.F.R. 1.550-1.562), https://www.va.gov/lexington-health-care/programs/privacy-service/, VA's request
  numbers (14-03905-F) and an officer's short covering e-mail ("I'm attaching the Acknowledgement letter regarding
  your FOIA Request") on https://www.muckrock.com/foi/united-states-of-america-10/processing-notes-for-tampa-tribune-foia-request-to-veterans-affairs-10946/,
  and VA's appeal rule 38 C.F.R. 1.559 (Office of General Counsel (024)).
- d02 ICE status reply: OGIS on estimated dates of completion given in answer to status questions (5 U.S.C.
  552(a)(7)(B)), https://archives.gov/ogis/resources/foia-ombuds-observer/2025-01 and
  https://archives.gov/ogis/foia-compliance-program/targeted-assessments/agency-compliance-with-edc-2020-mar-31;
  the revised-date wording of the CBP and State Department status letters of earlier sets.
- d03 EOUSA no-records letter: DOJ components' no-records letters and OIP's appeal paragraph (90 days, FOIA STAR),
  as in the FOIPA letters quoted on https://muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095
- d04 NARA acknowledgement: NARA's FOIA Reference Guide, https://www.archives.gov/foia/foia-guide, 36 C.F.R.
  1250.26, https://www.govregs.com/regulations/expand/title36_chapterXII_part1250_subpartB_section1250.26, and NARA's
  NGC tracking numbers (NGC22-587) on https://www.muckrock.com/foi/united-states-of-america-10/expedited-foia-request-nara-22-vdmuck-nara-foia-instructions-and-sops-129756/
- d05 TSA final response: the DHS final response formula (pages released in full, in part, withheld in full) and SSI
  under 49 U.S.C. 114(r), https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- d06 OIP appeal acknowledgement: OIP's appeal acknowledgements and numbers (A-YYYY-NNNNN) as in earlier sets; the
  BOP FOIA page, https://www.bop.gov/foia/index.jsp
- d07 BOP denial: BOP's exemption list (b)(7)(E), (b)(7)(F), https://www.bop.gov/foia/index.jsp, and DOJ's appeal
  paragraph.
- d08 NextRequest closure: NextRequest portals of California cities (messages, "Documents" on the request page,
  CPRA's ten days), https://www.cityofchowchilla.org/421/Public-Records-Request and
  https://newcastlewa.gov/news/archives/2022/next_request_coming_soon
- d09 Illinois police extension: a police department's FOIA FAQ ("extends the time for a response by an additional
  five business days for a reason allowed by FOIA"), https://www.effinghamil.com/question/how-soon-will-i-receive-what-i-requested/,
  and 5 ILCS 140/3(e).
- d10 Washington school district five-day e-mail: a county's "within five business days ... acknowledge the receipt
  of the request and provide a reasonable estimate of when requested records will be available",
  https://lewiscountywa.gov/departments/public-records/what-to-expect-after-you-submit-a-request/, RCW 42.56.520.
- d11 Kentucky sheriff no-records: a sheriff's own reply quoted in 15-ORD-133 ("We have no files pertaining to case
  ... as it was not worked/investigated by our office. This case was handled by the Kentucky State Police"),
  https://cforigin.kyopengov.org/law/ag/2015/15-ord-133, and 18-ORD-149, https://kyopengov.org/law/ag/2018/18-ord-149
- d12 Ohio police release: R.C. 149.43(A)(2) (confidential law enforcement investigatory records) and R.C. 149.45, as
  cited in earlier Ohio sets; the "Attached is the ..." covering e-mail of city records units.
- d13 Georgia sheriff cost estimate: a county sheriff's reply with an open records cost worksheet ("The total for all
  materials would have been $52.36"), https://macon-newsroom.com/22676/community/studentwork/monroe-county-sheriffs-office-earns-high-marks-for-prompt-response-to-records-request/?print=true,
  and O.C.G.A. 50-18-71(d) (first quarter hour free, estimate over $25).
- d14 Texas withdrawn: Texas Government Code 552.2615(b) (a request is considered withdrawn when the requester does
  not answer the itemized statement within 10 business days), and TxDOT's itemized statements of earlier sets.

Blind score: 8 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- d01 (VA medical center reply): 41 pages released instead of 63, the pages with redactions not counted: "41 of
  them are released in full and the other 22 have some redactions (mostly employees' personal cell phone numbers and
  the names of residents), which we've withheld under FOIA Exemption 6, 5 U.S.C. 552(b)(6)."
- d02 (ICE status reply): an acknowledgement instead of an extension (the new date was read as expected_by): "we
  weren't able to finish by the estimated completion date we gave you earlier (November 30, 2026). The new estimated
  completion date is March 12, 2027."
- d07 (BOP denial, Word): a partial grant with 17 pages released instead of a denial with 17 pages withheld in full:
  "We located one video file (about 22 minutes) and an after-action review package of 17 pages. We won't be
  releasing them. They're withheld in their entirety under 5 U.S.C. § 552(b)(7)(E) ..."
- d08 (NextRequest closure): outcome left unclear and no pages: "I've uploaded everything we found for your request
  ... That's 14 pages total ... Nothing was redacted or withheld, so the request is fulfilled in full."
- d12 (Ohio police e-mail): the pages released not read: "Attached is the incident report you asked for ..., along
  with the supplemental narratives. It's 9 pages."
- d14 (Texas DOT, PDF): a clarification request instead of a final determination, withdrawn: "Under Texas Government
  Code § 552.2615(b), your request is considered to have been withdrawn, and we've closed PIR 26-20417." (the offer
  to help narrow a new request was taken for a question).
After general fixes (the letter read with its contractions spelled out, "won't" as "will not", "they're" as "they
are", by the rule that spells them out before the rules read a letter, which came in at the same time: the page reader
spells them out too, and sentences quoted together are each given back in the letter's own words; pages that "have",
"contain" or "bear" redactions released in part beside pages released in full in the same sentence, and "the other
22" opening a clause counted as pages; "releasing
them" refused ("won't be releasing them") or weighed in a reason ("because releasing them could ... endanger") no
release; "They're withheld in their entirety" all the pages found withheld; "It's 9 pages", "That's 14 pages total"
the size of what the sentence before sends; an estimated date "we gave you earlier" and missed an extension; "is
considered to have been withdrawn" a withdrawal), 14 of 14. Spelling out the contractions made older letters read
words they had missed, each fixed by a general rule: a fee letter's "If we haven't heard from you in 60 days, we'll
consider the request closed" asks nothing more when the letter names a cost, and "filing a suit won't make the
information available sooner" refuses only speed, no records.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, pages_in, set_tests

SET = "heldout293"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _first(body: str) -> dict[str, object]:
    events = events_in(body)
    assert events, body
    return events[-1].to_json()


@pytest.mark.parametrize(("body", "outcome", "withheld"), [
    ("We located an after-action review package of 17 pages. We won't be releasing them. They're withheld in their "
     "entirety under 5 U.S.C. § 552(b)(7)(E).", "denied", 17),
    ("We found 12 pages, but we can't release them. They're exempt under 5 U.S.C. § 552(b)(7)(E).", "denied", None),
    ("The Division located 8 pages. They aren't releasable; they're withheld in full under Exemption 5.", "denied", 8),
    # The near miss: a release said with a contraction.
    ("We located 17 pages. We're releasing them to you in full.", "full_grant", None),
])
def test_contractions_are_read_spelt_out(body: str, outcome: str, withheld: int | None) -> None:
    event = _first(body)
    assert event["outcome"] == outcome
    assert event.get("pages_withheld") == withheld


def test_the_evidence_quotes_the_letters_own_contractions() -> None:
    event = _first("We located 17 pages. We won't be releasing them. They're withheld in full under Exemption 5.")
    evidence = event["evidence"]
    assert isinstance(evidence, dict)
    assert "They're withheld in full" in evidence["outcome"]
    assert "They are" not in " ".join(evidence.values())


@pytest.mark.parametrize(("sentence", "released", "part"), [
    ("41 of them are released in full and the other 22 have some redactions (mostly employees' personal cell phone "
     "numbers), which we've withheld under FOIA Exemption 6, 5 U.S.C. 552(b)(6).", 63, 22),
    ("Of these pages, 41 are released in full and 22 contain redactions.", 63, 22),
    ("We located 25 pages; 20 are released in full, and the remaining 5 bear excisions.", 25, 5),
])
def test_pages_that_carry_redactions_are_released_in_part(sentence: str, released: int, part: int | None) -> None:
    counts = pages_in(sentence)
    assert (counts.pages_released, counts.released_part) == (released, part)


def test_pages_that_carry_no_redactions_are_not_released_in_part() -> None:
    assert pages_in("We found 12 pages; 10 are released in full and 2 have no redactions either.").released_part is None


@pytest.mark.parametrize(("body", "released", "withheld"), [
    ("We located 17 pages. They are withheld in their entirety under 5 U.S.C. § 552(b)(7)(F), because releasing them "
     "could reasonably be expected to endanger the life or physical safety of staff.", None, 17),
    ("We located 9 pages. They are withheld in full under Exemption 7(E), since disclosing them would reveal the "
     "techniques of the investigation.", None, 9),
    # The near miss: the release itself.
    ("We located 9 pages. We are releasing them to you in full.", 9, None),
])
def test_a_release_weighed_in_a_reason_releases_nothing(body: str, released: int | None,
                                                         withheld: int | None) -> None:
    event = _first(body)
    assert (event.get("pages_released"), event.get("pages_withheld")) == (released, withheld)


@pytest.mark.parametrize(("body", "released"), [
    ("Attached is the incident report you asked for, along with the supplemental narratives. It's 9 pages. A few "
     "portions have been redacted under R.C. 149.43(A)(2)(a).", 9),
    ("I've uploaded everything we found for your request. That's 14 pages total, and you'll find them under Documents. "
     "Nothing was redacted or withheld, so the request is fulfilled in full.", 14),
    ("Enclosed are the council minutes you asked for. They come to 31 pages in all. This completes your request.", 31),
    # The near miss: the size of what was found and kept back.
    ("We located the incident report. It is 9 pages. It is withheld in full under R.C. 149.43(A)(2)(c).", None),
])
def test_the_size_of_what_the_sentence_before_sends_is_released(body: str, released: int | None) -> None:
    assert _first(body).get("pages_released") == released


@pytest.mark.parametrize(("body", "kind"), [
    ("Your request is still open. We weren't able to finish by the estimated completion date we gave you earlier "
     "(November 30, 2026). The new estimated completion date is March 12, 2027.", "extension"),
    ("We couldn't meet the estimated date of completion that we provided in our acknowledgment. The new estimated "
     "completion date is March 12, 2027.", "extension"),
    ("The Bureau was unable to respond by the target date it had set in its letter. Its new target date is April 2, "
     "2027.", "extension"),
    # The near miss: the estimate still held to.
    ("We received your request on November 2, 2026. We will do our best to respond by the estimated completion date "
     "we gave you, December 30, 2026.", "acknowledged"),
])
def test_an_estimate_given_before_and_missed_is_an_extension(body: str, kind: str) -> None:
    assert _first(body)["kind"] == kind


@pytest.mark.parametrize(("body", "kinds"), [
    ("We haven't received a response from you. Under Texas Government Code § 552.2615(b), your request is considered "
     "to have been withdrawn, and we've closed PIR 26-20417.", ["final_determination"]),
    ("Your request is deemed to be withdrawn because you did not respond to the itemized statement.",
     ["final_determination"]),
    # The near miss: the withdrawal the letter foresees.
    ("The estimated charge is $187.40. Your request will be considered to have been withdrawn if you do not respond "
     "within 10 business days.", ["fee_estimate"]),
])
def test_a_request_considered_to_have_been_withdrawn_is_closed(body: str, kinds: list[str]) -> None:
    events = [e.to_json() for e in events_in(body)]
    assert [e["kind"] for e in events] == kinds
    if kinds == ["final_determination"]:
        assert events[0]["outcome"] == "withdrawn"


@pytest.mark.parametrize(("body", "kinds"), [
    ("Staff time is projected at six hours at $30.00 per hour, which brings the cost to $180.00. If we haven't heard "
     "from you in 60 days, we'll consider the request closed.", ["fee_estimate"]),
    ("The copying charge for the file runs to $64.50 in all. If we do not hear from you within 30 days, we will close "
     "your request.", ["fee_estimate"]),
    # The near miss: a question about what is sought, no cost named.
    ("We need to know which years you want. If we do not hear from you in 30 days, we will close your request.",
     ["clarification_requested"]),
])
def test_a_fee_letters_warning_that_it_will_close_the_request_asks_nothing_more(body: str, kinds: list[str]) -> None:
    assert [e.kind.value for e in events_in(body)] == kinds


@pytest.mark.parametrize(("body", "kinds"), [
    ("We are extending the time to respond by 10 business days. You may file suit if we don't respond by the extended "
     "date; however, filing a suit won't make the information available sooner.", ["extension"]),
    ("The Office is taking 10 more working days to answer. A lawsuit will not make the records available any faster.",
     ["extension"]),
])
def test_a_refusal_only_of_speed_is_no_denial(body: str, kinds: list[str]) -> None:
    assert [e.kind.value for e in events_in(body)] == kinds


def test_a_refusal_to_make_the_records_available_is_still_a_denial() -> None:
    assert [e.to_json().get("outcome") for e in events_in("The Department will not make the video available to you, "
                                                          "since it is part of an open investigation.")] == ["denied"]

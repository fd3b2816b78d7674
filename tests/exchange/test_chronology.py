"""The chronology of one request: whether each deadline was met, judged from the events known on the
"as of" day, and the PDF that numbers the events, sets out the deadlines and fingerprints the documents.

Hand-checked dates: sent Thu 2026-10-01 under the federal FOIA, the response is due Fri 2026-10-30 (20
working days, Columbus Day Mon 2026-10-12 skipped); a decision on Tue 2026-11-03 is 4 days late.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from foiatrack.core.deadlines import Deadlines, DerivedDate, compute_deadlines
from foiatrack.core.models import Agency, AttachmentInfo, Event, Request
from foiatrack.core.vocabulary import Direction, EventKind, Outcome, Status
from foiatrack.exchange.chronology import LONG_TEXT, ChronologyData, assess, chronology_pdf
from foiatrack.services.jurisdictions import make_rules_context

D = dt.date
DUE = D(2026, 10, 30)


def _due(name: str, day: dt.date = DUE, *, statutory: bool = True) -> DerivedDate:
    return DerivedDate(name, name, day, "how it was counted", "5 U.S.C. § 552", statutory=statutory)


def _event(n: int, kind: EventKind, day: dt.date, outcome: Outcome | None = None, **more: object) -> Event:
    return Event(kind, day, id=n, request_id=1, outcome=outcome, **more)  # type: ignore[arg-type]


def test_an_acknowledgement_we_sent_does_not_meet_the_agencys_acknowledgement_deadline() -> None:
    ours = _event(1, EventKind.ACKNOWLEDGED, D(2026, 10, 5), direction=Direction.OUTGOING)
    found = assess(_due("acknowledgement_due"), [ours], D(2026, 11, 2))
    assert (found.verdict, found.text) == ("missed", "No acknowledgement as of Mon 2026-11-02: 3 days late.")
    theirs = _event(2, EventKind.ACKNOWLEDGED, D(2026, 10, 29))
    assert assess(_due("acknowledgement_due"), [ours, theirs], D(2026, 11, 2)).text == (
        "Acknowledgement on Thu 2026-10-29, 1 day early.")


def test_an_expedite_decision_is_named_as_such() -> None:
    found = assess(_due("expedite_decision_due", D(2026, 10, 11)), [], D(2026, 10, 12))
    assert found.text == "No decision on expedited processing as of Mon 2026-10-12: 1 day late."


def test_a_withdrawal_after_the_due_date_does_not_excuse_the_lateness() -> None:
    withdrawn = _event(1, EventKind.FINAL_DETERMINATION, D(2026, 11, 3), Outcome.WITHDRAWN)
    found = assess(_due("response_due"), [withdrawn], D(2026, 11, 4))
    assert (found.verdict, found.text) == ("missed", "No determination as of Wed 2026-11-04: 5 days late.")


def test_only_a_decision_after_the_last_appeal_answers_it() -> None:
    first_appeal = _event(1, EventKind.APPEAL_FILED, D(2026, 9, 1), direction=Direction.OUTGOING)
    old_decision = _event(2, EventKind.APPEAL_DECISION, D(2026, 9, 20), Outcome.DENIED)
    second_appeal = _event(3, EventKind.APPEAL_FILED, D(2026, 10, 2), direction=Direction.OUTGOING)
    events = [first_appeal, old_decision, second_appeal]
    pending = assess(_due("appeal_decision_due"), events, D(2026, 10, 20))
    assert (pending.verdict, pending.text) == ("pending", "10 days left.")
    decided = _event(4, EventKind.APPEAL_DECISION, D(2026, 10, 30), Outcome.PARTIAL_GRANT)
    assert assess(_due("appeal_decision_due"), [*events, decided], D(2026, 11, 20)).text == (
        "Appeal decided on Fri 2026-10-30.")


def test_the_requesters_own_appeal_window() -> None:
    late_appeal = _event(1, EventKind.APPEAL_FILED, D(2026, 11, 2), direction=Direction.OUTGOING)
    assert assess(_due("appeal_due"), [late_appeal], D(2026, 12, 1)).text == (
        "Appeal filed on Mon 2026-11-02 (after the deadline).")
    assert assess(_due("appeal_due"), [], D(2026, 10, 31)).text == (
        "The window closed without an appeal being logged.")
    assert assess(_due("appeal_due"), [], D(2026, 10, 29)).text == "The requester's deadline: 1 day left."


def test_the_day_a_lawsuit_may_be_filed() -> None:
    assert assess(_due("may_sue_from"), [], D(2026, 10, 29)).text == "Available from Fri 2026-10-30."
    assert assess(_due("may_sue_from"), [], DUE).text == "Available now."


def test_a_statutory_date_with_no_rule_of_its_own_says_nothing() -> None:
    assert assess(_due("something_new"), [], DUE).text == ""
    assert assess(_due("follow_up", statutory=False), [], DUE).verdict == "info"


def _pdf_text(data: bytes) -> str:
    return "\n".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _deadlines(events: list[Event]) -> Deadlines:
    context = make_rules_context()
    return compute_deadlines(context.catalog.get("US"), events, context.calendar("US"))


def _data(events: list[Event], **request: object) -> ChronologyData:
    agency = Agency(id=3, name="Zephyr Port Authority", abbreviation="ZPA",
                    mailing_address="Zephyr Port Authority\nFOIA Office\n1 Pier Rd, Oakland, CA",
                    foia_email="foia@zpa.gov")
    return ChronologyData(
        request=Request(id=12, subject="Harbour dredging permits", agency_id=3, agency_name=agency.name,
                        jurisdiction="US", status=Status.PARTIALLY_GRANTED, **request),  # type: ignore[arg-type]
        agency=agency, events=events, deadlines=_deadlines(events),
        law="United States (federal): Freedom of Information Act, 5 U.S.C. § 552",
        requester="Dana Ortiz, Harbor Legal Aid", requester_contact="dana@harborlegal.org",
        as_of=D(2026, 12, 3), generated=D(2026, 12, 3), batch=((13, "Coast Guard"),))


def test_the_chronology_numbers_the_events_judges_the_deadlines_and_lists_the_documents() -> None:
    letter = AttachmentInfo(id=7, event_id=2, filename="decision.pdf", media_type="application/pdf", size=12_345,
                            sha256="ab" * 32)
    events = [
        _event(1, EventKind.SUBMITTED, D(2026, 10, 1), direction=Direction.OUTGOING),
        _event(2, EventKind.FINAL_DETERMINATION, D(2026, 11, 3), Outcome.PARTIAL_GRANT, pages_released=40,
               pages_withheld=12, exemptions=("b(6)", "b(7)(C)"), tracking_number="2026-FOIA-88",
               attachments=(letter,)),
    ]
    text = _pdf_text(chronology_pdf(_data(events)))
    assert "Zephyr Port Authority (ZPA) FOIA Office" in text  # the address's first line repeated the name
    assert "Date sent Thu 2026-10-01" in text and "Tracking number 2026-FOIA-88" in text
    assert "Filed together with request #13 to Coast Guard" in text
    assert "Outcome: partial grant · Tracking no. 2026-FOIA-88 · 40 pages released · 12 pages withheld · " \
           "Exemptions: b(6), b(7)(C)" in text
    assert "MISSED Determination on Tue 2026-11-03, 4 days late." in text
    assert "Documents: Doc. 1." in text
    assert "ab" * 32 in text.replace(" ", "") and "12,345 bytes" in text
    assert "Chronology of request #12: Harbour dredging permits (ZPA)" in text  # the running head of page 2


def test_long_texts_are_printed_in_full_after_their_table() -> None:
    details = "The agency wrote at length. " * 60 + "THE LAST WORDS."
    assert len(details) > LONG_TEXT
    sought = "Every permit. " * 80
    events = [_event(1, EventKind.SUBMITTED, D(2026, 10, 1), direction=Direction.OUTGOING),
              _event(2, EventKind.NOTE, D(2026, 10, 9), details=details)]
    text = _pdf_text(chronology_pdf(_data(events, records_sought=sought)))
    assert "(continued in note 1 below)" in text
    assert "(continued in note 2 after the chronology)" in text
    assert "Note 1. Records sought" in text and "Note 2. Fri 2026-10-09, Note" in text
    assert text.count("THE LAST WORDS.") == 1


def test_a_draft_says_nothing_was_logged_and_no_deadline_runs() -> None:
    data = _data([])
    text = _pdf_text(chronology_pdf(replace(data, deadlines=None, batch=())))
    assert "Nothing has been logged yet: the request is a draft." in text
    assert "No deadline runs yet: no sent or received date is logged." in text
    assert "No documents are attached to this request's events." in text
    assert "Date sent Not sent (draft)" in text


@pytest.mark.parametrize("subject", ["x" * 59 + "yz", "A" * 200])
def test_a_long_subject_is_shortened_in_the_running_head(subject: str) -> None:
    data = _data([_event(n, EventKind.NOTE, D(2026, 10, 2), details="n " * 300) for n in range(1, 40)])
    text = _pdf_text(chronology_pdf(replace(data, request=replace(data.request, subject=subject))))
    assert f"Chronology of request #12: {subject[:59]}… (ZPA)" in text

"""The overdue report and the per-agency performance report (PDF).

The overdue report prints what the dashboard shows, as of a day: requests overdue (most late first, with
calendar and working days late), due within 7 and within 8-14 days, appeal windows closing, and requests
where the requester may sue now. The agency report prints the statistics of
:mod:`foiatrack.services.statistics` with the text that says exactly what is counted, because a number
without its definition invites a dispute.

The data arrive as plain objects (the dashboard's lists and the statistics); these functions only lay
them out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from reportlab.platypus import Flowable, Paragraph

from foiatrack.exchange.pdf import MAX_CELL, Frame, day, heading, none_row, para, render, table, text

DEFINITION_BULLET = "* "


# Read-only members (properties): the services hand frozen values.
class Listed(Protocol):
    """A request as the dashboard lists it (:class:`foiatrack.services.queries.RequestSummary`)."""

    @property
    def id(self) -> int: ...
    @property
    def subject(self) -> str: ...
    @property
    def agency(self) -> str: ...
    @property
    def agency_abbreviation(self) -> str: ...
    @property
    def tracking_number(self) -> str | None: ...
    @property
    def due_date(self) -> dt.date | None: ...
    @property
    def appeal_due(self) -> dt.date | None: ...
    @property
    def may_sue_from(self) -> dt.date | None: ...
    @property
    def days_overdue(self) -> int: ...

    @property
    def status(self) -> object: ...


class Lists(Protocol):
    """The dashboard's lists (:class:`foiatrack.services.statistics.DashboardLists`)."""

    @property
    def as_of(self) -> dt.date: ...
    @property
    def overdue(self) -> Sequence[Listed]: ...
    @property
    def overdue_total(self) -> int: ...
    @property
    def very_overdue_total(self) -> int: ...
    @property
    def working_days_overdue(self) -> Mapping[int, int]: ...
    @property
    def very_overdue(self) -> frozenset[int]: ...
    @property
    def very_overdue_threshold(self) -> int: ...
    @property
    def due_within_7(self) -> Sequence[Listed]: ...
    @property
    def due_within_14(self) -> Sequence[Listed]: ...
    @property
    def appeal_closing(self) -> Sequence[Listed]: ...
    @property
    def appeal_within(self) -> int: ...
    @property
    def may_sue(self) -> Sequence[Listed]: ...


class AgencyNumbers(Protocol):
    """One agency's statistics (:class:`foiatrack.services.statistics.AgencyStatistics`)."""

    @property
    def display_name(self) -> str: ...
    @property
    def requests(self) -> int: ...
    @property
    def responded(self) -> int: ...
    @property
    def median_first_response(self) -> float | None: ...
    @property
    def determined(self) -> int: ...
    @property
    def median_determination(self) -> float | None: ...
    @property
    def on_time(self) -> int: ...
    @property
    def on_time_counted(self) -> int: ...

    @property
    def on_time_share(self) -> float | None: ...


def _agency(row: Listed) -> str:
    return row.agency_abbreviation or row.agency


def _status(row: Listed) -> str:
    status = row.status
    return str(getattr(status, "label", status))


def _subject(row: Listed) -> Paragraph:
    extra = (f"<br/><font size='7'>Tracking no. {text(row.tracking_number, 120)}</font>"
             if row.tracking_number else "")
    return para(f"{text(row.subject, MAX_CELL)}{extra}", markup=True)


def overdue_pdf(lists: Lists, generated: dt.date, *, organisation: str = "") -> bytes:
    """The overdue report as of ``lists.as_of``."""
    as_of = lists.as_of
    story: list[Flowable] = heading(
        "Overdue and Upcoming Public-Records Deadlines", organisation,
        f"As of {day(as_of)}. Dates are computed by foiatrack from the events logged for each request; the "
        f"chronology of a request explains every date.")
    very = lists.very_overdue_threshold
    story.append(para(
        f"<b>{lists.overdue_total}</b> overdue ({lists.very_overdue_total} more than {very} working days late) · "
        f"<b>{len(lists.due_within_7)}</b> due within 7 days · <b>{len(lists.due_within_14)}</b> due in 8-14 days "
        f"· <b>{len(lists.appeal_closing)}</b> appeal windows closing within {lists.appeal_within} days · "
        f"<b>{len(lists.may_sue)}</b> where you may sue", "body", markup=True))

    story.append(para("Overdue, most late first", "h2"))
    if lists.overdue:
        rows = []
        for row in lists.overdue:
            working = lists.working_days_overdue.get(row.id)
            flag = " ▲" if row.id in lists.very_overdue else ""
            rows.append([f"#{row.id}", _agency(row), _subject(row), day(row.due_date), str(row.days_overdue),
                         "" if working is None else f"{working}{flag}", _status(row)])
        story.append(table(["No.", "Agency", "Subject", "Was due", "Days late", "Working days late", "Status"],
                           rows, [0.45, 0.8, 2.75, 1.1, 0.6, 0.75, 1.05], numeric=(4, 5)))
        story.append(para(f"▲ more than {very} working days late.", "note"))
        if len(lists.overdue) < lists.overdue_total:
            story.append(para(f"{len(lists.overdue)} of {lists.overdue_total} shown.", "note"))
    else:
        story.append(none_row("No request is overdue."))

    for title, rows in ((f"Due within 7 days (by {day(as_of + dt.timedelta(days=7))})", lists.due_within_7),
                        ("Due in 8 to 14 days", lists.due_within_14)):
        story.append(para(title, "h2"))
        if rows:
            story.append(table(["No.", "Agency", "Subject", "Due", "Days left", "Status"], [
                [f"#{r.id}", _agency(r), _subject(r), day(r.due_date),
                 str((r.due_date - as_of).days) if r.due_date else "", _status(r)] for r in rows
            ], [0.45, 0.8, 3.35, 1.1, 0.6, 1.2], numeric=(4,)))
        else:
            story.append(none_row())

    story.append(para(f"Appeal windows closing within {lists.appeal_within} days", "h2"))
    if lists.appeal_closing:
        story.append(table(["No.", "Agency", "Subject", "Appeal by", "Days left", "Determination"], [
            [f"#{r.id}", _agency(r), _subject(r), day(r.appeal_due),
             str((r.appeal_due - as_of).days) if r.appeal_due else "", _status(r)] for r in lists.appeal_closing
        ], [0.45, 0.8, 3.35, 1.1, 0.6, 1.2], numeric=(4,)))
    else:
        story.append(none_row())

    story.append(para("Requests where you may sue now", "h2"))
    if lists.may_sue:
        story.append(table(["No.", "Agency", "Subject", "May sue from", "Status"], [
            [f"#{r.id}", _agency(r), _subject(r), day(r.may_sue_from), _status(r)] for r in lists.may_sue
        ], [0.45, 0.8, 3.35, 1.3, 1.2]))
        story.append(para("The agency missed its time limit, so the requester is deemed to have exhausted "
                          "administrative remedies (for federal requests, 5 U.S.C. § 552(a)(6)(C)(i)).", "note"))
    else:
        story.append(none_row())
    frame = Frame("Overdue and upcoming deadlines", f"Overdue and upcoming deadlines as of {day(as_of)}", generated,
                  f"Overdue report as of {as_of.isoformat()}")
    return render(story, frame, subject="Overdue and upcoming public-records deadlines")


def _median(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _share(numbers: AgencyNumbers) -> str:
    share = numbers.on_time_share
    if share is None:
        return "–"
    return f"{numbers.on_time} of {numbers.on_time_counted} ({share:.0%})"


def agencies_pdf(agencies: Sequence[AgencyNumbers], overall: AgencyNumbers, as_of: dt.date, generated: dt.date,
                 definition: str, *, organisation: str = "") -> bytes:
    """The per-agency performance report; *definition* says what is counted (printed below the table)."""
    story: list[Flowable] = heading("Agency Performance on Public-Records Requests", organisation,
                                    f"As of {day(as_of)}. Days are working days: weekends, public holidays, "
                                    "closure days and the days the clock was paused are not counted.")
    rows = [[a.display_name, a.requests, a.responded, _median(a.median_first_response), a.determined,
             _median(a.median_determination), _share(a)] for a in agencies]
    rows.append([para(overall.display_name, "cell_bold"), overall.requests, overall.responded,
                 _median(overall.median_first_response), overall.determined,
                 _median(overall.median_determination), _share(overall)])
    if agencies:
        story.append(table(
            ["Agency", "Requests", "Answered", "Median days to first answer", "Determined",
             "Median days to determination", "Determined on time"],
            rows, [2.1, 0.8, 0.85, 1.0, 0.95, 1.25, 1.05], bold_last=True, numeric=(1, 2, 3, 4, 5)))
    else:
        story.append(none_row("No requests yet."))
    story.append(para("What is counted", "h2"))
    for line in _bullets(definition):
        story.append(para(line, "bullet", markup=True))
    frame = Frame("Agency performance", f"Agency performance as of {day(as_of)}", generated,
                  f"Agency performance as of {as_of.isoformat()}")
    return render(story, frame, subject="Agency performance on public-records requests")


def _bullets(definition: str) -> list[str]:
    """The definition's bullet points as paragraphs (``**bold**`` kept, other markdown dropped)."""
    items: list[str] = []
    for raw in definition.splitlines():
        line = raw.strip()
        if line.startswith(DEFINITION_BULLET):
            items.append(line[len(DEFINITION_BULLET):])
        elif line and items:
            items[-1] += " " + line
        elif line:
            items.append(line)
    result = []
    for item in items:
        escaped = text(item)
        escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)
        escaped = re.sub(r"\*(.+?)\*", r"<i>\1</i>", escaped).replace("``", "")
        result.append("• " + escaped)
    return result

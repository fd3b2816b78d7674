"""The derived deadlines of one request, each with the explanation a reader can check by hand.

Explanations are shown as wrapped text, not tooltips: staff quote them in letters and appeals, and a
keyboard or screen-reader user must be able to read them. Unverified rules and reminders that are not
statutory deadlines are flagged in words.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable

from PySide6.QtWidgets import QTextBrowser, QWidget

from foiatrack.core.deadlines import Deadlines, DerivedDate, Lateness
from foiatrack.core.rules import Note
from foiatrack.services.queries import RequestDetail
from foiatrack.ui.palette import colours
from foiatrack.ui.widgets import display_date


def lateness_text(detail: RequestDetail) -> str:
    """One sentence on where the agency stands as of today (or why no clock runs)."""
    deadlines, lateness = detail.deadlines, detail.lateness
    if deadlines is None or deadlines.clock_start is None:
        return "Draft: no sent or received date is logged, so no clock runs yet."
    due = deadlines.agency_due
    if due is None:
        return f"Nothing is owed by the agency now (status: {detail.request.status.label})."
    if lateness is not None and lateness.overdue:
        return overdue_text(due, lateness)
    days = (due.date - detail.as_of).days
    when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
    return f"On time: {due.label.lower()} {display_date(due.date)} ({when})."


def overdue_text(due: DerivedDate, lateness: Lateness) -> str:
    very = " — very overdue" if lateness.very_overdue else ""
    # "response was due 2025-10-30", not "response due was 2025-10-30"; labels are "<what> due[ (note)]".
    what, due_word, note = due.label.lower().partition(" due")
    when = (f"{what} was due {display_date(due.date)}{note}" if due_word
            else f"{what} was {display_date(due.date)}")
    return f"⚠ {lateness.days_overdue} days late{very}: {when} ({lateness.working_days_overdue} working days ago)."


def _flags(date: DerivedDate, current: DerivedDate | None, as_of: dt.date | None = None) -> list[str]:
    flags = []
    if as_of is not None and date.date < as_of:
        flags.append("you may sue now" if date.name == "may_sue_from" else "passed")
    if current is not None and date.name == current.name:
        flags.append("the agency's current deadline")
    if not date.verified:
        flags.append("⚠ unverified rule: check it before relying on it")
    if not date.statutory:
        flags.append("reminder, not a statutory deadline")
    return flags


def _date_html(date: DerivedDate, current: DerivedDate | None, as_of: dt.date | None = None) -> str:
    flags = _flags(date, current, as_of)
    theme = colours()
    flag_html = "".join(
        f" <span style='background:{theme.warning_background}; color:{theme.warning_text}'>[{html.escape(f)}]</span>"
        if f != "passed" else f" <span style='color:{theme.late}'><b>[passed]</b></span>" for f in flags)
    citation = f"<br><i>{html.escape(date.citation)}</i>" if date.citation else ""
    return (f"<p><b>{html.escape(date.label)}: {html.escape(display_date(date.date))}</b> "
            f"({date.date.strftime('%a')} {date.date.isoformat()}){flag_html}<br>"
            f"{html.escape(date.explanation)}{citation}</p>")


def _list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


def deadlines_html(detail: RequestDetail) -> str:
    """The whole panel as HTML (also printed with the request)."""
    deadlines: Deadlines | None = detail.deadlines
    parts = [f"<h3>Deadlines</h3><p><b>{html.escape(lateness_text(detail))}</b></p>"]
    if deadlines is None:
        parts.append("<p>Log the date the request was sent (or received) to compute its deadlines.</p>")
        return "".join(parts)
    parts.append(f"<p>{html.escape(deadlines.clock_start_explanation)}</p>")
    if deadlines.tolled_days:
        parts.append(f"<p>The clock was paused for {deadlines.tolled_days} days in total.</p>")
    for date in deadlines.all_dates():
        parts.append(_date_html(date, deadlines.agency_due, detail.as_of))
    if deadlines.warnings:
        parts.append("<h4>⚠ Warnings</h4>" + _list(deadlines.warnings))
    notes = deadlines.untold_notes()
    if notes:
        parts.append("<h4>Rules to know</h4>" + _list(_note(n) for n in notes))
    return "".join(parts)


def _note(note: Note) -> str:
    cited = f" ({note.citation})" if note.citation else ""
    return note.text + cited + ("" if note.verified else " [unverified rule: check it before relying on it]")


class DeadlinesView(QTextBrowser):
    """Read-only, wrapped, selectable and keyboard-scrollable text of every deadline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Deadlines")
        self.setOpenLinks(False)
        self.setMinimumWidth(280)

    def show_detail(self, detail: RequestDetail) -> None:
        self.setHtml(deadlines_html(detail))

"""Table models of the dashboard and the agencies page: short request lists and per-agency statistics.

The lists are small (the dashboard asks for at most a few hundred rows each), so the standard
:class:`QSortFilterProxyModel` sorts them on :data:`SortRole`, which carries native values (dates, numbers)
so that "Due" sorts by date and "Days late" by number, not as text. Every row knows its request id
(:data:`IdRole`), which is what "open the request" needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from foiatrack.core.next_step import NextStep, next_step
from foiatrack.core.vocabulary import Status
from foiatrack.services.dashboard_read import AgencyStatistics, RequestSummary
from foiatrack.services.jurisdictions import acknowledging_jurisdictions
from foiatrack.ui.palette import LIGHT, colours
from foiatrack.ui.table_model import RowTableModel
from foiatrack.ui.widgets import display_date

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

LATE_COLOUR = QColor(LIGHT.late)  # kept for importers; painting uses colours() of the current palette
StatusRole = Qt.ItemDataRole.UserRole + 4  # the Status of a status cell (drawn as a chip)
AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def days_text(days: int, unit: str = "day") -> str:
    return f"{days} {unit}" + ("" if days == 1 else "s")


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a request list: its header, the text shown and the value sorted on."""

    header: str
    text: Callable[[RequestSummary, ListContext], str]
    key: Callable[[RequestSummary, ListContext], Any]
    numeric: bool = False
    # True where the cell's date has passed: drawn in the palette's "late" colour.
    passed: Callable[[RequestSummary, ListContext], bool] | None = None


@dataclass(frozen=True, slots=True)
class ListContext:
    """What some columns need besides the row: the as-of day and the working days late."""

    as_of: dt.date
    working_days_overdue: dict[int, int]
    very_overdue: frozenset[int]


def _row_context(context: ListContext, request_id: int) -> tuple[int | None, bool]:
    """What a row's cells take from the list's context besides the as-of day."""
    return context.working_days_overdue.get(request_id), request_id in context.very_overdue


def _runs(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending *numbers* as (first, last) runs of consecutive ones: one ``dataChanged`` a run."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


def _subject(row: RequestSummary, _c: ListContext) -> str:
    return f"{row.subject}  [sample]" if row.is_sample else row.subject


def _agency(row: RequestSummary, _c: ListContext) -> str:
    return row.agency_abbreviation or row.agency


def _until(day: dt.date | None, ctx: ListContext) -> int | None:
    return (day - ctx.as_of).days if day is not None else None


def _in_days(day: dt.date | None, ctx: ListContext) -> str:
    left = _until(day, ctx)
    if left is None:
        return ""
    return "today" if left == 0 else ("tomorrow" if left == 1 else f"in {left} days")


def step_of(row: RequestSummary, ctx: ListContext) -> NextStep:
    """The row's running deadline and next step (see :mod:`foiatrack.core.next_step`)."""
    return next_step(row.status, ctx.as_of, due_date=row.due_date, response_due=row.response_due,
                     extended_due=row.extended_due, appeal_due=row.appeal_due,
                     appeal_decision_due=row.appeal_decision_due, may_sue_from=row.may_sue_from,
                     acknowledgement_answers=row.jurisdiction in acknowledging_jurisdictions())


def _deadline_text(row: RequestSummary, ctx: ListContext) -> str:
    return step_of(row, ctx).deadline


def _late_text(row: RequestSummary, _c: ListContext) -> str:
    return days_text(row.days_overdue) if row.days_overdue else ""


SUBJECT = Column("Subject", _subject, lambda r, _c: r.subject.casefold())
AGENCY = Column("Agency", _agency, lambda r, _c: (r.agency_abbreviation or r.agency).casefold())
STATUS = Column("Status", lambda r, _c: r.status.label, lambda r, _c: r.status.label)
SENT = Column("Sent", lambda r, _c: display_date(r.sent_on) or "draft", lambda r, _c: r.sent_on)
DUE = Column("Due", lambda r, _c: display_date(r.due_date), lambda r, _c: r.due_date,
             passed=lambda r, c: r.due_date is not None and r.due_date < c.as_of)
DAYS_LATE = Column("Days late", lambda r, _c: str(r.days_overdue) if r.days_overdue else "",
                   lambda r, _c: r.days_overdue, numeric=True)
DEADLINE = Column("Deadline", _deadline_text, lambda r, c: _deadline_text(r, c).casefold())
NEXT = Column("Next step", lambda r, c: step_of(r, c).step, lambda r, c: step_of(r, c).date or dt.date.max,
              passed=lambda r, c: step_of(r, c).passed)
WORKING_LATE = Column(
    "Working days late", lambda r, c: str(c.working_days_overdue.get(r.id, "")),
    lambda r, c: c.working_days_overdue.get(r.id), numeric=True)
VERY = Column("Very overdue", lambda r, c: "⚠ very overdue" if r.id in c.very_overdue else "",
              lambda r, c: r.id in c.very_overdue)
DUE_IN = Column("Due in", lambda r, c: _in_days(r.due_date, c), lambda r, c: _until(r.due_date, c))
APPEAL_BY = Column("Appeal by", lambda r, _c: display_date(r.appeal_due), lambda r, _c: r.appeal_due,
                   passed=lambda r, c: r.appeal_due is not None and r.appeal_due < c.as_of)
APPEAL_LEFT = Column("Days left", lambda r, c: _in_days(r.appeal_due, c), lambda r, c: _until(r.appeal_due, c))
MAY_SUE = Column("May sue since", lambda r, _c: display_date(r.may_sue_from), lambda r, _c: r.may_sue_from)
TRACKING = Column("Tracking number", lambda r, _c: r.tracking_number or "",
                  lambda r, _c: (r.tracking_number or "").casefold())

def _late_summary(row: RequestSummary, ctx: ListContext) -> str:
    working = ctx.working_days_overdue.get(row.id)
    text = days_text(row.days_overdue) + (f" ({working} working)" if working is not None else "")
    return f"⚠ {text}" if row.id in ctx.very_overdue else text  # ⚠, bold and red: very overdue (the tab says so)


# Calendar and working days late in one column, so the next step fits beside them on a laptop screen.
LATE = Column("Late", _late_summary, lambda r, _c: r.days_overdue, numeric=True)
OVERDUE_COLUMNS = (SUBJECT, AGENCY, DEADLINE, DUE, LATE, NEXT)
DUE_COLUMNS = (SUBJECT, AGENCY, STATUS, DEADLINE, DUE, DUE_IN, NEXT)
# Every row here has an appeal window closing: the step is the appeal, whatever else is pending.
APPEAL_NEXT = Column("Next step", lambda r, _c: f"appeal by {r.appeal_due.isoformat()}" if r.appeal_due else "",
                     lambda r, _c: r.appeal_due,
                     passed=lambda r, c: r.appeal_due is not None and r.appeal_due < c.as_of)
APPEAL_COLUMNS = (SUBJECT, AGENCY, STATUS, APPEAL_BY, APPEAL_LEFT, APPEAL_NEXT)
MAY_SUE_COLUMNS = (SUBJECT, AGENCY, STATUS, DEADLINE, DUE, MAY_SUE, NEXT)
AGENCY_REQUEST_COLUMNS = (SUBJECT, STATUS, DUE, DAYS_LATE)  # narrow: it shares the page with the directory


# The roles RequestListModel.data answers (every other one is None).
_LIST_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SortRole, IdRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, StatusRole,
})


class RequestListModel(RowTableModel):
    """Request summaries shown with a chosen set of columns."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        # Asked for on every column count, and Qt counts columns for nearly every cell it measures.
        self._headers = tuple(column.header for column in self.columns)
        self._rows: list[RequestSummary] = []
        self._context = ListContext(dt.date.today(), {}, frozenset())
        self._bold = QFont()
        self._bold.setBold(True)
        # Each cell's text and lateness, worked out the first time Qt asks: it asks every cell for each of
        # a dozen roles, again for each measure of a column sized to its contents, and the next step is
        # derived from the request's dates each time.
        self._texts: dict[tuple[int, int], str] = {}
        self._late: dict[tuple[int, int], bool] = {}
        self.resets = 0  # how many times set_rows had to reset the model (its view keeps the selection)

    def set_rows(self, rows: Sequence[RequestSummary], context: ListContext | None = None) -> None:
        """Show *rows*, touching only what differs from the rows shown: equal rows leave the model alone
        (no reset, so no re-measuring and no lost selection); as many rows as before, some different, are
        changed in place (``dataChanged`` for those rows only); another count resets the model."""
        new_rows = list(rows)
        new_context = self._context if context is None else context
        if len(new_rows) != len(self._rows) or new_context.as_of != self._context.as_of:
            self.resets += 1
            self.beginResetModel()
            self._rows, self._context = new_rows, new_context
            self._texts.clear()
            self._late.clear()
            self.endResetModel()
            return
        old_rows, old_context = self._rows, self._context
        changed = [number for number, (old, new) in enumerate(zip(old_rows, new_rows, strict=True))
                   if old != new or _row_context(old_context, new.id) != _row_context(new_context, new.id)]
        self._rows, self._context = new_rows, new_context
        if not changed:
            return
        last_column = len(self.columns) - 1
        for first, last in _runs(changed):
            for row in range(first, last + 1):
                for column in range(len(self.columns)):
                    self._texts.pop((row, column), None)
                    self._late.pop((row, column), None)
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def rows(self) -> list[RequestSummary]:
        return list(self._rows)

    def headers(self) -> Sequence[str]:
        return self._headers

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell (see :meth:`data`), for sizing its column."""
        text = self._texts.get((row, column))
        if text is None:
            text = self._texts[row, column] = self.columns[column].text(self._rows[row], self._context)
        return text

    def emphasised(self, row: int) -> bool:
        """Whether the row is shown in bold (very overdue)."""
        return self._rows[row].id in self._context.very_overdue

    def _is_late(self, row: RequestSummary, column: Column) -> bool:
        if column is VERY or column is LATE:
            return row.id in self._context.very_overdue
        return column.passed is not None and column.passed(row, self._context)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks each cell for a dozen roles as it measures and paints; most have no answer here.
        if role not in _LIST_ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cell = (index.row(), index.column())
        row = self._rows[cell[0]]
        column = self.columns[cell[1]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = column.text(row, self._context)
            return text
        if role == SortRole:
            return column.key(row, self._context)
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tracking = f" · {row.tracking_number}" if row.tracking_number else ""
            sent = f"\nSent {display_date(row.sent_on)}" if row.sent_on else ""
            very = ("\nVery overdue (past the threshold set in Settings)."
                    if row.id in self._context.very_overdue else "")
            # The whole next step too: on a small screen its column gives way and shows it shortened.
            steps = [c.text(row, self._context) for c in self.columns if c.header == "Next step"]
            step = f"\nNext step: {steps[0]}" if steps and steps[0] else ""
            return (f"{row.subject}\n{row.agency} · {row.status.label}{tracking}{sent}{very}{step}\n"
                    "Enter or double-click opens the request.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and row.id in self._context.very_overdue:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            late = self._late.get(cell)
            if late is None:
                late = self._late[cell] = self._is_late(row, column)
            return QBrush(QColor(colours().late)) if late else None
        if role == StatusRole and column is STATUS:
            return row.status
        return None


def _median_text(value: float | None, count: int) -> str:
    if value is None:
        return "–"
    shown = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return f"{shown} (of {count})"


def share_text(stat: AgencyStatistics) -> str:
    share = stat.on_time_share
    if share is None:
        return "–"
    return f"{share:.0%} ({stat.on_time} of {stat.on_time_counted})"


# Two-line headers keep the numeric columns narrow enough for a 1024-pixel window.
_STAT_HEADERS = ("Agency", "Requests", "First response\n(median working days)",
                 "Determination\n(median working days)", "Answered\non time")
_STAT_TIPS = (
    None, "Requests filed with the agency in the period shown, drafts included.",
    "Median over the requests that have had a first response (acknowledgement, tracking number, interim "
    "release or determination); the number in brackets is how many.",
    "Median over the requests with a final determination (withdrawals excluded).",
    "Determinations on or before the (extended) due date, out of the requests determined or already past "
    "their due date; requests still unanswered after their due date count as late.",
)


class AgencyStatsModel(RowTableModel):
    """One row per agency with its statistics; the 'All agencies' total is the last row."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgencyStatistics] = []

    def set_rows(self, rows: Sequence[AgencyStatistics], total: AgencyStatistics | None = None) -> None:
        """As :meth:`RequestListModel.set_rows`: equal rows are left alone, changed ones changed in place."""
        new_rows = list(rows) + ([total] if total is not None else [])
        if len(new_rows) != len(self._rows):
            self.beginResetModel()
            self._rows = new_rows
            self.endResetModel()
            return
        changed = [number for number, (old, new) in enumerate(zip(self._rows, new_rows, strict=True)) if old != new]
        self._rows = new_rows
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(_STAT_HEADERS) - 1))

    def statistic(self, row: int) -> AgencyStatistics:
        return self._rows[row]

    def cell_text(self, row: int, column: int) -> str:
        """The text shown in a cell, for sizing its column."""
        return self._texts(self._rows[row])[column]

    def emphasised(self, row: int) -> bool:
        """Whether the row is shown in bold (the "All agencies" total)."""
        return self._rows[row].agency_id == 0

    @staticmethod
    def _texts(stat: AgencyStatistics) -> tuple[str, str, str, str, str]:
        return (stat.display_name, str(stat.requests), _median_text(stat.median_first_response, stat.responded),
                _median_text(stat.median_determination, stat.determined), share_text(stat))

    def headers(self) -> Sequence[str]:
        return _STAT_HEADERS

    def header_tooltip(self, section: int) -> str | None:
        return _STAT_TIPS[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        stat = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts(stat)[column]
        if role == SortRole:
            total = stat.agency_id == 0  # the total stays at the bottom whichever way the column sorts
            value = (stat.agency.casefold(), stat.requests, stat.median_first_response,
                     stat.median_determination, stat.on_time_share)[column]
            return (total, value is None, value if value is not None else 0)
        if role == IdRole:
            return stat.agency_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and stat.agency_id == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts on :data:`SortRole`; ``None`` values sort last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        if a is None or b is None:
            return a is not None and b is None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def request_id(self, index: AnyIndex) -> int | None:
        value = index.sibling(index.row(), 0).data(IdRole) if index.isValid() else None
        return int(value) if value is not None else None


class TotalLastProxy(SortProxy):
    """Sorts agency statistics with the "All agencies" total (id 0) last in either direction."""

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        left_total = left.sibling(left.row(), 0).data(IdRole) == 0
        right_total = right.sibling(right.row(), 0).data(IdRole) == 0
        if left_total != right_total:
            # Qt reverses the comparison for a descending sort; answer so the total ends up last.
            descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
            return left_total if descending else right_total
        return super().lessThan(left, right)


class StatusCountModel(RowTableModel):
    """Requests per status, in the order of the statuses' life cycle (the chart's numbers, as a table)."""

    HEADERS = ("Status", "Requests")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Status, int]] = []

    def set_counts(self, counts: dict[Status, int]) -> None:
        self.beginResetModel()
        self._rows = [(status, counts[status]) for status in Status if counts.get(status)]
        self.endResetModel()

    def headers(self) -> Sequence[str]:
        return self.HEADERS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        status, count = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return status.label if index.column() == 0 else str(count)
        if role == SortRole:
            return list(Status).index(status) if index.column() == 0 else count
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return _RIGHT
        return None

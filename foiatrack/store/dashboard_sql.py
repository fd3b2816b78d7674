"""The dashboard's SQL, as plain text that any connection runs: the action lists, the counts by status,
the late counts, and the per-agency statistics read from the figures cached on each request.

One copy of these queries serves two callers: the services run them through SQLAlchemy on their session's
connection (``text()``, SQLite or PostgreSQL), and the app's first dashboard at start-up runs them through
the standard library's ``sqlite3`` before SQLAlchemy is even imported (:mod:`foiatrack.services.first_look`).
So this module imports nothing but the standard library and the vocabulary; each reader is given a
function that runs one statement with named parameters (``:name``, which both drivers accept) and
returns its rows.

The statements are written for the indexes of :mod:`foiatrack.store.schema` (``tests/services/
test_query_plans.py`` checks their plans): the lists read ids through covering indexes, the statistics
one covering index. Values come back as the driver gives them: dates are ISO text on SQLite and dates on
PostgreSQL, booleans 0/1 on SQLite; the caller turns them into values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from foiatrack.core.vocabulary import AWAITING_AGENCY, Status

# Runs one statement with its named parameters; returns every row.
Run = Callable[[str, Mapping[str, Any]], Sequence[Sequence[Any]]]

ADVERSE_STATUSES = (Status.DENIED.value, Status.PARTIALLY_GRANTED.value, Status.NO_RECORDS.value)
# Awaiting the agency, where silence past the deadline may be a denial to appeal (not under appeal already).
AWAITING_DECISION = tuple(s.value for s in AWAITING_AGENCY if s is not Status.APPEALED)
AWAITING = tuple(s.value for s in AWAITING_AGENCY)

# The columns of one list row, in the order of foiatrack.services.queries's summary rows.
SUMMARY_COLUMNS = (
    "requests.id, requests.subject, agencies.name, agencies.abbreviation, requests.agency_id, "
    "requests.jurisdiction, requests.status, requests.sent_on, requests.tracking_number, "
    "requests.response_due, requests.extended_due, requests.due_date, requests.appeal_due, "
    "requests.may_sue_from, requests.is_sample, requests.batch_id, requests.tags_text, "
    "requests.appeal_decision_due"
)

OVERDUE, DUE_WITHIN, APPEAL_CLOSING, MAY_SUE = "overdue", "due_within", "appeal_closing", "may_sue"


def _listed(values: Sequence[str]) -> str:
    """Constant status values as an SQL list (the vocabulary's own words, never user input)."""
    return ", ".join(f"'{value}'" for value in values)


@dataclass(frozen=True, slots=True)
class DashboardSQL:
    """The dashboard's statements, run through *run*. *text_dates*: the database keeps dates as ISO text
    (SQLite), so date parameters are given as text, as SQLAlchemy gives them."""

    run: Run
    text_dates: bool

    def _day(self, day: dt.date) -> object:
        return day.isoformat() if self.text_dates else day

    def _scope(self, include_sample: bool, agency_id: int | None = None) -> tuple[str, dict[str, Any]]:
        """Requests outside the trash, sample ones only if asked for, of one agency if given."""
        where, params = "requests.deleted_at IS NULL", {}
        if not include_sample:
            where += " AND requests.is_sample = :no"
            params["no"] = False
        if agency_id is not None:
            where += " AND requests.agency_id = :agency_id"
            params["agency_id"] = agency_id
        return where, params

    def request_list(self, which: str, as_of: dt.date, *, days: int = 0, include_sample: bool = True,
                     limit: int | None = None) -> Sequence[Sequence[Any]]:
        """One action list's rows (:data:`SUMMARY_COLUMNS`), most urgent first: *which* is
        :data:`OVERDUE`, :data:`DUE_WITHIN` (*days* from *as_of*), :data:`APPEAL_CLOSING` (an appeal
        window closing within *days*) or :data:`MAY_SUE` (a suit possible, still awaiting the agency)."""
        scope, params = self._scope(include_sample)
        params |= {"as_of": self._day(as_of), "until": self._day(as_of + dt.timedelta(days=days))}
        if which == OVERDUE:
            condition = "requests.due_date < :as_of"
        elif which == DUE_WITHIN:
            condition = "requests.due_date BETWEEN :as_of AND :until"
        elif which == APPEAL_CLOSING:
            # An adverse determination, or silence past the deadline where the law makes it a denial (the
            # engine sets appeal_due for a request still awaiting the agency only under such a law). The
            # window is in both branches so that each reads a (status, appeal_due) range of the index.
            condition = (f"((requests.status IN ({_listed(ADVERSE_STATUSES)}) "
                         "AND requests.appeal_due BETWEEN :as_of AND :until) "
                         f"OR (requests.status IN ({_listed(AWAITING_DECISION)}) AND requests.due_date < :as_of "
                         "AND requests.appeal_due BETWEEN :as_of AND :until))")
        elif which == MAY_SUE:
            condition = f"requests.status IN ({_listed(AWAITING)}) AND requests.may_sue_from <= :as_of"
        else:
            raise ValueError(which)
        # Requests without a due date go last; when the list itself requires a due date that term is left
        # out, so SQLite walks the due-date index in order and stops at the limit instead of sorting.
        dated = which in (OVERDUE, DUE_WITHIN)
        order = ("" if dated else "requests.due_date IS NULL, ") + "requests.due_date, requests.id DESC"
        # The ids first, from an index that covers the list and its order, then only those rows.
        limited = ""
        if limit is not None:
            limited = " LIMIT :limit"
            params["limit"] = limit
        statement = (f"SELECT {SUMMARY_COLUMNS} FROM requests JOIN agencies ON agencies.id = requests.agency_id "
                     f"WHERE requests.id IN (SELECT requests.id FROM requests WHERE {scope} AND {condition} "
                     f"ORDER BY {order}{limited}) ORDER BY {order}")
        return self.run(statement, params)

    def status_counts(self, include_sample: bool) -> Sequence[Sequence[Any]]:
        """(status, how many) for the requests outside the trash."""
        scope, params = self._scope(include_sample)
        return self.run(f"SELECT requests.status, count(*) FROM requests WHERE {scope} GROUP BY requests.status",
                        params)

    def late_counts(self, as_of: dt.date, include_sample: bool) -> Sequence[Sequence[Any]]:
        """Late requests counted per (due date, jurisdiction): a few thousand pairs, not a row each."""
        scope, params = self._scope(include_sample)
        params["as_of"] = self._day(as_of)
        return self.run("SELECT requests.due_date, requests.jurisdiction, count(*) FROM requests "
                        f"WHERE requests.due_date < :as_of AND {scope} "
                        "GROUP BY requests.due_date, requests.jurisdiction", params)

    def agency_status_counts(self, include_sample: bool, agency_id: int | None) -> Sequence[Sequence[Any]]:
        """(agency, status, how many) for the requests outside the trash, of one agency if given: the
        status counts kept per agency, so that a change reads its agency's again, not every request's."""
        scope, params = self._scope(include_sample, agency_id)
        return self.run("SELECT requests.agency_id, requests.status, count(*) FROM requests "
                        f"WHERE {scope} GROUP BY requests.agency_id, requests.status", params)

    def agency_late_counts(self, as_of: dt.date, include_sample: bool,
                           agency_id: int | None) -> Sequence[Sequence[Any]]:
        """(agency, due date, jurisdiction, how many) of the late requests, of one agency if given."""
        scope, params = self._scope(include_sample, agency_id)
        params["as_of"] = self._day(as_of)
        return self.run("SELECT requests.agency_id, requests.due_date, requests.jurisdiction, count(*) FROM requests "
                        f"WHERE requests.due_date < :as_of AND {scope} "
                        "GROUP BY requests.agency_id, requests.due_date, requests.jurisdiction", params)

    def _holds(self, as_of: dt.date, stamp: str, params: dict[str, Any]) -> str:
        """Requests whose cached figures are the as-of answer: computed under today's rules (*stamp*) and
        no event they read dated after *as_of* (see :mod:`foiatrack.services.figures`)."""
        params |= {"stamp": stamp, "as_of": self._day(as_of)}
        return ("(requests.rules_version = :stamp "
                "AND (requests.stats_through IS NULL OR requests.stats_through <= :as_of))")

    def cached_counts(self, as_of: dt.date, stamp: str, include_sample: bool, agency_id: int | None,
                      fixed_deadline: Sequence[str]) -> Sequence[Sequence[Any]]:
        """Per agency: the requests whose cache holds, all its requests, and among those that hold and
        are of a jurisdiction in *fixed_deadline* (a deadline to be late for), the on-time share's
        denominator and numerator. Grouped by agency alone, the first column of the statistics index,
        so SQLite counts in the index's order; grouping by jurisdiction or by whether the cache holds
        as well sorted every request through a temporary B-tree (about 25 ms at 50,000 requests)."""
        scope, params = self._scope(include_sample, agency_id)
        holds = self._holds(as_of, stamp, params)
        params["yes"] = True
        codes = [f":fixed_{number}" for number in range(len(fixed_deadline))]
        params |= {code[1:]: jurisdiction for code, jurisdiction in zip(codes, fixed_deadline, strict=True)}
        fixed = f"requests.jurisdiction IN ({', '.join(codes)})" if codes else "1 = 0"
        due = "coalesce(requests.extended_due, requests.response_due)"
        counted = (f"{holds} AND {fixed} AND requests.withdrawn_on IS NULL AND {due} IS NOT NULL "
                   f"AND requests.clock_start IS NOT NULL AND (requests.determined_on IS NOT NULL OR {due} < :as_of)")
        return self.run(
            f"SELECT requests.agency_id, sum(CASE WHEN {holds} THEN 1 ELSE 0 END), count(*), "
            f"sum(CASE WHEN {counted} THEN 1 ELSE 0 END), "
            f"sum(CASE WHEN {counted} AND requests.answered_on_time = :yes THEN 1 ELSE 0 END) "
            f"FROM requests WHERE {scope} GROUP BY requests.agency_id", params)

    def cached_days(self, as_of: dt.date, stamp: str, include_sample: bool,
                    agency_id: int | None) -> Sequence[Sequence[Any]]:
        """(agency, working days to first response, to determination, how many requests) where the
        cache holds: the medians' numbers, a few hundred distinct values however many requests."""
        scope, params = self._scope(include_sample, agency_id)
        holds = self._holds(as_of, stamp, params)
        return self.run(
            "SELECT requests.agency_id, requests.first_response_days, requests.determination_days, count(*) "
            f"FROM requests WHERE {holds} AND (requests.first_response_days IS NOT NULL "
            f"OR requests.determination_days IS NOT NULL) AND {scope} "
            "GROUP BY requests.agency_id, requests.first_response_days, requests.determination_days", params)

    def agency_names(self) -> Sequence[Sequence[Any]]:
        """(id, name, abbreviation) of every agency."""
        return self.run("SELECT agencies.id, agencies.name, agencies.abbreviation FROM agencies", {})

    def closure_days(self) -> Sequence[Sequence[Any]]:
        """(date, name, jurisdiction or NULL for all) of the user's closure days, by date."""
        return self.run("SELECT closure_days.date, closure_days.name, closure_days.jurisdiction "
                        "FROM closure_days ORDER BY closure_days.date", {})

    def setting(self, key: str) -> str | None:
        """A setting's stored JSON text, or None when it was never saved."""
        rows = self.run('SELECT settings.value FROM settings WHERE settings."key" = :key', {"key": key})
        return str(rows[0][0]) if rows else None

    def stale_count(self, stamp: str) -> int:
        """How many requests carry a cache computed under other rules, holidays or closure days than
        *stamp* names (opening the database recomputes them)."""
        rows = self.run("SELECT count(*) FROM requests WHERE requests.rules_version != :stamp", {"stamp": stamp})
        return int(rows[0][0])

    def schema_revision(self) -> str | None:
        """The schema revision the database is at (Alembic's record of it)."""
        rows = self.run("SELECT alembic_version.version_num FROM alembic_version", {})
        return str(rows[0][0]) if rows else None

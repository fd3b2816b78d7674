"""The dashboard: what needs doing today, and how the agencies are doing.

Top: the as-of day (today unless changed, to see the picture on another day), whether sample data
counts, and the report buttons. Then one button per action list with its count (overdue, due in 7 and
8-14 days, appeal windows closing, may sue now), which switch the list tabs below; every row there opens
its request. Bottom: per-agency statistics, requests by status and the on-time share, as tables and
charts, with the exact definitions one tab away.

Loading happens off the UI thread in two parts: the action lists (one indexed query each, shown first)
and the statistics (one pass over the events). A refresh that is overtaken by a newer one is dropped.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.errors import UserError
from foiatrack.services.dashboard_read import STATISTICS_DEFINITION, DashboardLists, Statistics
from foiatrack.services.settings import get_profile
from foiatrack.ui import dashboard_models as models
from foiatrack.ui.dashboard_charts import OnTimeChart, StatusChart
from foiatrack.ui.dashboard_views import FittedColumns, RequestTable, configure_table
from foiatrack.ui.dataflow import Follow, Loader
from foiatrack.ui.tasks import run_task
from foiatrack.ui.widgets import show_error

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.core.models import OrganisationProfile
    from foiatrack.services.first_look import FirstLook
    from foiatrack.services.workspace import Database

OVERDUE, DUE_7, DUE_14, APPEAL, MAY_SUE = range(5)


def date_format() -> str:
    """The locale's short date format with a four-digit year, as the tables show dates (ISO for the C
    locale, which has no convention of its own)."""
    if QLocale().language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


class DashboardPage(QWidget):
    """Overdue and due-soon requests, appeal windows, may-sue list, counts by status, agency statistics."""

    openRequest = Signal(int)
    loaded = Signal()  # both parts of a refresh have arrived (tests and timing use it)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.lists: DashboardLists | None = None
        self.statistics: Statistics | None = None
        self.report_by = ""  # who the printed report is from (the letterhead's organisation or name)
        self.timings: dict[str, float] = {}
        self._pending = 0
        self._started = 0.0
        self._build()
        self.loader = Loader(self)
        self.follow = Follow(self, db, lambda changes: changes.any_requests, self.refresh)

    # --- layout --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setDisplayFormat(date_format())
        self.as_of.setCalendarPopup(True)
        self.as_of.setAccessibleName("As of")
        self.as_of.setToolTip("Judge lateness and deadlines as of this day")
        as_of_label = QLabel("&As of:")
        as_of_label.setBuddy(self.as_of)
        self.today_button = QPushButton("&Today")
        self.today_button.setAccessibleName("Set as of to today")
        self.include_sample = QCheckBox("Include &sample data")
        self.include_sample.setChecked(True)
        self.appeal_days = QSpinBox()
        self.appeal_days.setRange(1, 365)
        self.appeal_days.setValue(30)
        self.appeal_days.setSuffix(" days")
        self.appeal_days.setAccessibleName("Appeal windows closing within days")
        appeal_label = QLabel("Appeal &windows within:")
        appeal_label.setBuddy(self.appeal_days)
        self.refresh_button = QPushButton("&Refresh")
        self.print_button = QPushButton("&Print overdue report…")
        self.pdf_button = QPushButton("Save report as P&DF…")
        controls = QHBoxLayout()
        for widget in (as_of_label, self.as_of, self.today_button, self.include_sample, appeal_label,
                       self.appeal_days, self.refresh_button):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.tiles = [QPushButton() for _ in range(5)]
        tiles = QHBoxLayout()
        for number, tile in enumerate(self.tiles):
            tile.setCheckable(True)
            tile.setAutoExclusive(True)
            tile.clicked.connect(lambda _checked=False, n=number: self.show_list(n))
            # Tiles may shrink on a narrow window (their text is repeated on the tabs below).
            tile.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            tile.setMinimumWidth(60)
            tiles.addWidget(tile)
        self.tiles[OVERDUE].setChecked(True)

        self.overdue_table = RequestTable(models.OVERDUE_COLUMNS, "Overdue requests, most late first")
        self.due_7_table = RequestTable(models.DUE_COLUMNS, "Requests due in the next 7 days")
        self.due_14_table = RequestTable(models.DUE_COLUMNS, "Requests due in 8 to 14 days")
        self.appeal_table = RequestTable(models.APPEAL_COLUMNS, "Appeal windows closing")
        self.may_sue_table = RequestTable(models.MAY_SUE_COLUMNS, "Requests where you may sue now")
        self.list_tables = [self.overdue_table, self.due_7_table, self.due_14_table, self.appeal_table,
                            self.may_sue_table]
        self.list_tabs = QTabWidget()
        self.list_tabs.setAccessibleName("Action lists")
        for table in self.list_tables:
            table.openRequest.connect(self.openRequest)
            self.list_tabs.addTab(table, "")
        self.list_tabs.currentChanged.connect(self._sync_tiles)

        self.stats_model = models.AgencyStatsModel(self)
        stats_proxy = models.TotalLastProxy(self)
        stats_proxy.setSourceModel(self.stats_model)
        self.stats_table = QTableView()
        configure_table(self.stats_table, stats_proxy, "Statistics by agency")
        self.stats_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.stats_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stats_fit = FittedColumns(self.stats_table, range(1, 5), self.stats_model)
        self.status_model = models.StatusCountModel(self)
        status_proxy = models.SortProxy(self)
        status_proxy.setSourceModel(self.status_model)
        self.status_table = QTableView()
        configure_table(self.status_table, status_proxy, "Requests by status")
        self.status_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.status_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status_table.setMaximumWidth(320)
        self.status_chart = StatusChart()
        self.on_time_chart = OnTimeChart()
        status_box = QWidget()
        status_row = QHBoxLayout(status_box)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_table)
        status_row.addWidget(self.status_chart, 1)
        definitions = QTextBrowser()
        definitions.setAccessibleName("How the statistics are counted")
        definitions.setMarkdown(STATISTICS_DEFINITION)
        self.stats_tabs = QTabWidget()
        self.stats_tabs.setAccessibleName("Statistics")
        self.stats_tabs.addTab(self.stats_table, "B&y agency")
        self.stats_tabs.addTab(status_box, "By stat&us")
        self.stats_tabs.addTab(self.on_time_chart, "On-time s&hare")
        self.stats_tabs.addTab(definitions, "How these are &counted")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list_tabs)
        splitter.addWidget(self.stats_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Dashboard status")

        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(tiles)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.pdf_button)
        layout.addLayout(bottom)

        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.today_button.clicked.connect(lambda: self.as_of.setDate(QDate.currentDate()))
        self.include_sample.toggled.connect(lambda _on: self.refresh())
        self.appeal_days.editingFinished.connect(self._appeal_days_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(self.save_report_pdf)
        self._show_counts(None)

    # --- loading -------------------------------------------------------------------------------------
    def as_of_date(self) -> dt.date:
        date = self.as_of.date()
        return dt.date(date.year(), date.month(), date.day())

    def refresh(self) -> None:
        """Reload in the background: the action lists first (they are what needs doing), then the
        statistics. One after the other, not side by side: both are Python-bound, and run together they
        would only slow the lists down. Results of a refresh overtaken by a newer one are dropped (the
        page's :class:`Loader`)."""
        self.follow.stale = False
        self._pending = 2
        self._started = time.perf_counter()
        self.status_label.setText("Loading…")
        from foiatrack.services.statistics import agency_statistics, dashboard_lists  # with SQLAlchemy

        db, as_of, sample = self.db, self.as_of_date(), self.include_sample.isChecked()
        appeal_within = self.appeal_days.value()

        def lists_loaded(lists: DashboardLists) -> None:
            self._lists_loaded(lists)
            self.loader.follow(lambda: (agency_statistics(db, as_of, include_sample=sample), get_profile(db)),
                               self._stats_loaded, self._failed)

        self.loader.load(lambda: dashboard_lists(db, as_of, include_sample=sample, appeal_within=appeal_within),
                         lists_loaded, self._failed)

    @property
    def filled(self) -> bool:
        """Its lists and statistics are in the tables, and no refresh is on its way."""
        return self.lists is not None and self.statistics is not None and self._pending == 0

    def show_first_look(self, look: FirstLook) -> bool:
        """Fill the page with what was read before the database was opened (the app's start-up, see
        :mod:`foiatrack.services.first_look`); False, leaving the page to load as usual, when the look was
        read for other options than the page's. Call it before the page is shown: shown, it does not
        load again."""
        if (look.lists.as_of != self.as_of_date() or look.include_sample != self.include_sample.isChecked()
                or look.appeal_within != self.appeal_days.value()):
            return False
        self.follow.stale = False
        self._pending = 2
        self._started = time.perf_counter()
        self._lists_loaded(look.lists)
        self._stats_loaded((look.statistics, None))
        return True

    def confirm_first_look(self) -> None:
        """Once the database is open: read the dashboard again through the services, in the background, and
        show what differs (a change committed elsewhere while the app was starting); also read who the
        printed report is from. The tables are left alone when nothing changed."""
        from foiatrack.services.statistics import agency_statistics, dashboard_lists  # with SQLAlchemy

        db, as_of, sample = self.db, self.as_of_date(), self.include_sample.isChecked()
        appeal_within = self.appeal_days.value()

        def read() -> tuple[DashboardLists, Statistics, OrganisationProfile]:
            return (dashboard_lists(db, as_of, include_sample=sample, appeal_within=appeal_within),
                    agency_statistics(db, as_of, include_sample=sample), get_profile(db))

        def confirmed(result: tuple[DashboardLists, Statistics, OrganisationProfile]) -> None:
            lists, stats, profile = result
            self._pending = 2
            # Equal values are kept as the service's own (remembered) answers, without touching the tables.
            if lists == self.lists:
                self.lists = lists
            if stats == self.statistics:
                self.statistics = stats
            self._lists_loaded(lists)
            self._stats_loaded((stats, profile))

        self.loader.load(read, confirmed, self._failed)

    def _appeal_days_changed(self) -> None:
        if self.lists is None or self.lists.appeal_within != self.appeal_days.value():
            self.refresh()

    def _lists_loaded(self, lists: DashboardLists) -> None:
        self.timings["lists"] = time.perf_counter() - self._started
        if lists is self.lists:  # the service's remembered answer: nothing changed, the tables show it already
            self._part_done()
            return
        self.lists = lists
        context = models.ListContext(lists.as_of, lists.working_days_overdue, lists.very_overdue)
        for table, rows in zip(self.list_tables, (lists.overdue, lists.due_within_7, lists.due_within_14,
                                                  lists.appeal_closing, lists.may_sue), strict=True):
            table.set_rows(rows, context)
        self.status_model.set_counts(lists.status_counts)
        self.status_chart.set_counts(lists.status_counts)
        self._show_counts(lists)
        self._part_done()

    def _stats_loaded(self, result: tuple[Statistics, OrganisationProfile | None]) -> None:
        stats, profile = result
        if profile is not None:  # None: the first look, read before the database (and its settings) opened
            self.report_by = profile.organisation or profile.name
        self.timings["statistics"] = time.perf_counter() - self._started
        if stats is self.statistics:  # remembered, as above
            self._part_done()
            return
        self.statistics = stats
        self.stats_model.set_rows(stats.agencies, stats.overall)
        self.on_time_chart.set_statistics(stats.agencies)
        self._part_done()

    def _part_done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.timings["total"] = time.perf_counter() - self._started
            shown = "" if self.include_sample.isChecked() else " Sample data left out."
            self.status_label.setText(f"As of {self.as_of.date().toString(Qt.DateFormat.ISODate)}.{shown}")
            self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._pending = -1
        self.status_label.setText("Could not load the dashboard.")
        show_error(self, "Dashboard", error)

    def _show_counts(self, lists: DashboardLists | None) -> None:
        def count(rows: tuple[object, ...] | None) -> str:
            if rows is None or lists is None:
                return "…"
            cut = lists.limit is not None and len(rows) >= lists.limit  # the list stops at the limit
            return f"{len(rows):,}+" if cut else f"{len(rows):,}"

        overdue = f"{lists.overdue_total:,}" if lists else "…"
        very = f" ({lists.very_overdue_total:,} very)" if lists and lists.very_overdue_total else ""
        appeal_days = lists.appeal_within if lists else self.appeal_days.value()
        appeals = len(lists.appeal_closing) if lists else None
        titles = (
            (f"{overdue} &overdue{very}", f"Overdue{very}"),
            (f"{count(lists.due_within_7 if lists else None)} due in &7 days", "Due in 7 days"),
            (f"{count(lists.due_within_14 if lists else None)} due in &8–14 days", "Due in 8–14 days"),
            (f"{count(lists.appeal_closing if lists else None)} appeal window{'' if appeals == 1 else 's'} closing",
             f"Appeal windows closing within {appeal_days} days"),
            (f"{count(lists.may_sue if lists else None)} may sue &now", "May sue now"),
        )
        for number, (tile_text, tab_text) in enumerate(titles):
            self.tiles[number].setText(tile_text)
            self.tiles[number].setAccessibleName(tile_text.replace("&", ""))
            self.list_tabs.setTabText(number, tab_text)
        if lists is not None and lists.truncated:
            self.list_tabs.setTabText(OVERDUE, f"Overdue: the {len(lists.overdue):,} most late of "
                                               f"{lists.overdue_total:,}")

    def show_list(self, number: int) -> None:
        self.list_tabs.setCurrentIndex(number)
        self.list_tables[number].setFocus()

    def _sync_tiles(self, number: int) -> None:
        if 0 <= number < len(self.tiles):
            self.tiles[number].setChecked(True)

    # --- the overdue report --------------------------------------------------------------------------
    def printable_html(self) -> str:
        """The overdue report (the main window's File > Print uses it)."""
        if self.lists is None:
            return "<p>The dashboard is still loading.</p>"
        # On first use, as the reports below: its Qt printing classes cost milliseconds at start-up.
        from foiatrack.ui.dashboard_report import overdue_report_html

        return overdue_report_html(self.lists, self.report_by)

    def print_report(self) -> None:
        """Print the overdue report's PDF (the one File > Reports saves) after a print preview."""
        # The reports (and the exchange package and PDF writer behind them) load on first use, not with
        # the window: start-up does not need them.
        from foiatrack.services.exchange.reports import overdue_report_pdf
        from foiatrack.ui.pdf_print import print_pdf  # with Qt's PDF module

        db, as_of, sample = self.db, self.as_of_date(), self.include_sample.isChecked()
        self.status_label.setText("Preparing the overdue report…")

        def ready(data: bytes) -> None:
            self.status_label.clear()
            try:
                print_pdf(self, data, "Overdue requests")
            except UserError as error:
                show_error(self, "Print report", error)

        run_task(self, lambda: overdue_report_pdf(db, as_of=as_of, include_sample=sample), ready,
                 lambda error: show_error(self, "Print report", error))

    def save_report_pdf(self) -> None:
        suggested = str(Path.home() / f"overdue-requests-{self.as_of_date().isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, "Save the overdue report", suggested, "PDF (*.pdf)")
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from foiatrack.services.exchange.reports import overdue_report  # on first use (see print_report)

        db, as_of, sample = self.db, self.as_of_date(), self.include_sample.isChecked()
        self.status_label.setText("Saving the overdue report…")
        # The same PDF as File > Reports and as Print (one report, one layout), made in the background.
        run_task(self, lambda: overdue_report(db, path, as_of=as_of, include_sample=sample),
                 lambda _written: self.status_label.setText(f"Saved the overdue report to {path}."),
                 lambda error: show_error(self, "Save report", error))

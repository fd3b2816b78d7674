"""The agency directory: find, add, edit and delete agencies; each one's statistics and requests.

Left, the directory with a find box; right, the selected agency: how to reach it, how it has done
(the same definitions as the dashboard's statistics) and its requests, each of which opens on Enter or a
double click. Deleting is refused for an agency that has requests (they would lose their agency); the
button says why before anyone presses it.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from foiatrack.core.models import Agency
from foiatrack.core.reported_times import reported_sentence
from foiatrack.services.agencies import delete_agency, list_agencies
from foiatrack.services.queries import RequestFilter, RequestSummary, list_requests
from foiatrack.services.statistics import AgencyStatistics, agency_statistics, request_counts_by_agency
from foiatrack.ui import dashboard_models as models
from foiatrack.ui.agency_form import AgencyDialog
from foiatrack.ui.agency_models import (
    ABBREVIATION,
    JURISDICTION,
    NAME,
    PARENT,
    REQUESTS,
    AgencyFilterProxy,
    AgencyTableModel,
)
from foiatrack.ui.dashboard_views import RequestTable, configure_table
from foiatrack.ui.dataflow import Follow, Loader, hold, write
from foiatrack.ui.widgets import confirm, show_error, split

if TYPE_CHECKING:  # the layers rule: the UI knows the database only as a handle to pass on
    from foiatrack.services.workspace import Database


class AgenciesPage(QWidget):
    """The directory (editable) beside the selected agency's statistics and requests."""

    openRequest = Signal(int)
    loaded = Signal()  # the directory arrived
    detailLoaded = Signal()  # the selected agency's statistics and requests arrived

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._selected: int | None = None
        self.loader = Loader(self)
        self.details_loader = Loader(self)  # the selected agency's figures: a newer selection wins
        self._build()
        self.follow = Follow(self, db, lambda changes: changes.agencies or changes.any_requests, self.refresh)

    def _build(self) -> None:
        self.find = QLineEdit()
        self.find.setPlaceholderText("Name, abbreviation or jurisdiction")
        self.find.setClearButtonEnabled(True)
        self.find.setAccessibleName("Find agency")
        find_label = QLabel("Fin&d:")
        find_label.setBuddy(self.find)
        self.model = AgencyTableModel(self)
        self.proxy = AgencyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        configure_table(self.table, self.proxy, "Agencies")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ABBREVIATION, JURISDICTION, REQUESTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The parent's long name would squeeze the agency's own; it is shown beside the table instead.
        self.table.setColumnHidden(PARENT, True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.add_button = QPushButton("&Add agency…")
        self.edit_button = QPushButton("Ed&it…")
        self.delete_button = QPushButton("De&lete")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find, 1)
        left_layout.addLayout(find_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Selected agency")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.contact.setOpenExternalLinks(True)
        self.contact.setAccessibleName("How to reach the agency")
        stats_box = QGroupBox("Statistics (all its requests, as of today)")
        stats_form = QFormLayout(stats_box)
        # Narrow (150 % scaling, a small laptop): a long label goes above its value instead of widening the page.
        stats_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stat_labels: dict[str, QLabel] = {}
        for key, text in (("requests", "Requests:"), ("first", "Working days to first response (median):"),
                          ("final", "Working days to determination (median):"), ("on_time", "Answered on time:")):
            value = QLabel("–")
            value.setWordWrap(True)
            value.setAccessibleName(text.rstrip(":"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            stats_form.addRow(text, value)
            self.stat_labels[key] = value
        # The agency's own reported figures (its annual FOIA reports), beside the user's, with their year.
        self.reported = QLabel()
        self.reported.setWordWrap(True)
        self.reported.setAccessibleName("What the agency reported")
        self.reported.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        stats_form.addRow("The agency's own report:", self.reported)
        self.requests = RequestTable(models.AGENCY_REQUEST_COLUMNS, "The agency's requests")
        self.requests.openRequest.connect(self.openRequest)
        requests_label = QLabel("Its re&quests (Enter opens one):")
        requests_label.setBuddy(self.requests)
        # The agency's facts scroll on their own and give way to its requests (a splitter between them):
        # squeezed into a short window (150 % scaling) the contact and the reported figures were cut off.
        facts = QWidget()
        facts_layout = QVBoxLayout(facts)
        facts_layout.setContentsMargins(0, 0, 0, 0)
        facts_layout.addWidget(self.title)
        facts_layout.addWidget(self.contact)
        facts_layout.addWidget(stats_box)
        facts_layout.addStretch(1)
        facts_scroll = QScrollArea()
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts_scroll.setWidget(facts)
        facts_scroll.setAccessibleName("The agency's contact and statistics")
        listed = QWidget()
        listed_layout = QVBoxLayout(listed)
        listed_layout.setContentsMargins(0, 0, 0, 0)
        listed_layout.addWidget(requests_label)
        listed_layout.addWidget(self.requests, 1)
        right = split(Qt.Orientation.Vertical, (facts_scroll, 3), (listed, 2))
        layout = QVBoxLayout(self)
        layout.addWidget(split(Qt.Orientation.Horizontal, (left, 1), (right, 1)))

        self.find.textChanged.connect(self.proxy.set_text)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_agency())
        self.add_button.clicked.connect(self.add_agency)
        self.edit_button.clicked.connect(self.edit_agency)
        self.delete_button.clicked.connect(self.delete_agency)
        self._show_agency(None)

    # --- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the directory (and the selected agency's details) in the background."""
        self.follow.stale = False
        db = self.db
        self.loader.load(lambda: (list_agencies(db), request_counts_by_agency(db)), self._loaded,
                         lambda error: show_error(self, "Agencies", error))

    def _loaded(self, result: tuple[list[Agency], dict[int, int]]) -> None:
        agencies, counts = result
        keep = self._selected
        self.model.set_agencies(agencies, counts)
        self.select_agency(keep)
        self.loaded.emit()

    def select_agency(self, agency_id: int | None) -> None:
        """Select *agency_id* in the table (or the first row), which loads its details."""
        row = self.model.row_of(agency_id) if agency_id is not None else None
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else self.proxy.index(0, 0)
        if proxy_index.isValid():
            self.table.setCurrentIndex(proxy_index)
            self.table.scrollTo(proxy_index)
        else:
            self._show_agency(None)

    def selected_agency(self) -> Agency | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.agency(self.proxy.mapToSource(index).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_agency(self.selected_agency())

    def _show_agency(self, agency: Agency | None) -> None:
        self._selected = agency.id if agency else None
        self.edit_button.setEnabled(agency is not None)
        count = self.model.request_count(agency.id) if agency else 0
        self.delete_button.setEnabled(agency is not None and count == 0)
        self.delete_button.setToolTip(
            f"{agency.name} has {count} request(s), so it cannot be deleted" if agency and count
            else "Delete the selected agency")
        if agency is None:
            self.title.setText("No agency selected")
            self.contact.clear()
            self.requests.set_rows([])
            for label in self.stat_labels.values():
                label.setText("–")
            return
        self.title.setText(agency.display_name)
        self.contact.setText(_contact_html(agency))
        self.reported.setText(reported_sentence(agency.abbreviation or agency.name, agency.request_time_stats)
                              or "– (no processing times reported in the directory)")
        db, agency_id = self.db, agency.id

        def work() -> tuple[AgencyStatistics, list[RequestSummary]]:
            stats = agency_statistics(db, dt.date.today(), agency_id=agency_id).overall
            return stats, list_requests(db, RequestFilter(agency_id=agency_id))

        self.details_loader.load(work, lambda result: self._details_loaded(*result),
                                 lambda error: show_error(self, "Agency statistics", error))

    def _details_loaded(self, stats: AgencyStatistics, rows: list[RequestSummary]) -> None:
        self.stat_labels["requests"].setText(str(stats.requests))
        self.stat_labels["first"].setText(_median(stats.median_first_response, stats.responded))
        self.stat_labels["final"].setText(_median(stats.median_determination, stats.determined))
        self.stat_labels["on_time"].setText(models.share_text(stats))
        self.requests.set_rows(rows, models.ListContext(dt.date.today(), {}, frozenset()))
        self.detailLoaded.emit()

    # --- editing -------------------------------------------------------------------------------------
    def add_agency(self) -> None:
        dialog = AgencyDialog(self.db, None, self.model.agencies(), self)
        if dialog.exec() and dialog.saved is not None:
            self._selected = dialog.saved.id
            self.refresh()  # again, to select the new agency (the announced change reloaded it already)

    def edit_agency(self) -> None:
        agency = self.selected_agency()
        if agency is None:
            return
        AgencyDialog(self.db, agency, self.model.agencies(), self).exec()  # a save is announced: the page reloads

    def delete_agency(self) -> None:
        agency = self.selected_agency()
        if agency is None:
            return
        if not confirm(self, "Delete agency", f"Delete {agency.display_name} from the directory?"):
            return
        db = self.db
        release = hold(self, self.delete_button, self.edit_button)

        def deleted(_result: object) -> None:
            release()
            self._selected = None  # the change signal (announced after this) reloads the page

        def refused(error: BaseException) -> None:
            release()
            show_error(self, "Delete agency", error)

        write(self, db, lambda: delete_agency(db, agency.id), deleted, refused)


def _median(value: float | None, count: int) -> str:
    if value is None:
        return "– (no request has reached this point yet)"
    shown = f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return f"{shown} working days (over {count} request{'s' if count != 1 else ''})"


def _link(url: str) -> str:
    href = url if "://" in url else f"https://{url}"
    return f"<a href='{escape(href)}'>{escape(url)}</a>"


def _contact_html(agency: Agency) -> str:
    parts = [f"Jurisdiction: {escape(agency.jurisdiction)}"]
    if agency.parent_name:
        parts.append(f"Part of: {escape(agency.parent_name)}")
    emails = list(agency.emails) or ([agency.foia_email] if agency.foia_email else [])
    if emails:
        links = ", ".join(f"<a href='mailto:{escape(e)}'>{escape(e)}</a>" for e in emails)
        parts.append(f"FOIA email: {links}")
    if agency.portal_url:
        parts.append(f"Request form or portal: {_link(agency.portal_url)}")
    if agency.website and agency.website != agency.portal_url:
        parts.append(f"FOIA page: {_link(agency.website)}")
    phone = "; ".join(p for p in (agency.phone, f"fax {agency.fax}" if agency.fax else "") if p)
    if phone:
        parts.append(f"Phone: {escape(phone)}")
    if agency.mailing_address:
        parts.append("Mailing address: " + escape(agency.mailing_address).replace("\n", ", "))
    appeal = [escape(agency.appeal_address).replace("\n", ", ")] if agency.appeal_address else []
    if agency.appeal_email:
        appeal.append(f"<a href='mailto:{escape(agency.appeal_email)}'>{escape(agency.appeal_email)}</a>")
    if agency.appeal_url:
        appeal.append(_link(agency.appeal_url))
    if appeal:
        cited = f" <i>(source: {escape(agency.appeal_source)}"
        cited += f"; checked {escape(agency.appeal_checked)})</i>" if agency.appeal_checked else ")</i>"
        parts.append("<b>Appeals go to:</b> " + "; ".join(appeal) + (cited if agency.appeal_source else ""))
    else:
        parts.append("<b>Appeals go to:</b> not known yet (Edit… to add it from the agency's decision letter "
                     "or FOIA regulations)")
    if agency.user_created:
        parts.append("<i>Added by you.</i>")
    else:
        origin = f"<i>Directory entry from {escape(agency.source)}, as of {escape(agency.as_of)}"
        parts.append(origin + (" — changed by you.</i>" if agency.edited else ".</i>"))
    return "<br>".join(parts)

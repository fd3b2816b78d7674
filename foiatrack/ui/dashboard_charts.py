"""Two charts where a picture reads faster than a table: requests by status, and on-time share by agency.

Both are horizontal bar charts, because their category names (statuses, agency abbreviations) are long
and read better down the side than slanted under columns. Charts cannot be read by a screen reader, so
each one has an accessible description with the same numbers, and the tables beside them stay the
authoritative view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from foiatrack.core.vocabulary import Status
from foiatrack.services.statistics import AgencyStatistics

BAR_COLOUR = QColor("#3465a4")
LATE_COLOUR = QColor("#a40000")


class _BarChart(QChartView):
    """A horizontal bar chart that is rebuilt from scratch on every update (a few dozen bars at most)."""

    def __init__(self, title: str, accessible_name: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(accessible_name)
        self.setMinimumHeight(180)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the numbers are in the tables, reachable by keyboard
        self._categories: list[str] = []
        self._values: list[float] = []

    def _show(self, categories: Sequence[str], values: Sequence[float], maximum: float, colour: QColor,
              label_format: str, axis_title: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # Qt draws the first category at the bottom; reverse so the list reads top-down.
        self._categories, self._values = list(categories), list(values)
        bars = QBarSet(axis_title)
        bars.setColor(colour)
        for value in reversed(self._values):
            bars.append(value)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat(label_format)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(list(reversed(self._categories)) or [""])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        numbers = QValueAxis()
        numbers.setRange(0, maximum if maximum > 0 else 1)
        numbers.setLabelFormat("%d")
        numbers.setTitleText(axis_title)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(numbers)

    def bars(self) -> list[tuple[str, float]]:
        """The bars shown, top to bottom (for tests and the accessible description)."""
        return list(zip(self._categories, self._values, strict=True))


class StatusChart(_BarChart):
    """How many requests are in each status (statuses with none are left out)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Requests by status", "Chart of requests by status", parent)

    def set_counts(self, counts: dict[Status, int]) -> None:
        shown = [(status.label, counts[status]) for status in Status if counts.get(status)]
        top = max((n for _s, n in shown), default=0)
        self._show([s for s, _n in shown], [float(n) for _s, n in shown], top * 1.15 + 1, BAR_COLOUR,
                   "@value", "Requests")
        self.setAccessibleDescription("; ".join(f"{label}: {n}" for label, n in shown) or "No requests")


class OnTimeChart(_BarChart):
    """Share of requests answered on time, per agency with at least one counted request."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Answered on time, by agency", "Chart of the share answered on time by agency", parent)

    def set_statistics(self, rows: Sequence[AgencyStatistics], limit: int = 15) -> None:
        counted = [r for r in rows if r.on_time_counted]
        counted.sort(key=lambda r: (-r.on_time_counted, r.agency.casefold()))
        shown = sorted(counted[:limit], key=lambda r: (r.on_time_share or 0.0, r.agency.casefold()))
        names = [r.abbreviation or r.agency for r in shown]
        values = [round(100 * (r.on_time_share or 0.0), 1) for r in shown]
        self._show(names, values, 110, LATE_COLOUR if values and max(values) < 50 else BAR_COLOUR,
                   "@value %", "Percent on time")
        self.chart().setTitle(
            "Answered on time, by agency" + (f" (the {limit} with most requests)" if len(counted) > limit else ""))
        self.setAccessibleDescription(
            "; ".join(f"{name}: {value:.0f}% on time" for name, value in zip(names, values, strict=True))
            or "No agency has a request with a due date yet")

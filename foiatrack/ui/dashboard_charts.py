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
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from foiatrack.core.vocabulary import Status
from foiatrack.services.dashboard_read import AgencyStatistics
from foiatrack.ui.palette import LIGHT, colours

BAR_COLOUR = QColor(LIGHT.bar)
LATE_COLOUR = QColor(LIGHT.bar_late)


def whole_number_axis(top: int) -> tuple[int, int]:
    """(maximum, tick count) so that every tick of a count axis is a whole number, with room for the
    value label beyond the longest bar."""
    if top < 10:
        return top + 1, top + 2
    step = 10 ** (len(str(top)) - 1)
    step = step // 2 if top / step < 3 else step
    maximum = (top // step + 1) * step
    return maximum, maximum // step + 1


class _BarChart(QChartView):
    """A horizontal bar chart that is rebuilt from scratch on every update (a few dozen bars at most)."""

    def __init__(self, title: str, accessible_name: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        small = QFont(chart.titleFont())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7.5))
        chart.setTitleFont(small)
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

    def _show(self, categories: Sequence[str], values: Sequence[float], maximum: float, ticks: int,
              colour: QColor, label_format: str, axis_title: str) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        # Qt draws the first category at the bottom; reverse so the list reads top-down.
        self._categories, self._values = list(categories), list(values)
        theme = colours(self.palette())
        # The chart follows the palette (light or dark): background, titles, labels and grid.
        chart.setBackgroundBrush(QColor(theme.chart_background))
        chart.setTitleBrush(QColor(theme.chart_text))
        bars = QBarSet(axis_title)
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.setLabelColor(QColor(theme.chart_text))
        bars.setLabelFont(self._label_font())
        for value in reversed(self._values):
            bars.append(value)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.75)
        series.setLabelsVisible(True)
        series.setLabelsFormat(label_format)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.setTruncateLabels(False)  # "Waiting on clarification" must be readable, not "…"
        names.setLabelsFont(self._label_font())
        names.setLabelsBrush(QColor(theme.chart_text))
        names.setGridLineColor(QColor(theme.grid))
        names.setLinePenColor(QColor(theme.grid))
        names.append(list(reversed(self._categories)) or [""])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        numbers = QValueAxis()
        numbers.setRange(0, maximum)
        numbers.setTickCount(ticks)
        numbers.setLabelFormat("%d")
        numbers.setLabelsFont(self._label_font())
        numbers.setLabelsBrush(QColor(theme.chart_text))
        numbers.setGridLineColor(QColor(theme.grid))
        numbers.setLinePenColor(QColor(theme.grid))
        numbers.setTitleVisible(False)  # the chart's title says what is counted; rows need the room
        numbers.setTitleText(axis_title)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(numbers)

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 7.0))
        return font

    def bars(self) -> list[tuple[str, float]]:
        """The bars shown, top to bottom (for tests and the accessible description)."""
        return list(zip(self._categories, self._values, strict=True))


# Sixteen statuses do not fit as readable bars in the height a dashboard can spare; grouped by who has to
# act next they fit, and the table beside the chart keeps the count of every single status.
STAGES: tuple[tuple[str, tuple[Status, ...]], ...] = (
    ("Draft", (Status.DRAFT,)),
    ("With the agency", (Status.SUBMITTED, Status.ACKNOWLEDGED, Status.IN_PROGRESS, Status.RELEASED_IN_PART)),
    ("Waiting on you", (Status.WAITING_CLARIFICATION, Status.WAITING_FEES)),
    ("Decided", (Status.GRANTED, Status.PARTIALLY_GRANTED, Status.DENIED, Status.NO_RECORDS, Status.CLOSED)),
    ("Appeal or court", (Status.APPEALED, Status.APPEAL_DECIDED, Status.IN_LITIGATION)),
    ("Withdrawn", (Status.WITHDRAWN,)),
)


class StatusChart(_BarChart):
    """How many requests are at each stage (statuses grouped by who has to act next)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Requests by stage", "Chart of requests by stage", parent)

    def set_counts(self, counts: dict[Status, int]) -> None:
        shown = [(label, sum(counts.get(s, 0) for s in statuses)) for label, statuses in STAGES]
        top = max((n for _s, n in shown), default=0)
        maximum, ticks = whole_number_axis(top)
        bar = QColor(colours(self.palette()).bar)
        self._show([s for s, _n in shown], [float(n) for _s, n in shown], maximum, ticks, bar, "@value", "Requests")
        self.setAccessibleDescription("; ".join(f"{label}: {n}" for label, n in shown))


class OnTimeChart(_BarChart):
    """Share of requests answered on time, per agency that has decided at least one request (an agency
    with nothing decided yet has no share worth a bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Answered on time, by agency", "Chart of the share answered on time by agency", parent)

    def set_statistics(self, rows: Sequence[AgencyStatistics], limit: int = 15) -> None:
        counted = [r for r in rows if r.on_time_counted and r.determined]
        counted.sort(key=lambda r: (-r.on_time_counted, r.agency.casefold()))
        shown = sorted(counted[:limit], key=lambda r: (r.on_time_share or 0.0, r.agency.casefold()))
        # The percentage and counts go into the labels: a 0 % bar has no length to hang a value on.
        values = [round(100 * (r.on_time_share or 0.0), 1) for r in shown]
        names = [f"{r.abbreviation or r.agency}: {value:.0f}% ({r.on_time} of {r.on_time_counted})"
                 for r, value in zip(shown, values, strict=True)]
        theme = colours(self.palette())
        self._show(names, values, 100, 6, QColor(theme.bar_late if values and max(values) < 50 else theme.bar),
                   "@value%", "Percent on time")
        self.chart().setTitle(
            "Answered on time, by agency" + (f" (the {limit} with most requests)" if len(counted) > limit else ""))
        self.setAccessibleDescription(
            "; ".join(f"{name}: {value:.0f}% on time" for name, value in zip(names, values, strict=True))
            or "No agency has decided a request yet")

"""The dashboard's charts: requests by stage and the on-time share by agency, their bars, axis, colours
and the description a screen reader gets instead of the picture."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCharts import QHorizontalBarSeries, QValueAxis
from PySide6.QtGui import QColor

from foiatrack.core.vocabulary import Status
from foiatrack.services.statistics import AgencyStatistics
from foiatrack.ui.dashboard_charts import STAGES, OnTimeChart, StatusChart, whole_number_axis
from foiatrack.ui.palette import colours, dark_palette


@pytest.mark.parametrize(("top", "axis"), [(0, (1, 2)), (7, (8, 9)), (10, (15, 4)), (24, (25, 6)),
                                           (31, (40, 5)), (260, (300, 7)), (1204, (1500, 4))])
def test_a_count_axis_has_whole_number_ticks_and_room_beyond_the_longest_bar(top: int, axis: tuple[int, int]) -> None:
    maximum, ticks = whole_number_axis(top)
    assert (maximum, ticks) == axis
    assert maximum > top
    assert maximum % (ticks - 1) == 0, "every tick falls on a whole number"


def test_every_status_is_in_exactly_one_stage() -> None:
    staged = [status for _label, statuses in STAGES for status in statuses]
    assert sorted(staged) == sorted(Status)
    assert len(staged) == len(set(staged))


def test_statuses_are_counted_by_stage_top_down(qtbot: Any) -> None:
    chart = StatusChart()
    qtbot.addWidget(chart)
    chart.set_counts({Status.SUBMITTED: 4, Status.ACKNOWLEDGED: 3, Status.DENIED: 2, Status.GRANTED: 1,
                      Status.WAITING_FEES: 1})
    assert chart.bars() == [("Draft", 0), ("With the agency", 7), ("Waiting on you", 1), ("Decided", 3),
                            ("Appeal or court", 0), ("Withdrawn", 0)]
    assert chart.accessibleDescription() == (
        "Draft: 0; With the agency: 7; Waiting on you: 1; Decided: 3; Appeal or court: 0; Withdrawn: 0")
    axis = next(a for a in chart.chart().axes() if isinstance(a, QValueAxis))
    assert (axis.max(), axis.tickCount()) == (8, 9)
    series = chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QHorizontalBarSeries)
    bars = series[0].barSets()[0]
    assert [bars.at(i) for i in range(bars.count())] == [0, 0, 3, 1, 7, 0], "Qt draws the first one at the bottom"
    assert bars.color() == QColor(colours(chart.palette()).bar)


def test_updating_replaces_the_chart_rather_than_adding_to_it(qtbot: Any) -> None:
    chart = StatusChart()
    qtbot.addWidget(chart)
    chart.set_counts({Status.DRAFT: 2})
    chart.set_counts({Status.DRAFT: 5})
    assert len(chart.chart().series()) == 1 and len(chart.chart().axes()) == 2
    assert chart.bars()[0] == ("Draft", 5)


def test_the_chart_follows_a_dark_palette(qtbot: Any) -> None:
    chart = StatusChart()
    qtbot.addWidget(chart)
    chart.setPalette(dark_palette())
    chart.set_counts({Status.DRAFT: 1})
    theme = colours(dark_palette())
    assert chart.chart().backgroundBrush().color() == QColor(theme.chart_background)
    assert chart.chart().series()[0].barSets()[0].color() == QColor(theme.bar)


def stat(agency: str, abbreviation: str, on_time: int, counted: int, determined: int = 1) -> AgencyStatistics:
    return AgencyStatistics(agency_id=hash(agency) % 1000 + 1, agency=agency, abbreviation=abbreviation,
                            requests=counted, responded=counted, median_first_response=None, determined=determined,
                            median_determination=None, on_time=on_time, on_time_counted=counted)


def test_on_time_shares_worst_first_with_counts_in_the_labels(qtbot: Any) -> None:
    chart = OnTimeChart()
    qtbot.addWidget(chart)
    chart.set_statistics([stat("Federal Bureau of Investigation", "FBI", 3, 4),
                          stat("Environmental Protection Agency", "EPA", 0, 2),
                          stat("Office of Waste", "", 1, 1),
                          stat("Nothing decided", "ND", 0, 3, determined=0)])
    assert chart.bars() == [("EPA: 0% (0 of 2)", 0.0), ("FBI: 75% (3 of 4)", 75.0),
                            ("Office of Waste: 100% (1 of 1)", 100.0)]
    assert chart.accessibleDescription() == (
        "EPA: 0% (0 of 2): 0% on time; FBI: 75% (3 of 4): 75% on time; Office of Waste: 100% (1 of 1): 100% on time")
    assert chart.chart().title() == "Answered on time, by agency"
    assert chart.chart().series()[0].barSets()[0].color() == QColor(colours(chart.palette()).bar)


def test_only_the_agencies_with_most_requests_are_charted_and_the_title_says_so(qtbot: Any) -> None:
    chart = OnTimeChart()
    qtbot.addWidget(chart)
    chart.set_statistics([stat(f"Agency {n:02}", "", 0, n) for n in range(1, 5)], limit=2)
    assert [name for name, _v in chart.bars()] == ["Agency 03: 0% (0 of 3)", "Agency 04: 0% (0 of 4)"]
    assert chart.chart().title() == "Answered on time, by agency (the 2 with most requests)"
    assert chart.chart().series()[0].barSets()[0].color() == QColor(colours(chart.palette()).bar_late), (
        "every share under half: the bars are in the late colour")


def test_with_nothing_decided_the_description_says_so(qtbot: Any) -> None:
    chart = OnTimeChart()
    qtbot.addWidget(chart)
    chart.set_statistics([])
    assert chart.bars() == []
    assert chart.accessibleDescription() == "No agency has decided a request yet"

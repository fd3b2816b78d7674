from __future__ import annotations

from foiatrack.core.reported_times import latest_reported_year, reported_sentence


def test_the_latest_year_with_medians_is_named() -> None:
    stats = {"2015": {"complex_median_days": 40}, "2016": {"complex_median_days": 37, "simple_median_days": 12.5,
                                                           "simple_average_days": 20}}
    assert latest_reported_year(stats) == "2016"
    assert reported_sentence("ICE", stats) == (
        "ICE reported a median of 37 days for complex requests in FY2016 (simple: 12.5 days)")


def test_no_medians_no_sentence() -> None:
    assert reported_sentence("X", {}) == ""
    assert reported_sentence("X", {"2016": {"simple_average_days": 3}}) == ""
    assert reported_sentence("X", {"2010": {"simple_median_days": 1}}) == (
        "X reported a median of 1 day for simple requests in FY2010")

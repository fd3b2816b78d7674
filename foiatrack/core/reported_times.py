"""What an agency reported about its own processing times (annual FOIA reports), in one sentence.

The figures are the agency's own, by fiscal year, so the sentence always names the year: they sit beside
the user's own figures, which are counted from the user's requests.
"""

from __future__ import annotations

from collections.abc import Mapping

_TRACKS = (("complex", "complex"), ("simple", "simple"), ("expedited_processing", "expedited"))


def latest_reported_year(stats: Mapping[str, Mapping[str, float]]) -> str | None:
    years = [year for year, figures in stats.items() if any(k.endswith("_median_days") for k in figures)]
    return max(years) if years else None


def reported_sentence(label: str, stats: Mapping[str, Mapping[str, float]]) -> str:
    """E.g. "ICE reported a median of 37 days for complex requests in FY2016 (simple: 12 days)"; "" if none."""
    year = latest_reported_year(stats)
    if year is None:
        return ""
    figures = stats[year]
    medians = [(word, figures[f"{key}_median_days"]) for key, word in _TRACKS if f"{key}_median_days" in figures]
    (first_word, first), *others = medians
    text = f"{label} reported a median of {_days(first)} for {first_word} requests in FY{year}"
    if others:
        text += " (" + ", ".join(f"{word}: {_days(value)}" for word, value in others) + ")"
    return text


def _days(value: float) -> str:
    shown = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return f"{shown} day" + ("" if shown == "1" else "s")

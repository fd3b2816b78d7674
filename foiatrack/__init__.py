"""foiatrack: track public-records requests, their statutory deadlines, letters and appeals."""

from __future__ import annotations

__version__ = "0.1.0"

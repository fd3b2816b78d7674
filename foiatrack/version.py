"""What this copy of foiatrack is: its version and, for a downloaded build, when it was built.

A build made by ``packaging/build.py`` carries ``build-info.json`` among its data files; a copy run from a
checkout or installed from a wheel has none and says so, so a bug report always says which one it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from foiatrack import __version__
from foiatrack.resources import data_file


@dataclass(frozen=True, slots=True)
class BuildInfo:
    version: str
    # ISO date of the build, or None when running from source.
    built_on: str | None
    # The platform the build was made for ("linux-x86_64", "macos-arm64", "windows-x86_64"), or None.
    platform: str | None

    def describe(self) -> str:
        """One line for ``--version`` and Help > About: "foiatrack 0.2.0 (built 2026-12-03, linux-x86_64)"."""
        if self.built_on is None:
            return f"foiatrack {self.version} (from source)"
        return f"foiatrack {self.version} (built {self.built_on}, {self.platform})"


@cache
def build_info() -> BuildInfo:
    path = data_file("build-info.json")
    if path is None:
        return BuildInfo(__version__, None, None)
    try:
        recorded = json.loads(path.read_text(encoding="utf-8"))
        return BuildInfo(__version__, str(recorded["built_on"]), str(recorded["platform"]))
    except (OSError, ValueError, KeyError):
        # A damaged stamp must not stop the app: it only loses the build date.
        return BuildInfo(__version__, None, None)

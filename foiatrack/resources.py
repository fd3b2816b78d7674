"""Where the shipped data files are: ``resources/`` and ``templates/``.

In a checkout they sit at the top of the repository; in an installed wheel the build copies them into
``foiatrack/_data/`` (see ``[tool.hatch.build.targets.wheel.force-include]`` in pyproject.toml). Looking
in the package first means an installed copy never reads a stray checkout.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"foiatrack's {name}/ folder is missing from this installation")


def resources_dir() -> Path:
    """The folder holding jurisdictions.toml, agencies.toml, the demo data set and fonts."""
    return _data_root("resources")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def templates_dir() -> Path:
    """The folder holding the built-in letter templates (``letters/``)."""
    return _data_root("templates")


def data_file(name: str) -> Path | None:
    """A file a build put beside ``resources/`` (such as ``build-info.json``), or None in a checkout."""
    path = _PACKAGE_DIR / "_data" / name
    return path if path.is_file() else None

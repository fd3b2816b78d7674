"""The desktop app (PySide6). Pages call services only; slow work goes through :mod:`foiatrack.ui.tasks`."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook, which the function below speeds up


def _uses_pyside(module: ModuleType) -> bool:
    """Whether *module*'s source mentions PySide6: the question PySide6 asks of every module imported after
    it (to know which may switch on its ``__feature__`` options), answered from the file's bytes.

    PySide6 answers it with ``inspect.getsource``, which splits the file into lines and caches them:
    about 70 ms of processor time for the modules the app loads before its window shows. A module without
    a ``.py`` file is answered no, as PySide6 answers it.
    """
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _quicker_import_hook() -> None:
    # A private function of PySide6's: if a later version renames it, nothing is replaced.
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


_quicker_import_hook()

"""The yardstick for start-up: a bare PySide6 window with a table, nothing else.

    python bench/bare_window.py                  # prints the milliseconds from process start to the window painted
    python bench/bare_window.py --with-database  # the same after importing SQLAlchemy with its ORM

bench/run.py starts it alternately with ``foiatrack gui --exit-when-ready`` and reports the ratio, so a busy
machine slows both alike. ``--with-database`` is the floor of an app built on PySide6 and SQLAlchemy: the
interpreter, the window and the database library, before any code of the app's own runs.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def process_age_ms() -> float:
    """As foiatrack.ui.ready.process_age_ms (copied: the yardstick must not import the app)."""
    with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000


def main() -> int:
    if "--with-database" in sys.argv:
        import sqlalchemy.orm  # noqa: F401 - what is timed is the import itself

    app = QApplication(sys.argv)
    window = QMainWindow()
    model = QStandardItemModel(0, 5)
    for row in range(100):
        model.appendRow([QStandardItem(f"{row}-{column}") for column in range(5)])
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 820)
    window.show()
    app.processEvents()
    window.repaint()
    print(f"{process_age_ms():.0f}", flush=True)
    window.close()
    if "--with-database" in sys.argv:
        import gc

        gc.freeze()  # as the app does at exit (foiatrack.ui.app.skip_collection_at_exit)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

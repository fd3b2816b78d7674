"""The Help menu: keyboard shortcuts, how deadlines are computed, and About."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from foiatrack.services.paths import data_dir
from foiatrack.ui.widgets import fit_to_screen
from foiatrack.version import build_info

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+1 … Ctrl+5", "Dashboard, Requests, Agencies, Templates, Settings"),
    ("Ctrl+N", "New request"),
    ("Ctrl+F", "Search requests, events and documents"),
    ("Ctrl+Shift+F", "Filter the requests list"),
    ("Down (in the filter box)", "Move into the requests list"),
    ("Enter", "Open the selected request"),
    ("Delete", "Move the selected requests to the trash"),
    ("Ctrl+Z", "Undo the last change (logging, editing or deleting an event or a request, tagging)"),
    ("Ctrl+S", "Save the request or the settings being edited"),
    ("F5", "Reload"),
    ("Ctrl+P", "Print the page"),
    ("Alt+underlined letter", "The button or field with that label"),
    ("Ctrl+Q", "Quit"),
)

DEADLINES_HTML = """
<h3>How deadlines are computed</h3>
<p>Everything starts from the request's <b>timeline</b>. The status and every date are worked out again from
the events whenever you log, edit or delete one, so they are never out of date.</p>
<ul>
<li><b>Response due</b>: the law's time limit, counted from the day the agency <i>received</i> the request
(or, if you have not logged that, the day you sent it). Federal FOIA allows 20 working days
(5&nbsp;U.S.C. §&nbsp;552(a)(6)(A)(i)); each state has its own limit, shown with its citation beside each
date.</li>
<li><b>Working days</b> skip weekends, the jurisdiction's public holidays (on their observed days) and
office closures — the government-wide ones foiatrack knows and the days you add under Settings.</li>
<li><b>Paused clock</b>: when the agency asks a clarification or sends a fee estimate, the clock stops until you
answer, and the days in between are added.</li>
<li><b>Extensions</b> the agency claims move the date by the days the law allows (federally 10 working
days in unusual circumstances).</li>
<li><b>Appeal by</b>: after a denial or partial grant, the last day to appeal (federally 90 days from the
determination; DHS and its components count 90 working days).</li>
<li><b>Decision on appeal due</b>: the agency's time limit to decide your appeal.</li>
<li><b>May sue</b>: under federal FOIA, once the agency misses its deadline you may go to court without
waiting further (constructive exhaustion, 5&nbsp;U.S.C. §&nbsp;552(a)(6)(C)(i)).</li>
</ul>
<p>Each date on a request's page says how it was counted, which days were skipped and the rule it comes from.
Rules still waiting for a second source are marked “unverified”. This is not legal advice: check the
statute when a date matters.</p>
"""


def _text_dialog(parent: QWidget, title: str, body: str, width: int = 620, height: int = 520) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setHtml(body)
    browser.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    fit_to_screen(dialog, width, height)
    return dialog


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td style='padding:3px 16px 3px 0'><b>{html.escape(key)}</b></td>"
                   f"<td style='padding:3px 0'>{html.escape(what)}</td></tr>" for key, what in SHORTCUTS)
    return f"<h3>Keyboard shortcuts</h3><table>{rows}</table>"


def about_text(location: str) -> str:
    return (f"<h3>{html.escape(build_info().describe())}</h3>"
            "<p>Tracks public-records requests, their deadlines, letters and appeals. Everything stays in "
            "your own database.</p>"
            f"<p><b>This database:</b> {html.escape(location)}<br>"
            # The folder on a line of its own: wrapped after "): " it broke at its first "/".
            "<b>Data folder</b> (database, your letter templates, daily backups):<br>"
            f"{html.escape(str(data_dir()))}</p>"
            "<p><b>Agency directory:</b> the agencies' published FOIA contacts, as shipped with this version. "
            "Check an agency's FOIA page before mailing anything important, and correct the directory on the "
            "Agencies page.</p>"
            "<p><b>Deadline rules:</b> each with its citation; see Help › How deadlines are computed.</p>")


def add_help_menu(window: QMainWindow, location: Callable[[], str]) -> dict[str, QAction]:
    """Help › Keyboard shortcuts, How deadlines are computed, About foiatrack. *location* gives the
    database shown in About (it changes when another database is opened)."""
    menu = window.menuBar().addMenu("&Help")
    actions: dict[str, QAction] = {}

    def add(name: str, text: str, slot: object, shortcut: str | None = None) -> None:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        actions[name] = action

    add("shortcuts", "&Keyboard shortcuts", lambda: _text_dialog(window, "Keyboard shortcuts", shortcuts_html(),
                                                                  560, 480).exec(), "F1")
    add("deadlines", "How &deadlines are computed",
        lambda: _text_dialog(window, "How deadlines are computed", DEADLINES_HTML).exec())
    menu.addSeparator()
    add("about", "&About foiatrack",
        # type: ignore below: QMessageBox.about returns None; the stubs type the lambda's result as an object
        lambda: QMessageBox.about(window, "About foiatrack", about_text(location())))  # type: ignore[misc]
    return actions

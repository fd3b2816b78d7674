"""The intake dialog on a small screen: the proposed events get the width they need (the letter's text wraps
instead), so their date buttons are not cut off and they do not scroll sideways."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from foiatrack.services.requests import NewRequest, RequestFields, file_request
from foiatrack.services.workspace import Database
from foiatrack.ui.intake_dialog import IntakeDialog

LETTERS = Path(__file__).parents[1] / "intake" / "letters" / "appeal_offices"


def test_proposed_events_do_not_scroll_sideways_in_a_narrow_dialog(qtbot: Any, blank_db: Database,
                                                                   tmp_path: Path) -> None:
    ice = file_request(blank_db, NewRequest(agencies=("ICE",), fields=RequestFields(subject="Detainee transfers"),
                                            sent_on=dt.date(2026, 1, 2), tracking_number="2026-ICFO-31417"))[0]
    letter = tmp_path / "ice-final.txt"
    shutil.copy(LETTERS / letter.name, letter)
    dialog = IntakeDialog(blank_db, [str(letter)], preferred_request=ice)
    qtbot.addWidget(dialog)
    dialog.resize(900, 540)  # 1024x700 less the window's frame and the dock, as on a small laptop
    dialog.show()
    qtbot.waitUntil(lambda: dialog.appeal_box is not None)
    qtbot.waitUntil(lambda: dialog.events_area.widget().isVisible())
    events = dialog.events_area
    assert events.viewport().width() >= events.widget().minimumSizeHint().width()
    assert dialog.letter_view.width() > 0  # the letter is still shown beside them

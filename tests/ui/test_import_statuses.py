"""The import dialog's unknown status words: one row per word with its count, and the status chosen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from foiatrack.ui.import_statuses import CHOOSE, StatusWord, StatusWordsEditor

STATUSES = {"granted": "Granted", "denied": "Denied", "withdrawn": "Withdrawn"}


@pytest.fixture
def editor(qtbot: Any) -> StatusWordsEditor:
    widget = StatusWordsEditor(STATUSES)
    qtbot.addWidget(widget)
    return widget


def counts(editor: StatusWordsEditor) -> dict[str, str]:
    return {label.accessibleName(): label.text() for label in editor.findChildren(QLabel)
            if label.accessibleName().startswith("Rows using ")}


def test_hidden_until_the_file_has_unknown_words(editor: StatusWordsEditor) -> None:
    assert editor.isHidden()
    editor.set_words([])
    assert editor.isHidden()
    editor.set_words([StatusWord("Kicked upstairs", 3)])
    assert not editor.isHidden()
    editor.set_words([])
    assert editor.isHidden()


def test_each_word_has_its_row_count_and_a_choice_of_statuses(editor: StatusWordsEditor) -> None:
    editor.set_words([StatusWord("Closed - Sent to Records Unit", 1_204), StatusWord("Kicked upstairs", 1)])
    assert editor.words() == ["Closed - Sent to Records Unit", "Kicked upstairs"]
    assert counts(editor) == {"Rows using Closed - Sent to Records Unit": "1,204 rows",
                              "Rows using Kicked upstairs": "1 row"}
    combo = editor.combo("Kicked upstairs")
    assert [combo.itemText(i) for i in range(combo.count())] == [CHOOSE, "Granted", "Denied", "Withdrawn"]
    assert combo.value() == "", "nothing is chosen for the user"
    assert combo.accessibleName() == "What the status word Kicked upstairs means"


def test_choosing_a_status_says_which_word_and_what_it_means(qtbot: Any, editor: StatusWordsEditor) -> None:
    editor.set_words([StatusWord("Kicked upstairs", 2), StatusWord("Done & dusted", 5)])
    combo = editor.combo("Done & dusted")
    with qtbot.waitSignal(editor.statusChosen) as chosen:
        combo.setCurrentIndex(combo.find_value("granted"))
    assert chosen.args == ["Done & dusted", "granted"]
    with qtbot.waitSignal(editor.statusChosen) as chosen:
        combo.setCurrentIndex(0)
    assert chosen.args == ["Done & dusted", ""]


def test_an_ampersand_in_a_word_is_shown_not_taken_as_a_shortcut(editor: StatusWordsEditor) -> None:
    editor.set_words([StatusWord("Done & dusted", 5)])
    label = editor.combo("Done & dusted").parentWidget().findChildren(QLabel)
    buddies = [w for w in label if w.buddy() is editor.combo("Done & dusted")]
    assert [b.text() for b in buddies] == ["Done && dusted"]


def test_the_same_words_again_update_in_place_without_signals(qtbot: Any, editor: StatusWordsEditor) -> None:
    editor.set_words([StatusWord("Kicked upstairs", 2)])
    combo = editor.combo("Kicked upstairs")
    emitted: list[tuple[str, str]] = []
    editor.statusChosen.connect(lambda word, status: emitted.append((word, status)))
    editor.set_words([StatusWord("Kicked upstairs", 0, "denied")])
    assert editor.combo("Kicked upstairs") is combo, "the combo (and its focus) stays"
    assert combo.value() == "denied"
    assert counts(editor) == {"Rows using Kicked upstairs": "chosen"}, "a word chosen earlier stays listed"
    assert emitted == [], "showing a choice already made is not a new choice"


def test_other_words_rebuild_the_rows(editor: StatusWordsEditor) -> None:
    editor.set_words([StatusWord("Kicked upstairs", 2)])
    old = editor.combo("Kicked upstairs")
    editor.set_words([StatusWord("Referred", 4), StatusWord("Kicked upstairs", 2)])
    assert editor.words() == ["Referred", "Kicked upstairs"]
    assert editor.combo("Kicked upstairs") is not old
    assert len(editor.combos()) == 2

"""The templates page: the list with sources, the template text, copying a built-in to edit it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dashboard_fixtures as fx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from foiatrack.core.errors import UserError
from foiatrack.services.letters import list_templates
from foiatrack.services.paths import user_templates_dir
from foiatrack.store.database import Database
from foiatrack.ui import templates_page
from foiatrack.ui.templates_model import SOURCE
from foiatrack.ui.templates_page import TemplatesPage


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    yield from fx.sample_database(tmp_path)


@pytest.fixture
def page(qtbot: Any, sample_db: Database) -> TemplatesPage:
    widget = TemplatesPage(sample_db)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    return widget


def _select(qtbot: Any, page: TemplatesPage, name: str) -> None:
    with qtbot.waitSignal(page.loaded):
        page.refresh(select=name)
    selected = page.selected()
    assert selected is not None and selected.name == name


def test_lists_every_template_with_its_source(qtmodeltester: Any, page: TemplatesPage) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    infos, _problems = list_templates()
    assert page.model.rowCount() == len(infos) > 0
    assert {page.model.index(r, SOURCE).data() for r in range(page.model.rowCount())} == {"Built-in"}
    assert page.problem_label.isHidden()


def test_selection_shows_the_description_and_text(qtbot: Any, page: TemplatesPage) -> None:
    _select(qtbot, page, "appeal-withholding")
    assert "Appeal: records improperly withheld" in page.about.text()
    assert "US" in page.about.text()
    assert page.text.toPlainText().startswith("+++")
    assert page.copy_button.isEnabled()
    assert ".md" not in page.about.text(), "a built-in template's place in the install is not the user's concern"


def test_copy_to_my_templates_replaces_the_built_in(qtbot: Any, page: TemplatesPage) -> None:
    _select(qtbot, page, "follow-up")
    with qtbot.waitSignal(page.loaded):
        page.copy_button.click()
    copy = user_templates_dir() / "follow-up.md"
    assert copy.is_file()
    selected = page.selected()
    assert selected is not None and selected.name == "follow-up" and not selected.builtin
    row = page.model.row_of("follow-up")
    assert row is not None and page.model.index(row, SOURCE).data() == "Mine (replaces the built-in)"
    assert not page.copy_button.isEnabled()
    assert f"Your file: {copy}" in page.about.text(), "the user's own copy is named, to edit it"


def test_broken_user_template_is_reported_with_its_file(qtbot: Any, page: TemplatesPage) -> None:
    folder = user_templates_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.md").write_text("+++\ntitle = 'x'\n", encoding="utf-8")
    with qtbot.waitSignal(page.loaded):
        page.reload_button.click()
    assert not page.problem_label.isHidden()
    assert "mine.md" in page.problem_label.text() and "never closed" in page.problem_label.text()


def test_open_my_templates_folder(page: TemplatesPage, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    page.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(user_templates_dir())]
    assert user_templates_dir().is_dir()


def test_folder_that_cannot_be_opened_is_named(page: TemplatesPage, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    monkeypatch.setattr(templates_page, "show_error",
                        lambda _p, _t, error: errors.append(error.message if isinstance(error, UserError) else ""))
    page.open_folder()
    assert errors and str(user_templates_dir()) in errors[0]


def test_controls_are_named(page: TemplatesPage) -> None:
    assert fx.unnamed_controls(page) == []

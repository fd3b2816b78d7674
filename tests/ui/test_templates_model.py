"""The templates table: what each column says, how it sorts, and which rows are the user's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from foiatrack.services.letters import TemplateInfo
from foiatrack.ui.dashboard_models import SortRole
from foiatrack.ui.templates_model import (
    HEADERS,
    JURISDICTIONS,
    KIND,
    SOURCE,
    TITLE,
    NameRole,
    TemplatesModel,
    jurisdictions_text,
)


def info(name: str, title: str, kind: str = "request", *, builtin: bool = True, overrides: bool = False,
         jurisdictions: tuple[str, ...] = ("US",), description: str = "") -> TemplateInfo:
    return TemplateInfo(name=name, title=title, kind=kind, kind_label=kind.replace("_", " ").capitalize(),
                        jurisdictions=jurisdictions, description=description, builtin=builtin,
                        overrides_builtin=overrides, path=Path(f"/templates/{name}.md"))


def model_of(*infos: TemplateInfo) -> TemplatesModel:
    model = TemplatesModel()
    model.set_templates(list(infos))
    return model


def test_jurisdiction_patterns_are_said_in_words() -> None:
    assert jurisdictions_text(["US"]) == "US"
    assert jurisdictions_text(["US-*"]) == "any state"
    assert jurisdictions_text(["*"]) == "anywhere"
    assert jurisdictions_text(["US", "US-CA", "US-*"]) == "US, US-CA, any state"


def test_each_column_shows_title_kind_jurisdictions_and_source(qtmodeltester: Any) -> None:
    model = model_of(info("foia-request", "FOIA request", jurisdictions=("US",)),
                     info("state-request", "State request", builtin=False, jurisdictions=("US-*",)),
                     info("appeal", "Appeal", "appeal", builtin=False, overrides=True, jurisdictions=("*",)))
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == len(HEADERS) == 4
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Title", "Kind", "Jurisdictions", "Source"]
    rows = [[model.index(r, c).data() for c in (TITLE, KIND, JURISDICTIONS, SOURCE)] for r in range(3)]
    assert rows == [["FOIA request", "Request", "US", "Built-in"],
                    ["State request", "Request", "any state", "Mine"],
                    ["Appeal", "Appeal", "anywhere", "Mine (replaces the built-in)"]]
    assert model.index(1, SOURCE).data(Qt.ItemDataRole.AccessibleTextRole) == "Mine"


def test_the_tooltip_is_the_description_or_else_the_title() -> None:
    model = model_of(info("a", "Plain", description=""), info("b", "Described", description="For appeals of fees"))
    assert model.index(0, TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Plain"
    assert model.index(1, KIND).data(Qt.ItemDataRole.ToolTipRole) == "For appeals of fees"


def test_the_users_own_templates_are_italic_and_builtins_are_not() -> None:
    model = model_of(info("a", "Built in"), info("b", "Mine", builtin=False))
    assert model.index(0, TITLE).data(Qt.ItemDataRole.FontRole) is None
    font = model.index(1, TITLE).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()


def test_sorting_ignores_case_in_titles_and_orders_kinds_as_the_letters_do() -> None:
    model = model_of(info("b", "beta", "appeal"), info("a", "Alpha", "request"), info("x", "Odd", "no-such-kind"))
    assert model.index(0, TITLE).data(SortRole) == "beta"
    assert model.index(1, TITLE).data(SortRole) == "alpha"
    kinds = [model.index(r, KIND).data(SortRole) for r in range(3)]
    assert kinds[1] < kinds[0], "a request sorts before an appeal, as letters follow a request's course"
    assert kinds[2] == 99, "a kind the app does not know sorts last"


def test_rows_are_found_by_template_name() -> None:
    model = model_of(info("foia-request", "FOIA request"), info("appeal", "Appeal", "appeal"))
    assert model.row_of("appeal") == 1
    assert model.row_of("missing") is None
    assert model.index(1, SOURCE).data(NameRole) == "appeal"
    assert model.template(0).name == "foia-request"
    assert [t.name for t in model.templates()] == ["foia-request", "appeal"]


def test_setting_templates_again_replaces_the_rows(qtbot: Any) -> None:
    model = model_of(info("a", "A"), info("b", "B"))
    with qtbot.waitSignal(model.modelReset):
        model.set_templates([info("c", "C")])
    assert model.rowCount() == 1 and model.index(0, TITLE).data() == "C"
    assert model.index(5, TITLE).data() is None

"""Template discovery: built-ins, the user's folder, overrides, copies and broken files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from letter_fixtures import Case, clearview_request, context_for

from foiatrack.core.errors import NotFoundError, UserError
from foiatrack.letters import AppealGround, LetterKind, TemplateLibrary, render_letter
from foiatrack.letters.library import builtin_dir
from foiatrack.letters.template import parse_template

BUILTINS = {
    "federal-request",
    "state-request",
    "follow-up",
    "clarification",
    "appeal-withholding",
    "appeal-inadequate-search",
    "appeal-fee-denial",
    "appeal-expedite-denial",
    "appeal-no-response",
    "appeal-ny",
    "appeal-pa",
    "appeal-il",
    "appeal-ma",
}

STATE_APPEALS = {"appeal-ny", "appeal-pa", "appeal-il", "appeal-ma"}

SIMPLE = """+++
title = "My own request"
kind = "request"
jurisdictions = ["US-NY"]
subject = "Request: {{ request.subject }}"
+++
Please send me the records about {{ request.subject }}.
"""


def test_builtins_are_found_and_valid() -> None:
    library = TemplateLibrary()
    assert set(library.names()) == BUILTINS
    assert library.problems == []
    assert all(t.builtin for t in library.templates())
    grounds = {t.ground for t in library.templates() if t.kind is LetterKind.APPEAL}
    assert grounds == set(AppealGround)
    # Listed in a stable order: requests first, appeals after follow-ups.
    kinds = [t.kind for t in library.templates()]
    assert kinds == sorted(kinds, key=list(LetterKind).index)


def test_readme_is_not_a_template() -> None:
    assert (builtin_dir() / "README.md").is_file()
    assert "README" not in TemplateLibrary().names()


@pytest.mark.parametrize(
    ("code", "kind", "expected"),
    [
        ("US", None, BUILTINS - {"state-request"} - STATE_APPEALS),
        ("US-CA", None, {"state-request", "follow-up", "clarification"}),
        ("US-PA", LetterKind.APPEAL, {"appeal-pa"}),
        ("US-NY", "appeal", {"appeal-ny"}),
        ("us-ny", LetterKind.REQUEST, {"state-request"}),
        ("US", "appeal", {n for n in BUILTINS if n.startswith("appeal-")} - STATE_APPEALS),
        ("US", LetterKind.FOLLOW_UP, {"follow-up"}),
        ("FR", None, {"follow-up", "clarification"}),
    ],
)
def test_templates_for_filters_by_jurisdiction_and_kind(code: str, kind: object, expected: set[str]) -> None:
    assert {t.name for t in TemplateLibrary().templates_for(code, kind)} == expected


def test_user_templates_appear_beside_builtins(user_dir: Path) -> None:
    (user_dir / "my-request.md").write_text(SIMPLE, encoding="utf-8")
    library = TemplateLibrary(user_dir)
    assert set(library.names()) == BUILTINS | {"my-request"}
    mine = library.get("my-request")
    assert not mine.builtin
    assert [t.name for t in library.templates_for("US-NY", "request")] == ["my-request", "state-request"]


def test_user_template_replaces_builtin_of_same_name(user_dir: Path) -> None:
    (user_dir / "federal-request.md").write_text(SIMPLE.replace("US-NY", "US"), encoding="utf-8")
    library = TemplateLibrary(user_dir)
    template = library.get("federal-request")
    assert template.title == "My own request"
    assert template.path == user_dir / "federal-request.md"
    document = render_letter(template, context_for(Case(clearview_request())))
    assert "Please send me the records about ICE\u2019s use of Clearview AI" in document.plain_text()


def test_copy_to_user_then_edit(user_dir: Path) -> None:
    library = TemplateLibrary(user_dir)
    copy = library.copy_to_user("follow-up")
    assert copy == user_dir / "follow-up.md"
    assert copy.read_text(encoding="utf-8") == (builtin_dir() / "follow-up.md").read_text(encoding="utf-8")
    assert not library.get("follow-up").builtin
    assert not list(user_dir.glob(".*"))  # no temporary file left behind
    with pytest.raises(UserError, match="exists already"):
        library.copy_to_user("follow-up")
    with pytest.raises(NotFoundError, match="federal-request"):
        library.copy_to_user("no-such-letter")


def test_copy_to_user_creates_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "templates"
    copy = TemplateLibrary().copy_to_user("clarification", target)
    assert copy.is_file()


def test_unknown_template_lists_known_names() -> None:
    with pytest.raises(NotFoundError, match=r"template 'nope' does not exist; known templates: appeal-expedite-denial"):
        TemplateLibrary().get("nope")


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("no header\n", 1, "must start with a '+++' header line"),
        ("+++\ntitle = \"x\"\n", 1, "never closed"),
        ('+++\ntitle = "x"\nkind = \n+++\nBody\n', 3, "header is not valid TOML"),
        ('+++\ntitle = "x"\nkind = "request"\njurisdictions = ["US"]\nsubject = "s"\ncolour = "red"\n+++\nB\n', 6,
         "unknown header key 'colour'"),
        ('+++\ntitle = "x"\nkind = "letter"\njurisdictions = ["US"]\nsubject = "s"\n+++\nB\n', 3,
         "kind 'letter' is not accepted; use one of: request, follow_up, appeal, clarification"),
        ('+++\ntitle = "x"\nkind = "appeal"\njurisdictions = ["US"]\nsubject = "s"\n+++\nB\n', 1,
         "an appeal template needs 'ground'"),
        ('+++\ntitle = "x"\nkind = "request"\njurisdictions = ["USA"]\nsubject = "s"\n+++\nB\n', 4,
         "jurisdiction 'USA' is not accepted"),
        ('+++\ntitle = "x"\nkind = "request"\njurisdictions = ["US"]\n+++\nB\n', 5, "needs a 'subject' entry"),
        ('+++\ntitle = "x"\nkind = "request"\njurisdictions = ["US"]\nsubject = "s"\n'
         'requires = ["Request.x y"]\n+++\nB\n', 6, "is not a field name"),
        ('+++\ntitle = "x"\nkind = "request"\njurisdictions = ["US"]\nsubject = "s"\n+++\nOne\n{% if x %}\nTwo\n', 9,
         "template syntax error"),
        ('+++\ntitle = "x"\nkind = "request"\njurisdictions = ["US"]\nsubject = "s {{ x | nofilter }}"\n+++\nB\n', 5,
         "No filter named 'nofilter'"),
        ('+++\ntitle = "x"\nkind = "request"\njurisdictions = ["US"]\nsubject = "s {% if %}"\n+++\nB\n', 5,
         "template syntax error"),
    ],
)  # fmt: skip
def test_broken_templates_name_file_and_line(text: str, line: int, fragment: str, user_dir: Path) -> None:
    path = user_dir / "broken.md"
    path.write_text(text, encoding="utf-8")
    library = TemplateLibrary(user_dir)
    assert "broken" not in library.names()  # the rest of the library still works
    assert len(library.problems) == 1
    with pytest.raises(UserError) as caught:
        library.get("broken")
    message = caught.value.message
    assert message.startswith(f"{path}, line {line}:"), message
    assert fragment in message


def test_non_utf8_template_is_reported(user_dir: Path) -> None:
    (user_dir / "latin1.md").write_bytes('+++\ntitle = "Jos\xe9"\n'.encode("latin-1"))
    with pytest.raises(UserError, match="must be UTF-8"):
        TemplateLibrary(user_dir).get("latin1")


def test_multiline_header_field_errors_point_into_the_field(tmp_path: Path) -> None:
    text = (
        '+++\ntitle = "x"\nkind = "request"\njurisdictions = ["US"]\nsubject = "s"\n'
        'recipient = """\nLine A\n{{ agency.fax }}\n"""\n+++\nBody.\n'
    )
    path = tmp_path / "multi.md"
    template = parse_template(text, path)
    assert template.fields["recipient"].line == 7
    with pytest.raises(UserError, match=rf"{re.escape(str(path))}, line 8: agency\.fax is missing"):
        render_letter(template, context_for(Case(clearview_request())))

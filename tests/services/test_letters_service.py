"""Generating letters: the file, the timeline entry with the same bytes, and nothing at all on failure."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from foiatrack.core.errors import UserError
from foiatrack.core.vocabulary import EventKind
from foiatrack.services import letters
from foiatrack.services.attachments import attachment_bytes
from foiatrack.services.demo import load_demo
from foiatrack.services.paths import user_templates_dir
from foiatrack.services.queries import RequestFilter, list_requests, request_detail
from foiatrack.services.workspace import open_workspace
from foiatrack.store.database import Database


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Database]:
    database = open_workspace(tmp_path / "t.db")
    load_demo(database)
    yield database
    database.close()


def _request(db: Database, subject: str) -> int:
    return next(r.id for r in list_requests(db, RequestFilter(text=subject)))


def _letters(db: Database, request_id: int) -> list:  # type: ignore[type-arg]
    return [e for e in request_detail(db, request_id).events if e.kind is EventKind.LETTER]


def _pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def test_generate_pdf_writes_the_file_and_logs_it_with_the_same_bytes(demo: Database, tmp_path: Path) -> None:
    request_id = _request(demo, "Detainer requests")
    target = tmp_path / "out" / "follow-up.pdf"
    target.parent.mkdir()
    written = letters.generate_letter(demo, request_id, "follow-up", target, today=dt.date.today())
    assert written == target and target.is_file()
    assert "2025-ICFO-10442" in _pdf_text(target)
    [event] = _letters(demo, request_id)
    template = letters.template_library().get("follow-up")
    assert event.summary == template.title
    assert event.date == dt.date.today()
    [attachment] = event.attachments
    assert attachment.filename == "follow-up.pdf" and attachment.media_type == "application/pdf"
    assert attachment_bytes(demo, attachment.id)[1] == target.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["follow-up.pdf"]  # no temporary file left


def test_generate_docx(demo: Database, tmp_path: Path) -> None:
    request_id = _request(demo, "Detainer requests")
    target = letters.generate_letter(demo, request_id, "federal-request", tmp_path / "request.docx")
    text = "\n".join(p.text for p in open_docx(str(target)).paragraphs)
    assert "Detainer requests issued to county jails in 2024" in text
    [event] = _letters(demo, request_id)
    assert event.attachments[0].media_type.endswith("wordprocessingml.document")


def test_rendering_error_writes_and_logs_nothing(demo: Database, tmp_path: Path) -> None:
    request_id = _request(demo, "Detainer requests")  # no determination yet: nothing to appeal
    target = tmp_path / "appeal.pdf"
    with pytest.raises(UserError, match="determination"):
        letters.generate_letter(demo, request_id, "appeal-withholding", target)
    assert not target.exists() and not list(tmp_path.glob(".appeal.pdf*"))
    assert _letters(demo, request_id) == []


@pytest.mark.parametrize("name", ["letter.txt", "letter"])
def test_unknown_suffix_is_refused(demo: Database, tmp_path: Path, name: str) -> None:
    request_id = _request(demo, "Detainer requests")
    with pytest.raises(UserError, match=r"\.docx, \.pdf"):
        letters.generate_letter(demo, request_id, "follow-up", tmp_path / name)
    assert _letters(demo, request_id) == []


def test_missing_folder_logs_nothing(demo: Database, tmp_path: Path) -> None:
    request_id = _request(demo, "Detainer requests")
    with pytest.raises(UserError, match="does not exist"):
        letters.generate_letter(demo, request_id, "follow-up", tmp_path / "nowhere" / "x.pdf")
    assert _letters(demo, request_id) == []


def test_failed_rename_takes_the_event_back(demo: Database, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = _request(demo, "Detainer requests")

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(letters.os, "replace", refuse)
    with pytest.raises(UserError, match="No space left"):
        letters.generate_letter(demo, request_id, "follow-up", tmp_path / "x.pdf")
    monkeypatch.setattr(letters.os, "replace", os.replace)
    assert _letters(demo, request_id) == []
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".x.pdf*")) == []


def test_preview_logs_nothing(demo: Database) -> None:
    request_id = _request(demo, "Detainer requests")
    document = letters.preview_letter(demo, request_id, "follow-up")
    assert "late" in document.plain_text()
    assert _letters(demo, request_id) == []


def test_templates_fit_the_request_jurisdiction(demo: Database) -> None:
    federal = [t.name for t in letters.templates_for_request(demo, _request(demo, "Detainer requests"))]
    texas = [t.name for t in letters.templates_for_request(demo, _request(demo, "Operation Lone Star"))]
    assert "appeal-withholding" in federal and "federal-request" in federal
    assert "appeal-withholding" not in texas and "state-request" in texas and "follow-up" in texas
    both = letters.templates_for_requests(demo, [_request(demo, "Detainer requests"),
                                                 _request(demo, "Operation Lone Star")])
    assert {t.name for t in both} == set(texas) & set(federal)


def test_user_templates_replace_built_ins_and_broken_ones_are_reported() -> None:
    infos, problems = letters.list_templates()
    assert infos and not problems and all(i.builtin for i in infos)
    copy = letters.copy_template_to_user("follow-up")
    assert copy.parent == user_templates_dir()
    with pytest.raises(UserError, match="exists already"):
        letters.copy_template_to_user("follow-up")
    (user_templates_dir() / "broken.md").write_text("no header here\n", encoding="utf-8")
    infos, problems = letters.list_templates()
    mine = next(i for i in infos if i.name == "follow-up")
    assert not mine.builtin and mine.overrides_builtin and mine.source_label == "Mine (replaces the built-in)"
    assert [p.message for p in problems if "broken.md" in p.message]
    assert "+++" in letters.template_text(mine)


def test_batch_writes_one_letter_per_request_and_reports_failures(demo: Database, tmp_path: Path) -> None:
    late = _request(demo, "Detainer requests")
    fresh = _request(demo, "Operation Lone Star")
    draft = _request(demo, "courthouses")  # never sent: a follow-up cannot be written
    (tmp_path / f"{late} follow-up ICE.pdf").write_bytes(b"an earlier letter")
    results = letters.generate_letters(demo, [late, fresh, draft], "follow-up", tmp_path, ".pdf")
    by_id = {r.request_id: r for r in results}
    assert by_id[late].path is not None and by_id[late].path.name == f"{late} follow-up ICE (2).pdf"
    assert (tmp_path / f"{late} follow-up ICE.pdf").read_bytes() == b"an earlier letter"
    assert by_id[draft].path is None and by_id[draft].error
    assert len(_letters(demo, late)) == 1 and _letters(demo, draft) == []
    written = [r for r in results if r.path is not None]
    assert all(r.path is not None and r.path.is_file() for r in written)


def test_a_docx_letter_is_searchable_from_its_own_text(demo: Database, tmp_path: Path) -> None:
    from foiatrack.services.search import search

    request_id = _request(demo, "Detainer requests")
    letters.generate_letter(demo, request_id, "follow-up", tmp_path / "follow-up.docx")
    hits = [h for h in search(demo, "\"estimated date on which the agency will complete\"") if h.source == "attachment"]
    assert any(h.request_id == request_id and h.title == "follow-up.docx" for h in hits), hits


def test_the_letters_offered_follow_the_request_even_before_a_letterhead_is_saved(tmp_path: Path) -> None:
    """A request of the user's own, no letterhead yet: the window still opens on the fitting letter (saving
    it is what asks for the letterhead)."""
    from foiatrack.core.vocabulary import Outcome
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.requests import NewRequest, RequestFields, file_request

    db = open_workspace(tmp_path / "own.db")
    try:
        [draft] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(
            subject="Stingray purchases", records_sought="Purchase orders for cell-site simulators, 2020-2024.")))
        [sent] = file_request(db, NewRequest(agencies=("FBI",), fields=RequestFields(
            subject="Stingray use", records_sought="Policies on cell-site simulators."), sent_on=dt.date(2026, 6, 1)))
        log_event(db, sent, NewEvent(EventKind.FINAL_DETERMINATION, dt.date(2026, 8, 3), outcome=Outcome.NO_RECORDS))
        today = dt.date(2026, 8, 10)
        assert letters.templates_in_order(db, [draft], today=today)[0].name == "federal-request"
        offered = [t.name for t in letters.templates_in_order(db, [sent], today=today)]
        assert offered[0] == "appeal-inadequate-search" and offered[-1] == "federal-request"
        with pytest.raises(UserError, match="letterhead"):  # writing the letter still needs one
            letters.letter_context(db, sent, today)
    finally:
        db.close()

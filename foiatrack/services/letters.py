"""Generating letters for requests: choose a template, preview it, write it, and log it on the timeline.

A generated letter is evidence (the appeal was sent on time, the follow-up named the right deadline), so
writing it and recording it belong together: the file on disk and a ``letter`` event with the exact
same bytes attached. The order of work makes a half-done letter impossible to mistake for a done one:

1. the letter is rendered to a :class:`~foiatrack.letters.Document` in memory; a template problem is a
   :class:`UserError` and nothing has been written or logged;
2. the DOCX or PDF bytes are built in memory and staged in a temporary file beside the target (so a
   folder that cannot be written fails before anything is logged);
3. the event and its attachment are logged in one transaction (:func:`log_event`);
4. the staged file is renamed onto the target; should that fail, the event is removed again.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from foiatrack.core.errors import UserError
from foiatrack.core.models import Event, OrganisationProfile, Request
from foiatrack.core.vocabulary import EventKind
from foiatrack.files import discard, stage
from foiatrack.letters import (
    ACCEPTED_SUFFIXES,
    Document,
    LetterTemplate,
    TemplateLibrary,
    build_context,
    jurisdiction_from_rule,
)
from foiatrack.letters import render_letter as _render
from foiatrack.letters.library import builtin_dir
from foiatrack.services.attachments import FileContent, content_from_bytes, safe_filename
from foiatrack.services.events import NewEvent, add_attachments, delete_event, log_event
from foiatrack.services.jurisdictions import require_jurisdiction
from foiatrack.services.paths import user_templates_dir
from foiatrack.services.queries import request_detail
from foiatrack.services.settings import get_profile, letterhead_problem
from foiatrack.store.database import Database

_MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """One template as the templates page and ``foiatrack templates`` show it."""

    name: str
    title: str
    kind: str
    kind_label: str
    jurisdictions: tuple[str, ...]
    description: str
    builtin: bool
    overrides_builtin: bool  # a user file replacing the built-in of the same name
    path: Path

    @property
    def source_label(self) -> str:
        if self.builtin:
            return "Built-in"
        return "Mine (replaces the built-in)" if self.overrides_builtin else "Mine"


def template_library() -> TemplateLibrary:
    """Built-in templates plus the user's folder, read afresh (the user may just have edited a file)."""
    return TemplateLibrary(user_templates_dir())


def describe(template: LetterTemplate) -> TemplateInfo:
    overrides = not template.builtin and (builtin_dir() / f"{template.name}.md").is_file()
    return TemplateInfo(
        name=template.name, title=template.title, kind=template.kind.value, kind_label=template.kind.label,
        jurisdictions=template.jurisdictions, description=template.description, builtin=template.builtin,
        overrides_builtin=overrides, path=template.path,
    )


def list_templates(library: TemplateLibrary | None = None) -> tuple[list[TemplateInfo], list[UserError]]:
    """Every usable template, and the problems of the broken ones (each names its file and line)."""
    library = library or template_library()
    return [describe(t) for t in library.templates()], library.problems


def copy_template_to_user(name: str) -> Path:
    """Copy built-in template *name* into the user's folder, where it can be edited and replaces the
    built-in. An existing copy is never overwritten (it may hold the user's edits)."""
    return template_library().copy_to_user(name)


def template_text(info: TemplateInfo) -> str:
    """The template file's text, for showing (a file that vanished reads as an explanation)."""
    try:
        return info.path.read_text(encoding="utf-8")
    except OSError as exc:
        return f"(cannot read {info.path}: {exc.strerror or exc})"


def user_folder(create: bool = True) -> Path:
    """The user's template folder, created on request so a file manager can open it."""
    folder = user_templates_dir()
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"cannot create {folder}: {exc.strerror or exc}") from None
    return folder


def templates_in_order(db: Database, request_ids: Sequence[int], library: TemplateLibrary | None = None,
                       today: dt.date | None = None) -> list[LetterTemplate]:
    """The templates that fit every one of the requests, those their states call for first (a draft: the
    request letter; after an adverse determination: the appeals; overdue: the follow-up); see
    :func:`foiatrack.letters.choice.order_for_state`."""
    from foiatrack.letters.choice import order_for_state

    today = today or dt.date.today()
    # The user's letterhead as it is: an empty one stops the letter later, not the choice of it.
    contexts = [letter_context(db, request_id, today, signed=False) for request_id in request_ids]
    return order_for_state(templates_for_requests(db, request_ids, library), contexts)


def templates_for_request(db: Database, request_id: int, library: TemplateLibrary | None = None
                          ) -> list[LetterTemplate]:
    """The templates meant for the request's jurisdiction."""
    return templates_for_requests(db, [request_id], library)


def templates_for_requests(db: Database, request_ids: Sequence[int], library: TemplateLibrary | None = None
                           ) -> list[LetterTemplate]:
    """Templates that fit every one of the requests (for one letter per request in one go)."""
    library = library or template_library()
    codes = {request_detail(db, rid).request.jurisdiction for rid in request_ids}
    return [t for t in library.templates() if all(t.fits(code) for code in codes)]


def letterhead_for(db: Database, request: Request) -> OrganisationProfile:
    """The letterhead a letter for *request* is signed with.

    The user's letterhead, always, for a real request: refused while it is empty or still holds sample
    text (the message says where to fill it in). A sample request's letter falls back on the sample
    letterhead while the user's is incomplete, so the sample data can be tried before anything is set up.
    """
    profile = get_profile(db)
    problem = letterhead_problem(profile)
    if problem is None:
        return profile
    if request.is_sample:
        from foiatrack.services.demo import demo_profile

        return demo_profile()
    raise UserError(problem, field="letterhead")


def letter_context(db: Database, request_id: int, today: dt.date | None = None, *, signed: bool = True
                   ) -> dict[str, Any]:
    """The variables a template sees for this request, dated *today* (the letter's date).

    *signed*: with the letterhead a letter is signed with (:func:`letterhead_for`, which refuses an empty
    one); ``False`` takes the stored letterhead as it is, for reading the request's state only.
    """
    today = today or dt.date.today()
    detail = request_detail(db, request_id, as_of=today)
    rule = require_jurisdiction(detail.request.jurisdiction)
    profile = letterhead_for(db, detail.request) if signed else get_profile(db)
    return build_context(detail.request, detail.agency, detail.events, profile, detail.deadlines,
                         jurisdiction_from_rule(rule), today)


def preview_letter(db: Database, request_id: int, template_name: str, *, today: dt.date | None = None,
                   library: TemplateLibrary | None = None) -> Document:
    """The rendered letter, for showing; nothing is written or logged.

    Raises:
        UserError: unknown or broken template, or a field the letter needs is missing (the message
            says which and how to fill it in).
    """
    library = library or template_library()
    template = library.get(template_name)
    return _render_for_agency(template, letter_context(db, request_id, today))


class MissingAppealOffice(UserError):
    """The agency has no appeal office on record: the user is told how to set it, not about templates."""

    def __init__(self, agency_label: str) -> None:
        super().__init__(
            f"appeal address: foiatrack does not know where appeals to {agency_label} go. Set it with "
            f"`foiatrack agencies --edit \"{agency_label}\" --appeal-address \"OFFICE\\nSTREET\\nCITY, STATE ZIP\"` "
            "(the agency's decision letter or its FOIA regulations name the appeal office), "
            "or type it in the letter window of the app",
            field="agency.appeal_address",
        )


def check_fits(template: LetterTemplate, context: dict[str, Any]) -> None:
    """Refuse a template written for another law: a California request must not get a federal appeal
    citing 5 U.S.C. § 552."""
    jurisdiction = context.get("jurisdiction") or {}
    code = str(jurisdiction.get("code", ""))
    if not code or template.fits(code):
        return
    request_id = (context.get("request") or {}).get("id", "")
    name = jurisdiction.get("name", code)
    raise UserError(
        f"template: '{template.name}' is written for {', '.join(template.jurisdictions)}, but request "
        f"{request_id} is under {code} ({name}); `foiatrack templates --request {request_id}` lists the "
        "templates that fit it", field="template")


def _render_for_agency(template: LetterTemplate, context: dict[str, Any]) -> Document:
    check_fits(template, context)
    try:
        return _render(template, context)
    except UserError as error:
        if error.field != "agency.appeal_address":
            raise
        agency = context.get("agency") or {}
        label = agency.get("abbreviation") or agency.get("name") or "this agency"
        raise MissingAppealOffice(label) from None


def check_suffix(path: str | os.PathLike[str]) -> str:
    """The file's suffix if a letter can be written as it (``.docx``, ``.pdf``); else a UserError."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        shown = target.suffix or "no suffix"
        raise UserError(f"{target}: cannot write a letter as '{shown}'; use one of: {', '.join(ACCEPTED_SUFFIXES)}",
                        field="output")
    return suffix


def letter_bytes(document: Document, suffix: str) -> bytes:
    """The letter as a Word or PDF file's bytes: the one place a writer is chosen by suffix.

    Saving, printing (which prints these very PDF bytes) and batches all come through here.
    """
    kind = suffix.lower()
    if kind == ".docx":
        from foiatrack.letters.docx_writer import write_docx

        return write_docx(document)
    if kind == ".pdf":
        from foiatrack.letters.pdf_writer import write_pdf

        return write_pdf(document)
    shown = suffix or "no suffix"
    raise UserError(f"cannot write a letter as '{shown}'; use one of: {', '.join(ACCEPTED_SUFFIXES)}",
                    field="output")


def letter_content(document: Document, filename: str, data: bytes) -> FileContent:
    """The file to attach; its searchable text is the document's own, whatever the format."""
    suffix = Path(filename).suffix.lower()
    return content_from_bytes(filename, data, _MEDIA_TYPES.get(suffix), text=document.plain_text())


@dataclass(frozen=True, slots=True)
class WrittenLetter:
    """A letter on the timeline: its event, its date and the file just written (if any)."""

    event_id: int
    date: dt.date
    path: Path | None = None


def record_letter(db: Database, request_id: int, document: Document, title: str, filename: str, data: bytes,
                  *, today: dt.date | None = None, event_id: int | None = None) -> Event:
    """Put the letter's file on the timeline: one ``letter`` event per letter.

    Without *event_id* a new event is logged, dated *today* (the letter's date), naming the template,
    with the file attached. With *event_id* (the same letter saved in another format, or printed after
    saving) the file joins that event instead; a file already attached (same bytes) is not added again.
    """
    content = letter_content(document, filename, data)
    if event_id is not None:
        existing = _letter_event(db, request_id, event_id)
        if any(a.sha256 == content.sha256 for a in existing.attachments):
            return existing
        return add_attachments(db, event_id, [], [content])
    day = today or dt.date.today()
    details = f"Generated from the template '{document.template_name}'." if document.template_name else ""
    event = NewEvent(kind=EventKind.LETTER, date=day, summary=title[:500], details=details)
    return log_event(db, request_id, event, contents=[content])


def _letter_event(db: Database, request_id: int, event_id: int) -> Event:
    for event in request_detail(db, request_id).events:
        if event.id == event_id:
            if event.kind is not EventKind.LETTER:
                break
            return event
    raise UserError(f"event {event_id}: not a letter on request {request_id}; nothing was attached", field="event")


def write_letter(db: Database, request_id: int, template_name: str, path: str | os.PathLike[str], *,
                 letter_date: dt.date | None = None, event_id: int | None = None,
                 document: Document | None = None, data: bytes | None = None,
                 library: TemplateLibrary | None = None) -> WrittenLetter:
    """Render the letter, write it to *path* (``.docx`` or ``.pdf``) and put it on the timeline.

    Args:
        letter_date: The date printed on the letter and logged on the timeline (default today).
        event_id: The letter's event when this letter was already saved or printed in another format:
            the file is attached to it rather than logged as a second letter.
        document: The document already rendered (the dialog's preview), so what is saved is what was read.
        data: The file's bytes already made from *document* in this format (the PDF the dialog printed),
            so the saved file and the printed one are the same file.

    Raises:
        UserError: the suffix is not accepted, the template cannot be rendered for this request, the
            letterhead is not filled in, or the file cannot be written. In every such case nothing is
            written and nothing is logged.
    """
    target = Path(path)
    suffix = check_suffix(target)
    day = letter_date or dt.date.today()
    library = library or template_library()
    template = library.get(template_name)
    if document is None:
        document = _render_for_agency(template, letter_context(db, request_id, day))
    if data is None:
        data = letter_bytes(document, suffix)
    staged = stage(target, data)
    try:
        event = record_letter(db, request_id, document, template.title, target.name, data, today=day,
                              event_id=event_id)
    except BaseException:
        discard(staged)
        raise
    try:
        os.replace(staged, target)
    except OSError as exc:
        discard(staged)
        if event_id is None:
            delete_event(db, event.id, expected_version=event.version)
        raise UserError(f"cannot write {target}: {exc.strerror or exc}", field="output") from None
    return WrittenLetter(event.id, event.date, target)


def generate_letter(db: Database, request_id: int, template_name: str, path: str | os.PathLike[str], *,
                    today: dt.date | None = None, letter_date: dt.date | None = None,
                    library: TemplateLibrary | None = None) -> Path:
    """:func:`write_letter` for callers that want only the path (batches, scripts, benchmarks)."""
    written = write_letter(db, request_id, template_name, path, letter_date=letter_date or today, library=library)
    assert written.path is not None
    return written.path


@dataclass(frozen=True, slots=True)
class BatchResult:
    request_id: int
    path: Path | None
    error: str = ""


def generate_letters(db: Database, request_ids: Sequence[int], template_name: str, folder: str | os.PathLike[str],
                     suffix: str = ".pdf", *, today: dt.date | None = None,
                     progress: Callable[[int, int], None] | None = None) -> list[BatchResult]:
    """One letter per request into *folder*, each logged on its request.

    One request's problem (a missing tracking number) does not stop the others; it is reported in its
    :class:`BatchResult`. Existing files are never overwritten: a number is added to the name.
    """
    directory = Path(folder)
    if not directory.is_dir():
        raise UserError(f"{directory}: the folder does not exist", field="folder")
    library = template_library()
    template = library.get(template_name)
    results = []
    for done, request_id in enumerate(request_ids, start=1):
        try:
            detail = request_detail(db, request_id)
            agency = detail.agency.abbreviation or detail.agency.name
            target = _free_name(directory, f"{request_id} {template.name} {agency}", suffix)
            results.append(BatchResult(request_id, generate_letter(db, request_id, template.name, target,
                                                                   today=today, library=library)))
        except UserError as error:
            results.append(BatchResult(request_id, None, error.message))
        if progress is not None:
            progress(done, len(request_ids))
    return results


def suggested_filename(db: Database, request_id: int, template_name: str, suffix: str = ".pdf") -> str:
    detail = request_detail(db, request_id)
    agency = detail.agency.abbreviation or detail.agency.name
    return safe_filename(f"{request_id} {template_name} {agency}{suffix}")


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    base = safe_filename(stem)
    target = folder / f"{base}{suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{base} ({counter}){suffix}"
    return target



"""The letter dialog: preview, save as PDF or Word, print, letters for several requests, and each one
recorded on its request's timeline with the file attached."""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import dashboard_fixtures as fx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from foiatrack.core.vocabulary import EventKind
from foiatrack.services.attachments import attachment_bytes
from foiatrack.services.queries import RequestFilter, list_requests, request_detail
from foiatrack.store.database import Database
from foiatrack.ui import letter_dialog, pdf_print
from foiatrack.ui.letter_dialog import LetterDialog
from foiatrack.ui.tasks import wait_for_tasks


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    yield from fx.sample_database(tmp_path)


def _request(db: Database, subject: str) -> int:
    return next(r.id for r in list_requests(db, RequestFilter(text=subject)))


def _letter_events(db: Database, request_id: int) -> list:  # type: ignore[type-arg]
    return [e for e in request_detail(db, request_id).events if e.kind is EventKind.LETTER]


def _dialog(qtbot: Any, db: Database, ids: list[int], template: str | None = None) -> LetterDialog:
    dialog = LetterDialog(db, ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.template.count() > 0)
    if template is not None and dialog.template.currentData() != template:
        dialog.template.setCurrentIndex(dialog.template.findData(template))
    qtbot.waitUntil(lambda: not dialog.status.text().startswith("Preparing"))
    return dialog


def _answer_save(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = letter_dialog.PDF_FILTER) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), chosen)))


def test_generate_a_letter_from_the_dialog(qtbot: Any, sample_db: Database, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = _request(sample_db, "Detainer requests")
    dialog = _dialog(qtbot, sample_db, [request_id], "follow-up")
    assert "Detainer requests issued to county jails in 2024" in dialog.preview.toPlainText()
    assert "late" in dialog.preview.toPlainText()
    target = tmp_path / "follow-up.pdf"
    _answer_save(monkeypatch, target)
    with qtbot.waitSignal(dialog.letterLogged) as logged:
        dialog.save_button.click()
    assert logged.args == [request_id]
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    [event] = _letter_events(sample_db, request_id)
    assert event.summary == "Status inquiry on an overdue request"
    [attachment] = event.attachments
    assert attachment_bytes(sample_db, attachment.id)[1] == target.read_bytes()
    assert "recorded it on the timeline" in dialog.status.text()


def test_word_is_chosen_by_the_filter_when_the_name_has_no_suffix(qtbot: Any, sample_db: Database, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = _request(sample_db, "Detainer requests")
    dialog = _dialog(qtbot, sample_db, [request_id], "federal-request")
    _answer_save(monkeypatch, tmp_path / "request", letter_dialog.DOCX_FILTER)
    with qtbot.waitSignal(dialog.letterLogged):
        dialog.save_as()
    assert (tmp_path / "request.docx").is_file()
    [event] = _letter_events(sample_db, request_id)
    assert event.attachments[0].filename == "request.docx"


def test_a_letter_that_cannot_be_written_says_why_and_logs_nothing(qtbot: Any, sample_db: Database) -> None:
    request_id = _request(sample_db, "Detainer requests")
    dialog = _dialog(qtbot, sample_db, [request_id], "appeal-withholding")
    assert "cannot be written yet" in dialog.preview.toPlainText()
    assert "determination" in dialog.preview.toPlainText()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert _letter_events(sample_db, request_id) == []


def test_templates_offered_fit_the_jurisdiction(qtbot: Any, sample_db: Database) -> None:
    dialog = _dialog(qtbot, sample_db, [_request(sample_db, "Operation Lone Star")])
    offered = [dialog.template.itemData(i) for i in range(dialog.template.count())]
    assert "state-request" in offered and "appeal-withholding" not in offered


@pytest.mark.parametrize(("subject", "first"), [
    ("Records on surveillance of immigrant-rights protests", "appeal-withholding"),  # denied under exemptions
    ("Immigration judge asylum grant rates", "appeal-withholding"),  # partly granted, under appeal
    ("Use of commercial data brokers for location data", "appeal-inadequate-search"),  # no records, appealed
])
def test_a_determined_request_is_offered_its_appeal_first(qtbot: Any, sample_db: Database, subject: str,
                                                           first: str) -> None:
    dialog = _dialog(qtbot, sample_db, [_request(sample_db, subject)])
    offered = [dialog.template.itemData(i) for i in range(dialog.template.count())]
    assert dialog.template_name() == first == offered[0]
    assert offered[-1] == "federal-request"


class FakePreview:
    """Stands in for QPrintPreviewDialog: "prints" at once to a PDF file through the real painting path."""

    target: Path
    shown: ClassVar[list[str]] = []

    def __init__(self, printer: QPrinter, _parent: Any = None) -> None:
        self.printer = printer
        self.slots: list[Any] = []
        self.paintRequested = self  # connect() below

    def connect(self, slot: Any) -> None:
        self.slots.append(slot)

    def setWindowTitle(self, title: str) -> None:
        FakePreview.shown.append(title)

    def exec(self) -> int:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        for slot in self.slots:
            slot(self.printer)
        return QDialog.DialogCode.Accepted.value

    def deleteLater(self) -> None:
        pass


def _pdf_text(data: bytes) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages]


def test_printing_prints_the_saved_pdf(qtbot: Any, sample_db: Database, tmp_path: Path) -> None:
    """Print to a PDF file through the print path: the same pages and the same text as Save's PDF."""
    request_id = _request(sample_db, "Records on surveillance of immigrant-rights protests")
    dialog = _dialog(qtbot, sample_db, [request_id], "appeal-withholding")
    saved = tmp_path / "saved.pdf"
    with qtbot.waitSignal(dialog.letterLogged):
        dialog.save_to(saved)
    made = dialog.pdf_bytes()
    assert made is not None and made == saved.read_bytes(), "Save keeps the PDF it wrote, for Print"
    pages = pdf_print.PdfPages(made)
    printer = pdf_print.new_printer("appeal")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages.paint(printer)
    printed = (tmp_path / "printed.pdf").read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == len(PdfReader(saved).pages) > 1
    assert _pdf_text(printed) == _pdf_text(saved.read_bytes())
    # What a paper printer receives: the PDF's pages painted one per sheet, on the PDF's paper.
    painter_target = tmp_path / "painted.pdf"
    printer.setOutputFileName(str(painter_target))
    pages.paint_pages(printer)
    painted = PdfReader(painter_target)
    assert len(painted.pages) == len(PdfReader(saved).pages)
    for page, original in zip(painted.pages, PdfReader(saved).pages, strict=True):
        assert abs(float(page.mediabox.width) - float(original.mediabox.width)) < 1.5
        assert abs(float(page.mediabox.height) - float(original.mediabox.height)) < 1.5


def test_one_letter_is_one_entry_however_often_it_is_saved_and_printed(
        qtbot: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = _request(sample_db, "Detainer requests")
    dialog = _dialog(qtbot, sample_db, [request_id], "follow-up")
    assert _letter_events(sample_db, request_id) == []  # previewing writes nothing
    assert "nothing is saved" in dialog.status.text()
    day = dt.date.today() + dt.timedelta(days=3)  # still late then: the follow-up can be written
    dialog.letter_date.edit.setText("2025-1")
    assert "date" in dialog.status.text() and not dialog.save_button.isEnabled()
    dialog.letter_date.set_value(day)
    qtbot.waitUntil(lambda: dialog._document_key is not None and dialog._document_key[2] == day)
    assert f"{day:%B} {day.day}, {day.year}" in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.letterLogged):
        dialog.save_to(tmp_path / "letter.pdf")
    with qtbot.waitSignal(dialog.letterLogged):
        dialog.save_to(tmp_path / "letter.docx")
    FakePreview.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(pdf_print, "QPrintPreviewDialog", FakePreview)
    with qtbot.waitSignal(dialog.letterLogged):
        dialog.print_button.click()
    assert (tmp_path / "printed.pdf").read_bytes() == (tmp_path / "letter.pdf").read_bytes()
    [event] = _letter_events(sample_db, request_id)
    assert event.date == day
    assert "follow-up" in event.details
    assert sorted(a.filename for a in event.attachments) == ["letter.docx", "letter.pdf"]
    assert "this letter's entry" in dialog.status.text()


def test_printing_an_unsaved_letter_records_it_once_with_its_pdf(
        qtbot: Any, sample_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    request_id = _request(sample_db, "Detainer requests")
    dialog = _dialog(qtbot, sample_db, [request_id], "follow-up")
    FakePreview.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(pdf_print, "QPrintPreviewDialog", FakePreview)
    for _ in range(2):
        with qtbot.waitSignal(dialog.letterLogged):
            dialog.print_button.click()
    [event] = _letter_events(sample_db, request_id)
    [attachment] = event.attachments
    assert attachment.media_type == "application/pdf"
    assert attachment_bytes(sample_db, attachment.id)[1] == (tmp_path / "printed.pdf").read_bytes()


def test_appeals_remind_to_mark_the_envelope(qtbot: Any, sample_db: Database) -> None:
    request_id = _request(sample_db, "Records on surveillance of immigrant-rights protests")
    dialog = _dialog(qtbot, sample_db, [request_id], "appeal-withholding")
    assert dialog.reminder.isVisibleTo(dialog)
    assert "Freedom of Information Act Appeal" in dialog.reminder.text() and "envelope" in dialog.reminder.text()
    dialog.template.setCurrentIndex(dialog.template.findData("federal-request"))
    qtbot.waitUntil(lambda: dialog._document_key is not None and dialog._document_key[1] == "federal-request")
    assert not dialog.reminder.isVisibleTo(dialog)


def test_one_letter_per_request_into_a_folder(qtbot: Any, sample_db: Database, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ids = [_request(sample_db, "Detainer requests"), _request(sample_db, "Traffic stop referrals"),
           _request(sample_db, "courthouses")]
    dialog = _dialog(qtbot, sample_db, ids, "follow-up")
    assert dialog.preview_for.count() == 3 and not dialog.batch_button.isHidden()
    folder = tmp_path / "letters"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(folder)))
    with qtbot.waitSignal(dialog.batchFinished) as finished:
        dialog.batch_button.click()
    results = finished.args[0]
    written = [r for r in results if r.path is not None]
    assert len(written) == 2 and sorted(p.name for p in folder.iterdir()) == sorted(r.path.name for r in written)
    assert "Wrote 2 of 3" in dialog.status.text() and f"#{ids[2]}" in dialog.status.text()
    for result in written:
        assert len(_letter_events(sample_db, result.request_id)) == 1
    assert _letter_events(sample_db, ids[2]) == []


def test_preview_follows_the_chosen_request(qtbot: Any, sample_db: Database) -> None:
    ids = [_request(sample_db, "Detainer requests"), _request(sample_db, "Traffic stop referrals")]
    dialog = _dialog(qtbot, sample_db, ids, "follow-up")
    with qtbot.waitSignal(dialog.previewReady):
        dialog.preview_for.setCurrentIndex(1)
    assert "Traffic stop referrals" in dialog.preview.toPlainText()


def test_controls_are_named(qtbot: Any, sample_db: Database) -> None:
    dialog = _dialog(qtbot, sample_db, [_request(sample_db, "Detainer requests")])
    assert fx.unnamed_controls(dialog) == []


def test_an_appeal_without_an_appeal_office_asks_for_it_in_place(qtbot: Any, sample_db: Database) -> None:
    import datetime as dt

    from foiatrack.core.models import OrganisationProfile
    from foiatrack.core.vocabulary import Outcome
    from foiatrack.services.agencies import AgencyChanges, add_agency, find_agency
    from foiatrack.services.events import NewEvent, log_event
    from foiatrack.services.requests import NewRequest, RequestFields, file_request
    from foiatrack.services.settings import read_profile, save_profile

    save_profile(sample_db, OrganisationProfile(name="Ana Ruiz", address="1 Main St\nSpringfield, IL 62701"),
                 expected_version=read_profile(sample_db).version)
    agency = add_agency(sample_db, AgencyChanges(name="Office Without Appeals", abbreviation="OWA",
                                                 mailing_address="1 Main St\nWashington, DC 20001"))
    (request_id,) = file_request(sample_db, NewRequest(agencies=("OWA",), fields=RequestFields(subject="Budget"),
                                                       sent_on=dt.date(2026, 10, 1), tracking_number="OWA-1"))
    log_event(sample_db, request_id, NewEvent(kind=EventKind.FINAL_DETERMINATION, date=dt.date(2026, 11, 2),
                                              outcome=Outcome.PARTIAL_GRANT, exemptions=("(b)(6)",)))
    dialog = _dialog(qtbot, sample_db, [request_id], "appeal-withholding")
    qtbot.waitUntil(lambda: dialog.appeal_office.isVisibleTo(dialog))
    assert "appeal office" in dialog.preview.toPlainText()
    assert ".md" not in dialog.preview.toPlainText(), "no template file is named"
    assert "Office Without Appeals" in dialog.appeal_office.explain.text()

    with qtbot.waitSignal(dialog.appeal_office.answered):
        dialog.appeal_office.save.click()  # nothing typed: said beside the field, nothing saved
        assert not dialog.appeal_office.save.isEnabled(), "not twice while the save is on the writer"
    assert dialog.appeal_office.error.isVisibleTo(dialog) and not find_agency(sample_db, agency.id).appeal_address

    dialog.appeal_office.address.setPlainText("FOIA Appeals Officer\n2 Main St\nWashington, DC 20001")
    dialog.appeal_office.source.setText("decision letter")
    with qtbot.waitSignal(dialog.previewReady):
        dialog.appeal_office.save.click()
    qtbot.waitUntil(lambda: "2 Main St" in dialog.preview.toPlainText())
    assert dialog.save_button.isEnabled() and not dialog.appeal_office.isVisibleTo(dialog)
    saved = find_agency(sample_db, agency.id)
    assert saved.appeal_address.startswith("FOIA Appeals Officer") and saved.appeal_source == "decision letter"


def test_a_slow_preview_overtaken_by_another_template_is_dropped(qtbot: Any, sample_db: Database,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The preview loads on the dialog's Loader: the letter shown is the template chosen last, even when the
    preview of the one chosen before answers after it."""
    request_id = _request(sample_db, "Detainer requests")
    dialog = _dialog(qtbot, sample_db, [request_id], "follow-up")
    other = dialog.template.findData("federal-request")  # a letter this request can have: it previews
    release = threading.Event()
    real = letter_dialog.preview_letter
    slow_started = threading.Event()

    def patched(db: Database, rid: int, name: str, **kwargs: Any) -> Any:
        document = real(db, rid, name, **kwargs)
        if name == "follow-up":  # the first choice answers last
            slow_started.set()
            release.wait(timeout=60)
        return document

    monkeypatch.setattr(letter_dialog, "preview_letter", patched)
    dialog.update_preview()  # the follow-up again, slow this time
    qtbot.waitUntil(slow_started.is_set)
    with qtbot.waitSignal(dialog.previewReady):
        dialog.template.setCurrentIndex(other)
    shown = dialog.preview.toPlainText()
    key = dialog._document_key
    release.set()
    wait_for_tasks()
    QCoreApplication.sendPostedEvents()
    assert key is not None and key[1] == dialog.template.itemData(other)
    assert dialog._document_key == key and dialog.preview.toPlainText() == shown, "the older preview was shown"

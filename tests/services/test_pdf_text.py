"""The text layer of a PDF, read by a limited child process: a real letter's words come back, a damaged
or encrypted file has no text (and is still attached), and a failing reader is an error of its own."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfWriter

from foiatrack.exchange.pdf import Frame, para, render
from foiatrack.services.pdf_text import NotExtracted, pdf_text, pdf_text_here

LETTER = render([para("Your request for records about Nguyễn Thị Minh is denied under (b)(6).", "body")],
                Frame("Denial", "Denial", dt.date(2026, 12, 3)), paper="letter")


def test_a_letters_words_come_back_from_the_child() -> None:
    text = pdf_text(LETTER)
    assert text is not None
    assert "Your request for records about Nguyễn Thị Minh is denied under (b)(6)." in " ".join(text.split())
    assert pdf_text_here(LETTER) == text


@pytest.mark.parametrize("data", [b"", b"%PDF-1.4 not really", b"\x00" * 64, LETTER[: len(LETTER) // 3]])
def test_a_damaged_file_has_no_text(data: bytes) -> None:
    assert pdf_text_here(data) is None
    assert pdf_text(data) is None


def test_an_encrypted_file_has_no_text() -> None:
    writer = PdfWriter(clone_from=io.BytesIO(LETTER))
    writer.encrypt(user_password="s3cr3t", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert pdf_text_here(buffer.getvalue()) is None


def test_a_blank_page_is_no_text_rather_than_an_empty_string() -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert pdf_text_here(buffer.getvalue()) is None


def test_a_reader_that_cannot_start_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import foiatrack.children

    def no_process(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(foiatrack.children, "run_child", no_process)
    with pytest.raises(NotExtracted, match=r"^the text reader could not start \(Permission denied\)$"):
        pdf_text(LETTER)

"""The paper letters and reports are laid out on follows the locale."""

from __future__ import annotations

import pytest

from foiatrack.paper import A4, LETTER, default_paper, page_size, paper_for_locale


@pytest.mark.parametrize(("locale_name", "paper"), [
    ("en_US.UTF-8", "letter"), ("es_US", "letter"), ("fr_CA.UTF-8", "letter"), ("es_MX", "letter"),
    ("en_GB.UTF-8", "a4"), ("de_DE", "a4"), ("en-AU", "a4"), ("C.UTF-8", "letter"), ("POSIX", "letter"), ("", "letter"),
])
def test_paper_for_locale(locale_name: str, paper: str) -> None:
    assert paper_for_locale(locale_name) == paper


def test_lc_paper_wins_and_the_override_wins_over_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOIATRACK_PAPER", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    assert default_paper() == "a4" and page_size() == A4
    monkeypatch.setenv("FOIATRACK_PAPER", "letter")
    assert page_size() == LETTER


def test_a_saved_letter_is_on_the_locales_paper(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from pypdf import PdfReader

    from foiatrack.letters.document import Document, Paragraph, Run
    from foiatrack.letters.pdf_writer import write_pdf

    letter = Document(title="T", author="A", letterhead=("Clinic",), date="December 3, 2026", recipient=("Agency",),
                      subject=(Run("Request"),), salutation="Dear FOIA Officer:", body=(Paragraph((Run("Text."),)),),
                      closing="Sincerely,", signature=("Jordan Lee",))
    monkeypatch.delenv("FOIATRACK_PAPER", raising=False)
    for locale_name, (width, height) in (("de_DE.UTF-8", A4), ("en_US.UTF-8", LETTER)):
        monkeypatch.setenv("LC_PAPER", locale_name)
        box = PdfReader(io.BytesIO(write_pdf(letter))).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (round(width), round(height))

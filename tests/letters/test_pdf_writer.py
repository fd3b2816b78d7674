"""The PDF writer: US Letter with page numbers, embedded fonts only, accented and Vietnamese names, the
family's bold and italic faces, the closing never alone on a page, and no half-written files."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
from letter_fixtures import CASES_FOR_WRITERS, letter, pdf_text, tiny
from pypdf import PdfReader

from foiatrack.core.errors import UserError
from foiatrack.letters import write_docx, write_letter, write_pdf

# --- PDF ----------------------------------------------------------------------------------------


def test_pdf_is_us_letter_with_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    write_pdf(letter(), path)
    reader = PdfReader(str(path))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (612, 792)
        assert f"Page {number} of {total}" in (page.extract_text() or "")
    assert reader.metadata.title.startswith("Freedom of Information Act Appeal")
    assert reader.metadata.author == "José Núñez"


def test_pdf_embeds_truetype_fonts_only(tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    write_pdf(letter(), path)
    reader = PdfReader(str(path))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not an embedded TrueType font"
    assert seen, "no fonts found"
    assert all("DejaVuSerif" in name for name in seen), seen


def test_pdf_prints_accented_and_vietnamese_names(tmp_path: Path) -> None:
    path = tmp_path / "names.pdf"
    write_pdf(tiny(), path)
    text = pdf_text(path)
    for part in ("Nguyễn Thị Minh", "José Núñez", "5 U.S.C. § 552", "Re: A bold and italic"):
        assert part in text, part


def test_pdf_bold_and_italic_use_the_family_faces(tmp_path: Path) -> None:
    data = write_pdf(tiny())
    reader_fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        reader_fonts |= {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    styles = {name.split("+")[-1] for name in reader_fonts}
    assert styles == {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"}


# --- Files --------------------------------------------------------------------------------------


def test_writers_return_bytes_without_a_target() -> None:
    document = tiny()
    assert write_docx(document)[:2] == b"PK"
    assert write_pdf(document)[:5] == b"%PDF-"


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".PDF"])
def test_write_letter_chooses_by_suffix_and_leaves_no_temporary_files(suffix: str, tmp_path: Path) -> None:
    path = tmp_path / f"letter{suffix}"
    assert write_letter(tiny(), path) == path
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    magic = path.read_bytes()[:4]
    assert magic == (b"PK\x03\x04" if suffix == ".docx" else b"%PDF")
    if os.name == "posix":
        from foiatrack.files import current_umask

        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~current_umask()  # the user's umask decides


@pytest.mark.parametrize("name", ["letter.txt", "letter.doc", "letter"])
def test_write_letter_refuses_other_suffixes(name: str, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"use one of: \.docx, \.pdf"):
        write_letter(tiny(), tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="does not exist"):
        write_letter(tiny(), tmp_path / "nowhere" / "letter.pdf")


def test_failed_rename_keeps_the_old_file_and_leaves_no_part_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "letter.pdf"
    path.write_bytes(b"the good copy")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("foiatrack.letters.output.os.replace", broken_replace)
    with pytest.raises(UserError, match="No space left on device"):
        write_letter(tiny(), path)
    assert path.read_bytes() == b"the good copy"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_failure_while_laying_out_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    def broken_build(self: object, *args: object, **kwargs: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr("foiatrack.letters.pdf_writer.SimpleDocTemplate.build", broken_build)
    with pytest.raises(RuntimeError):
        write_letter(tiny(), tmp_path / "letter.pdf")
    assert list(tmp_path.iterdir()) == []


def test_every_builtin_letter_closes_with_signature_on_the_last_page(tmp_path: Path) -> None:
    """The closing is kept with the body's last paragraph: never a page with only a signature."""
    for name in sorted(CASES_FOR_WRITERS):
        path = tmp_path / f"{name}.pdf"
        write_pdf(letter(name), path)
        pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]
        last = pages[-1]
        assert "Sincerely," in last and "José Núñez Staff Attorney" in last
        before_closing = last.split("Sincerely,")[0]
        assert len(before_closing.split()) > 3, f"{name}: the last page holds only the closing"

"""The Word writer: real Word structure (named styles, page setup, footer fields, lists that restart),
and the accents and section signs of real names and citations."""

from __future__ import annotations

from pathlib import Path

from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.shared import Inches
from letter_fixtures import letter, tiny

from foiatrack.letters import write_docx
from foiatrack.letters.document import ListBlock, ListItem, Paragraph, Run

DOCX_STYLES = {
    "Letterhead Name",
    "Letterhead",
    "Letter Marking",
    "Letter Date",
    "Inside Address",
    "Subject Line",
    "Salutation",
    "Body Text",
    "Body Text Last",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "List Bullet 2",
    "List Number",
    "List Number 2",
    "List Continue",
    "Quote",
    "Closing",
    "Signature",
}


# --- DOCX ---------------------------------------------------------------------------------------


def test_docx_uses_named_styles_without_direct_formatting(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    write_docx(letter(), path)
    doc = open_docx(str(path))
    used = {p.style.name for p in doc.paragraphs}
    assert used <= DOCX_STYLES, used - DOCX_STYLES
    assert {"Letterhead Name", "Subject Line", "Heading 2", "List Bullet", "Signature"} <= used
    for paragraph in doc.paragraphs:
        ppr = paragraph._p.pPr
        extra = (
            [child.tag for child in ppr if child.tag not in (qn("w:pStyle"), qn("w:numPr"))] if ppr is not None else []
        )
        assert not extra, f"direct paragraph formatting on {paragraph.text!r}: {extra}"
        for run in paragraph.runs:
            rpr = run._r.rPr
            direct = [c.tag for c in rpr if c.tag != qn("w:rStyle")] if rpr is not None else []
            assert not direct, f"direct run formatting on {run.text!r}: {direct}"
    bold_runs = [r for p in doc.paragraphs for r in p.runs if r.style is not None and r.style.name == "Strong"]
    assert any("Foreseeable harm." in r.text for r in bold_runs)
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_docx_page_setup_footer_fields_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    write_docx(letter(), path)
    doc = open_docx(str(path))
    section = doc.sections[0]
    assert (section.page_width, section.page_height) == (Inches(8.5), Inches(11))
    assert {section.left_margin, section.right_margin, section.top_margin, section.bottom_margin} == {Inches(1)}
    footer = section.footer.paragraphs[0]._p
    instructions = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert [f.get(qn("w:fldCharType")) for f in footer.iter(qn("w:fldChar"))] == ["begin", "separate", "end"] * 2
    assert doc.core_properties.title.startswith("Freedom of Information Act Appeal, Request No. 2021-ICFO-00123")
    assert doc.core_properties.author == "José Núñez"
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Immigrant Rights Example Project"
    assert "FREEDOM OF INFORMATION ACT APPEAL" in texts
    subject = next(p for p in doc.paragraphs if p.style.name == "Subject Line")
    assert subject.text.startswith("Re:\tFreedom of Information Act Appeal")


def test_docx_numbered_lists_restart(tmp_path: Path) -> None:
    def numbered(*words: str) -> ListBlock:
        return ListBlock(tuple(ListItem((Paragraph((Run(w),)),)) for w in words), ordered=True)

    body = (numbered("a", "b"), Paragraph((Run("between"),)), numbered("c", "d"))
    path = tmp_path / "lists.docx"
    write_docx(tiny(body), path)
    doc = open_docx(str(path))
    num_ids = {p.text: p._p.pPr.numPr.numId.val for p in doc.paragraphs if p.style.name == "List Number"}
    assert num_ids["a"] == num_ids["b"] != num_ids["c"] == num_ids["d"]


def test_docx_keeps_accents_and_section_sign(tmp_path: Path) -> None:
    path = tmp_path / "names.docx"
    write_docx(tiny(), path)
    text = "\n".join(p.text for p in open_docx(str(path)).paragraphs)
    for part in ("Nguyễn Thị Minh", "José Núñez", "5 U.S.C. § 552"):
        assert part in text.replace("\u00a0", " ")

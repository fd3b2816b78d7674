"""Markdown to the document model, and the small typographic repairs applied to every letter."""

from __future__ import annotations

from foiatrack.letters.document import LINE_BREAK, Heading, ListBlock, Paragraph, Quote, Run
from foiatrack.letters.markdown import parse_inline, parse_markdown
from foiatrack.letters.render import NBSP, typeset


def test_blocks_and_inline_runs() -> None:
    blocks = parse_markdown(
        "## Records requested\n\nPlain **bold** *italic* ***both***.\n\n"
        "1. first\n2. second\n   - nested\n\n> quoted\n\nLine one  \nline two\n"
    )
    heading, paragraph, numbered, quote, broken = blocks
    assert heading == Heading((Run("Records requested"),), level=2)
    assert paragraph.runs == (
        Run("Plain "),
        Run("bold", bold=True),
        Run(" "),
        Run("italic", italic=True),
        Run(" "),
        Run("both", bold=True, italic=True),
        Run("."),
    )
    assert isinstance(numbered, ListBlock) and numbered.ordered and numbered.start == 1
    assert [item.blocks[0].text for item in numbered.items] == ["first", "second"]
    nested = numbered.items[1].blocks[1]
    assert isinstance(nested, ListBlock) and not nested.ordered
    assert isinstance(quote, Quote) and quote.blocks[0].text == "quoted"
    assert broken.runs == (Run("Line one"), LINE_BREAK, Run("line two"))


def test_ordered_list_keeps_its_start_number() -> None:
    (listing,) = parse_markdown("3. third\n4. fourth\n")
    assert listing.start == 3


def test_links_print_their_address_and_html_is_text() -> None:
    (paragraph,) = parse_markdown("See [the rule](https://example.gov/rule) or <b>this</b>.\n")
    assert paragraph.text == "See the rule (https://example.gov/rule) or <b>this</b>."


def test_indented_text_is_not_a_code_block() -> None:
    (paragraph,) = parse_markdown("    indented inside an if-block\n")
    assert paragraph == Paragraph((Run("indented inside an if-block"),))


def test_subject_line_inline_markdown() -> None:
    assert parse_inline("Appeal: *italic*") == (Run("Appeal: "), Run("italic", italic=True))


def test_typeset_curls_quotes_and_dashes_but_not_codes_or_citations() -> None:
    assert typeset('"disclosure, not secrecy," Rose') == "\u201cdisclosure, not secrecy,\u201d Rose"
    assert typeset("the agency's search ('adequate')") == "the agency\u2019s search (\u2018adequate\u2019)"
    assert typeset("records -- all of them --- now") == "records \u2013 all of them \u2014 now"
    assert typeset("No. 2026-ICFO-77 of 2025-11-19") == "No. 2026-ICFO-77 of 2025-11-19"
    assert typeset("(b)(7)(C)") == "(b)(7)(C)"
    assert typeset('s," she said', before="Ms. Doe") == "s,\u201d she said"


def test_typeset_ties_citations_and_phone_numbers() -> None:
    assert typeset("5 U.S.C. § 552(a)(6)(A)(i)") == f"5{NBSP}U.S.C.{NBSP}§{NBSP}552(a)(6)(A)(i)"
    assert typeset("6 C.F.R. § 5.8") == f"6{NBSP}C.F.R.{NBSP}§{NBSP}5.8"
    assert typeset("Exemptions 6 and 7(C)") == f"Exemptions{NBSP}6 and 7(C)"
    assert typeset("call (212) 555-0147") == f"call (212){NBSP}555-0147"
    assert typeset("Gov. Code § 7920.000 et seq..") == f"Gov. Code{NBSP}§{NBSP}7920.000 et seq."
    assert typeset("Wait...") == "Wait..."

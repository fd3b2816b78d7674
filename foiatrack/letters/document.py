"""The one intermediate document both writers print.

A template renders to Markdown; the Markdown and the letter's fixed parts (letterhead, date, recipient,
subject, salutation, closing, signature) become a :class:`Document`. The DOCX and PDF writers walk the
same object, so what a user previews in one format is what the other prints: there is no second path
from template to page that could drift.

The model is deliberately small: what a business letter needs and nothing a writer could not render
faithfully in both formats (no tables, images or links with hidden targets).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text with one formatting. The text ``"\\n"`` alone is a line break."""

    text: str
    bold: bool = False
    italic: bool = False

    @property
    def is_break(self) -> bool:
        return self.text == "\n"


LINE_BREAK = Run("\n")


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading inside the body ("Request for a fee waiver"). Levels 1-3."""

    runs: tuple[Run, ...]
    level: int = 1

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class ListItem:
    """One entry of a list: usually one paragraph, possibly more and a nested list."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class ListBlock:
    items: tuple[ListItem, ...]
    ordered: bool = False
    start: int = 1


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted text set off from the body, e.g. the original request's wording in an appeal."""

    blocks: tuple[Block, ...]


Block = Paragraph | Heading | ListBlock | Quote


@dataclass(frozen=True, slots=True)
class Document:
    """A rendered letter, ready for a writer.

    Attributes:
        title: Document metadata title (shown by PDF readers and Word's properties), not printed.
        author: Metadata author: the requester.
        letterhead: First line is the organisation (or the requester's name); the rest are address and
            contact lines, printed smaller.
        date: The letter's date, already formatted ("November 19, 2025").
        recipient: Inside address lines.
        marking: An optional line printed in capitals above the date, e.g. "Freedom of Information Act
            Appeal", which some agencies' rules require on the letter (6 C.F.R. § 5.8(a)(1)).
        subject: The "Re:" line's content (without "Re:").
        salutation: "Dear FOIA Officer:".
        body: The Markdown body as blocks.
        closing: "Sincerely,".
        signature: Name first, then title and organisation.
        enclosures: What goes in the envelope with the letter ("Final determination of October 2, 2026"),
            printed as an "Enclosure:" line under the signature.
    """

    title: str
    author: str
    letterhead: tuple[str, ...]
    date: str
    recipient: tuple[str, ...]
    subject: tuple[Run, ...]
    salutation: str
    body: tuple[Block, ...]
    closing: str
    signature: tuple[str, ...]
    marking: str = ""
    enclosures: tuple[str, ...] = ()
    template_name: str = field(default="", compare=False)

    def iter_paragraph_texts(self) -> Iterator[str]:
        """Every printed line of text in reading order: for previews, search and tests."""
        yield from self.letterhead
        if self.marking:
            yield self.marking
        yield self.date
        yield from self.recipient
        yield "Re: " + "".join(run.text for run in self.subject)
        yield self.salutation
        yield from _block_texts(self.body)
        yield self.closing
        yield from self.signature
        yield from enclosure_lines(self.enclosures)

    def plain_text(self) -> str:
        """The whole letter as plain text, one paragraph per line."""
        return "\n".join(self.iter_paragraph_texts())


def enclosure_lines(enclosures: tuple[str, ...]) -> tuple[str, ...]:
    """ "Enclosure: X" or "Enclosures:" then one line each: the line both writers print under the signature."""
    if not enclosures:
        return ()
    if len(enclosures) == 1:
        return (f"Enclosure: {enclosures[0]}",)
    return ("Enclosures:", *(f"{index}. {text}" for index, text in enumerate(enclosures, start=1)))


def _block_texts(blocks: tuple[Block, ...]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph | Heading):
            yield block.text
        elif isinstance(block, ListBlock):
            for item in block.items:
                yield from _block_texts(item.blocks)
        else:
            yield from _block_texts(block.blocks)

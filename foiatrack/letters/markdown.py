"""Markdown (as rendered from a template) to the document model, via markdown-it-py.

Only what both writers can print faithfully is enabled: paragraphs, headings, bulleted and numbered
lists (nested), block quotes, bold, italic, hard line breaks and links (printed as "text (address)",
because paper has no hyperlinks). Raw HTML, images, code blocks and fenced code are off: a template
author's indentation inside ``{% if %}`` blocks must not turn a paragraph into a code listing.
"""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from foiatrack.letters.document import (
    LINE_BREAK,
    Block,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Quote,
    Run,
)

_PARSER = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).disable(
    ["code", "fence", "html_block", "html_inline", "image", "backticks"]
)


def parse_markdown(text: str) -> tuple[Block, ...]:
    """Parse a rendered template body into blocks."""
    blocks, _ = _parse_blocks(_PARSER.parse(text), 0, None)
    return tuple(blocks)


def parse_inline(text: str) -> tuple[Run, ...]:
    """Parse one line of inline Markdown (a subject line) into runs."""
    tokens = _PARSER.parseInline(text)
    return _runs(tokens[0].children or []) if tokens else ()


def _parse_blocks(tokens: Sequence[Token], i: int, stop: str | None) -> tuple[list[Block], int]:
    out: list[Block] = []
    while i < len(tokens):
        token = tokens[i]
        if stop is not None and token.type == stop:
            return out, i + 1
        if token.type in ("paragraph_open", "heading_open"):
            runs = _runs(tokens[i + 1].children or [])
            if any(run.text.strip() for run in runs):
                if token.type == "heading_open":
                    out.append(Heading(runs, min(int(token.tag[1:]), 3)))
                else:
                    out.append(Paragraph(runs))
            i += 3  # open, inline, close
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            ordered = token.type == "ordered_list_open"
            start = int(token.attrGet("start") or 1) if ordered else 1
            close = token.type.replace("_open", "_close")
            items: list[ListItem] = []
            i += 1
            while tokens[i].type != close:
                if tokens[i].type == "list_item_open":
                    content, i = _parse_blocks(tokens, i + 1, "list_item_close")
                    items.append(ListItem(tuple(content)))
                else:
                    i += 1
            out.append(ListBlock(tuple(items), ordered=ordered, start=start))
            i += 1
        elif token.type == "blockquote_open":
            content, i = _parse_blocks(tokens, i + 1, "blockquote_close")
            out.append(Quote(tuple(content)))
        else:  # hr and anything unexpected: nothing to print
            i += 1
    return out, i


def _runs(children: Sequence[Token]) -> tuple[Run, ...]:
    runs: list[Run] = []
    bold = italic = 0
    link_targets: list[tuple[str, int]] = []
    emitted: list[str] = []  # all text so far, to know what a link's visible text was
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            if not child.content:  # markdown-it leaves empty text tokens around some delimiters
                continue
            _append(runs, Run(child.content, bold > 0, italic > 0))
            emitted.append(child.content)
        elif kind == "softbreak":
            _append(runs, Run(" ", bold > 0, italic > 0))
        elif kind == "hardbreak":
            runs.append(LINE_BREAK)
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            link_targets.append((str(child.attrGet("href") or ""), len(emitted)))
        elif kind == "link_close" and link_targets:
            href, first = link_targets.pop()
            shown = "".join(emitted[first:])
            target = href.removeprefix("mailto:")
            if target and target != shown:
                _append(runs, Run(f" ({target})", bold > 0, italic > 0))
    return tuple(runs)


def _append(runs: list[Run], run: Run) -> None:
    """Merge with the previous run when the formatting is the same: fewer, longer runs print better."""
    if runs and not runs[-1].is_break and (runs[-1].bold, runs[-1].italic) == (run.bold, run.italic):
        runs[-1] = Run(runs[-1].text + run.text, run.bold, run.italic)
    else:
        runs.append(run)

"""Plain-text helpers for letters: sentences, dates, counts written in words, and money.

Agency letters come through PDF text layers and e-mail bodies, so lines are wrapped at random places and
hyphens and quotes vary; everything here works on text with its line breaks folded.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1)
    for name in names
}
SPANISH_MONTHS = {name: number for number, name in enumerate(
    ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
     "diciembre"], start=1)} | {"setiembre": 9}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_ORDINALS = {name: number for number, name in enumerate(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"],
    start=1)}
_ORDINAL_DAY = (r"(?:(?:twenty|thirty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|"
                r"thirtieth|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")")


def _ordinal_day(words: str) -> int:
    """24 from "twenty-fourth", 1 from "first", 30 from "thirtieth"."""
    words = words.lower()
    if words in ("twentieth", "thirtieth"):
        return 20 if words == "twentieth" else 30
    tens, _, unit = words.replace(" ", "-").rpartition("-")
    return {"": 0, "twenty": 20, "thirty": 30}[tens] + _ORDINALS[unit]


# "January 8, 2026", "Jan. 8 2026", "8 January 2026", "the 8th of January, 2026", "01/08/2026", "1/8/26",
# "2026-01-08", "8 Jan 26".
DATE_PATTERN = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+)?(?:of\s+)?(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4}|\d{2})(?![\d/])"
    r"|(?P<y4>\d{4})-(?P<m4>\d{2})-(?P<d4>\d{2})"
    # "08-17-2026", "08.17.2026": month first with one separator twice and a four-digit year; never inside a
    # reference ("P012345-08-17-2026")
    # ... or, with hyphens only, a two-digit year, as a form's blank is filled in: "received your request on 11-30-26"
    # (never with dots, which number sections: "§ 10.12.26")
    r"|(?<![\w-])(?P<m7>\d{1,2})(?P<sep7>[-.])(?P<d7>\d{1,2})(?P=sep7)(?P<y7>(?:19|20)\d{2}|(?<=-)\d{2})(?![\w-])"
    # The Navy and Marine Corps date their letters "26 Jan 26": day, month abbreviated, two-digit year, at the end
    # of a line or clause, or before a word that joins clauses ("received on 23 Nov 26 and assigned", "dated 4 Dec 26
    # for"), so "4 March 26 pages" is no date.
    r"|(?P<d5>\d{1,2})\s+(?P<m5>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?P<y5>\d{2})"
    r"(?=\s*(?:$|[.,;:)]|(?:and|but|or|which|when|where|with|for|from|to|under|in|by|at|as|via)\b))"
    # The day as an ordinal in words: "the twenty-fourth of November, 2026", "the first day of December 2026"
    rf"|(?P<d8>{_ORDINAL_DAY})\s+(?:day\s+)?of\s+(?P<m8>{_MONTH})\.?,?\s+(?P<y8>\d{{4}})"
    # Puerto Rico's agencies write in Spanish: "16 de junio de 2026"
    rf"|(?P<d6>\d{{1,2}})\s+de\s+(?P<m6>{'|'.join(SPANISH_MONTHS)})\s+(?:de(?:l)?\s+)?(?P<y6>\d{{4}})"
    # A date stamp inked on a letter: its month in capitals and its day's two figures set apart, as the stamp's
    # wheels print them and OCR reads them: "DEC 0 8 2026", "MAR 2 4 2027", a leading zero maybe read as a capital O
    # ("JAN O 5 2027"). Only in capitals and only two single figures a space apart, so prose never reads as one.
    rf"|(?-i:(?P<m9>{_MONTH.upper()})\.?[ ]+(?P<d9>[0-3O][ ][0-9]))[ ]+(?P<y9>(?:19|20)\d{{2}})"
    r")\b",
    re.IGNORECASE,
)

# The same dates as a piece of pattern for other rules to build on ("On 23 March 2026, the City invoked ...", "your
# 11/20/2026 request"): every form DATE_PATTERN reads, its group names taken out so that it can stand more than once
# in one pattern, and its case ignored wherever it stands.
A_DATE = "(?i:" + re.sub(r"\(\?P<\w+>", "(?:", DATE_PATTERN.pattern).replace("(?P=sep7)", "[-.]") + ")"

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
# A count as agencies write it: "10", "1,234", "ten", "ten (10)", "twenty-five".
# Words may run to "one hundred twenty-three (123)" or "two thousand four hundred".
_WORD = r"[a-z]+(?:-[a-z]+)?"
# The words that may follow "hundred" or "thousand" in one count, and only those: "one hundred and twelve", "two
# thousand four hundred", "one hundred twenty-three" (so that "one hundred pages of responsive records" counts its
# pages, not "one hundred pages of responsive" records).
_NUMBER_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
                r"seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand)(?![\w-])")
# ("not one" counts nothing: "not one page was withheld in full")
COUNT = (r"(?<!\bnot\s)"
         rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{_WORD}\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_NUMBER_WORD}){{0,3}}|"
         rf"{_WORD})"
         r"(?:\s*\(\d{1,3}(?:,\d{3})+\)|\s*\(\d+\))?)")
# "$1,234.50", and the currency's code before the amount: "USD 80", "US$ 80".
MONEY_PATTERN = re.compile(r"(?:\$|\bUSD\s?|\bUS\s?\$)\s?(\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+(?:\.\d{2})?)(?!\d)")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset in the folded text, for highlighting


def fold(text: str) -> str:
    """One space for every run of blanks, paragraph breaks kept as a blank line, quotes and dashes plain,
    and words hyphenated across a line break joined again."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\u00ad", "")
    text = (text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u2013", "-").replace("\u2014", " - ").replace("\u2011", "-").replace("\uf0a7", "-"))
    # (not a line that opens on a date: the letterhead's last line may end in a hyphen, "Gaithersburg, Maryland
    # 20899-", and the letter's date stands below it)
    text = re.sub(rf"(\w)-\n(?!{_MONTH}\.?\s+\d)(\w)", r"\1\2", text, flags=re.IGNORECASE)
    text = _column_rows_barred(text)
    text = _indented_items_bulleted(text)
    text = re.sub(r"[ \t\f\v]+", " ", text)
    return re.sub(r" *\n *", "\n", text).strip()


# An item of a list set in by an indent, no bullet: a head of a few words (often a citation), a dash, and what it
# covers: "   Section 119.071(5)(a), Florida Statutes - Social Security numbers".
_INDENTED_ITEM = re.compile(r"(?P<indent>[ \t]{2,})(?=[A-Z0-9\u00a7(])[^:|\n]{1,100}?\s[-\u2013]\s+\S")


def _item_wrapped(line: str, indent: str | None) -> bool:
    """Whether *line* goes on with the item above it in a list set in by *indent*: a line of no indent in lower case,
    or one set in deeper than the items, under the item's words (a hanging indent), in lower case: "  RCW
    42.56.240(1)  - specific intelligence information and investigative records, the nondisclosure of which is" /
    "                      essential to effective law enforcement (4 pages)"."""
    return bool(re.match(r"[a-z]", line) or (indent and re.match(rf"{re.escape(indent)}[ \t]+[a-z]", line)))


def _indented_items_bulleted(text: str) -> str:
    """*text* with each item of a list set in by an indent and no bullet marked as a bulleted item ("- Section
    119.071(5)(a), Florida Statutes - Social Security numbers"), as the indent that set the items apart is folded
    away: two or more such items under one another, with the same indent, each perhaps wrapped onto lines of no indent
    that go on in lower case ("   Section 119.071(4)(d), Florida Statutes - home addresses and telephone numbers of
    specified" / "personnel"). One indented line alone is no list (a letterhead's line, an address)."""
    if not _INDENTED_ITEM.search(text):
        return text
    lines = text.split("\n")
    items: list[int] = []  # the lines opening items of the run being read
    runs: list[list[int]] = []
    indent = None
    for n, line in enumerate(lines):
        item = _INDENTED_ITEM.match(line)
        if item and (indent is None or item.group("indent") == indent):
            items.append(n)
            indent = item.group("indent")
        elif not (items and _item_wrapped(line, indent)):
            runs.append(items)
            items, indent = ([n], item.group("indent")) if item else ([], None)
    runs.append(items)
    for run in runs:
        if len(run) >= 2:
            for n in run:
                lines[n] = re.sub(r"^[ \t]+", lambda blank: f"{blank.group(0)}- ", lines[n])
            last = run[-1]
            hang = re.match(r"[ \t]*", lines[run[0]])
            while last + 1 < len(lines) and _item_wrapped(lines[last + 1], hang.group(0) if hang else None):
                last += 1
            if last + 1 < len(lines) and lines[last + 1].strip():
                # (the list ends where a line of no indent goes on in a capital: a paragraph of its own, not more of
                # the last item: "   Section 1004.22(2), Florida Statutes - sponsored research records" / "Four (4)
                # pages ... are withheld in full under Section 456.057(7)(a), Florida Statutes.")
                lines[last] += "\n"
    return "\n".join(lines)


# A table set in columns by spaces or tabs, as a PDF's text layer or a plain-text e-mail gives it:
#     Released in full        120
#     Released in part         18
# Its rows keep their cells apart with bars ("Released in full | 120"), as a Word table's do, before runs of blanks
# fold into one space and the label would run into its figure. A row is a label of words and a count after a gap of
# three blanks or a tab; two such rows in a row make a table (one alone may be an address: "Washington, DC   20530").
_COLUMN_GAP = r"(?:[ ]{3,}|[ ]*\t[ \t]*)"
_CELL_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d{1,7})"
_COLUMN_ROW = re.compile(rf"^[ \t]*(?P<label>[A-Za-z(][^\d\t|]*?[A-Za-z)]){_COLUMN_GAP}"
                         rf"(?P<count>{_CELL_FIGURE})(?P<unit>[ \t]+pages?)?[ \t]*$", re.IGNORECASE)
# The heading row over such a table: "Disposition      Pages".
_COLUMN_HEADING = re.compile(rf"^[ \t]*[A-Za-z][A-Za-z ]{{0,30}}?{_COLUMN_GAP}[A-Za-z][A-Za-z ]{{0,30}}[ \t]*$")


# ... and a table whose cells a PDF's text layer gives one to a line, the label above its figure:
#     Released in full
#     120
_CELL_LABEL = re.compile(r"^[ \t]*[A-Za-z(][^\d\t|.:;!?]{0,60}?[A-Za-z)][ \t]*$")
_CELL_COUNT = re.compile(rf"^[ \t]*{_CELL_FIGURE}(?:[ \t]+pages?)?[ \t]*$", re.IGNORECASE)


def _cells_paired(lines: list[str]) -> list[str]:
    """Label and figure lines taken in pairs, where two pairs at least follow each other, as one row each."""
    pair = [i + 1 < len(lines) and bool(_CELL_LABEL.match(lines[i]) and _CELL_COUNT.match(lines[i + 1]))
            for i in range(len(lines))]
    out: list[str] = []
    i, joined = 0, False  # joined: the lines just before were a pair taken as a row
    while i < len(lines):
        if pair[i] and (joined or (i + 2 < len(lines) and pair[i + 2])):
            out.append(f"{lines[i].strip()} | {lines[i + 1].strip()}")
            i, joined = i + 2, True
            continue
        out.append(lines[i])
        i, joined = i + 1, False
    return out


def _column_rows_barred(text: str) -> str:
    lines = _cells_paired(text.split("\n"))
    rows = [bool(_COLUMN_ROW.match(line)) for line in lines]
    for i, line in enumerate(lines):
        in_table = rows[i] and ((i > 0 and rows[i - 1]) or (i + 1 < len(lines) and rows[i + 1]))
        if in_table:
            lines[i] = _COLUMN_ROW.sub(lambda m: f"{m['label']} | {m['count']}{m['unit'] or ''}", line)
        elif i + 2 < len(lines) and rows[i + 1] and rows[i + 2] and _COLUMN_HEADING.match(line):
            lines[i] = re.sub(rf"{_COLUMN_GAP}(?=\S)", " | ", line.strip())
    return "\n".join(lines)


# Form letters (the NRC's Form 464, the FBI's acknowledgement) print every choice with a box and tick some:
# "[X] We are continuing to process your request." / "[ ] We did not locate any agency records ...". A box left
# empty says nothing; a ticked one says what follows it.
# Parentheses count as a box only at the start of a line: "140/7(1)(x)" is a section, not a tick.
_EMPTY_BOX = r"(?:\[\s?\]|\u2610)"
_TICKED_BOX = r"(?:\[\s?[xX\u2713\u2714]\s?\]|[\u2611\u2612])"
_EMPTY_ITEM = re.compile(rf"(?m)^[ \t]*(?:{_EMPTY_BOX}|\(\s?\))[ \t]")
# On one line of choices ("Response Type: [X] INTERIM [ ] FINAL") an empty box takes the short word after it.
_EMPTY_INLINE = re.compile(rf"{_EMPTY_BOX}[ \t]*[A-Za-z][\w-]*(?:[ \t][A-Za-z][\w-]*){{0,2}}(?=[ \t]*(?:{_TICKED_BOX}|"
                           rf"{_EMPTY_BOX}|$))", re.MULTILINE)
_TICK = re.compile(rf"(?m)^([ \t]*)(?:{_TICKED_BOX}|\(\s?[xX]\s?\))[ \t]+|[ \t]*{_TICKED_BOX}[ \t]*")


_ANY_BOX = re.compile(rf"{_EMPTY_BOX}|{_TICKED_BOX}")
# A form field's label at the start of a line, its value after a colon and a gap: "Number of pages:      14".
_FIELD_LABEL = r"[A-Z][A-Za-z'/-]*(?: [A-Za-z'/-]+){0,5}:(?:[ \t]{2,}|\t)\S"


def _ticked_cells(line: str) -> str:
    """A row of a table of boxes ("[ ] (b)(4)      [X] (b)(7)(D)      [ ] (k)(2)"): only its ticked cells, each
    box taking the text up to the next one; a row of several boxes none ticked leaves an empty line."""
    boxes = list(_ANY_BOX.finditer(line))
    if len(boxes) < 2:
        return line
    # The text before the first box continues a cell of the row above: "50 U.S.C. § 3024(i)(1)   [X] (b)(7)(C)"
    # under "[X] (b)(3)". It is kept, the row's cells after it read as any row's.
    cells = [(box, line[box.end():after.start() if after else len(line)].strip())
             for box, after in zip(boxes, [*boxes[1:], None], strict=True)]
    kept = [f"{box.group()} {text}" for box, text in cells if not re.fullmatch(_EMPTY_BOX, box.group())]
    # ... kept too when no box of the row is ticked: "50 U.S.C. § 3024(i)(1)  [ ] (b)(7)(D)  [ ] (k)(2)".
    return line[:boxes[0].start()] + "   ".join(kept) if kept else line[:boxes[0].start()].rstrip()


# A Word-made or scanned PDF's text layer gives a form's boxes as the Wingdings glyphs it drew them with, in Unicode's
# private use area: U+F0FE (a boxed check) or U+F078 (a boxed x) ticked, U+F0A8 or U+F06F (an empty square) not:
# "\uf0fe The agency will disclose the requested record(s) in their entirety." They stand as boxes at the start of a
# line or before a choice ("Response Type: \uf0fe INTERIM \uf0a8 FINAL"), and are read as [X] and [ ].
# A glyph counts after a line's start or a blank, before a word ("\uf0fe(b)(6)" too); never inside a word.
_WINGDINGS_TICKED = re.compile(r"(?<!\S)[\uf0fe\uf078](?=[ \t]*[\w(])")
_WINGDINGS_EMPTY = re.compile(r"(?<!\S)[\uf0a8\uf06f](?=[ \t]*[\w(])")


def _wingdings_boxes(text: str) -> str:
    """*text* with a form's Wingdings boxes as [X] and [ ]. An empty square is a box only in a text that ticks one:
    without a tick, a column of squares is a list's bullets ("\uf06f Records of the inspection"), which say what
    follows them."""
    ticked = _WINGDINGS_TICKED.sub("[X]", text)
    if ticked == text and not re.search(_TICKED_BOX, text):
        return text
    return _WINGDINGS_EMPTY.sub("[ ]", ticked)


# The end of a form's item: a full stop or colon, or the citation in brackets a form sets after the full stop ("[ ]
# There is a need for consultation ... in the subject matter of the request. (5 ILCS 140/3(e)(vii))"), one bracket
# inside another at most.
_ITEM_ENDED = re.compile(r"[.:]$|[.:]\s*\((?:[^()]|\([^()]*\))*\)$")


def drop_unticked(text: str) -> str:
    """*text* without the items of a form whose box is left empty, and without the ticks of the others.

    An empty item runs on over the lines that continue it (a PDF wraps a long item), up to the line that
    ends it with a full stop or colon (or the citation in brackets after them), or the next item, heading or blank
    line.
    """
    text = _wingdings_boxes(text)
    if not re.search(rf"{_EMPTY_BOX}|{_TICKED_BOX}|^[ \t]*\(\s?[xX]?\s?\)[ \t]", text, re.MULTILINE):
        return text
    lines = text.split("\n")
    kept: list[str] = []
    dropping = False
    for line in lines:
        blank = not line.strip()
        line = _ticked_cells(line)
        stripped = line.strip()
        if not stripped and dropping and not blank:
            continue  # a row of boxes none ticked: the empty item above may still run on
        if _EMPTY_ITEM.match(line):
            # A cell of a table of boxes ("[ ] (k)(7)", one or two words) is no sentence that wraps: the line
            # after it is not its continuation (a PDF's text layer has no blank line to end it).
            # An item that ends in a blank to fill in ("[ ] Extension taken to: ____________") is whole on its line.
            # ... nor is a table's row, its cells between bars ("[ ] | (vii) there is a need for consultation"): a
            # row is whole on its line.
            dropping = not (re.search(r"_{3,}$", stripped) or _ITEM_ENDED.search(stripped)) \
                and len(_ANY_BOX.sub("", stripped).split()) > 2 and "|" not in stripped
            continue
        # A form's next field ("Records provided:   Incident reports ...") starts anew: it continues no empty item.
        if dropping and stripped and not re.match(rf"{_TICKED_BOX}|PART\b|[A-Z][A-Z .-]{{6,}}$|{_FIELD_LABEL}",
                                                  stripped):
            dropping = not _ITEM_ENDED.search(stripped)
            continue
        dropping = False
        kept.append(line)
    out = _EMPTY_INLINE.sub("", "\n".join(kept))
    return _TICK.sub(lambda m: m.group(1) if m.group(1) is not None else " ", out)


# Sentence ends: a full stop, ! or ? followed by a capital, a quote or a digit; never after abbreviations
# agencies use inside sentences ("U.S.C.", "No.", "Sec.", "Gov.").
_ABBREVIATIONS = ("u.s.c", "u.s", "no", "nos", "sec", "gov", "govt", "c.f.r", "cfr", "st", "dr", "mr", "ms",
                  "mrs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "e.g", "i.e", "p", "pp", "para", "inc", "approx", "est", "art", "ch", "v", "vs", "al", "seq",
                  "code", "ann", "stat", "rev", "ltr", "d.c", "n.y", "cal", "tex", "wash", "a.m", "p.m", "ref",
                  "fed", "reg", "c", "l", "ilcs", "p.s", "stats", "ch",
                  # state codes: "Minn. Stat.", "N.C. Gen. Stat.", "Gen. Prov.", "Tenn. Code Ann.", "subd. 7"
                  "minn", "n.c", "gen", "prov", "subd", "wis", "tenn", "conn", "ind", "va", "md", "r.c", "g.s",
                  "la", "r.s", "k.s.a", "o.s", "neb", "haw", "r.i", "del", "s.c",
                  # "Ala. Code", "Ark. Code Ann.", "Miss. Code", "W. Va. Code", "Wyo. Stat.", "Mont. Code",
                  # "N.D. Cent.", "1 M.R.S.", "1 V.S.A.", "C.G.S.", "N.D.C.C.", "A.C.A."
                  "ala", "ark", "miss", "wyo", "mont", "cent", "m.r.s", "v.s.a", "c.g.s", "n.d.c.c", "n.d", "a.c.a",
                  "w.s",
                  # offices and ranks before a name: "the Dept. of Corrections", "prepared by Sgt. Jones", "Det. Smith
                  # and Lt. Ramos", "Smith Co. Sheriff's Office", "Asst. Atty. Gen."
                  "dept", "depts", "sgt", "lt", "det", "ofc", "capt", "cpt", "cpl", "cmdr", "supt", "insp", "atty",
                  "asst", "hon", "co", "twp", "univ", "assn")
# A full stop inside a sentence, after one of those abbreviations ("Your request No. 2026-114 is granted", "records of
# the U.S. Forest Service"), for the rules that read a sentence up to its end: it ends no clause.
ABBREVIATION_DOT = ("(?:" + "|".join(rf"(?<=\b{re.escape(a)})" for a in _ABBREVIATIONS if len(a) > 1) + r")\.")


# A state's or a code's abbreviation inside a citation, the code's next word after it: "Ariz. Rev. Stat. § 39-121",
# "Colo. Rev. Stat.", "Fla. Stat.", "Ky. Rev. Stat.", "Mich. Comp. Laws", "N.Y. Pub. Off. Law" (no sentence's end
# there; elsewhere "... kept in Kansas City, Mo. The Department ..." still ends one). California's codes abbreviated
# in its official style likewise: "(Gov. Code, § 7927.705; Evid. Code, § 954)", "Pen. Code § 832.7", "Veh. Code §
# 20012", "Welf. & Inst. Code § 827", "Health & Saf. Code § 11361.5", "Bus. & Prof. Code", "Code Civ. Proc. § 1985".
_CITED_BEFORE_CODE = ("ariz", "colo", "fla", "ga", "ky", "mo", "pa", "mass", "mich", "ill", "kan", "nev", "okla",
                      "vt", "n.j", "n.m", "n.h", "s.d", "n.y", "comp", "pub", "off", "admin", "const", "cons", "sess",
                      "unif", "evid", "pen", "civ", "veh", "inst", "saf", "prof", "fam", "elec", "educ", "lab")
_CODE_WORD_NEXT = re.compile(r"\s+(?:Rev|Stat|Stats|Code|Gen|Comp|Admin|Const|Cons|Laws?|Ann|Pub|Off|Sess|Prov|"
                             r"Unif|Codified|Proc)\b")


# The words a case citation abbreviates before its page or year: "375 N.J. Super. 534", "(App. Div. 2005)", "F. Supp.
# 3d", "(D.C. Cir. 2013)", "(Pa. Cmwlth. 2012)" (read as no sentence's end only before a figure or a bracket).
_REPORTER_WORDS = ("super", "supp", "div", "app", "ct", "cir", "dist", "civ", "crim", "cmwlth", "commw", "misc",
                   "ter", "sup", "ch", "cl", "tax", "bankr")


# Weekdays as letters abbreviate them before a date (a sentence may end on "Sat." or "Sun." otherwise).
_WEEKDAYS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")


# A wrapped line that cannot end a heading: it ends in a word that needs what follows ("... copying under" above
# "SDCL 1-27-1.5(5).") or in a code's abbreviation ("... redacted under Ark." above "Code Ann. § 25-19-105").
_RUNS_ON = re.compile(r"\s(?:under|of|to|by|the|a|an|in|with|for|from|at|on|per|pursuant|that|as|§+)$|"
                      r"\s(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS if len(a) > 2 and a not in (
                          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
                          "est", "seq", "al")) + r")\.$", re.IGNORECASE)


# ... nor in a state code's name written without stops, the section on the next line: "These records are exempt under
# RSA" above "91-A:5, IV, as ...", "... as provided in MCL" above "15.243(1)(b)"; a federal title's code too: "Pursuant
# to 29 CFR" above "70.25(c), WHD is ...".
# ... or with its stops, whose last one ends no sentence (the title's number maybe on the line before, as a scan's
# lines break): "in this case 10" / "U.S.C." / "130b, which permits ...", "under 32 C.F.R." / "§ 286.12".
_CODE_RUNS_ON = re.compile(r"\s(?:RSA|MCL|RCW|KRS|ORS|NRS|HRS|SDCL|MCA|CRS|ARS|NDCC|RSMo|OCGA|ILCS|NMSA|CGS|MGL|"
                           r"\d+\s+(?:CFR|USC))$|(?:^|\s)(?:U\.\s?S\.\s?C|C\.\s?F\.\s?R)\.?$")


# The dots that lead a list's label to its figure: "Released in their entirety ............ 31 pages".
LEADER = re.compile(r"(?:\s?\.){4,}")


# A figure standing alone on its line: "$162.00", "31 pages".
_FIGURE_ALONE = re.compile(r"[ \t]*(?:\$[ \t]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?|"
                           r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:[ \t]+pages?)?)[ \t]*", re.IGNORECASE)


def _leader_wrapped(line: str, next_line: str) -> bool:
    """A list's line wrapped inside its leader dots: the label and dots above the figure alone, or the label alone
    above the dots and the figure."""
    if re.search(r"(?:\s?\.){4,}\s*$", line) and _FIGURE_ALONE.fullmatch(next_line):
        return True
    return bool(re.match(r"\s*(?:\.\s?){4,}", next_line)) and not LEADER.search(line) and not re.search(
        r"[\d.:;!?]\s*$", line)


_NUMBERED_PARAGRAPH = re.compile(r"\s*\d{1,2}\.\s+[A-Z]")
# An item of a list lettered in lower case, after the line that ended the one before or introduced the list: "The ROI
# ... is being released to you in part, as follows:" / "a. 122 pages are released with portions redacted. ..." / "b.
# The autopsy report (14 pages) ... are withheld"
# A salutation on its own line: "Dear Ms. Villarreal-Obuya,", "Dear Sir or Madam:", "Hello,", "Good afternoon Mr. Lee,".
_SALUTATION = re.compile(r"[ \t]*(?:Dear|Hello|Hi|Greetings|Good\s+(?:morning|afternoon))"
                         r"(?:\s+(?:[A-Z][\w.'\u2019-]*|or|and|of|the|de|del|la|van|von))*\s*[,:][ \t]*")
_BANNER = re.compile(r"[ \t]*([*=~-])\1+[^\n]+?\1{2,}[ \t]*")
_LETTERED_ITEM = re.compile(r"\s*(?:[a-h]\.|\([a-h]\))\s+[A-Z0-9]")
# The rest of a code's name or its section, on the line after the abbreviation that began it: "Stat. § 13.85", "Code
# Ann. § 10-7-504", "Gen. Stat. § 132-1.4", "§ 2.2-3706".
_CITATION_GOES_ON = re.compile(r"\s*(?:(?:[A-Z][a-z]{0,5}\.\s+)+(?:§|\d)|(?:Code|Laws)\b|§)")
# A bulleted item: "- 120 pages are released in full", "\u2022 Withheld in full: 12 pages".
_BULLETED = re.compile(r"\s*[-*\u2022\u25aa\u25cf\u25e6\u2023\u2043]\s+\S")


# A line that ends a sentence and begins the next, whose words run on past the line's end: "Officer. We are releasing"
# / "96 pages in full ..." (a PDF's line wrapped in mid-sentence, however short), not a name after a title ("Ms.
# Temperance Aldous-Nakamura") nor a place after initials ("Washington, D.C. 20520").
_NEXT_SENTENCE_RUNS_ON = re.compile(r"\b(?!(?:Mrs|Hon|Rev|Sgt|Col|Gen|Capt|Dept|Attn|Ref)\.)[A-Za-z]{3,}\.\s+"
                                    r"[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+)*?\s+[a-z]+$")


# A line wrapped inside a citation, which a heading never is: the line ends on the word that leads a number ("...
# withheld in full pursuant to Exemption" / "7(C) of the FOIA", "under Section" / "552.108 of the Government Code"),
# or on a title's number before its code ("under 5" / "U.S.C. § 552(b)(6)"); or the next line starts with the last word
# of a law's name going on ("... the Georgia Open Records" / "Act, O.C.G.A. § 50-18-72", "... the Texas Government" /
# "Code § 552.101").
_LEADS_A_NUMBER = re.compile(r"\b(?:Exemptions?|Exceptions?|Sections?|Title|Chapter|Article|Subsections?|"
                             r"Paragraphs?|Subdivisions?|Subparagraphs?|Rule|Part|Clause)$")
_NUMBER_GOES_ON = re.compile(r"\d|\((?:[a-z]|\d{1,2}|[ivx]{1,4})\)")
_LAW_NAME_ENDS = re.compile(r"(?:Act|Code|Law|Laws|Statutes?)\b(?:,|;|\s+(?:\u00a7|\d|of\b|and\b|as\b|[a-z(]))")


def _wrapped_in_citation(line: str, next_line: str) -> bool:
    """Whether *line* breaks off inside a citation that *next_line* goes on with (see _LEADS_A_NUMBER)."""
    end, following = line.rstrip(), next_line.lstrip()
    if re.search(r"[.:!?]$", end):
        return False
    if _LEADS_A_NUMBER.search(end) and _NUMBER_GOES_ON.match(following):
        return True
    if re.search(r"\s\d{1,2}$", end) and re.match(r"(?:[A-Z]\.){2,}(?:[A-Z]\.?)?\s*(?:\u00a7|\d)", following):
        return True
    return bool(re.search(r"\s[A-Z][\w'\u2019-]*$", end) and _LAW_NAME_ENDS.match(following))


# A row of an itemised statement: a quantity at a rate, or a figure after a leader or an equals sign.
_ITEMISED_ROW = re.compile(r"\bx\s*\$\s?\d|\$\s?\d[\d,.]*\s*(?:per|/|an?)\s*(?:hour|page|hr)\b|=\s*\(?\$\s?\d|"
                           r"(?:\.\s?){4,}\s*\$")
_FIGURE_ENDS = re.compile(r"\(?\$\s?[\d,]+(?:\.\d{2})?\)?\s*$")
_RULE_LINE = re.compile(r"[ \t]*[-_=\u2013\u2014]{3,}[ \t]*")
# A field of an e-mail's or a memorandum's header block, as a mail program prints it ("Subject: RE: FOIA Request
# 2021-ICFO-01234 - Acknowledgement", "Attachments: Final Response.pdf", "TO: ...").
_HEADER_FIELD = re.compile(r"[ \t]*(?:from|sent|date|to|cc|bcc|subject|attachments|importance)[ \t]*:(?:[ \t]|$)",
                           re.IGNORECASE)


_LABELLED = re.compile(r"[A-Z][A-Za-z /'()&-]{0,30}:\s")
# The words that lead a noun and so never end a sentence: "your", "their", "and".
_LEADS_ON = re.compile(r"\s(?:your|our|their|its|his|her|my|this|these|those|and|or|nor|is|are|was|were|be|been|has|"
                       r"have|had|will|shall|may|must|which|who|whose|whom|any|all|each|every|no|not)$", re.IGNORECASE)


def ends_mid_sentence(line: str) -> bool:
    """Whether *line* breaks off on a word no sentence ends on ("... the Federal Rules of", "... received your"), its
    sentence going on in the line, or on the page, after it."""
    line = line.rstrip()
    return _RUNS_ON.search(line) is not None or _LEADS_ON.search(line) is not None


def _wrapped_remainder(lines: list[str], i: int) -> bool:
    """Whether line *i* is what was left of a long line wrapped again on a narrower page, its sentence going on: a
    plain-text letter or e-mail printed to PDF gives "... Your request was received by" / "the DEP Open" / "Records
    Officer on November 23, 2026." (a line that starts in lower case after a full line, ending on no stop or colon; a
    letterhead's lines are short, and a web address stands after a short line)."""
    line, before = lines[i].strip(), lines[i - 1].strip() if i > 0 else ""
    if not before or before.endswith((".", ":", "?", "!", ";")) or line.endswith((".", ":", "?", "!")) \
            or _LABELLED.match(line) or _LABELLED.match(before):
        return False  # (a form's fields, "Description: ..." / "Track: Complex", each stand on their own line)
    # ... or in capitals, a name the page broke ("... alleging the Delaware County" / "Sheriff's Office" / "("Sheriff")
    # violated ..."), after a full line of prose (a heading is short and has few small words); a single word only
    # after a comma, the page having wrapped the last word of a long line on its own ("... the subject of a civil
    # action," / "Coastal" / "Migration Research Institute v. U.S. Department of State ...")
    prose = len(before) >= 80 and len(re.findall(r"\b[a-z]{2,}\b", before)) >= 8
    if " " not in line:
        return prose and before.endswith(",")
    # ... or after a full line that ends on a word no sentence ends on: "... the Federal Communications Commission
    # (FCC) received your" / "Freedom of Information Act" / "(FOIA) request on November 24, 2026, ..."
    runs_on = len(before) >= 60 and ends_mid_sentence(before)
    return (len(before) >= 60 and line[:1].islower()) or prose or runs_on


# The short words a heading keeps in lower case: "Records Compiled for Law Enforcement Purposes".
_HEADING_SMALL_WORDS = frozenset(("from", "with", "under", "upon", "into", "over", "than", "that", "onto", "within",
                                  "without", "about", "after", "before", "pursuant", "through", "against"))


def _heading_line(lines: list[str], i: int) -> bool:
    """Whether line *i* is a heading: after a line that ended its sentence (or first), ending on no stop or comma,
    and every word of four letters or more capitalised but the small ones. A line of prose the page wrapped
    mid-sentence ("... has determined to deny access to" / "them ...") has words in lower case."""
    line, before = lines[i].strip(), lines[i - 1].strip() if i > 0 else ""
    if before and not before.endswith((".", ":", "!", "?")):
        return False
    if len(line) > 120 or "|" in line or line.endswith((".", ",", ";", ":", "-", "(", "!", "?")):
        return False
    # ... nor a sentence's opening, its clause set off by a comma: "On November 2, 2026, the Pennsylvania Department
    # of Transportation" / "("PennDOT") received your request"
    if re.search(r",\s+[a-z]", line) or re.match(r"(?:On|In|By|At|As|If|When|Because|Although|Since|Pursuant|After|"
                                                  r"Before|Upon|For|To|Per|We|I|You|Your|Our|This|These|It)\b", line):
        return False
    # ... nor a long line of prose opened by an article, its words capitalised because they name offices: "The Dam
    # Safety Section of the Engineering and Construction Division and the Operations" / "Division searched ..."
    if len(line) >= 60 and re.match(r"(?:The|A|An)\s", line):
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", line) if len(w) >= 4]
    return len(words) >= 3 and all(w[0].isupper() or w.lower() in _HEADING_SMALL_WORDS for w in words)


# A line of a portal's document list, opened by the document's status: "Released: 2026-12-01 - ... - 118 pages",
# "Withheld: Draft audit memoranda (3 documents)", "Redacted - Incident report.pdf".
STATUS_LINE = re.compile(r"^\W*(?:released|withheld|redacted|exempt|published|uploaded|posted|denied)\s*[:-]\s*\S",
                          re.IGNORECASE)
# ... but not the letter's own sentence under a heading of one word, its pages counted with their verb: "RELEASED: 1,771
# pages are released without redaction.", "WITHHELD: 155 pages are withheld in their entirety." (a list's line names a
# document, not "N pages are ...").
STATUS_HEADED_SENTENCE = re.compile(r"^\W*[A-Za-z]+\s*[:-]\s*(?:the\s+(?:remaining\s+|other\s+)?)?" + COUNT
                                    + r"\s+(?:\w+\s+)?pages?\s+(?:are|were|is|was|have\s+been|has\s+been|will\s+be)\s",
                                    re.IGNORECASE)


def sentences(text: str) -> list[Sentence]:
    """Split folded text into sentences; lines without a full stop (headers, "Re:" lines) stand alone."""
    out: list[Sentence] = []
    for block_match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        block, offset = block_match.group(0), block_match.start()
        lines = block.split("\n")
        # PDF text layers have no blank lines: a short line that ends without a comma, before a line that
        # starts a new thought (capital or digit), is a letterhead or heading line of its own.
        cuts = [i for i in range(len(lines) - 1)
                if (len(lines[i].strip()) < 60 and not lines[i].rstrip().endswith((",", ";", "-", "(", " and", " or"))
                and not _RUNS_ON.search(lines[i].rstrip()) and not _CODE_RUNS_ON.search(lines[i].rstrip())
                and not _NEXT_SENTENCE_RUNS_ON.search(lines[i].rstrip())
                and not _wrapped_in_citation(lines[i], lines[i + 1])
                and not _wrapped_remainder(lines, i)
                and re.match(r"[A-Z0-9\"'(]", lines[i + 1].lstrip()))
                # a line of a list whose figures are led by dots stands alone, however long the line before it
                or LEADER.search(lines[i]) or LEADER.search(lines[i + 1])
                # a numbered paragraph starts a sentence, even after an abbreviation that ends the one before: a
                # commission's finding "... exempt under §1-210(b)(17), G.S." / "3. Forthwith, the respondents ..."
                or (lines[i].rstrip().endswith(".") and _NUMBERED_PARAGRAPH.match(lines[i + 1]))
                or (lines[i].rstrip().endswith((".", ":")) and _LETTERED_ITEM.match(lines[i + 1]))
                # ... and so does what a colon at the line's end introduces, however long the line: "... the productions
                # made on your request are summarized below:" / "Production 1 (September 30, 2026): 250 pages ...",
                # "... 5 U.S.C. § 552(b), indicated below:" / "(b)(5) - The Investigator's memoranda ... are withheld"
                # (not where the colon follows a word that needs what comes next: "... will be available for inspection
                # or duplication on:" / "Date: December 18, 2026 Hour: 10:00 a.m.")
                or (lines[i].rstrip().endswith(":") and re.match(r"[A-Z0-9(\"'\u201c]", lines[i + 1].lstrip())
                    and not ends_mid_sentence(lines[i].rstrip()[:-1]))
                # the salutation stands alone, though it ends on a comma ("Dear Ms. Villarreal-Obuya," / "On November
                # 6, 2026, the City ... provided you with an itemized statement"), and so does a banner framed by
                # asterisks ("*** This is an automated message from the City of Edinburg Public Records Center. ***")
                # ("Message sent on: 12/04/2026" / "--- Please respond above this line ---" / "RE: PUBLIC INFORMATION
                # REQUEST of October 26, 2026, Reference # R041966-102626" / "Dear Evander Moreau-Achterberg,")
                or any(_SALUTATION.fullmatch(line) is not None or _BANNER.fullmatch(line) is not None
                       for line in lines[i:i + 2])
                # each item of a bulleted list is read on its own, not run into the line before it
                or _BULLETED.match(lines[i + 1])
                # a heading in title case or capitals stands alone however long, where the page kept no blank line
                # around it (a PDF's text layer): "Exemption 7(A) - Records Compiled for Law Enforcement Purposes,
                # Pending Investigation" / "Section 708(b)(16) of the RTKL exempts ..."
                # (or before a subsection's item: "Applicable Sections of the Freedom of Information Act, 5 U.S.C.
                # § 552" / "(b)(3) Specifically exempted from disclosure by statute ...")
                or (_heading_line(lines, i) and re.match(r"[A-Z0-9]|\((?:[a-z]|\d{1,2})\)\(?", lines[i + 1].lstrip()))
                # a rule drawn under a table's figures stands apart from them and from the total below it (its dashes
                # are no hyphen that wraps a word): "Less 100 free pages ... ($10.00)" / "---------" / "Estimated total
                # $187.00"
                or _RULE_LINE.fullmatch(lines[i]) or _RULE_LINE.fullmatch(lines[i + 1])
                # the rows of an itemised statement stand apart from the line that introduces them, as a table's do:
                # "The estimated fees ... are calculated as follows:" / "Search time (professional) 5.5 hours x $46.00
                # = $253.00"
                or (lines[i].rstrip().endswith(":") and _ITEMISED_ROW.search(lines[i + 1]))
                # ... and each row, its figure at the line's end, from the line after it: "Duplication: records will be
                # released electronically = $0.00" / "Total estimated fees: $768.00"
                or (_ITEMISED_ROW.search(lines[i]) is not None and _FIGURE_ENDS.search(lines[i]) is not None
                    and re.match(r"[A-Z(]", lines[i + 1].lstrip()) is not None)
                # ... nor the line after it into it, where the item ends with a full stop after an abbreviation: "-
                # Personal information in a motor vehicle record, section 119.0712(2), F.S." / "In addition, ..."
                # (but not where the page wrapped the item inside a code's name: "- Data ... not public under Minn." /
                # "Stat. § 13.85, subd. 2, as corrections data")
                or (_BULLETED.match(lines[i]) and lines[i].rstrip().endswith(".")
                    and re.match(r"[A-Z]", lines[i + 1].lstrip())
                    and not (_RUNS_ON.search(lines[i].rstrip()) and _CITATION_GOES_ON.match(lines[i + 1])))
                # ... and each row of a table (its cells between bars) is read on its own, however long, apart from
                # the rows and lines around it: "(b)(7)(C) | Names and identifying information of staff and inmates" /
                # "(b)(6) | Inmate medical information", "... the following exemptions:" / "Exemption | Description"
                or " | " in lines[i] or " | " in lines[i + 1]
                # ... and so is each line of a portal's list of the documents it released or withheld, each opened by
                # its status: "Released: 2026-12-01 - Audit report (final) - 118 pages" / "Withheld: Draft memoranda
                # (3 documents)"
                or (STATUS_LINE.match(lines[i + 1]) is not None
                    and (STATUS_LINE.match(lines[i]) is not None or lines[i].rstrip().endswith(":")))
                # ... and so is each field of a header block, however long: a long "Subject:" is not run into the
                # "Attachments:" line under it, so the subject alone is quoted as where a tracking number was read
                or (_HEADER_FIELD.match(lines[i]) is not None and _HEADER_FIELD.match(lines[i + 1]) is not None)]
        # ... but never apart from its own figure or label, where the page wrapped the dots: "Total estimated
        # charges ..........." / "$162.00", "Overhead (20% of labor)" / "........ $27.00", "Released in full ...." /
        # "31 pages"
        cuts = [i for i in cuts if not _leader_wrapped(lines[i], lines[i + 1])]
        start_line = 0
        for index in [*cuts, len(lines) - 1]:
            piece = "\n".join(lines[start_line:index + 1])
            out.extend(_block_sentences(piece, offset))
            offset += len(piece) + 1
            start_line = index + 1
    return out


def _block_sentences(block: str, offset: int) -> list[Sentence]:
    out: list[Sentence] = []
    joined = block.replace("\n", " ")
    start = 0
    # A quotation ending the sentence ends it too: '... "any final opinion of OLC." We have completed ...'.
    # ... and a bracketed sentence, its stop inside the bracket: California's citation after the sentence it is cited
    # for, "(Gov. Code, sec. 7922.000.) Please be advised ..." (a bracket the piece itself opened)
    for end_match in re.finditer(r"[.!?][\"\u201d]?\)?(?=\s+[\"'(A-Z0-9\u201c])", joined):
        end = end_match.end()
        if end_match.group(0).endswith(")") and not re.search(r"(?:^|[.!?]\s+)\((?:[^()]|\([^()]*\))*\)$",
                                                                     joined[start:end].strip()):
            continue  # a stop inside a bracket that closes mid-sentence: "(approx.) Pages", "(Inc.) Records"
        if re.search(r"(?:\.\s?){3}$", joined[:end_match.start()]):
            continue  # the last of a run of leader dots, not a full stop
        word = re.search(r"([A-Za-z.]+)\.$", joined[start:end].rstrip("\"\u201d)"))
        # "... under section 552.130 of the Government Code. You may ask ...": a code named in full ends the
        # sentence; only a citation going on ("Code Ann. §", "Code § 2-534", "Code. 1975") keeps it open.
        # ... the next sentence opening on the article too: "... section 552.301 of the Government Code. A copy of
        # the City's request ... is enclosed"
        # ... and so does a citation closed by "et seq." before a sentence's opening word: "65 P.S. §§ 67.101 et seq.
        # Your request was received ..." (not "et seq. (the Act)", nor "et seq., was received")
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS and not (
                word.group(1).lower() == "seq" and re.search(r"\bet\s+seq\.$", joined[start:end])
                and re.match(r"\s+(?:Your|The|This|These|We|Our|Please|If|In|It|You|I|As|On|At|To|By|Under|"
                             r"Pursuant|Thank|Upon|After|Because|Since|When|Accordingly)\b", joined[end:])) and not (
                word.group(1).lower() == "code" and re.match(r"\s+(?:[A-Z][a-z]{2,}\b(?<!\bAnn)|(?:As|If|In|It|On|"
                                                             r"At|To|We|No|An|By|So|Be)\b|A\s+[a-z]{2,})",
                                                             joined[end:])):
            continue
        if word and word.group(1).lower() in _CITED_BEFORE_CODE and _CODE_WORD_NEXT.match(joined[end:]):
            continue  # "... under Ariz. Rev. Stat. § 39-121 et seq., was received ..."
        # initials: "John Q. Public" (not a part named by its letter: "10 CFR Part 9, Subpart A. If we need ...")
        if re.search(r"\b[A-Z]\.$", joined[start:end].rstrip("\"\u201d")) and not re.search(
                r"\b(?:Subpart|Part|Appendix|Exhibit|Attachment|Schedule|Annex|Tab|Enclosure|Item|Section|Title|"
                r"Article|Volume|Chapter|Table|Category|Tier|Phase|Option|Group)\s+[A-Z]\.$",
                joined[start:end].rstrip("\"\u201d")):
            continue
        if word and word.group(1).lower() in _WEEKDAYS and re.match(
                r"\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)", joined[end:]):
            continue  # a weekday abbreviated before its date: "on or before Thu. December 3, 2026"
        if word and word.group(1).lower() in ("s", "ss") and (
                re.match(r"\s+\d+\.\d", joined[end:])
                or (re.search(r"\bU\.?\s?S\.?\s?C\.?\s+ss?\.$", joined[start:end])
                    and re.match(r"\s+\d", joined[end:]))):
            continue  # Florida's section sign in letters: "exempt under s. 119.071(2)(c), F.S.", "18 U.S.C. s. 2721"
        if word and word.group(1).lower() in _REPORTER_WORDS and re.match(
                r"\s+(?:[\d(]|(?i:" + "|".join(_REPORTER_WORDS) + r")\.)", joined[end:]):
            continue  # a case cited by its reporter and court: "375 N.J. Super. 534, 546 (App. Div. 2005)"
        if word and word.group(1).lower() in ("crim", "civ", "app", "bankr") and re.search(
                r"\bR\.\s*[A-Za-z]+\.$", joined[start:end]) and re.match(r"\s+P\.", joined[end:]):
            continue  # a federal rule of procedure: "Fed. R. Crim. P. 6(e)", "Fed. R. Civ. P. 26(c)"
        piece = joined[start:end]
        if piece.count("(") > piece.count(")") and re.match(r"\s+[^()]{0,40}?\b(?:19|20)\d\d\)", joined[end:]):
            continue  # a case's court and year in brackets, abbreviated: "(Colo. App. 2017)", "(Wash. Ct. App. 2019)"
        if piece.strip():
            out.append(Sentence(piece.strip(), offset + start + len(piece) - len(piece.lstrip())))
        start = end
    tail = joined[start:]
    if tail.strip():
        out.append(Sentence(tail.strip(), offset + start + len(tail) - len(tail.lstrip())))
    return out


def parse_date_match(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups["m1"]:
            return dt.date(int(groups["y1"]), _month(groups["m1"]), int(groups["d1"]))
        if groups["m2"]:
            return dt.date(int(groups["y2"]), _month(groups["m2"]), int(groups["d2"]))
        if groups["m3"]:
            year = int(groups["y3"])
            year += 2000 if year < 100 else 0
            return dt.date(year, int(groups["m3"]), int(groups["d3"]))
        if groups["m7"]:
            year = int(groups["y7"])
            return dt.date(year + (2000 if year < 100 else 0), int(groups["m7"]), int(groups["d7"]))
        if groups["m8"]:
            return dt.date(int(groups["y8"]), _month(groups["m8"]), _ordinal_day(groups["d8"]))
        if groups["m6"]:
            return dt.date(int(groups["y6"]), SPANISH_MONTHS[groups["m6"].lower()], int(groups["d6"]))
        if groups["m9"]:
            day = int(groups["d9"].replace("O", "0").replace(" ", ""))  # "0 8" is the 8th, "O 5" the 5th
            return dt.date(int(groups["y9"]), _month(groups["m9"]), day)
        if groups["m5"]:
            return dt.date(2000 + int(groups["y5"]), _month(groups["m5"]), int(groups["d5"]))
        return dt.date(int(groups["y4"]), int(groups["m4"]), int(groups["d4"]))
    except (ValueError, KeyError):
        return None


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def dates_in(text: str) -> list[tuple[dt.date, re.Match[str]]]:
    """Every valid date written in *text*, in order."""
    # (a new list each time, so that a caller may change its own)
    return list(_dates_in(text))


# Any decimal digit, as DATE_PATTERN's "\d" and "[0-9]" read one (a str pattern's "\d" is any Unicode decimal digit).
_DIGIT = re.compile(r"\d")


# Remembered by text: the rules ask for the dates of the same lines and sentences many times over while a letter is read
# (on sets 412, 448 and 478, 152 asks a letter of 38 texts), and the answer is a function of the text alone
# (DATE_PATTERN, parse_date_match and _CITED_BEFORE read nothing else), so a remembered answer is the one worked out
# again; only the last few thousand texts are kept, in memory.
@functools.lru_cache(maxsize=4096)
def _dates_in(text: str) -> tuple[tuple[dt.date, re.Match[str]], ...]:
    if _DIGIT.search(text) is None:
        # Every form DATE_PATTERN reads holds a digit (each alternative has a "\d" or a "[0-9]" it must match: its
        # day, its year or its month's number; the date in words, "the first day of December 2026", its year), so a
        # text without one holds no date: the same empty answer, without trying the pattern's dozen alternatives at
        # every place of the text (59% of the asks on those sets).
        return ()
    found = []
    for match in DATE_PATTERN.finditer(text):
        value = parse_date_match(match)
        if value is None:
            continue
        if match.group("y7") and len(match.group("y7")) == 2 and _CITED_BEFORE.search(text[:match.start()]):
            continue  # a section of a code, not a day: "made under SDCL 1-27-37, on November 19, 2026"
        found.append((value, match))
    return tuple(found)


# What cites a section numbered like a day with a two-digit year: "SDCL 1-27-37", "§ 2-12-26", "Code 10-7-50".
_CITED_BEFORE = re.compile(r"(?:§|\b(?-i:[A-Z]{2,})|\b(?:code|section|sections|sec|stat|ann|chapter|ch|title|rule|"
                           r"act)\b)\.?\s*$", re.IGNORECASE)


# A day written without its year, as a letter writes a day just past: "on the 23rd of November", "on November 23" (not
# "May", which is also a verb, unless capitalised), or with its weekday and no month: "on Monday the 23rd". Never a
# part of a full date ("November 23, 2026"), nor a day with a number after it ("November 23 2026", "on the 23rd of
# November 2026" are read whole above), nor a month with a day before it: in "23 Nov 26" the 26 is the year, not
# the day.
_FULL_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAY_JUST_PAST = re.compile(
    rf"\b(?:(?P<w1>{_FULL_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)\s+(?:day\s+)?of\s+"
    rf"(?P<m1>{_MONTH}|(?-i:May))\b\.?(?!,?\s*\d)"
    rf"|(?<!\d\s)\b(?:(?P<w2>{_FULL_WEEKDAY}),?\s+)?(?P<m2>(?!may\b){_MONTH}|(?-i:May))\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?!,?\s*\d|[/:.-]\d)"
    rf"|\b(?P<w3>{_FULL_WEEKDAY}),?\s+the\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:day\s+)?of\b)"
    # ... or in the old style of the law office, the month named by "instant" (the letter's own) or "ultimo" (the one
    # before it): "received on the 2nd inst.", "your letter of the 20th ult."
    r"|\bthe\s+(?P<d4>\d{1,2})(?:st|nd|rd|th)?\s+(?P<i4>inst(?:ant)?|ult(?:imo)?)\b\.?",
    re.IGNORECASE)
_WEEKDAY_NUMBER = {name: number for number, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}


def days_just_past(text: str, letter_date: dt.date | None) -> list[tuple[dt.date, re.Match[str]]]:
    """Every day in *text* written without its year or month, read as the last such day on or before *letter_date*
    and within ninety days of it: "the 23rd of November" in a letter of November 27, 2026 is November 23, 2026; "Monday
    the 23rd" the last 23rd that fell on a Monday; "the 2nd inst." the 2nd of the letter's month, "the 20th ult." the
    20th of the month before. A weekday named beside a month must be the day's own, or the day is not read; with no
    letter date none is read."""
    if letter_date is None:
        return []
    found = []
    for match in _DAY_JUST_PAST.finditer(text):
        groups = match.groupdict()
        weekday = groups["w1"] or groups["w2"] or groups["w3"]
        day = int(groups["d1"] or groups["d2"] or groups["d3"] or groups["d4"])
        month_name = groups["m1"] or groups["m2"]
        # "inst." is the letter's own month, "ult." the month before it
        backs = range(4) if not groups["i4"] else (0,) if groups["i4"].lower().startswith("inst") else (1,)
        value = None
        for back in backs:
            month = (letter_date.month - 1 - back) % 12 + 1
            year = letter_date.year - (1 if letter_date.month - back < 1 else 0)
            if month_name is not None and month != _month(month_name):
                continue
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if candidate > letter_date or (weekday and candidate.weekday() != _WEEKDAY_NUMBER[weekday.lower()]):
                continue
            value = candidate
            break
        if value is not None and (letter_date - value).days <= 90:
            found.append((value, match))
    return found


def count_value(text: str) -> int | None:
    """10 from "10", "1,234", "ten", "ten (10)", "twenty-five"; None for anything else (a number in brackets that
    is a paragraph of a citation, "Section 708(b)(6)(i)(A)", is no count)."""
    text = text.strip().lower()
    paren = re.search(r"(?<![\w)])\((\d{1,3}(?:,\d{3})+|\d+)\)(?!\s*\()", text)
    if paren:
        return int(paren.group(1).replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", text):
        return int(text.replace(",", ""))
    return _words_value(text)


def _words_value(text: str) -> int | None:
    """123 from "one hundred twenty-three", 2400 from "two thousand four hundred"; None unless every word is
    a number word (so "the pages" or "seven dwarfs" are never counts)."""
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    if not words:
        return None
    total = current = 0
    previous: str | None = None
    for word in words:
        if word in _SCALES:
            if previous is None or (previous in _SCALES and _SCALES[previous] >= _SCALES[word]):
                return None
            current = (current or 1) * _SCALES[word]
            if word == "thousand":
                total, current = total + current, 0
        elif word in _WORDS:
            value = _WORDS[word]
            # "twenty-three" adds a unit to a tens word; "three twenty" is no number.
            if previous in _WORDS and not (_WORDS[previous] >= 20 and _WORDS[previous] % 10 == 0 and value < 10):
                return None
            current += value
        else:
            return None
        previous = word
    return total + current


def money(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "").replace(" ", "")).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None

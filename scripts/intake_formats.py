"""Does a letter read the same whatever file it arrives in? Each plain-text letter of the held-out sets that is read
fully right is made into a PDF (its lines set on a page of about 95 characters, as a plain-text e-mail printed to PDF
wraps them again) or a Word file, read again, and compared with its expected values.

    uv run python scripts/intake_formats.py pdf               # every set
    uv run python scripts/intake_formats.py docx heldout235   # some sets

Prints each letter right as text and wrong in the other format, with what differs, and the count. A letter already
wrong as text is left out: it measures the reading of the format, not the rules.
"""

from __future__ import annotations

import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "intake" / "letters"
sys.path[:0] = [str(ROOT / "tests" / "intake"), str(ROOT / "tests")]

_OTHER_SOURCES = (".pdf.txt", ".docx.txt", ".eml.txt")


def _plain_letters(sets: list[str]) -> list[tuple[Path, str]]:
    folders = sorted(path.parent for path in LETTERS.glob("*/expected.json"))
    if sets:
        folders = [folder for folder in folders if folder.name in sets]
    return [(folder, name) for folder in folders
            for name in sorted(json.loads((folder / "expected.json").read_text(encoding="utf-8")))
            if name.endswith(".txt") and not name.endswith(_OTHER_SOURCES) and (folder / name).exists()
            and not (folder / name).read_text(encoding="utf-8").startswith("===")]  # a scan or a form of its own


def _wrong_in_format(job: tuple[Path, str, str]) -> tuple[str, list[str]]:
    """What differs from the expected values once the letter is made into *fmt*; empty when it reads the same or
    is already wrong as text."""
    from intake_scoring import differences
    from letter_files import materialise

    folder, name, fmt = job
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))[name]
    stem = name.removesuffix(".txt")
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for part in ("source", "as-text", "as-format"):
            (work / part).mkdir()
        if differences(materialise(folder, name, work / "as-text"), expected):
            return f"{folder.name}/{name}", []
        (work / "source" / f"{stem}.{fmt}.txt").write_text((folder / name).read_text(encoding="utf-8"),
                                                           encoding="utf-8")
        return f"{folder.name}/{name}", differences(materialise(work / "source", f"{stem}.{fmt}", work / "as-format"),
                                                    expected)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("pdf", "docx"):
        print(__doc__)
        return 2
    fmt, sets = argv[0], argv[1:]
    letters = _plain_letters(sets)
    wrong = 0
    with ProcessPoolExecutor(2) as pool:
        for letter, differs in pool.map(_wrong_in_format, [(f, n, fmt) for f, n in letters], chunksize=8):
            if differs:
                wrong += 1
                print(f"{letter}: {'; '.join(differs)}")
    print(f"{wrong} of {len(letters)} plain letters read right as text are wrong as {fmt}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Does a letter read the same whatever way its dates are written? Every date of every letter of the held-out sets
that is read fully right ("November 18, 2026") is written another way, the letter read again and compared with its
expected values (which do not change: the same day is meant).

    uv run python scripts/intake_dates.py dayfirst              # "18 November 2026", as the services write it
    uv run python scripts/intake_dates.py abbreviated heldout235 # "Nov. 18, 2026", some sets
    uv run python scripts/intake_dates.py numeric                # "11/18/2026", as portals write it

Prints each letter right as written and wrong with its dates rewritten, with what differs, and the count. A letter
already wrong as written is left out: it measures the reading of dates, not the rest of the rules.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "intake" / "letters"
sys.path[:0] = [str(ROOT / "tests" / "intake"), str(ROOT / "tests")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
# A date written month first with its year: the way nearly every letter of the sets writes it.
MONTH_FIRST = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2}),\s+(\d{4})\b")
WAYS: dict[str, Callable[[str, int, int, str], str]] = {
    "dayfirst": lambda month, number, day, year: f"{day} {month} {year}",
    "abbreviated": lambda month, number, day, year: f"{month[:3]}{'' if month == 'May' else '.'} {day}, {year}",
    "numeric": lambda month, number, day, year: f"{number:02d}/{day:02d}/{year}",
}


def rewrite_dates(text: str, way: str) -> str:
    """*text* with each month-first date written *way*."""
    return MONTH_FIRST.sub(lambda m: WAYS[way](m.group(1), MONTHS.index(m.group(1)) + 1, int(m.group(2)), m.group(3)),
                           text)


def _wrong_with_dates_rewritten(job: tuple[Path, str, str]) -> tuple[str, list[str]]:
    """What differs from the expected values once the letter's dates are rewritten; empty when it reads the same,
    has no date to rewrite, or is already wrong as written."""
    from intake_scoring import differences
    from letter_files import materialise

    folder, name, way = job
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))[name]
    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        rewritten, made, original = scratch_path / "rewritten", scratch_path / "made", scratch_path / "original"
        for path in (rewritten, made, original):
            path.mkdir()
        changed = False
        for source in folder.iterdir():
            if not (source.is_file() and (source.name == name or source.name.startswith(name + "."))):
                continue
            text = source.read_text(encoding="utf-8") if source.name.endswith(".txt") else None
            if text is None or text.startswith("==="):  # a binary file, a scan or a form of its own
                shutil.copy(source, rewritten / source.name)
                continue
            new = rewrite_dates(text, way)
            changed |= new != text
            (rewritten / source.name).write_text(new, encoding="utf-8")
        if not changed or differences(materialise(folder, name, original), expected):
            return f"{folder.name}/{name}", []
        return f"{folder.name}/{name}", differences(materialise(rewritten, name, made), expected)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in WAYS:
        print(f"usage: intake_dates.py {'|'.join(WAYS)} [SET...]", file=sys.stderr)
        return 2
    way, sets = argv[0], argv[1:]
    folders = sorted(path.parent for path in LETTERS.glob("*/expected.json"))
    if sets:
        folders = [folder for folder in folders if folder.name in sets]
    jobs = [(folder, name, way) for folder in folders
            for name in sorted(json.loads((folder / "expected.json").read_text(encoding="utf-8")))]
    wrong = 0
    with ProcessPoolExecutor(2) as pool:
        for letter, differs in pool.map(_wrong_with_dates_rewritten, jobs, chunksize=8):
            if differs:
                wrong += 1
                print(f"{letter}: {'; '.join(differs)}")
    print(f"{wrong} of {len(jobs)} letters read differently with their dates written {way}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

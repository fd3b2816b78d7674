"""Time a large spreadsheet import: generate a realistic CSV, import it into a fresh database, report.

    uv run python bench/bench_import.py                 # 50,000 rows into bench/out/import.db
    uv run python bench/bench_import.py --rows 10000 --keep

The CSV looks like a coalition's tracking sheet: agencies by name and by abbreviation (a tenth of them
unknown, so they are created), mixed date styles, statuses with and without closing dates, tracking
numbers, tags and notes. Reported: the time of the import (one transaction, derived status and
deadlines included), its rows per second, the time of a second import of the same file (everything
already present), and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import resource
import sys
import time
from pathlib import Path

from foiatrack.services.exchange import import_file
from foiatrack.services.workspace import open_workspace

KNOWN = ["ICE", "CBP", "DHS", "FBI", "U.S. Citizenship and Immigration Services", "Department of Justice",
         "U.S. Immigration and Customs Enforcement"]
NEW = [f"County Sheriff's Office No. {n}" for n in range(1, 41)] + ["Departamento de Policía de San José",
                                                                     "Nguyễn Thị Minh Records Office"]
STATUSES = ["Pending", "Acknowledged", "Granted", "Partial", "Denied", "No records", "Withdrawn", "Appealed",
            "Litigation", "Open", ""]
TOPICS = ["facial recognition", "licence plate readers", "detention standards", "body cameras", "use of force",
          "social media monitoring", "cell-site simulators", "287(g) agreements"]


def _date_text(rng: random.Random, day: dt.date) -> str:
    style = rng.random()
    if style < 0.5:
        return day.isoformat()
    if style < 0.8:
        return f"{day.month}/{day.day}/{day.year}"
    if style < 0.9:
        return day.strftime("%b %d, %Y")
    return day.strftime("%d-%b-%Y")


def generate(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Agency", "Jurisdiction", "Subject", "Description", "Date Sent", "Status", "Date Closed",
                         "Tracking #", "Requester", "Tags", "Notes"])
        for n in range(rows):
            agency = rng.choice(NEW) if rng.random() < 0.1 else rng.choice(KNOWN)
            sent = start + dt.timedelta(days=rng.randrange(2400))
            status = rng.choice(STATUSES)
            closed = ""
            if status in ("Granted", "Partial", "Denied", "No records", "Appealed") and rng.random() < 0.8:
                closed = _date_text(rng, sent + dt.timedelta(days=rng.randrange(10, 200)))
            topic = rng.choice(TOPICS)
            writer.writerow([
                agency, "US-CA" if agency in NEW and rng.random() < 0.5 else "",
                f"Records on {topic} ({n})", f"All records about {topic}, including contracts and emails.",
                _date_text(rng, sent), status, closed,
                f"{sent.year}-FOIA-{n:06d}" if rng.random() < 0.7 else "",
                rng.choice(["Alex Rivera", "José Núñez", "Nguyễn Thị Minh"]),
                ", ".join(rng.sample(["surveillance", "detention", "policing", "border"], rng.randrange(3))),
                "=follow up by phone" if rng.random() < 0.05 else "",
            ])


def to_xlsx(path: Path) -> Path:
    """The CSV as a workbook (write-only mode, so this step stays small too)."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Requests")
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            sheet.append(row)
    target = path.with_suffix(".xlsx")
    workbook.save(target)
    path.unlink()
    return target


def peak_rss_mib() -> float:
    # Linux reports kilobytes, macOS bytes.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--keep", action="store_true", help="keep the database and the CSV")
    parser.add_argument("--xlsx", action="store_true", help="import the same rows as an Excel workbook")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    source = args.out / f"import-{args.rows}.csv"
    target = args.out / "import.db"
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    began = time.perf_counter()
    generate(source, args.rows)
    if args.xlsx:
        source = to_xlsx(source)
    print(f"generated {args.rows:,} rows ({source.stat().st_size / 2**20:.1f} MiB {source.suffix}) in "
          f"{time.perf_counter() - began:.1f} s")
    db = open_workspace(target)
    baseline = peak_rss_mib()
    began = time.perf_counter()
    report = import_file(db, source)
    took = time.perf_counter() - began
    assert report.committed, report.errors[:5]
    print(f"import: {report.added:,} requests in {took:.1f} s ({report.added / took:,.0f} rows/s); "
          f"{len(report.agencies_created)} agencies created; {report.dates_unknown:,} rows with undated status")
    began = time.perf_counter()
    again = import_file(db, source)
    print(f"second import (all present: {again.already_present:,}): {time.perf_counter() - began:.1f} s")
    print(f"peak RSS: {peak_rss_mib():.0f} MiB (after opening the database: {baseline:.0f} MiB)")
    db.close()
    if not args.keep:
        source.unlink()
        for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
            leftover.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The overdue report: an HTML page of the late requests, printed or saved as PDF.

HTML through :class:`QTextDocument` is what Qt prints well without extra dependencies; the same text
goes to the printer (the system print dialog) and to a PDF file, so the two never disagree. The PDF is
written beside its target first and renamed over it, so a failed save never leaves half a report.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from foiatrack.core.errors import UserError
from foiatrack.services.dashboard_read import DashboardLists
from foiatrack.ui.widgets import display_date


def overdue_report_html(lists: DashboardLists, organisation: str = "") -> str:
    """The report's HTML: one row per overdue request, most late first, very overdue ones marked."""
    as_of = display_date(lists.as_of)
    heading = f"Overdue public-records requests as of {escape(as_of)}"
    lines = [
        "<html><head><meta charset='utf-8'><style>",
        "body { font-family: sans-serif; font-size: 9pt; }",
        "h1 { font-size: 14pt; margin-bottom: 2pt; }",
        "table { border-collapse: collapse; width: 100%; }",
        "th { text-align: left; border-bottom: 1px solid #555; padding: 3px; }",
        "td { padding: 3px; border-bottom: 1px solid #ccc; vertical-align: top; }",
        "td.n { text-align: right; }",
        ".very { font-weight: bold; color: #a40000; }",
        "</style></head><body>",
        f"<h1>{heading}</h1>",
    ]
    if organisation:
        lines.append(f"<p>{escape(organisation)}</p>")
    total = lists.overdue_total
    summary = (f"{total} overdue request{'s' if total != 1 else ''}; {lists.very_overdue_total} very overdue "
               f"(more than {lists.very_overdue_threshold} working days past the due date).")
    if len(lists.overdue) < total:
        summary += f" The {len(lists.overdue)} most late are listed."
    lines.append(f"<p>{escape(summary)}</p>")
    if not lists.overdue:
        lines.append("<p>No request is overdue.</p></body></html>")
        return "\n".join(lines)
    lines.append("<table><tr><th>#</th><th>Subject</th><th>Agency</th><th>Tracking number</th><th>Status</th>"
                 "<th>Due</th><th>Days late</th><th>Working days late</th></tr>")
    for row in lists.overdue:
        very = row.id in lists.very_overdue
        working = lists.working_days_overdue.get(row.id, "")
        mark = " ⚠ very overdue" if very else ""
        css = ' class="very"' if very else ""
        subject = escape(row.subject) + (" <i>(sample)</i>" if row.is_sample else "")
        lines.append(
            f"<tr{css}><td>{row.id}</td><td>{subject}</td>"
            f"<td>{escape(row.agency_abbreviation or row.agency)}</td><td>{escape(row.tracking_number or '')}</td>"
            f"<td>{escape(row.status.label)}</td><td>{escape(display_date(row.due_date))}</td>"
            f"<td class='n'>{row.days_overdue}</td><td class='n'>{working}{escape(mark)}</td></tr>"
        )
    lines.append("</table></body></html>")
    return "\n".join(lines)


def write_pdf(html: str, path: str | os.PathLike[str]) -> Path:
    """Render *html* to a PDF file at *path* (A4/Letter by locale is left to Qt's default page size).

    Raises:
        UserError: the folder does not exist or cannot be written; the target is left as it was.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise UserError(f"{target}: the folder {folder} does not exist", field="output")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    try:
        writer = QPdfWriter(temp)
        writer.setTitle("Overdue requests")
        writer.setCreator("foiatrack")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(writer)
        del writer  # closes the file
        os.replace(temp, target)
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror or exc}", field="output") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    return target

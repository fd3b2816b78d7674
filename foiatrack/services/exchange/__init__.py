"""Spreadsheets in and out, the deadline calendar, printable reports and the correspondence archive.

The file formats live in :mod:`foiatrack.exchange`; this package is the database side of each use
case, one module per kind of work (importing, exporting, reports, archive), all re-exported here.
"""

from __future__ import annotations

from foiatrack.exchange.importer import ImportReport, PreviewRow, RowError
from foiatrack.services.exchange.archive import ArchiveResult, archive
from foiatrack.services.exchange.common import database_uid, request_key
from foiatrack.services.exchange.exporting import ExportResult, calendar_items, export_calendar, export_file
from foiatrack.services.exchange.importing import (
    IMPORT_MAPPING_KEY,
    STATUS_MAPPING_KEY,
    get_import_mapping,
    get_status_mapping,
    import_fields,
    import_file,
    import_status_names,
    preview_import,
    save_import_mapping,
    save_status_mapping,
)
from foiatrack.services.exchange.reports import agency_report, chronology, chronology_data, overdue_report

__all__ = [
    "IMPORT_MAPPING_KEY",
    "STATUS_MAPPING_KEY",
    "ArchiveResult",
    "ExportResult",
    "ImportReport",
    "PreviewRow",
    "RowError",
    "agency_report",
    "archive",
    "calendar_items",
    "chronology",
    "chronology_data",
    "database_uid",
    "export_calendar",
    "export_file",
    "get_import_mapping",
    "get_status_mapping",
    "import_fields",
    "import_file",
    "import_status_names",
    "overdue_report",
    "preview_import",
    "request_key",
    "save_import_mapping",
    "save_status_mapping",
]

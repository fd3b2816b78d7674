"""Screenshots of every page and dialog of the desktop app, on the sample data, at several screen sizes.

    uv run python scripts/screenshots.py /tmp/shots              # every set below
    uv run python scripts/screenshots.py /tmp/shots 1024x700 dark  # some of them

Each set runs in its own X server (``xvfb-run``, so Xvfb and ImageMagick's ``import`` must be installed)
with a fresh data folder and settings, on a new database holding the sample data. Every shot is the whole
screen (``import -window root``): the window as it opened, with the dialog or menu on top of it. Each set
folder gets ``shots.txt``: one line a shot with the window size and any view that scrolls sideways.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# name: (screen width, screen height, FOIATRACK_THEME, QT_SCALE_FACTOR)
SETS: dict[str, tuple[int, int, str, str]] = {
    "1400x900": (1400, 900, "light", "1"),
    "1366x768": (1366, 768, "light", "1"),
    "1024x700": (1024, 700, "light", "1"),
    "dark": (1400, 900, "dark", "1"),
    "150pct": (1400, 900, "light", "1.5"),
}
ROOT = Path(__file__).resolve().parent.parent
SAMPLE_LETTERS = ROOT.parent.parent / "shared" / "samples" / "agency-letters"


def run_sets(out: Path, names: list[str]) -> int:
    """Run each set in a child process under its own X server; returns how many failed."""
    failed = 0
    for name in names:
        width, height, theme, scale = SETS[name]
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="foiatrack-shots-") as home:
            env = dict(os.environ, QT_QPA_PLATFORM="xcb", FOIATRACK_THEME=theme, QT_SCALE_FACTOR=scale,
                       XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data", HOME=home)
            env.pop("FOIATRACK_DB", None)
            command = ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24",
                       sys.executable, __file__, "--child", str(folder), f"{home}/foiatrack.db"]
            code = subprocess.run(command, env=env, check=False).returncode
        print(f"{name}: {'done' if code == 0 else f'failed (exit {code})'} -> {folder}")
        failed += code != 0
    return failed


def child(folder: Path, database: str) -> None:
    """Inside the X server: open the app on the sample data and take every shot."""
    from PySide6.QtCore import QPoint, QSettings, QTimer
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialog, QMenu, QWidget

    from foiatrack.services.backup import backup_database
    from foiatrack.services.demo import load_demo
    from foiatrack.services.events import add_attachments
    from foiatrack.services.exchange.exporting import export_file
    from foiatrack.services.queries import list_requests, request_detail
    from foiatrack.services.workspace import open_workspace
    from foiatrack.ui.app import make_application

    app = make_application()
    db = open_workspace(database)
    load_demo(db)
    from foiatrack.ui.main_window import MainWindow, settle_background_work

    window = MainWindow(db, QSettings())
    window.show()
    lines: list[str] = []

    def settle() -> None:
        for _ in range(3):
            settle_background_work()
            app.processEvents()

    def sideways(widget: QWidget) -> list[str]:
        views = [widget, *widget.findChildren(QAbstractScrollArea)]
        return sorted({view.accessibleName() or type(view).__name__ for view in views
                       if isinstance(view, QAbstractScrollArea) and view.isVisible()
                       and view.horizontalScrollBar().isVisible()})

    def shoot(name: str, widget: QWidget | None = None) -> None:
        settle()
        path = folder / f"{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        shown = widget or window
        scrolls = sideways(window) + (sideways(shown) if shown is not window else [])
        lines.append(f"{name}: window {window.width()}x{window.height()}, "
                     f"{type(shown).__name__} {shown.width()}x{shown.height()}, "
                     f"sideways: {', '.join(scrolls) or 'none'}")

    def modal(name: str, trigger: Callable[[], object], prepare: Callable[[QWidget], None] | None = None) -> None:
        """Shoot the dialog *trigger* opens (exec or open), then close it without saving anything."""

        def take(tries: int = 50) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if tries:
                    QTimer.singleShot(20, lambda: take(tries - 1))
                return
            if prepare is not None:
                prepare(dialog)
            shoot(name, dialog)
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

        QTimer.singleShot(0, take)
        trigger()
        settle()

    requests = list_requests(db)
    first = requests[0].id
    letters = sorted(str(p) for p in SAMPLE_LETTERS.glob("s0*")) if SAMPLE_LETTERS.is_dir() else []
    latest = request_detail(db, first).events[-1]
    if letters:  # the sample data has no files: the edit-event dialog should show some
        add_attachments(db, latest.id, letters[:2])

    # --- pages ---------------------------------------------------------------------------------------
    for page in ("dashboard", "requests", "agencies", "templates", "settings"):
        window.show_page(page)
        shoot(f"page-{page}")
    agencies = window.pages["agencies"]
    window.show_page("agencies")
    agencies.select_agency(requests[0].agency_id)  # type: ignore[attr-defined]
    shoot("page-agency")
    window.open_request(first)
    shoot("page-request-timeline")
    window.detail_page.tabs.setCurrentIndex(1)
    shoot("page-request-fields")
    window.detail_page.tabs.setCurrentIndex(0)

    # --- dialogs -------------------------------------------------------------------------------------
    window.show_page("requests")

    def type_agency(dialog: QWidget) -> None:
        dialog.agencies.find.setText("police")  # type: ignore[attr-defined]

    modal("dialog-new-request", window.new_request, type_agency)
    window.requests_page.select_ids([first])  # type: ignore[attr-defined]
    modal("dialog-tag", window.requests_page.tag_selected)  # type: ignore[attr-defined]
    window.open_request(first)
    modal("dialog-log-event", lambda: window.detail_page.open_event_dialog())
    modal("dialog-edit-event", lambda: window.detail_page.open_event_dialog(event=request_detail(db, first).events[-1]))
    modal("dialog-letter", window.detail_page.write_letter)
    window.show_page("agencies")
    modal("dialog-agency", agencies.edit_agency)  # type: ignore[attr-defined]
    modal("dialog-trash", window.open_trash)
    modal("help-shortcuts", window.help_actions["shortcuts"].trigger)
    modal("help-deadlines", window.help_actions["deadlines"].trigger)
    modal("help-about", window.help_actions["about"].trigger)

    sheet = folder.parent / f".{folder.name}-export.csv"
    export_file(db, sheet)
    from foiatrack.ui.import_dialog import ImportDialog

    modal("dialog-import", lambda: ImportDialog(db, str(sheet), window).exec())
    backup = folder.parent / f".{folder.name}-backup.db"
    info = backup_database(db, backup)
    from foiatrack.ui.restore_dialog import RestoreDialog

    modal("dialog-restore", lambda: RestoreDialog(info, Path(database), window).exec())
    from foiatrack.ui.server_dialog import ServerDialog

    modal("dialog-server", lambda: ServerDialog(window).exec())
    if letters:
        from foiatrack.ui.intake_dialog import IntakeDialog

        modal("dialog-intake", lambda: IntakeDialog(db, letters[:2], window).exec())
    # A decision letter naming the appeal office: the "Save as <agency>'s appeal office" box, scrolled to.
    from foiatrack.ui.intake_dialog import IntakeDialog

    ice = next((r.id for r in requests if r.agency_abbreviation == "ICE"), None)
    office_letter = ROOT / "tests" / "intake" / "letters" / "appeal_offices" / "ice-final.txt"

    def show_office_box(dialog: QWidget) -> None:
        for _ in range(500):  # the letter is read on the loader: wait for its box, not for a time
            if getattr(dialog, "appeal_box", None) is not None:
                break
            settle()
        box = getattr(dialog, "appeal_box", None)
        if box is not None:
            dialog.events_area.ensureWidgetVisible(box)  # type: ignore[attr-defined]

    modal("dialog-intake-appeal-office",
          lambda: IntakeDialog(db, [str(office_letter)], window, preferred_request=ice).exec(), show_office_box)
    window.open_search()
    assert window.search_dialog is not None
    window.search_dialog.query.setText("records")
    window.search_dialog.run_search()  # now, not after the typing pause
    shoot("dialog-search", window.search_dialog)
    window.search_dialog.close()

    # --- undo: a change made, the Edit menu naming it, then undone --------------------------------------
    window.open_request(first)
    window.delete_requests()
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit_menu, QMenu)
    edit_menu.popup(window.mapToGlobal(QPoint(60, window.menuBar().height())))
    shoot("menu-edit-undo", edit_menu)
    edit_menu.close()
    window.undo()
    window.show_page("dashboard")
    shoot("page-dashboard-after-undo")

    (folder / "shots.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for path in (sheet, backup):
        path.unlink(missing_ok=True)
    window.close()
    db.close()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(Path(argv[1]), argv[2])
        return 0
    if not argv:
        print(__doc__)
        return 2
    names = argv[1:] or list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        print(f"screenshots: unknown set {unknown[0]}; the sets are {', '.join(SETS)}")
        return 1
    return 1 if run_sets(Path(argv[0]), names) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

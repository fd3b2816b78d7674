"""Agency letters for the intake dialog: File > Add correspondence, or files dropped anywhere on the window."""

from __future__ import annotations

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from foiatrack.ui.window_base import WindowParts
from foiatrack.ui.window_pages import DETAIL


class LetterDrops(WindowParts):
    """The intake dialog's entry points (the window calls ``setAcceptDrops(True)``)."""

    def add_correspondence(self, paths: list[str] | None = None) -> None:
        """Open the intake dialog on *paths* (asks for files when None); on a request page, that request
        is offered when a letter's own numbers and sender do not say which request it answers."""
        from foiatrack.ui.intake_dialog import FILE_FILTER, IntakeDialog, letter_files

        if not paths:
            chosen, _ = QFileDialog.getOpenFileNames(self, "Add correspondence", "", FILE_FILTER)
            paths = chosen
        files = letter_files(list(paths or []))
        if not files:
            if paths:
                self.statusBar().showMessage("Only agency letters can be added: .pdf, .eml, .msg, .txt, .docx",
                                             10_000)
            return
        preferred = self.current_request_id() if self.current_page_name() == DETAIL else None
        dialog = IntakeDialog(self.db, files, self, preferred_request=preferred)
        dialog.exec()  # each logged letter is announced on the change signal: the pages showing it reload
        if dialog.logged_count:
            self.statusBar().showMessage(f"Logged {dialog.logged_count} event(s) from the correspondence.", 10_000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from foiatrack.ui.intake_dialog import letter_files

        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.opening is None and letter_files([url.toLocalFile() for url in urls if url.isLocalFile()]):
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.add_correspondence(paths)

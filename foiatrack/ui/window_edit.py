"""Edit-menu commands of the main window: undo, deleting requests, the trash and removing the sample data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foiatrack.ui.dataflow import write
from foiatrack.ui.undo import plural
from foiatrack.ui.widgets import show_error
from foiatrack.ui.window_base import WindowParts

if TYPE_CHECKING:  # the trash's services (and SQLAlchemy) load with the first command that needs them
    from foiatrack.services.undo import Snapshot


class EditCommands(WindowParts):
    """Undo (Ctrl+Z) and the trash; each change is recorded in the window's undo history."""

    def undo(self) -> None:
        """Ctrl+Z: undo the last change made in this window (unsaved edits of a request are asked about first)."""
        if not self.undo_history.can_undo() or not self.leave_detail():
            return
        # Undone on the writer thread, then announced on the change signal: the pages showing it reload.
        # Ctrl+Z is off until the answer is in (the next step is known only then).
        def refused(error: BaseException) -> None:
            self.statusBar().clearMessage()
            show_error(self, "Undo", error)

        label = self.undo_history.next_label()
        if self.undo_history.undo(lambda step: self.statusBar().showMessage(f"Undone: {step.label}.", 8000),
                                  refused):
            self.statusBar().showMessage(f"Undoing {label}…")

    def delete_requests(self) -> None:
        """Edit > Delete requests: the selection on the Requests page, or the request open on its page."""
        current = self.stack.currentWidget()
        if current is self.pages.get("requests"):
            if not self.requests_page.delete_selected():
                self.statusBar().showMessage("Select the requests to delete first.", 5000)
            return
        request_id = self.current_request_id()
        if request_id is None:
            self.statusBar().showMessage("Open a request, or select requests on the Requests page, to delete them.",
                                         5000)
            return
        if not self.leave_detail():
            return
        db = self.db

        def work() -> Snapshot:
            from foiatrack.services.trash import move_to_trash
            from foiatrack.services.undo import take_snapshot

            snapshot = take_snapshot(db, [request_id])
            move_to_trash(db, [request_id])
            return snapshot

        def done(snapshot: Snapshot) -> None:
            self.undo_history.record("Delete request", snapshot)
            if self.current_request_id() == request_id:
                self.detail_page.dirty = False
                self.show_page("requests")
            self._trashed("Delete request")

        write(self, db, work, done, lambda error: show_error(self, "Delete", error))

    def _trashed(self, label: str) -> None:
        self.statusBar().showMessage(f"{label}: moved to the trash with every event and file. Ctrl+Z undoes; "
                                     "File › Trash restores.", 10_000)

    def open_trash(self) -> None:
        from foiatrack.ui.trash_dialog import TrashDialog  # on first use, not with the window

        dialog = TrashDialog(self.db, self)  # what it restores or deletes is announced on the change signal
        dialog.exec()
        dialog.deleteLater()

    def remove_sample_data(self) -> None:
        """File > Remove the sample data: every sample request to the trash in one step (Ctrl+Z undoes)."""
        if not self.leave_detail():
            return
        db = self.db

        def work() -> tuple[list[int], Snapshot | None, int]:  # on the writer thread: one action
            from foiatrack.services.trash import remove_sample_data as remove_samples
            from foiatrack.services.trash import sample_request_ids
            from foiatrack.services.undo import take_snapshot

            ids = sample_request_ids(db)
            if not ids:
                return ids, None, 0
            snapshot = take_snapshot(db, ids)
            return ids, snapshot, remove_samples(db)

        def done(result: tuple[list[int], Snapshot | None, int]) -> None:
            self.remove_samples_action.setEnabled(True)
            ids, snapshot, count = result
            if snapshot is None:
                self.statusBar().showMessage("There is no sample data to remove.", 5000)
                return
            self.undo_history.record("Remove the sample data", snapshot)
            if self.current_request_id() in ids:
                self.show_page("requests")
            self.statusBar().showMessage(f"Moved {plural(count)} of sample data to the trash. Ctrl+Z undoes; "
                                         "File › Trash restores or deletes them for good.", 10_000)

        def failed(error: BaseException) -> None:
            self.remove_samples_action.setEnabled(True)
            self.statusBar().clearMessage()
            show_error(self, "Remove the sample data", error)

        self.remove_samples_action.setEnabled(False)  # not twice while it runs
        self.statusBar().showMessage("Removing the sample data…")
        write(self, db, work, done, failed)

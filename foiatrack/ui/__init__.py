"""The desktop app (PySide6). Pages call services only; slow work goes through :mod:`foiatrack.ui.tasks`."""

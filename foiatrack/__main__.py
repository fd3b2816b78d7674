"""Allow ``python -m foiatrack``."""

from __future__ import annotations

from foiatrack.cli import main

raise SystemExit(main())

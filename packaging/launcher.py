"""Entry point of a built foiatrack: the same ``main`` as the ``foiatrack`` command of a Python install,
or one of its limited child processes (PDF text, user templates) when started as one."""

import sys

from foiatrack.children import run_child_from_environment

if __name__ == "__main__":
    child = run_child_from_environment()
    if child is not None:
        sys.exit(child)
    from foiatrack.cli import main

    sys.exit(main())

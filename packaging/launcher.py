"""Entry point of a built foiatrack: the same ``main`` as the ``foiatrack`` command of a Python install."""

import sys

from foiatrack.cli import main

if __name__ == "__main__":
    sys.exit(main())

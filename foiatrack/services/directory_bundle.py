"""Which bundled agency directory a database took last: the files, the setting that records it, and the
digest that names a bundle. Apart from :mod:`foiatrack.services.directory` so that the app's first
dashboard can tell, without SQLAlchemy, whether opening the database will bring its directory up to date."""

from __future__ import annotations

import hashlib

from foiatrack.resources import resource_path

FEDERAL_FILE = ("directory", "federal-2017.json")
OVERLAY_FILE = ("agencies.toml",)
VERSION_KEY = "directory_version"


def bundle_version() -> str:
    """A digest of the bundled files: when it changes, the database's copy is brought up to date."""
    digest = hashlib.sha256()
    for parts in (FEDERAL_FILE, OVERLAY_FILE):
        digest.update(resource_path(*parts).read_bytes())
    return digest.hexdigest()[:16]

"""A database's own identifier and a request's identity in files."""

from __future__ import annotations

import re

from foiatrack.services.exchange.common import database_uid, request_key


def test_a_database_gets_one_identifier_and_keeps_it(db) -> None:  # type: ignore[no-untyped-def]
    uid = database_uid(db)
    assert re.fullmatch(r"[0-9a-f]{12}", uid)
    assert database_uid(db) == uid


def test_two_databases_have_different_identifiers(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from foiatrack.services.workspace import open_workspace

    other = open_workspace(tmp_path / "other.db")
    try:
        assert database_uid(other) != database_uid(db)
    finally:
        other.close()


def test_a_request_is_known_by_its_import_key_else_by_database_and_id() -> None:
    assert request_key("0123456789ab", 12, None) == "foiatrack:0123456789ab:12"
    assert request_key("0123456789ab", 12, "import:5f3a") == "import:5f3a"
    assert request_key("0123456789ab", 12, "") == "foiatrack:0123456789ab:12"

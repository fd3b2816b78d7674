"""Server URLs, passwords kept in the keychain (never in files), team roles."""

from __future__ import annotations

import pytest
from keychain import MemoryKeyring

from foiatrack.core.errors import UserError
from foiatrack.services.server import (
    connection_url,
    forget_password,
    parse_server_url,
    remember_password,
)


def test_password_is_kept_in_the_keychain_under_the_url_without_it(memory_keyring: MemoryKeyring) -> None:
    url = parse_server_url("postgresql://ana@db.example.org:5432/foia")
    remember_password(url, "s3cret")
    assert memory_keyring.secrets == {("foiatrack", "postgresql+psycopg://ana@db.example.org:5432/foia"): "s3cret"}
    assert connection_url("postgresql://ana@db.example.org:5432/foia").endswith("ana:s3cret@db.example.org:5432/foia")
    forget_password(url)
    assert connection_url("postgresql://ana@db.example.org:5432/foia") == \
        "postgresql+psycopg://ana@db.example.org:5432/foia"


def test_the_keychain_entry_never_names_the_password(memory_keyring: MemoryKeyring) -> None:
    remember_password(parse_server_url("postgresql://ana:typed@h:5432/foia"), "typed")
    assert list(memory_keyring.secrets) == [("foiatrack", "postgresql+psycopg://ana@h:5432/foia")]


def test_a_typed_password_wins_over_the_keychain(memory_keyring: MemoryKeyring) -> None:
    remember_password(parse_server_url("postgresql://ana@h/foia"), "old")
    assert ":new@" in connection_url("postgresql://ana:new@h/foia")


@pytest.mark.parametrize("text", ["mysql://u@h/db", "postgresql://", "postgresql://u@h", "not a url"])
def test_bad_server_urls_say_what_is_accepted(text: str) -> None:
    with pytest.raises(UserError, match="postgresql://user@host"):
        parse_server_url(text)



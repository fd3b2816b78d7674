"""Passwords are hidden in any text: in URLs, in key=value pairs, and wherever a known one appears."""

from __future__ import annotations

import pytest

from foiatrack.core import secrets
from foiatrack.core.secrets import MASK, hide_password, hide_secrets, register_secret


@pytest.fixture(autouse=True)
def _own_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passwords registered here stay here ("river" hidden in every later "driver" would not)."""
    monkeypatch.setattr(secrets, "_SECRETS", set())


@pytest.mark.parametrize(("text", "hidden"), [
    ("postgresql://dana:s3cr3t@db.example.org/foia", "postgresql://dana:***@db.example.org/foia"),
    ("postgresql+psycopg://:pw@host/db", "postgresql+psycopg://:***@host/db"),
    ("could not connect to postgresql://u:p%40ss@h:5432/d (timeout)",
     "could not connect to postgresql://u:***@h:5432/d (timeout)"),
    ("host=db password=s3cr3t user=dana", "host=db password=*** user=dana"),
    ("PWD = 'two words'; next", "PWD = ***; next"),
    ("passwd=\"x y\"", "passwd=***"),
    ("postgresql://dana@db/foia", "postgresql://dana@db/foia"),  # no password: nothing to hide
    ("", ""),
])
def test_urls_and_keyword_pairs_lose_their_passwords(text: str, hidden: str) -> None:
    assert hide_secrets(text) == hidden


def test_a_password_once_given_is_hidden_wherever_it_appears_in_any_spelling() -> None:
    register_secret("Wh@t ever9")
    assert hide_secrets("login failed for Wh@t ever9 today") == f"login failed for {MASK} today"
    assert hide_secrets("sent Wh%40t%20ever9 in a URL") == f"sent {MASK} in a URL"
    assert hide_secrets("or Wh%40t+ever9 in a form") == f"or {MASK} in a form"
    assert hide_password("postgresql://dana@db/foia?note=Wh@t ever9") == f"postgresql://dana@db/foia?note={MASK}"


def test_short_passwords_are_hidden_in_urls_but_not_everywhere_in_the_text() -> None:
    register_secret("ab")
    register_secret(None)
    register_secret("")
    assert hide_secrets("about a table") == "about a table"  # hiding every "ab" would garble messages
    assert hide_secrets("postgresql://u:ab@h/d") == "postgresql://u:***@h/d"


def test_the_longest_known_password_is_hidden_first_so_none_is_half_shown() -> None:
    register_secret("river")
    register_secret("riverbank42")
    assert hide_secrets("it was riverbank42") == f"it was {MASK}"

"""A user error is one printable line: no password, no line break, no bytes that are not text, and no
quoted value of thousands of characters."""

from __future__ import annotations

from foiatrack.core.errors import MAX_MESSAGE, ConflictError, NotFoundError, UserError


def test_a_message_names_its_field_and_reads_as_given() -> None:
    error = UserError("due: give a date as YYYY-MM-DD", field="due")
    assert (str(error), error.message, error.field) == ("due: give a date as YYYY-MM-DD",) * 2 + ("due",)
    assert UserError("x").field is None
    assert isinstance(NotFoundError("n"), UserError) and isinstance(ConflictError("c"), UserError)


def test_a_password_quoted_in_a_message_is_hidden() -> None:
    error = UserError("database: could not connect to postgresql://dana:s3cr3t@db/foia")
    assert str(error) == "database: could not connect to postgresql://dana:***@db/foia"


def test_line_breaks_of_every_kind_become_one_visible_mark() -> None:
    typed = "subject: 'line one\r\nline two\nthree\rfour\u2028five\x0bsix'"
    assert UserError(typed).message == "subject: 'line one⏎line two⏎three⏎four⏎five⏎six'"


def test_text_that_was_not_utf8_is_shown_as_question_marks() -> None:
    undecodable = b"caf\xe9".decode("utf-8", "surrogateescape")  # a Latin-1 file read as UTF-8
    assert UserError(f"subject: '{undecodable}'").message == "subject: 'caf?'"


def test_a_message_is_cut_at_its_limit() -> None:
    exact = "x" * MAX_MESSAGE
    assert UserError(exact).message == exact
    long = UserError("y" * (MAX_MESSAGE + 1)).message
    assert long == "y" * MAX_MESSAGE + "…"

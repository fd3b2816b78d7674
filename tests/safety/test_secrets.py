"""No message, log line or traceback contains a database password: typed in a URL, or kept in the keychain."""

from __future__ import annotations

import logging
import socket

import keyring
import pytest
from keychain import MemoryKeyring
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from foiatrack.cli import main
from foiatrack.core.errors import UserError
from foiatrack.core.secrets import hide_password, hide_secrets, register_secret
from foiatrack.services import errors as service_errors

TYPED = "Typed-pw-4711"
KEPT = "Keychain-pw-0815"





@pytest.fixture
def closed_port() -> int:
    with socket.socket() as probe:  # bound then closed: nothing listens there
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        assert TYPED not in text and KEPT not in text, text


def test_hide_secrets_covers_urls_keywords_and_known_passwords() -> None:
    register_secret("plain-secret-9")
    text = ("postgresql+psycopg://ana:p%40ss@db:5432/foia failed; host=db password=hunter22 user=ana; "
            "the server said plain-secret-9")
    hidden = hide_secrets(text)
    assert "p%40ss" not in hidden and "hunter22" not in hidden and "plain-secret-9" not in hidden
    assert "postgresql+psycopg://ana:***@db:5432/foia" in hidden
    assert hide_password("postgresql://ana@db/foia") == "postgresql://ana@db/foia"


def test_password_in_the_url_never_printed_when_the_server_is_down(capsys: pytest.CaptureFixture[str],
                                                                   closed_port: int) -> None:
    url = f"postgresql://ana:{TYPED}@127.0.0.1:{closed_port}/foia"
    code, out, err = run(capsys, "--db", url, "list")
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "cannot be" in err
    assert_no_secret(out, err)


def test_password_from_the_keychain_never_printed(capsys: pytest.CaptureFixture[str], closed_port: int,
                                                  memory_keyring: MemoryKeyring) -> None:
    url = f"postgresql://ana@127.0.0.1:{closed_port}/foia"
    keyring.set_password("foiatrack", f"postgresql+psycopg://ana@127.0.0.1:{closed_port}/foia", KEPT)
    code, out, err = run(capsys, "--db", url, "list")
    assert code == 1 and err.count("\n") == 1
    assert_no_secret(out, err)


def test_migrate_to_never_echoes_the_password(capsys: pytest.CaptureFixture[str], closed_port: int,
                                              memory_keyring: MemoryKeyring, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = str(tmp_path / "mine.db")
    code, out, err = run(capsys, "--db", source, "migrate-to", f"postgresql://ana:{TYPED}@127.0.0.1:{closed_port}/team")
    assert code == 1 and err.count("\n") == 1
    assert_no_secret(out, err)
    # A URL without a password uses the keychain, as the app does; the kept password is not shown either.
    keyring.set_password("foiatrack", f"postgresql+psycopg://ana@127.0.0.1:{closed_port}/team", KEPT)
    code, out, err = run(capsys, "--db", source, "migrate-to", f"postgresql://ana@127.0.0.1:{closed_port}/team")
    assert code == 1
    assert_no_secret(out, err)


def test_a_server_failure_mid_command_is_one_line_without_sql_data_or_password(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path,  # type: ignore[no-untyped-def]
        memory_keyring: MemoryKeyring) -> None:
    register_secret(KEPT)
    failure = OperationalError("UPDATE requests SET subject=%(subject)s",
                               {"subject": "Secret informant list"},
                               Exception(f"server closed the connection unexpectedly (password={KEPT})\nDETAIL: x"))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise failure

    monkeypatch.setattr("foiatrack.services.derive.recompute_all", broken)
    code, out, err = run(capsys, "--db", str(tmp_path / "x.db"), "recompute")
    assert code == 1 and err.count("\n") == 1, err
    assert "Secret informant" not in err and "UPDATE" not in err
    assert_no_secret(out, err)


def test_a_bug_prints_a_traceback_with_the_password_hidden(capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register_secret(TYPED)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"connecting with {TYPED} went wrong")

    monkeypatch.setattr("foiatrack.services.derive.recompute_all", broken)
    code, _out, err = run(capsys, "--db", str(tmp_path / "x.db"), "recompute")
    assert code == 1 and "Traceback" in err
    assert_no_secret(err)


def test_log_records_hide_passwords(caplog: pytest.LogCaptureFixture) -> None:
    service_errors.install_secret_filters()
    register_secret(KEPT)
    with caplog.at_level(logging.WARNING):
        logging.getLogger("foiatrack.test").warning("connecting to %s with %s", f"postgresql://a:{TYPED}@h/d", KEPT)
    assert_no_secret(caplog.text)
    assert "postgresql://a:***@h/d" in caplog.text


def test_user_errors_never_carry_a_password() -> None:
    register_secret(KEPT)
    error = UserError(f"postgresql://ana:{TYPED}@h/db: cannot be opened (auth with {KEPT} failed)")
    assert_no_secret(error.message, str(error))


def test_password_in_the_url_on_a_live_server(capsys: pytest.CaptureFixture[str], db_target: str) -> None:
    if "://" not in db_target:
        pytest.skip("a server test")
    # The test server trusts local connections, so any password gets in; it must still never be shown.
    url = make_url(db_target).set(password=TYPED).render_as_string(hide_password=False)
    code, out, err = run(capsys, "--db", url, "show", "999999")
    assert code == 1 and "no request" in err
    assert_no_secret(out, err)
    code, out, err = run(capsys, "--db", url, "check")
    assert code == 0, err
    assert_no_secret(out, err)


def test_a_server_that_never_answers_times_out_with_a_message(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOIATRACK_CONNECT_TIMEOUT", "2")
    with socket.socket() as silent:  # accepts connections (the kernel does) but never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        code, out, err = run(capsys, "--db", f"postgresql://ana:{TYPED}@127.0.0.1:{port}/foia", "list")
    assert code == 1 and err.count("\n") == 1, err
    assert "timeout" in err or "cannot be reached" in err
    assert_no_secret(out, err)

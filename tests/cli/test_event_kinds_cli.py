"""`foiatrack log` reads the table of event kinds: an option per field, every kind in its help, and every
kind logged with all its fields comes back whole in `show --json`."""

from __future__ import annotations

import datetime as dt

from foiatrack.cli import build_parser
from foiatrack.core.event_kinds import EVENT_FIELDS, KINDS, EventKind, Outcome, Value

# As typed on the command line, and as `show --json` gives them back.
TYPED = {
    "tracking_number": ("TRK-7731", "TRK-7731"), "amount": ("123.45", "123.45"),
    "pages_released": ("417", 417), "pages_withheld": ("38", 38), "exemptions": ("b6", ["(b)(6)"]),
    "outcome": ("partial-grant", Outcome.PARTIAL_GRANT.value), "extension_days": ("23", 23),
    "received": ("2025-04-03", "2025-04-03"), "appeal_number": ("APL-5512", "APL-5512"),
    "expected_by": ("2025-06-30", "2025-06-30"),
}


def _log_parser():  # type: ignore[no-untyped-def]
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return sub.choices["log"]


def test_log_has_an_option_for_every_field_and_names_every_kind() -> None:
    assert TYPED.keys() == EVENT_FIELDS.keys()
    log = _log_parser()
    options = {option for action in log._actions for option in action.option_strings}
    assert {spec.option for spec in EVENT_FIELDS.values()} <= options
    help_text = " ".join(log.format_help().split())
    for kind in EventKind:
        assert kind.value in help_text
    assert "appeal_acknowledged (--received required, --appeal-number)" in help_text


def test_every_kind_logged_with_its_fields_comes_back_whole(cli) -> None:  # type: ignore[no-untyped-def]
    added = cli("add", "--agency", "ICE", "--subject", "Detention contracts", "--sent", "2025-03-03")
    assert added.code == 0, added.err
    request_id = added.out.strip()
    for offset, (kind, spec) in enumerate(KINDS.items()):
        day = dt.date(2025, 4, 4) + dt.timedelta(days=offset)
        options = []
        for name in spec.fields:
            options += [EVENT_FIELDS[name].option, TYPED[name][0]]
        logged = cli("log", request_id, kind.value, "--date", day.isoformat(), *options, "--json")
        assert logged.code == 0, (kind, logged.err)
        document = logged.json()
        assert (document["kind"], document["direction"]) == (kind.value, spec.direction.value)
        for name in EVENT_FIELDS:
            empty = [] if EVENT_FIELDS[name].value is Value.EXEMPTIONS else None
            assert document[name] == (TYPED[name][1] if name in spec.fields else empty), (kind, name)
    shown = cli("show", request_id, "--json").json()
    assert [e["kind"] for e in shown["events"]][-len(KINDS):] == [k.value for k in KINDS]


def test_a_required_field_left_out_is_named(cli) -> None:  # type: ignore[no-untyped-def]
    request_id = cli("add", "--agency", "ICE", "--subject", "Contracts", "--sent", "2025-03-03").out.strip()
    for kind, spec in KINDS.items():
        for name in spec.required:
            result = cli("log", request_id, kind.value, "--date", "2025-04-04")
            assert result.code == 1
            assert result.err.strip().endswith(f"{name}: {spec.required[name]}"), result.err

"""The one table of event kinds: everything foiatrack knows about a kind of event is its entry in KINDS.

Each :class:`KindSpec` says what a kind is (label, who sends it), what it carries (the fields a person fills in,
which of them it needs, the outcomes it may have), what it does (to the response and appeal clocks, to the
request's status, to the agency statistics, to the order of events) and how the rest of the program names it
(the undo label, the letter-context name, the import vocabulary's status meanings, the reading of agency
letters). The event dialog, validation, the command line's ``log`` options and help, the status and deadline
engines, the statistics, the chronology and timeline, the importer, intake and letters read it; a test
(``tests/core/test_event_kinds.py``) checks that every kind is handled by each of them.

Adding a kind: the ``EventKind`` member and its ``KINDS`` entry, here, and tests. The enum's value is the
stable text stored in the database (a plain ``String(40)`` column, no check constraint) and typed on the
command line; renaming one needs a data migration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTERNAL = "internal"


class Outcome(StrEnum):
    """Outcome of a final determination, an appeal decision or a fee-waiver/expedite decision."""

    FULL_GRANT = "full_grant"
    PARTIAL_GRANT = "partial_grant"
    DENIED = "denied"
    NO_RECORDS = "no_records"
    WITHDRAWN = "withdrawn"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def is_adverse(self) -> bool:
        """Adverse determinations open the requester's appeal window (5 U.S.C. § 552(a)(6)(A)(i))."""
        return self in (Outcome.PARTIAL_GRANT, Outcome.DENIED, Outcome.NO_RECORDS)


class EventKind(StrEnum):
    """What happened to a request. The event log is the truth; status and deadlines derive from it."""

    SUBMITTED = "submitted"
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    TRACKING_NUMBER = "tracking_number"
    CLARIFICATION_REQUESTED = "clarification_requested"
    CLARIFICATION_ANSWERED = "clarification_answered"
    FEE_ESTIMATE = "fee_estimate"
    FEE_PAID = "fee_paid"
    FEE_ANSWERED = "fee_answered"
    FEE_WAIVER_DECISION = "fee_waiver_decision"
    EXPEDITE_DECISION = "expedite_decision"
    EXTENSION = "extension"
    INTERIM_RELEASE = "interim_release"
    FINAL_DETERMINATION = "final_determination"
    APPEAL_FILED = "appeal_filed"
    APPEAL_ACKNOWLEDGED = "appeal_acknowledged"
    APPEAL_DECISION = "appeal_decision"
    LAWSUIT_FILED = "lawsuit_filed"
    NOTE = "note"
    LETTER = "letter"

    @property
    def spec(self) -> KindSpec:
        return KINDS[self]

    @property
    def label(self) -> str:
        return KINDS[self].label

    @property
    def default_direction(self) -> Direction:
        return KINDS[self].direction


# --- the fields an event can carry -------------------------------------------------------------------

class Value(StrEnum):
    """How a field's text is read (the command line's option, a form's box)."""

    TEXT = "text"
    MONEY = "money"
    COUNT = "count"
    DATE = "date"
    OUTCOME = "outcome"
    EXEMPTIONS = "exemptions"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One structured field of an event (beyond date, summary, details and direction, which every kind has)."""

    name: str  # the attribute of core.models.Event, the column, the JSON key
    label: str  # for people
    value: Value
    option: str  # the ``foiatrack log`` option (names are part of the CLI contract: never rename)
    metavar: str
    help: str = ""

    @property
    def dest(self) -> str:
        """The option's attribute on the parsed arguments ("--pages-released" -> "pages_released")."""
        return self.option.removeprefix("--").replace("-", "_")


EVENT_FIELDS: dict[str, FieldSpec] = {f.name: f for f in (
    FieldSpec("tracking_number", "Tracking number", Value.TEXT, "--tracking", "NO"),
    FieldSpec("amount", "Amount ($)", Value.MONEY, "--amount", "AMOUNT", "fee amount in dollars"),
    FieldSpec("pages_released", "Pages released", Value.COUNT, "--pages-released", "N",
              "pages released in full or in part"),
    FieldSpec("pages_withheld", "Pages withheld", Value.COUNT, "--pages-withheld", "N",
              "pages withheld in full (those released in part count as released)"),
    FieldSpec("exemptions", "Exemptions", Value.EXEMPTIONS, "--exemption", "EX",
              "exemption cited, e.g. b6 or '(b)(7)(C)'; repeat, or separate with commas, ';' or 'and'"),
    FieldSpec("outcome", "Outcome", Value.OUTCOME, "--outcome", "OUTCOME",
              ", ".join(o.value for o in Outcome)),
    FieldSpec("extension_days", "Extension days", Value.COUNT, "--extension-days", "N",
              "days claimed by an extension"),
    FieldSpec("received", "Received by the agency on", Value.DATE, "--received", "DATE",
              "the day the agency received what you sent (acknowledged: the request, which starts the "
              "clock; appeal_acknowledged: the appeal)"),
    FieldSpec("appeal_number", "Appeal number", Value.TEXT, "--appeal-number", "NO",
              "the number the agency gave the appeal"),
    FieldSpec("expected_by", "Expected by", Value.DATE, "--expected-by", "DATE",
              "the approximate completion date an acknowledgement gave, or the new date an extension "
              "names"),
)}


# --- what a kind does ----------------------------------------------------------------------------------

class Clock(StrEnum):
    """A kind's effect on the statutory clocks (read by :mod:`foiatrack.core.timeline`)."""

    NONE = "none"
    START_SENT = "start_sent"  # the response clock starts when the request was sent ...
    START_RECEIVED = "start_received"  # ... or, when logged, when the agency received it
    ACKNOWLEDGEMENT = "acknowledgement"  # answers an acknowledgement deadline (N.Y., Texas ...)
    PAUSE = "pause"  # the agency asks the requester something: the response clock pauses (``pause``)
    RESUME = "resume"  # the requester's answer: the pause named by ``pause`` ends
    EXTENSION = "extension"  # the agency claims more time (the appeal's, once an appeal is filed)
    DETERMINATION = "determination"  # answers the response deadline; an adverse one opens the appeal window
    SIDE_DECISION = "side_decision"  # a fee-waiver or expedite decision: appealable on its own
    APPEAL = "appeal"  # starts the appeal-decision clock
    APPEAL_RECEIPT = "appeal_receipt"  # the agency's receipt of the appeal: the decision clock counts from it
    APPEAL_DECISION = "appeal_decision"  # answers the appeal-decision deadline
    LAWSUIT = "lawsuit"


class PauseReason(StrEnum):
    """Why the response clock waits (the words appear in the deadline explanations)."""

    CLARIFICATION = "request for clarification"
    FEES = "fee estimate"


class StatusEffect(StrEnum):
    """A kind's effect on the request's status (read by :mod:`foiatrack.core.status`)."""

    NONE = "none"  # notes, letters, an appeal's acknowledgement
    SENT = "sent"  # draft -> submitted
    ACKNOWLEDGED = "acknowledged"  # draft/submitted -> acknowledged
    WAITING = "waiting"  # -> waiting on the requester (which: by ``pause``)
    ANSWER = "answer"  # the requester answered: back in progress if it was waiting on that answer
    PROGRESS = "progress"  # the agency is working on it
    INTERIM = "interim"  # -> released in part
    DETERMINATION = "determination"  # -> the outcome's status
    APPEAL = "appeal"  # -> appealed
    APPEAL_DECISION = "appeal_decision"  # -> appeal decided
    LAWSUIT = "lawsuit"  # -> in litigation


class Statistics(StrEnum):
    """A kind's role in the agency statistics (:mod:`foiatrack.services.figures`)."""

    NONE = "none"
    CLOCK_START = "clock_start"  # the first receipt, else the first sending, starts the count
    FIRST_RESPONSE = "first_response"  # the agency's first answer of any kind (when incoming)
    PAUSE = "pause"  # pauses or resumes the count (the clock's pause replayed)


class Stage(StrEnum):
    """Which proceeding a kind belongs to: an appeal's numbers are not the request's."""

    REQUEST = "request"
    APPEAL = "appeal"
    COURT = "court"


@dataclass(frozen=True, slots=True)
class KindSpec:
    label: str
    direction: Direction = Direction.INCOMING
    # The structured fields the kind carries (the dialog shows these; the others are left empty).
    fields: tuple[str, ...] = ()
    # Field -> the message (after "field: ") when the kind is logged without it.
    required: dict[str, str] = field(default_factory=dict)
    outcomes: tuple[Outcome, ...] = ()
    clock: Clock = Clock.NONE
    pause: PauseReason | None = None  # for Clock.PAUSE / RESUME and StatusEffect.WAITING / ANSWER
    # Deadlines (names of core.deadlines.Deadlines) this kind answers when the agency sends it.
    answers: tuple[str, ...] = ()
    status: StatusEffect = StatusEffect.NONE
    statistics: Statistics = Statistics.NONE
    stage: Stage = Stage.REQUEST
    # True when it cannot happen before the request was sent (core.event_order refuses it).
    after_sending: bool = False
    # What a side decision decides ("fee waiver decision: denied"); "" for other kinds.
    decides: str = ""
    # Edit > Undo: "Log <noun>"; default the label in lower case.
    noun: str = ""
    # The name under which letters find the latest such event ({{ determination.date }}); several kinds
    # may share one (the latest of them is used).
    letter_name: str | None = None
    # The [statuses.NAME] meanings of resources/import_vocabulary.toml whose steps include this kind: the
    # status words of a spreadsheet that stand for it (the spellings stay in that data file).
    import_statuses: tuple[str, ...] = ()
    # Reading an agency letter (foiatrack.intake): which proposal is the letter's main event (lower first)
    # and the fields a person checks in the proposal; None: letters are not read for this kind.
    intake_rank: int | None = None
    intake_fields: tuple[str, ...] = ()

    @property
    def title_noun(self) -> str:
        return self.noun or self.label.lower()


_ALL_OUTCOMES = tuple(Outcome)
_RELEASE_FIELDS = ("exemptions", "pages_released", "pages_withheld")
_FINAL_STATUSES = ("granted", "partial", "denied", "no_records", "withdrawn", "other", "appealed",
                   "appeal_affirmed", "appeal_partly_reversed", "appeal_reversed", "appeal_closed")
_APPEAL_STATUSES = ("appealed", "appeal_affirmed", "appeal_partly_reversed", "appeal_reversed", "appeal_closed")
_OUTCOME_NEEDED = ("a final determination needs its outcome ("
                   + ", ".join(o.label.lower() for o in Outcome) + ")")

KINDS: dict[EventKind, KindSpec] = {
    EventKind.SUBMITTED: KindSpec(
        "Request sent", Direction.OUTGOING, clock=Clock.START_SENT, status=StatusEffect.SENT,
        statistics=Statistics.CLOCK_START, noun="request sent"),
    EventKind.RECEIVED: KindSpec(
        "Received by agency", clock=Clock.START_RECEIVED, status=StatusEffect.SENT,
        statistics=Statistics.CLOCK_START, after_sending=True, noun="receipt by the agency"),
    EventKind.ACKNOWLEDGED: KindSpec(
        "Acknowledged", fields=("tracking_number", "received", "expected_by"), clock=Clock.ACKNOWLEDGEMENT,
        answers=("acknowledgement_due",), status=StatusEffect.ACKNOWLEDGED,
        statistics=Statistics.FIRST_RESPONSE, after_sending=True, noun="acknowledgement",
        import_statuses=("acknowledged",), intake_rank=9,
        intake_fields=("date", "received", "expected_by", "tracking_number")),
    EventKind.TRACKING_NUMBER: KindSpec(
        "Tracking number assigned", fields=("tracking_number",),
        required={"tracking_number": "a tracking-number event needs the number the agency gave"},
        answers=("acknowledgement_due",), status=StatusEffect.ACKNOWLEDGED, statistics=Statistics.FIRST_RESPONSE,
        after_sending=True, intake_rank=10, intake_fields=("date", "tracking_number")),
    EventKind.CLARIFICATION_REQUESTED: KindSpec(
        "Clarification requested", clock=Clock.PAUSE, pause=PauseReason.CLARIFICATION,
        status=StatusEffect.WAITING, statistics=Statistics.PAUSE, after_sending=True,
        letter_name="clarification_request", import_statuses=("clarification",), intake_rank=7,
        intake_fields=("date",)),
    EventKind.CLARIFICATION_ANSWERED: KindSpec(
        "Clarification answered", Direction.OUTGOING, clock=Clock.RESUME, pause=PauseReason.CLARIFICATION,
        status=StatusEffect.ANSWER, statistics=Statistics.PAUSE),
    EventKind.FEE_ESTIMATE: KindSpec(
        "Fee estimate", fields=("amount",), required={"amount": "a fee estimate needs the amount"},
        clock=Clock.PAUSE, pause=PauseReason.FEES, status=StatusEffect.WAITING, statistics=Statistics.PAUSE,
        after_sending=True, letter_name="fee_decision", intake_rank=4,
        intake_fields=("date", "amount", "tracking_number")),
    EventKind.FEE_PAID: KindSpec(
        "Fee paid", Direction.OUTGOING, fields=("amount",), clock=Clock.RESUME, pause=PauseReason.FEES,
        status=StatusEffect.ANSWER, statistics=Statistics.PAUSE),
    # The requester answered a fee letter (agreed to pay, narrowed or contested): ends the fee pause like a
    # payment does (5 U.S.C. § 552(a)(6)(A)(ii)(II)).
    EventKind.FEE_ANSWERED: KindSpec(
        "Fee letter answered", Direction.OUTGOING, clock=Clock.RESUME, pause=PauseReason.FEES,
        status=StatusEffect.ANSWER, statistics=Statistics.PAUSE),
    EventKind.FEE_WAIVER_DECISION: KindSpec(
        "Fee waiver decision", fields=("outcome",), outcomes=_ALL_OUTCOMES, clock=Clock.SIDE_DECISION,
        status=StatusEffect.PROGRESS, after_sending=True, decides="fee waiver", letter_name="fee_decision",
        intake_rank=5, intake_fields=("date", "outcome")),
    EventKind.EXPEDITE_DECISION: KindSpec(
        "Expedited processing decision", fields=("outcome",), outcomes=_ALL_OUTCOMES, clock=Clock.SIDE_DECISION,
        answers=("expedite_decision_due",), status=StatusEffect.PROGRESS, after_sending=True,
        decides="expedited processing", letter_name="expedite_decision", intake_rank=6,
        intake_fields=("date", "outcome")),
    EventKind.EXTENSION: KindSpec(
        # The new date a written extension names is kept (expected_by): New York's deadline moves to a date
        # certain given in writing (Pub. Off. Law § 89(3)(a)), and elsewhere it is the agency's word to hold it to.
        "Extension claimed", fields=("extension_days", "expected_by"), clock=Clock.EXTENSION,
        status=StatusEffect.PROGRESS, after_sending=True, noun="extension", intake_rank=8,
        intake_fields=("date", "extension_days", "expected_by", "tracking_number")),
    EventKind.INTERIM_RELEASE: KindSpec(
        "Interim release", fields=_RELEASE_FIELDS, answers=("acknowledgement_due",), status=StatusEffect.INTERIM,
        statistics=Statistics.FIRST_RESPONSE, after_sending=True, import_statuses=("interim",), intake_rank=2,
        intake_fields=("date", "pages_released", "pages_withheld", "exemptions")),
    EventKind.FINAL_DETERMINATION: KindSpec(
        "Final determination", fields=("outcome", *_RELEASE_FIELDS), required={"outcome": _OUTCOME_NEEDED},
        outcomes=_ALL_OUTCOMES, clock=Clock.DETERMINATION,
        answers=("acknowledgement_due", "response_due", "extended_due"), status=StatusEffect.DETERMINATION,
        statistics=Statistics.FIRST_RESPONSE, after_sending=True, letter_name="determination",
        import_statuses=_FINAL_STATUSES, intake_rank=1,
        intake_fields=("date", "outcome", "pages_released", "pages_withheld", "exemptions", "tracking_number")),
    EventKind.APPEAL_FILED: KindSpec(
        "Appeal filed", Direction.OUTGOING, clock=Clock.APPEAL, status=StatusEffect.APPEAL, stage=Stage.APPEAL,
        after_sending=True, letter_name="appeal", import_statuses=_APPEAL_STATUSES),
    # The agency confirms it received the appeal: the decision clock counts from that receipt.
    EventKind.APPEAL_ACKNOWLEDGED: KindSpec(
        "Appeal acknowledged", fields=("received", "appeal_number"),
        required={"received": "an appeal acknowledgement needs the day the agency received the appeal "
                              "(YYYY-MM-DD)"},
        clock=Clock.APPEAL_RECEIPT, stage=Stage.APPEAL, after_sending=True, intake_rank=3,
        intake_fields=("date", "received", "appeal_number")),
    EventKind.APPEAL_DECISION: KindSpec(
        "Appeal decision", fields=("outcome", *_RELEASE_FIELDS, "appeal_number"), outcomes=_ALL_OUTCOMES,
        clock=Clock.APPEAL_DECISION, status=StatusEffect.APPEAL_DECISION, stage=Stage.APPEAL, after_sending=True,
        letter_name="appeal_decision", import_statuses=_APPEAL_STATUSES[1:], intake_rank=0,
        intake_fields=("date", "outcome", "appeal_number", "exemptions")),
    EventKind.LAWSUIT_FILED: KindSpec(
        "Lawsuit filed", Direction.OUTGOING, clock=Clock.LAWSUIT, status=StatusEffect.LAWSUIT, stage=Stage.COURT,
        import_statuses=("litigation",)),
    EventKind.NOTE: KindSpec("Note", Direction.INTERNAL),
    EventKind.LETTER: KindSpec("Letter", Direction.OUTGOING),
}


def kinds_where(**wanted: object) -> tuple[EventKind, ...]:
    """The kinds whose spec has every given attribute value, in table order:
    ``kinds_where(statistics=Statistics.PAUSE)``."""
    return tuple(kind for kind, spec in KINDS.items()
                 if all(getattr(spec, name) == value for name, value in wanted.items()))


def kinds_with_field(name: str) -> frozenset[EventKind]:
    """The kinds that carry the structured field *name*."""
    return frozenset(kind for kind, spec in KINDS.items() if name in spec.fields)


def letter_names() -> dict[str, tuple[EventKind, ...]]:
    """Letter-context name -> the kinds it stands for."""
    names: dict[str, tuple[EventKind, ...]] = {}
    for kind, spec in KINDS.items():
        if spec.letter_name:
            names[spec.letter_name] = (*names.get(spec.letter_name, ()), kind)
    return names


def deadline_answers() -> dict[str, tuple[EventKind, ...]]:
    """Deadline name -> the kinds of agency reply that meet it."""
    answers: dict[str, tuple[EventKind, ...]] = {}
    for kind, spec in KINDS.items():
        for name in spec.answers:
            answers[name] = (*answers.get(name, ()), kind)
    return answers


def describe_kinds() -> str:
    """The kinds with their fields, for the command line's help ("appeal_acknowledged (--received required,
    --appeal-number)")."""
    lines = []
    for kind, spec in KINDS.items():
        options = [EVENT_FIELDS[f].option + (" required" if f in spec.required else "") for f in spec.fields]
        lines.append(kind.value + (f" ({', '.join(options)})" if options else ""))
    return "; ".join(lines)


def _check_table() -> None:
    """The table is whole: every kind has an entry, every named field exists. Checked once at import, so a
    kind added to the enum alone fails at once, everywhere."""
    missing = [kind.value for kind in EventKind if kind not in KINDS]
    if missing:
        raise RuntimeError(f"event kinds without an entry in KINDS: {', '.join(missing)}")
    for kind, spec in KINDS.items():
        named = {*spec.fields, *spec.required, *(f for f in spec.intake_fields if f != "date")}
        unknown = named - EVENT_FIELDS.keys()
        if unknown:
            raise RuntimeError(f"{kind.value}: unknown fields {', '.join(sorted(unknown))}")
        if not set(spec.required) <= set(spec.fields):
            raise RuntimeError(f"{kind.value}: a required field must be one of its fields")
        if (spec.clock in (Clock.PAUSE, Clock.RESUME)) != (spec.pause is not None):
            raise RuntimeError(f"{kind.value}: a pause or resume names its pause, and nothing else does")


_check_table()

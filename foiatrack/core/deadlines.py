"""The deadline engine: every statutory date of a request, derived from its event log, with explanations.

Pure and fast by design: the dates are recomputed from the events whenever they or the rules change (tens
of thousands of requests at once), so nothing here touches files, databases or the ``holidays`` package
directly; the :class:`~foiatrack.core.calendars.WorkCalendar` carries the precomputed working days.

Conventions, as the laws count: the day of receipt is not counted; day 1 is the next working day (working-
day rules) or the next calendar day (calendar-day rules); a calendar-day deadline on a weekend or holiday
moves to the next working day only where the rule says so. Deadlines the *requester* must meet never move.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from foiatrack.core.calendars import WorkCalendar
from foiatrack.core.counting import ONE_DAY, Count, Pause, count, day
from foiatrack.core.models import Event
from foiatrack.core.rules import JurisdictionRule, Note, Period, Unit, apply_overrides
from foiatrack.core.timeline import Timeline, read_timeline
from foiatrack.core.vocabulary import Direction, EventKind

__all__ = [
    "Deadlines",
    "DerivedDate",
    "Lateness",
    "Pause",
    "assess_lateness",
    "compute_deadlines",
    "deadline_for_receipt",
]

_UNVERIFIED = " This rule is not yet verified against a second source: check it before relying on it."
_NOT_STATUTORY = " This is a reminder, not a statutory deadline."


@dataclass(frozen=True, slots=True)
class DerivedDate:
    """One computed date with everything a reader needs to check it."""

    name: str  # 'response_due', 'extended_due', 'acknowledgement_due', 'follow_up', 'appeal_due', ...
    label: str  # 'Response due'
    date: dt.date
    explanation: str  # full sentence(s): rule, citation, start, non-working days skipped, result
    citation: str
    verified: bool = True
    statutory: bool = True  # False for follow-up dates of laws without a fixed deadline
    span: str = ""  # the length counted, in the law's words: "90 working days" (letters cite it)


@dataclass(frozen=True, slots=True)
class Deadlines:
    """All dates of one request. ``agency_due`` is what the agency owes now (``None`` once decided)."""

    jurisdiction: str
    clock_start: dt.date | None
    clock_start_explanation: str
    response_due: DerivedDate | None
    extended_due: DerivedDate | None
    acknowledgement_due: DerivedDate | None
    follow_up: DerivedDate | None
    expedite_decision_due: DerivedDate | None
    appeal_due: DerivedDate | None
    appeal_decision_due: DerivedDate | None
    may_sue_from: DerivedDate | None
    agency_due: DerivedDate | None
    tolled_days: int  # completed pauses, in the unit of the response rule
    warnings: tuple[str, ...]
    # Added for lateness: the stretches during which the response clock stood still.
    pauses: tuple[Pause, ...] = ()
    # The jurisdiction's rules shown to users but not computed (the Texas ruling period, ...).
    notes: tuple[Note, ...] = ()
    # The day silence became a denial (deemed-denial laws), when the appeal window counts from it.
    deemed_denial: dt.date | None = None
    # The appeal window of each adverse decision, by event id (a fee-waiver denial has its own).
    appeal_windows: tuple[tuple[int, DerivedDate], ...] = ()

    def appeal_window_for(self, event_id: int) -> DerivedDate | None:
        return next((d for i, d in self.appeal_windows if i == event_id), None)

    def all_dates(self) -> list[DerivedDate]:
        """The dates that exist, in a fixed order (agency_due is one of them, so it is not repeated)."""
        found = (
            self.acknowledgement_due, self.response_due, self.extended_due, self.follow_up,
            self.expedite_decision_due, self.appeal_due, self.appeal_decision_due, self.may_sue_from,
        )
        return [d for d in found if d is not None]

    def untold_notes(self) -> list[Note]:
        """The notes to list on their own: an agency's rule ("Appeal due (DHS): …") is listed before its
        date exists; once the date is shown, its explanation already says it."""
        told = " ".join(date.explanation for date in self.all_dates())
        return [n for n in self.notes if n.text.split(": ", 1)[-1] not in told]

    def explain(self) -> str:
        """Everything in one text: the clock start, then one line per date."""
        lines = [self.clock_start_explanation]
        lines += [f"{d.label}: {d.explanation}" for d in self.all_dates()]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Lateness:
    overdue: bool
    very_overdue: bool
    days_overdue: int  # calendar days past agency_due (0 if not overdue)
    working_days_overdue: int
    working_days_elapsed: int  # business days since clock start (excluding tolled days)


def _derived(name: str, period: Period, result: Count, *, statutory: bool = True, extra: str = "",
             verified: bool = True) -> DerivedDate | None:
    if result.due is None:
        return None
    ok = period.verified and verified
    if statutory:
        text = result.text + "." + (f" {period.note}" if period.note else "") + extra
    else:
        text = (f"{period.note} " if period.note else "") + result.text + "." + extra + _NOT_STATUTORY
    if not ok:
        text += _UNVERIFIED
    return DerivedDate(name, period.label, result.due, text, period.citation, ok, statutory, result.span)


def compute_deadlines(
    rule: JurisdictionRule,
    events: Sequence[Event],
    calendar: WorkCalendar,
    overrides: Mapping[str, object] | None = None,
    *,
    expedite_requested: bool = False,
) -> Deadlines:
    """Every deadline of a request under *rule* (with the agency's *overrides*), from its *events*.

    Args:
        rule: the jurisdiction's rules (:meth:`JurisdictionCatalog.get`).
        events: the request's events, in any order.
        calendar: the jurisdiction's working days (:func:`~foiatrack.core.calendars.calendar_for`).
        overrides: the agency's ``rule_overrides`` (keys documented in jurisdictions.toml).
        expedite_requested: whether the request asked for expedited processing (a request field, which
            the events do not carry).
    """
    base_rule, rule = rule, apply_overrides(rule, overrides)
    notes = rule.notes + _override_notes(base_rule, rule)
    log = read_timeline(events, rule)
    warnings = list(log.warnings)
    start = log.clock_start
    if start is None:
        return _empty(rule, "No sent or received date is logged: the clock has not started.", warnings)

    if log.received is not None:
        start_text = (f"The clock starts on {day(start)}, the day the agency received the request "
                      f"(not counted).")
    else:
        start_text = (f"No receipt date is logged, so the clock starts on {day(start)}, the day the request "
                      f"was sent; log the agency's receipt date for an exact deadline.")
        warnings.append(f"No receipt date is logged: the sent date {day(start)} is used as the clock start.")

    ack = _acknowledgement(rule, start, calendar)
    response, extended, follow_up, tolled = None, None, None, 0
    pauses: tuple[Pause, ...] = ()
    late_extension = False
    if rule.response is not None:
        result = _response(rule, log, start, ack, calendar)
        warnings += result.ignored
        pauses, tolled = result.pauses, result.paused_days
        if result.due is None and result.open_since is not None:
            start_text += (f" The response clock has been paused since {day(result.open_since)} "
                           f"({result.pauses[-1].reason}); it resumes when you answer.")
        response = _derived("response_due", rule.response, result)
        if rule.after_acknowledgement is not None:
            extended = _after_acknowledgement(rule, log, result, calendar, warnings)
        else:
            extended, late_extension = _extension(rule, log, result, calendar, warnings)
    elif rule.follow_up is not None and not log.decided:
        since, what = log.last_requester_action(start)
        period = rule.follow_up
        lead = f"foiatrack suggests following up {period.days} {rule.unit_words(period.unit)}"
        result = count(rule, period, since, calendar, from_what=what, lead=lead, verb="follow up on")
        follow_up = _derived("follow_up", period, result, statutory=False)

    expedite = None
    if expedite_requested and rule.expedite_decision is not None:
        expedite = _derived("expedite_decision_due", rule.expedite_decision,
                            count(rule, rule.expedite_decision, start, calendar))

    owed = response if late_extension else (extended or response)
    appeal, denied_on = _appeal_window(rule, log, calendar, warnings, extended or response)
    windows = _each_appeal_window(rule, log, calendar)
    appeal_decision = _appeal_decision(rule, log, calendar, warnings)
    may_sue = _may_sue(rule, log, owed, appeal_decision)

    if log.withdrawn or log.lawsuit is not None:
        agency_due = None
    elif log.appeal_pending:
        agency_due = appeal_decision
    elif log.decided:
        agency_due = None
    else:
        agency_due = extended or response

    found = [d for d in (ack, response, extended, follow_up, expedite, appeal, appeal_decision, may_sue) if d]
    warnings += [f"{d.label} rests on a rule not yet verified against a second source ({d.citation})."
                 for d in found if not d.verified]
    return Deadlines(
        jurisdiction=rule.code,
        clock_start=start,
        clock_start_explanation=start_text,
        response_due=response,
        extended_due=extended,
        acknowledgement_due=ack,
        follow_up=follow_up,
        expedite_decision_due=expedite,
        appeal_due=appeal,
        appeal_decision_due=appeal_decision,
        may_sue_from=may_sue,
        agency_due=agency_due,
        tolled_days=tolled,
        warnings=tuple(warnings),
        pauses=pauses,
        notes=notes,
        deemed_denial=denied_on,
        appeal_windows=windows,
    )


def deadline_for_receipt(
    rule: JurisdictionRule,
    received: dt.date,
    calendar: WorkCalendar,
    overrides: Mapping[str, object] | None = None,
) -> Deadlines:
    """The statutory dates of a request the agency received on *received* (``foiatrack deadline``).

    Nothing has happened yet, so ``extended_due`` shows the latest date the law allows if the agency
    takes the whole extension (labelled as such); ``agency_due`` stays the response deadline.
    """
    event = Event(id=0, request_id=0, date=received, kind=EventKind.RECEIVED, direction=Direction.INCOMING)
    result = compute_deadlines(rule, (event,), calendar, overrides)
    rule = apply_overrides(rule, overrides)
    if rule.after_acknowledgement is not None and result.response_due is not None:
        return _preview_after_acknowledgement(rule, result, calendar)
    period = rule.extension
    response = result.response_due
    if period is None or period.days is None or response is None or rule.response is None:
        return result
    base = response.date
    if period.unit is Unit.CALENDAR:  # counted from the last day of the period before any roll-forward
        base = count(rule, rule.response, received, calendar).nominal or base
    counted = count(rule, period, base, calendar, from_what=" (the response deadline)")
    extended = _derived("extended_due", period, counted)
    if extended is None:
        return result
    extended = replace(
        extended,
        label=f"{period.label} (if extended)",
        explanation=f"If the agency takes the whole extension the law allows: {extended.explanation}",
    )
    return replace(result, extended_due=extended)


def _override_notes(base: JurisdictionRule, rule: JurisdictionRule) -> tuple[Note, ...]:
    """The notes of the agency's own rules (DHS: the postmark and electronic-transmission rule for appeals),
    shown with the jurisdiction's notes even before the date they explain exists."""
    if base is rule:
        return ()
    found = []
    for period in rule.periods():
        if period.note and getattr(base, period.name) != period:
            found.append(Note(f"{period.label}: {period.note}", period.citation, period.verified))
    return tuple(found)


def _empty(rule: JurisdictionRule, text: str, warnings: list[str]) -> Deadlines:
    return Deadlines(rule.code, None, text, None, None, None, None, None, None, None, None, None, 0,
                     tuple(warnings))


def _acknowledgement(rule: JurisdictionRule, start: dt.date, cal: WorkCalendar) -> DerivedDate | None:
    period = rule.acknowledgement
    if period is None:
        return None
    return _derived("acknowledgement_due", period, count(rule, period, start, cal))


def _response(rule: JurisdictionRule, log: Timeline, start: dt.date, ack: DerivedDate | None,
              cal: WorkCalendar) -> Count:
    period = rule.response
    assert period is not None
    origin, what = start, ""
    if period.counted_from == "acknowledgement":
        if log.acknowledged is not None:
            origin, what = log.acknowledged, " (the acknowledgement)"
        elif ack is not None:
            origin, what = ack.date, " (the acknowledgement due date; no acknowledgement is logged)"
    citation = rule.tolling.citation if rule.tolling else ""
    return count(rule, period, origin, cal, from_what=what, pauses=log.pauses, pause_citation=citation)


def _extension(rule: JurisdictionRule, log: Timeline, response: Count, cal: WorkCalendar,
               warnings: list[str]) -> tuple[DerivedDate | None, bool]:
    """The extended date, and whether the extension came after the response deadline had passed.

    A late extension cannot undo a missed deadline: the requester may already sue (5 U.S.C.
    § 552(a)(6)(C)(i)), so the caller keeps the may-sue date where the response deadline put it.
    """
    claims = log.response_extensions
    if not claims:
        return None, False
    first = claims[0]
    period = rule.extension
    claimed = [e.extension_days for e in claims]
    if period is None:
        days_text = f" of {sum(d for d in claimed if d)} days" if any(claimed) else ""
        warnings.append(f"The extension{days_text} claimed on {day(first.date)} is not provided by "
                        f"{rule.name}'s law, so it does not move the deadline.")
        return None, False
    if response.due is None or response.nominal is None:
        return None, False
    if None in claimed and period.days is None:
        warnings.append(f"The extension claimed on {day(first.date)} gives no number of days and the law "
                        f"sets no maximum: record the days (the date the agency promised) to compute it.")
        return None, False
    total = sum(d if d is not None else (period.days or 0) for d in claimed)
    late = first.date > response.due
    if late and period.notice_within_period:
        warnings.append(f"The extension claimed on {day(first.date)} came after the response deadline of "
                        f"{day(response.due)}; under {period.citation} it had to be noticed within the "
                        f"response period, so it does not extend the deadline.")
        return None, False
    extra = ""
    if late:
        message = (f"The extension was claimed on {day(first.date)}, after the response deadline of "
                   f"{day(response.due)} had passed: a late extension does not undo the missed deadline, "
                   f"so it does not move the date from which you may sue.")
        warnings.append(message)
        extra += " " + message
    if period.counted_from == "receipt":
        return _extension_from_receipt(rule, log, period, None in claimed, total, first, cal, warnings,
                                       extra), late
    counted = total
    if period.days is not None and total > period.days:
        counted = period.days
        agency_date = _plain_count(rule, period, response, total, cal)
        message = (f"The agency claimed {total} {rule.unit_words(period.unit)}, more than the "
                   f"{period.days} that {period.citation} allows; foiatrack counts {period.days} (the "
                   f"agency's own date would be {day(agency_date)}).")
        warnings.append(message)
        extra = " " + message + extra
    base = response.nominal if period.unit is Unit.CALENDAR else response.due
    what = f" (the response deadline; extension claimed on {day(first.date)})"
    result = count(rule, period, base, cal, days=counted, from_what=what)
    return _derived("extended_due", period, result, extra=extra), late


def _extension_from_receipt(rule: JurisdictionRule, log: Timeline, period: Period, unstated: bool, claimed: int,
                            first: Event, cal: WorkCalendar, warnings: list[str], extra: str) -> DerivedDate | None:
    """An extension whose limit is counted from receipt (Massachusetts: at most 15 business days after
    receipt, G.L. c. 66 § 10(b)(vi)); the days claimed are added to the response period."""
    start = log.clock_start
    assert start is not None and rule.response is not None and rule.response.days is not None
    assert period.days is not None
    wanted = period.days if unstated else rule.response.days + claimed
    counted = min(wanted, period.days)
    if wanted > period.days:
        message = (f"The agency claimed {claimed} more {rule.unit_words(period.unit)}, beyond the "
                   f"{period.days} after receipt that {period.citation} allows; foiatrack counts "
                   f"{period.days}.")
        warnings.append(message)
        extra = " " + message + extra
    what = f" (receipt; extension claimed on {day(first.date)})"
    result = count(rule, period, start, cal, days=counted, from_what=what)
    return _derived("extended_due", period, result, extra=extra)


def _after_acknowledgement(rule: JurisdictionRule, log: Timeline, response: Count, cal: WorkCalendar,
                           warnings: list[str]) -> DerivedDate | None:
    """New York: after a timely acknowledgement the agency owes a grant or denial by the approximate date
    it stated, else within 20 business days of the acknowledgement (Pub. Off. Law § 89(3)(a)); a later
    written extension with a date certain moves it again."""
    period = rule.after_acknowledgement
    ack = log.acknowledgement
    if period is None or ack is None or response.due is None:
        return None
    if ack.date > response.due:
        warnings.append(f"The acknowledgement of {day(ack.date)} came after the response limit ended on "
                        f"{day(response.due)}: the request was already "
                        f"denied by silence (the appeal window counts from {day(response.due + ONE_DAY)}).")
        return None
    default = count(rule, period, ack.date, cal, from_what=" (the acknowledgement)")
    promised = ack.expected_by
    source = f"the acknowledgement of {day(ack.date)}"
    for claim in log.response_extensions:
        if claim.expected_by is not None and claim.date >= ack.date:
            promised, source = claim.expected_by, f"the written extension of {day(claim.date)}"
    if promised is None:
        return _derived("extended_due", period, default)
    text = (f"The approximate date {source} gave: {day(promised)} ({period.citation}). Without it the "
            f"agency would owe an answer within {period.days} {rule.unit_words(period.unit)} of the "
            f"acknowledgement: {day(default.due) if default.due else '-'}.")
    if default.due is not None and promised > default.due:
        message = (f"The agency's date {day(promised)} is more than {period.days} "
                   f"{rule.unit_words(period.unit)} after its acknowledgement; under {period.citation} it must "
                   f"state in writing why, with a date certain within a reasonable period.")
        warnings.append(message)
        text += " " + message
    if period.note:
        text += " " + period.note
    verified = period.verified
    if not verified:
        text += _UNVERIFIED
    return DerivedDate("extended_due", period.label, promised, text, period.citation, verified)


def _preview_after_acknowledgement(rule: JurisdictionRule, result: Deadlines, calendar: WorkCalendar
                                   ) -> Deadlines:
    """``foiatrack deadline`` for New York: the next date if the agency acknowledges on the last day."""
    period = rule.after_acknowledgement
    response = result.response_due
    assert period is not None and response is not None
    counted = count(rule, period, response.date, calendar,
                    from_what=" (an acknowledgement on the last day of the response period)")
    extended = _derived("extended_due", period, counted)
    if extended is None:
        return result
    extended = replace(
        extended, label=f"{period.label} (if acknowledged)",
        explanation=(f"If the agency acknowledges the request on the last day and gives no date of its own: "
                     f"{extended.explanation}"),
    )
    return replace(result, extended_due=extended)


def _plain_count(rule: JurisdictionRule, period: Period, response: Count, days: int, cal: WorkCalendar
                 ) -> dt.date:
    base = response.nominal if period.unit is Unit.CALENDAR else response.due
    assert base is not None
    due = count(rule, period, base, cal, days=days).due
    assert due is not None
    return due


def _appeal_window(rule: JurisdictionRule, log: Timeline, cal: WorkCalendar, warnings: list[str],
                   owed: DerivedDate | None) -> tuple[DerivedDate | None, dt.date | None]:
    """The requester's appeal deadline, and the day of a deemed denial when the window counts from one."""
    period = rule.appeal_window
    if period is None:
        return None, None
    if not log.adverse:
        window = _deemed_denial_window(rule, period, log, cal, owed)
        return window, (_denied_on(rule, log, owed) if window is not None and owed is not None else None)
    chosen, *others = log.adverse
    result = count(rule, period, chosen.date, cal, from_what=f" ({log.describe(chosen)})")
    derived = _derived("appeal_due", period, result)
    for event in others:
        own = count(rule, period, event.date, cal).due
        if derived is not None and own is not None and own < derived.date and not log.appealed_since(event):
            warnings.append(f"The {log.describe(event)} of {day(event.date)} can be appealed on its own: "
                            f"by {day(own)} under {period.citation}.")
    return derived, None


def _each_appeal_window(rule: JurisdictionRule, log: Timeline, cal: WorkCalendar
                        ) -> tuple[tuple[int, DerivedDate], ...]:
    period = rule.appeal_window
    if period is None:
        return ()
    found = []
    for event in log.adverse:
        derived = _derived("appeal_due", period, count(rule, period, event.date, cal,
                                                       from_what=f" ({log.describe(event)})"))
        if derived is not None:
            found.append((event.id, derived))
    return tuple(found)


def _denied_on(rule: JurisdictionRule, log: Timeline, owed: DerivedDate) -> dt.date | None:
    """The day silence becomes a denial: the day after the agency's last day, where the law says so."""
    if rule.deemed_denial is None or log.decided or log.withdrawn or log.appeals or log.lawsuit is not None:
        return None
    return owed.date + ONE_DAY


def _deemed_denial_window(rule: JurisdictionRule, period: Period, log: Timeline, cal: WorkCalendar,
                          owed: DerivedDate | None) -> DerivedDate | None:
    """Where a missed deadline is a denial, the appeal window opens the day after it (PA, IL, NJ, NY)."""
    if owed is None:
        return None
    denied = _denied_on(rule, log, owed)
    deemed = rule.deemed_denial
    if denied is None or deemed is None:
        return None
    what = (f" (the deemed denial: with no answer by {day(owed.date)} ({owed.label.lower()}), the request "
            f"was denied on {day(denied)} under {deemed.citation})")
    result = count(rule, period, denied, cal, from_what=what)
    extra = f" {deemed.text}" if deemed.text else ""
    derived = _derived("appeal_due", period, result, extra=extra, verified=deemed.verified)
    if derived is None:
        return None
    return replace(derived, label=f"{period.label} (deemed denial)")


def _appeal_decision(rule: JurisdictionRule, log: Timeline, cal: WorkCalendar, warnings: list[str]
                     ) -> DerivedDate | None:
    period = rule.appeal_decision
    appeal = log.last_appeal
    if period is None or appeal is None:
        return None
    origin, what = appeal.date, " (the appeal)"
    if period.counted_from == "appeal":
        receipt = log.appeal_receipt(appeal)
        if receipt is not None and receipt.received is not None:
            origin = receipt.received
            number = f", appeal no. {receipt.appeal_number}" if receipt.appeal_number else ""
            what = f" (the agency's receipt of the appeal, confirmed on {day(receipt.date)}{number})"
        elif log.appeal_pending:
            warnings.append(f"The appeal decision date is counted from the day the appeal was filed, "
                            f"{day(appeal.date)}: the law counts from the day the agency receives it, so a "
                            f"mailed appeal is due later. Log an \"Appeal acknowledged\" event with the receipt date "
                            f"when the agency confirms it.")
            what = " (the day the appeal was filed; the agency's receipt is not yet logged)"
    if period.counted_from == "determination" and log.determination_before(appeal) is not None:
        decided = log.determination_before(appeal)
        assert decided is not None
        origin, what = decided.date, " (the determination under review)"
    days = period.days
    extra = ""
    claims = log.appeal_extensions
    if claims:
        ext = rule.extension
        if period.extendable and ext is not None and ext.unit is period.unit and period.days is not None:
            total = sum(e.extension_days if e.extension_days is not None else (ext.days or 0) for e in claims)
            allowed = min(total, ext.days) if ext.days is not None else total
            days = period.days + allowed
            extra = (f" The agency claimed an extension on {day(claims[0].date)}; {allowed} "
                     f"{rule.unit_words(ext.unit)} are added under {ext.citation}.")
            if allowed < total:
                warnings.append(f"The appeal extension of {total} {rule.unit_words(ext.unit)} is more than "
                                f"the {ext.days} that {ext.citation} allows; foiatrack counts {ext.days}.")
        else:
            warnings.append(f"The extension claimed on {day(claims[0].date)} during the appeal is not "
                            f"provided for appeals by {rule.name}'s law, so it does not move the decision "
                            f"date.")
    result = count(rule, period, origin, cal, days=days, from_what=what)
    return _derived("appeal_decision_due", period, result, extra=extra)


def _may_sue(rule: JurisdictionRule, log: Timeline, request_due: DerivedDate | None,
             appeal_decision: DerivedDate | None) -> DerivedDate | None:
    citation = rule.constructive_exhaustion
    if not citation or log.withdrawn:
        return None
    if not log.decided and request_due is not None:
        missed, what = request_due, "a determination"
    elif log.appeal_pending and log.decided and appeal_decision is not None:
        missed, what = appeal_decision, "an appeal decision"
    else:
        return None
    sue = missed.date + ONE_DAY
    text = (f"Under {citation} a requester is deemed to have exhausted administrative remedies when the "
            f"agency misses its time limit: without {what} by {day(missed.date)} "
            f"({missed.label.lower()}), you may sue from {day(sue)}.")
    return DerivedDate("may_sue_from", "May sue from", sue, text, citation, missed.verified)


def assess_lateness(deadlines: Deadlines, as_of: dt.date, calendar: WorkCalendar,
                    very_overdue_after: int = 20) -> Lateness:
    """How late the agency is on *as_of*.

    Overdue means *as_of* is after ``agency_due``; very overdue means more than *very_overdue_after*
    working days after it (the agency has had that many extra working days and still not answered).
    """
    elapsed = 0
    start = deadlines.clock_start
    if start is not None and as_of > start:
        elapsed = calendar.working_days_between(start, as_of)
        for pause in deadlines.pauses:
            end = min(pause.end or as_of, as_of)
            if end > pause.start:
                elapsed -= calendar.working_days_between(pause.start, end)
    due = deadlines.agency_due
    if due is None or as_of <= due.date:
        return Lateness(False, False, 0, 0, max(elapsed, 0))
    working = calendar.working_days_between(due.date, as_of)
    return Lateness(True, working > very_overdue_after, (as_of - due.date).days, working, max(elapsed, 0))

"""Which letters a request calls for first, from where it stands.

The letter window lists every template meant for the request's jurisdiction; this puts first the ones its
state calls for, so the one selected on opening is the likely letter:

- a draft: the request letter;
- after an adverse determination (denied, partly granted, no records) or while an appeal runs: the appeal
  letters, the one arguing the determination's own ground first (a "no records" answer: inadequate search;
  a denial or partial grant: improper withholding);
- while the agency owes an answer and the deadline has passed: the follow-up, then the appeal of the
  silence (constructive denial);
- while the agency waits on the requester (clarification, fees): the clarification letter.

A template whose ``requires`` are not met by the request yet (an appeal of withholding without an
exemption logged, a follow-up before the deadline) goes after those that are; the agency's appeal address
does not count, since the letter window asks for it in place. The request letter goes last once the
request has been sent. Ties keep the library's order. Pure: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from foiatrack.core.vocabulary import Status
from foiatrack.letters.render import requirement_met
from foiatrack.letters.template import AppealGround, LetterKind, LetterTemplate

# Filled in by the user in the letter window when it is missing, so not a reason to offer a letter later.
_ASKED_IN_PLACE = frozenset({"agency.appeal_address"})

_ADVERSE = frozenset({Status.DENIED, Status.PARTIALLY_GRANTED, Status.NO_RECORDS, Status.APPEALED,
                      Status.APPEAL_DECIDED})
_AWAITS_REQUESTER = frozenset({Status.WAITING_CLARIFICATION, Status.WAITING_FEES})

_KINDS_AFTER_DETERMINATION = (LetterKind.APPEAL, LetterKind.FOLLOW_UP, LetterKind.CLARIFICATION)
_KINDS_AWAITING_REQUESTER = (LetterKind.CLARIFICATION, LetterKind.FOLLOW_UP, LetterKind.APPEAL)
_KINDS_AWAITING_AGENCY = (LetterKind.FOLLOW_UP, LetterKind.APPEAL, LetterKind.CLARIFICATION)

_GROUNDS_NO_RECORDS = (AppealGround.INADEQUATE_SEARCH, AppealGround.DENIAL, AppealGround.IMPROPER_WITHHOLDING)
_GROUNDS_WITHHELD = (AppealGround.IMPROPER_WITHHOLDING, AppealGround.DENIAL, AppealGround.INADEQUATE_SEARCH)
_GROUNDS_SILENCE = (AppealGround.FAILURE_TO_RESPOND, AppealGround.DENIAL)


def order_for_state(templates: Sequence[LetterTemplate], contexts: Sequence[Mapping[str, Any]]
                    ) -> list[LetterTemplate]:
    """*templates* with those the requests' states call for first (see the module docstring).

    *contexts* are the requests' letter contexts (:func:`foiatrack.letters.build_context`); for several
    requests a template's place is the sum of its places for each, so the letter most of them call for
    comes first.
    """
    if not contexts:
        return list(templates)

    def key(item: tuple[int, LetterTemplate]) -> tuple[int, ...]:
        index, template = item
        places = [_place(template, context) for context in contexts]
        return (*(sum(parts) for parts in zip(*places, strict=True)), index)

    return [template for _index, template in sorted(enumerate(templates), key=key)]


def _place(template: LetterTemplate, context: Mapping[str, Any]) -> tuple[int, int, int, int]:
    """(request letter of a sent request, requirements unmet, kind's rank, ground's rank): lower is sooner."""
    request = context.get("request") or {}
    try:
        status = Status(request.get("status", Status.DRAFT.value))
    except ValueError:
        status = Status.DRAFT
    sent_request_letter = int(template.kind is LetterKind.REQUEST and status is not Status.DRAFT)
    unmet = int(not all(requirement_met(context, path) for path in template.requires
                        if path not in _ASKED_IN_PLACE))
    return sent_request_letter, unmet, _kind_rank(template.kind, status), _ground_rank(template, status, context)


def _kind_rank(kind: LetterKind, status: Status) -> int:
    if status is Status.DRAFT:
        order: tuple[LetterKind, ...] = (LetterKind.REQUEST,)
    elif status in _ADVERSE:
        order = _KINDS_AFTER_DETERMINATION
    elif status in _AWAITS_REQUESTER:
        order = _KINDS_AWAITING_REQUESTER
    else:
        order = _KINDS_AWAITING_AGENCY
    return order.index(kind) if kind in order else len(order)


def _ground_rank(template: LetterTemplate, status: Status, context: Mapping[str, Any]) -> int:
    if template.kind is not LetterKind.APPEAL or template.ground is None:
        return 0
    determination = context.get("determination") or {}
    outcome = determination.get("outcome") if isinstance(determination, Mapping) else None
    if status is Status.NO_RECORDS or outcome == "no_records":
        order: tuple[AppealGround, ...] = _GROUNDS_NO_RECORDS
    elif status in _ADVERSE:
        order = _GROUNDS_WITHHELD
    else:
        order = _GROUNDS_SILENCE
    return order.index(template.ground) if template.ground in order else len(order)

"""A second, looser reading of a letter in which the precise rules recognised nothing.

Every letter an agency sends about a request reports something, so a letter of which the precise rules
(patterns.py) read nothing is a letter in a wording they do not know yet, not an empty one. Agencies say the same
few things in endless words ("took receipt of", "came into our office"; "cannot make them available", "must
decline to provide"; "the deadline is pushed back by ten days"), and the words that carry the meaning are few:
a receipt verb beside a date, a count of days beside a word of more time, an amount beside a word of cost, a
refusal beside a verb of giving out records. This reading looks for those ideas joined in one sentence, each an
explicit list below, and proposes what they say.

It runs only where the precise rules found nothing, and what it proposes is marked as read loosely (the proposal's
notes say so, naming the sentence), so the person confirming checks it against the letter. Conditions ("if",
"unless"), what the law allows, and what an earlier letter did are not read, as in the precise rules.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.patterns import (
    COURT_AWARD,
    DAY_OPENING,
    EARLIER_LETTER,
    ESTIMATE_RECALLED,
    EXTENSION_TAKEN_BEFORE,
    NO_REDACTION,
    NONE_BUT_THOSE,
    NOT_EXACT,
    NOTHING_BEING_WITHHELD,
    PAID_BY_DEPOSIT,
    RELEASED_TO_PUBLIC,
    REQUESTER_SAYS,
    SENDS_NO_RECORDS,
    SENT_BEFORE,
    SIDE_REQUEST,
    TIME_NOT_TAKEN,
)
from foiatrack.intake.text import COUNT, MONEY_PATTERN, count_value, dates_in, money

_IC = re.IGNORECASE

# --- the ideas, each a list of the words that carry it ----------------------------------------------------------
# What a request's records are called (Minnesota's "data", a police "footage", a clerk's "files").
_RECORDS = (r"(?:records?|documents?|pages?|files?|data|information|materials?|e-?mails?|reports?|footage|videos?|"
            r"recordings?|copies|images|photographs|logs|items|responsive)")
# Giving records out.
_GIVE = (r"(?:provid\w*|releas\w*|disclos\w*|produc\w*|furnish\w*|(?:mak\w*|made)\s+(?:\w+\s+){0,3}?available|shar\w*|"
         r"giv\w*|turn\w*\s+(?:\w+\s+)?over|open\w*\s+(?:\w+\s+)?to\s+(?:public\s+)?inspection|allow\w*\s+access|grant\w*\s+access)")
# A refusal just before the giving: "cannot make them available", "must decline to provide", "will not release".
_REFUSE_TO_GIVE = re.compile(
    r"\b(?:cannot|can\s*not|could\s+not|unable\s+to|will\s+not|won't|may\s+not|must\s+not|shall\s+not|"
    r"(?:is|are)\s+not\s+(?:able\s+to|permitted\s+to|allowed\s+to)|not\s+be|declin\w*\s+to|refus\w*\s+to)\s+"
    rf"(?:\w+\s+){{0,2}}?{_GIVE}", _IC)
# A withholding said of the records themselves: "are withheld", "is exempt from disclosure", "are confidential".
_WITHHELD = re.compile(
    r"\b(?:withh[oe]l\w*|exempt\s+from\s+(?:public\s+)?(?:disclosure|release|production|inspection|copying)|"
    r"(?:is|are)\s+(?:\w+\s+)?(?:confidential|privileged|not\s+(?:public|releasable|disclosable|subject\s+to\s+"
    r"(?:public\s+)?(?:disclosure|release|inspection)))|den(?:y|ies|ied|ying)\s+(?:\w+\s+){0,3}?(?:request|access)|"
    r"(?:request|access)\s+(?:\w+\s+){0,4}?(?:is|are|was|were|must\s+be|has\s+been)\s+(?:\w+\s+)?denied|"
    r"declin\w*\s+(?:\w+\s+){0,3}?(?:request|in\s+(?:its|their)\s+entirety))", _IC)
# Records sent with the letter: "attached", "enclosed", "here are", "find ... the records".
_SENT_WITH = re.compile(
    r"\b(?:attached|enclosed|included|accompan\w+|here\s+(?:are|is)|please\s+find|you\s+will\s+find|"
    r"(?:are|is)\s+(?:being\s+)?(?:provided|released|produced|sent|furnished|uploaded|posted)|"
    r"(?:we\s+are|we\s+have|we've)\s+(?:\w+\s+)?(?:providing|releasing|producing|sending|enclosing|attaching|"
    r"provided|released|produced|sent|enclosed|attached|uploaded|posted))\b", _IC)
# Nothing found: "has no records that match", "nothing to produce", "the search turned up nothing".
_NOTHING = re.compile(
    rf"\b(?:no|not\s+any|zero)\s+(?:\w+\s+){{0,2}}?{_RECORDS}\b(?!\s+(?:other|additional|further))|"
    r"\bnothing\s+(?:\w+\s+){0,2}?(?:to\s+(?:produce|provide|release|disclose|send)|responsive|was\s+found|"
    r"(?:that\s+)?(?:matches|responds|fits|answers|corresponds))|"
    r"\b(?:found|located|identified|turned\s+up|uncovered|yielded|returned|produced)\s+(?:no|nothing|none)\b|"
    r"\b(?:did\s+not|could\s+not|was\s+unable\s+to|were\s+unable\s+to)\s+(?:find|locate|identify|uncover|turn\s+up)\s+"
    rf"(?:any|a\s+single)\s+(?:\w+\s+){{0,2}}?{_RECORDS}\b|"
    rf"\b{_RECORDS}\s+(?:\w+\s+){{0,4}}?(?:do|does)\s+not\s+exist\b|\bno\s+such\s+{_RECORDS}", _IC)
_OTHER_NOTHING = re.compile(r"\bno(?:thing)?\s+(?:other|additional|further|more|new|else)\b|\bnothing\s+that\s+was\s+"
                            r"not\b|\bnot\s+already\b", _IC)
# A form, a schedule or a guide sent along for information is no record released.
_FOR_INFORMATION = re.compile(r"\bfor\s+your\s+(?:information|convenience|reference|records|use)\b|\b(?:form|"
                              r"schedule|brochure|instructions|guide|pamphlet|notice|invoice|bill|rights|described|explained|appeal\w*|"
                              # "the enclosed FBI FOIPA Addendum for standard responses applicable to all requests"
                              r"addend(?:um|a)|standard\s+responses|"
                              r"free\s+of\s+charge|at\s+no\s+(?:charge|cost))\b", _IC)
_REDACTED = re.compile(r"\bredact|\bwithh[oe]l|\bexempt\b|\bblacked\s+out|\bwith\s+portions\s+removed", _IC)
# A refusal that waits on something, covers a part, or is about the form of the copies is no denial: "until the fee
# is paid", "pending the review", "without a date range", "not yet", "portions of the report", "in the electronic
# format you asked for, and will provide paper copies".
_WAITS = (r"\b(?:until|yet|once|for\s+now|by\s+the\s+(?:end|close|deadline)|pending\s+(?:the\s+|your\s+)?(?:payment|"
          r"receipt|review|completion|response|reply|clarification|outcome))\b")
# ... and one only of how soon: "Filing a lawsuit won't make the records available any sooner", "Calling us will not
# get the records released faster" (when, not whether).
_HELD_FOR_NOW = re.compile(_WAITS + r"|\b(?:any\s+)?(?:sooner|faster|quicker|more\s+quickly)\b|"
                           r"\b(?:without|portions?|parts?\s+of|in\s+part|formats?|paper|electronic|"
                           r"will\s+(?:provide|release|send|produce|make))\b", _IC)
# A review still to be done withholds nothing yet: "We are gathering the responsive records and will need to review
# them for information exempt from disclosure", "the records must be reviewed to determine whether they are exempt",
# "we are currently reviewing the files for withholdings" (not a review done: "We reviewed the records, which are
# exempt from disclosure"). Only the words before the refusal are looked at.
_REVIEW_TO_COME = re.compile(
    r"\b(?:will|must|shall|(?:need|needs|have|has)\s+to|to\s+be|(?:is|are)\s+(?:being|now|currently)|(?:we\s+are|"
    r"we're)(?:\s+(?:now|currently|still))?)\s+(?:\w+\s+){0,3}?(?:review|reviewing|reviewed|examin\w*|screen\w*)\b"
    r"[^.;]{0,80}?\b(?:for|to\s+(?:determine|identify|see)|whether)\b", _IC)
# A refusal said of some of the records, or of one kind of detail in them, is a partial answer at most, and one said
# of records "that" cannot be released describes a class (how they are marked, where they are listed), not this
# answer: "Some of the records will not be released", "Social Security numbers will not be released", "Records that
# cannot be released are marked ...". Only the words before the refusal are looked at: "We cannot release any of
# the records" stays a denial.
_OF_A_PART = re.compile(
    rf"\b(?:some|certain|several|many|most|a\s+few)\b|\b{_RECORDS}\s+(?:that|which)\b|"
    r"\b(?:names?|numbers|social\s+security|addresses|signatures?|birth|identif\w+|personal|private|home|phone|"
    r"details?|passages?|lines?|paragraphs?|sections?|fields?|columns?|entries)\b", _IC)
# A refusal that is only the reasons argued or asked for, told as a question: "to explain to the Attorney General why
# the records should not be released", "comments as to why the information should not be disclosed", "whether the
# records may be withheld" (a referral for a ruling, not a refusal).
_REASONS_ASKED = re.compile(r"\b(?:why|whether|the\s+reasons?\s+(?:that|for\s+which)|arguments?\s+that)\s+"
                            r"(?:[\w'\u2019-]+\s+){0,6}?$", _IC)
# Nothing found of something other than records: a payment, a prior request, an appeal.
_NOTHING_ELSE = re.compile(r"\b(?:payments?|checks?|deposits?|prior\s+request|earlier\s+request|appeals?|"
                           r"correspondence|calls?)\b|^\s*you\b", _IC)
_WITHDRAWN = re.compile(r"\b(?:withdr[ae]wn?|withdrawing)\b|\bno\s+longer\s+(?:need|want|wish|seek|interested)", _IC)

# Receipt: a verb of a request coming in, before the date it came.
_RECEIPT = re.compile(
    r"\b(?:receiv\w*|receipt|arriv\w*|reached|came|come|got|logged|docketed|entered|stamped|took\s+in|"
    r"delivered|filed|submitted|registered|recorded|opened|dated\s+as\s+received)\b", _IC)
_REQUEST = re.compile(r"\b(?:request|application|letter|submission|inquiry|e-?mail)\b", _IC)
_NOT_OF_REQUEST = re.compile(r"\b(?:appeal|payment|check|cheque|fee|deposit|response|reply|answer|decision|"
                             r"complaint|grievance|claim)\b(?![\s-]+(?:act\s+)?(?:request|application))", _IC)
# What the office took in named before the verb, in a clause of its own: "Thank you for your deposit of $9.60, which
# the Department received on November 23, 2026, for your public records request" (the deposit's receipt).
_PAID_THEN_RECEIVED = re.compile(r"\b(?:payments?|prepayments?|deposits?|checks?|cheques?|fees?)\b"
                                 r"(?:\s+of\s+\$\s?[\d,]+(?:\.\d\d)?)?,?\s+(?:which|that)\b[^,;]{0,60}$", _IC)
# What was reached is a settling of something, not the request: "the agreement reached during the December 16, 2026,
# teleconference", "an understanding was reached on May 4" (not "your request reached our office on May 4").
_AGREED_THEN_REACHED = re.compile(r"\b(?:agreements?|understandings?|settlements?|compromises?|consensus|conclusions?|"
                                  r"decisions?|resolutions?|accords?)\s+(?:(?:was|were|has\s+been|had\s+been|we|you|"
                                  r"the\s+parties)\s+)?$", _IC)
_SENT_BY_YOU = re.compile(r"submitted|filed|delivered|entered|recorded|registered|opened", _IC)
# A letter about an appeal (acknowledging or deciding one) is read by the precise rules only: the loose ideas would
# take an appeal decision's "the withholding is upheld" for a first answer. Appeal rights in a first answer ("You may
# appeal ...", "Your appeal must be received within 90 days") do not make it one.
_APPEAL_FACT = re.compile(r"\bappeal", _IC)
_APPEAL_RIGHTS = re.compile(
    r"\bappeal\s+(?:\w+\s+){0,6}?(?:must|should|shall|needs?\s+to)\b|"
    r"\bwithin\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:calendar\s+|business\s+|working\s+)?days\b|"
    r"\bright\s+to\s+(?:\w+\s+){0,2}?appeal|\bappeal\s+rights|\bmay\s+(?:\w+\s+){0,2}?appeal|\bto\s+appeal\b|"
    r"\bappeal\s+(?:to|with)\s+the\b|"
    # ... or told as the step to take, a list's item after "you may:": "1. Submit to the Washtenaw County Board of
    # Commissioners a written appeal that specifically states the word 'appeal'", "File an administrative appeal with
    # the Director" (not an appeal that was filed: "You submitted a written appeal on May 4").
    r"^\W*(?:\d{1,2}[.)]\s*)?(?:submit|file|send|mail|deliver|address|direct|lodge)\s+(?:[\w.,'\u2019-]+\s+){0,10}?"
    r"(?:an?|your)\s+(?:written\s+|administrative\s+|formal\s+)*appeal\b", _IC)

# More time: a count of days beside a word of more or later.
_DAYS = re.compile(rf"(?P<n>{COUNT})(?:\s*\(\d+\))?[\s-]+(?:(?:working|business|calendar|work|court)[\s-]+)?"
                   r"(?:work|business)?days?\b", _IC)
_MORE_TIME = re.compile(
    r"\b(?:extend\w*|extension|additional|extra|more|further|beyond|add(?:s|ed|ing)?|longer|lengthen\w*|"
    r"prolong\w*|push\w*\s+back|another|postpon\w*|delay\w*|on\s+top\s+of|over\s+and\s+above)\b", _IC)

# The time moved is the time to answer this request, not a hearing's or a payment's.
_OUR_ANSWER = re.compile(r"\b(?:respon\w*|deadline|time\s+(?:limit|allowed|to)|determination|decision|answer|reply|"
                         r"request|process\w*|complet\w*|search\w*|review\w*|records?|production|due)\b", _IC)
# What the law allows, not what was taken: "the FOIA does permit a 10-day extension".
# ... and what may be done, not what is: "This time limit can be extended by ten working days".
# ... and the law's leave said of the offices it binds: "agencies are allowed 20 business days to respond to a request,
# plus a 10 business day extension in unusual circumstances".
_PERMITTED = re.compile(r"\b(?:permits?|allows?|authorizes?|provides\s+for|entitles?|up\s+to|"
                        r"(?:are|is)\s+(?:allowed|permitted|entitled|authorized)|"
                        r"(?:can|could|may|might)\s+(?:\w+\s+)?be\s+(?:extended|lengthened|prolonged))\b", _IC)

# A decision on fees or on speed, and which way it went.
_WAIVER = re.compile(r"\bwaiv|\bfees?\s+(?:\w+\s+){0,3}?(?:reduc|forgiv|excus)", _IC)
_EXPEDITE = re.compile(r"\bexpedit|\bfast[\s-]+track|\bpriority\s+(?:processing|handling|track)", _IC)
_DECLINE = re.compile(r"\b(?:cannot|can\s*not|could\s+not|unable\s+to|will\s+not|won't|not\s+able\s+to|"
                      r"not\s+in\s+a\s+position\s+to|declin\w*|"
                      r"den(?:y|ies|ied|ial)|refus\w*|reject\w*|not\s+(?:granted|approved|warranted|justified|"
                      r"appropriate|eligible|entitled|qualify|qualified|met|meet|satisf\w*|shown|demonstrated))\b", _IC)
_AGREE = re.compile(r"\b(?:will\s+(?:be\s+)?(?:waive|expedite)|waiving|expediting|waived|grant\w*|approv\w*|agree\w*|"
                    r"qualif(?:y|ies|ied)|eligible|entitled|warranted|justified|appropriate|decided\s+to|"
                    r"determined\s+to|"
                    r"(?:mov|plac|put)\w*\s+(?:\w+\s+){0,3}?(?:on|to|into|in)\s+(?:the\s+)?(?:expedited|priority|fast))\b",
                    _IC)

# A decision is about this request, said by the agency or to the requester ("Requesters who qualify for a fee waiver
# must ..." is a rule, not a decision); "You asked that the fees be waived" recites the ask.
_PARTIES = re.compile(r"\b(?:we|i|our|us|you|your)\b|\b(?:this|the)\s+request\b", _IC)
_YOUR_ASK = re.compile(r"(?<!\bas\s)\byou\s+(?:\w+\s+)?(?:asked|requested|sought|applied|wrote|indicated|stated)\b",
                       _IC)

# An ask put to the requester about the request ("Please tell us whether you want ICE to keep your request open",
# "Kindly advise which incidents you wish to inspect"); not the invitation to call with questions, nor a payment.
_ASK = re.compile(r"\b(?:please|kindly|we\s+ask\s+(?:that\s+)?you|we\s+need\s+you\s+to|would\s+you|could\s+you)\s+"
                  r"(?:\w+\s+){0,2}?(?:tell|advise|let\s+(?:us|me)\s+know|inform|confirm|indicate|respond|reply|"
                  r"clarify|specify|narrow|identify|describe|explain|provide|send|submit)\b", _IC)
_ASKED_ABOUT = re.compile(r"\b(?:whether|which|what|when|where|who)\b|\byour\s+(?:\w+\s+)?request\b|"
                          rf"\b{_RECORDS}\b", _IC)
_NOT_A_QUESTION = re.compile(r"\bquestions?\b|\bconcerns?\b|\bassistance\b|\bpay\w*\b|\bfees?\b|\bcosts?\b|"
                             r"\$|\bcheck\b|\bappeal|\bsurvey\b|\bfeedback\b|\bformats?\b|\bcop(?:y|ies)\b|\bmail\b|"
                             r"\belectronic\w*|\bpaper\b|\bpick\s*up\b|\bdeliver\w*|\bsend\s+the\s+records\b", _IC)

# A cost: an amount beside a word of paying.
_COST = re.compile(r"\b(?:costs?|fees?|charges?|price|estimat\w*|invoice|payment|pay|paid|total\w*|amount|sum|"
                   r"deposit|owe|due|bill\w*|comes?\s+to|runs?\s+to|amounts?\s+to)\b", _IC)
_NOT_OWED = re.compile(r"\bno\s+(?:\w+\s+)?(?:charges?|fees?|costs?)\b|\bnot\s+(?:be\s+)?(?:charged|billed)|"
                       r"\bnot\s+charge\b|\bminimum\b|\bthreshold\b|\brates?\b|\b(?:received\s+your\s+(?:payment|check)|paid\s+in\s+full|refund\w*|thank\s+you\s+for\s+"
                       r"(?:your\s+)?payment|(?:first|initial)\s+\$|up\s+to\s+\$|(?:under|below|less\s+than|not\s+"
                       r"exceed\w*|exceeds?|more\s+than|over|above|beyond|greater\s+than|in\s+excess\s+of)\s+\$|willing\s+to\s+pay|agreed\s+to\s+pay|"
                       # the requester's own limit: "Fee limit: $100.00", "a cost cap of $50", "Maximum fee: $75"
                       r"\b(?:fee|cost|payment|spending|price)\s+(?:limit|cap|ceiling)\b|"
                       r"\bmax(?:imum)?\s+(?:fee|cost|amount|charge)s?\b)|"
                       # "The fees for this installment were covered by your deposit of $60.00": paid before
                       + PAID_BY_DEPOSIT, _IC)
# (each unit a fee schedule prices: "$18.00 per incident" for the video of one incident, "$5.00 per recording")
# ... and the size of records sent electronically: "$0.10 per gigabyte" (Washington's RCW 42.56.120(2)(b) schedule)
_RATE_AFTER = re.compile(r"^\s*(?:per|an?|/|each|for\s+each)\s*(?:\w+\s+){0,2}?(?:hour|page|minute|copy|disc|cd|dvd|"
                         r"sheet|item|file|mile|incident|recording|video|report|photo(?:graph)?|event|device|drive|"
                         r"gigabyte|megabyte|[gm]b|e-?mail|attachment)s?\b",
                         _IC)

# What is not a fact of this letter: a condition, a permission in law, a promise to tell later, an earlier letter.
_NOT_A_FACT = re.compile(
    r"^\s*(?:if|should|unless|when|once|in\s+the\s+event|in\s+case|whether)\b|\bwhether\b|\bwhen(?:ever)?\b|"
    r"\bstill\s+(?:determining|reviewing|searching|processing|working|considering|evaluating)\b|\b(?:if|unless|should\s+you|"
    r"in\s+the\s+event)\b|\b(?:may|might|could|would)\s+(?:need|have|take|be\s+necessary|require)\b|"
    r"\bmay\s+(?!not\b)|\brequesters\b|\bin\s+this\s+category\b|"
    r"\b(?:law|statute|act|code|regulations?|rules?)\s+(?:\w+\s+){0,3}?(?:allows?|permits?|provides?|requires?)\b|"
    r"\b(?:previously|earlier|last\s+(?:week|month|year)|in\s+(?:our|my)\s+(?:\w+\s+)?(?:letter|response|e-?mail)\s+"
    r"(?:of|dated)|prior\s+(?:letter|response)|by\s+(?:letter|e-?mail|notice)\s+dated)\b|"
    r"\b(?:you\s+(?:may|can)|your\s+right)\b|"
    # ... nor what the office did on a day before, an earlier notice recalled: "On November 24, 2026, EGLE issued a
    # notice extending the time for response by 10 business days" (not "On November 20, we received your request")
    + DAY_OPENING + r"[^.;]*?(?:" + SENT_BEFORE.pattern + r")|"
    # ... nor what no law makes an office do: "we need not compile documents that do not exist", "is not required to
    # create records"
    r"\b(?:need\s+not|(?:not|never)\s+(?:be\s+)?(?:required|obliged|obligated|compelled)\s+to)\s+(?:create|compile|"
    r"generate|recreate)\b", _IC)


@dataclass(frozen=True, slots=True)
class LooseFind:
    """One event the loose reading proposes, with the sentence it rests on and what it read there."""

    kind: EventKind
    sentence: str
    outcome: Outcome | None = None
    amount: Decimal | None = None
    days: int | None = None
    received: dt.date | None = None


def read_loosely(body: list[str], letter_date: dt.date | None) -> list[LooseFind]:
    """The events the ideas of *body*'s sentences report, in the order they happen; empty when none is plain.

    A final answer (records sent, withheld or not found) stands alone; otherwise a receipt, more time, a decision
    on fees or speed, and a cost are each proposed where one sentence says it, and an ask about the request where
    none of those is.
    """
    if any(_APPEAL_FACT.search(s) and not _APPEAL_RIGHTS.search(s) for s in _facts(body)):
        return []
    final = _final(body)
    if final is not None:
        return [final]
    found = [_receipt(body, letter_date), _more_time(body), _decision(body, _EXPEDITE, EventKind.EXPEDITE_DECISION),
             _decision(body, _WAIVER, EventKind.FEE_WAIVER_DECISION), _cost(body)]
    if not any(found):
        found.append(_ask(body))
    return [item for item in found if item is not None]


def fill_in(body: list[str], letter_date: dt.date | None, kind: EventKind, missing: str) -> LooseFind | None:
    """The loose reading of one field the precise rules left empty on an event they did recognise: a final answer's
    outcome ("This is our final response. ... therefore has no records to provide."), an acknowledgement's day of
    receipt, an extension's days, a fee estimate's amount. None when the loose ideas do not say it either, or when
    the letter is about an appeal (read by the precise rules only, as in read_loosely)."""
    if any(_APPEAL_FACT.search(s) and not _APPEAL_RIGHTS.search(s) for s in _facts(body)):
        return None
    find: LooseFind | None = None
    if kind is EventKind.FINAL_DETERMINATION and missing == "outcome":
        find = _final(body)
    elif kind is EventKind.ACKNOWLEDGED and missing == "received":
        find = _receipt(body, letter_date)
    elif kind is EventKind.EXTENSION and missing == "extension_days":
        find = _more_time(body)
    elif kind is EventKind.FEE_ESTIMATE and missing == "amount":
        find = _cost(body)
    return find


def add_to(body: list[str], letter_date: dt.date | None, kinds: set[EventKind]) -> list[LooseFind]:
    """The events of a letter's early stage that the precise rules missed beside those they read: a letter that
    acknowledges in words they know may take more time or estimate a fee in words they do not ("we are adding ten
    working days to the time allowed"), and a letter that extends may report the day of receipt loosely. Only
    where the letter is no answer (a final or interim release, an appeal's) and asks nothing (a clarification recalls
    the request's receipt and an earlier letter's estimate: "your request, received on April 14, ... do you still wish
    to receive these records?"), and only a kind not read already."""
    if kinds & _ANSWERS or EventKind.CLARIFICATION_REQUESTED in kinds or any(
            _APPEAL_FACT.search(s) and not _APPEAL_RIGHTS.search(s) for s in _facts(body)):
        return []
    found = [None if EventKind.ACKNOWLEDGED in kinds else _receipt(body, letter_date),
             None if EventKind.EXTENSION in kinds else _more_time(body),
             None if EventKind.FEE_ESTIMATE in kinds else _cost(body)]
    return [item for item in found if item is not None]


_ANSWERS = {EventKind.FINAL_DETERMINATION, EventKind.INTERIM_RELEASE, EventKind.APPEAL_ACKNOWLEDGED,
            EventKind.APPEAL_DECISION}


def _facts(body: list[str]) -> list[str]:
    # ... nor what an earlier letter, the sentence's subject, did: "That letter estimated the fees at $340.00"
    return [sentence for sentence in body if not _NOT_A_FACT.search(sentence) and not EARLIER_LETTER.search(sentence)]


def _final(body: list[str]) -> LooseFind | None:
    facts = _facts(body)
    # (what the letter says was not withheld withholds nothing: "We located 4 pages; none were withheld")
    withheld = any(_REDACTED.search(sentence) and not NO_REDACTION.search(sentence)
                   and not NOTHING_BEING_WITHHELD.search(sentence) for sentence in facts)
    for sentence in facts:
        if _SENT_WITH.search(sentence) and re.search(rf"\b{_RECORDS}\b", sentence, _IC) and not _WAIVER.search(
                sentence) and not _REFUSE_TO_GIVE.search(sentence) and not _FOR_INFORMATION.search(sentence) \
                and not SENDS_NO_RECORDS.search(sentence) and not RELEASED_TO_PUBLIC.search(sentence):
            # (what a policy gives the public is no release: "certain critical incident video is released to the
            # public within the time stated in that order")
            return LooseFind(EventKind.FINAL_DETERMINATION, sentence,
                             Outcome.PARTIAL_GRANT if withheld else Outcome.FULL_GRANT)
    for sentence in facts:
        refusal = _REFUSE_TO_GIVE.search(sentence) or _WITHHELD.search(sentence)
        if refusal and not _WAIVER.search(sentence) and not _EXPEDITE.search(sentence) \
                and not NO_REDACTION.search(sentence) and not NOTHING_BEING_WITHHELD.search(sentence) \
                and not _HELD_FOR_NOW.search(sentence) and not _OF_A_PART.search(sentence[:refusal.start()]) \
                and not _REASONS_ASKED.search(sentence[:refusal.start()]) \
                and not _REVIEW_TO_COME.search(sentence[:refusal.start()]):
            return LooseFind(EventKind.FINAL_DETERMINATION, sentence, Outcome.DENIED)
    for sentence in facts:
        if _NOTHING.search(sentence) and not _OTHER_NOTHING.search(sentence) and not _NOTHING_ELSE.search(sentence) \
                and not NOTHING_BEING_WITHHELD.search(sentence) \
                and not NONE_BUT_THOSE.search(sentence) and not REQUESTER_SAYS.search(sentence) \
                and not re.search(_WAITS, sentence, _IC):
            return LooseFind(EventKind.FINAL_DETERMINATION, sentence, Outcome.NO_RECORDS)
    for sentence in facts:
        if _WITHDRAWN.search(sentence) and re.search(r"\bclos\w*|\bwithdr", sentence, _IC):
            return LooseFind(EventKind.FINAL_DETERMINATION, sentence, Outcome.WITHDRAWN)
    return None


def _receipt(body: list[str], letter_date: dt.date | None) -> LooseFind | None:
    for sentence in _facts(body):
        if not _REQUEST.search(sentence) or re.search(SIDE_REQUEST, sentence, _IC):
            continue  # "Your request for a fee waiver was logged on November 20": not the request itself
        for day, match in dates_in(sentence):
            before = sentence[max(0, match.start() - 80):match.start()]
            verbs = list(_RECEIPT.finditer(before))
            if not verbs:
                continue
            verb, between = verbs[-1], before[verbs[-1].end():]
            if _NOT_OF_REQUEST.search(between) or re.search(r"\bdated\s*$", between, _IC) or \
                    _NOT_OF_REQUEST.match(sentence, match.end() + 1):
                continue  # "received your payment on", "received your letter dated May 1", "your May 1 payment"
            if _PAID_THEN_RECEIVED.search(before[:verb.start()]):
                continue  # "your deposit of $9.60, which the Department received on November 23": the money's day
            if _AGREED_THEN_REACHED.search(before[:verb.start()]):
                continue  # "the agreement reached during the December 16, 2026, teleconference": the talk's day
            if re.search(r"\b(?:from|between|through|thru|to|until|since|after|before|of)\s*$", between, _IC):
                continue  # "receipt of your request for records from January 6, 2026 to ...": a period sought
            if re.search(r"\b(?:from|between)\s+[^.;]{1,40}?\s(?:and|to|through|thru|until|-)\s*$", between, _IC):
                continue  # "e-mails sent or received between July 1, 2026 and November 15, 2026": a period's end
            if _SENT_BY_YOU.fullmatch(verb.group(0)) and not re.search(r"\b(?:to|with|by|into)\s+(?:us|our|the|this)\b",
                                                                       between, _IC):
                continue  # the day the requester sent it, not the day it came in
            if letter_date is not None and not (letter_date - dt.timedelta(days=366) <= day <= letter_date):
                continue
            clause = _clause_before(sentence, match.start() - len(before) + verb.start())
            if not _REQUEST.search(between) and (_OTHER_SUBJECT.search(clause) or _ABOUT_SOMETHING.search(clause)):
                continue  # "The records you asked for in your request came in on May 4": not the request
            if re.match(r"\s*as\s+(?:an?\s+)?(?:duplicate|closed|withdrawn|complete|moot)\b", between, _IC):
                continue  # "logged as a duplicate on": what became of it, not its receipt
            return LooseFind(EventKind.ACKNOWLEDGED, sentence, received=day)
    return None


# What came in, where the request is named before the receipt verb: the first thing the clause names is what came
# in ("Your request for the contractor's reply came in on" is the request; "The contractor's reply to your request
# came in on" and "The records you asked for in your request came in on" are not; "Your public records request" is).
_OTHER_SUBJECT = re.compile(rf"^\W*(?:(?!{_REQUEST.pattern})[\w'\u2019-]+\s+){{0,6}}?"
                            rf"(?:{_RECORDS}|appeal|payment|check|cheque|fee|deposit|response|reply|answer|decision|"
                            r"complaint|grievance|claim)\b(?![\s-]+(?:act\s+)?(?:request|application))", _IC)


# ... and a request that is about something names that something as what came in: "Your request concerns invoices
# that arrived by mail on November 2".
_ABOUT_SOMETHING = re.compile(rf"{_REQUEST.pattern}\s+(?:\w+\s+){{0,2}}?(?:concern\w*|seek\w*|sought|asks?\s+for|"
                              r"involv\w*|relat\w*\s+to|regard\w*|cover\w*|is\s+about|was\s+about)\b", _IC)


def _clause_before(sentence: str, end: int) -> str:
    """The words of *sentence*'s clause that come before position *end* (from the last comma, semicolon or colon)."""
    lead = sentence[:end]
    return re.split(r"[,;:]", lead)[-1]


def _more_time(body: list[str]) -> LooseFind | None:
    for sentence in _facts(body):
        # (nor time the office says it will not take: "ICE does not intend to take the 10-day extension")
        # (nor one an earlier letter took: "on November 13, 2026, the OAG invoked a thirty (30) day extension")
        if _PERMITTED.search(sentence) or not _OUR_ANSWER.search(sentence) or TIME_NOT_TAKEN.search(sentence) \
                or EXTENSION_TAKEN_BEFORE.search(sentence):
            continue
        for match in _DAYS.finditer(sentence):
            # the word of more time beside the count ("pushed back by ten days", "ten workdays beyond"), not a limit
            # the count belongs to ("took more than the statutory time limit of 20 days")
            near = sentence[max(0, match.start() - 30):match.start()] + " " + sentence[match.end():match.end() + 25]
            cost_beside = re.search(r"\b(?:charges?|fees?|costs?)\b", near, _IC)  # "no extra charge for the 10 days"
            # ... nor a count of days exceeded ("by more than ten working days": how many is not said; "more than the
            # statutory 20 working days": the law's limit)
            # ... nor the days the work cannot be done within: "Processing cannot be completed within the additional
            # ten working days"
            limit = re.search(r"\b(?:limit|period|deadline)\s+of\s*$|\bwithin\s+(?:the\s+)?(?:additional\s+|extra\s+|"
                              r"further\s+|statutory\s+)?$", sentence[:match.start()], _IC) or \
                NOT_EXACT.search(sentence[:match.start()])
            # ... nor the count that names the time limit being extended ("we need to extend the twenty day time limit
            # ...", "the 20-day response period is extended"): the limit, not the days added to it
            named_limit = re.match(r"[\s-]+(?:(?:time|response|statutory)[\s-]+)?(?:limit|period|deadline)\b",
                                   sentence[match.end():], _IC)
            # ... or further back in its clause, where the count is what the time is moved "by": "We are pushing back
            # our response to your request by fifteen business days" (the verb, then what it moves, then the count)
            moved_by = re.search(r"\bby\s+(?:an?\s+)?(?:additional\s+|further\s+|extra\s+|another\s+)?$",
                                 sentence[:match.start()], _IC) and _MORE_TIME.search(
                                     _clause_before(sentence, match.start())[-100:])
            # ... nor a count said to fall short, the time taken not said: "An extension of ten working days would not
            # be sufficient to complete the processing of your request"
            short = re.match(r"[^.;]{0,40}?\b(?:(?:would|will|is|are|was)\s+not\s+(?:be\s+)?(?:sufficient|enough|"
                             r"adequate|suffice)|insufficient)\b", sentence[match.end():], _IC)
            if not (_MORE_TIME.search(near) or moved_by) or cost_beside or limit or named_limit or short:
                continue
            days = count_value(match.group("n"))
            if days is not None and 0 < days <= 90:
                return LooseFind(EventKind.EXTENSION, sentence, days=days)
    return None


def _decision(body: list[str], topic: re.Pattern[str], kind: EventKind) -> LooseFind | None:
    for sentence in _facts(body):
        if not topic.search(sentence) or not _PARTIES.search(sentence) or _YOUR_ASK.search(sentence) \
                or re.search(_WAITS, sentence, _IC):
            continue
        if _DECLINE.search(sentence):
            return LooseFind(kind, sentence, Outcome.DENIED)
        if _AGREE.search(sentence):
            return LooseFind(kind, sentence, Outcome.FULL_GRANT)
    return None


def _ask(body: list[str]) -> LooseFind | None:
    """An ask about the request, where nothing else was read: "whether" and "which" are the point of it here, so
    the filter of facts is not applied, only a condition opening the sentence."""
    for sentence in body:
        if re.match(r"\s*(?:if|should|unless|in\s+the\s+event)\b", sentence, _IC):
            continue
        if _ASK.search(sentence) and _ASKED_ABOUT.search(sentence) and not _NOT_A_QUESTION.search(sentence):
            return LooseFind(EventKind.CLARIFICATION_REQUESTED, sentence)
    return None


def _cost(body: list[str]) -> LooseFind | None:
    for sentence in _facts(body):
        if not _COST.search(sentence) or _NOT_OWED.search(sentence) or re.search(COURT_AWARD, sentence, _IC):
            continue
        if _WAIVER.search(sentence) and not re.search(r"\b(?:non-?|un)waived", sentence, _IC):
            continue  # "We have waived the $300.00 fee": an amount not owed (but "the non-waived portion ... $96")
        # ... nor an estimate told in the past, recalled from an earlier statement: "The estimated charges totaled
        # $486.40."
        amounts = [money(m.group(1)) for m in MONEY_PATTERN.finditer(sentence)
                   if not _RATE_AFTER.search(sentence[m.end():])
                   and not ESTIMATE_RECALLED.search(sentence[:m.start()][-60:])]
        owed = [amount for amount in amounts if amount]
        if owed:
            # "four hours at $24.15 per hour, which comes to $96.60": the rate is skipped, the sum is the last
            return LooseFind(EventKind.FEE_ESTIMATE, sentence, amount=owed[-1])
    return None

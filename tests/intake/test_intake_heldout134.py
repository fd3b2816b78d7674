"""The hundred-and-thirty-fourth held-out set: 14 short and medium letters (letters/heldout134) from state and local
public-records offices in large states, each in its state's own vocabulary, written after set 128 was scored and
fixed and after reading the rules, so deliberately in wordings the rules were not seen to handle: a Phoenix Police
Department release with victims' details blacked out under Arizona statutes, an Atlanta Police Department
three-business-day response that gives a readiness date and a cost estimate, its receipt told as "received the same
day" (e-mail), a University of Texas System notice that a request is withdrawn by operation of law after an
unanswered cost statement, a Los Angeles County Sheriff's Department offer to help focus a request under the CPRA
(PDF), a New York City Department of Correction portal notice that the response date has been revised (e-mail), a New
York State Police FOIL denial (PDF), a Springfield (Illinois) Police Department release redacted under "Sections
7(1)(b) and 7(1)(c)" of the Act (Word, letterhead in the page header), a Tacoma City Attorney's review that modifies a
police withholding (a petition for review under the PRA), an Orange County (Florida) Sheriff's Office release with
"s. 119.071(2)(c), F.S." redactions and recordings withheld (e-mail), a Massachusetts Department of Correction release
redacted under "Exemptions (c) and (n) of G. L. c. 4, § 7(26)", a Lakewood (New Jersey) clerk's OPRA request for more
time, a Pennsylvania Turnpike Commission Right-to-Know grant in part citing "Section 708(b)..." of the RTKL, an Oregon
Health Authority answer that no such record exists (e-mail), and a City of Tucson portal acknowledgement with its
dates as labelled lines (e-mail). Committed before the rules were run on them.

Blind score: 1 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- b01 (Phoenix police): a full grant with no exemptions: "Before releasing them we blacked out the victim's name, ...,
  which a victim may keep from disclosure under the Victims' Bill of Rights and A.R.S. § 13-4434" and "... was also
  removed, as A.R.S. § 41-1750 prohibits its release" (Arizona's sections, redactions in "blacked out" and
  "removed").
- b02 (Atlanta police, e-mail): no acknowledgement, no date received and no expected date: "In reply to your open
  records request of November 30, 2026, which this office received the same day: responsive records exist." and "We
  anticipate having them ready by December 18, 2026."
- b04 (Los Angeles County Sheriff, PDF): nothing proposed: "Under Government Code section 7922.600, we are reaching out
  to help you turn this into a focused request. It would help us to know, for example, whether you are looking for
  ..." (California's duty to help focus a request).
- b05 (New York City Correction, portal e-mail): no expected date: "The anticipated date of the Agency's response to
  your request has been revised to February 26, 2027."
- b06 (New York State Police, PDF): no exemptions: "... disclosing it would reveal them: Public Officers Law §
  87(2)(e)(iv). It also identifies the posts ..., and disclosing it could endanger their life or safety, § 87(2)(f)."
- b07 (Springfield, Illinois, Word): no exemptions: "The enclosed 23 pages have been redacted under Sections 7(1)(b)
  and 7(1)(c) of the Illinois Freedom of Information Act".
- b08 (Tacoma City Attorney): a final determination without its appeal number instead of an appeal decision: "You
  asked the City Attorney's Office to review the Tacoma Police Department's decision ..." and "The Department's
  decision is modified as follows." under "Re: Petition for Review PR-26-014".
- b09 (Orange County, Florida, e-mail): no exemptions: "... active criminal investigative information is exempt from
  disclosure under s. 119.071(2)(c), F.S., and the identity of the juvenile ... is confidential under s. 985.04(1),
  F.S." (Florida's "s. ..., F.S.").
- b10 (Massachusetts Correction): one bare section instead of two exemptions: "Portions of them are redacted pursuant
  to Exemptions (c) and (n) of G. L. c. 4, § 7(26)".
- b11 (Lakewood, New Jersey): no extension: "The Township therefore writes to request an extension of time to respond
  to your request until December 18, 2026."
- b12 (Pennsylvania Turnpike): no exemptions: "... that information is exempt under Section 708(b)(6)(i)(A) of the
  RTKL and has been redacted" (a section of the RTKL without 65 P.S.).
- b13 (Oregon Health Authority, e-mail): no outcome: "None of those offices holds an evaluation of that kind: ... no
  draft or final evaluation report exists."
- b14 (Tucson, portal e-mail): nothing proposed: the labelled lines "Received: 11/27/2026" and "Estimated completion:
  12/21/2026" under "The Tucson Police Department Records Section is now working on your public records request."
One expected value was wrong and is corrected after scoring: b05 (a notice that only extends, no acknowledgement)
expected an expected date of February 26, 2027; the earlier sets log no expected date for a letter that only extends
the time to a new day (w09, h19, a08, b13, h39 of sets 17, 2, 21, 22 and 3: the new day is noted beside the extension's
unknown days). b05 stays among the blind misses.
After general fixes (Florida's section sign "s. 119.071" no sentence's end; the harm of "disclosing it would ...",
the law's bar "prohibits its release" and leave "may keep from disclosure" withhold, and "removed", "blacked out" mark a
citation's use; a bare "§ 87(2)(f)" is of the law the sentence before cited for the same section; Illinois's
"Sections 7(1)(b) and 7(1)(c) of the ... Act" and Pennsylvania's "Section 708(b)(...) of the RTKL"; Massachusetts's
"Exemptions (c) and (n) of G. L. c. 4, § 7(26)"; no record of any kind "exists"; a receipt "the same day" as the
request's own date; a portal's "Received:" and "Estimated completion:" lines; California's help to form "a focused
request" and what "would help us to know"; a custodian's "request an extension of time"; a "Petition for Review" with
its number, an appeal letter, and a decision "modified" decided in part), 14 of 14.
"""

from __future__ import annotations

import datetime as dt

import pytest
from intake_scoring import events_in, kinds_and_outcomes, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake import patterns as P
from foiatrack.intake.exemptions import find_exemptions
from foiatrack.intake.numbers import find_references
from foiatrack.intake.text import sentences

SET = "heldout134"
# What the rules reach on this set now (blind: 1); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("text", "count"), [
    ("Portions were redacted: active criminal investigative information is exempt under s. 119.071(2)(c), F.S., and "
     "the identity of the juvenile is confidential under s. 985.04(1), F.S.", 1),
    ("The records are exempt under ss. 119.071(2)(c) and 119.071(4)(d), F.S.", 1),
    # The near miss: a full stop after a lone "s." that no section follows still ends the sentence.
    ("The report lists the unit as Squad s. The recordings are withheld.", 2),
])
def test_floridas_section_sign_s_is_no_sentence_end(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The plan describes investigative techniques that are not routine, and disclosing it would reveal them: Public "
     "Officers Law § 87(2)(e)(iv).", ["Public Officers Law § 87(2)(e)(iv)"]),
    ("Releasing the roster could endanger the life or safety of staff, Public Officers Law § 87(2)(f).",
     ["Public Officers Law § 87(2)(f)"]),
    ("Before releasing them we blacked out the victim's name, which a victim may keep from disclosure under A.R.S. "
     "§ 13-4434.", ["A.R.S. § 13-4434"]),
    ("Information from the criminal justice information system was also removed, as A.R.S. § 41-1750 prohibits its "
     "release.", ["A.R.S. § 41-1750"]),
    # The near misses: a disclosure said to do no harm, and a law that does not bar release.
    ("Disclosing it would not harm anyone, and it is released under Public Officers Law § 87(1)(b).", []),
    ("A.R.S. § 39-121 does not prohibit the release of these reports.", []),
])
def test_the_harm_of_disclosing_and_the_laws_bar_withhold(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize(("body", "exemptions"), [
    ("Access to the requested records is hereby denied. The plan describes investigative techniques that are not "
     "routine, and disclosing it would reveal them: Public Officers Law § 87(2)(e)(iv). It also identifies the posts "
     "of undercover members, and disclosing it could endanger their life or safety, § 87(2)(f).",
     ("Public Officers Law § 87(2)(e)(iv)", "Public Officers Law § 87(2)(f)")),
    ("Your request is denied. The file is withheld under 65 P.S. § 67.708(b)(16). The witness statements are "
     "likewise withheld, § 67.708(b)(17).", ("65 P.S. § 67.708(b)(16)", "65 P.S. § 67.708(b)(17)")),
    # The near misses: a bare section that requires disclosure, and one of another number.
    ("The opinions were properly withheld under Public Officers Law § 87(2)(g). Four of the e-mails, however, contain "
     "factual data that must be disclosed under § 87(2)(g)(i).", ("Public Officers Law § 87(2)(g)",)),
    ("Your request is denied. The file is exempt under Public Officers Law § 87(2)(e)(i). A copy goes to the "
     "Committee, which keeps its own files confidential, § 12(3).", ("Public Officers Law § 87(2)(e)(i)",)),
])
def test_a_bare_section_is_of_the_law_the_sentence_before_cited(body: str, exemptions: tuple[str, ...]) -> None:
    assert [e.exemptions for e in events_in(body)] == [exemptions]


@pytest.mark.parametrize(("sentence", "codes"), [
    ("The enclosed 23 pages have been redacted under Sections 7(1)(b) and 7(1)(c) of the Illinois Freedom of "
     "Information Act.", ["5 ILCS 140/7(1)(b)", "5 ILCS 140/7(1)(c)"]),
    ("The reports are exempt under Sections 7(1)(c), 7(1)(d)(iv) and 7(1)(f) of FOIA.",
     ["5 ILCS 140/7(1)(c)", "5 ILCS 140/7(1)(d)(iv)", "5 ILCS 140/7(1)(f)"]),
    ("Customer names are exempt under Section 708(b)(6)(i)(A) of the RTKL and have been redacted.",
     ["65 P.S. § 67.708(b)(6)(i)(A)"]),
    ("The memoranda are withheld under Sections 708(b)(10)(i)(A) and 708(b)(17) of the Right-to-Know Law.",
     ["65 P.S. § 67.708(b)(10)(i)(A)", "65 P.S. § 67.708(b)(17)"]),
    # The near misses: the RTKL's and the Illinois Act's procedure, cited beside a denial.
    ("Your request is denied; under Section 705 of the RTKL the Commission need not create a record.", []),
    ("Your request is denied; you may seek review under Section 9.5 of the Act.", []),
])
def test_state_exemptions_cited_by_their_section_of_the_act(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize(("sentence", "codes"), [
    ("Portions of them are redacted pursuant to Exemptions (c) and (n) of G. L. c. 4, § 7(26).",
     ["G. L. c. 4, § 7(26)(c)", "G. L. c. 4, § 7(26)(n)"]),
    ("The report is withheld under exemption (f) to G.L. c. 4, § 7(26).", ["G. L. c. 4, § 7(26)(f)"]),
    ("Names are redacted under clauses (c), (d) and (n) of the Public Records Law, M.G.L. c. 4, § 7(26).",
     ["G. L. c. 4, § 7(26)(c)", "G. L. c. 4, § 7(26)(d)", "G. L. c. 4, § 7(26)(n)"]),
    # The near miss: lettered clauses of another section, the fee and response law.
    ("Redactions were made under clauses (c) and (n) of G. L. c. 66, § 10.", []),
])
def test_massachusetts_exemptions_named_by_their_letters(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize(("sentence", "none_found"), [
    ("None of those offices holds an evaluation of that kind: no draft or final evaluation report exists.", True),
    ("No such audit exists.", True),
    ("No contract with that vendor existed in 2025.", True),
    # The near miss: what does not exist is a record of a payment.
    ("No record of your payment exists in our system.", False),
])
def test_no_record_of_any_kind_exists(sentence: str, none_found: bool) -> None:
    assert bool(P.NO_RECORDS.search(sentence)) is none_found


@pytest.mark.parametrize(("body", "received"), [
    ("In reply to your open records request of November 30, 2026, which this office received the same day: "
     "responsive records exist.", dt.date(2026, 11, 30)),
    ("Thank you for your request dated November 2, 2026, which we received that same day.", dt.date(2026, 11, 2)),
    ("Received: 11/27/2026", dt.date(2026, 11, 27)),
    ("Received On | November 27, 2026", dt.date(2026, 11, 27)),
])
def test_a_receipt_the_same_day_and_a_portals_received_line(body: str, received: dt.date) -> None:
    found = events_in(body, date_line="December 3, 2026")
    assert [(e.kind, e.received) for e in found] == [(EventKind.ACKNOWLEDGED, received)]


@pytest.mark.parametrize("body", [
    # The near misses: an appeal received the same day, a payment, and a label naming no date.
    "Your appeal of November 2, 2026, which we received the same day, is under review.",
    "We received your payment of November 2, 2026 the same day.",
    "Received: your payment of $12.00",
])
def test_no_receipt_of_the_request_in_these(body: str) -> None:
    assert all(e.received is None for e in events_in(body, date_line="December 3, 2026"))


@pytest.mark.parametrize(("line", "expected_by"), [
    ("Estimated completion: 12/21/2026", dt.date(2026, 12, 21)),
    ("Anticipated response date: December 21, 2026", dt.date(2026, 12, 21)),
    ("Expected delivery | 12/21/2026", dt.date(2026, 12, 21)),
    # The near miss: an estimate of cost, not of time.
    ("Estimated cost: 12/21/2026", None),
])
def test_a_portals_estimated_completion_line(line: str, expected_by: dt.date | None) -> None:
    found = events_in(f"Your request was received on November 27, 2026.\n{line}", date_line="November 30, 2026")
    assert [e.expected_by for e in found if e.kind is EventKind.ACKNOWLEDGED] == [expected_by]


@pytest.mark.parametrize(("body", "clarify"), [
    ("Under Government Code section 7922.600, we are reaching out to help you turn this into a focused request.", True),
    ("The Department would like to assist you in making a focused and effective request.", True),
    ("It would help us to know, for example, whether you are looking for the Commission's reports.", True),
    ("As worded, the request does not describe records the Department can find.", True),
    # The near miss: a release that helps the requester understand it.
    ("The enclosed index is meant to help you understand the 40 pages we are releasing in full.", False),
])
def test_californias_help_to_focus_a_request_asks_for_clarification(body: str, clarify: bool) -> None:
    kinds = [kind for kind, _ in kinds_and_outcomes(body)]
    assert (EventKind.CLARIFICATION_REQUESTED in kinds) is clarify


@pytest.mark.parametrize(("body", "extended"), [
    ("The Township therefore writes to request an extension of time to respond to your request until December 18, "
     "2026.", True),
    ("We are writing to request an extension of time until December 18, 2026 to respond.", True),
    ("Because the records are in storage, the custodian must request an extension of the deadline to December 18, "
     "2026.", True),
    # The near miss: the requester's own right to more time.
    ("If you need more time, you may request an extension of time to pay the fee.", False),
])
def test_a_custodian_asking_for_more_time_extends(body: str, extended: bool) -> None:
    kinds = [kind for kind, _ in kinds_and_outcomes(body, date_line="December 1, 2026")]
    assert (EventKind.EXTENSION in kinds) is extended


@pytest.mark.parametrize(("body", "kind", "outcome"), [
    ("Re: Petition for Review PR-26-014\n\nYou asked the City Attorney's Office to review the Police Department's "
     "decision of October 28, 2026. The Department's decision is modified as follows. The 911 recording will be "
     "released with the caller's name removed under RCW 42.56.240(2).", EventKind.APPEAL_DECISION,
     Outcome.PARTIAL_GRANT),
    ("You asked the Office to review the Department's denial of your request. I am modifying the denial: the "
     "incident report will be released with redactions.", EventKind.APPEAL_DECISION, Outcome.PARTIAL_GRANT),
    # The near miss: a denial that tells the requester a petition for review may be filed.
    ("Your request is denied under RCW 42.56.240(1). You may file a petition for review with the City Attorney's "
     "Office.", EventKind.FINAL_DETERMINATION, Outcome.DENIED),
])
def test_a_review_that_modifies_the_decision_is_an_appeal_decided_in_part(
        body: str, kind: EventKind, outcome: Outcome) -> None:
    assert kinds_and_outcomes(body, date_line="December 3, 2026") == [(kind, outcome)]


def test_a_petition_for_review_is_numbered_as_an_appeal() -> None:
    found = find_references("Re: Petition for Review PR-26-014\nPublic Disclosure Request P031188-091826")
    assert [(r.number, r.is_appeal) for r in found] == [("PR-26-014", True), ("P031188-091826", False)]

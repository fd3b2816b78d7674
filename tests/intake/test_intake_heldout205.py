"""The two-hundred-and-fifth held-out set: 14 letters (letters/heldout205) from sheriffs, jails, police departments,
counties and a city in fourteen other states, answering immigrant-rights groups' requests about ICE cooperation
(detainers and release notifications, 287(g) agreements, jail housing agreements and their billing), each written in
the structure and formulas of the real letters, forms, portal messages and statutes it is modelled on, with invented
names, numbers and dates. Written after reading the intake rules (it was written once set 197's fixes were merged),
so its score is recorded apart from the blind ones; committed before the rules were run on it.

The letters: a King County Department of Adult and Juvenile Detention GovQA e-mail releasing a first installment with
jail-record, investigative and employee exemptions (Washington); a Washington County Sheriff's Office acknowledgment
with a staff-time fee estimate (Oregon); a Maricopa County Sheriff's Office NextRequest closure "Documents released"
(Arizona, HTML e-mail); a Hudson County OPRA extension naming only the new date (New Jersey); a Prince
William-Manassas Regional Adult Detention Center response provided in part and withheld in part, recalling its
earlier seven-work-day extension (Virginia, PDF); a Baltimore County Police Department ten-working-day letter with an
anticipated date, a fee table and a fee waiver granted in part (Maryland, Word); a Hennepin County Sheriff's Office
data practices response attached as PDF, with pages withheld as security information (Minnesota); a Milwaukee
County Office of the Sheriff letter closing a request whose prepayment never came (Wisconsin); a Las Vegas
Metropolitan Police Department request for clarification (Nevada); a Boone County Jail KRS 61.872(5) delay letter
(Kentucky, PDF); a Jefferson Parish Sheriff's Office no-records letter (Louisiana); a Charleston County Sheriff's Office
determination with a fee estimate and a 25% deposit (South Carolina, PDF); an Otero County IPRA three-day letter (New
Mexico); and a City of Tacoma decision on a request for review affirming its response (Washington).

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- b01 King County DAJD installment: the GovQA e-mail heading ("RE: PUBLIC RECORDS REQUEST of ..., Reference # ...") of
  set 162's Volusia letter; RCW 42.56.080 and 42.56.120(4) (installments, a requester who does not claim one), the
  Attorney General's model rules, https://app.leg.wa.gov/wac/default.aspx?cite=44-14&full=true, and RCW 70.48.100
  (jail records confidential)
- b02 Washington County Sheriff's Office acknowledgment: ORS 192.324(2), (4), (5) and 192.329 (acknowledge within five
  business days confirming the custody of the records, fees reasonably calculated, confirmation to proceed over $25),
  https://lexace.ai/us/statute/oregon/ORS-192.324, https://www.law.cornell.edu/regulations/oregon/Or-Admin-Code-SS-658-050-0030
  and https://oregon.public.law/rules/oar_690-003-0180
- b03 Maricopa County Sheriff's Office NextRequest closure: NextRequest's closure e-mail and closure reasons,
  https://help.nextrequest.com/knowledge/request-process-overview and https://help.nextrequest.com/knowledge/basic-request-management
- b04 Hudson County OPRA extension: N.J.S.A. 47:1A-5(i) and the custodians' extension e-mails of sets 57, 64 and 67
  (a new date, the requester's right to a Government Records Council complaint)
- b05 Prince William-Manassas Regional Adult Detention Center response: Va. Code §§ 2.2-3704(B)(2), (B)(4) and
  2.2-3706(A)(2)(a) (criminal investigative files released in the custodian's discretion), https://vacode.org/2.2-3706,
  and https://www.rcfp.org/open-government-sections/2-informal-telephone-inquiry-as-to-status/
- b06 Baltimore County Police Department ten-working-day letter: GP §§ 4-203(b)(2) and 4-206 (the reason for delay and
  an anticipated date, a reasonable fee with two free hours, a fee waiver), as in set 177's Montgomery County letter,
  https://lexace.ai/us/statute/maryland/GP-4-203 and https://lexace.ai/us/statute/maryland/GP-4-206
- b07 Hennepin County Sheriff's Office data response: Minn. Stat. §§ 13.82, subd. 7, 13.85, subd. 2 and 13.37, subd.
  1(a), and the data practices response of set 149's Hennepin County letter
- b08 Milwaukee County Office of the Sheriff closure: Wis. Stat. § 19.35(3)(f) (prepayment over $5), and the closures
  for non-payment of sets 12, 17 and 128
- b09 LVMPD clarification: NRS 239.0107 (five business days, the earliest date available),
  https://instalawyer.io/laws/nevada-revised-statutes/chapter-239-public-records-nrs-2390107-requests-for
- b10 Boone County Jail delay: KRS 61.880(1) and 61.872(5) (records in active use, storage or not otherwise available,
  "the place, time, and earliest date"), https://kyopengov.org/law/ag/2018/18-ord-156 and set 183's Kentucky
  Transportation Cabinet letter
- b11 Jefferson Parish Sheriff's Office no-records letter: La. R.S. 44:1 et seq., 44:32 and 44:33 (the custodian's
  duty to answer), https://lawserver.com/law/state/louisiana/la-constitution/louisiana_revised_statutes_44-32 and
  https://foiabasics.org/orr/louisiana
- b12 Charleston County Sheriff's Office determination: S.C. Code Ann. § 30-4-30(B), (C) (a determination within ten
  business days, a posted fee schedule, a 25% deposit, thirty days after the deposit), https://masc.sc/node/1169,
  http://www.fcso.org/foia/fee-schedule and https://cityofgreenvillesc.nextrequest.com/faqs
- b13 Otero County three-day letter: NMSA 1978, § 14-2-8(D) (if inspection is not permitted within three business
  days, explain in writing when the records will be available, fifteen days), https://nmfog.org/topic/3response-time/
  and https://rld.nm.gov/manufactured-housing-division/forms-and-applications/ipra
- b14 City of Tacoma review decision: RCW 42.56.520(4), WAC 44-14-08003 (internal review of a denial, final action for
  judicial review), RCW 42.56.240(1) and 42.56.420(1), https://app.leg.wa.gov/wac/default.aspx?cite=44-14&full=true
Score when first run (not blind: written after reading the rules): 10 of 14 fully right, and 14 of 14 matched to its
request by its number. Wrong were:
- b06 (Baltimore County Police ten-working-day letter, Word): amount 330.70 instead of 165.35, the estimate's total
  taken over what is owed after the waiver granted in part: "... the Department has decided to grant your request in
  part and to reduce the fee by fifty percent." and "The amount due is therefore $165.35, payable before the records
  are released."; and the kinds in another order than the answer's, which set the fee before the waiver decision
  (the expected value was the writer's slip, see below).
- b07 (Hennepin County Sheriff's Office data response, PDF attached): exemptions missed Minn. Stat. § 13.85, subd. 2
  and § 13.37, subd. 1(a) in the bulleted list ("- Data on individuals in the custody of the detention center that
  are not public under Minn. Stat. § 13.85, subd. 2, as corrections and detention data, ..." and "- Security
  information under Minn. Stat. § 13.37, subd. 1(a), ..."), and no pages withheld: "The Sheriff's Office also holds 11
  pages of jail post orders that consist entirely of security information under Minn. Stat. § 13.37, subd. 1(a).
  These pages are not public and are not provided."
- b10 (Boone County Jail KRS 61.872(5) delay, PDF): no extension and no expected date: "Pursuant to KRS 61.872(5),
  please be advised that the billing statements and population reports are in storage at the Boone County Fiscal
  Court's off-site records facility and are not immediately available." and "The records you requested will be made
  available to you by e-mail no later than December 18, 2026, which is the earliest date on which the Jail can
  provide them."
- b14 (City of Tacoma review decision): an appeal acknowledgement instead of the decision, its outcome and
  exemptions: "On November 24, 2026, the City received your request for review of the City's November 12, 2026
  response ..." read, "Upon review, the City affirms its response." not.
As first written, b06's answer put the fee estimate before the fee waiver decision, in the order the letter states
them, where the project's convention (32 letters of earlier sets, none the other way) logs the waiver decision
first; the answer was corrected to that after scoring, not the letter.
After general fixes (a bulleted item the page wrapped inside a code's name, "under Minn." / "Stat. § 13.85", is one
sentence; a list of redactions goes on through each bulleted item, and an item naming its law after "under" gives it
however long its explanation; pages just counted and then said "not public and ... not provided" are withheld, and
pages that "consist entirely of security information" are no total; what is owed once a reduction is applied, "The
amount due is therefore $165.35", is the fee; a delay provision invoked a sentence or two before the day it names
extends the time; a hyphenated word, "by e-mail", may stand before the expected day; an office that "affirms its
response" decides the appeal), 14 of 14.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind
from foiatrack.intake.model import ProposedEvent
from foiatrack.intake.pages import PageCounts, read_pages
from foiatrack.intake.text import sentences

SET = "heldout205"
# What the rules reach on this set now (first run, not blind: 10); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


def _events(body: str) -> list[ProposedEvent]:
    return events_in(body, date_line="December 3, 2026")


@pytest.mark.parametrize(("text", "item"), [
    ("Redacted as follows:\n- Data on persons in custody that are not public under Minn.\nStat. § 13.85, subd. 2, as "
     "corrections data.\n- Security information.", "- Data on persons in custody that are not public under Minn. Stat. "
     "§ 13.85, subd. 2, as corrections data."),
    ("Withheld:\n- Personnel records, which are confidential under N.C. Gen.\nStat. § 160A-168.\n- Other records.",
     "- Personnel records, which are confidential under N.C. Gen. Stat. § 160A-168."),
    ("Withheld:\n- Security plans of the jail, exempt from disclosure under Tenn.\nCode Ann. § 10-7-504(m).\n- Other "
     "records.", "- Security plans of the jail, exempt from disclosure under Tenn. Code Ann. § 10-7-504(m)."),
])
def test_a_bulleted_item_wrapped_inside_a_codes_name_is_one_sentence(text: str, item: str) -> None:
    assert item in [sentence.text for sentence in sentences(text)]


def test_a_bulleted_item_ending_on_an_abbreviation_before_a_new_sentence_still_ends() -> None:
    # The near miss: the line after the item starts a sentence of its own, not the rest of a citation.
    said = [s.text for s in sentences("Withheld:\n- Motor vehicle record, section 119.0712(2), F.S.\nIn addition, we "
                                      "enclose the log.")]
    assert "In addition, we enclose the log." in said


@pytest.mark.parametrize(("body", "codes"), [
    ("We are providing 38 pages of public data. Some data have been redacted, as follows:\n"
     "- Data identifying individuals in custody who are the subject of an open criminal investigation are confidential "
     "under Minn. Stat. § 13.82, subd. 7, as active criminal investigative data.\n"
     "- Security information under Minn. Stat. § 13.37, subd. 1(a), the disclosure of which would likely substantially "
     "jeopardize the security of the detention center, including officer post assignments and radio codes.",
     ["Minn. Stat. § 13.82, subd. 7", "Minn. Stat. § 13.37, subd. 1(a)"]),
    ("We are releasing 20 pages with the following redactions:\n"
     "- Home addresses of employees, redacted under RCW 42.56.250(4).\n"
     "- Tactical information pursuant to RCW 42.56.420(1), whose disclosure would make the facility's response plans "
     "known to anyone who wished to defeat them, including the positions of officers during a transfer.",
     ["RCW 42.56.250(4)", "RCW 42.56.420(1)"]),
    # The near miss: an item that names no law.
    ("We are releasing 20 pages with the following redactions:\n"
     "- Home addresses of employees, redacted under RCW 42.56.250(4).\n"
     "- Officers' radio call signs, which we blacked out because they are still in use by the deputies on patrol "
     "in the county and would be of use to anyone who wished to listen in.", ["RCW 42.56.250(4)"]),
])
def test_each_item_of_a_list_of_redactions_gives_its_law(body: str, codes: list[str]) -> None:
    final = next(e for e in _events(body) if e.kind is EventKind.FINAL_DETERMINATION)
    assert list(final.exemptions) == codes


@pytest.mark.parametrize(("body", "withheld"), [
    ("We are releasing 38 pages. The Sheriff's Office also holds 11 pages of jail post orders that consist entirely of "
     "security information under Minn. Stat. § 13.37, subd. 1(a). These pages are not public and are not provided.",
     11),
    ("We are releasing 38 pages. The County also holds 4 pages of notes. Those pages are not released.", 4),
    ("We are releasing 38 pages. We also hold 6 pages of draft procedures. These pages are not provided to you.", 6),
    # The near misses: pages said to be no duplicates, and pages said to be something other than withheld.
    ("We are releasing 38 pages. We also located 6 pages of logs. These pages are not duplicates.", None),
])
def test_the_pages_just_counted_said_not_public_are_withheld(body: str, withheld: int | None) -> None:
    final = next(e for e in _events(body) if e.kind is EventKind.FINAL_DETERMINATION)
    assert final.pages_withheld == withheld


@pytest.mark.parametrize(("sentence", "total"), [
    ("The records consist of 46 pages.", 46),
    ("The responsive records comprise forty pages in all.", 40),
    # The near miss: what the pages hold, not how many there are.
    ("The Sheriff's Office also holds 11 pages of jail post orders that consist entirely of security information.",
     None),
    ("We hold 9 pages that consist of handwritten notes.", None),
])
def test_consist_of_counts_only_a_count(sentence: str, total: int | None) -> None:
    counts = PageCounts()
    read_pages(sentence, counts)
    assert counts.total == total


@pytest.mark.parametrize(("body", "amount"), [
    ("Total estimated cost: $330.70. The Department has decided to grant your request for a fee waiver in part and to "
     "reduce the fee by fifty percent. The amount due is therefore $165.35, payable before the records are released.",
     "165.35"),
    ("We estimate the fees at $240.00. Because you qualify as a news media requester, the balance owed will be "
     "$80.00.", "80.00"),
    ("The estimated fee is $96.00 for search and $24.00 for copies, $120.00 in all. The Authority has reduced the "
     "search fee by half. The fee payable is thus $72.00.", "72.00"),
    # The near miss: a deposit due now is not what the request costs.
    ("We estimate the fees at $240.00. The amount due is $60.00 as a deposit, the balance at production.", "240.00"),
])
def test_what_is_owed_after_a_reduction_is_the_fee(body: str, amount: str) -> None:
    fee = next(e for e in _events(body) if e.kind is EventKind.FEE_ESTIMATE)
    assert fee.amount == Decimal(amount)


@pytest.mark.parametrize(("body", "kinds"), [
    ("The Jail received your request on November 30, 2026. Pursuant to KRS 61.872(5), please be advised that the "
     "records are in storage and are not immediately available. They must be retrieved and reviewed. The records will "
     "be made available to you by e-mail no later than December 18, 2026.",
     [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
    ("The County received your request on November 30, 2026. The records are in active use and not available within "
     "five days, KRS 61.872(5). The records will be available on or before December 18, 2026.",
     [EventKind.ACKNOWLEDGED, EventKind.EXTENSION]),
    # The near miss: the delay provision named only in what the law allows, further back.
    ("The County received your request on November 30, 2026. If records are in storage, KRS 61.872(5) allows more "
     "time. We expect to respond on or before December 7, 2026.", [EventKind.ACKNOWLEDGED]),
])
def test_a_delay_provision_invoked_before_the_day_it_names_extends(body: str, kinds: list[EventKind]) -> None:
    events = _events(body)
    assert [e.kind for e in events] == kinds
    assert events[0].expected_by is not None


@pytest.mark.parametrize(("body", "expected"), [
    ("Your request was received on November 30, 2026. The records will be made available to you by e-mail no later "
     "than December 18, 2026.", "2026-12-18"),
    ("Your request was received on November 30, 2026. We anticipate a follow-up production by December 21, 2026.",
     "2026-12-21"),
])
def test_a_hyphenated_word_before_the_expected_day(body: str, expected: str) -> None:
    assert str(_events(body)[0].expected_by) == expected


@pytest.mark.parametrize(("body", "result"), [
    ("On November 24, 2026, the City received your request for review of its response. Upon review, the City affirms "
     "its response.", "affirmed"),
    ("We have considered your appeal of the County's response. The County reverses its determination and will release "
     "the report.", "reversed"),
])
def test_an_office_affirming_its_own_response_decides_the_appeal(body: str, result: str) -> None:
    decision = next(e for e in _events(body) if e.kind is EventKind.APPEAL_DECISION)
    assert decision.appeal_result == result


def test_an_office_affirming_a_fact_decides_nothing() -> None:
    # The near miss: no appeal in the letter.
    assert EventKind.APPEAL_DECISION not in [e.kind for e in _events(
        "The City affirms its commitment to transparency. Your request was received on November 30, 2026.")]

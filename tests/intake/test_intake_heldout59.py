"""The fifty-ninth held-out set: 14 more ordinary letters (letters/heldout59) from the offices immigration requesters
meet most, written after set 58's fixes: the FBI (an acknowledgement with the day Headquarters received the
request), DHS's Office of Inspector General (an e-mailed acknowledgement with a ten working day extension), USCIS's
National Records Center (no records, the control number above the date), ICE (a final partial release in its
standard wording, below the $14 minimum), EOIR (a request for the A-Number, by e-mail), State (a fee waiver denied),
OIP (an appeal acknowledgement in its standard wording), CBP (a full grant, dated "08-17-2026"); and the Harris
County Sheriff (an itemized statement of estimated charges), California's Department of Justice (a 14-day CPRA
extension alone), the Chicago Police (a partial grant under 5 ILCS 140/7(1)(c) and 7(1)(d)(v)), Minnesota's
Department of Corrections (no data), the Multnomah County Sheriff (a first installment by e-mail) and New Mexico's
Corrections Department (an IPRA acknowledgement with its received date and the day it will answer). Written and
committed before the rules were run on them.

Blind score: 11 of 14 fully right, every letter's number read. Wrong were: CBP's date line "Date: 08-17-2026" (a
date with hyphens, month first) not read (date empty); Minnesota's "the DOC has determined that it does not maintain
any data responsive to your request" not read as no records (outcome empty); EOIR's "is in receipt of your FOIA
request" logged as an acknowledgement before its request to clarify where the answer written had the request to
clarify alone (kinds). That answer was corrected after scoring: sets 11, 15 and 31 log "is in receipt of your
request" as an acknowledgement, and this set now does the same (with the corrected answer the blind score would have
been 12 of 14; the figure kept is the 11 scored). After general fixes (tests below: numeric dates with hyphens or dots,
month first; "data" where other laws say "records" in a no-records answer): 14 of 14, every earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.core.vocabulary import EventKind, Outcome
from foiatrack.intake.text import dates_in

SET = "heldout59"
# What the rules reach on this set now (blind: 11); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("text", "dates"), [
    ("Date: 08-17-2026", ["2026-08-17"]),
    ("Dated 8.17.2026", ["2026-08-17"]),
    ("received on 1-5-2026 by the Unit", ["2026-01-05"]),
    # Never a piece of a reference, and never a day that does not exist.
    ("Request P012345-08-17-2026", []),
    ("Case 12-15-2026-A", []),
    ("on 02-30-2026", []),
])
def test_numeric_dates_with_hyphens_or_dots(text: str, dates: list[str]) -> None:
    assert [value.isoformat() for value, _ in dates_in(text)] == dates


@pytest.mark.parametrize("body", [
    "After a search, the Department has determined that it does not maintain any data responsive to your request.",
    "No responsive data were located in the jail management system.",
    "The County has no data responsive to your request.",
])
def test_no_data_responsive_is_no_records(body: str) -> None:
    found = events_in(body)
    assert [(e.kind, e.outcome) for e in found] == [(EventKind.FINAL_DETERMINATION, Outcome.NO_RECORDS)]


@pytest.mark.parametrize("body", [
    "The records are enclosed in full, 12 pages; no data have been withheld or redacted.",
    "The Department does not maintain data on detainers in electronic form; the paper files are enclosed, 12 pages.",
])
def test_data_not_withheld_or_kept_otherwise_is_not_no_records(body: str) -> None:
    assert [e.outcome for e in events_in(body)] == [Outcome.FULL_GRANT]

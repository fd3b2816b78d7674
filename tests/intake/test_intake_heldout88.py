"""The eighty-eighth held-out set: 14 short letters (letters/heldout88) in the style and length of the samples in
shared/samples/agency-letters, eight from independent federal agencies and six state and local, each stating its
facts in a less usual order or form: an EPA Region 7 first interim release with its page counts spelled out (PDF),
a Nuclear Regulatory Commission final response dated "12/01/2026" on its number line with its pages in a dotted
list, a Federal Reserve Board acknowledgement with a fee estimate received "11/5/2026" (e-mail), an EEOC
no-records answer dated "Dec. 1, 2026", a NASA Goddard acknowledgement and ten-working-day extension received "the
twenty-fourth of November, 2026" (e-mail with the letter attached as a PDF), an FDIC appeal granted in part and
denied in part, a National Labor Relations Board release in full with its pages in a Word table, a Postal Service
acknowledgement with expedited processing "not warranted" dated "2 November 2026"; a Montgomery County Police
(Maryland) thirty-day extension, a Milwaukee Police (Wisconsin) release with redactions dated "10/22/2026", a City
of St. Louis (Missouri) Sunshine acknowledgement received "11-18-2026" with a date the records should be available,
a City of Chattanooga (Tennessee) itemised cost estimate, a Louisville Metro Police (Kentucky) denial (PDF) and a
Jefferson Parish (Louisiana) request for clarification (e-mail). Committed before the rules were run on them.

Blind score: 9 of 14 fully right. Wrong were:
- s01 (EPA Region 7 interim release, PDF): pages_released 104 instead of 123: "releasing one hundred four (104)
  pages in full and nineteen (19) pages with limited redactions" (the pages given in part, "with limited
  redactions", not added).
- s02 (NRC final response): date empty, and pages released and withheld empty: the date only as "Date:
  12/01/2026" at the end of the "FOIA Number: ... Response Type: FINAL" line, and the pages in a dotted list
  "Released in their entirety ............ 31 pages", "Released with redactions .............. 12 pages",
  "Withheld in their entirety ............  5 pages".
- s04 (EEOC no-records answer): nothing proposed: "no such charge file exists. There are therefore no records to
  provide in response to your request."
- s05 (NASA Goddard acknowledgement, e-mail with the letter attached): the acknowledgement and its received date
  missed: "received your Freedom of Information Act request on the twenty-fourth of November, 2026" (an ordinal
  day spelled out).
- s08 (Postal Service acknowledgement): the expedite decision missed: "Accordingly, expedited processing of your
  request is not warranted".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout88"
# What the rules reach on this set now (blind: 9); it may only go up.
FLOOR = 9
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"s01-epa-interim.pdf", "s02-nrc-partial.txt", "s04-eeoc-no-records.txt",
                     "s05-nasa-ack-ext.eml", "s08-usps-expedite.txt"}


def test_heldout88_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout88_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

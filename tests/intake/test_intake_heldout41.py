"""The forty-first held-out set: 14 ordinary letters (letters/heldout41) of the kind and length of the samples in
shared/samples/agency-letters, eight federal and six state or local, from agencies no earlier set had: an IRS
disclosure office acknowledgement taking ten more business days (its date in the "Date:" block beside the person to
contact), an FAA fee estimate for a commercial requester (e-mail), a HUD "No records responsive ... were located"
letter (PDF), a NASA Goddard partial release with pages in full, in part and withheld, a Marshals Service denial in
full under (b)(7)(A) and (b)(7)(C) (PDF), a NOAA first interim release (e-mail), an OPM expedited processing denial, a
Commerce appeal granted in part and denied in part dated by a stamp ("NOV 18 2026"); the Ohio State Highway Patrol's
acknowledgement (e-mail), the Colorado Bureau of Investigation's seven-working-day CORA extension (PDF), a Portland
(Oregon) Police fee estimate, a Baltimore Police denial under the Maryland Public Information Act (Word), the
Wisconsin Department of Justice's release of a 19-page record in full (e-mail) and Salt Lake City's acknowledgement
of a GRAMA appeal. Written after set 40's fixes, from the agencies' published wording, and committed before the
rules were run on them: this is the honest figure for ordinary letters.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request (the test below files each
letter's request beside another at the same agency with another number; k08 by the number it read). Wrong were:
- k05: the Marshals Service's "they are therefore being withheld in full pursuant to 5 U.S.C. § 552(b)(7)(A)" read
  with its exemptions but without an outcome (denied);
- k06: NOAA's "This is the first interim response ... We will continue to process the remaining records" read as a
  final partial grant, because "We have completed the review of the first 500 pages of potentially responsive records"
  was taken for the end of processing;
- k08: Commerce's "Re: Freedom of Information Act Appeal, DOC-OS-2026-000944 (Appeal No. DOC-OS-2026-002207)" read
  with the request's number as the appeal's and no request number;
- k12: Maryland's "Gen. Prov. § 4-311" and "§ 4-351", cited after "Md. Code Ann., Gen. Prov. §§ 4-101 et seq.",
  read without the code's name.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout41"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"k05-usms-denial.pdf", "k06-noaa-interim.eml", "k08-doc-appeal.txt", "k12-bpd-denial.docx"}


def test_heldout41_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout41_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

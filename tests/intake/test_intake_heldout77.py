"""The seventy-seventh held-out set: 14 ordinary letters (letters/heldout77) like the samples in
shared/samples/agency-letters, chosen for letters that carry several events or a less plain outcome, eight federal and
six state and local: a Federal Communications Commission acknowledgement with its received date, a 10-business-day
extension and a fee estimate; a National Park Service region taking a 10-workday extension with its first interim
release (PDF); a Treasury final response that also grants a fee waiver (e-mail); a Consumer Product Safety Commission
acknowledgement that denies expedited processing (dated "8 October 2026"); a Bureau of Reclamation partial release
that refers 15 pages to the Army Corps of Engineers, dated at its foot; a Defense Department Inspector General appeal
acknowledgement with the day a decision is expected (e-mail); a Federal Reserve Board appeal decision affirming
Exemption 5 and remanding for a new search (PDF); a National Science Foundation fee estimate inviting the requester to
narrow the request, dated below the signature (PDF); an Oakland (California) still-interested notice with a day to
answer by (portal e-mail); a Kansas City (Missouri) Police Sunshine answer finding no records but one page, withheld
under RSMo § 610.021(13); a Rhode Island State Police APRA acknowledgement taking twenty more business days (PDF); a
New Hampshire Department of Safety denial under RSA 91-A:5, IV; an Ann Arbor (Michigan) FOIA extension alone (e-mail)
and an Indianapolis Police acknowledgement with the day the records should be ready, dated at its foot (PDF). Written
from the agencies' published rules and wording and committed before the rules were run on them.

Blind score: 10 of 14 fully right (71%), and each of the 14 matched to its request by its number. Wrong were:
- m05 (Bureau of Reclamation): the tracking number, "UCB-6300" (the office's mail code under the letterhead) read
  first, before "Freedom of Information Act Request BOR-2026-00912" on the subject line.
- m06 (DoD Inspector General, e-mail): expected_by of the appeal acknowledgement, empty: "we anticipate issuing a
  decision on or before January 15, 2027".
- m10 (Kansas City Police): outcome and pages_withheld, empty: "the Department did not locate any records responsive
  to your request, with one exception: a one-page memorandum ... That page is a closed record under RSMo §
  610.021(13) and is withheld in its entirety".
- m11 (Rhode Island State Police, PDF): the extension missed: "the time for responding to your request is hereby
  extended by an additional twenty (20) business days".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import names, wrong_in

from foiatrack.store.database import Database

SET = "heldout77"
# What the rules reach on this set now (blind: 10); it may only go up.
FLOOR = 10
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"m05-reclamation-referral.txt", "m06-dodig-appeal-ack.eml", "m10-kcpd-norecords-one-page.txt",
                     "m11-risp-ack-ext.pdf"}


def test_heldout77_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout77_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    from intake_scoring import matched_requests

    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

"""The eighty-ninth held-out set: 14 short letters (letters/heldout89) in the style and length of the samples in
shared/samples/agency-letters, written after set 88 was scored and fixed, eight from independent federal agencies
and six state and local, each stating its facts in a less usual order or form: a National Archives appeal
acknowledgement whose appeal "reached the Office of the Deputy Archivist on 11/04/2026" (e-mail), a Securities and
Exchange Commission partial grant, "Access is granted to 71 of them" (PDF), a Federal Trade Commission fee waiver
in which "the FTC concludes that you qualify for a waiver of all fees", a Federal Communications Commission
acknowledgement with "Date of receipt: 11/16/2026" and a date it expects to answer by (e-mail), an Office of
Personnel Management still-interested letter dated "1 December 2026", a Social Security Administration
acknowledgement with its number and dates in a Word table, a Consumer Financial Protection Bureau release in full
of "a nine-page supervisory memorandum", a General Services Administration "extra ten (10) working days" (PDF); an
Anne Arundel County Police (Maryland) release in part with pages spelled out, a City of Green Bay (Wisconsin)
no-records answer dated "2026-11-19", a Kansas City (Missouri) denial dated "Thursday, October 29, 2026" (PDF), a
Knoxville Police (Tennessee) release in full (e-mail with the letter attached), a Lexington Police (Kentucky)
release with redactions and a Louisiana State Police copy charge (e-mail). Committed before the rules were run on
them.

Blind score: 6 of 14 fully right. Wrong were:
- u01 (National Archives appeal acknowledgement, e-mail): nothing proposed and no appeal number: "Your appeal dated
  November 2, 2026, concerning the denial of ... request NGC26-0817 ..., reached the Office of the Deputy Archivist
  on 11/04/2026. We have logged it as appeal NGC27-0031A."
- u03 (FTC fee waiver): nothing proposed: "the FTC concludes that you qualify for a waiver of all fees".
- u07 (CFPB release in full): pages_released empty instead of 9: "The Bureau located one responsive record, a
  nine-page supervisory memorandum, and it is released to you in full with this letter."
- u08 (GSA extension, PDF): nothing proposed: "GSA will need an extra ten (10) working days to respond".
- v09 (Anne Arundel County Police, Maryland): exemption empty: the citation "Md. Code Ann., Gen. Prov. § 4-351."
  standing alone after the sentence that gives its ground.
- v10 (City of Green Bay, Wisconsin): nothing proposed: "That search turned up nothing. No record responsive to
  your request exists in the City's custody."
- v11 (Kansas City, Missouri, PDF): exemption empty: "closed records under Section 610.021(13), RSMo" (the section
  before the code's name).
- v14 (Louisiana State Police, e-mail): nothing proposed: "copies are $0.25 per page, for an amount due of $79.00".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.store.database import Database

SET = "heldout89"
# What the rules reach on this set now (blind: 6); it may only go up.
FLOOR = 6
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"u01-nara-appeal-ack.eml", "u03-ftc-waiver.txt", "u07-cfpb-full.txt", "u08-gsa-ext.pdf",
                     "v09-anne-arundel-partial.txt", "v10-green-bay-no-records.txt", "v11-kcmo-denial.pdf",
                     "v14-lsp-fee.eml"}


def test_heldout89_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", [name for name in names(SET) if name not in NOT_YET])
def test_heldout89_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(db: Database, tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(db, SET, tmp_path)
    assert matched == owner

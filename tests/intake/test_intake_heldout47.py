"""The forty-seventh held-out set: 14 ordinary letters (letters/heldout47) like the samples in
shared/samples/agency-letters, written after set 46 was fixed and before the rules were run on them, eight federal
and six state and local: USCIS's National Records Center acknowledging with the day received and taking ten working
days (PDF, the control number alone under the letterhead), CBP denying expedited processing (e-mail), ICE's
Government Information Law Division remanding an appeal for a new search, DHS's Inspector General asking whether the
requester remains interested (e-mail), Army CID's first interim release of 1,046 pages in part and 58 withheld (PDF,
its date at the foot), USDA Rural Development releasing "thirty-six (36) pages" in their entirety, Education's appeals
office acknowledging an appeal (e-mail), Social Security finding no records (its date at the foot), the Washoe County
School District (Nevada) estimating $212.40 (e-mail), the Delaware State Police producing 58 pages with redactions
and withholding five (PDF), the Idaho State Police taking ten more working days (dated "4/27/2026"), Oklahoma's
Department of Public Safety acknowledging, the Nebraska State Patrol denying under Neb. Rev. Stat. § 84-712.05(5)
(Word) and Duval County Public Schools (Florida) finding no records (its date at the foot).

Blind score: 13 of 14 fully right (93%), and every letter matched to the request filed with its number. Wrong was:
- q10 (Delaware State Police): "pursuant to 29 Del. C. § 10002(o)(3), which exempts investigatory files ..., and
  § 10002(o)(4), which exempts criminal files" read as (o)(3) only: the second section, after its own section sign
  and a clause describing the first, was not taken as one more section of the same code (exemptions).

After a general fix (tests below): 14 of 14, every earlier set unchanged. One more section of the same code, after
its own section sign, may follow a clause describing the one before (", which exempts ..., and § 10002(o)(4)"), as it
could already follow a description in parentheses; a section with no separator ("§ 10002(o)(4)") counts there only
with its subsections.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_scoring import matched_requests, names, wrong_in

from foiatrack.intake.exemptions import find_exemptions

SET = "heldout47"
# What the rules reach on this set now (blind: 13); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


def test_heldout47_scores_at_least_its_floor(tmp_path: Path) -> None:
    right = [name for name in names(SET) if not wrong_in(SET, name, tmp_path)]
    assert len(right) >= FLOOR, f"only {len(right)} of 14 fully right: {sorted(set(names(SET)) - set(right))}"


@pytest.mark.parametrize("name", sorted(set(names(SET)) - NOT_YET))
def test_heldout47_letter_is_proposed_fully_right(name: str, tmp_path: Path) -> None:
    assert wrong_in(SET, name, tmp_path) == []


def test_every_letter_is_matched_to_its_request(tmp_path: Path) -> None:
    """Each letter finds the one request carrying its number, among others at the same agency with other numbers."""
    matched, owner = matched_requests(SET, tmp_path)
    assert matched == owner


@pytest.mark.parametrize(("sentence", "codes"), [
    ("Information has been redacted or withheld pursuant to 29 Del. C. § 10002(o)(3), which exempts investigatory "
     "files compiled for civil or criminal law-enforcement purposes, and § 10002(o)(4), which exempts criminal files.",
     ["29 Del. C. § 10002(o)(3)", "29 Del. C. § 10002(o)(4)"]),
    ("Records are withheld under Neb. Rev. Stat. § 84-712.05(5), which covers investigative records, and § "
     "84-712.05(4), which covers attorney work product.",
     ["Neb. Rev. Stat. § 84-712.05(5)", "Neb. Rev. Stat. § 84-712.05(4)"]),
    ("The records are exempt under Iowa Code § 22.7(5), that is, peace officers' investigative reports, or § 22.7(11).",
     ["Iowa Code § 22.7(5)", "Iowa Code § 22.7(11)"]),
])
def test_one_more_section_after_a_clause_describing_the_first(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


@pytest.mark.parametrize("sentence", [
    # Near misses: a clause ended by ";", and a procedural section of the same code after the clause.
    "Records were withheld under 29 Del. C. § 10002(o)(3), which exempts investigatory files; you may petition the "
    "Attorney General under § 10005(e).",
    "Records are withheld under 29 Del. C. § 10002(o)(3), which is the exemption for investigatory files, and § "
    "10005(e) lets you petition the Attorney General.",
])
def test_a_clause_does_not_carry_a_procedural_section(sentence: str) -> None:
    assert find_exemptions(sentence) == ["29 Del. C. § 10002(o)(3)"]

"""The fiftieth held-out set: 14 ordinary letters (letters/heldout50) from the agencies the app's users meet most,
eight from the immigration and enforcement family (ICE, CBP, USCIS, the DHS Privacy Office, DOJ's Office of
Information Policy, the FBI, EOIR, the DHS Inspector General) and six state and local offices (the Pennsylvania State
Police, the Chicago Police, the Maricopa County Sheriff, Michigan's Department of Corrections, the Texas Attorney
General, the Seattle Police): one to three short paragraphs plus the usual boilerplate, in .txt, .eml and .pdf and
.docx, written before the rules were run on them.

Blind score: 12 of 14 fully right, and every one of the 14 matched to its request by its number. Wrong were:
Chicago's partial release (a10), whose exemptions "5 ILCS 140/7(1)(c)" and "5 ILCS 140/7(1)(d)(iv)" were not read
while the Act's own title, "5 ILCS 140/1 et seq.", was taken for an exemption (field: exemptions); and Maricopa's fee
estimate (a11), proposed as an acknowledgement (received 2026-07-30) and a fee estimate where the answer written had
the fee estimate alone (fields: kinds, received).

The answer for a11 was corrected after scoring: the rules' settled reading (and some sixteen earlier answers) is that
a letter saying on which day the request was received acknowledges it, whatever else it says, since that day starts
the clock; only a determination's recital of it does not. Maricopa's "your public records request received
07/30/2026" is such a day, so the answer is now an acknowledgement (received 2026-07-30) and the fee estimate. With
it the blind score would have been 13 of 14; the figure kept is the 12 scored. After the general fixes below (a
citation followed by "et seq." is a whole act; the Illinois Act's sections other than 7 and 7.5 are procedure; the
items of a list that a withholding sentence introduces with a colon are read as withholding): 14 of 14, every
earlier set unchanged.
"""

from __future__ import annotations

import pytest
from intake_scoring import events_in, set_tests

from foiatrack.intake.exemptions import find_exemptions

SET = "heldout50"
# What the rules reach on this set now (blind: 12); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))


@pytest.mark.parametrize(("sentence", "codes"), [
    # "et seq." names the whole act the request was made under, never the exemption applied.
    ("Portions were redacted under the Illinois Freedom of Information Act (5 ILCS 140/1 et seq.).", []),
    ("Your request, made under MCL 15.231 et seq., is denied.", []),
    ("The request is denied under the Georgia Open Records Act, O.C.G.A. § 50-18-70 et seq.", []),
    ("Records are withheld under R.C. 149.43 et seq. and R.C. 149.43(A)(1)(h).", ["R.C. 149.43(A)(1)(h)"]),
    # The Illinois Act's exemptions are its sections 7 and 7.5; its others are procedure and review.
    ("Your request is denied under 5 ILCS 140/7.5(v).", ["5 ILCS 140/7.5(v)"]),
    ("You may have the denial reviewed by the Public Access Counselor under 5 ILCS 140/9.5(a).", []),
    ("The denial is explained as 5 ILCS 140/9(a) requires and rests on 5 ILCS 140/7(1)(c).", ["5 ILCS 140/7(1)(c)"]),
])
def test_a_whole_act_or_its_procedure_is_no_exemption(sentence: str, codes: list[str]) -> None:
    assert find_exemptions(sentence) == codes


def _exemptions_of(body: str) -> tuple[str, ...]:
    return next((e.exemptions for e in events_in(body) if e.exemptions), ())


@pytest.mark.parametrize(("items", "codes"), [
    ("Section 7(1)(c), 5 ILCS 140/7(1)(c): personal information.\n\nSection 7(1)(d)(iv), 5 ILCS 140/7(1)(d)(iv): "
     "the identity of a confidential source.", ("5 ILCS 140/7(1)(c)", "5 ILCS 140/7(1)(d)(iv)")),
    ("- RCW 42.56.240(1): specific intelligence information.\n- RCW 42.56.230(7)(a): driver's license numbers.",
     ("RCW 42.56.240(1)", "RCW 42.56.230(7)(a)")),
    ("1. Wis. Stat. § 19.36(8)(b) - the identity of an informant.", ("Wis. Stat. § 19.36(8)(b)",)),
])
def test_the_items_of_a_list_of_exemptions_are_read(items: str, codes: tuple[str, ...]) -> None:
    body = ("Enclosed are 20 pages responsive to your request. Portions of the records have been redacted under the "
            "following exemptions:\n\n" + items)
    assert _exemptions_of(body) == codes


def test_a_list_not_introduced_by_a_withholding_is_not_read() -> None:
    body = ("Enclosed are 20 pages responsive to your request, redacted under RCW 42.56.240(1). You may seek review "
            "of this response under the following sections:\n\nRCW 42.56.550: judicial review in superior court.")
    assert _exemptions_of(body) == ("RCW 42.56.240(1)",)


def test_a_paragraph_after_the_list_is_not_an_item() -> None:
    body = ("Enclosed are 20 pages responsive to your request. The following were redacted:\n\n"
            "RCW 42.56.240(1): specific intelligence information.\n\n"
            "Review of this decision is available under RCW 42.56.550, as the Act provides.")
    assert _exemptions_of(body) == ("RCW 42.56.240(1)",)

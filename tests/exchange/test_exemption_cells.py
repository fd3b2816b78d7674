"""Exemption cells of agency logs, made ready for the one exemption parser."""

from __future__ import annotations

import pytest

from foiatrack.core.exemptions import parse_exemptions
from foiatrack.exchange.exemption_cells import tidy_exemptions


@pytest.mark.parametrize(("cell", "codes"), [
    ("(b)(6), (b)(7)(C)", ["(b)(6)", "(b)(7)(C)"]),
    ("b6 b7c", ["(b)(6)", "(b)(7)(C)"]),
    ("(b)(6) (b)(7)(C)", ["(b)(6)", "(b)(7)(C)"]),
    ("b5 b6 b7E", ["(b)(5)", "(b)(6)", "(b)(7)(E)"]),
    ("b5; Ex. 7(E)", ["(b)(5)", "(b)(7)(E)"]),
    ("Exemption 6 and Exemption 7(C)", ["(b)(6)", "(b)(7)(C)"]),
    ("N/A", []), ("None", []), ("-", []), ("", []), ("No exemptions applied", []),
])
def test_cells_give_the_canonical_codes(cell: str, codes: list[str]) -> None:
    tidied = tidy_exemptions(cell)
    assert (parse_exemptions(tidied) if tidied else []) == codes

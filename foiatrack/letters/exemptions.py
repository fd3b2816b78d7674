"""FOIA exemptions, 5 U.S.C. § 552(b): reading what users type and describing each one in a letter.

Determination letters cite exemptions in many spellings ("(b)(7)(C)", "b7C", "Exemption 7(C)"); an
appeal must name each one exactly and say what it covers, so user input is normalised here once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from foiatrack.letters.sandbox import join_and

# § 552(b)(1)-(9) and (b)(7)(A)-(F), in the words of public-records-law.md.
_DESCRIPTIONS: dict[str, str] = {
    "1": "classified national defense or foreign policy information",
    "2": "internal personnel rules and practices of an agency",
    "3": "information specifically exempted from disclosure by another statute",
    "4": "trade secrets and confidential commercial or financial information",
    "5": "inter-agency or intra-agency memoranda or letters that would be privileged in civil litigation",
    "6": "personnel, medical and similar files whose disclosure would be a clearly unwarranted invasion "
    "of personal privacy",
    "7": "records or information compiled for law enforcement purposes",
    "7A": "law-enforcement records whose release could reasonably be expected to interfere with "
    "enforcement proceedings",
    "7B": "law-enforcement records whose release would deprive a person of a right to a fair trial or "
    "an impartial adjudication",
    "7C": "law-enforcement records whose release could reasonably be expected to constitute an "
    "unwarranted invasion of personal privacy",
    "7D": "law-enforcement records whose release could reasonably be expected to disclose a confidential source",
    "7E": "law-enforcement techniques and procedures whose release could reasonably be expected to "
    "risk circumvention of the law",
    "7F": "law-enforcement records whose release could reasonably be expected to endanger the life or "
    "physical safety of any individual",
    "8": "reports prepared by or for an agency responsible for regulating financial institutions",
    "9": "geological and geophysical information and data concerning wells",
}

_PATTERN = re.compile(
    r"^(?:5\s*U\.?S\.?C\.?\s*§*\s*552\s*)?(?:exemptions?\s*)?\(?b?\)?\s*\(?([1-9])\)?\s*\(?([a-f])?\)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Exemption:
    """One exemption as an appeal names it.

    Attributes:
        code: "(b)(7)(C)", the form agencies print next to redactions.
        name: "Exemption 7(C)".
        citation: "5 U.S.C. § 552(b)(7)(C)".
        description: What the exemption protects; empty if the input was not a recognised exemption.
    """

    code: str
    name: str
    citation: str
    description: str


def parse_exemption(text: str) -> Exemption:
    """Normalise one exemption as typed by a user; unrecognised text is kept as written."""
    raw = text.strip()
    match = _PATTERN.match(raw.replace(" ", "")) if raw else None
    if not match:
        return Exemption(code=raw, name=raw, citation=raw, description="")
    number, sub = match.group(1), (match.group(2) or "").upper()
    if sub and number != "7":
        return Exemption(code=raw, name=raw, citation=raw, description="")
    code = f"(b)({number})" + (f"({sub})" if sub else "")
    name = f"Exemption {number}" + (f"({sub})" if sub else "")
    return Exemption(
        code=code,
        name=name,
        citation=f"5 U.S.C. § 552{code}",
        description=_DESCRIPTIONS[number + sub],
    )


def parse_exemptions(items: tuple[str, ...] | list[str]) -> list[Exemption]:
    """Normalise a list, dropping blanks and repeats (an agency letter often cites one twice).

    Recognised exemptions come in statutory order, (b)(1) to (b)(9); anything else follows as typed.
    """
    seen: set[str] = set()
    out: list[Exemption] = []
    for item in items:
        for piece in re.split(r"[,;]", item):
            if not piece.strip():
                continue
            exemption = parse_exemption(piece)
            if exemption.code not in seen:
                seen.add(exemption.code)
                out.append(exemption)
    return sorted(out, key=lambda e: (0, e.code) if e.description else (1, ""))


def exemptions_phrase(exemptions: list[Exemption]) -> str:
    """ "Exemption 6", "Exemptions 5, 6, and 7(C)": how running text names the exemptions cited."""
    if exemptions and all(e.description for e in exemptions):
        numbers = [e.name.removeprefix("Exemption ") for e in exemptions]
        return ("Exemption " if len(numbers) == 1 else "Exemptions ") + join_and(numbers)
    return join_and([e.name for e in exemptions])

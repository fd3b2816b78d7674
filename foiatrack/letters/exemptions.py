"""FOIA exemptions, 5 U.S.C. § 552(b), described for a letter: name, citation and what each one covers.

Reading what users type is :mod:`foiatrack.core.exemptions`' job (one parser for every entry point);
this module only turns the canonical codes it stores into the words an appeal needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from foiatrack.core.exemptions import ExemptionError, is_federal, parse_exemption
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

_CODE = re.compile(r"^\(b\)\((\d)\)(?:\(([A-F])\))?(.*)$")


@dataclass(frozen=True, slots=True)
class Exemption:
    """One exemption as an appeal names it.

    Attributes:
        code: "(b)(7)(C)", the form agencies print next to redactions.
        name: "Exemption 7(C)".
        citation: "5 U.S.C. § 552(b)(7)(C)".
        description: What the exemption protects; empty for a state citation or unreadable old text.
        federal: False for a state citation (kept as cited).
    """

    code: str
    name: str
    citation: str
    description: str
    federal: bool = True


def describe_exemption(text: str) -> Exemption:
    """How a letter names one stored exemption; text the parser does not read as FOIA is kept as written.

    Stored exemptions are canonical already (:mod:`foiatrack.core.exemptions` reads every input); older
    databases may hold other spellings, so they are read again here, never refused: a letter must still
    render for a request logged before the parser existed.
    """
    raw = " ".join(text.split())
    try:
        code = parse_exemption(raw) if raw else raw
    except ExemptionError:
        code = raw
    if not is_federal(code):
        return Exemption(code=code, name=code, citation=code, description="", federal=False)
    match = _CODE.match(code)
    assert match is not None  # canonical federal codes always match
    number, letter, statute = match.group(1), match.group(2) or "", (match.group(3) or "").strip()
    base = f"(b)({number})" + (f"({letter})" if letter else "")
    citation = f"5 U.S.C. § 552{base}" + (f", in conjunction with {statute}" if statute else "")
    return Exemption(code=code, name=f"Exemption {number}" + (f"({letter})" if letter else ""),
                     citation=citation, description=_DESCRIPTIONS[number + letter], federal=True)


def describe_exemptions(items: Iterable[str]) -> list[Exemption]:
    """Every stored exemption described, repeats dropped; FOIA ones in statutory order, (b)(1) to (b)(9),
    then state citations as written."""
    seen: set[str] = set()
    out: list[Exemption] = []
    for item in items:
        for piece in re.split(r";", item):
            if not piece.strip():
                continue
            exemption = describe_exemption(piece)
            if exemption.code not in seen:
                seen.add(exemption.code)
                out.append(exemption)
    return sorted(out, key=lambda e: (0, e.name, e.code) if e.federal else (1, "", ""))


def exemptions_phrase(exemptions: list[Exemption]) -> str:
    """ "Exemption 6", "Exemptions 5, 6, and 7(C)": how running text names the exemptions cited."""
    if exemptions and all(e.description for e in exemptions):
        numbers = [e.name.removeprefix("Exemption ") for e in exemptions]
        return ("Exemption " if len(numbers) == 1 else "Exemptions ") + join_and(numbers)
    return join_and([e.name for e in exemptions])

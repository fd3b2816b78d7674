"""An exemptions cell made ready for the one exemption parser.

Agency logs write exemptions every way there is: "(b)(6), (b)(7)(C)", "b6; b7c", "Ex. 5 & 6",
"5 U.S.C. 552(b)(3) - 8 U.S.C. 1202(f)", or "N/A" when nothing was withheld. The codes themselves are
read by :func:`foiatrack.core.exemptions.parse_exemptions` when the event is checked (it knows the
request's jurisdiction); this module only says which cells hold none, and splits codes that a log
separates by spaces alone ("b6 b7c"), which the parser would read as one entry.
"""

from __future__ import annotations

import re

from foiatrack.exchange.values import as_text

# What a log writes when nothing was withheld.
_NOTHING = frozenset({"", "n/a", "na", "n a", "none", "no", "-", "--", "0", "not applicable", "nil",
                      "no exemption", "no exemptions", "none cited", "no exemptions cited", "no exemptions applied",
                      "none applied", "no exemption applied"})
# One code: only exemption 7 has lettered parts, so "(b)(6) (b)(7)(C)" is two codes, not "(b)(6)(b)".
_CODE = r"\(?b\)?\s*(?:\(?7\)?(?:\s*\([a-f]\)|[a-f](?![a-z0-9]))?|\(?[1-9]\)?)"
_SPACED_CODES = re.compile(rf"^(?:{_CODE}\s*){{2,}}$", re.IGNORECASE)
_ONE_CODE = re.compile(_CODE, re.IGNORECASE)


def tidy_exemptions(value: object) -> tuple[str, ...]:
    """The cell's text as one entry for the parser, or nothing for "N/A", "None" and the like."""
    text = " ".join(as_text(value).split())
    if text.casefold().strip(" .") in _NOTHING:
        return ()
    if _SPACED_CODES.match(text):
        text = ", ".join(m.group(0).strip() for m in _ONE_CODE.finditer(text))
    return (text,)

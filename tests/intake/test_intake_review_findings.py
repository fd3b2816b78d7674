"""Review decisions read as what they give the requester: a finding that only the clock was broken, a verdict said
alone, an affirmance that gives out some of what was kept back."""

from __future__ import annotations

import pytest
from intake_scoring import events_in

from foiatrack.core.vocabulary import EventKind, Outcome


@pytest.mark.parametrize(("body", "outcome"), [
    # A review that finds only a late answer and upholds the withholding: an affirmance (the requester gets nothing)
    ("Summary: The Kentucky State Police violated the Open Records Act when it did not respond to a request within "
     "five business days. However, KSP did not violate the Act when it withheld records of an ongoing criminal "
     "investigation under KRS 61.878(1)(h).", Outcome.DENIED),
    ("The District did not respond until 12 business days after it received the request. Thus, the District violated "
     "the Act. The District did not violate the Act when it withheld the drafts and notes under KRS 61.878(1)(i).",
     Outcome.DENIED),
    ("The Department's untimely response violated the Act. The Department did not violate the Act when it withheld "
     "the personnel evaluations under KRS 61.878(1)(a).", Outcome.DENIED),
    # ... the near miss: a withholding found unlawful beside the late answer is a decision in part
    ("Summary: The Cabinet violated the Act when it failed to respond to a request within five business days. The "
     "Cabinet did not violate the Act when it withheld records under KRS 61.878(1)(h), but it violated the Act when "
     "it withheld the inspection reports without explaining how an exception applied.", Outcome.PARTIAL_GRANT),
])
def test_a_review_finding_only_a_late_answer_beside_a_withholding_upheld_is_an_affirmance(body: str,
                                                                                         outcome: Outcome) -> None:
    opening = ("26-ORD-301\n\nIn re: Jane Roe/Kentucky State Police\n\n" + body + "\n\nOpen Records Decision\n\n"
               "On October 5, 2026, Jane Roe submitted a request to the agency. Having received no response by "
               "October 20, 2026, the Appellant initiated this appeal.\n\n")
    rights = ("A party aggrieved by this decision may appeal it by initiating action in the appropriate circuit court "
              "pursuant to KRS 61.880(5) and KRS 61.882 within 30 days from the date of this decision.")
    [event] = events_in(opening + rights, "December 3, 2026",
                        head="COMMONWEALTH OF KENTUCKY\nOFFICE OF THE ATTORNEY GENERAL")
    assert (event.kind, event.outcome) == (EventKind.APPEAL_DECISION, outcome)

"""Understanding agency correspondence: pure functions from a letter's text to proposed events.

No Qt, no SQL, no file I/O here: readers live in :mod:`foiatrack.exchange.correspondence`, matching and
logging in :mod:`foiatrack.services.intake`. Every rule is a readable pattern with tests; a field the rules
are not sure of stays empty and the proposal says why (precision over recall).
"""

from foiatrack.intake.model import Letter, Proposal, ProposedEvent
from foiatrack.intake.understand import understand

__all__ = ["Letter", "Proposal", "ProposedEvent", "understand"]

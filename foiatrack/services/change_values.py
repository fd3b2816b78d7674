"""What a write (or someone elsewhere) changed: the value the app's change signal carries. Apart from
:mod:`foiatrack.services.changes` (which records it from SQLAlchemy's flushes) so that the window can be
built before SQLAlchemy is imported."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """What a write (or someone elsewhere) changed; combine two with ``|``.

    ``requests`` names the requests whose row, events, tags or files changed; ``all_requests`` says "some
    requests, which is not known" (an import, a restore, a change found by polling). A page asks
    :meth:`touches_request` or :attr:`any_requests` and reloads only when what it shows is concerned.
    """

    requests: frozenset[int] = frozenset()
    all_requests: bool = False
    agencies: bool = False
    settings: bool = False  # settings rows, closure days: derived dates may move
    tags: bool = False
    trash: bool = False  # requests went to the trash, came back, or were deleted for good
    templates: bool = False  # letter templates on disk
    elsewhere: bool = False  # found by the change detector: made by another process or window

    @classmethod
    def everything(cls, *, elsewhere: bool = False) -> Changes:
        """Anything may have changed (a restore, another database, a change found by polling)."""
        return cls(all_requests=True, agencies=True, settings=True, tags=True, trash=True, templates=True,
                   elsewhere=elsewhere)

    @classmethod
    def of_requests(cls, ids: Iterable[int]) -> Changes:
        return cls(requests=frozenset(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            requests=self.requests | other.requests, all_requests=self.all_requests or other.all_requests,
            agencies=self.agencies or other.agencies, settings=self.settings or other.settings,
            tags=self.tags or other.tags, trash=self.trash or other.trash,
            templates=self.templates or other.templates, elsewhere=self.elsewhere or other.elsewhere)

    @property
    def any_requests(self) -> bool:
        """Any request (or what is derived from requests: lists, counts, statistics) may differ."""
        return bool(self.requests) or self.all_requests or self.settings or self.trash or self.agencies

    def touches_request(self, request_id: int) -> bool:
        """The request *request_id* (its row, events, deadlines or agency) may differ."""
        return request_id in self.requests or self.all_requests or self.settings or self.agencies

    @property
    def empty(self) -> bool:
        return self == Changes()

"""The change signal's value: how two changes combine, and which pages each one concerns."""

from __future__ import annotations

import dataclasses

import pytest
from fresh_interpreter import database_libraries_after

from foiatrack.services.change_values import Changes

FLAGS = ("all_requests", "agencies", "settings", "tags", "trash", "templates", "elsewhere")


def test_changes_combine() -> None:
    both = Changes.of_requests([1]) | Changes(agencies=True, requests=frozenset({2}))
    assert both.requests == frozenset({1, 2}) and both.agencies and not both.settings
    everything = Changes.everything(elsewhere=True)
    assert everything.elsewhere and everything.touches_request(99) and everything.any_requests
    assert Changes().empty and not Changes().any_requests


@pytest.mark.parametrize("flag", FLAGS)
def test_each_flag_survives_a_combination_from_either_side(flag: str) -> None:
    one = Changes(**{flag: True})  # type: ignore[arg-type]
    assert getattr(one | Changes.of_requests([3]), flag) and getattr(Changes.of_requests([3]) | one, flag)
    assert (one | Changes()) == one and not (one | Changes()).empty
    others = [other for other in FLAGS if other != flag]
    assert not any(getattr(one | Changes.of_requests([3]), other) for other in others)


def test_which_changes_concern_requests() -> None:
    """A request's page reloads for its own row, unknown requests, settings (dates move) or agencies; tags,
    templates and another window's word alone do not touch it; the trash changes lists but not a request."""
    assert Changes.of_requests([4]).touches_request(4) and not Changes.of_requests([4]).touches_request(5)
    for flag in ("all_requests", "settings", "agencies"):
        assert Changes(**{flag: True}).touches_request(5), flag  # type: ignore[arg-type]
        assert Changes(**{flag: True}).any_requests, flag  # type: ignore[arg-type]
    for flag in ("tags", "templates", "elsewhere"):
        assert not Changes(**{flag: True}).touches_request(5), flag  # type: ignore[arg-type]
        assert not Changes(**{flag: True}).any_requests, flag  # type: ignore[arg-type]
    assert Changes(trash=True).any_requests and not Changes(trash=True).touches_request(5)
    assert Changes.of_requests([4]).any_requests


def test_everything_is_every_flag_and_says_where_it_came_from() -> None:
    everything = Changes.everything()
    assert all(getattr(everything, flag) for flag in FLAGS if flag != "elsewhere")
    assert not everything.elsewhere and everything.requests == frozenset()
    assert Changes.everything(elsewhere=True) == everything | Changes(elsewhere=True)


def test_a_change_is_a_value() -> None:
    assert Changes.of_requests(iter([2, 1, 2])) == Changes(requests=frozenset({1, 2}))
    assert hash(Changes.of_requests([1])) == hash(Changes(requests=frozenset({1})))
    assert not Changes.of_requests([1]).empty
    with pytest.raises(dataclasses.FrozenInstanceError):
        Changes().tags = True  # type: ignore[misc]


def test_the_value_loads_without_sqlalchemy() -> None:
    """The window is built with it before the database library is imported."""
    assert database_libraries_after("from foiatrack.services.change_values import Changes\nChanges.everything()") == []

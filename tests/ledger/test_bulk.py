"""The collector's settings around building long-lived objects: changed for the block only,
and given back however the block ends."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from ledger.store.bulk import YOUNG_COLLECTION_AFTER, building_to_keep, collecting_less_often


@pytest.fixture(autouse=True)
def python_default_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_a_sync_service_s_block_collects_less_often_and_gives_it_back() -> None:
    with collecting_less_often():
        assert gc.get_threshold() == (YOUNG_COLLECTION_AFTER, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_nested_blocks_give_it_back_when_the_last_ends() -> None:
    """Tests run several services in one process, and they stop in any order."""
    first, second = collecting_less_often(), collecting_less_often()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold()[0] == YOUNG_COLLECTION_AFTER  # the second still runs
    second.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_set_by_the_program_is_kept() -> None:
    gc.set_threshold(50_000, 5, 5)
    with collecting_less_often():
        assert gc.get_threshold() == (50_000, 5, 5)
    assert gc.get_threshold() == (50_000, 5, 5)


def test_a_block_that_fails_gives_it_back() -> None:
    with pytest.raises(RuntimeError), collecting_less_often():
        raise RuntimeError("a service that crashed")
    assert gc.get_threshold() == (700, 10, 10)


def test_what_is_built_to_keep_is_out_of_the_collector_s_sight() -> None:
    was_enabled = gc.isenabled()
    before = gc.get_freeze_count()
    with building_to_keep():
        assert not gc.isenabled()
        kept = [[i] for i in range(1000)]
    assert gc.isenabled() == was_enabled
    assert gc.get_freeze_count() >= before + len(kept)
    gc.unfreeze()

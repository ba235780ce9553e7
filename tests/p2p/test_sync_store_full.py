"""A PC whose disk is full ends the session in words; the session does not crash."""

from __future__ import annotations

from typing import Any

import pytest
import trio

from ledger.store.errors import StoreError
from ledger.store.space import DISK_FULL
from tests.p2p.conftest import linked, until
from tests.p2p.test_sync import joined_pair


def test_a_full_disk_ends_the_session_with_its_reason(
    make_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, g, _, _ = joined_pair(make_store)

    def full(*_args: object, **_kwargs: object) -> list[object]:
        raise StoreError(DISK_FULL)  # what a store raises when the disk filled mid-write

    monkeypatch.setattr(b.store, "stage_batches", full)  # (what sessions store through)

    async def main() -> None:
        async with linked(a, b):
            await until(lambda: bool(b.ended), what="the session ended")

    trio.run(main)
    assert b.ended[0].startswith("this PC could not store what arrived: the disk that holds")
    assert g not in b.store.group_ids()

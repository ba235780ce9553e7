"""bench/sync_converge.py's cheap look at the PCs' stores says what counting their rows says."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.sync_converge import Watch
from ledger.savings import membership_actions as actions
from ledger.store.storage import DB_NAME
from ledger.store.store import Store
from tests.multihost.lan import change_count, people


def test_the_watch_agrees_with_counting_the_rows(tmp_path: Path) -> None:
    homes = [tmp_path / "a", tmp_path / "b"]
    (signer,) = people("Amina")
    store = Store.open(homes[0])
    group = actions.create_group(store, signer, name="Umoja", currency="KES").group
    Store.open(homes[1]).close()
    watch = Watch(homes)
    try:
        total = change_count(homes[0])
        assert total > 0 and change_count(homes[1]) == 0
        assert not watch.settled(0, total + 1)
        assert [watch.settled(i, total) for i in range(2)] == [True, False]
        b = Store.open(homes[1])
        b.ingest_many(store.raw_changes(group))
        b.close()
        assert watch.settled(1, total) and watch.converged(total, 0.0)
        # Row ids run ahead of the count (a row taken out): the count decides.
        db = sqlite3.connect(homes[1] / DB_NAME)
        db.execute("DELETE FROM change_log WHERE rowid = (SELECT min(rowid) FROM change_log)")
        db.commit()
        db.close()
        fresh = Watch(homes)
        assert not fresh.settled(1, total) and not fresh.converged(total, 0.0)
        fresh.close()
    finally:
        watch.close()
        store.close()

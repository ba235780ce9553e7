"""A service packs each batch for the wire once for all its sessions (issue 11: in a mesh
a PC sends its own changes to every peer, in the same batches)."""

from __future__ import annotations

from typing import Any

import pytest
import trio

from ledger.store.change import change_id
from ledger.store.ids import ChangeId, GroupId
from p2p import messages as m
from p2p.session_state import Packed, PackedBatches, SessionStream
from p2p.sync import SessionConfig, SyncSession
from tests.p2p.conftest import linked, until
from tests.p2p.test_no_resend import ids_of, members_on_pcs, write_many

CONFIG = SessionConfig(idle_timeout=10, ping_interval=2, batch_changes=32, window=4)
GROUP = GroupId("ab" * 32)


def test_a_packed_batch_encodes_exactly_as_the_batch_itself() -> None:
    raws = (b"first change", b"second change")
    assert m.encode_batch(GROUP, 7, m.pack_batch(GROUP, raws)) == m.encode(m.Batch(GROUP, 7, raws))
    back = m.decode(m.encode_batch(GROUP, 7, m.pack_batch(GROUP, raws)))
    assert isinstance(back, m.Batch) and back.changes == raws and back.seq == 7


def test_the_least_recently_used_go_first_once_the_limit_is_held() -> None:
    cache = PackedBatches(limit=100)
    ids = [[ChangeId(f"{i:064x}")] for i in range(4)]
    for i in range(3):
        cache.put(GROUP, ids[i], [Packed((b"x" * 30, b"s" * 10), 1)])
    # 120 bytes offered, 100 allowed: the oldest went
    assert cache.get(GROUP, ids[0]) is None
    assert cache.get(GROUP, ids[1]) is not None  # now the most recently used
    cache.put(GROUP, ids[3], [Packed((b"y" * 30, b"s" * 10), 1)])
    assert cache.get(GROUP, ids[2]) is None
    assert cache.get(GROUP, ids[1]) is not None and cache.get(GROUP, ids[3]) is not None
    assert cache.bytes == 80
    cache.put(GROUP, ids[0], [Packed((b"z" * 101, b""), 1)])  # over the whole limit: not held
    assert cache.get(GROUP, ids[0]) is None and cache.bytes == 80
    assert cache.get(GroupId("cd" * 32), ids[1]) is None  # another group: another key


def test_two_sessions_sending_the_same_changes_pack_them_once(
    make_store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (a, b, c), g, (amina, _, _) = members_on_pcs(make_store, ["Amina", "Bosco", "Chiku"])
    from_a = write_many(a.store, g, amina, 200)
    shared = PackedBatches()

    class Sharing(SyncSession):
        def __init__(self, store: Any, stream: SessionStream, **kwargs: Any) -> None:
            super().__init__(store, stream, packed=shared, **kwargs)

    a.session_class = Sharing
    packed: list[tuple[GroupId, tuple[bytes, ...]]] = []
    pack = m.pack_batch

    def counting(
        group: GroupId, changes: Any, ids: Any = None, known: Any = None
    ) -> m.PackedChanges:
        # The sender hands over the ids it holds rather than have each change hashed again,
        # and the fields read for the batches before, kept for all its sessions.
        assert ids is not None and len(ids) == len(changes)
        assert known is shared.fields
        packed.append((group, tuple(changes)))
        return pack(group, changes, ids, known)

    monkeypatch.setattr(m, "pack_batch", counting)

    async def main() -> None:
        async with linked(a, b, CONFIG), linked(a, c, CONFIG):
            await until(
                lambda: from_a <= ids_of(b.store, g) and from_a <= ids_of(c.store, g),
                limit=60,
                what="both peers hold what A wrote",
            )

    trio.run(main)
    assert b.store.version_vector(g) == a.store.version_vector(g) == c.store.version_vector(g)
    sent: list[ChangeId] = [change_id(raw) for _, changes in packed for raw in changes]
    # every change A wrote was packed, and none twice although it went to two peers
    assert set(sent) >= from_a
    assert len(sent) == len(set(sent))

"""Building realistic signed histories quickly, for the benchmarks."""

from __future__ import annotations

import time
from pathlib import Path

from ledger.savings import membership_actions as actions
from ledger.store.change import MAX_DEPS, Change, sign_change
from ledger.store.history import GroupHistory
from ledger.store.ids import DeviceId, GroupId, writer_id
from ledger.store.persons import Signer, create_person
from ledger.store.store import Store


def people(count: int) -> list[Signer]:
    return [create_person(f"Person {i}", "pw")[1] for i in range(count)]


def founded_group(home: Path, signers: list[Signer]) -> tuple[Store, GroupId]:
    """A group whose members are `signers` (the first is the founding council)."""
    store = Store.open(home)
    group = actions.create_group(store, signers[0], name="Bench group", currency="KES").group
    for signer in signers[1:]:
        actions.add_member(
            store,
            signer=signers[0],
            group=group,
            person=signer.person,
            name=signer.name,
            roles=["council", "elder"],
        )
    return store, group


def signed_history(store: Store, group: GroupId, signers: list[Signer], count: int) -> list[bytes]:
    """`count` valid contributions after what `store` holds, recorded round-robin by
    `signers` for each other, each citing the previous one (as a busy meeting would),
    without storing them."""
    history = GroupHistory(group)
    for raw in store.raw_changes(group):
        history.add(_decode(raw))
    device = DeviceId(store.device_id)
    heads = history.latest_heads(MAX_DEPS)
    out: list[bytes] = []
    clock = int(time.time() * 1000)
    for i in range(count):
        signer = signers[i % len(signers)]
        last = history.last_of(writer_id(signer.person, device))
        change = sign_change(
            signer,
            group=group,
            device=device,
            seq=1 if last is None else last.seq + 1,
            prev=None if last is None else last.id,
            deps=heads,
            clock=clock + i,
            kind="entry.add",
            body={
                "type": "contribution",
                "fund": bytes.fromhex(group),
                "member": bytes.fromhex(signers[(i + 1) % len(signers)].person),
                "amount": 100 * (1 + i % 50),
                "date": f"2026-{1 + i % 12:02d}-15",
            },
        )
        history.add(change)
        heads = (change.id,)
        out.append(change.raw)
    return out


def _decode(raw: bytes) -> Change:
    from ledger.store.change import decode_change

    return decode_change(raw, verify=False)

"""A group that arrives while discovery still probes its name (the first second or two).

Zeroconf probes a new name before it registers it; re-announcing during the probe made
the probe hear our own name and raise NonUniqueNameException, which stopped the whole
engine (in the window: a new member's PC whose group arrived just after start-up).
This uses the host's real mDNS (no root needed), so it skips without a LAN interface.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import pytest
import trio

from ledger.store.ids import ChangeId
from p2p.discovery import Discovery, PeerFound, group_tag_key, local_addresses, shared_groups
from p2p.service import ServiceConfig, SyncService
from tests.p2p.conftest import LOOPBACK, new_group, person, until


@pytest.mark.skipif(not local_addresses(), reason="mDNS needs a network interface besides lo")
def test_a_group_arriving_while_the_name_is_probed_is_announced_later(
    tmp_path: Path, make_store: Any
) -> None:
    amina = person("Amina")
    store = make_store("a")
    new_group(store, amina, "Harambee")  # a PC without a group would not announce at all
    service = SyncService(store, home=tmp_path / "a", config=ServiceConfig(listen=LOOPBACK))
    found: list[PeerFound] = []

    async def listen(discovery: Discovery) -> None:
        async with discovery.running():
            async for event in discovery.events:
                if isinstance(event, PeerFound) and event.peer_id == service.peer_id:
                    found.append(event)

    def probing() -> bool:
        return service.discovery is not None and service.discovery._bridge is not None

    async def main() -> None:
        async with trio.open_nursery() as nursery:
            started = trio.Event()

            async def run_service() -> None:
                await nursery.start(service.run)
                started.set()

            nursery.start_soon(run_service)
            await until(probing, what="zeroconf started")  # its name is probed for ~1 s now
            group = new_group(store, amina)  # the engine hears of a new group at once
            with trio.fail_after(15):
                await started.wait()  # before the fix: NonUniqueNameException here
            listener = f"Listener{secrets.token_hex(8)}"  # unique if two runs share the LAN
            nursery.start_soon(listen, Discovery(listener, 1))
            key = group_tag_key(store.history(group).control[ChangeId(group)].raw)
            await until(
                lambda: any(shared_groups(f, [key]) == [key] for f in found),
                15,
                "the group's tag announced once the name was registered",
            )
            nursery.cancel_scope.cancel()

    trio.run(main)

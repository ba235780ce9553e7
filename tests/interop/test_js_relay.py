"""A relay Lattice did not build: js-libp2p's Circuit Relay v2 server (tests/interop/
js_relay.mjs, npm packages pinned in package-lock.json) serves as a group's relay.

Two PCs of a group whose only way to meet is that relay (no mDNS, no addresses) sync
through it with Lattice's own relay client (ServiceConfig.relays); and, one level down,
two p2p.transport hosts with py-libp2p's circuit_v2 client reserve on it and open a sync
stream through it, noise end to end (each side sees the other's device key), while a PC
without a reservation is refused.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trio

from ledger.store.reach import RELAY
from ledger.store.store import Store
from p2p.events import PeerConnected, SyncEvent
from p2p.service import ServiceConfig, SyncService
from tests.interop.node_peers import require_node_packages
from tests.multihost.jsonlines import JsonLines
from tests.multihost.lan import founded_group, people, write
from tests.p2p.conftest import until

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
pytestmark = pytest.mark.timeout(180)


class Processes:
    def __init__(self, logs: Path) -> None:
        self.logs = logs
        self.started: list[subprocess.Popen[str]] = []

    def start(self, name: str, argv: list[str]) -> JsonLines:
        with open(self.logs / f"{name}.log", "w") as log:
            proc = subprocess.Popen(
                argv, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, text=True,
                cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
        self.started.append(proc)
        return JsonLines(proc)

    def python_peer(self, name: str, *args: str) -> JsonLines:
        return self.start(name, [sys.executable, "-m", "tests.interop.relay_peer", *args])

    def stop(self) -> None:
        for proc in self.started:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.started:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
            if proc.stdout is not None:
                proc.stdout.close()


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    running = Processes(tmp_path)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def js_relay(processes: Processes) -> str:
    """The js-libp2p relay's full address (…/p2p/<relay peer id>) on loopback."""
    require_node_packages(HERE, "@libp2p/circuit-relay-v2")
    relay = processes.start("relay", ["node", str(HERE / "js_relay.mjs"), "0"])
    ready = relay.wait_event("ready", 60)
    return next(a for a in ready["addrs"] if a.startswith("/ip4/127.0.0.1/"))


def test_a_group_syncs_through_a_js_libp2p_relay(tmp_path: Path, js_relay: str) -> None:
    homes = [tmp_path / name for name in ("oakland", "richmond")]
    signers = people("Nai", "Fou")
    group = founded_group(homes, signers)
    for home, signer in zip(homes, signers, strict=True):
        write(home, signer, group, f"written offline at {home.name}")
    stores = [Store.open(home) for home in homes]
    events: list[SyncEvent] = []

    def held(store: Store) -> dict[object, int]:
        store.refresh()
        return dict(store.version_vector(group))

    before = [held(store) for store in stores]
    both = {w: max(v.get(w, 0) for v in before) for w in before[0].keys() | before[1].keys()}
    assert held(stores[0]) != both != held(stores[1])

    async def main() -> None:
        only_the_relay = ServiceConfig(
            listen=("/ip4/127.0.0.1/tcp/0",), mdns=False, redial_interval=1.0, relays=[js_relay]
        )
        services = [
            SyncService(store, home=home, config=only_the_relay, on_event=events.append)
            for store, home in zip(stores, homes, strict=True)
        ]
        async with trio.open_nursery() as nursery:
            for service in services:
                await nursery.start(service.run)
            await until(
                lambda: all(held(s) == both for s in stores), limit=90, what="sync via js relay"
            )
            for service in services:
                assert service.relay.circuit_addrs(), "each PC holds a slot on the js relay"
                assert all(live.path == RELAY for live in service.sessions.values())
            nursery.cancel_scope.cancel()

    try:
        trio.run(main)
    finally:
        for store in stores:
            store.close()
    connected = [e for e in events if isinstance(e, PeerConnected)]
    assert connected and all(e.path == RELAY and e.relay == js_relay for e in connected)


def test_two_lattice_pcs_reserve_on_a_js_libp2p_relay_and_talk_through_it(
    processes: Processes, js_relay: str
) -> None:
    listener = processes.python_peer("listener", "listen", js_relay)
    reserved = listener.wait_event("reserved", 60)
    dialer = processes.python_peer("dialer", "dial", js_relay, reserved["peer"])
    echoed = dialer.wait(lambda e: e["event"] in {"echoed", "failed"}, 60, "the echo")
    assert echoed["event"] == "echoed", echoed
    connected = dialer.wait_event("connected", 1)
    answered = listener.wait_event("answered", 10)
    # Noise ran end to end through the relay: each PC saw the other's device key.
    assert echoed["device"] == reserved["device"]
    assert answered["device"] == connected["device"]
    assert echoed["frame"] == answered["frame"] == "hello through the relay"
    relay_id = js_relay.rsplit("/p2p/", 1)[1]
    assert echoed["path"] == [f"/p2p/{relay_id}/p2p-circuit/p2p/{reserved['peer']}"]


def test_the_js_relay_refuses_to_connect_to_a_pc_without_a_reservation(
    processes: Processes, js_relay: str
) -> None:
    nobody = "12D3KooWQhomVFN5adqqYUtqrtHUaM36UkJdxfmkLP8BKA1ZEQRX"
    dialer = processes.python_peer("dialer", "dial", js_relay, nobody)
    failed = dialer.wait(lambda e: e["event"] in {"echoed", "failed"}, 60, "the refusal")
    assert failed["event"] == "failed", failed
    assert "status 204" in failed["error"], failed  # NO_RESERVATION in the relay v2 spec

"""Three districts of three PCs, each district behind its own NAT, each PC with 500 changes
written offline, converging through one relay; beside it the same nine PCs on one LAN.
Prints the time until every PC holds every change, and the bytes through the relay (what
its network link carried in and out) beside the bytes on the LAN. Needs root (network
namespaces and iptables). Asserts nothing about timings.

    sudo .venv/bin/python bench/relay_districts.py [rounds] [--districts 3] [--pcs 3]
        [--changes 500]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._args import machine_load
from bench.sync_common import counts, median, release, start_node, stop, wait_until, wire_bytes
from tests.multihost.jsonlines import JsonLines
from tests.multihost.lan import (
    change_count,
    cli,
    contributions,
    founded_group,
    people,
    store_offline,
)
from tests.multihost.nat import RELAY_ADDRESS, NatLab, missing_nat_requirement
from tests.multihost.netns import NetnsLab

TIMEOUT = 1200.0


def prepare(base: Path, count: int, changes: int) -> tuple[list[Path], int]:
    """`count` PCs of one group, each with `changes` contributions written offline;
    (their data folders, the changes each must end up holding)."""
    homes = [base / f"pc{i}" for i in range(count)]
    signers = people(*(f"Council {i}" for i in range(count)))
    group = founded_group(homes, signers)
    shared = change_count(homes[0])
    for home, signer in zip(homes, signers, strict=True):
        store_offline(home, contributions(home, group, [signer], changes))
    return homes, shared + count * changes


def link_bytes(netns: str, ifname: str) -> tuple[int, int]:
    """(received, sent) bytes of one interface in a namespace."""
    out = subprocess.run(
        ["ip", "-n", netns, "-s", "-j", "link", "show", "dev", ifname],
        capture_output=True, text=True, check=True, timeout=20,
    )  # fmt: skip
    stats = json.loads(out.stdout)[0]["stats64"]
    return int(stats["rx"]["bytes"]), int(stats["tx"]["bytes"])


def through_relay(base: Path, districts: int, pcs: int, changes: int) -> tuple[float, int, int]:
    """(seconds to converge, bytes the relay received, bytes it sent)."""
    homes, total = prepare(base, districts * pcs, changes)
    with NatLab(districts, pcs, base, random_ports=True) as lab:  # no hole punching
        relay = lab.relay.popen(
            cli("serve", "--relay", "--json", "--listen", f"/ip4/{RELAY_ADDRESS}/tcp/4001"),
            log_name="relay",
        )
        address = JsonLines(relay).wait(lambda e: "relay" in e, 60, "relay ready")["addrs"][0]
        nodes = [
            start_node(pc, home, "--relay", address)
            for pc, home in zip(lab.hosts, homes, strict=True)
        ]
        try:
            rx0, tx0 = link_bytes(lab.relay.netns, "eth0")
            start = release(nodes)
            done = wait_until(lambda: all(c == total for c in counts(homes)), TIMEOUT, 0.2)
            time.sleep(1.0)  # the last acknowledgements
            rx1, tx1 = link_bytes(lab.relay.netns, "eth0")
        finally:
            stop(nodes)
    return done - start, rx1 - rx0, tx1 - tx0


def on_one_lan(base: Path, count: int, changes: int) -> tuple[float, int]:
    """(seconds to converge, bytes on the LAN) for the same PCs on one LAN."""
    homes, total = prepare(base, count, changes)
    with NetnsLab(count, base) as lab:
        nodes = [start_node(lab.hosts[i], homes[i]) for i in range(count)]
        try:
            before = wire_bytes(lab)
            start = release(nodes)
            done = wait_until(lambda: all(c == total for c in counts(homes)), TIMEOUT, 0.2)
            time.sleep(1.0)
            wire = wire_bytes(lab) - before
        finally:
            stop(nodes)
    return done - start, wire


def main() -> None:
    parser = argparse.ArgumentParser(description="districts converging through one relay")
    parser.add_argument("rounds", nargs="?", type=int, default=3)
    parser.add_argument("--districts", type=int, default=3)
    parser.add_argument("--pcs", type=int, default=3, help="PCs in each district")
    parser.add_argument("--changes", type=int, default=500, help="written offline on each PC")
    args = parser.parse_args()
    reason = missing_nat_requirement()
    if reason is not None:
        print(f"relay_districts: skipped ({reason})")
        return
    count = args.districts * args.pcs
    print(machine_load())
    relayed, relay_in, relay_out, lan, lan_wire = [], [], [], [], []
    for r in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="lattice-bench-") as tmp:
            took, rx, tx = through_relay(Path(tmp), args.districts, args.pcs, args.changes)
        relayed.append(took)
        relay_in.append(rx)
        relay_out.append(tx)
        with tempfile.TemporaryDirectory(prefix="lattice-bench-") as tmp:
            took_lan, wire = on_one_lan(Path(tmp), count, args.changes)
        lan.append(took_lan)
        lan_wire.append(wire)
        print(
            f"round {r + 1}: through the relay {took:.1f} s, relay link in {rx / 1e6:.2f} MB"
            f" out {tx / 1e6:.2f} MB; one LAN {took_lan:.1f} s, {wire / 1e6:.2f} MB",
            flush=True,
        )
    print(
        f"{args.districts} districts x {args.pcs} PCs x {args.changes} offline changes each, "
        f"{args.rounds} rounds (medians), then {machine_load()}:"
    )
    print(f"{'':28} {'through one relay':>18} {'one LAN':>10}")
    print(f"{'time to full convergence':28} {median(relayed):>16.1f} s {median(lan):>8.1f} s")
    print(
        f"{'bytes through the relay':28} {median(relay_in) / 1e6:>10.2f} MB in,"
        f" {median(relay_out) / 1e6:.2f} MB out"
    )
    print(f"{'bytes on the LAN(s)':28} {'':>18} {median(lan_wire) / 1e6:>7.2f} MB")


if __name__ == "__main__":
    main()

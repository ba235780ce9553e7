"""`lattice serve` and `lattice join` in network namespaces: real mDNS, no addresses given.

A fourth PC joins by invite and catches up; a member's PC that floods invalid changes is
banned while the honest ones converge; a PC killed with SIGKILL mid-sync restarts and
converges. The machine may be slow and busy, so every wait polls against a deadline.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from p2p.peers import PeerBook
from tests.multihost.jsonlines import JsonLines
from tests.multihost.lan import (
    PASSPHRASE,
    Serving,
    change_count,
    cli,
    contributions,
    founded_group,
    people,
    store_offline,
    vv,
    wait_converged,
    write,
)
from tests.multihost.netns import NetnsLab

pytestmark = [pytest.mark.multihost, pytest.mark.timeout(600)]


def test_fourth_pc_joins_later_by_invite_and_catches_up(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(4)
    homes = [tmp_path / n for n in ("a", "b", "c", "d")]
    signers = people("Amina", "Bosco", "Chiku")
    group = founded_group(homes[:3], signers)
    store_offline(homes[0], contributions(homes[0], group, signers, 300))
    founder = Store.open(homes[0])
    code, _ = actions.create_invite(founder, signers[0], group, role="member")
    founder.close()
    newcomer = Store.open(homes[3])
    Keyring(newcomer.db).create("Dalia", PASSPHRASE)
    device_d = newcomer.device_id
    newcomer.close()

    serving = [Serving(lab.hosts[i], homes[i]) for i in range(3)]
    write(homes[1], signers[1], group, "Bosco's notes")
    write(homes[2], signers[2], group, "Chiku's notes")
    wait_converged(homes[:3], group, 120, writers=4)

    join = lab.hosts[3].popen(
        cli("join", code.text(), "--as", "Dalia", "--home", str(homes[3]), "--json",
            "--timeout", "150"),
        env={"LATTICE_PASSPHRASE": PASSPHRASE}, log_name="join-d",
    )  # fmt: skip
    out, _ = join.communicate(timeout=200)
    assert join.returncode == 0, (out, (lab.workdir / "join-d.log").read_text())
    joined = json.loads(out)
    assert joined["group"] == group
    assert joined["roles"] == ["member"]
    assert joined["received"] >= 300

    # Everyone catches up with the join; the newcomer's PC is now linked.
    wait_converged(homes, group, 120, writers=5)
    founder = Store.open(homes[0])
    try:
        assert device_d in founder.state(group).membership.linked_devices()
    finally:
        founder.close()

    # Once serving, the newcomer gets live changes like everyone else.
    serving.append(Serving(lab.hosts[3], homes[3]))
    write(homes[0], signers[0], group, "welcome, Dalia")
    wait_converged(homes, group, 120, writers=5)
    assert [s.stop() for s in serving] == [0, 0, 0, 0]


def test_pc_sending_invalid_changes_is_banned_while_honest_sync_completes(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(3)
    homes = [tmp_path / n for n in ("a", "b", "m")]
    signers = people("Amina", "Bosco", "Mallet")
    group = founded_group(homes, signers)

    flooder = JsonLines(
        lab.hosts[2].python("-m", "tests.multihost.flooder", "--home", str(homes[2]))
    )
    ready = flooder.wait_event("ready", 60)
    a = Serving(lab.hosts[0], homes[0])
    b = Serving(lab.hosts[1], homes[1])
    write(homes[0], signers[0], group, "Amina's notes")
    write(homes[1], signers[1], group, "Bosco's notes")
    wait_converged(homes[:2], group, 120, writers=3)

    # Both honest PCs refused the flood, and banned the PC that sent it.
    flooder.wait(
        lambda e: e.get("event") == "PeerDisconnected" and "banned" in e.get("reason", ""),
        120, "a ban",
    )  # fmt: skip
    result = subprocess.run(
        cli("peers", "--home", str(homes[0]), "--json"), capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    peers = json.loads(result.stdout)
    assert peers["running"] is True
    seen_flooder = [p for p in peers["known"] if p["peer"] == ready["peer"]]
    assert seen_flooder, peers
    for home in homes[:2]:
        assert not any(w.startswith(ready["mallory"]) for w in vv(home, group))

    # Sync between the honest PCs goes on while the flooder keeps trying.
    write(homes[0], signers[0], group, "after the ban")
    wait_converged(homes[:2], group, 60, writers=3)
    book = PeerBook(homes[0])
    assert "banned" in book.peers[ready["peer"]].reason or book.peers[ready["peer"]].state in (
        "disconnected", "unreachable",
    )  # fmt: skip
    assert [a.stop(), b.stop()] == [0, 0]


def test_pc_killed_mid_sync_restarts_and_converges(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(2)
    homes = [tmp_path / "a", tmp_path / "b"]
    signers = people("Amina", "Bosco")
    group = founded_group(homes, signers)
    store_offline(homes[0], contributions(homes[0], group, signers, 8000))
    total = change_count(homes[0])

    a = Serving(lab.hosts[0], homes[0])
    victim = JsonLines(lab.hosts[1].python("-m", "tests.multihost.node", "--home", str(homes[1])))
    victim.wait_event("ChangesReceived", 120)
    victim.proc.kill()
    victim.proc.wait(10)
    held = change_count(homes[1])
    assert held < total, "the sync ended before the kill: nothing was interrupted"

    # Restarted on the same data folder, it picks up where it stopped.
    b = Serving(lab.hosts[1], homes[1])
    wait_converged(homes, group, 180, writers=2)
    assert change_count(homes[1]) == total
    check = subprocess.run(
        cli("check", "--home", str(homes[1]), "--json"), capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr
    assert [a.stop(), b.stop()] == [0, 0]

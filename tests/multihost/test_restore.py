"""The whole restore story on two PCs in network namespaces: a PC backed up, wrote more,
synced it to the other PC, lost its disk and was restored with `lattice restore`. It
writes nothing until `lattice serve` has brought its later records back from the other
PC; then it writes again, and no record of anyone's is void anywhere."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ledger.savings import membership_actions as actions
from ledger.store.errors import Refused
from ledger.store.ids import writer_id
from ledger.store.store import Store
from tests.multihost.lan import Serving, cli, founded_group, people, vv, wait_converged, write
from tests.multihost.netns import NetnsLab

pytestmark = [pytest.mark.multihost, pytest.mark.timeout(600)]


def _held(home: Path) -> bool:
    store = Store.open(home)
    try:
        return bool(store.held_groups())
    finally:
        store.close()


def wait_unheld(home: Path, timeout: float = 120) -> None:
    """Wait until the restored PC at `home` holds no group any more (a sync lifted it)."""
    deadline = time.monotonic() + timeout
    while _held(home):
        assert time.monotonic() < deadline, "the hold never lifted"
        time.sleep(0.5)


def test_a_restored_pc_waits_for_its_later_records_then_writes_without_voiding_any(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    lab = netns_lab(2)
    homes = [tmp_path / "a", tmp_path / "b"]
    amina, bosco = people("Amina", "Bosco")
    group = founded_group(homes, [amina, bosco])
    backup = tmp_path / "usb" / "a.sqlite3"
    backup.parent.mkdir()
    subprocess.run(cli("backup", str(backup), "--home", str(homes[0])), check=True, timeout=120)
    for text in ("after the backup", "and again"):
        write(homes[0], amina, group, text)
    serving = [Serving(lab.hosts[i], homes[i]) for i in range(2)]
    later = wait_converged(homes, group, 120, writers=2)
    assert [s.stop() for s in serving] == [0, 0]

    restored = subprocess.run(
        cli("restore", str(backup), "--home", str(homes[0]), "--replace"),
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert "writes nothing for these groups until it has synced" in restored.stdout
    opened = Store.open(homes[0])
    amina_a = writer_id(amina.person, opened.device_id)
    opened.close()
    assert vv(homes[0], group)[amina_a] < later[amina_a]  # the backup's older chain
    with pytest.raises(Refused, match="restored from a backup"):
        write(homes[0], amina, group, "too soon")

    serving = [Serving(lab.hosts[i], homes[i]) for i in range(2)]
    wait_unheld(homes[0])
    assert vv(homes[0], group)[amina_a] >= later[amina_a]
    write(homes[0], amina, group, "after the restore")
    write(homes[1], bosco, group, "Bosco meanwhile")
    final = wait_converged(homes, group, 120, writers=2)
    assert final[amina_a] == later[amina_a] + 1
    assert [s.stop() for s in serving] == [0, 0]
    for home in homes:
        store = Store.open(home)
        try:
            state = store.state(group)
            assert not state.equivocators and not state.voided
            assert state.documents["goal:0000aaaa"] is not None
        finally:
            store.close()


def test_a_pc_that_joined_after_the_backup_brings_the_restored_pc_back(
    netns_lab: Callable[[int], NetnsLab], tmp_path: Path
) -> None:
    """Bosco and his PC joined after A's backup: the restored A does not know that PC, yet
    finds it by mDNS, catches up from it, sees its link, and writes again."""
    lab = netns_lab(2)
    a, c = tmp_path / "a", tmp_path / "c"
    amina, bosco = people("Amina", "Bosco")
    group = founded_group([a], [amina])
    backup = tmp_path / "usb" / "a.sqlite3"
    backup.parent.mkdir()
    subprocess.run(cli("backup", str(backup), "--home", str(a)), check=True, timeout=120)
    founder = Store.open(a)
    newcomer = Store.open(c)
    try:  # after the backup: Bosco joins the council and links his PC
        actions.add_member(
            founder, amina, group, person=bosco.person, name="Bosco",
            roles=["council"],
        )  # fmt: skip
        newcomer.ingest_many(founder.raw_changes(group))
        actions.link_device(newcomer, bosco, group, "Bosco's PC")
        founder.ingest_many(newcomer.raw_changes(group))
        amina_a = writer_id(amina.person, founder.device_id)
    finally:
        founder.close()
        newcomer.close()
    write(a, amina, group, "after the backup")
    serving = [Serving(lab.hosts[0], a), Serving(lab.hosts[1], c)]
    later = wait_converged([a, c], group, 120, writers=2)
    assert [s.stop() for s in serving] == [0, 0]

    subprocess.run(
        cli("restore", str(backup), "--home", str(a), "--replace"), check=True, timeout=120
    )
    assert vv(a, group)[amina_a] < later[amina_a]
    serving = [Serving(lab.hosts[0], a), Serving(lab.hosts[1], c)]
    wait_unheld(a)
    assert vv(a, group)[amina_a] >= later[amina_a]
    write(a, amina, group, "after the restore")
    final = wait_converged([a, c], group, 120, writers=2)
    assert final[amina_a] == later[amina_a] + 1
    assert [s.stop() for s in serving] == [0, 0]
    for home in (a, c):
        store = Store.open(home)
        try:
            state = store.state(group)
            assert not state.equivocators and not state.voided
        finally:
            store.close()

"""The IT helper's restore, as separate processes on loopback (no root): `lattice restore`
holds the group, `lattice sync` with the other PC lifts the hold, and the next write
continues this PC's chain on both PCs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.p2p.lattice_cli import lattice, refused, serving


def same_group_unheld(a: Path, other: Path) -> Any:
    """Both PCs' `lattice status` show the one group alike (same digest), no longer held,
    without an equivocation or a voided change; A's status."""
    status_a, status_other = lattice("status", home=a), lattice("status", home=other)
    for status in (status_a, status_other):
        (g,) = status["groups"]
        assert g["equivocations"] == [] and g["voided"] == []
        assert g["held_after_restore"] is False
    assert status_a["groups"][0]["digest"] == status_other["groups"][0]["digest"]
    return status_a


@pytest.mark.timeout(400)
def test_restore_then_sync_lifts_the_hold_and_the_chain_goes_on(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    lattice("person", "create", "Amina", home=a)
    lattice("person", "create", "Bosco", home=b)
    group = lattice("group", "create", "Umoja", "--currency", "KES", "--as", "Amina", home=a)["id"]
    invite = ("invite", "create", group, "--role", "member", "--as", "Amina")
    with serving(a) as ready:
        addr = ready["addrs"][0]
        code = lattice(*invite, "--address", addr, home=a)["code"]
        lattice("join", code, "--as", "Bosco", "--no-mdns", "--timeout", "60", home=b)
    backup = lattice("backup", str(tmp_path), home=a)["file"]
    lattice(*invite, home=a)  # after the backup, and it reaches B
    with serving(b) as ready:
        addr = ready["addrs"][0]
        lattice("sync", "--peer", addr, "--timeout", "60", home=a)
    restored = lattice("restore", backup, "--replace", home=a)
    assert restored["held"] == [group]
    assert "restored from a backup" in refused(*invite, home=a)

    with serving(b) as ready:
        addr = ready["addrs"][0]
        synced = lattice("sync", "--peer", addr, "--timeout", "60", home=a)
        assert synced["held"] == [] and synced["received"] == 1
        lattice(*invite, home=a)  # writes again, after the invite it made before
        lattice("sync", "--peer", addr, "--timeout", "60", home=a)
    status_a = same_group_unheld(a, b)
    assert status_a["groups"][0]["changes"] == 5  # founded, invite, join, invite, invite


@pytest.mark.timeout(400)
def test_a_file_keeps_the_hold_and_a_pc_that_joined_after_the_backup_lifts_it(
    tmp_path: Path,
) -> None:
    a, c = tmp_path / "a", tmp_path / "c"
    lattice("person", "create", "Amina", home=a)
    lattice("person", "create", "Chidi", home=c)
    group = lattice("group", "create", "Umoja", "--currency", "KES", "--as", "Amina", home=a)["id"]
    invite = ("invite", "create", group, "--role", "member", "--as", "Amina")
    backup = lattice("backup", str(tmp_path), home=a)["file"]
    with serving(a) as ready:  # Chidi's PC joins after the backup
        code = lattice(*invite, "--address", ready["addrs"][0], home=a)["code"]
        lattice("join", code, "--as", "Chidi", "--no-mdns", "--timeout", "60", home=c)
        lattice(*invite, home=a)  # written after the backup
        lattice("sync", "--peer", ready["addrs"][0], "--timeout", "60", home=c)
    lattice("restore", backup, "--replace", home=a)
    stick = tmp_path / "umoja.lattice"
    lattice("changes", "export", group, "-o", str(stick), home=c)
    imported = lattice("changes", "import", str(stick), home=a)
    assert imported["own_brought_back"] == {group: 2}  # the two invites after the backup
    assert lattice("status", home=a)["groups"][0]["held_after_restore"] is True

    with serving(c) as ready:
        addr = ready["addrs"][0]
        synced = lattice("sync", "--peer", addr, "--timeout", "60", home=a)
        assert synced["held"] == []
        lattice(*invite, home=a)  # writes again, continuing its chain
        lattice("sync", "--peer", addr, "--timeout", "60", home=a)
    same_group_unheld(a, c)

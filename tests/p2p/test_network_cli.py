"""`lattice serve`, `join`, `sync` and `peers` as separate processes on loopback (no root)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.p2p.lattice_cli import lattice, refused, serving


@pytest.mark.timeout(300)
def test_serve_join_sync_and_peers(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    lattice("person", "create", "Amina", home=a)
    lattice("person", "create", "Bosco", home=b)
    group = lattice("group", "create", "Umoja", "--currency", "KES", "--as", "Amina", home=a)["id"]
    with serving(a) as ready:
        (addr,) = ready["addrs"]
        assert addr.startswith("/ip4/127.0.0.1/tcp/")
        assert addr.endswith(f"/p2p/{ready['peer']}")
        code = lattice(
            "invite", "create", group, "--role", "member", "--as", "Amina", "--address", addr,
            home=a,
        )["code"]  # fmt: skip

        joined = lattice("join", code, "--as", "Bosco", "--no-mdns", "--timeout", "60", home=b)
        assert joined["group"] == group
        assert joined["roles"] == ["member"]
        assert joined["peer"] == ready["peer"]

        synced = lattice("sync", "--peer", addr, "--timeout", "60", home=b)
        assert synced["groups"] == [group]
        status_a, status_b = lattice("status", home=a), lattice("status", home=b)
        assert status_a["groups"][0]["digest"] == status_b["groups"][0]["digest"]

        peers_a = lattice("peers", home=a)
        assert peers_a["running"] is True
        (known,) = peers_a["known"]
        assert known["groups"] == [group]
        assert known["last_sync"] is not None
        assert known["path"] == "lan"  # loopback: this PC's own network
        assert known["bytes_received"] > 0 and known["bytes_sent"] > 0
        peers_b = lattice("peers", home=b)
        assert peers_b["running"] is False
        assert peers_b["known"][0]["peer"] == ready["peer"]
        assert peers_b["known"][0]["manual"] is True
    assert not list(a.glob("sync-*.pid"))


def test_join_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    home = tmp_path / "b"
    lattice("person", "create", "Bosco", home=home)
    stderr = refused(
        "join", "LAT-AAAA-BBBB-CCCC-DDDD", "--as", "Bosco", "--timeout", "3", home=home
    )
    assert "no member's PC on this network shared the group within 3 s" in stderr

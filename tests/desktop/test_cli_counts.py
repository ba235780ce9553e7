"""The network commands say a count of one in the singular ('1 group', '1 change'), through
the CLI's `counted`, as the other commands do."""

from __future__ import annotations

from desktop.cli.peer_commands import peer_lines
from desktop.cli.serve_commands import describe
from ledger.store.ids import DeviceId, GroupId
from p2p.events import PeerInSync


def test_peers_lists_one_group_in_the_singular() -> None:
    known = {
        "peer": "12D3KooWPeer", "addrs": [], "manual": False, "state": "connected",
        "last_state": "connected", "reason": "", "last_seen": None, "last_sync": None,
        "groups": ["g1"], "received": 3, "sent": 1, "path": "", "relay": "",
        "bytes_received": 0, "bytes_sent": 0,
    }  # fmt: skip
    discovered = {"peer": "12D3KooWOther", "addrs": [], "shared_groups": 1, "seen": 0.0}
    lines = peer_lines({"running": True, "known": [known], "discovered": [discovered]})
    assert ", 1 group, " in lines[0] and "groups" not in lines[0]
    assert lines[-1] == "12D3KooWOther  on the network, 1 shared group"


def test_serve_says_one_change_in_the_singular() -> None:
    event = PeerInSync(
        peer_id="12D3KooWPeer", device=DeviceId("d" * 64), groups=(GroupId("a" * 64),),
        received=1, sent=0,
    )  # fmt: skip
    assert describe(event) == "in sync with 12D3KooWPeer (received 1 change, sent 0)"

"""The peers table: other computers found on the network or typed in by hand."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ledger.store.ids import short
from ledger.store.reach import bytes_words
from ui.core_text import core_text
from ui.formatting import datetime_text
from ui.models.table import Column, RowTableModel
from ui.service import PeerInfo, PeerSource


def _source(peer: PeerInfo) -> str:
    if peer.source is PeerSource.DISCOVERED:
        return QCoreApplication.translate("PeersModel", "found on this network")
    return QCoreApplication.translate("PeersModel", "added by hand")


def _connected(peer: PeerInfo) -> str:
    if peer.connected:
        return QCoreApplication.translate("PeersModel", "connected")
    return QCoreApplication.translate("PeersModel", "not connected")


def _last_sync(peer: PeerInfo) -> str:
    if peer.last_sync is None:
        return QCoreApplication.translate("PeersModel", "never")
    return datetime_text(peer.last_sync)


def _moved(peer: PeerInfo) -> str:
    if not peer.bytes_received and not peer.bytes_sent:
        return "—"
    return core_text(bytes_words(peer.bytes_received, peer.bytes_sent))


def sorted_peers(peers: list[PeerInfo]) -> list[PeerInfo]:
    """Connected first, then by address, so the list does not jump around."""
    return sorted(peers, key=lambda p: (not p.connected, p.address))


class PeersModel(RowTableModel[PeerInfo]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(
                    lambda: QCoreApplication.translate("PeersModel", "Address"),
                    lambda p: p.address,
                ),
                Column(
                    lambda: QCoreApplication.translate("PeersModel", "Computer"),
                    lambda p: short(p.device) if p.device else "—",
                    tooltip=lambda p: p.device or "",
                ),
                Column(lambda: QCoreApplication.translate("PeersModel", "How found"), _source),
                Column(lambda: QCoreApplication.translate("PeersModel", "State"), _connected),
                Column(
                    lambda: QCoreApplication.translate("PeersModel", "Path"),
                    lambda p: core_text(p.path) if p.path else "—",
                ),
                Column(lambda: QCoreApplication.translate("PeersModel", "Last sync"), _last_sync),
                Column(lambda: QCoreApplication.translate("PeersModel", "Moved"), _moved),
                Column(
                    lambda: QCoreApplication.translate("PeersModel", "Problem"),
                    lambda p: core_text(p.problem),
                    tooltip=lambda p: core_text(p.problem),
                ),
            ],
            parent,
        )

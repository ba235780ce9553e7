"""The names of the main window's views, importable without Qt (for the command line)."""

from __future__ import annotations

VIEW_NAMES: tuple[str, ...] = (
    "overview",
    "ledger",
    "goals",
    "meetings",
    "passbook",
    "members",
    "rules",
    "peers",
    "export",
)

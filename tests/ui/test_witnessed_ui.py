"""The Overview and the Export view say how many of the group's computers confirmed its state."""

from __future__ import annotations

import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.windows import shown_window
from ui.views.export import ExportView
from ui.views.overview import OverviewView


def test_the_overview_and_export_view_show_the_witnessed_line(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, found = demo
    window = shown_window(qtbot, store)
    overview, export = window.views["overview"], window.views["export"]
    assert isinstance(overview, OverviewView) and isinstance(export, ExportView)
    overview.reload()
    assert "No computer of the group has confirmed" in overview.witnessed.text()
    store.sign_receipt(found.group)  # as at a meeting's close
    pcs = store.witnessing(found.group).pcs
    overview.reload()
    export.reload()
    for label in (overview.witnessed, export.witnessed):
        assert re.match(rf"Confirmed by 1 of {pcs} computers up to .+\.$", label.text()), (
            label.text()
        )


def test_the_overview_says_when_the_other_computers_were_last_heard_from(
    qtbot: QtBot, demo: tuple[Store, Demo], tmp_path: Path
) -> None:
    from ledger.savings import membership_actions as actions

    store, found = demo
    window = shown_window(qtbot, store)
    overview = window.views["overview"]
    assert isinstance(overview, OverviewView)
    overview.reload()
    assert "no other PC of the group heard from yet" in overview.heard.text()
    other = Store.open(tmp_path / "baraka-pc")
    try:
        other.ingest_many(store.raw_changes(found.group), source="peer")
        actions.link_device(other, found.baraka, found.group)
        store.ingest_many(other.raw_changes(found.group), source="peer")
        other.sign_receipt(found.group, time=1_780_000_000_000)
        store.take_receipts(found.group, other.receipts(found.group))
    finally:
        other.close()
    overview.reload()
    lines = overview.heard.text().splitlines()
    assert lines[0] == "Last heard from the group's computers:"
    assert lines[1] == f"{found.baraka.name}'s PC, last heard from 2026-05-28 20:26 UTC"

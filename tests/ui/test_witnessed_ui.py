"""The Overview and the Export view say how many of the group's computers confirmed its state."""

from __future__ import annotations

import re

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

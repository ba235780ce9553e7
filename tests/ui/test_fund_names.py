"""The default fund, named by the core, is shown in the window's language; a fund a person
named keeps their name, and the exports keep the data's English name."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from ledger.savings.books import FundId
from ledger.store.ids import GroupId
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_core_text import spanish  # noqa: F401  (a fixture)
from tests.ui.test_ledger import person
from tests.ui.windows import shown_window
from ui.dialogs.entry import AddEntryDialog
from ui.signing import SigningContext
from ui.views.export import ExportView
from ui.views.ledger import LedgerView
from ui.views.overview import OverviewView

FUND_COLUMN = 3


def shown_names(qtbot: QtBot, store: Store, group: GroupId) -> dict[str, object]:
    """What the window calls the default fund in the Overview, the ledger and its filter,
    and the entry dialog's fund picker."""
    window = shown_window(qtbot, store, FakeSync())
    overview = window.views["overview"]
    assert isinstance(overview, OverviewView)
    window.show_view("ledger")
    ledger = window.views["ledger"]
    assert isinstance(ledger, LedgerView)
    model = ledger.model
    in_ledger = {
        model.index(r, FUND_COLUMN).data()
        for r in range(model.rowCount())
        if model.row_at(r).fund == FundId(group)
    }
    dialog = AddEntryDialog(
                 signing=SigningContext(
                     store=store,
                     group=group,
                     keyring=Keyring(store.db),
                     signers=[person(store, "Amina")],
                 ),
             )
    qtbot.addWidget(dialog)
    return {
        "overview": sorted(r.name for r in overview.funds.rows()),
        "ledger": in_ledger,
        "filter": ledger.fund.itemText(ledger.fund.findData(FundId(group))),
        "picker": dialog.fund.itemText(dialog.fund.findData(FundId(group))),
    }


def test_the_default_fund_in_spanish(
    qtbot: QtBot,
    demo: tuple[Store, Demo],
    spanish: None,  # noqa: F811
) -> None:
    store, d = demo
    assert shown_names(qtbot, store, d.group) == {
        "overview": ["Ahorros", "School roof", "Social fund"],  # people's names stay
        "ledger": {"Ahorros"},
        "filter": "Ahorros",
        "picker": "Ahorros",
    }


def test_the_default_fund_in_english(qtbot: QtBot, demo: tuple[Store, Demo]) -> None:
    store, d = demo
    assert shown_names(qtbot, store, d.group) == {
        "overview": ["Savings", "School roof", "Social fund"],
        "ledger": {"Savings"},
        "filter": "Savings",
        "picker": "Savings",
    }


def exported_cells(qtbot: QtBot, store: Store, format: str, target: Path) -> set[str]:
    """Every cell of what the Export view writes, as text."""
    window = shown_window(qtbot, store, FakeSync())
    window.show_view("export")
    view = window.views["export"]
    assert isinstance(view, ExportView)
    view.format.setCurrentIndex(view.format.findData(format))
    view.target.setText(str(target))
    view.start()
    qtbot.waitUntil(lambda: view.open_button.isEnabled(), timeout=10_000)
    if format == "xlsx":
        book = openpyxl.load_workbook(target, read_only=True)
        rows = [row for sheet in book for row in sheet.iter_rows(values_only=True)]
    else:
        files = sorted(target.parent.glob("*.csv"))
        assert len(files) == 3  # the entries, and the balances and loans owed beside them
        rows = [row for f in files for row in csv.reader(f.read_text("utf-8-sig").splitlines())]
    return {str(cell) for row in rows for cell in row}


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_exports_keep_the_data_name_in_a_spanish_window(
    qtbot: QtBot,
    demo: tuple[Store, Demo],
    spanish: None,  # noqa: F811
    tmp_path: Path,
    format: str,
) -> None:
    store, _ = demo
    cells = exported_cells(qtbot, store, format, tmp_path / "out" / f"umoja.{format}")
    assert {"Savings", "Social fund"} <= cells  # the fund column, as the data names them
    assert not any("Ahorros" in cell for cell in cells)

"""The Overview's funds (confirmed and pending apart), goals and pooled-funds chart."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings.balances import fund_balances, monthly
from ledger.savings.books import FundId, books_of
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.models.funds import summarize, summarize_by_walk
from ui.views.overview import OverviewView
from ui.views.pooled_chart import month_label


def test_summary_agrees_with_the_core(demo: tuple[Store, Demo]) -> None:
    store, d = demo
    books = books_of(store.state(d.group))
    summary = summarize(books)
    assert summary.funds == fund_balances(books)
    closing: dict[FundId, int] = {}
    expected: dict[str, int] = {}
    for row in monthly(books):
        closing[row.fund] = row.closing
        expected[row.month] = sum(closing.values())
    assert summary.pooled == sorted(expected.items())
    assert summarize_by_walk(books) == summary
    assert month_label("2026-03").endswith(" 2026")


def test_overview_shows_funds_goals_and_chart(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, qtmodeltester: ModelTester
) -> None:
    store, _ = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    window.show()
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    funds = {r.name: r for r in view.funds.rows()}
    assert set(funds) == {"Savings", "Social fund", "School roof"}
    assert funds["School roof"].confirmed == 150000 and funds["School roof"].pending == 0
    assert funds["Savings"].pending > 0
    qtmodeltester.check(view.funds)
    assert [c.row.title for c in view.goals.shown] == [
        "A new school roof",
        "Solar lamps for every home",
    ]
    assert view.goals.shown[0].bar.value() == 250
    assert len(view.chart.points) == 6
    assert view.chart.points[-1][1] == sum(r.confirmed for r in funds.values())


def test_hidden_views_wait_until_shown(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, _ = demo
    window = MainWindow(store=store, sync=sync)
    qtbot.addWidget(window)
    overview, ledger = window.views["overview"], window.views["ledger"]
    assert isinstance(overview, OverviewView)
    assert overview.funds.rowCount() == 0  # nothing read before the window shows
    window.show()
    assert overview.funds.rowCount() == 3
    assert ledger.model.rowCount() == 0  # type: ignore[attr-defined]
    window.show_view("ledger")
    assert ledger.model.rowCount() == 26  # type: ignore[attr-defined]

"""The pooled-funds chart draws sane axes for any data, and says so when there is none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QLineSeries, QValueAxis
from pytestqt.qtbot import QtBot

from ledger.store.ids import GroupId
from ledger.store.store import Store
from tests.ui.fakes import FakeSync
from ui.main_window import MainWindow
from ui.views.overview import OverviewView
from ui.views.pooled_chart import MoneyAxis, PooledChart, money_axis, month_label


def labels(axis: MoneyAxis, currency_digits: int) -> list[str]:
    scale = 10**currency_digits
    return [f"{(axis.low + i * axis.step) / scale:.{axis.digits}f}" for i in range(axis.ticks)]


@given(
    totals=st.lists(st.integers(-(10**12), 10**12), max_size=40),
    currency_digits=st.sampled_from([0, 2, 3]),
)
def test_money_axis_is_round_and_readable(totals: list[int], currency_digits: int) -> None:
    axis = money_axis(totals, currency_digits)
    assert axis.low <= min([0, *totals]) and axis.high >= max([0, *totals])
    assert axis.low % axis.step == 0 and axis.high % axis.step == 0
    assert 2 <= axis.ticks <= 9
    shown = labels(axis, currency_digits)
    assert len(set(shown)) == len(shown), shown  # no two gridlines read alike


def test_money_axis_examples() -> None:
    assert money_axis([], 2) == MoneyAxis(0, 100, 100, 0)  # 0 to 1 KES
    assert money_axis([0, 0], 0) == MoneyAxis(0, 1, 1, 0)  # 0 to 1 RWF
    assert labels(money_axis([125_000], 2), 2) == ["0", "500", "1000", "1500"]
    assert labels(money_axis([30], 2), 2) == ["0.0", "0.1", "0.2", "0.3"]
    assert labels(money_axis([-500, 1000], 0), 0) == ["-500", "0", "500", "1000"]


def chart_parts(chart: PooledChart) -> tuple[QValueAxis, list[str], list[float]]:
    inner = chart.chart()
    money = next(a for a in inner.axes() if isinstance(a, QValueAxis) and a.isVisible())
    months = next(a for a in inner.axes() if isinstance(a, QBarCategoryAxis))
    line = next(s for s in inner.series() if isinstance(s, QLineSeries))
    return money, months.categories(), [p.x() for p in line.points()]


def test_one_month_fills_its_band_under_its_label(qtbot: QtBot) -> None:
    chart = PooledChart()
    qtbot.addWidget(chart)
    chart.show_series([("2026-03", 125_000)], "KES")
    assert not chart.is_empty() and not chart.empty_note.isVisibleTo(chart)
    money, months, xs = chart_parts(chart)
    assert (money.min(), money.max(), money.tickCount()) == (0, 1500, 4)
    assert months == [month_label("2026-03")]
    assert xs == [-0.5, 0.5]  # the whole band of its one month, not a sliver at the edge


def test_months_sit_in_the_middle_of_their_labels(qtbot: QtBot) -> None:
    chart = PooledChart()
    qtbot.addWidget(chart)
    chart.show_series([("2026-03", 10_000), ("2026-04", 0), ("2026-05", 5_000)], "KES")
    inner = chart.chart()
    hidden = next(a for a in inner.axes() if isinstance(a, QValueAxis) and not a.isVisible())
    assert (hidden.min(), hidden.max()) == (-0.5, 2.5)  # the category axis's three bands
    assert chart_parts(chart)[2] == [0, 1, 2]


def test_all_zero_months_get_a_plain_axis(qtbot: QtBot) -> None:
    chart = PooledChart()
    qtbot.addWidget(chart)
    chart.show_series([("2026-03", 0), ("2026-04", 0)], "KES")
    money, months, _ = chart_parts(chart)
    assert (money.min(), money.max(), money.tickCount()) == (0, 1, 2)
    assert money.labelFormat() == "%.0f"
    assert len(months) == 2


def test_a_group_without_entries_says_no_money_yet(
    qtbot: QtBot, store: Store, group: GroupId
) -> None:
    window = MainWindow(store=store, sync=FakeSync())
    qtbot.addWidget(window)
    window.show()
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    assert view.chart.is_empty()
    assert view.chart.empty_note.isVisible()
    assert view.chart.empty_note.text().startswith("No money recorded yet.")
    assert view.chart.chart().axes() == []  # no axis to draw wrong
    assert "No money recorded yet." in view.chart.accessibleDescription()
    image = view.chart.grab()
    assert not image.isNull()

    view.chart.show_series([("2026-03", 100)], "KES")
    assert not view.chart.empty_note.isVisible()
    view.chart.show_series([], "KES")
    assert view.chart.empty_note.isVisible()


def test_a_year_of_months_is_labelled_every_other_month(qtbot: QtBot) -> None:
    chart = PooledChart()
    qtbot.addWidget(chart)
    months = [f"2026-{m:02d}" for m in range(1, 13)]
    chart.show_series([(m, 100 * i) for i, m in enumerate(months)], "KES")
    inner = chart.chart()
    assert not any(isinstance(a, QBarCategoryAxis) for a in inner.axes())
    [labels_axis] = [a for a in inner.axes() if isinstance(a, QCategoryAxis)]
    shown = labels_axis.categoriesLabels()
    assert shown == [month_label(m) for m in months[::2]]
    assert [labels_axis.endValue(label) for label in shown] == list(range(0, 12, 2))
    assert (labels_axis.min(), labels_axis.max()) == (-0.5, 11.5)

"""The exports by district: the XLSX sheet and the PDF section show each district and the
total, the total equals the sum of the districts and the group's own figures (counted
here from the entries, not with ledger/savings's code), in the group's word."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ledger.exports.model import Report
from ledger.exports.pdf_report import pdf_bytes
from ledger.exports.period import Period
from ledger.exports.report import gather_report
from ledger.exports.xlsx_export import xlsx_bytes
from ledger.savings import actions as fa
from ledger.savings import membership_actions as core
from ledger.savings.books import books_of
from ledger.store.store import Store
from tests.ui.council import Council, populate_council

FIGURES = ("members", "contributed", "contributed_in_range", "pending", "savings",
           "loans_outstanding", "meetings", "present", "expected")  # fmt: skip


@pytest.fixture(scope="module")
def council_home(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Council]:
    home = tmp_path_factory.mktemp("council") / "home"
    store = Store.open(home)
    try:
        council = populate_council(store, districts=3, families=6, months=3)
    finally:
        store.close()
    return home, council


@pytest.fixture
def council(council_home: tuple[Path, Council], tmp_path: Path) -> Iterator[tuple[Store, Council]]:
    source, found = council_home
    shutil.copytree(source, tmp_path / "home")
    store = Store.open(tmp_path / "home")
    yield store, found
    store.close()


def report_of(store: Store, c: Council, period: Period | None = None) -> Report:
    return gather_report(store.state(c.group), store.history(c.group), period or Period())


def test_the_total_is_the_sum_of_the_districts_and_the_groups(
    council: tuple[Store, Council],
) -> None:
    store, c = council
    report = report_of(store, c)
    assert [d.name for d in report.districts] == [*c.districts, ""]  # and no district's
    total = report.district_total
    assert total is not None and total.total
    for figure in FIGURES:
        parts = sum(getattr(d, figure) for d in report.districts)
        assert parts == getattr(total, figure), figure
    assert report.district_other is None  # the goal funds hold members' money only
    for number, whole in enumerate(total.goals):
        assert sum(d.goals[number].amount for d in report.districts) == whole.amount, whole.title
        assert whole.permille == 1000
    assert [d.members for d in report.districts] == [6, 6, 6, 3]
    # the group's own figures, counted from the entries
    books = books_of(store.state(c.group))
    paid_in = sum(
        e.total for e in books.entries.values()
        if e.type == "contribution" and books.is_confirmed(e)
    )  # fmt: skip
    assert total.contributed == paid_in
    assert total.savings == report.indicators.savings
    assert total.loans_outstanding == report.indicators.loans_outstanding
    assert total.meetings == len(report.meetings) == 3
    center = {p.title: p.amount for p in total.goals}["A community center for every district"]
    assert center == next(f.confirmed for f in report.funds if f.name == "Community center")
    oakland = report.districts[0]
    family = set(c.families["Oakland"])
    assert oakland.contributed == sum(
        e.total for e in books.entries.values()
        if e.member in family and e.type == "contribution" and books.is_confirmed(e)
    )  # fmt: skip
    assert oakland.expected == 6 and oakland.meetings == 1


def test_a_range_counts_what_was_paid_in_during_it(council: tuple[Store, Council]) -> None:
    store, c = council
    march = report_of(store, c, Period(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28)))
    books = books_of(store.state(c.group))
    assert march.district_total is not None
    assert march.district_total.contributed_in_range == sum(
        e.total for e in books.entries.values()
        if e.type == "contribution" and e.date.startswith("2026-02") and books.is_confirmed(e)
    )  # fmt: skip
    assert march.district_total.meetings == 0  # the meetings were in March


def test_xlsx_has_a_sheet_by_district_in_the_groups_word(council: tuple[Store, Council]) -> None:
    store, c = council
    core.change_settings(store, c.treasurer, c.group, district_word="chapter")
    report = report_of(store, c)
    book = load_workbook(io.BytesIO(xlsx_bytes(report)))
    assert book.sheetnames[:2] == ["Summary", "By chapter"]
    sheet = book["By chapter"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Chapter"
    assert "Share of A community center for every district" in rows[0]
    assert [r[0] for r in rows[1:]] == [*c.districts, "(no chapter)", "Total"]
    members = rows[0].index("Members")
    assert sum(r[members] for r in rows[1:-1]) == rows[-1][members] == 21


def test_a_group_without_districts_has_no_district_sheet(
    council: tuple[Store, Council], tmp_path: Path
) -> None:
    other = Store.open(tmp_path / "plain")
    try:
        from ledger.store.keyring import Keyring

        signer = Keyring(other.db).create("Amina", "1234")
        group = core.create_group(other, signer, name="Umoja", currency="KES").group
        report = gather_report(other.state(group), other.history(group), Period())
        assert report.districts == () and report.district_total is None
        assert "By district" not in load_workbook(io.BytesIO(xlsx_bytes(report))).sheetnames
    finally:
        other.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_has_the_district_sections(council: tuple[Store, Council], tmp_path: Path) -> None:
    store, c = council
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes(report_of(store, c)))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "By district" in text and "Indicators by district" in text
    for district in c.districts:
        assert district in text
    assert "(no district)" in text
    shares = re.findall(r"\((\d+)\.(\d)%\)", text)
    assert len(shares) == len(c.districts) + 2  # and no district's, and the total's
    *parts, whole = (int(whole) * 10 + int(tenth) for whole, tenth in shares)
    assert sum(parts) == whole == 1000


def money_from_no_member(store: Store, c: Council) -> int:
    """A grant moved from savings into the center's fund and confirmed: 123.45 that no
    member paid in."""
    grant = fa.add_entry(store, c.treasurer, c.group, type="transfer", fund=c.group,
                         to_fund=c.center, amount="123.45", date="2026-03-06").id  # fmt: skip
    for elder in c.elders:
        fa.sign_off(store, elder, c.group, [grant])
    return 12_345


def test_money_from_no_member_is_a_line_of_its_own_in_every_export(
    council: tuple[Store, Council], tmp_path: Path
) -> None:
    """The shares are of the goal's fund: the districts' members' money and a line of the
    money from no member add up to the fund, the same in the report, the XLSX and the PDF."""
    store, c = council
    grant = money_from_no_member(store, c)
    report = report_of(store, c)
    title = "A community center for every district"
    number = [p.title for p in report.districts[0].goals].index(title)
    other, total = report.district_other, report.district_total
    assert other is not None and other.other and total is not None
    fund = next(f.confirmed for f in report.funds if f.name == "Community center")
    assert other.goals[number].amount == grant
    assert total.goals[number].amount == fund
    assert next(g.progress for g in report.goals if g.title == title) == fund  # the Goals sheet
    members = sum(d.goals[number].amount for d in report.districts)
    assert members + grant == fund
    shares = [d.goals[number].permille for d in [*report.districts, other]]
    assert sum(s or 0 for s in shares) == 1000
    assert abs(Fraction(grant * 1000, fund) - (other.goals[number].permille or 0)) < 1

    sheet = load_workbook(io.BytesIO(xlsx_bytes(report)))["By district"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    amount_col = rows[0].index(f"Share of {title}")
    assert rows[0][amount_col + 1] == f"Share of {title} (%)"
    assert [r[0] for r in rows[1:]] == [*c.districts, "(no district)", "Not from members",
                                        "Total"]  # fmt: skip
    for row, line in zip(rows[1:], [*report.districts, other, total], strict=True):
        part = line.goals[number]
        # the cells hold exact decimals; openpyxl reads them back as floats
        assert Decimal(str(row[amount_col])) == Decimal(part.amount).scaleb(-2)
        assert Decimal(str(row[amount_col + 1])) == Decimal(part.permille or 0).scaleb(-3)

    if shutil.which("pdftotext") is None:
        return
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf_bytes(report))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout

    line = next(x for x in text.splitlines() if "Not from members" in x)
    permille = other.goals[number].permille or 0
    assert f"123.45 ({permille // 10}.{permille % 10}%)" in line

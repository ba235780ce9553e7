"""Districts in the window, over a council of 8 districts × 80 families: the Overview's
roll-up (its total the sum of the districts), the ledger, members, goals and passbook by
district, a district's meeting and its representative, households, in the group's
own word; and nothing of them in a group without districts."""

from __future__ import annotations

from nacl.signing import SigningKey
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.exports.period import Period
from ledger.exports.report import gather_report
from ledger.savings import actions as fa
from ledger.savings import membership_actions as core
from ledger.savings.balances import fund_balances
from ledger.savings.books import books_of
from ledger.savings.district_actions import set_household
from ledger.store.store import Store
from tests.ui.council import Council
from tests.ui.council_fixtures import council_view, window_on
from tests.ui.demo import Demo
from tests.ui.test_ledger import sign
from tests.ui.windows import signing_as
from ui.dialogs.entry import AddEntryDialog
from ui.dialogs.meeting import OpenMeetingDialog
from ui.models.members import MembersModel, member_rows
from ui.passbook_slip import slip_html
from ui.views.ledger import LedgerView
from ui.views.meetings import MeetingsView
from ui.views.members import MembersView
from ui.views.overview import OverviewView
from ui.views.passbook import PassbookView


def test_overview_rolls_up_by_district_and_the_total_is_their_sum(
    qtbot: QtBot, council: tuple[Store, Council], qtmodeltester: ModelTester
) -> None:
    store, c = council
    view = council_view(qtbot, store, "overview", OverviewView)
    assert view.districts_table.isVisibleTo(view)
    assert view.districts_heading.text() == "By district"
    model = view.districts
    qtmodeltester.check(model)
    rows = model.rows()
    *parts, total = rows
    assert [r.name for r in parts] == [*c.districts, "(no district)"]
    assert total.total and total.name == "Total"
    assert [r.members for r in parts] == [80] * 8 + [3]  # the treasurer and two elders
    for figure in ("members", "contributed", "pending", "saved", "loans", "goal"):
        assert sum(getattr(r, figure) for r in parts) == getattr(total, figure), figure
    books = books_of(store.state(c.group))
    confirmed = sum(
        e.total
        for e in books.entries.values()
        if e.type == "contribution" and books.is_confirmed(e)
    )
    assert total.contributed == confirmed
    assert model.headerData(0, Qt.Orientation.Horizontal) == "District"
    assert model.headerData(4, Qt.Orientation.Horizontal) == (
        "Share of A community center for every district"
    )
    shares = [r.share_permille for r in parts if r.share_permille is not None]
    assert sum(shares) == total.share_permille == 1000  # rounded to add up
    assert "%" in model.index(0, 4).data()


def test_the_overview_shows_the_goals_shares_as_the_report_does(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    """Money in the goal's fund from no member (a grant moved from savings) is a row of
    its own; the shares are of the whole fund, the same numbers as the PDF and XLSX's."""
    store, c = council
    grant = fa.add_entry(store, c.treasurer, c.group, type="transfer", fund=c.group,
                         to_fund=c.center, amount="123.45", date="2026-03-06").id  # fmt: skip
    for elder in c.elders:
        fa.sign_off(store, elder, c.group, [grant])
    view = council_view(qtbot, store, "overview", OverviewView)
    *parts, total = view.districts.rows()
    other = parts[-1]
    assert other.other and other.name == "Not from members" and other.goal == 12_345
    assert view.districts.index(len(parts) - 1, 1).data() == ""  # no members' figures
    fund = fund_balances(books_of(store.state(c.group)))[c.center].confirmed  # type: ignore[index]
    assert total.goal == fund and sum(r.goal or 0 for r in parts) == fund
    assert sum(r.share_permille or 0 for r in parts) == total.share_permille == 1000
    report = gather_report(store.state(c.group), store.history(c.group), Period())
    assert report.district_other is not None and report.district_total is not None
    lines = [*report.districts, report.district_other, report.district_total]
    assert [(r.goal, r.share_permille) for r in [*parts, total]] == [
        (line.goals[0].amount, line.goals[0].permille) for line in lines
    ]


def test_the_groups_own_word_for_districts(qtbot: QtBot, council: tuple[Store, Council]) -> None:
    store, c = council
    core.change_settings(store, c.treasurer, c.group, district_word="chapter")
    window = window_on(qtbot, store, "overview")
    view = window.views["overview"]
    assert isinstance(view, OverviewView)
    assert view.districts_heading.text() == "By chapter"
    assert view.districts.headerData(0, Qt.Orientation.Horizontal) == "Chapter"
    window.show_view("members")
    members = window.views["members"]
    assert isinstance(members, MembersView)
    assert members.district_label.text() == "Chapter"
    assert members.model.headerData(3, Qt.Orientation.Horizontal) == "Chapter"


def test_ledger_and_members_filter_by_district(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    window = window_on(qtbot, store, "ledger")
    ledger = window.views["ledger"]
    assert isinstance(ledger, LedgerView)
    assert ledger.district.isVisibleTo(ledger)
    ledger.district.setCurrentIndex(ledger.district.findText("Richmond"))
    richmond = set(c.families["Richmond"])
    books = books_of(store.state(c.group))
    wanted = [e for e in books.entries.values() if e.member in richmond]
    assert ledger.model.matching() == len(wanted) > 0
    assert ledger.member.count() == 1 + 80  # "All members" and Richmond's families
    shown = {ledger.model.row_at(r).member for r in range(ledger.model.rowCount())}
    assert shown <= richmond
    family = c.families["Richmond"][5]
    ledger.member.setCurrentIndex(ledger.member.findData(family))
    assert ledger.model.matching() == sum(1 for e in wanted if e.member == family)
    window.show_view("members")
    members = window.views["members"]
    assert isinstance(members, MembersView)
    assert not members.table.isColumnHidden(3)
    members.district.setCurrentIndex(members.district.findText("Fresno"))
    assert {r.person for r in members.model.rows()} == set(c.families["Fresno"])
    assert {r.district for r in members.model.rows()} == {"Fresno"}


def test_passbook_shows_and_narrows_by_district(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    view = council_view(qtbot, store, "passbook", PassbookView)
    view.district.setCurrentIndex(view.district.findText("Stockton"))
    assert view.member.count() == 80
    view.member.setCurrentIndex(3)
    assert (view.book is not None and view.book.member == c.families["Stockton"][3]) or (
        view.book is not None and view.book.member in c.families["Stockton"]
    )
    assert view.district_note.text() == "District: Stockton"
    assert view.district_line() == ("District", "Stockton")
    html = slip_html(view.book, district=view.district_line())
    assert "Stockton" in html


def test_a_district_meeting_lists_its_families(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    view = council_view(qtbot, store, "meetings", MeetingsView)
    view.picker.setCurrentIndex(view.picker.findData(c.meetings["San Jose"]))
    assert "San Jose" in view.picker.currentText()
    assert set(view.guide.attendance.chosen()) == set(c.families["San Jose"])
    assert view.guide.grid.model.rowCount() <= 80 + 1  # present families and the totals


def test_a_representative_opens_their_districts_meeting_only(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    assert c.rep is not None
    view = council_view(qtbot, store, "meetings", MeetingsView)
    openers = [p.name for p in view._openers()]
    assert c.rep.name in openers and c.treasurer.name in openers
    assert view.open_button.isEnabled()
    dialog = OpenMeetingDialog(signing=signing_as(store, c.group, c.rep.person))
    qtbot.addWidget(dialog)
    assert dialog.district.accessibleName() == "Meeting of which district"
    dialog.district.setCurrentIndex(dialog.district.findText("Fresno"))
    count = store.change_count(c.group)
    sign(dialog, c.rep.name)
    assert not dialog.error.isHidden(), "refused"  # another district's meeting
    assert "representative" in dialog.error.text()
    assert store.change_count(c.group) == count
    dialog.district.setCurrentIndex(dialog.district.findText("Oakland"))
    sign(dialog, c.rep.name)
    assert dialog.result() == OpenMeetingDialog.DialogCode.Accepted
    opened = books_of(store.state(c.group)).meetings[dialog.meeting]
    assert opened.district is not None
    assert store.state(c.group).membership.districts[opened.district].name == "Oakland"
    members = council_view(qtbot, store, "members", MembersView)
    row = next(r for r in members.model.rows() if r.person == c.rep.person)
    assert members.model.index(members.model.rows().index(row), 1).data() == (
        "member, representative of Oakland"
    )


def test_a_representative_records_for_their_districts_families_only(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    assert c.rep is not None
    view = council_view(qtbot, store, "ledger", LedgerView)
    assert c.rep.person in {p.id for p in view._recorders()}
    dialog = AddEntryDialog(
        signing=signing_as(store, c.group, c.rep.person),
        preset_type="contribution",
    )
    qtbot.addWidget(dialog)
    dialog.member.setCurrentIndex(dialog.member.findData(c.families["Fresno"][2]))
    dialog.shares.setValue(2)
    count = store.change_count(c.group)
    sign(dialog, c.rep.name)
    assert not dialog.error.isHidden() and "representative" in dialog.error.text()
    assert store.change_count(c.group) == count
    dialog.member.setCurrentIndex(dialog.member.findData(c.families["Oakland"][2]))
    sign(dialog, c.rep.name)
    assert dialog.result() == AddEntryDialog.DialogCode.Accepted
    assert store.change_count(c.group) == count + 1


def test_who_signs_for_a_family_shows_with_its_name(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    family = c.families["Redding"][0]
    spouse = SigningKey.generate().verify_key.encode().hex()
    set_household(store, c.treasurer, c.group, family, [(spouse, "Meuy Saechao")])
    rows = member_rows(store.state(c.group))
    row = next(r for r in rows if r.person == family)
    assert row.household == ("Meuy Saechao",)
    model = MembersModel()
    model.set_rows(rows)
    tip = model.index(rows.index(row), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == f"{family}; signing for the family too: Meuy Saechao"


def test_a_group_without_districts_shows_nothing_of_them(
    qtbot: QtBot, demo: tuple[Store, Demo]
) -> None:
    store, _d = demo
    window = window_on(qtbot, store, "overview")
    overview = window.views["overview"]
    assert isinstance(overview, OverviewView)
    assert not overview.districts_table.isVisibleTo(overview)
    assert not overview.districts_heading.isVisibleTo(overview)
    window.show_view("ledger")
    ledger = window.views["ledger"]
    assert isinstance(ledger, LedgerView)
    assert not ledger.district.isVisibleTo(ledger)
    assert not ledger.district_label.isVisibleTo(ledger)
    window.show_view("members")
    members = window.views["members"]
    assert isinstance(members, MembersView)
    assert members.table.isColumnHidden(3) and not members.district.isVisibleTo(members)
    window.show_view("passbook")
    passbook = window.views["passbook"]
    assert isinstance(passbook, PassbookView)
    assert passbook.district_line() is None and not passbook.district_note.isVisibleTo(passbook)


def test_the_entry_dialog_narrows_the_members_by_district(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    dialog = AddEntryDialog(
        signing=signing_as(store, c.group, c.treasurer.person),
        preset_type="contribution",
        meeting=c.meetings["Fresno"],
    )
    qtbot.addWidget(dialog)
    assert dialog.district.currentText() == "Fresno"
    assert dialog.district.accessibleName() == "Members of which district"
    assert {dialog.member.itemData(i) for i in range(dialog.member.count())} == set(
        c.families["Fresno"]
    )
    chosen = dialog.member.itemData(4)
    dialog.member.setCurrentIndex(4)
    dialog.district.setCurrentIndex(0)  # every district: the choice stays
    assert dialog.member.count() == 643 and dialog.member.currentData() == chosen
    dialog.shares.setValue(1)
    sign(dialog, c.treasurer.name)
    assert dialog.result() == AddEntryDialog.DialogCode.Accepted

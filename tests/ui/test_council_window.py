"""The window over a council of 8 districts × 80 families (640 members): every view
opens with all of it, a meeting's attendance is a table typed from the keyboard (not
hundreds of widgets), and families' own goals are a table with their actions."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.signing import SigningKey
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings import membership_actions as core
from ledger.savings.books import books_of
from ledger.savings.district_actions import set_household
from ledger.store.ids import PersonId
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.council import Council, populate_council
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_ledger import sign
from ui.dialogs.entry import AddEntryDialog
from ui.dialogs.meeting import OpenMeetingDialog
from ui.main_window import MainWindow
from ui.models.attendance import AttendanceModel
from ui.models.goals import family_goals_line, goal_rows
from ui.models.members import MembersModel, member_rows
from ui.passbook_slip import slip_html
from ui.signing import SigningContext
from ui.views.goals import GoalsView
from ui.views.ledger import LedgerView
from ui.views.meetings import SHOWN_BY_NAME, MeetingsView, attendance_summary
from ui.views.members import MembersView
from ui.views.overview import OverviewView
from ui.views.passbook import PassbookView


@pytest.fixture(scope="module")
def council_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Council]:
    home = tmp_path_factory.mktemp("council") / "home"
    store = Store.open(home)
    try:
        council = populate_council(store, months=2)
    finally:
        store.close()
    return home, council


@pytest.fixture
def council(
    council_template: tuple[Path, Council], tmp_path: Path
) -> Iterator[tuple[Store, Council]]:
    source, found = council_template
    home = tmp_path / "home"
    shutil.copytree(source, home)
    store = Store.open(home)
    yield store, found
    store.close()


def window_on(qtbot: QtBot, store: Store, view: str) -> MainWindow:
    window = MainWindow(store=store, sync=FakeSync())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_view(view)
    return window


def test_the_fixture_is_the_issues_scale(council: tuple[Store, Council]) -> None:
    store, c = council
    state = store.state(c.group)
    assert len(c.all_families()) == 640
    assert len(state.membership.members) == 643  # and the treasurer and two elders
    assert all(len(c.families[d]) == 80 for d in c.districts)
    meeting = books_of(state).meetings[c.meetings["Richmond"]]
    assert set(meeting.attendance) == set(c.families["Richmond"])


def test_members_view_lists_everyone(qtbot: QtBot, council: tuple[Store, Council]) -> None:
    store, _c = council
    view = window_on(qtbot, store, "members").views["members"]
    assert isinstance(view, MembersView)
    assert view.model.rowCount() == 643


def test_attendance_of_a_district_meeting_is_one_table(
    qtbot: QtBot, council: tuple[Store, Council], qtmodeltester: ModelTester
) -> None:
    store, c = council
    view = window_on(qtbot, store, "meetings").views["meetings"]
    assert isinstance(view, MeetingsView)
    view.picker.setCurrentIndex(view.picker.findData(c.meetings["Fresno"]))
    guide = view.guide
    model = guide.attendance
    qtmodeltester.check(model)
    recorded = books_of(store.state(c.group)).meetings[c.meetings["Fresno"]].attendance
    chosen = model.chosen()
    for family in c.families["Fresno"]:
        assert chosen[family] == recorded[family][0]
    # one table, not a label and a choice per member
    assert not guide.attendance_page.findChildren(QComboBox)
    assert len(guide.attendance_page.findChildren(QLabel)) < 10


def test_attendance_is_chosen_from_the_keyboard_and_survives_a_refresh(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    view = window_on(qtbot, store, "meetings").views["meetings"]
    assert isinstance(view, MeetingsView)
    view.picker.setCurrentIndex(view.picker.findData(c.meetings["Oakland"]))
    table, model = view.guide.attendance_table, view.guide.attendance
    row = next(r for r, line in enumerate(model.rows()) if line.stored == "present")
    person = model.rows()[row].person
    table.setFocus()
    table.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    assert editor.currentData() == "present"
    assert editor.accessibleName().startswith("Attendance of ")
    editor.setCurrentIndex(editor.findData("excused"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.choice(person) == "excused")  # committed once queued
    assert "not saved" in str(model.index(row, 1).data())
    view.refresh()  # records from other computers arrive mid-meeting
    assert model.choice(person) == "excused"
    assert model.chosen()[person] == "excused"
    assert not model.choose(person, "on holiday")  # not an attendance
    assert model.choice(person) == "excused"


def test_family_goals_are_a_table_with_their_actions(
    qtbot: QtBot, council: tuple[Store, Council], qtmodeltester: ModelTester
) -> None:
    store, c = council
    view = window_on(qtbot, store, "goals").views["goals"]
    assert isinstance(view, GoalsView)
    qtmodeltester.check(view.families)
    assert view.families.rowCount() == 80  # one family in eight
    assert view.families.headerData(1, Qt.Orientation.Horizontal) == "District"
    assert not view.families_table.isColumnHidden(1)
    assert {view.families.index(r, 1).data() for r in range(80)} == set(c.districts)
    assert [card.row.title for card in view.shown] == [
        "A community center for every district",
        "Scholarships for the district's students",
    ]
    assert not view.activate_button.isEnabled()  # nothing selected
    view.families_table.selectionModel().select(
        view.families.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert view.selected_family_goal() is not None
    assert view.activate_button.isEnabled()  # proposed; the treasurer's key is here
    assert not view.achieved_button.isEnabled()


def test_overview_shows_group_goals_as_cards_and_families_in_a_line(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    view = window_on(qtbot, store, "overview").views["overview"]
    assert isinstance(view, OverviewView)
    assert len(view.goals.shown) == 2
    assert view.goals.families.text() == "80 family goals, 0 achieved (see Goals)"
    assert view.members.value.text() == "643"
    assert family_goals_line(goal_rows(store.state(c.group))) == view.goals.families.text()


def test_a_new_attendance_model_starts_from_the_records() -> None:
    model = AttendanceModel(lambda status: status.upper())
    model.set_members([("a", "Kao"), ("b", "Nai")], {"b": "late"})
    assert model.chosen() == {"a": "present", "b": "late"}
    assert model.index(1, 1).data() == "LATE"
    assert model.choose("a", "absent")
    model.set_members([("a", "Kao"), ("b", "Nai"), ("c", "Lai")], {"a": "absent"})
    assert model.chosen() == {"a": "absent", "b": "present", "c": "present"}
    assert model.index(0, 1).data() == "ABSENT"  # saved now: no 'not saved'


def test_the_attendance_to_sign_fits_a_screen_with_80_families(
    council: tuple[Store, Council],
) -> None:
    store, c = council
    state = store.state(c.group)
    meeting = books_of(state).meetings[c.meetings["Stockton"]]
    attendance = {p: status for p, (status, _by) in meeting.attendance.items()}
    summary = attendance_summary(attendance, lambda p: state.member_name(PersonId(p)))
    lines = summary.splitlines()
    not_present = sum(1 for s in attendance.values() if s != "present")
    assert lines[0] == (
        f"present: {sum(1 for s in attendance.values() if s == 'present')}, "
        f"late: {sum(1 for s in attendance.values() if s == 'late')}, "
        f"excused: {sum(1 for s in attendance.values() if s == 'excused')}, "
        f"absent: {sum(1 for s in attendance.values() if s == 'absent')}"
    )
    assert len(lines) == 1 + SHOWN_BY_NAME + 1
    assert lines[-1] == f"…and {not_present - SHOWN_BY_NAME} more"
    assert all(": late" in line for line in lines[1:4])  # late first, then excused, absent
    small = attendance_summary({"a": "present", "b": "absent"}, {"a": "Kao", "b": "Nai"}.get)
    assert small == "present: 1, absent: 1\nNai: absent"


def test_overview_rolls_up_by_district_and_the_total_is_their_sum(
    qtbot: QtBot, council: tuple[Store, Council], qtmodeltester: ModelTester
) -> None:
    store, c = council
    view = window_on(qtbot, store, "overview").views["overview"]
    assert isinstance(view, OverviewView)
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
    assert 990 <= sum(shares) <= 1000  # rounded down per district


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
    view = window_on(qtbot, store, "passbook").views["passbook"]
    assert isinstance(view, PassbookView)
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
    view = window_on(qtbot, store, "meetings").views["meetings"]
    assert isinstance(view, MeetingsView)
    view.picker.setCurrentIndex(view.picker.findData(c.meetings["San Jose"]))
    assert "San Jose" in view.picker.currentText()
    assert set(view.guide.attendance.chosen()) == set(c.families["San Jose"])
    assert view.guide.grid.model.rowCount() <= 80 + 1  # present families and the totals


def test_a_representative_opens_their_districts_meeting_only(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    assert c.rep is not None
    view = window_on(qtbot, store, "meetings").views["meetings"]
    assert isinstance(view, MeetingsView)
    openers = [p.name for p in view._openers()]
    assert c.rep.name in openers and c.treasurer.name in openers
    assert view.open_button.isEnabled()
    keyring = Keyring(store.db)
    rep = next(p for p in keyring.list() if p.id == c.rep.person)
    dialog = OpenMeetingDialog(
                 signing=SigningContext(store=store, group=c.group, keyring=keyring, signers=[rep]),
             )
    qtbot.addWidget(dialog)
    assert dialog.district.accessibleName() == "Meeting of which district"
    dialog.district.setCurrentIndex(dialog.district.findText("Fresno"))
    count = store.change_count(c.group)
    sign(dialog, rep.name)
    assert not dialog.error.isHidden(), "refused"  # another district's meeting
    assert "representative" in dialog.error.text()
    assert store.change_count(c.group) == count
    dialog.district.setCurrentIndex(dialog.district.findText("Oakland"))
    sign(dialog, rep.name)
    assert dialog.result() == OpenMeetingDialog.DialogCode.Accepted
    opened = books_of(store.state(c.group)).meetings[dialog.meeting]
    assert opened.district is not None
    assert store.state(c.group).membership.districts[opened.district].name == "Oakland"
    members = window_on(qtbot, store, "members").views["members"]
    assert isinstance(members, MembersView)
    row = next(r for r in members.model.rows() if r.person == c.rep.person)
    assert members.model.index(members.model.rows().index(row), 1).data() == (
        "member, representative of Oakland"
    )


def test_a_representative_records_for_their_districts_families_only(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    assert c.rep is not None
    view = window_on(qtbot, store, "ledger").views["ledger"]
    assert isinstance(view, LedgerView)
    assert c.rep.person in {p.id for p in view._recorders()}
    keyring = Keyring(store.db)
    rep = next(p for p in keyring.list() if p.id == c.rep.person)
    dialog = AddEntryDialog(
                 signing=SigningContext(store=store, group=c.group, keyring=keyring, signers=[rep]),
                 preset_type="contribution",
             )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.member.setCurrentIndex(dialog.member.findData(c.families["Fresno"][2]))
    dialog.shares.setValue(2)
    count = store.change_count(c.group)
    sign(dialog, rep.name)
    assert not dialog.error.isHidden() and "representative" in dialog.error.text()
    assert store.change_count(c.group) == count
    dialog.member.setCurrentIndex(dialog.member.findData(c.families["Oakland"][2]))
    sign(dialog, rep.name)
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
    keyring = Keyring(store.db)
    treasurer = next(p for p in keyring.list() if p.id == c.treasurer.person)
    dialog = AddEntryDialog(
                 signing=SigningContext(
                     store=store,
                     group=c.group,
                     keyring=keyring,
                     signers=[treasurer],
                 ),
                 preset_type="contribution",
                 meeting=c.meetings["Fresno"],
             )  # fmt: skip
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
    sign(dialog, treasurer.name)
    assert dialog.result() == AddEntryDialog.DialogCode.Accepted

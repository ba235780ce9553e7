"""The window over a council of 8 districts × 80 families (640 members): every view
opens with all of it, a meeting's attendance is a table typed from the keyboard (not
hundreds of widgets), and families' own goals are a table with their actions. The
districts themselves are in test_district_views.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings import actions, group_actions
from ledger.savings.books import books_of
from ledger.store.ids import PersonId
from ledger.store.store import Store
from tests.ui.council import PASSPHRASE, Council
from tests.ui.council_fixtures import council_view
from tests.ui.test_ledger import sign
from ui.dialogs.meeting import AttendanceDialog, MeetingGridDialog
from ui.models.attendance import AttendanceModel
from ui.models.goals import family_goals_line, goal_rows
from ui.views.goals import GoalsView
from ui.views.meetings import SHOWN_BY_NAME, MeetingsView, attendance_summary
from ui.views.members import MembersView
from ui.views.overview import OverviewView


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
    view = council_view(qtbot, store, "members", MembersView)
    assert view.model.rowCount() == 643


def test_attendance_of_a_district_meeting_is_one_table(
    qtbot: QtBot, council: tuple[Store, Council], qtmodeltester: ModelTester
) -> None:
    store, c = council
    view = council_view(qtbot, store, "meetings", MeetingsView)
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
    view = council_view(qtbot, store, "meetings", MeetingsView)
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
    view = council_view(qtbot, store, "goals", GoalsView)
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
    view = council_view(qtbot, store, "overview", OverviewView)
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


def test_typing_a_letter_chooses_the_attendance(
    qtbot: QtBot, council: tuple[Store, Council]
) -> None:
    store, c = council
    view = council_view(qtbot, store, "meetings", MeetingsView)
    view.picker.setCurrentIndex(view.picker.findData(c.meetings["Richmond"]))
    table, model = view.guide.attendance_table, view.guide.attendance
    row = next(r for r, line in enumerate(model.rows()) if line.stored == "present")
    table.setFocus()
    table.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(table, Qt.Key.Key_A)  # "absent"
    editor = table.findChild(QComboBox)
    assert isinstance(editor, QComboBox) and editor.currentData() == "absent"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    person = model.rows()[row].person
    qtbot.waitUntil(lambda: model.choice(person) == "absent")


def test_a_whole_council_meeting_saves_the_attendance_of_all_640_families(
    qtbot: QtBot, council: tuple[Store, Council], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, c = council
    meeting = group_actions.open_meeting(
        store, c.treasurer, c.group, date="2026-02-20", place="Council hall"
    ).id
    view = council_view(qtbot, store, "meetings", MeetingsView)
    view.picker.setCurrentIndex(view.picker.findData(meeting))
    model = view.guide.attendance
    families = c.all_families()
    for number, family in enumerate(families):
        assert model.choose(family, "absent" if number % 4 == 0 else "present")
    signed: list[AttendanceDialog] = []

    def sign_it(dialog: AttendanceDialog) -> int:
        signed.append(dialog)
        sign(dialog, c.treasurer.name, PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.result() != 0 or not dialog.error.isHidden())
        return dialog.result()

    monkeypatch.setattr(AttendanceDialog, "exec", sign_it)
    view.guide.attendance_button.click()
    assert signed and signed[0].result() == AttendanceDialog.DialogCode.Accepted
    recorded = books_of(store.state(c.group)).meetings[meeting].attendance  # type: ignore[index]
    assert {p for p in families if p in recorded} == set(families)
    assert sum(1 for p in families if recorded[p][0] == "absent") == 160


def test_a_whole_council_meeting_records_a_grid_row_for_every_member(
    qtbot: QtBot, council: tuple[Store, Council], monkeypatch: pytest.MonkeyPatch
) -> None:
    """640 families and the 3 officers are 643 rows, more than the 640 a sheet once had."""
    store, c = council
    t = c.treasurer
    actions.add_fund(store, t, c.group, name="Social fund", kind="social")
    actions.set_rules(store, t, c.group, effective="2026-02-01", share_value="10.00",
                      social_fund="2.00")  # fmt: skip
    meeting = group_actions.open_meeting(
        store, t, c.group, date="2026-02-20", place="Council hall"
    ).id
    view = council_view(qtbot, store, "meetings", MeetingsView)
    view.picker.setCurrentIndex(view.picker.findData(meeting))
    model = view.guide.grid.model
    assert model.rowCount() == 643 + 1  # everyone (no attendance yet), and the totals
    rows = model.sitting_rows()  # each row holds the social fund's amount already
    assert len(rows) == 643
    signed: list[MeetingGridDialog] = []

    def sign_it(dialog: MeetingGridDialog) -> int:
        signed.append(dialog)
        sign(dialog, t.name, PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.result() != 0 or not dialog.error.isHidden())
        return dialog.result()

    monkeypatch.setattr(MeetingGridDialog, "exec", sign_it)
    view.guide.grid.button.click()
    assert signed and signed[0].error.isHidden(), signed[0].error.text()
    assert signed[0].result() == MeetingGridDialog.DialogCode.Accepted
    books = books_of(store.state(c.group))
    recorded = [e for e in books.entries.values() if e.meeting == meeting]
    assert len(recorded) == 643
    assert {e.member for e in recorded} == set(store.state(c.group).membership.members)
    assert sum(e.amount for e in recorded) == 643 * 200

"""The Meetings view: guided steps, attendance, decisions, closing, approval, and minutes
that merge another PC's edit into unsaved typing."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings.books import books_of
from ledger.savings.records import minutes_doc
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from tests.ui.test_ledger import sign
from tests.ui.windows import meetings_view, signing_as
from ui.dialogs.entry import AddEntryDialog
from ui.dialogs.meeting import (
    AttendanceDialog,
    CloseMeetingDialog,
    DecisionDialog,
    OpenMeetingDialog,
)
from ui.dialogs.signoff import SignOffDialog
from ui.views.minutes import SaveMinutesDialog


def test_guided_meeting_in_order(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, qtmodeltester: ModelTester
) -> None:
    store, d = demo
    view = meetings_view(qtbot, store, sync)
    guide = view.guide
    assert view.meeting_id() == d.meeting
    titles = [guide.steps.item(i).text() for i in range(guide.steps.count())]
    assert titles[0] == "1. Attendance and fines" and titles[-1] == "6. Cash count and close"
    assert set(guide.attendance.chosen()) == {d.amina.person, d.baraka.person,
                                           d.chausiku.person, d.daudi.person}  # fmt: skip
    guide.next_button.click()
    assert guide.pages.currentWidget() is guide.shares
    dialog = AddEntryDialog(
        signing=signing_as(store, d.group, "Amina"),
        preset_type="contribution",
        meeting=d.meeting,
    )
    qtbot.addWidget(dialog)
    assert dialog.date.date().toString("yyyy-MM-dd") == "2026-07-05"
    assert not dialog.type.isEnabled()
    dialog.shares.setValue(3)
    assert dialog.hint.isHidden()
    sign(dialog, "Amina")
    qtbot.waitUntil(lambda: guide.shares.model.rowCount() == 1)
    assert guide.shares.model.rows()[0].total == 15000  # 3 shares of 50.00
    qtmodeltester.check(guide.shares.model)

    assert guide.attendance.choose(d.daudi.person, "absent")  # not saved yet
    guide.count_edits[d.group].setText("2500")
    other = AddEntryDialog(
        signing=signing_as(store, d.group, "Amina"),
        preset_type="contribution",
        meeting=d.meeting,
    )
    qtbot.addWidget(other)
    other.shares.setValue(1)
    sign(other, "Amina")  # a record arrives while the treasurer is choosing
    qtbot.waitUntil(lambda: guide.shares.model.rowCount() == 2)
    assert guide.attendance.choice(d.daudi.person) == "absent"
    assert guide.count_edits[d.group].text() == "2500"
    attendance = guide.attendance.chosen()
    sign(
        AttendanceDialog(
            signing=signing_as(store, d.group, "Amina"),
            meeting=d.meeting,
            attendance=attendance,
            summary="",
        ),
        "Amina",
    )
    meeting = books_of(store.state(d.group)).meetings[d.meeting]
    assert meeting.attendance[d.daudi.person][0] == "absent"


def test_close_needs_a_valid_count_and_decisions_are_listed(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, qtmodeltester: ModelTester
) -> None:
    store, d = demo
    view = meetings_view(qtbot, store, sync)
    guide = view.guide
    assert not guide.close_button.isEnabled()
    savings = guide.count_edits[d.group]
    savings.setText("12.345")
    assert "decimal places" in guide.count_problem.text()
    savings.setText("100")
    assert guide.close_button.isEnabled()
    decision = DecisionDialog(
        signing=signing_as(store, d.group, "Amina"),
        meeting=d.meeting,
    )
    qtbot.addWidget(decision)
    decision.motion.setText("Buy iron sheets for the roof")
    decision.votes[0].setValue(9)
    decision.votes[1].setValue(2)
    sign(decision, "Amina")
    qtbot.waitUntil(lambda: view.decisions.rowCount() == 1)
    assert view.decisions.rows()[0].outcome == "carried"
    qtmodeltester.check(view.decisions)
    close = CloseMeetingDialog(
        signing=signing_as(store, d.group, "Amina"),
        meeting=d.meeting,
        counts={d.group: "100"},
        summary="",
    )
    qtbot.addWidget(close)
    sign(close, "Amina")
    assert books_of(store.state(d.group)).meetings[d.meeting].status in ("closing", "closed")
    qtbot.waitUntil(lambda: not guide.close_button.isEnabled())


def test_approval_by_elders_and_refusal_for_others(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    view = meetings_view(qtbot, store, sync)
    assert "draft: 0 of 2" in view.approval.text()
    refused = SignOffDialog(
        signing=signing_as(store, d.group, "Chausiku"),
        targets=[d.meeting],
        summary="",
    )
    qtbot.addWidget(refused)
    sign(refused, "Chausiku")
    assert "not an elder" in refused.error.text()
    for elder in ("Baraka", "Daudi"):
        dialog = SignOffDialog(
            signing=signing_as(store, d.group, elder),
            targets=[d.meeting],
            summary="",
        )
        qtbot.addWidget(dialog)
        sign(dialog, elder)
    qtbot.waitUntil(lambda: "approved (2 of 2" in view.approval.text())


def test_minutes_merge_another_pcs_edit_into_unsaved_typing(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync, tmp_path
) -> None:
    store, d = demo
    other = Store.open(tmp_path / "other-pc")
    try:
        other.ingest_many(store.raw_changes(d.group))
        view = meetings_view(qtbot, store, sync)
        view.tabs.setCurrentWidget(view.minutes)
        editor = view.minutes.editor
        assert editor.toPlainText() == "Opened at 10:00. All members present.\n"
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText("Savings: all paid.")
        editor.setTextCursor(cursor)
        assert view.minutes.unsaved()

        from ledger.savings import group_actions

        group_actions.write_minutes(
            other, d.baraka, d.group, d.meeting,
            "Opened at 9:30. All members present.\n",
        )  # fmt: skip
        store.ingest_many(other.raw_changes(d.group))
        merged = "Opened at 9:30. All members present.\nSavings: all paid."
        qtbot.waitUntil(lambda: editor.toPlainText() == merged)
        assert editor.textCursor().position() == len(merged)
        assert view.minutes.unsaved()

        save = SaveMinutesDialog(
            signing=signing_as(store, d.group, "Amina"),
            meeting=d.meeting,
            text=editor.toPlainText(),
        )
        qtbot.addWidget(save)
        sign(save, "Amina")
        qtbot.waitUntil(lambda: not view.minutes.unsaved())
        other.ingest_many(store.raw_changes(d.group))
        name = minutes_doc(d.meeting)
        assert other.state(d.group).document_text(name) == merged
        assert store.state(d.group).document_text(name) == merged
    finally:
        other.close()


def test_open_a_meeting_and_a_refusal(
    qtbot: QtBot, demo: tuple[Store, Demo], sync: FakeSync
) -> None:
    store, d = demo
    view = meetings_view(qtbot, store, sync)
    refused = OpenMeetingDialog(
        signing=signing_as(store, d.group, "Chausiku"),
    )
    qtbot.addWidget(refused)
    count = store.change_count(d.group)
    sign(refused, "Chausiku")
    assert refused.error.isVisibleTo(refused)
    assert store.change_count(d.group) == count
    dialog = OpenMeetingDialog(
        signing=signing_as(store, d.group, "Amina"),
    )
    qtbot.addWidget(dialog)
    dialog.place.setText("Under the mango tree")
    dialog.agenda.setPlainText("Savings\n\nSocial fund\n")
    sign(dialog, "Amina")
    qtbot.waitUntil(lambda: view.picker.count() == 2)
    view.picker.setCurrentIndex(view.picker.findData(dialog.meeting))
    assert [view.agenda.item(i).text() for i in range(view.agenda.count())] == [
        "Savings",
        "Social fund",
    ]
    assert view.guide.attendance_button.isEnabled()

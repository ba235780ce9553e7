"""Every dialog of the window, built over the demo group, and what a keyboard user finds in
it: fields and buttons without a mnemonic (&Name), and mnemonics that clash."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QWidget,
)

from ledger.savings.sitting import SittingRow
from ledger.store.invites import InviteCode
from ledger.store.keyring import Keyring
from ledger.store.store import Store
from tests.ui.demo import Demo
from tests.ui.fakes import FakeSync
from ui.dialogs.action import ActionDialog
from ui.main_window import MainWindow
from ui.mnemonics import LetteredDialog, answers_enter_or_escape, mnemonic
from ui.models.goals import goal_rows
from ui.models.members import member_rows


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__} {name!r}"


def _takes_focus(widget: QWidget, dialog: QDialog) -> bool:
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView):
        return False  # a scrolling frame around fields, not a field
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.window() is dialog
        and widget.isVisibleTo(dialog)
    )


def mnemonic_problems(dialog: QDialog) -> list[str]:
    """Focusable fields and buttons no Alt+letter reaches, and letters used twice."""
    labels = [
        label
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(dialog)
    ]
    by_buddy: dict[QWidget, QWidget] = {label.buddy(): label for label in labels}
    for form in dialog.findChildren(QFormLayout):  # a field labelled by a check box
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if (
                item is not None
                and field is not None
                and isinstance(item.widget(), QAbstractButton)
            ):
                if field.widget() is not None:
                    by_buddy[field.widget()] = item.widget()
    problems: list[str] = []
    used: dict[str, list[str]] = {}
    for label in labels:
        letter = mnemonic(label.text())
        if letter:
            used.setdefault(letter, []).append(repr(label.text()))
    for box in dialog.findChildren(QGroupBox):
        letter = mnemonic(box.title())
        if letter and box.isVisibleTo(dialog) and box.isCheckable():
            used.setdefault(letter, []).append(repr(box.title()))
    for widget in dialog.findChildren(QWidget):
        if not _takes_focus(widget, dialog):
            continue
        if isinstance(widget, QAbstractButton):
            letter = mnemonic(widget.text())
            if letter:
                used.setdefault(letter, []).append(repr(widget.text()))
            elif not answers_enter_or_escape(widget):
                problems.append(f"no mnemonic: {_describe(widget)}")
            continue
        label = by_buddy.get(widget)
        if label is None or mnemonic(label.text()) is None:  # type: ignore[attr-defined]
            problems.append(f"no mnemonic: {_describe(widget)}")
    problems += [
        f"Alt+{letter.upper()} is used {len(texts)} times: {', '.join(texts)}"
        for letter, texts in sorted(used.items())
        if len(texts) > 1
    ]
    return problems


DialogMaker = Callable[[MainWindow, Store, Demo], QDialog]


def _signing(window: MainWindow, store: Store, demo: Demo) -> dict[str, Any]:
    keyring = Keyring(store.db)
    context = window.views["overview"].context
    return {"signing": context.signing_for(demo.group, keyring.list()), "parent": window}


def every_dialog() -> dict[str, DialogMaker]:
    """How to build each dialog class of `ui/` (the test checks none is missing)."""
    from ui.dialogs import (
        add_member,
        cycle,
        entry,
        fund,
        goal,
        invite,
        join_day,
        meeting,
        member_status,
        relay,
        remove_member,
        rules,
        shareout,
        signoff,
    )
    from ui.first_run import FirstRunDialog
    from ui.views.minutes import SaveMinutesDialog

    def s(w: MainWindow, st: Store, d: Demo) -> dict[str, Any]:
        return _signing(w, st, d)

    def goal_row(st: Store, d: Demo) -> Any:
        return goal_rows(st.state(d.group))[0]

    def member_row(st: Store, d: Demo) -> Any:
        return next(r for r in member_rows(st.state(d.group)) if r.name == "Chausiku")

    return {
        "AddMemberDialog": lambda w, st, d: add_member.AddMemberDialog(**s(w, st, d)),
        "OpenCycleDialog": lambda w, st, d: cycle.OpenCycleDialog(**s(w, st, d)),
        "CloseCycleDialog": lambda w, st, d: cycle.CloseCycleDialog(**s(w, st, d)),
        "AddEntryDialog": lambda w, st, d: entry.AddEntryDialog(**s(w, st, d)),
        "AddFundDialog": lambda w, st, d: fund.AddFundDialog(**s(w, st, d)),
        "ProposeGoalDialog": lambda w, st, d: goal.ProposeGoalDialog(**s(w, st, d)),
        "GoalStatusDialog": lambda w, st, d: goal.GoalStatusDialog(
            goal=goal_row(st, d), status="active", **s(w, st, d)
        ),
        "InviteDialog": lambda w, st, d: invite.InviteDialog(sync=None, **s(w, st, d)),
        "InviteCodeDialog": lambda w, st, d: invite.InviteCodeDialog(InviteCode.new(), w),
        "JoinDayDialog": lambda w, st, d: join_day.JoinDayDialog(
            member=member_row(st, d), **s(w, st, d)
        ),
        "OpenMeetingDialog": lambda w, st, d: meeting.OpenMeetingDialog(**s(w, st, d)),
        "AttendanceDialog": lambda w, st, d: meeting.AttendanceDialog(
            meeting=d.meeting, attendance={}, summary="-", **s(w, st, d)
        ),
        "DecisionDialog": lambda w, st, d: meeting.DecisionDialog(meeting=d.meeting, **s(w, st, d)),
        "CloseMeetingDialog": lambda w, st, d: meeting.CloseMeetingDialog(
            meeting=d.meeting, counts={}, summary="-", **s(w, st, d)
        ),
        "ChargeFinesDialog": lambda w, st, d: meeting.ChargeFinesDialog(
            meeting=d.meeting, **s(w, st, d)
        ),
        "MeetingGridDialog": lambda w, st, d: meeting.MeetingGridDialog(
            meeting=d.meeting,
            rows=[SittingRow(member="Chausiku", shares=1)],
            summary="-",
            **s(w, st, d),
        ),
        "MemberStatusDialog": lambda w, st, d: member_status.MemberStatusDialog(
            member=member_row(st, d), **s(w, st, d)
        ),
        "RelayDialog": lambda w, st, d: relay.RelayDialog(**s(w, st, d)),
        "RemoveMemberDialog": lambda w, st, d: remove_member.RemoveMemberDialog(
            member=member_row(st, d), **s(w, st, d)
        ),
        "RulesDialog": lambda w, st, d: rules.RulesDialog(**s(w, st, d)),
        "ShareOutDialog": lambda w, st, d: shareout.ShareOutDialog(**s(w, st, d)),
        "SignOffDialog": lambda w, st, d: signoff.SignOffDialog(
            targets=[d.meeting], summary="-", **s(w, st, d)
        ),
        "ReverseEntryDialog": lambda w, st, d: signoff.ReverseEntryDialog(
            entry=next(iter(_entries(st, d))), summary="-", **s(w, st, d)
        ),
        "SaveMinutesDialog": lambda w, st, d: SaveMinutesDialog(
            meeting=d.meeting, text="Minutes", **s(w, st, d)
        ),
        "FirstRunDialog": lambda w, st, d: FirstRunDialog(
            store=st, keyring=Keyring(st.db), sync=FakeSync(), events=w.events, parent=w
        ),
        "PreferencesDialog": lambda w, st, d: w.open_preferences(),
    }


def _entries(store: Store, demo: Demo) -> Iterator[str]:
    from ledger.savings.books import books_of

    yield from books_of(store.state(demo.group)).entries


def dialog_classes() -> set[str]:
    """Every QDialog subclass the window defines (in ui/)."""
    import importlib
    import pkgutil

    import ui

    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)

    def subclasses(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    return {
        c.__name__
        for c in subclasses(QDialog)
        if c.__module__.startswith("ui.") and c not in (ActionDialog, LetteredDialog)
    }

"""Correcting a member's join day in the window: the Members page shows each member's join
day (the core's, a correction's when there is one) and the entries dated before it; the
council corrects it by the keyboard (Ctrl+J, the button, the table's context menu) through
the core's `set_join_day`, whose refusals are shown in its words with nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from nacl.signing import SigningKey
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ledger.savings import actions as fa
from ledger.savings import membership_actions as actions
from ledger.savings.joined import joined_on
from ledger.store.ids import GroupId, PersonId
from ledger.store.keyring import Keyring
from ledger.store.persons import Signer
from ledger.store.store import Store
from tests.ui.conftest import PASSPHRASE
from tests.ui.fakes import FakeSync
from tests.ui.screens import clipped, reading, untranslated
from tests.ui.test_rules_window import opened, sign
from tests.ui.windows import shown_window
from ui.dialogs.join_day import JoinDayDialog
from ui.models.members import JOINED_COLUMN, MembersModel, member_rows
from ui.views.members import MembersView

DAN = SigningKey.generate().verify_key.encode().hex()
"""Dan, a member with no key on this PC, added as joining on 2024-03-01."""


@pytest.fixture
def dan(store: Store, founder: Signer, group: GroupId) -> PersonId:
    actions.add_member(store, founder, group, person=DAN, name="Dan", roles=["member"],
                       date="2024-03-01")  # fmt: skip
    fa.set_rules(store, founder, group, effective="2024-01-01", share_value="50.00")
    return PersonId(DAN)


def members_page(qtbot: QtBot, store: Store) -> MembersView:
    window = shown_window(qtbot, store, FakeSync())
    window.show_view("members")
    view = window.views["members"]
    assert isinstance(view, MembersView)
    return view


def select(view: MembersView, name: str) -> None:
    """Put the keyboard in the table on `name`'s row, as arrow keys would."""
    row = next(i for i, r in enumerate(view.model.rows()) if r.name == name)
    view.table.setFocus()
    view.table.selectRow(row)


def joined_cell(view: MembersView, name: str, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    row = next(i for i, r in enumerate(view.model.rows()) if r.name == name)
    text: str = view.model.index(row, JOINED_COLUMN).data(role)
    return text


def test_the_joined_column_is_the_cores_join_day(
    qtmodeltester: ModelTester, store: Store, founder: Signer, group: GroupId, dan: PersonId
) -> None:
    """Dan's day from his add, then a correction's; the founder's: none said."""
    model = MembersModel()
    state, history = store.state(group), store.history(group)
    model.set_rows(member_rows(state, history=history))
    qtmodeltester.check(model)
    assert model.headerData(JOINED_COLUMN, Qt.Orientation.Horizontal) == "Joined"
    days = {r.name: model.index(i, JOINED_COLUMN).data() for i, r in enumerate(model.rows())}
    assert days == {"Amina": "not said", "Dan": "2024-03-01"}
    actions.set_join_day(store, founder, group, person=dan, date="2024-02-01")
    model.set_rows(member_rows(store.state(group), history=store.history(group)))
    qtmodeltester.check(model)
    assert [model.index(i, JOINED_COLUMN).data() for i in range(2)] == ["not said", "2024-02-01"]


def test_entries_a_peer_signed_before_the_day_are_counted_and_named(
    qtbot: QtBot, store: Store, founder: Signer, group: GroupId, dan: PersonId
) -> None:
    """Two shares of Dan's recorded on this PC while another PC, not holding them yet,
    moved his join day past them: they stand, and the page says so."""
    shares = [
        fa.add_entry(store, founder, group, type="contribution", member=dan, shares=1, date=day).id
        for day in ("2024-03-04", "2024-03-11")
    ]
    body = {"person": bytes.fromhex(dan), "date": "2024-04-01"}
    store.write(founder, group, "member.joined", body)  # as the other PC's correction
    view = members_page(qtbot, store)
    assert joined_cell(view, "Dan") == "2024-04-01, 2 entries dated earlier"
    tip = joined_cell(view, "Dan", Qt.ItemDataRole.ToolTipRole)
    for share in shares:
        assert f"entry {share[:8]} (50.00 KES for Dan) is dated" in tip
    assert joined_cell(view, "Amina") == "not said"
    assert view.early_note.isVisibleTo(view)
    assert view.early_note.text().startswith("1 member has entries dated before the day")


def test_the_council_corrects_a_join_day_by_the_keyboard(
    qtbot: QtBot, store: Store, group: GroupId, dan: PersonId, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = members_page(qtbot, store)
    assert not view.join_day_button.isEnabled()  # no member chosen yet
    select(view, "Dan")
    assert view.join_day_button.isEnabled() and view.join_day_action.isEnabled()
    assert view.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert view.join_day_action in view.table.actions()
    shown: list[JoinDayDialog] = []
    monkeypatch.setattr(JoinDayDialog, "exec", lambda self: shown.append(self) or 0)
    QTest.keyClick(view.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1 and shown[0].member.name == "Dan"
    dialog = opened(qtbot, view.join_day_dialog())
    assert isinstance(dialog, JoinDayDialog)
    assert dialog.focusWidget() is dialog.date
    assert dialog.date.text() == "2024-03-01"  # the day it has now
    qtbot.keyClicks(dialog.date, "20240201")
    sign(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    assert joined_on(store.history(group), store.state(group).membership, dan) == "2024-02-01"
    qtbot.waitUntil(lambda: joined_cell(view, "Dan") == "2024-02-01")


@pytest.mark.parametrize(
    ("day", "refusal"),
    [
        ("2024-03-01", "Dan joined on 2024-03-01 already: nothing to change"),
        ("2024-03-05", "Dan has an entry dated 2024-03-04 (entry {entry}): the join day cannot "
                       "be after it; choose 2024-03-04 or earlier, or reverse that entry first"),
        ("future", "the date {future} is in the future (today is {today})"),
    ],
)  # fmt: skip
def test_a_refused_day_is_said_in_the_cores_words_and_nothing_changes(
    qtbot: QtBot,
    store: Store,
    founder: Signer,
    group: GroupId,
    dan: PersonId,
    day: str,
    refusal: str,
) -> None:
    entry = fa.add_entry(store, founder, group, type="contribution", member=dan, shares=1,
                         date="2024-03-04").id  # fmt: skip
    today = dt.date.today()
    future = (today + dt.timedelta(days=10)).isoformat()
    before = store.state(group).digest()
    view = members_page(qtbot, store)
    select(view, "Dan")
    dialog = opened(qtbot, view.join_day_dialog())
    assert isinstance(dialog, JoinDayDialog)
    qtbot.keyClicks(dialog.date, (future if day == "future" else day).replace("-", ""))
    sign(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == refusal.format(
        entry=entry[:8], future=future, today=today.isoformat()
    )
    assert store.state(group).digest() == before
    qtbot.keyClick(dialog.date, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert store.state(group).digest() == before


def test_not_offered_to_a_pc_without_a_council_key(qtbot: QtBot, store: Store) -> None:
    """Only an elder's key here: the correction is neither a button nor a menu entry that
    works, Ctrl+J does nothing, and the page says who may."""
    outsider = Signer("Zawadi", SigningKey.generate())
    group = actions.create_group(store, outsider, name="Upendo", currency="KES").group
    elder = Keyring(store.db).create("Baraka", PASSPHRASE)
    actions.add_member(store, outsider, group, person=elder.person, name="Baraka",
                       roles=["elder"], date="2024-03-01")  # fmt: skip
    view = members_page(qtbot, store)
    select(view, "Baraka")
    assert view.selected() is not None
    assert not view.join_day_button.isEnabled() and not view.join_day_action.isEnabled()
    assert view.join_day_dialog() is None
    QTest.keyClick(view.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    assert "correct their join day" in view.notice.text()
    assert joined_cell(view, "Baraka") == "2024-03-01"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_dialog_reads_whole_at_large_text(
    qapp: QApplication,
    qtbot: QtBot,
    store: Store,
    founder: Signer,
    group: GroupId,
    dan: PersonId,
    language: str,
) -> None:
    with reading(qapp, language=language, font_scale=1.5):
        view = members_page(qtbot, store)
        select(view, "Dan")
        dialog = opened(qtbot, view.join_day_dialog())
        dialog.show_refusal(
            "Dan has an entry dated 2024-03-04 (entry 0123abcd): the join day cannot be "
            "after it; choose 2024-03-04 or earlier, or reverse that entry first"
        )
        for _ in range(3):
            qapp.processEvents()
        assert clipped(dialog) == []
        assert dialog.height() <= 768 - 60
        if language != "en":
            assert untranslated(dialog) == []
        dialog.reject()

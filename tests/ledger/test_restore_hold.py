"""A PC restored from a backup never reuses a number it wrote after the backup: its groups
are held until a sync brings those changes back (or a person confirms it is the only PC)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.savings import membership_actions as actions
from ledger.store.backup import backup_store, restore_store
from ledger.store.errors import Refused
from ledger.store.events import RestoreHoldLifted, StoreEvent
from ledger.store.ids import GroupId, writer_id
from ledger.store.persons import Signer
from ledger.store.restore_hold import HELD, HOLD_PREFIX, hold_every_group
from ledger.store.store import Store
from ledger.store.transfer import import_changes_file, write_changes_file
from ledger.store.words import Words


def _send(source: Store, target: Store, group: GroupId, *, everything: bool = False) -> int:
    """What `target` lacks of `group` by its version vector (as a sync sends it), or
    `everything` (so a second change under a number already held would reach it too)."""
    held = group in target.group_ids() and not everything
    theirs = target.version_vector(group) if held else {}
    raws = source.changes_missing(group, theirs)
    results = target.ingest_many(raws, source="peer test")
    assert all(r.status in ("accepted", "duplicate") for r in results), results
    return len(raws)


def _note(store: Store, signer: Signer, group: GroupId, text: str) -> None:
    actions.change_settings(store, signer, group, name=text)


@pytest.fixture
def restored(
    store: Store, group: GroupId, people: dict[str, Signer], tmp_path: Path
) -> Iterator[tuple[Store, Store]]:
    """The story: back up, write more on this PC, replicate to a second PC, lose the disk,
    restore. Yields (the restored PC, the second PC)."""
    backup = backup_store(store, tmp_path / "backup.sqlite3").path
    _note(store, people["Amina"], group, "Umoja after the backup")
    _note(store, people["Amina"], group, "Umoja, twice after")
    other = Store.open(tmp_path / "second-pc")
    _send(store, other, group)
    info = restore_store(tmp_path / "new-disk", backup)
    assert info.held == (group,)
    again = Store.open(tmp_path / "new-disk")
    yield again, other
    again.close()
    other.close()


def test_a_restored_pc_refuses_to_write_and_says_why(
    restored: tuple[Store, Store], group: GroupId, people: dict[str, Signer]
) -> None:
    again, _ = restored
    before = again.state(group).digest()
    with pytest.raises(Refused) as refused:
        _note(again, people["Amina"], group, "Umoja, written too soon")
    assert str(refused.value) == str(Words(HELD))
    assert "restored from a backup" in str(refused.value)
    assert again.state(group).digest() == before  # nothing stored
    assert set(again.held_groups()) == {group}
    # The hold is on disk: a restart, or another process on the folder, keeps it.
    beside = Store.open(again.home)
    try:
        assert beside.is_held(group)
        with pytest.raises(Refused):
            _note(beside, people["Bosco"], group, "Bosco on the same PC")
    finally:
        beside.close()


def test_a_sync_that_brings_back_our_later_changes_lifts_the_hold(
    restored: tuple[Store, Store], group: GroupId, people: dict[str, Signer]
) -> None:
    again, other = restored
    events: list[StoreEvent] = []
    again.subscribe(events.append)
    amina = writer_id(people["Amina"].person, again.device_id)
    # Before the changes arrive, the second PC is ahead on our writer: still held.
    assert not again.caught_up_with(group, other.version_vector(group))
    assert again.is_held(group)
    assert _send(other, again, group) == 2
    assert again.caught_up_with(group, other.version_vector(group))
    assert not again.is_held(group)
    assert [e for e in events if isinstance(e, RestoreHoldLifted)] == [
        RestoreHoldLifted(group, confirmed=False)
    ]
    _note(again, people["Amina"], group, "Umoja, after the restore")
    assert again.version_vector(group)[amina] == other.version_vector(group)[amina] + 1
    # The new change continues the chain on the second PC: no equivocation, nothing void.
    _send(again, other, group, everything=True)
    for pc in (again, other):
        state = pc.state(group)
        assert not state.equivocators
        assert not state.voided
        assert state.settings.name == "Umoja, after the restore"
    assert again.state(group).digest() == other.state(group).digest()


def test_a_sync_with_a_pc_that_lacks_nothing_of_ours_lifts_it_too(
    store: Store, group: GroupId, people: dict[str, Signer], tmp_path: Path, make_store
) -> None:
    """Backed up with nothing written after it: any member's PC's catch-up is enough."""
    other = make_store()
    _send(store, other, group)
    restore_store(tmp_path / "new-disk", backup_store(store, tmp_path / "b.sqlite3").path)
    again = make_store("new-disk")
    assert again.is_held(group)
    assert again.caught_up_with(group, other.version_vector(group))
    _note(again, people["Amina"], group, "Umoja again")


def test_lifting_without_a_sync_needs_the_only_pc_confirmation(
    restored: tuple[Store, Store], group: GroupId, people: dict[str, Signer]
) -> None:
    again, _ = restored
    with pytest.raises(Refused, match="only PC"):
        again.resume_writing(group, only_pc=False)
    assert again.is_held(group)
    assert again.resume_writing(group, only_pc=True)
    assert not again.resume_writing(group, only_pc=True)  # nothing left to lift
    _note(again, people["Amina"], group, "Umoja, the only PC")
    with pytest.raises(Exception, match="holds no group"):
        again.resume_writing(GroupId("ab" * 32), only_pc=True)


def test_a_later_change_of_our_own_waiting_here_blocks_a_new_number(
    store: Store, group: GroupId, people: dict[str, Signer], tmp_path: Path, make_store
) -> None:
    """Our writer's change arrives ahead of our head: the store continues after it, and
    while one waits for the ones before it, no number is handed out."""
    backup = backup_store(store, tmp_path / "backup.sqlite3").path
    for name in ("one", "two", "three"):
        _note(store, people["Amina"], group, name)
    raws = store.changes_missing(group, {})[-3:]
    restore_store(tmp_path / "new-disk", backup)
    again = make_store("new-disk")
    again.resume_writing(group, only_pc=True)  # (as if wrongly confirmed)
    assert again.ingest(raws[2], source="peer test").status == "pending"
    with pytest.raises(Refused, match="waits here"):
        _note(again, people["Amina"], group, "would reuse a number")
    assert again.ingest(raws[0], source="peer test").status == "accepted"  # head + 1
    with pytest.raises(Refused, match="waits here"):
        _note(again, people["Amina"], group, "would reuse a number")
    again.ingest(raws[1], source="peer test")
    amina = writer_id(people["Amina"].person, again.device_id)
    head = again.version_vector(group)[amina]
    _note(again, people["Amina"], group, "after all three")
    assert again.version_vector(group)[amina] == head + 1
    assert not again.state(group).equivocators


def test_a_restored_pc_still_founds_new_groups(
    restored: tuple[Store, Store], people: dict[str, Signer]
) -> None:
    again, _ = restored
    fresh = actions.create_group(again, people["Dan"], name="Dan's", currency="KES").group
    assert not again.is_held(fresh)
    _note(again, people["Dan"], fresh, "Dan's group")


@settings(max_examples=8, deadline=None)
@given(
    before=st.lists(st.sampled_from(["Amina", "Bosco"]), max_size=3),
    after=st.lists(st.sampled_from(["Amina", "Bosco"]), min_size=1, max_size=4),
    relayed=st.booleans(),
)
def test_backup_write_replicate_restore_sync_write_never_voids(
    tmp_path_factory: pytest.TempPathFactory,
    people: dict[str, Signer],
    before: list[str],
    after: list[str],
    relayed: bool,
) -> None:
    """Whatever was written before and after the backup, and whether the later changes
    reach the restored PC directly or through a third PC: after the hold lifts, new
    writes by the same writers are accepted everywhere, nothing is void."""
    tmp = tmp_path_factory.mktemp("story")
    pc = Store.open(tmp / "pc")
    second = Store.open(tmp / "second")
    third = Store.open(tmp / "third")
    try:
        g = actions.create_group(pc, people["Amina"], name="G", currency="KES", quorum=1).group
        actions.add_member(
            pc, people["Amina"], g, person=people["Bosco"].person, name="Bosco", roles=["council"]
        )
        for i, name in enumerate(before):
            _note(pc, people[name], g, f"before {i}")
        backup = backup_store(pc, tmp / "backup.sqlite3").path
        for i, name in enumerate(after):
            _note(pc, people[name], g, f"after {i}")
        _send(pc, second, g)
        if relayed:
            _send(second, third, g)
        pc.close()
        restore_store(tmp / "pc", backup, replace=True)
        restored = Store.open(tmp / "pc")
        source = third if relayed else second
        try:
            with pytest.raises(Refused):
                _note(restored, people["Amina"], g, "too soon")
            _send(source, restored, g)
            assert restored.caught_up_with(g, source.version_vector(g))
            for name in ("Amina", "Bosco"):
                _note(restored, people[name], g, f"{name} after the restore")
            _send(restored, source, g, everything=True)
            for store in (restored, source):
                state = store.state(g)
                assert not state.equivocators and not state.voided
            assert restored.state(g).digest() == source.state(g).digest()
        finally:
            restored.close()
    finally:
        second.close()
        third.close()


def test_a_lift_by_another_process_on_the_folder_counts_at_once(
    restored: tuple[Store, Store], group: GroupId, people: dict[str, Signer]
) -> None:
    again, _ = restored
    assert again.is_held(group)
    beside = Store.open(again.home)  # `lattice resume-writing` while the window runs
    try:
        beside.resume_writing(group, only_pc=True)
    finally:
        beside.close()
    _note(again, people["Amina"], group, "written by the window")


def test_a_hold_row_with_a_damaged_time_still_holds(
    store: Store, group: GroupId, people: dict[str, Signer]
) -> None:
    hold_every_group(store.db.path, [group])
    store.db.execute("UPDATE meta SET value='not a time' WHERE key=?", (HOLD_PREFIX + group,))
    assert store.held_groups() == {group: 0}
    with pytest.raises(Refused):
        _note(store, people["Amina"], group, "held")


def test_a_changes_file_brings_back_our_later_changes_but_never_lifts_the_hold(
    restored: tuple[Store, Store], group: GroupId, people: dict[str, Signer], tmp_path: Path
) -> None:
    """A file carrying every change this PC wrote after the backup still cannot show that
    nothing later exists: the chain moves forward, the hold stays."""
    again, other = restored
    path = tmp_path / "umoja.lattice"
    write_changes_file(path, other.raw_changes(group))
    amina = writer_id(people["Amina"].person, again.device_id)
    assert again.own_heads(group)[amina] == other.version_vector(group)[amina] - 2
    summary = import_changes_file(again, path)
    assert summary.own_brought_back == {group: 2}
    assert again.own_heads(group)[amina] == other.version_vector(group)[amina]
    assert again.is_held(group)
    with pytest.raises(Refused):
        _note(again, people["Amina"], group, "Umoja, after the file")
    again_summary = import_changes_file(again, path)  # nothing new: nothing to report
    assert again_summary.own_brought_back == {}
    assert again.is_held(group)
    # A member's PC's catch-up then finds nothing of ours missing, and lifts it.
    assert again.caught_up_with(group, other.version_vector(group))
    _note(again, people["Amina"], group, "Umoja, after the sync")
    assert not again.state(group).equivocators


def test_a_file_into_a_group_that_is_not_held_reports_nothing(
    store: Store, group: GroupId, people: dict[str, Signer], tmp_path: Path, make_store
) -> None:
    _note(store, people["Amina"], group, "Umoja, written here")
    other = make_store()
    path = tmp_path / "umoja.lattice"
    write_changes_file(path, store.raw_changes(group))
    assert import_changes_file(other, path).own_brought_back == {}
    assert import_changes_file(store, path).own_brought_back == {}

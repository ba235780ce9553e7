"""`RulesBook.in_force` keeps its answers between versions; each added version must show."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ledger.savings.rules import Rules, RulesBook, RulesVersion
from ledger.store.ids import ChangeId, PersonId

DAYS = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]
change_sets = st.fixed_dictionaries(
    {},
    optional={
        "share_value": st.integers(1, 10_000),
        "max_shares": st.integers(1, 10),
        "fines": st.dictionaries(st.sampled_from(["late", "absent"]), st.integers(0, 500)),
    },
)


def merged_from_scratch(versions: list[RulesVersion], day: str) -> Rules:
    """The rules in force, recomputed from every version (ties keep the order added)."""
    rules = Rules()
    for version in sorted((v for v in versions if v.effective <= day), key=lambda v: v.effective):
        rules = rules.merged(version.changes)
    return rules


@given(st.lists(st.tuples(st.sampled_from(DAYS), change_sets), max_size=6))
def test_each_added_version_changes_what_is_in_force(
    added: list[tuple[str, dict[str, object]]],
) -> None:
    book = RulesBook()
    for n, (effective, changes) in enumerate(added):
        for day in ["2023-12-31", *DAYS]:  # asked before the next version is added
            assert book.in_force(day) == merged_from_scratch(book.versions, day)
        book.versions.append(
            RulesVersion(ChangeId(f"{n:064x}"), effective, PersonId("a" * 64), changes)
        )
    for day in ["2023-12-31", *DAYS, "9999-12-31"]:
        assert book.in_force(day) == merged_from_scratch(book.versions, day)


def test_a_replaced_version_list_is_seen() -> None:
    book = RulesBook()
    first = RulesVersion(ChangeId("0" * 64), "2024-01-01", PersonId("a" * 64), {"max_shares": 3})
    book.versions.append(first)
    assert book.in_force("2024-02-01").max_shares == 3
    book.versions = [RulesVersion(ChangeId("1" * 64), "2024-01-01", PersonId("a" * 64), {})]
    assert book.in_force("2024-02-01").max_shares is None
    assert book.with_version(first).in_force("2024-02-01").max_shares == 3

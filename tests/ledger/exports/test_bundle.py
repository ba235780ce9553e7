"""The signed bundle: a sound one verifies offline; any tampering makes it fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledger.exports.bundle import MANIFEST_CONTEXT, build_bundle, parse_bundle
from ledger.exports.period import Period
from ledger.exports.verify import verify_bytes, verify_file
from ledger.savings import membership_actions as actions
from ledger.store import codec
from ledger.store.ids import GroupId
from ledger.store.persons import Signer
from ledger.store.store import Store


def _resign(data: bytes, by: Signer, **changes: object) -> bytes:
    """Rewrite a bundle's manifest fields and sign it again as `signer`."""
    outer = codec.decode_canonical(data)
    manifest = codec.decode_canonical(outer["manifest"])
    manifest.update(changes)
    outer["manifest"] = codec.encode(manifest)
    outer["sig"] = by.sign(MANIFEST_CONTEXT + outer["manifest"])
    return codec.encode(outer)


def test_a_fresh_bundle_verifies(store: Store, group: GroupId, people: dict[str, Signer],
                                 tmp_path: Path) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    (tmp_path / "b.lattice").write_bytes(data)
    verdict = verify_file(tmp_path / "b.lattice")
    assert verdict.sound, verdict.problems
    assert verdict.group == group
    assert verdict.group_name == "Umoja"
    assert verdict.signer_name == "Amina"
    assert len(parse_bundle(data).changes) == store.change_count(group)


def test_a_flipped_byte_anywhere_fails(store: Store, group: GroupId,
                                      people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    for position in range(0, len(data), max(1, len(data) // 97)):
        broken = bytearray(data)
        broken[position] ^= 0x01
        assert not verify_bytes(bytes(broken)).sound, f"byte {position} flipped went unnoticed"


def test_a_dropped_change_fails_even_when_re_signed(store: Store, group: GroupId,
                                                   people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    outer = codec.decode_canonical(data)
    outer["changes"] = outer["changes"][:-1]
    verdict = verify_bytes(codec.encode(outer))
    assert not verdict.sound
    assert any("change set" in p for p in verdict.problems)


def test_a_manifest_signed_by_an_outsider_fails(store: Store, group: GroupId,
                                                people: dict[str, Signer]) -> None:
    data = build_bundle(store, group, people["Amina"], Period())
    outsider = people["Dan"]
    forged = _resign(data, outsider, signer=bytes.fromhex(outsider.person))
    verdict = verify_bytes(forged)
    assert not verdict.sound
    assert any("not an active member" in p for p in verdict.problems)


def test_an_outsider_cannot_export(store: Store, group: GroupId,
                                   people: dict[str, Signer]) -> None:
    from ledger.store.errors import Refused

    with pytest.raises(Refused):
        build_bundle(store, group, people["Dan"], Period())


def test_garbage_and_empty_files_fail_cleanly() -> None:
    for data in (b"", b"\x00", b"hello", codec.encode({"format": "lattice-bundle"})):
        verdict = verify_bytes(data)
        assert not verdict.sound
        assert verdict.problems


def test_a_removed_exporter_fails(store: Store, group: GroupId, people: dict[str, Signer]) -> None:
    actions.add_member(store, people["Amina"], group, person=people["Dan"].person, name="Dan",
                       roles=["viewer"])
    data = build_bundle(store, group, people["Dan"], Period())
    assert verify_bytes(data).sound
    actions.remove_member(store, people["Amina"], group, people["Dan"].person)
    forged = _resign(
        build_bundle(store, group, people["Amina"], Period()), people["Dan"],
        signer=bytes.fromhex(people["Dan"].person),
    )
    assert not verify_bytes(forged).sound

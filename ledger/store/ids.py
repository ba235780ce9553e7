"""Typed ids, so that a person's key never travels where a change id is expected."""

from __future__ import annotations

from typing import NewType

PersonId = NewType("PersonId", str)
"""Hex of a person's Ed25519 public key."""
DeviceId = NewType("DeviceId", str)
"""Hex of a device's Ed25519 public key (also its libp2p identity)."""
GroupId = NewType("GroupId", str)
"""Hex SHA-256 of the group's signed genesis change."""
ChangeId = NewType("ChangeId", str)
"""Hex SHA-256 of a change's signed bytes."""
WriterId = NewType("WriterId", str)
"""`<person>:<device>`: one author on one device, the unit of a hash chain."""
DistrictId = NewType("DistrictId", str)
"""Hex SHA-256 of the change that added the district to its group."""


def writer_id(person: PersonId, device: DeviceId) -> WriterId:
    return WriterId(f"{person}:{device}")


def split_writer(writer: WriterId) -> tuple[PersonId, DeviceId]:
    person, _, device = writer.partition(":")
    return PersonId(person), DeviceId(device)


def short(some_id: str) -> str:
    """The first eight hex digits: enough for a person to tell ids apart on screen."""
    return some_id[:8]

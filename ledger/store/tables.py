"""The SQLite schema (SQLModel). The raw signed bytes are the source of truth;
everything else here is an index or a cache that can be rebuilt from them."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Meta(SQLModel, table=True):
    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class PersonKey(SQLModel, table=True):
    """A person's signing key, sealed with their passphrase."""

    __tablename__ = "person_key"
    person: str = Field(primary_key=True)
    name: str = Field(index=True)
    sealed: bytes
    created: int


class DeviceKey(SQLModel, table=True):
    __tablename__ = "device_key"
    slot: int = Field(default=0, primary_key=True)
    seed: bytes


class ChangeRow(SQLModel, table=True):
    """An accepted signed change. `rowid` orders arrivals for other processes to follow."""

    __tablename__ = "change_log"
    rowid: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True)
    group_id: str = Field(index=True)
    writer: str
    seq: int
    kind: str
    lamport: int
    parents: bytes
    """The ids this change follows (deps and previous), 32 bytes each: the index loads
    without decoding every change."""
    raw: bytes
    received: int


class PendingRow(SQLModel, table=True):
    """A verified change waiting for the changes it depends on."""

    __tablename__ = "pending_change"
    id: str = Field(primary_key=True)
    group_id: str = Field(index=True)
    missing: str
    raw: bytes
    received: int
    source: str = Field(default="", sa_column_kwargs={"server_default": ""})
    """Who sent it (as given to `ingest_many`): what each sender may hold here is bounded."""
    stranger: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    """Its author was not a member this PC knew when it arrived (see `ledger.store.pending`)."""


class RejectionRow(SQLModel, table=True):
    """Why data from elsewhere was refused, for `status` and the window to show."""

    __tablename__ = "rejection"
    rowid: int | None = Field(default=None, primary_key=True)
    change_id: str | None = None
    group_id: str | None = None
    source: str
    reason: str
    at: int


class RejectionTally(SQLModel, table=True):
    """Per sender, how much it sent was refused or never resolved (bounded in count)."""

    __tablename__ = "rejection_tally"
    source: str = Field(primary_key=True)
    rejected: int
    unresolved: int
    first_at: int
    last_at: int


class SnapshotRow(SQLModel, table=True):
    """A cached derived state, valid for the log up to `upto_rowid`."""

    __tablename__ = "snapshot"
    group_id: str = Field(primary_key=True)
    upto_rowid: int
    state: bytes


class ReceiptRow(SQLModel, table=True):
    """The newest signed receipt of each PC for each group (witnessed states); not part
    of the signed log, never part of a group's state."""

    __tablename__ = "receipt"
    group_id: str = Field(primary_key=True)
    device: str = Field(primary_key=True)
    at: int
    raw: bytes

"""Many changes decoded at once, their signatures checked on the other core (the helper
process of `ledger.store.verifier`) while this process parses, authorizes and stores."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from ledger.store import verifier
from ledger.store.change import BAD_SIGNATURE, Change, parse_unverified
from ledger.store.errors import DecodeError
from ledger.store.verifier import Ticket

_VERIFY_CHUNK = 64
_FIRST_CHUNK = 16
"""A batch's first chunk is smaller, so that the helper starts on it sooner (it is idle
while this process parses the first chunk of a batch)."""
HELPER_FROM = 2 * _VERIFY_CHUNK
"""Batches at least this large have their signatures checked by the helper process."""
_pool: ThreadPoolExecutor | None = None


class DecodedBatch:
    """Many changes decoded at once, their signatures checked on another core.

    A large batch's signatures go, a chunk at a time, to a helper process
    (`ledger.store.verifier`) as soon as they are parsed, so that they are checked while
    this process parses the rest, stores the batch before, or stores this one's earlier
    chunks: `get` waits only for the chunk it needs. Without the helper (it could not
    start), the first `get` checks them all on a thread pool, this thread waiting meanwhile
    (a thread returning from C would otherwise queue for the GIL behind this busy one).
    """

    def __init__(self, raws: Sequence[bytes]) -> None:
        """A batch to take in at once: the helper holds fewer of its chunks, so that more
        are left for this process to check rather than wait (`verifier.AHEAD_AT_ONCE`)."""
        self._check(raws, at_once=True)

    @classmethod
    def of_parsed(
        cls, parsed: Sequence[tuple[Change, bytes] | DecodeError | bytes]
    ) -> DecodedBatch:
        """Changes partly decoded already (by `assemble`: no need to parse their bytes
        again), their signatures checked here; plain bytes are parsed first."""
        batch = cls.__new__(cls)
        batch._check(parsed, at_once=False)
        return batch

    def _check(
        self, parsed: Sequence[tuple[Change, bytes] | DecodeError | bytes], *, at_once: bool
    ) -> None:
        self._at_once = at_once
        self._items: list[Change | DecodeError] = []
        self._unchecked: list[tuple[int, bytes]] = []
        self._sent: deque[tuple[list[int], Ticket]] = deque()
        self._helper = verifier.ready_helper() if len(parsed) >= HELPER_FROM else None
        for item in parsed:
            if type(item) is not tuple:  # (most items are: assembled by the framing)
                if isinstance(item, bytes):
                    try:
                        item = parse_unverified(item)
                    except DecodeError as exc:
                        item = exc
                if isinstance(item, DecodeError):
                    self._items.append(item)
                    continue
            change, message = item
            self._unchecked.append((len(self._items), message))
            self._items.append(change)
            if self._helper is not None and len(self._unchecked) == (
                _VERIFY_CHUNK if self._sent else _FIRST_CHUNK
            ):
                self._send()
        if self._helper is not None and self._unchecked:
            self._send()

    def _send(self) -> None:
        assert self._helper is not None
        indexes = [index for index, _ in self._unchecked]
        ticket = self._helper.submit(
            [message for _, message in self._unchecked], at_once=self._at_once
        )
        self._sent.append((indexes, ticket))
        self._unchecked = []

    def __len__(self) -> int:
        return len(self._items)

    def unchecked(self, index: int) -> Change | DecodeError:
        """The change as decoded, its signature perhaps not checked yet: for planning only
        (which group states a batch will read), never for storing."""
        return self._items[index]

    @property
    def left_here(self) -> bool:
        """Whether signatures wait to be checked in this process (no helper took them)."""
        return bool(self._unchecked)

    def check_here(self) -> None:
        """Check the signatures no helper took, on a thread pool (the first `get` would)."""
        if self._unchecked:
            indexes = [index for index, _ in self._unchecked]
            self._verdicts(indexes, _check_on_threads(self._unchecked))
            self._unchecked = []

    def waits_for_helper(self, index: int) -> bool:
        """Whether `get(index)` would now wait for the helper: this process may do other
        work first (the trace showed it idle there, the helper busy)."""
        if not self._sent or self._sent[0][0][0] > index:
            return False
        assert self._helper is not None
        return not self._helper.answered(self._sent[0][1])

    def get(self, index: int) -> Change | DecodeError:
        """The change, or why it was refused; its signature checked."""
        if self._unchecked:
            self.check_here()
        while self._sent and self._sent[0][0][0] <= index:
            indexes, ticket = self._sent.popleft()
            assert self._helper is not None
            self._verdicts(indexes, self._helper.verdicts(ticket))
        return self._items[index]

    def _verdicts(self, indexes: list[int], verdicts: list[bool]) -> None:
        for index, ok in zip(indexes, verdicts, strict=True):
            if not ok:
                self._items[index] = DecodeError(BAD_SIGNATURE)


def _check_on_threads(signed: list[tuple[int, bytes]]) -> list[bool]:
    global _pool
    if len(signed) < 2 * _VERIFY_CHUNK:
        return _verify_chunk(signed)
    if _pool is None:
        _pool = ThreadPoolExecutor(max(2, os.cpu_count() or 2), "lattice-verify")
    size = -(-len(signed) // (os.cpu_count() or 2))
    parts = [signed[i : i + size] for i in range(0, len(signed), size)]
    return [ok for part in _pool.map(_verify_chunk, parts) for ok in part]


def _forget_pool_after_fork() -> None:
    """A forked child has none of the pool's threads: it makes its own when it needs one."""
    global _pool
    _pool = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool_after_fork)


def _verify_chunk(chunk: list[tuple[int, bytes]]) -> list[bool]:
    return [verifier.signature_ok(message) for _, message in chunk]

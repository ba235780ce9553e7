"""Read a child process's JSON-lines stdout with deadlines, without blocking forever."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from typing import Any

Event = dict[str, Any]


class JsonLines:
    """Collects every event a process prints; `wait` returns the first one matching."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        self.seen: list[Event] = []
        self._queue: queue.Queue[Event | None] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            try:
                self._queue.put(json.loads(line))
            except json.JSONDecodeError:
                self._queue.put({"event": "garbage", "line": line})
        self._queue.put(None)

    def _drain(self, block_for: float) -> bool:
        """Move what arrived into `seen`; False once the process closed stdout."""
        try:
            item = self._queue.get(timeout=block_for)
        except queue.Empty:
            return True
        if item is None:
            return False
        self.seen.append(item)
        return True

    def drain(self) -> list[Event]:
        """Everything printed so far (waits for nothing)."""
        while not self._queue.empty() and self._drain(0):
            pass
        return self.seen

    def wait(self, match: Callable[[Event], bool], timeout: float, what: str = "") -> Event:
        deadline = time.monotonic() + timeout
        checked = 0
        alive = True
        while True:
            for event in self.seen[checked:]:
                if match(event):
                    return event
            checked = len(self.seen)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not alive:
                raise AssertionError(
                    f"timed out waiting for {what or 'an event'}; saw {self.seen[-20:]}"
                )
            alive = self._drain(min(remaining, 0.2))

    def wait_event(self, name: str, timeout: float, **fields: Any) -> Event:
        def match(e: Event) -> bool:
            return e.get("event") == name and all(e.get(k) == v for k, v in fields.items())

        return self.wait(match, timeout, f"{name} {fields}")

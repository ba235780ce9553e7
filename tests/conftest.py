"""Shared fixtures: persons are made once per session (Argon2id is slow on purpose)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

"""The pages of the main window, by the names the command line and tests use."""

from __future__ import annotations

import importlib

from ui.view_names import VIEW_NAMES
from ui.views.base import View, ViewContext
from ui.views.pending import PendingView

__all__ = ["VIEW_NAMES", "View", "ViewContext", "build_view"]

_BUILT: dict[str, str] = {
    "overview": "ui.views.overview:OverviewView",
    "ledger": "ui.views.ledger:LedgerView",
    "goals": "ui.views.goals:GoalsView",
    "meetings": "ui.views.meetings:MeetingsView",
    "passbook": "ui.views.passbook:PassbookView",
    "members": "ui.views.members:MembersView",
    "rules": "ui.views.rules:RulesView",
    "peers": "ui.views.peers:PeersView",
    "export": "ui.views.export:ExportView",
}
"""Where each view is written; its module is imported when the view is first built, so
the window opens without loading the code of the views nobody has opened yet."""


def build_view(name: str, context: ViewContext) -> View:
    """A fresh view for `name`; sections not built yet say so instead of pretending."""
    if name not in VIEW_NAMES:
        raise ValueError(f"unknown view {name!r}; choose one of {', '.join(VIEW_NAMES)}")
    where = _BUILT.get(name)
    if where is None:
        return PendingView(name, context)
    module, _, cls_name = where.partition(":")
    cls = getattr(importlib.import_module(module), cls_name)
    assert issubclass(cls, View), where
    assert cls.name == name, where
    view: View = cls(context)
    return view

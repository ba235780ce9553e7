"""The pages of the main window, by the names the command line and tests use."""

from __future__ import annotations

from ui.view_names import VIEW_NAMES
from ui.views.base import View, ViewContext
from ui.views.export import ExportView
from ui.views.goals import GoalsView
from ui.views.ledger import LedgerView
from ui.views.meetings import MeetingsView
from ui.views.members import MembersView
from ui.views.overview import OverviewView
from ui.views.passbook import PassbookView
from ui.views.peers import PeersView
from ui.views.pending import PendingView

__all__ = ["VIEW_NAMES", "View", "ViewContext", "build_view"]

_BUILT: dict[str, type[View]] = {
    view.name: view
    for view in (
        OverviewView,
        LedgerView,
        GoalsView,
        MeetingsView,
        PassbookView,
        MembersView,
        PeersView,
        ExportView,
    )
}


def build_view(name: str, context: ViewContext) -> View:
    """A fresh view for `name`; sections not built yet say so instead of pretending."""
    if name not in VIEW_NAMES:
        raise ValueError(f"unknown view {name!r}; choose one of {', '.join(VIEW_NAMES)}")
    cls = _BUILT.get(name)
    if cls is None:
        return PendingView(name, context)
    return cls(context)

"""What a finance change did, in plain words a front end translates (recent activity,
voided changes). Each is a `Words` template; amounts are `Amount`s, shown in the group's
currency once `ledger.store.kinds.describe` knows it."""

from __future__ import annotations

from typing import Any

from ledger.savings.entries import FUND_KIND_WORDS
from ledger.savings.goals import STATUS_WORDS as GOAL_STATUS_WORDS
from ledger.savings.meetings import CHOICE_WORDS
from ledger.savings.money import Amount
from ledger.store.words import QT_TRANSLATE_NOOP, Words, word


def fund_added(b: dict[str, Any]) -> Words:
    return Words(
        QT_TRANSLATE_NOOP("core", "added the {kind} fund {name}"),
        kind=word(FUND_KIND_WORDS, b["kind"]),
        name=b["name"],
    )


def goal_proposed(b: dict[str, Any]) -> Words:
    return Words(
        QT_TRANSLATE_NOOP("core", "proposed the goal {title} (target {target})"),
        title=b["title"],
        target=Amount(b["target"]),
    )


def goal_updated(b: dict[str, Any]) -> Words:
    if "status" in b:
        return Words(
            QT_TRANSLATE_NOOP("core", "updated a goal (now {status})"),
            status=word(GOAL_STATUS_WORDS, b["status"]),
        )
    return QT_TRANSLATE_NOOP("core", "updated a goal")


def meeting_opened(b: dict[str, Any]) -> Words:
    return Words(QT_TRANSLATE_NOOP("core", "opened the meeting of {date}"), date=b["date"])


def decision_recorded(b: dict[str, Any]) -> Words:
    return Words(
        QT_TRANSLATE_NOOP("core", "recorded the decision '{motion}' ({outcome})"),
        motion=b["motion"],
        outcome=word(CHOICE_WORDS, b["outcome"]),
    )


def meeting_closed(b: dict[str, Any]) -> Words:
    return Words(
        QT_TRANSLATE_NOOP("core", "closed a meeting with a cash count of {count} funds"),
        count=len(b["counts"]),
    )

"""The registry of change kinds: each kind's body check, who may author it, and its effect.

A domain module (membership, documents, the ledger) registers its kinds here; the
validator and the state fold look them up, so there is one place per kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ledger.store.errors import DecodeError
from ledger.store.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from ledger.store.change import Change
    from ledger.store.membership import Membership
    from ledger.store.state import GroupState

BodyCheck = Callable[[dict[str, Any]], None]
Authorize = Callable[["Membership", "Change"], "str | None"]
ApplyControl = Callable[["Membership", "Change"], "str | None"]
Apply = Callable[["GroupState", "Change"], "str | None"]


@dataclass(frozen=True, slots=True)
class KindSpec:
    """One kind of change. `authorize` and the apply functions return a reason when refused."""

    name: str
    check_body: BodyCheck
    authorize: Authorize
    apply_control: ApplyControl | None = None
    """Set for kinds that change membership: they are folded for authorization."""
    apply: Apply | None = None
    """Effect on the rest of the group's state (ledger, goals, documents)."""
    describe: Callable[[dict[str, Any]], str] | None = None
    """A plain-words summary of the change, for activity lists and voided notices."""

    @property
    def is_control(self) -> bool:
        return self.apply_control is not None


_KINDS: dict[str, KindSpec] = {}


def register(spec: KindSpec) -> None:
    if spec.name in _KINDS:
        raise ValueError(f"kind {spec.name} registered twice")
    _KINDS[spec.name] = spec


def spec_for(kind: str) -> KindSpec:
    spec = _KINDS.get(kind)
    if spec is None:
        raise DecodeError(QT_TRANSLATE_NOOP("core", "unknown kind of change '{kind}'"), kind=kind)
    return spec


def known_kinds() -> list[str]:
    return sorted(_KINDS)


class GroupWord(Words):
    """A word a group may choose for itself (today only what it calls a district), left
    at its default in a description until `describe` binds the group's own word."""


def describe(
    kind: str, body: dict[str, Any], currency: str | None = None, word: str | None = None
) -> str:
    """What a change did, in plain words; with `currency` (the group's), its amounts say it;
    with `word` (the group's `district_word`), its districts are called that."""
    spec = _KINDS.get(kind)
    if spec is None or spec.describe is None:
        return kind
    try:
        text = spec.describe(body)
    except (KeyError, TypeError, ValueError):
        return kind
    if word is not None:
        text = _in_words(text, word)
    return in_currency(text, currency) if currency is not None else text


def _in_words(text: str, word: str) -> str:
    """`text` with each `GroupWord` parameter replaced by `word`."""
    if not isinstance(text, Words) or not text.params:
        return text
    params = {
        key: word
        if isinstance(value, GroupWord)
        else _in_words(value, word)
        if isinstance(value, Words)
        else value
        for key, value in text.params.items()
    }
    return Words(text.template, **params)


def in_currency(text: str, currency: str) -> str:
    """`text` with every amount among its parameters (nested too) bound to `currency`: a
    parameter that has a `with_currency` method (the domain's `Amount`) is bound by it."""
    if not isinstance(text, Words) or not text.params:
        return text
    params = {
        key: value.with_currency(currency)
        if hasattr(value, "with_currency")
        else in_currency(value, currency)
        if isinstance(value, Words)
        else value
        for key, value in text.params.items()
    }
    return Words(text.template, **params)

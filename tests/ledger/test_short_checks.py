"""The short ways of the body checks every arriving change passes (field names counted
instead of compared as sets; a date read without its pattern) give exactly the verdicts
and refusals of the plain ways they stand beside."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from ledger.savings.rules import check_date
from ledger.store import schema
from ledger.store.errors import DecodeError
from ledger.store.words import QT_TRANSLATE_NOOP


def _outcome(check: Any, *args: Any) -> tuple[str, str]:
    try:
        check(*args)
    except DecodeError as exc:
        return ("refused", str(exc.words))
    return ("ok", "")


def _plain_check_body(
    body: Mapping[str, Any],
    required: Mapping[str, schema.Check],
    optional: Mapping[str, schema.Check] | None = None,
) -> None:
    """`schema.check_body` as it was written before its short way: sets compared."""
    optional = optional or {}
    unknown = set(body) - set(required) - set(optional)
    if unknown:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "unknown fields in body: {fields}"), fields=sorted(unknown)
        )
    missing = set(required) - set(body)
    if missing:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "missing fields in body: {fields}"), fields=sorted(missing)
        )
    for name, check in required.items():
        check(body[name], schema._field(name))
    for name, check in optional.items():
        if name in body:
            check(body[name], schema._field(name))


_NAMES = st.sampled_from(["a", "b", "c", "d", "e", "note", "date"])
_CHECKS = st.sampled_from([schema.integer(0, 5), schema.text(3), schema.key32, schema.flag])
_VALUES = st.one_of(
    st.integers(-2, 8), st.text(max_size=5), st.binary(min_size=31, max_size=33), st.booleans()
)


@settings(max_examples=400, deadline=None)
@given(
    required=st.dictionaries(_NAMES, _CHECKS, max_size=4),
    optional=st.one_of(st.none(), st.dictionaries(_NAMES, _CHECKS, max_size=4)),
    body=st.dictionaries(_NAMES, _VALUES, max_size=6),
)
def test_check_body_gives_the_verdict_of_the_set_comparison(
    required: dict[str, schema.Check],
    optional: dict[str, schema.Check] | None,
    body: dict[str, Any],
) -> None:
    """Any shape (a field both required and optional too) and any body: same refusal."""
    assert _outcome(schema.check_body, body, required, optional) == _outcome(
        _plain_check_body, body, required, optional
    )


_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _plain_check_date(value: Any, name: str) -> None:
    """`check_date` as it was written before its short way: the pattern, then the calendar."""
    if not isinstance(value, str) or not _PATTERN.match(value):
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} must be a date like 2024-03-31"), name=name
        )
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise DecodeError(
            QT_TRANSLATE_NOOP("core", "{name} is not a real date ({value})"), name=name, value=value
        ) from None


_DIGIT = st.one_of(st.sampled_from("0123456789"), st.sampled_from("٣９߂"), st.characters())
_DATE_LIKE = st.builds(
    "".join,
    st.lists(st.one_of(_DIGIT, st.sampled_from("-W+ \n")), min_size=10, max_size=11),
)


@settings(max_examples=600, deadline=None)
@given(
    value=st.one_of(
        st.dates().map(dt.date.isoformat),
        st.from_regex(_PATTERN),
        _DATE_LIKE,
        st.text(max_size=12),
        st.integers(),
        st.none(),
    )
)
def test_check_date_gives_the_verdict_of_the_pattern(value: Any) -> None:
    """Real dates, impossible ones (2023-02-30), other digits (Arabic-Indic, full-width),
    week dates (2024-W01-1), a newline after the date: same verdict and refusal."""
    assert _outcome(check_date, value, "date") == _outcome(_plain_check_date, value, "date")


def test_check_date_still_names_each_fault() -> None:
    assert _outcome(check_date, "2024-03-31", "date") == ("ok", "")
    # (the pattern lets other digits and a newline at the end through; the calendar not)
    for bad in ("2023-02-30", "2024-03-31\n", "٢٠٢٤-03-31"):
        assert _outcome(check_date, bad, "date")[1] == f"date is not a real date ({bad})"
    for bad in ("2024-W01-1", "20240331", "2024-3-31", 20240331):
        assert _outcome(check_date, bad, "date")[1] == "date must be a date like 2024-03-31"

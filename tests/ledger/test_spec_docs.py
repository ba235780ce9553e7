"""The generated pages of docs/ say what the code does: every kind, with the same fields."""

from __future__ import annotations

from typing import Any

import pytest

from ledger.spec import kinds_doc
from ledger.store import schema as s


def test_the_kinds_page_is_what_the_code_generates() -> None:
    assert kinds_doc.PAGE.read_text(encoding="utf-8") == kinds_doc.render(), (
        "docs/kinds.md is stale: run `python -m ledger.spec.kinds_doc`"
    )


def test_every_kind_is_documented_with_its_fields_and_nothing_else() -> None:
    documented = kinds_doc.documented_fields(kinds_doc.PAGE.read_text(encoding="utf-8"))
    in_code = kinds_doc.code_fields()
    assert sorted(documented) == sorted(in_code)
    for kind, fields in in_code.items():
        assert documented[kind] == fields, kind
    assert ("reversal", "reverses", False) in documented["entry.add"]
    assert ("", "recorder_counts", True) in documented["group.create"]


def test_every_kind_says_who_may_write_it_and_its_effect() -> None:
    for kind in kinds_doc.all_kinds():
        assert not kind.who.startswith("(not described"), kind.name
        assert not kind.effect.startswith("(not described"), kind.name


def test_a_body_check_that_refuses_before_check_body_cannot_be_traced() -> None:
    def sloppy(body: dict[str, Any]) -> None:
        s.integer(0, 1)(body.get("x"), "x")

    with pytest.raises(ValueError, match=r"refused before calling schema\.check_body"):
        s.trace(sloppy)


def test_a_field_check_without_a_description_is_named() -> None:
    def odd(value: Any, name: str) -> None:
        return None

    def check(body: dict[str, Any]) -> None:
        s.check_body(body, {"odd": odd})

    with pytest.raises(ValueError, match="no CDDL description"):
        kinds_doc._fields(s.trace(check))  # type: ignore[arg-type]


def test_documented_fields_reads_variants_and_optional_fields() -> None:
    page = "## `x.y`\n\n```cddl\nx-y = x-y-a\n\nx-y-a = {\n  t: \"a\",\n  ? n: tstr,\n}\n```\n"
    assert kinds_doc.documented_fields(page) == {"x.y": {("a", "t", False), ("a", "n", True)}}

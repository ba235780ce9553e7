"""docs/kinds.md: every change kind, its body in CDDL, who may write it and its effect.

Generated from the registry (`ledger.store.kinds`), the body checks (traced through
`ledger.store.schema`) and the docstrings of each kind's authorize and apply functions, so the
page cannot drift from the code. Regenerate after adding or changing a kind:

    python -m ledger.spec.kinds_doc            # rewrites docs/kinds.md
    python -m ledger.spec.kinds_doc --check    # exit 1 when docs/kinds.md is stale
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ledger.store import catalog
from ledger.store import schema as s
from ledger.store.kinds import KindSpec, known_kinds, spec_for

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGE = DOCS / "kinds.md"

FieldKey = tuple[str, str, bool]
"""(variant or "", field name, optional)."""


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    cddl: str
    note: str
    optional: bool


@dataclass(frozen=True, slots=True)
class KindDoc:
    name: str
    control: bool
    tag: str | None
    variants: dict[str, list[Field]]
    """Variant name ("" for a body of one shape) -> its fields."""
    who: str
    effect: str
    rules: str


def _fields(shape: s.Shape) -> list[Field]:
    out = [Field(n, *s.cddl_of(c), optional=False) for n, c in shape.required.items()]
    out += [
        Field(n, *s.cddl_of(c), optional=True)
        for n, c in shape.optional.items()
        if n not in shape.required
    ]
    return out


def _doc(function: Any, what: str, kind: str) -> str:
    text = inspect.getdoc(function) if function is not None else None
    if not text:
        name = getattr(function, "__qualname__", function)
        return f"(not described: give {name} a docstring saying {what})"
    return " ".join(text.split())


def kind_doc(spec: KindSpec) -> KindDoc:
    traced = s.trace(spec.check_body)
    if isinstance(traced, s.Variants):
        variants = {v: _fields(shape) for v, shape in traced.shapes.items()}
        tag: str | None = traced.tag
    else:
        variants, tag = {"": _fields(traced)}, None
    effect_fn = spec.apply_control if spec.apply_control is not None else spec.apply
    check_doc = inspect.getdoc(spec.check_body) or ""
    return KindDoc(
        name=spec.name,
        control=spec.is_control,
        tag=tag,
        variants=variants,
        who=_doc(spec.authorize, "who may write it", spec.name),
        effect=_doc(effect_fn, "its effect", spec.name),
        rules=" ".join(check_doc.split()),
    )


def all_kinds() -> list[KindDoc]:
    catalog.load()
    return [kind_doc(spec_for(k)) for k in known_kinds()]


def _rule_name(kind: str, variant: str = "") -> str:
    base = kind.replace(".", "-")
    return f"{base}-{variant}" if variant else base


def _cddl(doc: KindDoc) -> str:
    lines: list[str] = []
    if doc.tag is not None:
        names = [_rule_name(doc.name, v) for v in doc.variants]
        lines.append(f"{_rule_name(doc.name)} = " + " / ".join(names))
        lines.append("")
    for variant, fields in doc.variants.items():
        lines.append(f"{_rule_name(doc.name, variant)} = {{")
        for f in fields:
            entry = f"  {'? ' if f.optional else ''}{f.name}: {f.cddl},"
            lines.append(f"{entry:<44} ; {f.note}" if f.note else entry)
        lines.append("}")
        lines.append("")
    return "\n".join(lines).rstrip()


HEADER = """\
# Change kinds

<!-- Generated from the code by `python -m ledger.spec.kinds_doc`; do not edit by hand. -->

This page is normative and generated from the code that enforces it. A change's `k` names
its kind and `b` holds its body (docs/bundle-format.md §3). A body is a CBOR map whose
fields are exactly those listed for its kind, in CDDL (RFC 8610): `?` marks an optional
field; **any field not listed makes the change invalid**, as does a field of the wrong
type. Integers are CBOR integers (never booleans) within the range shown; texts are
counted in Unicode code points and "not blank" means not only white space. A change of a
kind not on this page is invalid.

*Who may write it* is decided from the membership folded from the control changes in the
change's causal past (docs/bundle-format.md §4); a change whose author may not write it is
refused, and so is the whole bundle that holds it. *Effect* is what the change does when
it is replayed; where it says *void*, the change is kept but has no effect (and every peer
says why). Control kinds change the membership and are folded for authorization.

To add or change a kind: change the code, then run `python -m ledger.spec.kinds_doc`
(the tests fail while this page differs from what the code gives).

| kind | control | who may write it |
| --- | --- | --- |
"""


def render(kinds: list[KindDoc] | None = None) -> str:
    kinds = all_kinds() if kinds is None else kinds
    out = [HEADER]
    for k in kinds:
        who = k.who.split(". ")[0].rstrip(".")
        out.append(f"| [`{k.name}`](#{k.name.replace('.', '')}) | {'yes' if k.control else ''} "
                   f"| {who} |\n")
    for k in kinds:
        out.append(f"\n## `{k.name}`\n\n")
        out.append(f"**Who may write it:** {k.who}\n\n")
        out.append(f"**Effect:** {k.effect}\n\n")
        if k.tag is not None:
            out.append(f"The body's `{k.tag}` field chooses its shape.\n\n")
        if k.rules:
            out.append(f"**Further body rules:** {k.rules}\n\n")
        out.append(f"```cddl\n{_cddl(k)}\n```\n")
    return "".join(out)


_HEADING = re.compile(r"^## `([a-z._]+)`$")
_RULE = re.compile(r"^([a-z0-9-]+) = \{$")
_FIELD = re.compile(r"^  (\? )?([A-Za-z_][A-Za-z0-9_]*): ")


def documented_fields(text: str) -> dict[str, set[FieldKey]]:
    """Per kind on a kinds page, its (variant, field, optional) triples, read from its CDDL."""
    out: dict[str, set[FieldKey]] = {}
    kind: str | None = None
    variant = ""
    for line in text.splitlines():
        if m := _HEADING.match(line):
            kind = m.group(1)
            out[kind] = set()
        elif kind is not None and (m := _RULE.match(line)):
            base = _rule_name(kind)
            variant = m.group(1)[len(base) + 1 :] if m.group(1) != base else ""
        elif kind is not None and (m := _FIELD.match(line)):
            out[kind].add((variant, m.group(2), bool(m.group(1))))
    return out


def code_fields() -> dict[str, set[FieldKey]]:
    """Per kind in the code, its (variant, field, optional) triples."""
    return {
        k.name: {(v, f.name, f.optional) for v, fields in k.variants.items() for f in fields}
        for k in all_kinds()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        stale = not PAGE.exists() or PAGE.read_text(encoding="utf-8") != text
        print(f"{PAGE} is {'stale: regenerate it' if stale else 'up to date'}")
        return 1 if stale else 0
    PAGE.write_text(text, encoding="utf-8")
    print(f"wrote {PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

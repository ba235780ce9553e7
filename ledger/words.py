"""Plain-words texts the core makes, kept translatable without the core knowing Qt.

A text is a `Words`: the English sentence (it is a `str`, so the CLI, logs and tests
use it as it is) that also remembers its template and named parameters. Every template
is marked where it is written with `QT_TRANSLATE_NOOP("core", "...")`, the call Qt's
`lupdate` finds by its name; a front end translates the template in context "core",
translates each parameter that is itself `Words`, and fills the template in:

    raise Refused(QT_TRANSLATE_NOOP("core", "{what} must be more than zero"), what=AMOUNT)
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

CONTEXT = "core"
"""The translation context of every core text."""


class Words(str):
    """An English text that remembers its `template` and `params`.

    Parameters are named (`{what}`); a parameter that is itself `Words` (a word such
    as an entry type, or a whole reason) is translated too, others are shown as they are.
    """

    template: str
    params: Mapping[str, object]

    def __new__(cls, template: str, /, **params: object) -> Words:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template = str(template)
        made.params = params
        return made

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuilt, (self.template, dict(self.params)))


def _rebuilt(template: str, params: dict[str, object]) -> Words:
    return Words(template, **params)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Words:
    """Marks `text` as a template for translation in `context` (lupdate finds this call by
    its name); returns it as `Words`."""
    return Words(text)


def listing(items: Iterable[object], separator: str = ", ") -> Words:
    """Items joined by `separator`; the items and the separator are translated when `Words`."""
    values = list(items)
    template = "{_s}".join(f"{{_{i}}}" for i in range(len(values)))
    return Words(template, _s=separator, **{f"_{i}": v for i, v in enumerate(values)})


def word(words: Mapping[str, Words], key: str) -> object:
    """The marked word for `key` (e.g. an entry type), or `key` itself when it has none."""
    return words.get(key, key)


# -- templates, and reading back a plain English text ----------------------------------


@functools.cache
def templates() -> frozenset[str]:
    """Every template marked in the core's source files, found the way lupdate finds them.

    Empty where the sources are not shipped (a frozen bundle).
    """
    found: set[str] = set()
    for path in Path(__file__).resolve().parent.rglob("*.py"):
        try:
            tree = ast.parse(path.read_text("utf-8"))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            text = _marked(node)
            if text is not None:
                found.add(text)
    return frozenset(found)


def _marked(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call) or len(node.args) != 2 or node.keywords:
        return None
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    context, text = node.args
    if (
        name == "QT_TRANSLATE_NOOP"
        and isinstance(context, ast.Constant)
        and context.value == CONTEXT
        and isinstance(text, ast.Constant)
        and isinstance(text.value, str)
    ):
        return text.value
    return None


_FIELD = re.compile(r"\{(\w+)\}")


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str, int], ...]:
    """Each template with placeholders as a pattern, the most literal text first."""
    made = []
    for template in templates():
        names = _FIELD.findall(template)
        if not names or len(set(names)) != len(names):
            continue
        parts = _FIELD.split(template)
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        )
        literal = sum(len(p) for p in parts[::2])
        made.append((re.compile(regex, re.DOTALL), template, literal))
    return tuple(sorted(made, key=lambda m: (-m[2], m[1])))


@functools.lru_cache(maxsize=512)
def parse(text: str) -> Words | None:
    """The `Words` a plain English text was made from, or None when no template fits.

    For texts that lost their form on the way (a reason kept in the cached state is
    plain text): parameters that read as marked words or templates become `Words` too.
    """
    if text in templates():
        return Words(text)
    for pattern, template, _ in _patterns():
        match = pattern.fullmatch(text)
        if match is not None:
            params = {k: parse(v) or v for k, v in match.groupdict().items()}
            return Words(template, **params)
    return None

"""Plain-words texts the core makes, kept translatable without the core knowing Qt.

A text is a `Words`: the English sentence (it is a `str`, so the CLI, logs and tests
use it as it is) that also remembers its template and named parameters. Every template
is marked where it is written with `QT_TRANSLATE_NOOP("core", "...")`, the call Qt's
`lupdate` finds by its name; a front end translates the template in context "core",
translates each parameter that is itself `Words`, and fills the template in:

    raise Refused(QT_TRANSLATE_NOOP("core", "{what} must be more than zero"), what=AMOUNT)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

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


def counted(n: int, forms: tuple[Words, Words]) -> Words:
    """`n` and a noun in its number: `forms` are the templates for one and for more (or
    none), each with a `{count}` placeholder ("{count} change", "{count} changes")."""
    return Words(forms[0] if n == 1 else forms[1], count=n)

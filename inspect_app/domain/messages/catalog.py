"""Keyed messages: what the core tells a person, as an id with named, typed parameters.

The core never assembles a user-visible sentence. It names a :class:`MessageKind` member
(an id and its English template with ``{named}`` placeholders) and gives the parameters as
typed values;
a front door renders it in its language: the window through Qt
(``QCoreApplication.translate("Message", template, id)``, ``inspect_app/ui/core_messages.py``),
the command line from the same catalog file (``inspect_app/cli/messages.py``).

The catalog is the Qt translation file ``inspect_app/resources/i18n/inspect_app_zh_CN.ts``:
context ``Message``, one entry per id, ``<source>`` the English template, ``<comment>`` the id.
Each member of a family module is declared with :func:`translate`, which is shaped like
Qt's ``QCoreApplication.translate`` so that ``pyside6-lupdate`` collects the family modules into
that context (see ``inspect_app/resources/i18n/README.md``); at run time it only pairs the id with
its template.

Parameters are formatted by type for the language (:func:`format_param`): dates as
``2026年12月5日`` in Chinese and ``2026-12-05`` in English, integers with thousands
separators, decimals as written, paths as given, a :class:`Place` in the reader's language;
text is inserted as it is (names, codes, and what the operating system or a library said).
A ``label.*`` member given as a parameter (a field's name) is a word of the catalog: each
front door translates it first (:func:`translate_params`); its English is the field's name
in the store.
"""

from __future__ import annotations

import importlib
import logging
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import PurePath
from typing import NamedTuple

log = logging.getLogger(__name__)

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (CHINESE, ENGLISH)
CONTEXT = "Message"
"""The context of every keyed message in the ``.ts`` catalog."""

JsonParam = int | float | str
"""A parameter as ``--json`` prints it (see :meth:`Message.json_params`)."""


class Template(NamedTuple):
    """A message id and its English template (the value of a :class:`MessageKind` member)."""

    id: str
    english: str


def translate(context: str, english: str, message_id: str) -> Template:
    """Declare one message: ``message_id`` with its English ``english`` template.

    Shaped like ``QCoreApplication.translate(context, source, disambiguation)`` so that
    ``pyside6-lupdate`` lists the message in the ``.ts`` catalog (context ``Message``, the id
    as its comment); nothing is translated here.

    Raises:
        ValueError: ``context`` is not ``"Message"``.
    """
    if context != CONTEXT:
        raise ValueError(f"keyed messages live in the {CONTEXT!r} context, not {context!r}")
    return Template(message_id, english)


class MessageKind(Enum):
    """The base of every family of keyed messages (an :class:`~enum.Enum` of :class:`Template`).

    A family is one module of this package holding one subclass (``Msg`` for photos and field
    values, ``NoticeMsg`` …), listed in :data:`FAMILIES`. Members are declared with
    :func:`translate`: ``X = translate("Message", "English {param}.", "family.what")``.
    Ids are ``family.what`` and never change once released (scripts read them from
    ``--json``); the English may be reworded (the ``.ts`` entry then needs translating again).
    """

    @property
    def id(self) -> str:
        """The stable message id (``photo.empty``)."""
        return self.value.id

    @property
    def english(self) -> str:
        """The English template, with ``{named}`` placeholders."""
        return self.value.english

    def __call__(self, **params: Param) -> Message:
        """Return this message with its parameters (``Msg.PHOTO_EMPTY(name="a.jpg")``)."""
        return Message(self, params)


FAMILIES = ("common", "notice", "signing", "sync", "store", "cli", "joining", "protection")
"""The modules of this package that hold a :class:`MessageKind` family, in catalog order.

A new family module is added here; ``tests/test_messages.py`` checks that every family is
listed, that ids are unique across families and that the ``.ts`` holds each of them."""


def all_kinds() -> list[MessageKind]:
    """Return every keyed message of every family (imports each family module once)."""
    kinds: list[MessageKind] = []
    for name in FAMILIES:
        module = importlib.import_module(f"{__package__}.{name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, MessageKind)
                and value.__module__ == module.__name__
            ):
                kinds.extend(value)
    return kinds


@dataclass(frozen=True)
class Message:
    """One message to show a person: which :class:`MessageKind` member, and its parameters.

    ``str()`` is the English rendering (what logs and English front doors print).
    """

    msg: MessageKind
    params: Mapping[str, Param] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """The message id (``photo.empty``)."""
        return self.msg.id

    def english(self) -> str:
        """The message in English (never raises: a broken template shows its parameters)."""
        try:
            return fill(self.msg.english, self.params, ENGLISH)
        except ValueError:
            log.exception("message %s cannot be rendered with %r", self.id, self.params)
            return f"{self.msg.english} {dict(self.params)!r}"

    def json_params(self) -> dict[str, JsonParam]:
        """The parameters for ``--json``: numbers stay numbers, the rest is text (ISO dates)."""
        return {key: _json_param(value) for key, value in self.params.items()}

    def __str__(self) -> str:
        return self.english()


@dataclass(frozen=True)
class Place:
    """A place name given in both languages (a region, a province): shown in the reader's.

    The reference data names regions in Chinese and English (``regions.json``); a message
    naming a place carries both, so the English window never shows Chinese place names and
    the Chinese one never shows pinyin. ``--json`` and ``str()`` give the English.
    """

    zh: str
    en: str

    @classmethod
    def join(cls, places: Sequence[Place]) -> Place:
        """Several places as one: ``四川省、重庆市`` / ``Sichuan Province, Chongqing``."""
        return cls("、".join(p.zh for p in places), ", ".join(p.en for p in places))

    def __str__(self) -> str:
        return self.en


Param = int | float | Decimal | date | datetime | PurePath | str | Place | MessageKind | Message
"""A message parameter: a typed value, formatted by the renderer for the language.

A :class:`MessageKind` member without placeholders (a ``label.*`` member: a field's name) is
a word the renderer translates too (:func:`translate_params`); its English is what ``--json`` shows.
So is a :class:`Message` (one error inside another: ``{field}: {problem}``)."""


def placeholders(template: str) -> set[str]:
    """Return the ``{named}`` placeholders of ``template``.

    Raises:
        ValueError: the template is malformed (an unmatched brace).
    """
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def fill(template: str, params: Mapping[str, Param], language: str) -> str:
    """Return ``template`` with each ``{name}`` replaced by its parameter in ``language``.

    Parameters are formatted by :func:`format_param` first, so a template names them plainly.

    Raises:
        ValueError: the template is malformed, uses a format spec (parameters are text by
            then), or names a parameter that was not given.
    """
    try:
        names = placeholders(template)
        missing = names - params.keys()
        if missing:
            raise ValueError(f"no value for {sorted(missing)} in {template!r}")
        return template.format_map({k: format_param(params[k], language) for k in names})
    except (KeyError, IndexError, AttributeError) as e:
        raise ValueError(f"cannot fill {template!r}: {e}") from e


def translate_params(
    params: Mapping[str, Param], translate: Callable[[Message], str]
) -> dict[str, Param]:
    """Return ``params`` with each ``label.*`` member or :class:`Message` rendered by ``translate``.

    A front door passes its own renderer (the window through Qt, the command line from the
    catalog) before :func:`fill`.
    """
    return {
        k: translate(v() if isinstance(v, MessageKind) else v)
        if isinstance(v, MessageKind | Message)
        else v
        for k, v in params.items()
    }


def format_param(value: Param, language: str) -> str:
    """Return one parameter as text in ``language`` (``"zh_CN"`` or ``"en"``).

    A ``label.*`` member not translated before (:func:`translate_params`) gives its English.
    """
    if isinstance(value, MessageKind):
        return value.english
    if isinstance(value, Message):
        return value.english()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Place):
        return value.zh if language == CHINESE else value.en
    if isinstance(value, datetime):
        if language == CHINESE:
            return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, date):
        if language == CHINESE:
            return f"{value.year}年{value.month}月{value.day}日"
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(value, "g")
    return str(value)


def _json_param(value: Param) -> JsonParam:
    if isinstance(value, Place):
        return value.en
    if isinstance(value, MessageKind):
        return value.english
    if isinstance(value, Message):
        return value.english()
    if isinstance(value, bool | int | float) and not isinstance(value, Decimal):
        return value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)

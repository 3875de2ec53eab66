"""Keyed messages in the command line's language, read from the window's own catalog.

The catalog is the Qt translation source ``resources/i18n/inspect_app_<lang>.ts`` (context
``Message``: the English template as ``<source>``, the message id as ``<comment>``), the file
translators already work in; the window reads the same entries compiled into the ``.qm``.
It is parsed with the standard library, once per language, on the first message rendered.

A translation is used only when its ``<source>`` is the template the code has now (as Qt does:
a reworded English message shows in English until it is translated again) and it is finished.
Anything wrong — no catalog, a broken file, a translation naming a parameter the message does
not have — falls back to English and is logged, never raised.

The language follows ``--lang``, else the locale: ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (the
first one set), else the system's (Windows); Chinese when it starts with ``zh``. ``--lang`` is
read from the arguments before they are parsed (:func:`argv_language`), so ``--help`` and
argparse's own errors are in that language too.

Besides the keyed messages, the same ``.ts`` holds the command line's help (context
``CommandLine``: each ``help=`` declared as ``translate("CommandLine", "English")``, shaped like
Qt's ``QCoreApplication.translate`` so ``pyside6-lupdate`` collects it from ``inspect_app/cli``)
and argparse's own words (context ``argparse``: its gettext msgids, declared with
:func:`QT_TRANSLATE_NOOP` in :mod:`inspect_app.cli.parsing`). :func:`translate` looks both up in
the language chosen for this run (:func:`use_language`).
"""

from __future__ import annotations

import functools
import locale
import logging
import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence

from inspect_app import paths
from inspect_app.domain.messages import (
    CHINESE,
    CONTEXT,
    ENGLISH,
    Message,
    fill,
    translate_params,
)

log = logging.getLogger(__name__)

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
"""Environment variables naming the language, strongest first (POSIX order)."""

LANG_OPTION = "--lang"

_language = ENGLISH
"""The language of this run's command line (set by :func:`use_language`)."""

Entries = dict[tuple[str, str], str]
"""Finished translations of one context: ``(comment, English source)`` -> translation."""


def cli_language(explicit: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """Return ``"zh_CN"`` or ``"en"``: ``explicit`` (``--lang``) when given, else the locale.

    Args:
        explicit: the ``--lang`` value, or None.
        environ: the environment (default: ``os.environ``).
    """
    if explicit:
        return CHINESE if explicit.lower().startswith("zh") else ENGLISH
    env = os.environ if environ is None else environ
    name = next((env[v] for v in LOCALE_VARIABLES if env.get(v)), None)
    if name is None and environ is None:
        name = locale.getlocale()[0]  # Windows: "Chinese (Simplified)_China"
    name = (name or "").lower()
    return CHINESE if name.startswith(("zh", "chinese")) else ENGLISH


def argv_language(argv: Sequence[str]) -> str | None:
    """Return the value of ``--lang`` in ``argv`` (``--lang X`` or ``--lang=X``), or None.

    Read before the arguments are parsed, so that ``--help`` and argparse's errors are in that
    language; an abbreviated ``--la`` counts only once parsed. Arguments after ``--`` are
    operands, not options.
    """
    for index, arg in enumerate(argv):
        if arg == "--":
            return None
        if arg == LANG_OPTION and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(LANG_OPTION + "="):
            return arg.split("=", 1)[1]
    return None


def use_language(language: str) -> str:
    """Make ``language`` (``"zh_CN"`` or ``"en"``) the command line's for this run; return it.

    Raises:
        ValueError: not one of the languages.
    """
    global _language
    if language not in (CHINESE, ENGLISH):
        raise ValueError(f"unknown language {language!r}")
    _language = language
    return language


def current_language() -> str:
    """The command line's language for this run (English until :func:`use_language`)."""
    return _language


def translate(context: str, source: str, disambiguation: str | None = None) -> str:
    """Return ``source`` in the command line's language: the ``.ts`` entry of ``context``.

    Shaped like ``QCoreApplication.translate(context, source, disambiguation)`` so that
    ``pyside6-lupdate`` collects the calls (context ``CommandLine`` for help text). English,
    or a source without a finished translation, gives ``source`` itself.
    """
    if _language == ENGLISH:
        return source
    return contexts(_language).get(context, {}).get((disambiguation or "", source), source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - Qt's marker, by name
    """Mark ``source`` for ``pyside6-lupdate`` (context ``context``); return it unchanged.

    For strings translated later by their English, such as argparse's own words.
    """
    return source


def text(value: Message | str, language: str) -> str:
    """``value`` in ``language``: a keyed message rendered, plain text (not converted) as is."""
    return render(value, language) if isinstance(value, Message) else value


def say(message: Message | str) -> str:
    """``message`` in the command line's language (:func:`current_language`)."""
    return text(message, _language)


def prose(problem: BaseException | Message | str) -> Message | str:
    """A parameter naming a problem: an error's keyed message when it has one, else its text.

    So ``CliMsg.RECEIPT_NOT_SIGNED(problem=prose(exc))`` shows the core's error translated
    once its family is keyed, and its English until then.
    """
    if isinstance(problem, BaseException):
        keyed = getattr(problem, "keyed_message", None)
        return keyed if isinstance(keyed, Message) else str(problem)
    return problem


def render(message: Message, language: str) -> str:
    """Return ``message`` in ``language`` (English when it has no usable translation)."""
    if language == ENGLISH:
        return message.english()
    template = catalog(language).get((message.id, message.msg.english))
    if template is None:
        return message.english()
    try:
        return fill(
            template,
            translate_params(message.params, lambda inner: render(inner, language)),
            language,
        )
    except ValueError:
        log.exception("the %s translation of %s cannot be filled", language, message.id)
        return message.english()


def catalog(language: str) -> Entries:
    """Return the finished translations of context ``Message`` in ``language``'s ``.ts``.

    Keys are ``(message id, English template)``; an unreadable catalog gives ``{}`` (logged).
    """
    return contexts(language).get(CONTEXT, {})


@functools.cache
def contexts(language: str) -> dict[str, Entries]:
    """Return every finished translation of ``language``'s ``.ts``, by context.

    Each context maps ``(comment, English source)`` to the translation (the comment is the
    message id in context ``Message``, a disambiguation or ``""`` elsewhere). Read once per
    language; an unreadable catalog gives ``{}`` (logged).
    """
    try:
        path = paths.resource("i18n", f"inspect_app_{language}.ts")
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError, paths.ResourcesMissingError) as e:
        log.warning("no message catalog for %s: %s", language, e)
        return {}
    found: dict[str, Entries] = {}
    for context in root.iter("context"):
        entries = found.setdefault(context.findtext("name") or "", {})
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue  # unfinished, obsolete or vanished: not what Qt would show either
            key = (entry.findtext("comment") or "", entry.findtext("source") or "")
            entries[key] = translation.text
    return found

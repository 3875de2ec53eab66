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
first one set), else the system's (Windows); Chinese when it starts with ``zh``.
"""

from __future__ import annotations

import functools
import locale
import logging
import os
import xml.etree.ElementTree as ET
from collections.abc import Mapping

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


@functools.cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    """Return the finished translations of context ``Message`` in ``language``'s ``.ts``.

    Keys are ``(message id, English template)``; an unreadable catalog gives ``{}`` (logged).
    """
    try:
        path = paths.resource("i18n", f"inspect_app_{language}.ts")
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError, paths.ResourcesMissingError) as e:
        log.warning("no message catalog for %s: %s", language, e)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for entry in context.iter("message"):
            translation = entry.find("translation")
            if translation is None or translation.get("type") or not translation.text:
                continue  # unfinished, obsolete or vanished: not what Qt would show either
            key = (entry.findtext("comment") or "", entry.findtext("source") or "")
            found[key] = translation.text
    return found

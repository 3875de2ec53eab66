"""Show what the core says in the UI language.

Keyed messages (:mod:`inspect_app.domain.messages`) are rendered by :func:`message_text`
through Qt's translators: context ``Message``, the English template as the source, the id as
the disambiguation, the same entries the command line reads from the ``.ts``. An error raised
with a keyed message is shown with :func:`error_text`.

Sentences of the core that are not keyed yet (the rest of ``notices``, ``storage``, ``sync``)
are still recognised by their English shape below and rendered through ``tr()``; anything not
recognised is shown as it came, after a translated lead-in (see :func:`with_lead_in`), so a
message is never lost. Each family converted to keyed messages loses its patterns here.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import CONTEXT, Message, fill, translate_params
from inspect_app.ui import i18n

log = logging.getLogger(__name__)


def message_text(message: Message) -> str:
    """Return a keyed message in the UI language (English when it has no translation).

    A translation that cannot be filled (a placeholder the message does not have) is logged
    and the English sentence is shown instead: never an exception.
    """
    english = message.msg.english
    template = QCoreApplication.translate(CONTEXT, english, message.id)
    if template == english:
        return message.english()
    try:
        params = translate_params(message.params, message_text)
        return fill(template, params, i18n.current_language())
    except ValueError:
        log.exception("translation of %s cannot be filled", message.id)
        return message.english()


def error_text(exc: BaseException) -> str:
    """Return an error for the user in the UI language: its keyed message when it has one."""
    if isinstance(exc, InspectError) and exc.keyed_message is not None:
        return message_text(exc.keyed_message)
    return str(exc)


# Each pattern is one warning made in ``inspect_app/notices/draft.py``; the function gets the
# match and returns the localised sentence with the same facts.
_NOTICE_WARNINGS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^fewer than two officers \(执法人员不得少于两人\)$"),
        lambda m: QCoreApplication.translate(
            "core_text", "Fewer than two officers on the patrol (at least two are required)."
        ),
    ),
    (
        re.compile(r"^the party has no unified social credit code$"),
        lambda m: QCoreApplication.translate(
            "core_text", "The party has no unified social credit code."
        ),
    ),
    (
        re.compile(r"^no deadline: the order reads 立即 \(immediately\)$"),
        lambda m: QCoreApplication.translate(
            "core_text", "No deadline: the order reads “immediately” (立即)."
        ),
    ),
    (
        re.compile(r"^the deadline is today$"),
        lambda m: QCoreApplication.translate("core_text", "The deadline is today."),
    ),
    (
        re.compile(r"^the deadline (\S+) is more than three years away$"),
        lambda m: QCoreApplication.translate(
            "core_text", "The deadline {0} is more than three years away."
        ).format(m[1]),
    ),
    (
        re.compile(r"^(.+) has no reconsideration body or court set: generic wording is printed$"),
        lambda m: QCoreApplication.translate(
            "core_text", "{0} has no reconsideration body or court set: generic wording is printed."
        ).format(m[1]),
    ),
    (
        re.compile(r"^no evidence photos$"),
        lambda m: QCoreApplication.translate("core_text", "No evidence photos."),
    ),
    (
        re.compile(r"^evidence (\d+) has no capture time$"),
        lambda m: QCoreApplication.translate(
            "core_text", "Evidence {0} has no capture time."
        ).format(m[1]),
    ),
    (
        re.compile(r"^evidence (\d+) is dated (\S+), in the future: check the camera clock$"),
        lambda m: QCoreApplication.translate(
            "core_text", "Evidence {0} is dated {1}, in the future: check the camera clock."
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"^evidence (\d+) was taken on (\S+), not on the inspection day (\S+)$"),
        lambda m: QCoreApplication.translate(
            "core_text", "Evidence {0} was taken on {1}, not on the inspection day {2}."
        ).format(m[1], m[2], m[3]),
    ),
    (
        re.compile(r"^a finding's position is ([\d,]+) km from the party's site$"),
        lambda m: QCoreApplication.translate(
            "core_text", "A finding's position is {0} km from the party's site."
        ).format(m[1]),
    ),
]


def notice_warning(text: str) -> str:
    """Return a drafted notice's warning (``DraftResult.warnings``) in the UI language.

    An unknown sentence comes back unchanged.
    """
    for pattern, render in _NOTICE_WARNINGS:
        match = pattern.match(text)
        if match:
            return render(match)
    return text


# Each pattern is one progress line of ``inspect_app/sync/hub_client.py`` (push, then pull).
_HUB_PROGRESS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^photo (\d+): ([0-9a-f]+)$"),
        lambda m: QCoreApplication.translate("core_text", "Sending photo {0} ({1}…)").format(
            m[1], m[2]
        ),
    ),
    (
        re.compile(r"^ops (\d+)-(\d+) of (\d+)$"),
        lambda m: QCoreApplication.translate("core_text", "Sending changes {0}–{1} of {2}").format(
            m[1], m[2], m[3]
        ),
    ),
    (
        re.compile(r"^page (\d+): (\d+) ops$"),
        lambda m: QCoreApplication.translate(
            "core_text", "Received page {0} from the hub: {1} changes"
        ).format(m[1], m[2]),
    ),
    (
        re.compile(r"^photo ([0-9a-f]+)$"),
        lambda m: QCoreApplication.translate("core_text", "Receiving photo {0}…").format(m[1]),
    ),
]


def hub_progress(line: str) -> str:
    """Return one progress line of the hub client in the UI language (unknown: unchanged)."""
    for pattern, render in _HUB_PROGRESS:
        match = pattern.match(line)
        if match:
            return render(match)
    return line


def with_lead_in(lead_in: str, message: str) -> str:
    """Return ``lead_in`` followed by the core's ``message``, unless it already starts so."""
    return message if message.startswith(lead_in) else lead_in + message


def not_done(message: str) -> str:
    """An error of a background task, after a translated "Not done: " lead-in."""
    return with_lead_in(QCoreApplication.translate("core_text", "Not done: "), message)


def position_text(latitude: str | None, longitude: str | None) -> str:
    """A WGS84 position the readable way: ``北纬 30.572800°，东经 104.066100°``.

    In English: ``N 30.572800°, E 104.066100°``.

    Returns ``""`` when either coordinate is missing or not a number.
    """
    if not latitude or not longitude:
        return ""
    try:
        lat, lon = Decimal(latitude), Decimal(longitude)
    except InvalidOperation:
        return ""
    ns = (
        QCoreApplication.translate("core_text", "S {0}°")
        if lat < 0
        else QCoreApplication.translate("core_text", "N {0}°")
    )
    ew = (
        QCoreApplication.translate("core_text", "W {0}°")
        if lon < 0
        else QCoreApplication.translate("core_text", "E {0}°")
    )
    return QCoreApplication.translate("core_text", "{0}, {1}").format(
        ns.format(f"{abs(lat):.6f}"), ew.format(f"{abs(lon):.6f}")
    )

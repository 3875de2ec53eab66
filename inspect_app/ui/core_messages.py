"""Show what the core says in the UI language: its keyed messages, rendered through Qt.

Keyed messages (:mod:`inspect_app.domain.messages`) are rendered by :func:`message_text`
through Qt's translators: context ``Message``, the English template as the source, the id as
the disambiguation, the same entries the command line reads from the ``.ts``. An error raised
with a keyed message is shown with :func:`error_text`; :func:`bulleted` lays out a message
that lists several problems.

No English sentence of the core is matched anywhere in the window: the window decides on a
message's id or on typed results, never on its words. Text that is not keyed (a library's or
the operating system's) is shown as it came, after a translated lead-in
(:func:`with_lead_in`), so a message is never lost.
"""

from __future__ import annotations

import logging
import string

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
    if template == english and not _language_neutral(english):
        return message.english()
    try:
        params = translate_params(message.params, message_text)
        return fill(template, params, i18n.current_language())
    except ValueError:
        log.exception("translation of %s cannot be filled", message.id)
        return message.english()


def _language_neutral(template: str) -> bool:
    """True for a template with no words of its own (a list: ``{first}``, a line, ``{rest}``).

    Its translation is the template itself, which Qt cannot tell from a missing one; its
    parameters (messages) are translated all the same.
    """
    literal = "".join(text for text, _, _, _ in string.Formatter().parse(template))
    return not any(ch.isalpha() for ch in literal)


def error_text(exc: BaseException) -> str:
    """Return an error for the user in the UI language: its keyed message when it has one."""
    if isinstance(exc, InspectError) and exc.keyed_message is not None:
        return message_text(exc.keyed_message)
    return str(exc)


def notice_warning(warning: Message | str) -> str:
    """Return a drafted notice's warning (``DraftResult.warnings``) in the UI language.

    The warnings are keyed messages (:mod:`inspect_app.domain.messages.notice`); text is
    shown as it came.
    """
    return message_text(warning) if isinstance(warning, Message) else warning


def hub_progress(step: Message | str) -> str:
    """Return one progress step of the hub client (``sync.progress_*``) in the UI language."""
    return message_text(step) if isinstance(step, Message) else step


def with_lead_in(lead_in: str, message: str) -> str:
    """Return ``lead_in`` followed by the core's ``message``, unless it already starts so."""
    return message if message.startswith(lead_in) else lead_in + message


def not_done(message: str) -> str:
    """An error of a background task, after a translated "Not done: " lead-in."""
    return with_lead_in(QCoreApplication.translate("core_messages", "Not done: "), message)


def bulleted(text: str | Message) -> str:
    """A core message in the UI language, several problems one per line with a bullet.

    The core lists several problems as a heading line, then one ``- item`` line each (a
    keyed list: ``notice.bullet_list``); the markers become bullets, blank lines go.
    """
    if isinstance(text, Message):
        text = message_text(text)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    lines = [line[2:] if line.startswith("- ") else line for line in lines]
    if len(lines) <= 1:
        return lines[0] if lines else text
    return "\n".join([lines[0], *(f"• {line}" for line in lines[1:])])

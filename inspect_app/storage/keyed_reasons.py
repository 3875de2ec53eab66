"""Keyed messages that outlive the process: stored with a held op, or sent over the wire.

Three pieces:

* :class:`KeyedReason` — the judge's reason for refusing an op (``Refusal.reason``): a ``str``
  whose text is the English sentence (what reports, logs and ``--json`` show, as before) and
  which carries its :class:`~inspect_app.domain.messages.Message`. It is *stored* keyed: an
  SQLite adapter (registered here, used for every ``KeyedReason`` bound as a parameter) writes
  ``{"en": English, "id": …, "params": {…}}`` into ``held.reason``, so whichever code path
  writes the row (``projection.hold``, ``receive``'s re-examination) keeps the key.
* :func:`encode_message` / :func:`decode_message` — a message as plain JSON and back, with
  its typed parameters (numbers, text, ``label.*`` words, nested messages, dates, paths): the
  stored form above, and the ``keyed`` member of the hub's JSON answers.
* :func:`set_aside_message` — the message of one op set aside (a ``receive`` report item or a
  ``set_aside`` row), whatever wrote it: a keyed reason, a stored one, one received from the
  hub, or a plain English reason of receive's own or of an older version (then a message
  chosen by its stable ``code``, with the English as recorded beside it).

Rows written before reasons were keyed hold plain English and stay readable: a text that is
not the stored JSON form is that English.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import PurePath
from typing import Any

from inspect_app.domain.messages import (
    Message,
    MessageKind,
    Param,
    Place,
    all_kinds,
    placeholders,
)
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.sqlite_engine import sqlite3


class KeyedReason(str):
    """An English sentence (the ``str`` value) that carries its keyed :class:`Message`.

    Args:
        message: the keyed message; the text is its English rendering.
    """

    message: Message

    def __new__(cls, message: Message) -> KeyedReason:
        """Make the English text of ``message``, carrying ``message``."""
        made = super().__new__(cls, message.english())
        made.message = message
        return made

    def __reduce__(self) -> tuple[type[KeyedReason], tuple[Message]]:
        """Copies and pickles keep the message (``dataclasses.asdict`` deep-copies reports)."""
        return (KeyedReason, (self.message,))

    def stored(self) -> str:
        """The form kept in the store: JSON with the English, the id and the parameters."""
        return json.dumps({"en": str(self), **encode_message(self.message)}, ensure_ascii=False)


sqlite3.register_adapter(KeyedReason, KeyedReason.stored)


def reason_text(reason: str | Message) -> str:
    """A reason as the store keeps it: keyed JSON for a message, else the text as given."""
    if isinstance(reason, Message):
        return KeyedReason(reason).stored()
    if isinstance(reason, KeyedReason):
        return reason.stored()
    return str(reason)


# -- messages as JSON ------------------------------------------------------------------------------
def encode_message(message: Message) -> dict[str, Any]:
    """``{"id": …, "params": {…}}`` with each parameter as JSON that keeps its type.

    Numbers and text are themselves; a ``label.*`` word is ``{"word": id}``, a nested message
    ``{"message": {...}}``, a date ``{"date": iso}``, a datetime ``{"datetime": iso}``, a
    decimal ``{"decimal": text}``, a path ``{"path": text}`` and a :class:`Place`
    ``{"place": {"zh": …, "en": …}}``.
    """
    return {"id": message.id, "params": {k: _encode(v) for k, v in message.params.items()}}


def _encode(value: Param) -> Any:
    if isinstance(value, MessageKind):
        return {"word": value.id}
    if isinstance(value, Message):
        return {"message": encode_message(value)}
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, PurePath):
        return {"path": str(value)}
    if isinstance(value, Place):  # a name in both languages (a basin, a region)
        return {"place": {"zh": value.zh, "en": value.en}}
    return str(value)


@functools.cache
def _kinds() -> dict[str, MessageKind]:
    return {kind.id: kind for kind in all_kinds()}


def decode_message(data: Any) -> Message | None:
    """The message :func:`encode_message` made, or None.

    None when ``data`` is not that shape, names an id this version does not know (a newer
    hub or app), or lacks a parameter its template needs — the caller then shows the English.
    """
    if not isinstance(data, Mapping):
        return None
    kind = _kinds().get(str(data.get("id")))
    raw = data.get("params")
    if kind is None or not isinstance(raw, Mapping):
        return None
    params: dict[str, Param] = {}
    for name, value in raw.items():
        decoded = _decode(value)
        if decoded is None:
            return None
        params[str(name)] = decoded
    try:
        if not placeholders(kind.english) <= params.keys():
            return None
    except ValueError:
        return None
    return Message(kind, params)


def _decode(value: Any) -> Param | None:
    if isinstance(value, bool | int | float | str):
        return value
    if not isinstance(value, Mapping) or len(value) != 1:
        return None
    ((tag, inner),) = value.items()
    try:
        if tag == "word":
            return _kinds().get(str(inner))
        if tag == "message":
            return decode_message(inner)
        if tag == "datetime":
            return datetime.fromisoformat(str(inner))
        if tag == "date":
            return date.fromisoformat(str(inner))
        if tag == "decimal":
            return Decimal(str(inner))
        if tag == "path":
            return PurePath(str(inner))
        if tag == "place" and isinstance(inner, Mapping):
            return Place(str(inner["zh"]), str(inner["en"]))
    except (ValueError, InvalidOperation):
        return None
    return None


def stored_message(text: Any) -> Message | None:
    """The message of a reason as stored (:meth:`KeyedReason.stored`), None for plain text."""
    if isinstance(text, KeyedReason):
        return text.message
    if not isinstance(text, str) or not text.startswith("{"):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return decode_message(data) if isinstance(data, dict) and "en" in data else None


def stored_english(text: Any) -> str:
    """The English of a reason as stored (the text itself when it is plain English)."""
    if isinstance(text, str) and text.startswith("{") and not isinstance(text, KeyedReason):
        try:
            data = json.loads(text)
        except ValueError:
            return text
        if isinstance(data, dict) and isinstance(data.get("en"), str):
            return str(data["en"])
    return str(text)


# -- why an op was set aside -----------------------------------------------------------------------
_BY_CODE: dict[str, SyncMsg] = {
    "unreadable": SyncMsg.SET_ASIDE_UNREADABLE,
    "unknown_replica": SyncMsg.SET_ASIDE_UNKNOWN_REPLICA,
    "bad_signature": SyncMsg.SET_ASIDE_BAD_SIGNATURE,
    "equivocation": SyncMsg.SET_ASIDE_EQUIVOCATION,
    "fork": SyncMsg.SET_ASIDE_FORK,
    "newer_format": SyncMsg.SET_ASIDE_NEWER_APP,
    "unknown_kind": SyncMsg.SET_ASIDE_NEWER_APP,
    "unknown_entity": SyncMsg.SET_ASIDE_NEWER_APP,
    "unknown_field": SyncMsg.SET_ASIDE_NEWER_APP,
    "invalid": SyncMsg.SET_ASIDE_INVALID,
    "lifecycle": SyncMsg.SET_ASIDE_LIFECYCLE,
    "missing_officer": SyncMsg.SET_ASIDE_WAITING,
    "missing_record": SyncMsg.SET_ASIDE_WAITING,
    "waiting": SyncMsg.SET_ASIDE_WAITING,
    "not_lead": SyncMsg.SET_ASIDE_NOT_LEAD,
    "numbering": SyncMsg.SET_ASIDE_NUMBERING,
    "revoked": SyncMsg.SET_ASIDE_REVOKED,
    "legacy": SyncMsg.SET_ASIDE_LEGACY,
}
"""A message per set-aside code, for reasons that carry no key."""

_OWN_CODES = frozenset({"unreadable", "unknown_replica", "bad_signature", "equivocation", "fork"})
"""Codes whose reason ``storage.receive`` writes itself: one sentence each, so the code's
message says all of it (their English detail is not repeated)."""


def set_aside_message(item: Mapping[str, Any]) -> Message:
    """The message of one op set aside: ``code`` and ``reason`` of a report item or row.

    In order: a :class:`KeyedReason`; a ``keyed`` member (an item a hub sent, see
    :func:`encode_message`); a reason stored keyed; then by ``code`` — receive's own codes by
    their message alone, the others (rows of older versions) by their message with the
    recorded English beside it.
    """
    reason = item.get("reason", "")
    found = stored_message(reason) or decode_message(item.get("keyed"))
    if found is not None:
        return found
    code = str(item.get("code") or "")
    summary = _BY_CODE.get(code, SyncMsg.SET_ASIDE_OTHER)()
    if code in _OWN_CODES or not str(reason).strip():
        return summary
    return SyncMsg.SET_ASIDE_AS_RECORDED(summary=summary, detail=stored_english(reason))


def keyed_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """One op set aside, ready for a report: ``reason`` its English, ``keyed`` its message.

    ``keyed`` is :func:`encode_message` of :func:`set_aside_message` (kept when the item has
    one already, e.g. from a hub); ``reason`` the English as recorded (never the stored JSON).
    """
    made = dict(item)
    if not isinstance(made.get("keyed"), Mapping) or decode_message(made["keyed"]) is None:
        made["keyed"] = encode_message(set_aside_message(item))
    made["reason"] = stored_english(item.get("reason", ""))
    return made

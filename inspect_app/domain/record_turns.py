"""Questions and answers of an on-site record (问/答), as structured turns.

An inspection record (现场检查（勘察）笔录, 复查笔录) writes what was asked and answered as
"问：… 答：…" turns (``shared/reference/enforcement-procedure.md``, "The inspection record").
The turns are one field of the record (``inspection_record.turns``), so they sync and have a
history like any field.

Stored form: canonical JSON (sorted keys, no spaces, ``ensure_ascii=False``) of::

    [{"a": "是的，昨天开始排放。", "q": "该排污口是否正在排放废水？"}, …]

Each turn has a question ``q`` (required, 1…:data:`MAX_TEXT` characters) and an answer ``a``
(may be empty: not yet answered, or the party stayed silent — printed as "答：（未作回答）").
At most :data:`MAX_TURNS` turns. Standard library only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.common import Msg

MAX_TURNS = 200
MAX_TEXT = 2000
MAX_JSON = 200_000


@dataclass(frozen=True)
class Turn:
    """One question (问) and its answer (答); ``answer`` may be empty."""

    question: str
    answer: str = ""


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > MAX_TEXT or any(ord(c) < 32 and c not in "\n\t" for c in text):
        return None
    return text


def parse(text: str) -> tuple[Turn, ...]:
    """Read the stored form into turns.

    Raises:
        ValidationError: not JSON, not a list of ``{"q", "a"}`` objects, an empty question,
            a text over :data:`MAX_TEXT` characters, or more than :data:`MAX_TURNS` turns.
    """
    if len(text) > MAX_JSON:
        raise ValidationError(Msg.RECORD_TURNS_INVALID(max_turns=MAX_TURNS, max_len=MAX_TEXT))
    try:
        raw = json.loads(text)
    except (ValueError, RecursionError):
        raise ValidationError(
            Msg.RECORD_TURNS_INVALID(max_turns=MAX_TURNS, max_len=MAX_TEXT)
        ) from None
    if not isinstance(raw, list) or len(raw) > MAX_TURNS:
        raise ValidationError(Msg.RECORD_TURNS_INVALID(max_turns=MAX_TURNS, max_len=MAX_TEXT))
    turns: list[Turn] = []
    for item in raw:
        if not isinstance(item, dict) or set(item) - {"q", "a"}:
            raise ValidationError(Msg.RECORD_TURNS_INVALID(max_turns=MAX_TURNS, max_len=MAX_TEXT))
        question, answer = _clean(item.get("q")), _clean(item.get("a", ""))
        if not question or answer is None:
            raise ValidationError(Msg.RECORD_TURNS_INVALID(max_turns=MAX_TURNS, max_len=MAX_TEXT))
        turns.append(Turn(question, answer))
    return tuple(turns)


def dump(turns: tuple[Turn, ...] | list[Turn]) -> str:
    """The stored (canonical) form of ``turns``."""
    return json.dumps(
        [{"q": t.question, "a": t.answer} for t in turns],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def check_field(value: Any, name: str) -> Any:
    """The entity registry's validator of ``inspection_record.turns``: canonical form or None.

    Raises:
        ValidationError: not text, or not valid turns (see :func:`parse`).
    """
    if value is None or value == "" or value == "[]":
        return None
    if not isinstance(value, str):
        raise ValidationError(Msg.RECORD_TURNS_INVALID(max_turns=MAX_TURNS, max_len=MAX_TEXT))
    return dump(parse(value))

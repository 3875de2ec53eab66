"""The rules a hand signature (or a witnessed refusal) meets, whichever path writes it.

One place for the window, the command line and sync: the judge
(:meth:`inspect_app.storage.judge.Judge._new_signature`) calls :func:`check_signature` for every
new ``signature`` op — a local write (window, CLI) and a received op alike — and the front doors
call :func:`refusal_problems` to say what a refusal still lacks before they write it.

Rules:

* **A refusal is complete** (:func:`refusal_problems`): the reason given (拒签事由 / 拒收事由),
  the witness's name, the witness's unit or identity, and the witness's hand signature —
  《民事诉讼法》第八十九条 (the witness signs the record of a refusal) and
  ``shared/reference/enforcement-procedure.md`` "The inspection record". A received op written
  by an app older than schema v10 (no ``refusal_reason`` key at all) is let through: it could
  not carry these fields.
* **A signature on a record is signed during or after it** (:func:`check_signing_time`): not
  before the record's start, and — for a local write — not in the future beyond the clock slack
  of :func:`inspect_app.storage.notices.check_between` (10 minutes, for laptops whose clocks
  drift). A received op is not refused for being "in the future" of this laptop's clock.
"""

from __future__ import annotations

from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg


def refusal_problems(
    refusal_reason: str | None,
    witness: str | None,
    witness_unit: str | None,
    witness_strokes: str | None,
) -> list[Message]:
    """What a refusal to sign still lacks (empty when it is complete); one rule for every path.

    Args:
        refusal_reason: the reason given, free text.
        witness: the witness's name.
        witness_unit: the witness's unit or identity (e.g. "XX村民委员会主任").
        witness_strokes: the witness's signature in its wire form
            (:mod:`inspect_app.domain.signature`), or None.

    Returns:
        Keyed messages (``NoticeMsg.REFUSAL_NEEDS_*``), in the order of the fields above.
    """
    problems: list[Message] = []
    if not (refusal_reason and refusal_reason.strip()):
        problems.append(NoticeMsg.REFUSAL_NEEDS_REASON())
    if not (witness and witness.strip()):
        problems.append(NoticeMsg.REFUSAL_NEEDS_WITNESS())
    if not (witness_unit and witness_unit.strip()):
        problems.append(NoticeMsg.REFUSAL_NEEDS_WITNESS_UNIT())
    if not witness_strokes:
        problems.append(NoticeMsg.REFUSAL_NEEDS_WITNESS_SIGNATURE())
    return problems


def check_signing_time(signed_at: str, started_at: str | None, *, future: bool = True) -> None:
    """Refuse a signing time before the record's start, or (``future``) in the future.

    Times are ISO 8601; without an offset they are Asia/Shanghai (the teams' legal time).

    Raises:
        ValidationError: ``NoticeMsg.TIME_BEFORE`` / ``TIME_IN_FUTURE`` / ``TIME_MALFORMED``
            naming ``NoticeMsg.MOMENT_SIGNING``.
    """
    from inspect_app.storage.notices import check_between  # storage.notices imports the store

    if future:
        check_between(signed_at, started_at, NoticeMsg.MOMENT_SIGNING, NoticeMsg.MOMENT_START)
    elif started_at:
        try:
            check_between(signed_at, started_at, NoticeMsg.MOMENT_SIGNING, NoticeMsg.MOMENT_START)
        except ValidationError as exc:
            keyed = exc.keyed_message
            if keyed is not None and keyed.msg is NoticeMsg.TIME_IN_FUTURE:
                return
            raise


def check_signature(data: dict[str, Any], record_started_at: str | None, authoring: bool) -> None:
    """Check a new ``signature`` op's data (see the module docstring for the rules).

    Args:
        data: the op's fields (``signed_at``, ``refused``, ``refusal_reason``, …).
        record_started_at: the inspection record's ``started_at`` when the signature is on a
            record, None for a receipt (its times are the service's rules).
        authoring: True for a local write, False for a received op.

    Raises:
        ValidationError: the first problem found.
    """
    if data.get("refused") and (authoring or "refusal_reason" in data):
        problems = refusal_problems(
            data.get("refusal_reason"),
            data.get("witness"),
            data.get("witness_unit"),
            data.get("witness_strokes"),
        )
        if problems:
            raise ValidationError(problems[0])
    if record_started_at is not None and data.get("signed_at"):
        check_signing_time(str(data["signed_at"]), record_started_at, future=authoring)


__all__: list[str] = ["check_signature", "check_signing_time", "refusal_problems"]

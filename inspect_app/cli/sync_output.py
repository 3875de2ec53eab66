"""The results of ``sync …`` and ``hub …`` commands in the reader's language, or keyed for scripts.

Sync results carry their sentences keyed (:mod:`inspect_app.storage.keyed_reasons`): a
summary's ``message`` comes with ``keyed``, a pull's ``warning`` with ``warning_keyed``, and
every op set aside or photo that failed carries its ``reason`` with ``keyed`` (rows of
``sync quarantine list`` are keyed here). :func:`shaped` turns each into what the reader gets:

* ``--json``: the English stays where it was (``message``, ``reason``, ``warning``) and the
  message id and its parameters are added beside it — ``message_id`` and ``params`` for a
  ``message`` or ``reason``, ``<name>_id`` and ``<name>_params`` for any other — so office
  scripts never parse prose;
* otherwise the sentence itself, in the command line's language (``--lang``, else the locale).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from inspect_app.cli.messages import render
from inspect_app.domain.messages import Message
from inspect_app.storage.keyed_reasons import decode_message, keyed_item, set_aside_message
from inspect_app.storage.store import Store

_TEXT_KEYS = ("reason", "message")


def shaped(value: Any, language: str, json_mode: bool) -> Any:
    """A copy of a sync result with every keyed sentence shaped for the reader (see above)."""
    if isinstance(value, list):
        return [shaped(item, language, json_mode) for item in value]
    if not isinstance(value, Mapping):
        return value
    item = dict(value)
    if "op_id" in item and "code" in item and "reason" in item:
        item = keyed_item(item)  # a set-aside row: keyed from its stored or plain reason
    for key in list(item):
        if key == "keyed":
            message = _message_of(item)
            text = next((k for k in _TEXT_KEYS if k in item), "message")
            _put(item, text, "message", message, language, json_mode)
            del item["keyed"]
        elif key.endswith("_keyed"):
            name = key.removesuffix("_keyed")
            message = decode_message(item.pop(key))
            if message is not None:
                _put(item, name, name, message, language, json_mode)
        elif isinstance(item[key], list | Mapping):
            item[key] = shaped(item[key], language, json_mode)
    return item


def _message_of(item: Mapping[str, Any]) -> Message | None:
    if "op_id" in item and "code" in item:
        return set_aside_message(item)
    return decode_message(item.get("keyed"))


def _put(
    item: dict[str, Any],
    text: str,
    prefix: str,
    message: Message | None,
    language: str,
    json_mode: bool,
) -> None:
    if message is None:
        return
    if not json_mode:
        item[text] = render(message, language)
    elif prefix == "message":
        item["message_id"], item["params"] = message.id, message.json_params()
    else:
        item[f"{prefix}_id"], item[f"{prefix}_params"] = message.id, message.json_params()


def set_aside_reason(item: Mapping[str, Any]) -> Message | str:
    """Why an op of a shaped result was set aside: its message, rebuilt from ``--json``'s id.

    The parameters of ``--json`` are plain (a word of the catalog is its English), so a
    rebuilt message renders those parameters in English; the reason as shown is the fallback.
    """
    params = item.get("params")
    if isinstance(params, Mapping):
        rebuilt = decode_message({"id": item.get("message_id"), "params": dict(params)})
        if rebuilt is not None:
            return rebuilt
    return str(item.get("reason", ""))


def in_words(store: Store, value: Any) -> Any:
    """A shaped sync result for a person: a scope and a record in words (issue 15).

    ``scope_keys`` (the keys a hub pulled by, implicit ones included) becomes the lead-given
    scope in words (``storage/scope_words.describe_scope``), ``record`` (``entity:id``) the
    record's name (``record_name``); nested results (``sync both``'s ``pull``) too.
    ``--json`` is not passed here: it keeps the keys as they are.
    """
    from inspect_app.storage.scope_words import describe_scope, record_name

    if not isinstance(value, Mapping):
        return value
    item = {k: in_words(store, v) for k, v in value.items()}
    keys = item.get("scope_keys")
    if isinstance(keys, list):
        item["scope_keys"] = describe_scope(store, [str(k) for k in keys])
    record = item.get("record")
    if isinstance(record, str) and ":" in record:
        entity, _, entity_id = record.partition(":")
        item["record"] = record_name(store, entity, entity_id)
    return item


FETCH_KINDS = ("finding", "patrol", "site", "notice", "inspection_record")
"""The kinds of record a person fetches by ``sync fetch`` (others come with them)."""


def fetch_kind(text: str) -> str:
    """The kind of record ``sync fetch`` was given: its store name, or its word in either language.

    ``finding``, ``问题`` and ``Finding`` all give ``finding``; any other store name of a
    record (``document`` …) is passed on as it is.

    Raises:
        ValidationError: no kind of record is called so (``sync.fetch_kinds``, naming the
            words accepted in the reader's language with the store names beside them).
    """
    from inspect_app.domain.entities import spec_for
    from inspect_app.domain.errors import ValidationError
    from inspect_app.domain.messages import CHINESE, ENGLISH, Place
    from inspect_app.domain.messages.store import entity_label
    from inspect_app.domain.messages.sync import SyncMsg

    typed = text.strip()
    words: dict[str, str] = {}
    for kind in FETCH_KINDS:
        label = entity_label(kind)
        if isinstance(label, str):
            continue
        for language in (CHINESE, ENGLISH):
            words[render(label(), language).casefold()] = kind
    if typed.casefold() in words:
        return words[typed.casefold()]
    try:
        spec_for(typed)
        return typed
    except ValidationError:
        pass

    def listed(language: str, separator: str, form: str) -> str:
        return separator.join(
            form.format(word=render(entity_label(k)(), language), kind=k)  # type: ignore[operator]
            for k in FETCH_KINDS
        )

    kinds = Place(listed(CHINESE, "、", "{word}（{kind}）"), listed(ENGLISH, ", ", "{kind}"))
    raise ValidationError(SyncMsg.FETCH_KINDS(kind=typed, kinds=kinds))

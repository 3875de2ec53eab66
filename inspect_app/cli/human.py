"""A command's result for a person: ``key: value`` lines with words in the command line's language.

``--json`` prints the result as it is (English keys, store values). Without it each key is
shown as the catalog word of that field — the ``label.*`` member whose id is ``label.<key>``
(:mod:`inspect_app.domain.messages.common`), else the ``entity.*`` word of that name — and
each value a person would otherwise read as an English code is shown as a word:

- ``status``: a notice's (``status_word``), a finding's or a record's (the window's ``labels``
  words), a replica's, and the two states of a supersede chain's missing link;
- ``severity``, ``role``, ``gps_status``, an op's ``kind`` and ``entity``;
- ``category`` and ``basin`` codes by their Chinese names (reference data);
- ``True`` / ``False`` / ``None`` as 是 / 否 / 无; a tuple or list of plain values joined;
- issue 13's: a service ``method`` (留置送达 …), a ``recipient_relation``, a record's or a
  document's ``kind``, an ``outcome``, a signer's ``role``, a revocation ``reason``, verify's
  ``time_source``, ``revocation``, ``coverage`` and ``modification``; a notice's stored
  citations (``violated_provisions``, ``order_basis``) as the decision prints them.

In English every plain value is printed as stored (the words are for the Chinese reader; English
scripts that read the human output keep their values); a nested result (a mapping, a list
inside a value) reads as ``(word=value, …)`` / ``a, b`` as the Chinese one does — never a
Python dict. A key without a word shows as itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from inspect_app.cli.messages import QT_TRANSLATE_NOOP, contexts, current_language, render
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import CHINESE, ENGLISH, Message
from inspect_app.domain.messages.catalog import MessageKind, all_kinds
from inspect_app.domain.messages.notice import status_word
from inspect_app.storage.reference_data import reference

Word = tuple[str, str]
"""A word of the catalog: its context and its English source."""


def word(entry: Word, language: str) -> str:
    """``entry`` in ``language``: its finished translation, else its English."""
    context, source = entry
    if language == ENGLISH:
        return source
    return contexts(language).get(context, {}).get(("", source), source)


def _words() -> dict[str, dict[str, Word]]:
    """Value words by key: English value -> its catalog entry (context, English source).

    Declared with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them; looked up in
    the language asked for by :func:`word`.
    """
    words: dict[str, dict[str, Word]] = {
        "status": {
            "open": ("labels", QT_TRANSLATE_NOOP("labels", "Open")),
            "notified": ("labels", QT_TRANSLATE_NOOP("labels", "Decision issued")),
            "served": ("labels", QT_TRANSLATE_NOOP("labels", "Decision served")),
            "rectified": ("labels", QT_TRANSLATE_NOOP("labels", "Rectified")),
            "closed": ("labels", QT_TRANSLATE_NOOP("labels", "Closed")),
            "no_violation": ("labels", QT_TRANSLATE_NOOP("labels", "No violation found")),
            "handed_over": (
                "labels",
                QT_TRANSLATE_NOOP("labels", "Handed over to the local authority"),
            ),
            "active": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "active")),
            "revoked": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "revoked")),
            "withdrawn": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "withdrawn")),
            "not on this laptop": (
                "CommandLine",
                QT_TRANSLATE_NOOP("CommandLine", "not on this laptop"),
            ),
            "resolved": (  # a resolved conflict (conflict list)
                "ConflictTableModel",
                QT_TRANSLATE_NOOP("ConflictTableModel", "Resolved"),
            ),
        },
        "severity": {
            "minor": ("labels", QT_TRANSLATE_NOOP("labels", "Minor")),
            "major": ("labels", QT_TRANSLATE_NOOP("labels", "Major")),
            "serious": ("labels", QT_TRANSLATE_NOOP("labels", "Serious")),
        },
        "role": {
            "inspector": ("labels", QT_TRANSLATE_NOOP("labels", "Inspector")),
            "lead": ("labels", QT_TRANSLATE_NOOP("labels", "Team lead")),
        },
        "gps_status": {
            "ok": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "position read")),
            "none": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "no position")),
            "malformed": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "position unreadable")),
        },
        "kind": {
            "create": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "created")),
            "set": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "changed")),
            "add": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "added")),
            "remove": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "removed")),
            "withdraw": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "withdrawn")),
            "restore": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "restored")),
            "resolve": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "conflict resolved")),
            # a doubtful photo's kind (PlausibilityKind), in finding show's warnings
            "far_from_site": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "far from the site")),
            "outside_region": (
                "CommandLine",
                QT_TRANSLATE_NOOP("CommandLine", "outside the patrol's region"),
            ),
            "other_day": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "taken on another day")),
            "observed_after_recorded": (
                "CommandLine",
                QT_TRANSLATE_NOOP("CommandLine", "observed after it was recorded"),
            ),
        },
        "integrity": {"ok": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "sound"))},
        # where an interrupted `db encrypt` went on from (storage/protection/migrate.Phase)
        "resumed_from": {
            "prepared": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "the encrypted copy")),
            "switching": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "the switch")),
            "sealing": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "sealing the files")),
            "cleanup": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "removing clear copies")),
        },
    }
    for key, values in _issue_13_words().items():
        words.setdefault(key, {}).update(values)
    for key, values in _hub_words().items():
        words.setdefault(key, {}).update(values)
    return words


def _hub_words() -> dict[str, dict[str, Word]]:
    """Value words of the hub's commands (issue 15): a conflict's field, a refusal's reason.

    A conflict's field is named as the window's conflict table names it
    (``ui/models/conflicts.field_label``); a refusal's reason
    (``sync/hub_refusals.REASONS``) by the command line's own words.
    """
    fields = {
        "lifecycle": QT_TRANSLATE_NOOP("ConflictTableModel", "Withdrawal"),
        "severity": QT_TRANSLATE_NOOP("ConflictTableModel", "Severity"),
        "status": QT_TRANSLATE_NOOP("ConflictTableModel", "Status"),
        "category": QT_TRANSLATE_NOOP("ConflictTableModel", "Category"),
        "description": QT_TRANSLATE_NOOP("ConflictTableModel", "Description"),
        "site_id": QT_TRANSLATE_NOOP("ConflictTableModel", "Party"),
        "observed_at": QT_TRANSLATE_NOOP("ConflictTableModel", "Observed"),
        "latitude": QT_TRANSLATE_NOOP("ConflictTableModel", "Latitude"),
        "longitude": QT_TRANSLATE_NOOP("ConflictTableModel", "Longitude"),
        "legal_basis": QT_TRANSLATE_NOOP("ConflictTableModel", "Legal basis"),
        "caption": QT_TRANSLATE_NOOP("ConflictTableModel", "Caption"),
        "name": QT_TRANSLATE_NOOP("ConflictTableModel", "Name"),
    }
    reasons = {
        "too_many_connections": QT_TRANSLATE_NOOP("CommandLine", "too many connections"),
        "hub_full": QT_TRANSLATE_NOOP("CommandLine", "the hub was full"),
        "displaced": QT_TRANSLATE_NOOP("CommandLine", "closed to make room"),
        "header_timeout": QT_TRANSLATE_NOOP("CommandLine", "request headers too slow"),
        "body_timeout": QT_TRANSLATE_NOOP("CommandLine", "request body too slow"),
        "write_stall": QT_TRANSLATE_NOOP("CommandLine", "stopped reading the answer"),
        "bad_http": QT_TRANSLATE_NOOP("CommandLine", "malformed request"),
        "length_required": QT_TRANSLATE_NOOP("CommandLine", "request length not given"),
        "too_large": QT_TRANSLATE_NOOP("CommandLine", "request too large"),
        "unsigned": QT_TRANSLATE_NOOP("CommandLine", "unsigned request"),
        "forbidden": QT_TRANSLATE_NOOP("CommandLine", "not allowed"),
        "bad_request": QT_TRANSLATE_NOOP("CommandLine", "bad request"),
        "hash_mismatch": QT_TRANSLATE_NOOP("CommandLine", "photo bytes did not match its hash"),
        "no_such_route": QT_TRANSLATE_NOOP("CommandLine", "no such address on the hub"),
        "other": QT_TRANSLATE_NOOP("CommandLine", "other"),
    }
    return {
        "field": {k: ("ConflictTableModel", v) for k, v in fields.items()},
        "refusal_reason": {k: ("CommandLine", v) for k, v in reasons.items()},
    }


def _issue_13_words() -> dict[str, dict[str, Word]]:
    """Value words of issue 13's commands (records, service, verify, revocation).

    A method, a record's kind and a re-inspection's outcome are the window's words
    (``notice_labels``, as ``ui/models/notices.py`` shows them), a recipient's relation the
    service dialog's; the rest are the command line's own.
    """
    methods = {
        "in_person": QT_TRANSLATE_NOOP("notice_labels", "In person (直接送达)"),
        "post": QT_TRANSLATE_NOOP("notice_labels", "By post (邮寄送达)"),
        "left_at_premises": QT_TRANSLATE_NOOP("notice_labels", "Left at the premises (留置送达)"),
        "entrusted": QT_TRANSLATE_NOOP("notice_labels", "Entrusted (委托送达)"),
        "electronic": QT_TRANSLATE_NOOP("notice_labels", "Electronic (电子送达)"),
        "public_notice": QT_TRANSLATE_NOOP("notice_labels", "Public notice (公告送达)"),
    }
    relations = {
        "self": QT_TRANSLATE_NOOP("ServiceDialog", "The party (本人)"),
        "legal_representative": QT_TRANSLATE_NOOP(
            "ServiceDialog", "Legal representative / person in charge"
        ),
        "authorised_agent": QT_TRANSLATE_NOOP("ServiceDialog", "Authorised agent"),
        "adult_family": QT_TRANSLATE_NOOP(
            "ServiceDialog", "Adult family member living with the party"
        ),
        "receiving_office": QT_TRANSLATE_NOOP("ServiceDialog", "Mail room / receiving office"),
        "other": QT_TRANSLATE_NOOP("ServiceDialog", "Other"),
    }
    kinds = {
        "inspection": QT_TRANSLATE_NOOP("notice_labels", "On-site inspection record"),
        "reinspection": QT_TRANSLATE_NOOP("notice_labels", "Re-inspection record"),
        "decision": QT_TRANSLATE_NOOP("notice_labels", "Rectification decision"),
        "inspection_record": QT_TRANSLATE_NOOP("notice_labels", "Inspection record"),
        "reinspection_record": QT_TRANSLATE_NOOP("notice_labels", "Re-inspection record"),
        "service_receipt": QT_TRANSLATE_NOOP("notice_labels", "Service receipt"),
    }
    outcomes = {
        "rectified": QT_TRANSLATE_NOOP("notice_labels", "Rectified"),
        "not_rectified": QT_TRANSLATE_NOOP("notice_labels", "Not rectified"),
    }
    cli_words = {
        "role": {
            "officer": QT_TRANSLATE_NOOP("CommandLine", "officer"),
            "party": QT_TRANSLATE_NOOP("CommandLine", "party"),
            "recipient": QT_TRANSLATE_NOOP("CommandLine", "recipient"),
            "server": QT_TRANSLATE_NOOP("CommandLine", "server of the document"),
        },
        "time_source": {
            "clock": QT_TRANSLATE_NOOP("CommandLine", "the signing laptop's own clock"),
            "tsa": QT_TRANSLATE_NOOP("CommandLine", "timestamp authority"),
        },
        "revocation": {
            "good": QT_TRANSLATE_NOOP("CommandLine", "not revoked"),
            "revoked": QT_TRANSLATE_NOOP("CommandLine", "revoked"),
            "unknown": QT_TRANSLATE_NOOP("CommandLine", "unknown (no revocation list)"),
        },
        "coverage": {
            "ENTIRE_FILE": QT_TRANSLATE_NOOP("CommandLine", "the whole file"),
            "ENTIRE_REVISION": QT_TRANSLATE_NOOP("CommandLine", "the whole revision"),
            "CONTIGUOUS_BLOCK_FROM_START": QT_TRANSLATE_NOOP(
                "CommandLine", "a part from the start of the file"
            ),
        },
        "modification": {
            "NONE": QT_TRANSLATE_NOOP("CommandLine", "no changes"),
            "LTA_UPDATES": QT_TRANSLATE_NOOP("CommandLine", "long-term validation data only"),
            "FORM_FILLING": QT_TRANSLATE_NOOP("CommandLine", "form filling"),
            "ANNOTATIONS": QT_TRANSLATE_NOOP("CommandLine", "annotations"),
            "OTHER": QT_TRANSLATE_NOOP("CommandLine", "other changes"),
        },
    }
    found: dict[str, dict[str, Word]] = {
        "method": {k: ("notice_labels", v) for k, v in methods.items()},
        "recipient_relation": {k: ("ServiceDialog", v) for k, v in relations.items()},
        "outcome": {k: ("notice_labels", v) for k, v in outcomes.items()},
        "kind": {k: ("notice_labels", v) for k, v in kinds.items()},
    }
    for key, values in cli_words.items():
        found[key] = {k: ("CommandLine", v) for k, v in values.items()}
    return found


def self_check_word(name: str, language: str | None = None) -> str:
    """A word of ``--self-check`` (:mod:`inspect_app.self_check`) in the command line's language.

    Its verdicts (``PASS`` / ``WARN`` / ``FAIL``) and its items' names (``fonts`` …); any
    other name is given back as it is. Declared here, where ``pyside6-lupdate`` reads;
    ``language`` defaults to the command line's (:func:`current_language`).
    """
    words = {
        "PASS": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "PASS")),
        "WARN": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "WARN")),
        "FAIL": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "FAIL")),
        "resources": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "resources")),
        "fonts": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "fonts")),
        "sqlite": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "sqlite")),
        "qt": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "qt")),
        "store": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "store")),
        "pdf": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "pdf")),
        "heic": ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "heic")),
    }
    found = words.get(name)
    return word(found, language or current_language()) if found else name


def _flags() -> dict[object, Word]:
    return {
        True: ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "yes")),
        False: ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "no")),
        None: ("CommandLine", QT_TRANSLATE_NOOP("CommandLine", "none")),
    }


_STATUS_KEYS = {"status", "notice_status"}
"""Keys whose value is a notice's status when it is one of a notice's states."""


_DIGIT_KEYS = {"label.hash", "label.content_hash", "label.receipt_hash"}
"""Words of keys with a digit (``sha256``), which an id cannot hold: found by their English."""


@functools.cache
def _key_kinds() -> dict[str, MessageKind]:
    """Every field word: ``label.<key>`` members, then the ``entity.*`` words by store name."""
    kinds = all_kinds()
    found = {k.english: k for k in kinds if k.id.startswith("entity.")}
    found |= {k.id.removeprefix("label."): k for k in kinds if k.id.startswith("label.")}
    found |= {k.english: k for k in kinds if k.id in _DIGIT_KEYS}
    return found


_IN_LIST = {
    ("set_aside", "code"): "reason_code",
    ("categories", "code"): "reference_code",
    ("basins", "code"): "reference_code",
    ("signatures", "chain"): "certificate_chain",
    ("warnings", "kind"): "warning_kind",
    ("warnings", "accepted"): "doubt_accepted",
    ("signatures", "refused"): "refused_to_sign",
    ("conflicts", "field"): "changed_field",  # a record's field, not a signature's (签名栏)
}
"""Keys whose word depends on the list holding them: ``(list key, item key)`` → word's key.

An agency's ``code`` is its short name (简称), a set-aside op's is the reason's code; a
notice's ``chain`` is its supersede chain, a signature's the signer's certificate chain."""


_BESIDE = {("code", "slot"): "pairing_code"}
"""Keys whose word depends on another key of the result: ``(key, sibling)`` → word's key.

A pairing's ``code`` (beside its ``slot``) is the pairing code, not an agency's short name."""


def _beside(key: str, result: Mapping[str, Any], language: str = CHINESE) -> str:
    """The key whose word ``key`` takes in ``result`` (see :data:`_BESIDE`).

    Only the Chinese reader's word changes: in English the key reads as ``--json`` prints it.
    """
    if language != CHINESE:
        return key
    for (name, sibling), word_key in _BESIDE.items():
        if name == key and sibling in result:
            return word_key
    return key


def key_word(key: str, language: str, within: str = "") -> str:
    """The word for a result key in ``language`` (the key itself when it has none).

    ``within`` is the key of the list holding the item (see :data:`_IN_LIST`); in English a
    key reads as ``--json`` prints it (``code``, not the Chinese reader's ``reason_code``).
    """
    if language != CHINESE:
        within = ""
    kind = _key_kinds().get(_IN_LIST.get((within, key), key))
    return render(kind(), language) if kind is not None else key


def value_text(key: str, value: object, language: str) -> str:
    """A result value for a person in ``language`` (see the module's list of words)."""
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, Mapping):  # nested results read as pairs in either language
        return _mapping(value, language)
    if isinstance(value, list | tuple):
        if not value:
            return word(_flags()[None], language)
        separator = "、" if language == CHINESE else ", "
        return separator.join(value_text(key, item, language) for item in value)
    if language != CHINESE:
        return str(value)
    if value is None or isinstance(value, bool):
        return word(_flags()[value], language)
    text = str(value)
    if key in _STATUS_KEYS:
        notice_status = status_word(text)
        if isinstance(notice_status, MessageKind):
            return render(notice_status(), language)
    if key in ("category", "basin"):
        return _reference_name(key, text)
    if key in _CITATION_KEYS:
        return _citations(text)
    if key in _REASON_KEYS:
        return _reason(text, language)
    if key == "entity":
        return key_word(text, language)
    found = _words().get(key, {}).get(text)
    return word(found, language) if found else text


_CITATION_KEYS = {"violated_provisions", "order_basis"}
"""Keys whose value is a notice's chosen citations as stored (JSON), printed as citations."""

_REASON_KEYS = {"reason", "revocation_reason"}
"""Keys whose value may be a certificate's ``RevocationReason``."""


def _citations(text: str) -> str:
    """Stored citations (``[{"law": …, "article": 39, …}]``) as printed in a decision.

    ``《中华人民共和国水污染防治法》第二十二条``; a value that is no list of citations is given
    back as it is.
    """
    from inspect_app.domain.legal_citation import format_citations, parse
    from inspect_app.storage.laws import law_table

    try:
        citations = parse(text)
    except (ValidationError, ValueError, TypeError):
        return text
    return format_citations(citations, law_table()) if citations else text


def _reason(text: str, language: str) -> str:
    """A reason's word; other reasons as given.

    A revocation reason (``key_compromise`` → 密钥泄露…), or a hub refusal's (``forbidden``).
    """
    from inspect_app.notices.verify_case import REASON_WORDS

    found = REASON_WORDS.get(text)
    if found is not None:
        return render(found(), language)
    refusal = _words()["refusal_reason"].get(text)
    return word(refusal, language) if refusal is not None else text


def _mapping(value: Mapping[str, Any], language: str) -> str:
    """A nested mapping as ``word=value`` pairs (its empty values left out).

    ``（a=1，b=2）`` in Chinese, ``(a=1, b=2)`` in English; an empty one is the word "none".
    """
    pairs = [
        f"{key_word(k, language)}={value_text(k, v, language)}"
        for k, v in value.items()
        if v not in (None, "", (), [], {})
    ]
    if not pairs:
        return word(_flags()[None], language)
    if language != CHINESE:
        return "(" + ", ".join(pairs) + ")"
    return "（" + "，".join(pairs) + "）"


def _reference_name(key: str, code: str) -> str:
    """The Chinese name of a category or basin code (the code when it is not known)."""
    find: Callable[[str], Any] = reference().category if key == "category" else reference().basin
    try:
        return str(find(code).name_zh)
    except ValidationError:
        return code


def lines(result: Mapping[str, Any], language: str) -> list[str]:
    """The ``key: value`` lines of a result; a list is its count, then one ``  - `` line each.

    A list item that is a mapping is one line of ``word=value`` pairs (empty values left out).
    In Chinese a key and its value are separated by a full-width colon.
    """
    colon = "：" if language == CHINESE else ": "
    out: list[str] = []
    for key, value in result.items():
        word = key_word(_beside(key, result, language), language)
        if isinstance(value, list):
            out.append(f"{word}{colon}{len(value)}")
            for item in value:
                if isinstance(item, Mapping):
                    summary = "  ".join(
                        f"{key_word(k, language, key)}={value_text(k, v, language)}"
                        for k, v in item.items()
                        if v not in (None, "")
                    )
                    out.append(f"  - {summary}")
                else:
                    out.append(f"  - {value_text(key, item, language)}")
        else:
            out.append(f"{word}{colon}{value_text(key, value, language)}")
    return out


def print_human(result: Mapping[str, Any], language: str) -> None:
    """Print :func:`lines` of ``result`` on stdout."""
    for line in lines(result, language):
        print(line)

"""A scope and a record in words people use, for the window and the command line alike (issue 15).

A team lead gives a laptop a scope of keys (``basin:<code>``, ``agency:<id>``,
``region:<4 or 6 digits>``; ``domain/scope.py``). People read them as names: a basin by its
name in the reference data (``reference().basin``), an agency by its name in the store, a
region by its GB/T 2260 name — never a raw key. The hub's implicit keys (``all``,
``origin:<replica>``, ``pin:<replica>``) are not shown: they are how the hub files records,
not a lead's decision. This is the one place that wording lives; the status bar
(``ui/widgets/scope_status.py``), ``replica scope`` and ``sync pull|both|fetch`` call it.

A record is named the same way (:func:`record_name`): a patrol by its date and basin, a
finding by its category and party, a party by its name, a notice by its number; any other
record, or one this laptop does not hold, by its kind and the first 8 characters of its id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.messages import Message, Place
from inspect_app.domain.messages.store import entity_label
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.reference_data import reference
from inspect_app.storage.store import Store

SHOWN_KINDS = ("basin", "agency", "region")
"""Kinds of key a lead sets, in the order they are listed; implicit keys are not shown."""

SHORT_ID = 8
"""Characters of an id shown where a record has no name of its own."""


def _basin(code: str) -> Place:
    try:
        basin = reference().basin(code)
    except ValidationError:
        return Place(code, code)
    return Place(basin.name_zh, basin.name_en)


def _region(digits: str) -> Place:
    data = reference()
    code = digits + "00" if len(digits) == 4 else digits
    try:
        return Place(data.region_name(code), data.region_name_en(code))
    except ValidationError:
        return Place(digits, digits)


def _agency(store: Store, agency_id: str) -> str:
    from inspect_app.storage.registry import get_agency

    try:
        return get_agency(store, agency_id).name
    except NotFoundError:
        return agency_id[:SHORT_ID]


def key_words(store: Store, key: str) -> Message | None:
    """One scope key in words (``basin:fujiang`` → "Fujiang basin" / "涪江流域").

    Args:
        store: read for an agency's name.
        key: a scope key (``kind:value``).

    Returns:
        The key's keyed words (``sync.scope_key_*``); None for an implicit key or ``*``.
    """
    kind, _, value = key.partition(":")
    if kind == "basin":
        return SyncMsg.SCOPE_KEY_BASIN(name=_basin(value))
    if kind == "agency":
        return SyncMsg.SCOPE_KEY_AGENCY(name=_agency(store, value))
    if kind == "region":
        return SyncMsg.SCOPE_KEY_REGION(name=_region(value))
    return None


def describe_scope(store: Store, keys: Iterable[str] | None) -> Message:
    """A scope in words: its basins, then agencies, then regions (each sorted by key).

    Args:
        store: read for agencies' names.
        keys: scope keys as stored or as a hub lists them (implicit keys are left out);
            None means everything.

    Returns:
        "Fujiang basin, 遂宁市生态环境局, Suining City" (``sync.scope_list`` nesting the
        ``sync.scope_key_*`` words), or ``sync.scope_all`` ("everything") when no key a lead
        sets is among ``keys``.
    """
    order = {kind: i for i, kind in enumerate(SHOWN_KINDS)}
    shown = sorted(
        (k for k in (keys or ()) if k.partition(":")[0] in order),
        key=lambda k: (order[k.partition(":")[0]], k),
    )
    words = [w for w in (key_words(store, k) for k in shown) if w is not None]
    if not words:
        return SyncMsg.SCOPE_ALL()
    result = words[-1]
    for part in reversed(words[:-1]):
        result = SyncMsg.SCOPE_LIST(first=part, rest=result)
    return result


def _row(store: Store, entity: str, entity_id: str, columns: str) -> tuple | None:
    with store._lock:
        found = store.db.conn.execute(
            f"SELECT {columns} FROM {entity} WHERE id = ?",  # noqa: S608 - fixed names
            [entity_id],
        ).fetchone()
    return None if found is None else tuple(found)


def _day(text: str) -> date | str:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def _category(code: str) -> Place:
    try:
        category = reference().category(code)
    except ValidationError:
        return Place(code, code)
    return Place(category.name_zh, category.name_en)


def record_name(store: Store, entity: str, entity_id: str) -> Message:
    """A record as people name it (see the module's docstring).

    Args:
        store: read for the record (a record not here is named by kind and short id).
        entity: its kind (``finding``, ``patrol`` …).
        entity_id: its id.

    Returns:
        ``sync.record_patrol`` ("the patrol of 2026-12-01 on the Qiongjiang" /
        "2026年12月1日琼江巡查"), ``sync.record_finding`` / ``sync.record_finding_alone``,
        ``sync.record_site``, ``sync.record_notice``, else ``sync.record_other``
        ("finding 75a5c3d1").
    """
    short = entity_id[:SHORT_ID]
    other = SyncMsg.RECORD_OTHER(entity=entity_label(entity), id=short)
    if entity == "patrol":
        found = _row(store, "patrol", entity_id, "date, basin")
        if found is not None:
            return SyncMsg.RECORD_PATROL(date=_day(str(found[0])), basin=_basin(str(found[1])))
    elif entity == "finding":
        found = _row(store, "finding", entity_id, "category, site_id")
        if found is not None:
            site = _row(store, "site", str(found[1]), "name") if found[1] else None
            if site is not None:
                return SyncMsg.RECORD_FINDING(
                    category=_category(str(found[0])), site=str(site[0]), id=short
                )
            return SyncMsg.RECORD_FINDING_ALONE(category=_category(str(found[0])), id=short)
    elif entity == "site":
        found = _row(store, "site", entity_id, "name")
        if found is not None:
            return SyncMsg.RECORD_SITE(name=str(found[0]))
    elif entity == "notice":
        found = _row(store, "notice", entity_id, "number")
        if found is not None and found[0]:
            return SyncMsg.RECORD_NOTICE(number=str(found[0]))
    return other


def absent_error(store: Store, entity: str, entity_id: str) -> NotFoundError:
    """The error for a record this laptop does not hold at all (withdrawn ones are held).

    On a scoped laptop (``storage.scope.my_scope``) the record may simply be outside its
    scope: ``sync.scope_record_absent`` names the command fetching it (``sync fetch``);
    otherwise ``record.not_found``. The one wording every command's "no such record" uses
    on a scoped laptop.
    """
    from inspect_app.domain.messages.store import StoreMsg
    from inspect_app.storage.scope import my_scope

    label = entity_label(entity)
    if my_scope(store) is None:
        return NotFoundError(StoreMsg.RECORD_NOT_FOUND(entity=label, id=entity_id))
    command = f"inspect-app sync fetch {entity} {entity_id} --hub URL"
    return NotFoundError(SyncMsg.SCOPE_RECORD_ABSENT(entity=label, id=entity_id, command=command))

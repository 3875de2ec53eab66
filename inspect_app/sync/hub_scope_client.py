"""The laptop's side of the scoped pull (issue 15, docs/design/scoped-pull.md 2.4, 4.2).

A laptop scoped by its lead (``replica.scope``: basins, regions, agencies) pulls from a
PostgreSQL hub only the ops of the records of its scope and their dependencies:

* ``GET /ops?scoped=1&cursors=…&epoch=…&limit=…`` pages, one cursor per scope key. Each page's
  ops, the new cursors (``meta hub_scope_cursor:<hub id>`` = ``{"epoch", "cursors"}``) and the
  records' roles (:func:`~inspect_app.storage.scope.mark_roles`: member or dependency) are
  stored in **one** transaction (``receive(…, also=…)``), so no cursor moves past ops not
  stored durably. A hub whose tags were rebuilt answers with another ``epoch`` and cursors
  from 0: they are simply stored (ops held already are duplicates).
* After the last page: the equivocation quarantine (``outside``) and the hub's frontier
  (``meta scope_frontier:<hub id>``, read by ``db check``: a gap of another replica below it
  lies outside the scope, not in flight).
* The hub decides: a laptop whose scope is everything, or a hub without tags (the SQLite
  hub), gets ``{"scoped": false}`` and the client goes on with the position pull of
  :mod:`hub_client`. A laptop asks such a hub for a scoped pull on every pull: only the
  hub knows the scope a lead set before the op of it reached the laptop.
* Photos afterwards: the files of member records only
  (:func:`~inspect_app.storage.scope.member_files`); a dependency's photos are "not on this
  laptop" until fetched.

:func:`fetch_record` is fetch on demand: ``POST /scope/pins`` joins a record to the laptop's
``pin:<replica>`` key on the hub, then a pull brings it — and every later edit of it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping
from dataclasses import asdict
from typing import Any

import httpx

from inspect_app.domain.entities import spec_for
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.store import entity_label
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.scope import record_key
from inspect_app.storage.database import put_meta
from inspect_app.storage.keyed_reasons import decode_message, encode_message
from inspect_app.storage.receive import ReceiveReport, receive
from inspect_app.storage.scope import SCOPE_FRONTIER_PREFIX, mark_roles, member_files
from inspect_app.storage.scope_words import record_name
from inspect_app.storage.store import Store
from inspect_app.sync.hub_client import (
    CURSOR_PREFIX,
    DEFAULT_TIMEOUT_S,
    HubInfo,
    HubSession,
    HubSyncError,
    Progress,
    _malformed,
    _merge,
    hub_said,
    pull,
)
from inspect_app.sync.hub_protocol import MAX_PULL_LIMIT, PULL_LIMIT

SCOPE_CURSOR_PREFIX = "hub_scope_cursor:"
"""``meta`` key prefix: ``hub_scope_cursor:<hub replica id>`` = ``{"epoch", "cursors", "at"}``
(``at``: the op id the hub said sits at the cursors; sent back, so that a hub restored from an
older database backup answers from 0 instead of letting the laptop skip what it tagged since)."""
COMPACT_OVER = 2_048
"""Cursors longer than this (base64url characters) go in the compact form: every key's
lowest tag under ``*`` with the key set's digest (``hub_scope_pull.EVERY_KEY``) — a wide
scope's cursors would not fit the hub's 8 KiB request head."""
_STALLED_PAGES = 3
"""Pages in a row that say ``more`` but bring nothing and move no cursor: a broken hub."""


def scope_cursor(store: Store, hub_id: str) -> tuple[str, dict[str, int]]:
    """The stored scoped-pull position for a hub: (epoch, {scope key: last tag}).

    ("", {}) when none is stored or the stored text is damaged (the pull then starts from 0,
    which only brings duplicates).
    """
    raw = store.setting(SCOPE_CURSOR_PREFIX + hub_id)
    try:
        data = json.loads(raw) if raw else {}
        cursors = {str(k): int(v) for k, v in dict(data.get("cursors") or {}).items()}
        return str(data.get("epoch") or ""), cursors
    except (ValueError, TypeError, AttributeError):
        return "", {}


def scope_witness(store: Store, hub_id: str) -> str:
    """The op id the hub said sits at the stored scoped cursors ("" when none or damaged)."""
    raw = store.setting(SCOPE_CURSOR_PREFIX + hub_id)
    try:
        at = json.loads(raw).get("at") if raw else ""
    except (ValueError, AttributeError):
        return ""
    return at if isinstance(at, str) and len(at) == 64 else ""


def encode_cursors(cursors: Mapping[str, int]) -> str:
    """``base64url`` (with padding) of the canonical JSON of ``{key: tag}`` (query parameter)."""
    text = json.dumps(dict(sorted(cursors.items())), separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii")


def cursors_param(cursors: Mapping[str, int]) -> str:
    """The ``cursors`` query parameter: one cursor per key, or the compact form when long.

    The compact form (``{"*": lowest tag, "#": keys_digest}``) costs nothing while every key
    is at one tag (after any page that brought ops); otherwise the keys ahead of the lowest
    bring duplicates only, and a hub whose keys for this laptop changed starts from 0.
    """
    from inspect_app.sync.hub_scope_pull import EVERY_KEY, KEYS_DIGEST, keys_digest

    text = encode_cursors(cursors)
    if len(text) <= COMPACT_OVER:
        return text
    return encode_cursors({EVERY_KEY: min(cursors.values()), KEYS_DIGEST: keys_digest(cursors)})


def wants_scoped(store: Store, info: HubInfo) -> bool:
    """Ask this hub for a scoped pull? Always, when the hub keeps scope tags (``hello``).

    The hub decides from its own view of this laptop's ``replica.scope`` and answers
    ``{"scoped": false}`` when it is everything (one extra request for an unscoped laptop).
    The laptop's own view cannot decide: a scope the lead set after the laptop paired (or
    at the pairing) reaches the laptop only with the pull, and a position pull made before
    it arrives would bring the whole province. ``store`` is kept for the callers' shape.
    """
    del store
    return info.scoped_pull


def _record_of(body: str) -> str:
    data = json.loads(body)
    return record_key(str(data["entity"]), str(data["id"]))


def scoped_pull(
    session: HubSession,
    store: Store,
    info: HubInfo,
    summary: dict[str, Any],
    limit: int,
    say: Callable[[Message], None],
) -> bool:
    """Pull the ops of this laptop's scope, page by page; False if the hub answers unscoped.

    ``summary`` (a pull summary of :func:`hub_client.pull`) gets the receive counts, ``pages``,
    ``cursor_reset`` (the hub's epoch changed), ``scoped`` and ``scope_keys`` (the keys the
    hub pulled for: the lead's scope plus the implicit ``all``, ``origin:``, ``pin:``).
    ``limit``: ops per page; the default :data:`PULL_LIMIT` means :data:`MAX_PULL_LIMIT` here
    (a scoped page is an index range scan per key at the hub).

    Returns:
        True when the pull was scoped and is complete; False when the hub answered
        ``{"scoped": false}`` (the caller goes on with the position pull).

    Raises:
        HubSyncError: as :meth:`HubSession.request`; a malformed answer raises ``KeyError``,
            ``TypeError`` or ``ValueError`` (turned into ``hub.malformed`` by the caller).
    """
    hub_id = info.replica_id
    size = MAX_PULL_LIMIT if limit >= PULL_LIMIT else max(limit, 1)
    epoch, cursors = scope_cursor(store, hub_id)
    at = scope_witness(store, hub_id)
    stalled = 0
    while True:
        params = {"scoped": 1, "cursors": cursors_param(cursors), "epoch": epoch, "limit": size}
        if at:
            params["at"] = at
        page = dict(session.request("GET", "/ops", params=params).json())
        if page.get("scoped") is not True:
            return False  # everything for this laptop (or no tags): the position pull
        new_epoch = str(page["epoch"])
        if epoch and new_epoch != epoch:
            summary["cursor_reset"] = True  # tags rebuilt: the page starts again from 0
        new_cursors = {str(k): int(v) for k, v in dict(page["cursors"]).items()}
        new_at = str(page.get("at") or "")
        ops = list(page["ops"])
        entries: list[tuple[str, str | None]] = []
        roles: dict[str, str] = {}
        for item in ops:
            body = str(item["body"])
            entries.append((body, item.get("sig")))
            record = _record_of(body)
            roles[record] = "m" if item.get("role") == "m" else roles.get(record, "d")
        more = bool(page.get("more"))
        frontier: dict[str, int] | None = None
        if not more:
            entries += [(str(e["body"]), e.get("sig")) for e in page.get("outside") or ()]
            frontier = {str(k): int(v) for k, v in dict(page.get("frontier") or {}).items()}
        text = json.dumps(
            {"epoch": new_epoch, "cursors": new_cursors, "at": new_at}, sort_keys=True
        )
        report = _store_page(store, hub_id, entries, text, roles, frontier)
        _merge(summary, asdict(report))
        summary["pages"] += 1
        summary["scope_keys"] = sorted(str(k) for k in page.get("keys") or ())
        say(SyncMsg.SYNC_PROGRESS_PAGE_IN(page=summary["pages"], count=len(entries)))
        if not more:
            return True
        stalled = stalled + 1 if not ops and new_cursors == cursors and new_epoch == epoch else 0
        if stalled >= _STALLED_PAGES:
            raise ValueError("the hub says more but sends nothing")
        epoch, cursors, at = new_epoch, new_cursors, new_at


def _store_page(
    store: Store,
    hub_id: str,
    entries: list[tuple[str, str | None]],
    cursor: str,
    roles: Mapping[str, str],
    frontier: Mapping[str, int] | None,
) -> ReceiveReport:
    """Receive one page with its cursors, roles (and, last page, frontier) in one transaction."""

    def also() -> None:
        put_meta(store.db, SCOPE_CURSOR_PREFIX + hub_id, cursor)
        mark_roles(store.db.conn, roles)
        # a position cursor from an unscoped past would skip what the scope left out
        store.db.conn.execute("DELETE FROM meta WHERE key = ?", [CURSOR_PREFIX + hub_id])
        if frontier is not None:
            put_meta(store.db, SCOPE_FRONTIER_PREFIX + hub_id, json.dumps(dict(frontier)))

    return receive(store, entries, also=also)


def files_wanted(store: Store) -> list[str]:
    """SHA-256 of the files a scoped laptop downloads: those of its member records."""
    return member_files(store)


def fetch_record(
    store: Store,
    url: str,
    entity: str,
    entity_id: str,
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    progress: Progress | None = None,
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """Fetch one record on demand: pin it on the hub, then pull (it and its later edits).

    On a PostgreSQL hub the record joins this laptop's ``pin:<replica>`` key as a member (its
    dependencies come with it) and keeps arriving on every pull. A hub without scopes (the
    office SQLite hub) answers ``pinned: false``: every pull brings everything there anyway.

    Args:
        store: the laptop's store.
        url: the hub's base URL.
        entity: the kind of record (``finding``, ``notice`` …).
        entity_id: its id.
        timeout: seconds per request.
        progress: called with a ``sync.progress_*`` message per step.
        transport: an httpx transport (tests).

    Returns:
        The pull summary (:func:`hub_client.pull`) plus ``record`` (``entity:id``) and
        ``pinned``; its ``message``/``keyed`` say the record was fetched (``sync.scope_fetched``).

    Raises:
        ValidationError: ``entity`` is not a kind of record (``field.unknown_entity``).
        HubSyncError: as :func:`hub_client.pull`; the hub does not know the record
            (``hub.record_unknown``, or ``sync.scope_fetch_absent`` when it is still not
            here after the pull).
    """
    spec_for(entity)  # an unknown kind of record: ValidationError (field.unknown_entity)
    record = record_key(entity, entity_id)
    try:
        with HubSession(store, url, timeout, transport) as session:
            session.hello()
            body = json.dumps({"entity": entity, "id": entity_id}).encode("utf-8")
            response = session.request("POST", "/scope/pins", content=body, expect=(200, 404))
            if response.status_code == 404:
                said = hub_said(response)
                if isinstance(said, Message) and said.id == SyncMsg.HUB_RECORD_UNKNOWN.id:
                    named = SyncMsg.RECORD_OTHER(entity=entity_label(entity), id=entity_id)
                    raise HubSyncError(SyncMsg.HUB_RECORD_UNKNOWN(record=named))  # in words
                if isinstance(said, Message):
                    raise HubSyncError(said)
                pinned = False  # an older hub without pins: a pull brings everything
            else:
                pinned = dict(response.json()).get("pinned") is True
    except (KeyError, TypeError, ValueError, json.JSONDecodeError) as exc:
        raise _malformed(url, exc) from exc
    summary = pull(store, url, timeout=timeout, progress=progress, transport=transport)
    if not store.exists(entity, entity_id, include_withdrawn=True):
        raise HubSyncError(
            SyncMsg.SYNC_SCOPE_FETCH_ABSENT(entity=entity_label(entity), id=entity_id)
        )
    summary.update(record=record, pinned=pinned)
    pulled: Message | str = summary["message"]
    decoded = decode_message(summary["keyed"])
    message = SyncMsg.SYNC_SCOPE_FETCHED(
        record=record_name(store, entity, entity_id),  # as people name it (S12)
        pull=decoded if decoded is not None else pulled,
    )
    summary["message"] = message.english()
    summary["keyed"] = encode_message(message)
    return summary

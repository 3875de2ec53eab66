"""The scoped pull and pins at the PostgreSQL hub (issue 15, design 2.4 and 4.2).

:func:`caller_keys` reads the calling replica's scope from the hub's projection cache (never
from the request: a laptop cannot widen itself by asking); :func:`scoped_page` answers one page
of the ops tagged for those keys after the laptop's cursors, in one REPEATABLE READ snapshot;
:func:`pin` joins a record to ``pin:<caller>`` (fetch on demand). Tags are written by
:mod:`.hub_scope`; SQL lives in :mod:`.hub_pg_schema`.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from inspect_app.domain.canonical import sha256_hex
from inspect_app.domain.scope import implicit_keys, record_key, scope_keys
from inspect_app.storage.store import Store
from inspect_app.sync import hub_pg_schema as sql

MAX_CURSORS_TEXT = 16_384
"""The longest ``cursors`` parameter accepted (characters of base64url)."""
MAX_EPOCH_TEXT = 64
"""The longest ``epoch`` parameter accepted."""
EVERY_KEY = "*"
"""In ``cursors``: the tag of every key not listed — only when :data:`KEYS_DIGEST` is the
:func:`keys_digest` of the caller's keys now (else every key starts at 0). A laptop with a
wide scope (64 keys of 80 characters) sends this compact form: one cursor per key would not
fit the hub's 8 KiB request head. Never a scope key (``*`` = everything, no keys)."""
KEYS_DIGEST = "#"
"""In ``cursors``: :func:`keys_digest` of the keys :data:`EVERY_KEY` stands for."""


class BadCursorsError(ValueError):
    """The ``cursors`` parameter is not base64url JSON of {key: non-negative integer}."""


def parse_cursors(text: str | None) -> dict[str, int]:
    """The cursors of a scoped pull: base64url (padding optional) of JSON ``{key: tag}``.

    Raises:
        BadCursorsError: anything else (too long, not base64url, not JSON, not an object of
            text keys and non-negative integers).
    """
    if not text:
        return {}
    if len(text) > MAX_CURSORS_TEXT:
        raise BadCursorsError("too long")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        value = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise BadCursorsError(str(exc)) from None
    if not isinstance(value, dict):
        raise BadCursorsError("not an object")
    cursors: dict[str, int] = {}
    for key, tag in value.items():
        if not isinstance(tag, int) or isinstance(tag, bool) or tag < 0 or tag >= 2**63:
            raise BadCursorsError(f"cursor of {key!r}")
        cursors[str(key)] = tag
    return cursors


def keys_digest(keys: Any) -> int:
    """A 60-bit number naming a set of scope keys (SHA-256 of the sorted keys, one a line)."""
    return int(sha256_hex("\n".join(sorted(keys)))[:15], 16)


def encode_cursors(cursors: dict[str, int]) -> str:
    """The ``cursors`` parameter for ``cursors`` (base64url of compact JSON, no padding)."""
    text = json.dumps(cursors, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def caller_keys(store: Store, replica: str) -> frozenset[str] | None:
    """The keys ``replica`` pulls (its ``replica.scope`` plus the implicit keys); None = all.

    Read from the hub's store (the projection cache); a store without the ``scope`` column
    (before schema v12), an absent or ``*`` scope, or an unreadable one → None (everything).
    """
    from inspect_app.sqlite_engine import sqlite3

    with store._lock:
        try:
            row = store.db.conn.execute(
                "SELECT scope FROM replica WHERE id = ?", [replica]
            ).fetchone()
        except sqlite3.OperationalError:  # no scope column yet
            return None
    if row is None or row[0] is None:
        return None
    try:
        keys = scope_keys(str(row[0]))
    except ValueError:
        return None
    return None if keys is None else keys | implicit_keys(replica)


def scoped_page(
    conn: Any,
    keys: frozenset[str],
    cursors: dict[str, int],
    epoch: str,
    limit: int,
    at: str = "",
) -> dict[str, Any]:
    """One page of the scoped pull (design 2.4) in one REPEATABLE READ snapshot.

    Args:
        conn: a psycopg connection (autocommit; not in a transaction).
        keys: the caller's keys (scope + implicit).
        cursors: the laptop's last tag per key (a missing key = 0, or :data:`EVERY_KEY`'s).
        epoch: the laptop's epoch; another one (or a cursor past the last tag) restarts
            every key at 0 and the answer carries the current epoch.
        limit: ops per page (rows before the per-op dedupe).
        at: the op id the previous page said sits at the laptop's highest cursor ("" = not
            checked). Another op there (a database restored from a backup taken before the
            laptop pulled: tag numbers handed out again) restarts every key at 0, like
            another epoch — without it the laptop would skip the ops tagged since the
            restore up to its cursors, silently (as ``after_op`` guards the position pull).

    Returns:
        ``{"scoped": True, "epoch", "keys", "ops": [{"body", "sig", "role"}], "cursors",
        "at", "more"}``, plus ``"outside"`` and ``"frontier"`` when ``more`` is false;
        ``at`` is the op id at the new cursors' tag ("" when they are 0).
    """
    ordered = sorted(keys)
    with conn.transaction():
        conn.execute(sql.SNAPSHOT)
        row = conn.execute(sql.GET_META, [sql.SCOPE_EPOCH]).fetchone()
        current = str(row[0]) if row else ""
        last_value, called = conn.execute(sql.LAST_TAG).fetchone()
        last_tag = int(last_value) if called else 0
        every = cursors.get(EVERY_KEY, 0)
        if every and cursors.get(KEYS_DIGEST) != keys_digest(ordered):
            every = 0  # the compact form for another set of keys (the scope changed)
        start = {k: int(cursors.get(k, every)) for k in ordered}
        top_sent = max(start.values(), default=0)
        if epoch != current or top_sent > last_tag or not _witnessed(conn, ordered, top_sent, at):
            start, at = dict.fromkeys(ordered, 0), ""
        params: list[Any] = []
        for key in ordered:
            params += [key, start[key], limit]
        rows = conn.execute(sql.scoped_page_sql(len(ordered)), [*params, limit]).fetchall()
        ops: list[dict[str, Any]] = []
        at: dict[int, int] = {}
        for _tag, pos, role, body, sig in rows:
            found = at.get(int(pos))
            if found is None:
                at[int(pos)] = len(ops)
                ops.append({"body": body, "sig": sig, "role": role})
            elif role == "m":
                ops[found]["role"] = "m"
        top = int(rows[-1][0]) if rows else 0
        if rows and top >= max(start.values(), default=0):
            at = sha256_hex(str(rows[-1][3]))  # an op's id is the SHA-256 of its body
        more = len(rows) >= limit
        page: dict[str, Any] = {
            "scoped": True,
            "epoch": current,
            "keys": ordered,
            "ops": ops,
            "cursors": {k: max(c, top) for k, c in start.items()},
            "at": at,
            "more": more,
        }
        if not more:
            page["outside"] = [{"body": b, "sig": s} for b, s in conn.execute(sql.RELAYED)]
            page["frontier"] = {str(r): int(m) for r, m in conn.execute(sql.SEQS_ALL)}
    return page


def _witnessed(conn: Any, keys: list[str], tag: int, at: str) -> bool:
    """Whether the op at ``tag`` (of one of ``keys``) is ``at``; True when nothing to check."""
    if not at or tag <= 0:
        return True
    row = conn.execute(sql.TAG_WITNESS, [keys, tag]).fetchone()
    return row is not None and str(row[0]) == at


def pin(conn: Any, caller: str, entity: str, entity_id: str) -> dict[str, Any] | None:
    """Join record ``entity:entity_id`` to ``pin:<caller>`` (fetch on demand, design 4.2).

    The record becomes a member of the caller's pin key (its closure as dependencies, its
    followers as members), tagged under ``LOCK_APPEND``. Idempotent.

    Returns:
        ``{"record", "pinned": True, "ops": n}``, or None when the hub holds no op of it.
    """
    from inspect_app.sync.hub_scope import join_record

    record = record_key(entity, entity_id)
    with conn.transaction():
        if not int(conn.execute(sql.RECORD_OP_COUNT, [record]).fetchone()[0]):
            return None
        conn.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])
        count = join_record(conn, f"pin:{caller}", record)
    return {"record": record, "pinned": True, "ops": count}

"""The PostgreSQL hub's schema and EVERY PostgreSQL statement it runs (issue 15), in one place.

The province hub keeps its system of record in PostgreSQL; each hub process keeps a local SQLite
projection cache that THE judge reads (:mod:`.hub_pg`). This module holds the DDL, the SQL text
the hub runs and the advisory-lock keys; no other module writes SQL for PostgreSQL (``hub
migrate`` uses the statements here too). Table names are stable; a change bumps
:data:`PG_SCHEMA_VERSION`.

Tables (all prefixed ``hub_``)::

    hub_meta(key text PK, value text)
        'schema_version' -> PG_SCHEMA_VERSION; 'pairing_wrong' -> wrong pairing proofs so far
    hub_identity(id smallint PK CHECK id = 1, replica_id text, public_key text,
                 sealed bytea, created_at timestamptz)
        the hub's replica identity: its Ed25519 signing key and X25519 box key (hex, JSON)
        sealed with AES-256-GCM under the hub key file (AAD = replica_id); one row
    hub_ops(pos bigint identity PK, op_id text UNIQUE, replica text, seq bigint, body text,
            sig text NULL, received_at timestamptz)
        the op log in hub order; pull cursors are ``pos``; INDEX (replica, seq)
    hub_quarantine(qpos bigint identity PK, op_id text UNIQUE, body text, sig text NULL,
                   code text, reason text, received_at timestamptz)
        ops that could not enter the log (as a replica's ``quarantine`` table); INDEX (code)
    hub_forks(replica text PK, seq bigint)
        replicas whose history forked, from which seq (as a replica's ``forks`` table)
    hub_replies(replica text, idem_key text, body_sha text, report text (JSON),
                created_at timestamptz, PK (replica, idem_key, body_sha))
        the answer of every ``POST /ops`` sent with an Idempotency-Key: a retry to ANY process
        gets it again
    hub_pairing(slot text PK, code_hash text, code_sealed bytea, officer text,
                opened_by text, expires double precision, replica text NULL,
                public_key text NULL, label text NULL)
        open pairings (:mod:`.pairing`): the code only as a SHA-256 hash and sealed under the
        hub key (the proof is an HMAC keyed by the code, so the hub needs the code itself)
    hub_pulls(replica text PK, pos bigint, pulled_at timestamptz)
        how far each laptop has pulled (``GET /ops``), for operators and pruning
    hub_seqs(replica text PK, max_seq bigint)
        the frontier: the highest gap-free seq held per origin replica (as a replica's
        ``seqs`` table), moved in the transaction that inserts the ops; ``GET /frontier``
        reads it, so after a failover that lost commits the laptops push those ops again

Scope tags (version 2, docs/design/scoped-pull.md section 2; written by :mod:`.hub_scope`,
all derived from ``hub_ops`` and rebuilt by :func:`upgrade`)::

    hub_ops.record text          '<entity>:<entity id>' of the op; INDEX (record, pos)
    hub_scope_edge(src, dst, kind char(1), PK (src, dst, kind)); INDEX (dst, kind, src)
        src follows ('f') / depends on ('d') dst; never removed
    hub_scope_member(scope_key, record, role char(1), PK (scope_key, record)); INDEX (record)
        a record in a scope key as a member ('m') or a dependency ('d'); never removed
    hub_scope_tag(scope_key, tag bigint, pos bigint, role char(1), PK (scope_key, tag))
        one row per (key, op, role) delivery, ``tag`` from ``hub_scope_tag_seq`` taken under
        :data:`LOCK_APPEND` (tags commit in order, as positions do)
    hub_record_ids(id text PK, record text)
        entity id -> record, from each create (resolves a ``subject_id``)
    hub_meta 'scope_epoch'       a random id, new whenever the tags are rebuilt
    hub_pairing.scope text NULL  the new laptop's scope a lead chose when opening the pairing

Positions: ``hub_ops.pos`` comes from an identity column; every transaction that inserts ops
takes :data:`LOCK_APPEND` (``pg_advisory_xact_lock``) just before its INSERTs, so commits happen
in position order and a reader never sees position N+1 before N. Pushes of one origin replica
are serialised by :func:`origin_lock`; the hub's own writes by :data:`LOCK_OWN`; start-up
(schema, identity) by :data:`LOCK_BOOT`.

Portability (openGauss, KingbaseES) — the PostgreSQL-specific parts, all in this module:

1. ``GENERATED ALWAYS AS IDENTITY`` (PG ≥ 10): KingbaseES V8R6 has it; openGauss has no identity
   columns — use ``bigserial`` (a sequence default), same semantics for us.
2. ``INSERT … ON CONFLICT … DO NOTHING / DO UPDATE`` (PG ≥ 9.5): KingbaseES has it; openGauss
   supports ``ON DUPLICATE KEY UPDATE`` (and ``ON CONFLICT`` only in recent releases with
   ``sql_compatibility='PG'``): rewrite the four upserts below if needed.
3. ``pg_advisory_xact_lock(bigint)``: present in both (openGauss inherits it from PG 9.2);
   otherwise replace it by ``SELECT … FOR UPDATE`` on a row of a ``hub_locks`` table.
4. ``bytea``, ``timestamptz``, ``now()``, ``GREATEST``/``LEAST``: present in both.
5. ``hub migrate`` (:data:`INSERT_OP_AT`, :data:`POS_CONTINUE`): ``OVERRIDING SYSTEM VALUE`` is
   PG ≥ 10 / KingbaseES; with openGauss' ``bigserial`` the explicit ``pos`` is inserted
   without it; ``setval`` and ``pg_get_serial_sequence`` exist in both.
6. Scope tags: ``CREATE SEQUENCE``/``nextval``/``setval`` (both), ``ALTER TABLE … ADD COLUMN
   IF NOT EXISTS`` (PG ≥ 9.6, KingbaseES; openGauss: check the column in
   ``information_schema.columns`` first), ``= ANY(%s)`` with an array parameter and
   ``unnest(…) WITH ORDINALITY`` for one-statement batch inserts (KingbaseES has both;
   openGauss has ``unnest`` but not ``WITH ORDINALITY`` before 5.0 — number the rows in
   Python and insert with ``executemany``), ``SET TRANSACTION ISOLATION LEVEL REPEATABLE
   READ`` (both), ``UNION ALL`` of parenthesised ``ORDER BY … LIMIT`` subqueries (both).
7. The driver: psycopg 3 speaks the PG wire protocol, which KingbaseES (PG mode) and openGauss
   (with ``password_encryption_type=1`` md5/sha256 auth) accept; openGauss' SHA-256 auth
   needs its own libpq — test before promising.
"""

from __future__ import annotations

import hashlib
from typing import Any

PG_SCHEMA_VERSION = 2
"""Version of the tables below (``hub_meta.schema_version``); 1 had no scope tags."""

TABLES = (
    "hub_meta",
    "hub_identity",
    "hub_ops",
    "hub_quarantine",
    "hub_forks",
    "hub_replies",
    "hub_pairing",
    "hub_pulls",
    "hub_seqs",
    "hub_scope_edge",
    "hub_scope_member",
    "hub_scope_tag",
    "hub_record_ids",
)
"""Every table of the PostgreSQL hub, in creation order."""

DDL: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE IF NOT EXISTS hub_identity ("
    " id smallint PRIMARY KEY CHECK (id = 1),"
    " replica_id text NOT NULL,"
    " public_key text NOT NULL,"
    " sealed bytea NOT NULL,"
    " created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS hub_ops ("
    " pos bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " op_id text NOT NULL UNIQUE,"
    " replica text NOT NULL,"
    " seq bigint NOT NULL,"
    " body text NOT NULL,"
    " sig text,"
    " received_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX IF NOT EXISTS hub_ops_replica_seq ON hub_ops (replica, seq)",
    "CREATE TABLE IF NOT EXISTS hub_quarantine ("
    " qpos bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    " op_id text NOT NULL UNIQUE,"
    " body text NOT NULL,"
    " sig text,"
    " code text NOT NULL,"
    " reason text NOT NULL,"
    " received_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX IF NOT EXISTS hub_quarantine_code ON hub_quarantine (code)",
    "CREATE TABLE IF NOT EXISTS hub_forks (replica text PRIMARY KEY, seq bigint NOT NULL)",
    "CREATE TABLE IF NOT EXISTS hub_replies ("
    " replica text NOT NULL,"
    " idem_key text NOT NULL,"
    " body_sha text NOT NULL,"
    " report text NOT NULL,"
    " created_at timestamptz NOT NULL DEFAULT now(),"
    " PRIMARY KEY (replica, idem_key, body_sha))",
    "CREATE TABLE IF NOT EXISTS hub_pairing ("
    " slot text PRIMARY KEY,"
    " code_hash text NOT NULL,"
    " code_sealed bytea NOT NULL,"
    " officer text NOT NULL,"
    " opened_by text NOT NULL,"
    " expires double precision NOT NULL,"
    " replica text,"
    " public_key text,"
    " label text)",
    "CREATE TABLE IF NOT EXISTS hub_seqs (replica text PRIMARY KEY, max_seq bigint NOT NULL)",
    "CREATE TABLE IF NOT EXISTS hub_pulls ("
    " replica text PRIMARY KEY,"
    " pos bigint NOT NULL,"
    " pulled_at timestamptz NOT NULL DEFAULT now())",
)
"""The tables and indexes of version 1 (idempotent: ``IF NOT EXISTS``)."""

SCOPE_DDL: tuple[str, ...] = (
    "ALTER TABLE hub_ops ADD COLUMN IF NOT EXISTS record text",
    "CREATE INDEX IF NOT EXISTS hub_ops_record ON hub_ops (record, pos)",
    "CREATE TABLE IF NOT EXISTS hub_scope_edge ("
    " src text NOT NULL, dst text NOT NULL, kind char(1) NOT NULL,"
    " PRIMARY KEY (src, dst, kind))",
    "CREATE INDEX IF NOT EXISTS hub_scope_edge_dst ON hub_scope_edge (dst, kind, src)",
    "CREATE TABLE IF NOT EXISTS hub_scope_member ("
    " scope_key text NOT NULL, record text NOT NULL, role char(1) NOT NULL,"
    " PRIMARY KEY (scope_key, record))",
    "CREATE INDEX IF NOT EXISTS hub_scope_member_record ON hub_scope_member (record)",
    "CREATE TABLE IF NOT EXISTS hub_scope_tag ("
    " scope_key text NOT NULL, tag bigint NOT NULL, pos bigint NOT NULL,"
    " role char(1) NOT NULL, PRIMARY KEY (scope_key, tag))",
    "CREATE SEQUENCE IF NOT EXISTS hub_scope_tag_seq",
    "CREATE TABLE IF NOT EXISTS hub_record_ids (id text PRIMARY KEY, record text NOT NULL)",
    "ALTER TABLE hub_pairing ADD COLUMN IF NOT EXISTS scope text",
)
"""Version 2: the scope tags (docs/design/scoped-pull.md 2.1; idempotent)."""


def _lock_key(name: str) -> int:
    """A signed 64-bit advisory-lock key for ``name`` (first 8 bytes of its SHA-256)."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


LOCK_BOOT = _lock_key("inspect_app hub boot")
"""Held while the schema and the identity are created (two processes starting at once)."""
LOCK_APPEND = _lock_key("inspect_app hub append")
"""Held from the first INSERT into ``hub_ops``/``hub_quarantine`` to the commit."""
LOCK_OWN = _lock_key("inspect_app hub own writes")
"""Held while a process writes ops of the hub's own replica (one writer of the hub's chain)."""
LOCK_PAIRING = _lock_key("inspect_app hub pairing")
"""Held while the pairing slots are changed."""


def origin_lock(replica: str) -> int:
    """The advisory-lock key serialising pushes of ops from ``replica``."""
    return _lock_key("inspect_app hub origin " + replica)


# -- statements ------------------------------------------------------------------------------
XACT_LOCK = "SELECT pg_advisory_xact_lock(%s)"
GET_META = "SELECT value FROM hub_meta WHERE key = %s"
PUT_META = (
    "INSERT INTO hub_meta (key, value) VALUES (%s, %s) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)
GET_IDENTITY = "SELECT replica_id, public_key, sealed FROM hub_identity WHERE id = 1"
PUT_IDENTITY = (
    "INSERT INTO hub_identity (id, replica_id, public_key, sealed) VALUES (1, %s, %s, %s) "
    "ON CONFLICT (id) DO NOTHING"
)
INSERT_OP = (
    "INSERT INTO hub_ops (op_id, replica, seq, body, sig, record) "
    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (op_id) DO NOTHING"
)
INSERT_QUARANTINE = (
    "INSERT INTO hub_quarantine (op_id, body, sig, code, reason) VALUES (%s, %s, %s, %s, %s) "
    "ON CONFLICT (op_id) DO UPDATE SET code = excluded.code, reason = excluded.reason"
)
INSERT_OP_AT = (  # hub migrate: every op at its SQLite hub position (cursors stay valid)
    "INSERT INTO hub_ops (pos, op_id, replica, seq, body, sig, record) OVERRIDING SYSTEM VALUE "
    "VALUES (%s, %s, %s, %s, %s, %s, %s)"
)
POS_CONTINUE = (  # the identity continues after the migrated positions
    "SELECT setval(pg_get_serial_sequence('hub_ops', 'pos'), "
    "(SELECT coalesce(max(pos), 0) FROM hub_ops) + 1, false)"
)
PUT_FORK = (
    "INSERT INTO hub_forks (replica, seq) VALUES (%s, %s) "
    "ON CONFLICT (replica) DO UPDATE SET seq = LEAST(hub_forks.seq, excluded.seq)"
)
OPS_AFTER = (
    "SELECT pos, op_id, replica, seq, body, sig FROM hub_ops WHERE pos > %s ORDER BY pos LIMIT %s"
)
QUARANTINE_AFTER = (
    "SELECT qpos, op_id, body, sig FROM hub_quarantine WHERE qpos > %s ORDER BY qpos LIMIT %s"
)
LAST_POS = "SELECT coalesce(max(pos), 0) FROM hub_ops"
OP_AT = "SELECT op_id FROM hub_ops WHERE pos = %s"
OP_COUNT = "SELECT count(*) FROM hub_ops"
TOP_OF = "SELECT seq, op_id FROM hub_ops WHERE replica = %s ORDER BY seq DESC LIMIT 1"
FORK_OF = "SELECT seq FROM hub_forks WHERE replica = %s"
RELAYED = "SELECT body, sig FROM hub_quarantine WHERE code = 'equivocation' ORDER BY qpos"
GET_REPLY = "SELECT report FROM hub_replies WHERE replica = %s AND idem_key = %s AND body_sha = %s"
PUT_REPLY = (
    "INSERT INTO hub_replies (replica, idem_key, body_sha, report) VALUES (%s, %s, %s, %s) "
    "ON CONFLICT (replica, idem_key, body_sha) DO NOTHING"
)
SEQS_ALL = "SELECT replica, max_seq FROM hub_seqs"
SEQ_OF = "SELECT max_seq FROM hub_seqs WHERE replica = %s"
SEQS_AFTER = "SELECT seq FROM hub_ops WHERE replica = %s AND seq > %s ORDER BY seq LIMIT 10000"
PUT_SEQ = (
    "INSERT INTO hub_seqs (replica, max_seq) VALUES (%s, %s) "
    "ON CONFLICT (replica) DO UPDATE SET max_seq = GREATEST(hub_seqs.max_seq, excluded.max_seq)"
)
REPLICAS = "SELECT DISTINCT replica FROM hub_ops"
LAST_QPOS = "SELECT coalesce(max(qpos), 0) FROM hub_quarantine"
PUT_PULL = (
    "INSERT INTO hub_pulls (replica, pos) VALUES (%s, %s) "
    "ON CONFLICT (replica) DO UPDATE SET pos = excluded.pos, pulled_at = now()"
)
PAIRING_ALL = (
    "SELECT slot, code_sealed, officer, opened_by, expires, replica, public_key, label, scope "
    "FROM hub_pairing"
)
PAIRING_PUT = (
    "INSERT INTO hub_pairing (slot, code_hash, code_sealed, officer, opened_by, expires, replica,"
    " public_key, label, scope) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
    "ON CONFLICT (slot) DO UPDATE SET replica = excluded.replica,"
    " public_key = excluded.public_key, label = excluded.label"
)
PAIRING_DELETE = "DELETE FROM hub_pairing WHERE slot = %s"

# -- scope tags (:mod:`.hub_scope`) -----------------------------------------------------------
SCOPE_EPOCH = "scope_epoch"
"""``hub_meta`` key of the tags' epoch (a new random id whenever the tags are rebuilt)."""
OPS_REPLICA_FROM = "SELECT pos, replica, body FROM hub_ops WHERE pos > %s ORDER BY pos LIMIT %s"
SET_RECORDS = (  # a version-1 log: the record of each op, one chunk at a time
    "UPDATE hub_ops SET record = u.r FROM unnest(%s::bigint[], %s::text[]) AS u(p, r) "
    "WHERE hub_ops.pos = u.p AND hub_ops.record IS NULL"
)
RECORD_POSITIONS = "SELECT pos FROM hub_ops WHERE record = %s AND pos <= %s ORDER BY pos"
RECORD_OP_COUNT = "SELECT count(*) FROM hub_ops WHERE record = %s"
MEMBERS_OF = "SELECT record, scope_key, role FROM hub_scope_member WHERE record = ANY(%s)"
PUT_MEMBERS = (  # one statement per batch: three parallel arrays
    "INSERT INTO hub_scope_member (scope_key, record, role) "
    "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[]) "
    "ON CONFLICT (scope_key, record) DO UPDATE SET role = excluded.role"
)
EDGES_FROM = "SELECT src, dst, kind FROM hub_scope_edge WHERE src = ANY(%s)"
EDGES_TO = "SELECT src, dst, kind FROM hub_scope_edge WHERE dst = ANY(%s)"
PUT_EDGES = (
    "INSERT INTO hub_scope_edge (src, dst, kind) "
    "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[]) ON CONFLICT DO NOTHING"
)
RECORD_IDS = "SELECT id, record FROM hub_record_ids WHERE id = ANY(%s)"
PUT_RECORD_IDS = (
    "INSERT INTO hub_record_ids (id, record) SELECT * FROM unnest(%s::text[], %s::text[]) "
    "ON CONFLICT DO NOTHING"
)
HISTORIES = (  # the positions of several records' ops, up to a position
    "SELECT record, pos FROM hub_ops WHERE record = ANY(%s) AND pos <= %s ORDER BY pos"
)
TAKE_TAGS = (  # reserve n tag numbers (call under LOCK_APPEND): the first one is returned
    "SELECT setval('hub_scope_tag_seq', nextval('hub_scope_tag_seq') + %s - 1) - %s + 1"
)
LAST_TAG = "SELECT last_value, is_called FROM hub_scope_tag_seq"
TAG_WITNESS = (  # the op at a tag of one of the caller's keys (a laptop's cursor checked)
    "SELECT o.op_id FROM hub_scope_tag t JOIN hub_ops o ON o.pos = t.pos "
    "WHERE t.scope_key = ANY(%s) AND t.tag = %s::bigint LIMIT 1"
)
PUT_TAGS = (  # tags first, first + 1, … in array order
    "INSERT INTO hub_scope_tag (scope_key, tag, pos, role) "
    "SELECT k, %s::bigint + n - 1, p, r "
    "FROM unnest(%s::text[], %s::bigint[], %s::text[]) WITH ORDINALITY AS u(k, p, r, n)"
)
SNAPSHOT = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
CLEAR_SCOPE = (  # a rebuild starts from nothing (the tables are derived from hub_ops)
    "TRUNCATE hub_scope_edge, hub_scope_member, hub_scope_tag, hub_record_ids",
    "ALTER SEQUENCE hub_scope_tag_seq RESTART",
)


def scoped_page_sql(keys: int) -> str:
    """The scoped pull's page (design 2.4) over ``keys`` keys: one index range scan per key.

    Parameters, in order: (key, cursor, limit) per key, then the page's limit. Rows: (tag,
    pos, role, body, sig) in tag order; an op tagged for two keys comes once per tag.
    """
    one = (
        "(SELECT tag, pos, role FROM hub_scope_tag WHERE scope_key = %s AND tag > %s::bigint "
        "ORDER BY tag LIMIT %s)"
    )
    union = " UNION ALL ".join([one] * keys)
    return (
        f"SELECT t.tag, t.pos, t.role, o.body, o.sig FROM ({union} ORDER BY tag LIMIT %s) t "
        "JOIN hub_ops o ON o.pos = t.pos ORDER BY t.tag"
    )


def create_schema(conn: Any) -> None:
    """Create the tables if missing and record :data:`PG_SCHEMA_VERSION` (commits).

    Args:
        conn: an open psycopg connection (not in a transaction).

    Raises:
        psycopg.Error: the database refused (no permission, not PostgreSQL).
    """
    with conn.transaction():
        conn.execute(XACT_LOCK, [LOCK_BOOT])
        for statement in DDL:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO hub_meta (key, value) VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO NOTHING",
            [str(PG_SCHEMA_VERSION)],
        )
        upgrade(conn)


def upgrade(conn: Any) -> None:
    """Bring a version-1 database to :data:`PG_SCHEMA_VERSION` in the caller's transaction.

    Adds the scope tables, fills ``hub_ops.record`` from the bodies and builds the tags over
    the whole log in position order (:func:`.hub_scope.rebuild`, a new ``scope_epoch``). A
    database already at version 2 only gets the idempotent DDL. Holds :data:`LOCK_APPEND`
    while it tags (pushes wait). Call holding :data:`LOCK_BOOT`.
    """
    for statement in SCOPE_DDL:
        conn.execute(statement)
    row = conn.execute(GET_META, ["schema_version"]).fetchone()
    if row is not None and int(row[0]) >= PG_SCHEMA_VERSION:
        if conn.execute(GET_META, [SCOPE_EPOCH]).fetchone() is None:
            from inspect_app.sync.hub_scope import new_epoch

            new_epoch(conn)
        return
    from inspect_app.sync.hub_scope import rebuild

    conn.execute(XACT_LOCK, [LOCK_APPEND])
    rebuild(conn)
    conn.execute(PUT_META, ["schema_version", str(PG_SCHEMA_VERSION)])


def connect(url: str) -> Any:
    """A new psycopg 3 connection to ``url`` (autocommit; transactions by ``conn.transaction()``).

    psycopg is imported here, lazily: it never enters the frozen laptop app.

    Raises:
        psycopg.OperationalError: the server cannot be reached or refuses the login.
    """
    import psycopg

    return psycopg.connect(url, autocommit=True)

"""The big hubs of ``hub_load.py --big``: a real basin spread through a synthetic log.

Making 2M real ops through the app takes hours here, so each big hub is built as the design's
measurement was (docs/design/scoped-pull.md section 6), around a REAL basin
(:mod:`hub_load_world`):

- :func:`make_template`: ``hub migrate`` copies the world's SQLite hub seed into a template
  database; the hub's own tagging (:mod:`inspect_app.sync.hub_scope`) gives the basin its
  real tags, members and edges.
- :func:`expand`: a copy of the template (``CREATE DATABASE … TEMPLATE``) keeps the team's
  prefix at positions 1..K and gets the basin's ops moved to positions spread evenly over
  K+1..N (their tag rows follow them, in the same order); the other positions are filled by
  COPY with *synthetic* finding-create ops (≈ 850 bytes each with the signature, from 100
  origin replicas), tagged 4–5 times each over many keys (200 basins, 300 agencies, 400+
  regions, their origin) and one member row each. The tag sequence, the position identity
  and ``hub_seqs`` (the frontier) continue after them.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

from hub_load_world import World

SYNTH_REPLICAS = 100
"""Origin replicas of the synthetic ops."""
COPY_CHUNK = 5_000
"""Synthetic rows per COPY write."""


def _escape(text: str | None) -> str:
    """A value in PostgreSQL's COPY text format."""
    if text is None:
        return "\\N"
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


_SYNTH_TEXT = "企业厂区东侧雨水排口有黄色液体流出，现场已拍照取证并通知企业负责人到场说明情况"


def _synthetic(replica: str, seq: int, prev: str, officer: str) -> tuple[str, str, str, str]:
    """(op_id, body, sig, record) of a finding-create op shaped like the real ones."""
    import hashlib

    entity_id = str(uuid.uuid4())
    body = {
        "data": {
            "category": "water",
            "description": _SYNTH_TEXT,
            "patrol_id": str(uuid.uuid4()),
            "severity": "minor",
            "site_id": str(uuid.uuid4()),
            "status": "open",
        },
        "deps": [],
        "entity": "finding",
        "hlc": f"{1764921600000 + seq:015d}:0000:{replica[:8]}",
        "id": entity_id,
        "kind": "create",
        "officer": officer,
        "prev": prev,
        "replica": replica,
        "seq": seq,
        "v": 1,
        "wall": "2026-12-05T08:00:00Z",
    }
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    op_id = hashlib.sha256(text.encode()).hexdigest()
    return op_id, text, uuid.uuid4().hex * 4, f"finding:{entity_id}"


def make_template(cluster: Any, world: World, work: Path) -> tuple[str, Path]:
    """``hub migrate`` of the world's hub seed into a template database (real tags).

    Returns:
        (database name, the key file of the hub it holds).
    """
    from hub_load_big import migrate_copy

    from inspect_app.sync import hub_pg_schema as sql

    url = cluster.new_database("scopetmpl")
    data = work / "template-data"
    began = time.perf_counter()
    migrate_copy(world.hub_seed, url, data, verify=False)
    conn = sql.connect(url)
    try:
        tags = int(conn.execute("SELECT count(*) FROM hub_scope_tag").fetchone()[0])
        if tags == 0:  # the copy step left the tags to a rebuild: build them now
            from inspect_app.sync.hub_scope import rebuild

            with conn.transaction():
                conn.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])
                rebuild(conn)
            tags = int(conn.execute("SELECT count(*) FROM hub_scope_tag").fetchone()[0])
    finally:
        conn.close()
    print(
        f"  template: hub migrate of the {world.real:,}-op world (tags: {tags:,}) "
        f"{time.perf_counter() - began:.0f} s"
    )
    return url.rsplit("/", 1)[1], data / "hub.key"


def _admin(cluster: Any, statement: str) -> None:
    import psycopg

    with psycopg.connect(cluster.url("postgres"), autocommit=True) as conn:
        conn.execute(statement)


def expand(cluster: Any, template: str, world: World, size: int) -> str:
    """A database copied from ``template`` grown to ``size`` ops (see the module docstring).

    Returns:
        Its URL.
    """
    from inspect_app.sync import hub_pg_schema as sql

    name = f"scoped{size}_{uuid.uuid4().hex[:6]}"
    _admin(cluster, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = cluster.url(name)
    conn = sql.connect(url)
    try:
        conn.execute("SET maintenance_work_mem = '256MB'")
        k = world.prefix
        real = conn.execute(
            "SELECT pos, op_id, replica, seq, body, sig, record FROM hub_ops WHERE pos > %s "
            "ORDER BY pos",
            [k],
        ).fetchall()
        tags = conn.execute(
            "SELECT scope_key, tag, pos, role FROM hub_scope_tag WHERE pos > %s ORDER BY tag", [k]
        ).fetchall()
        offset = int(
            conn.execute(
                "SELECT coalesce(max(tag), 0) FROM hub_scope_tag WHERE pos <= %s", [k]
            ).fetchone()[0]
        )
        spread = size - k
        if spread < len(real):
            raise ValueError(f"a hub of {size} ops cannot hold the {len(real)}-op world")
        moved = {int(r[0]): k + 1 + (i * spread) // len(real) for i, r in enumerate(real)}
        with conn.transaction():
            conn.execute("DELETE FROM hub_scope_tag WHERE pos > %s", [k])
            conn.execute("DELETE FROM hub_ops WHERE pos > %s", [k])
            conn.execute("ALTER TABLE hub_scope_tag DROP CONSTRAINT hub_scope_tag_pkey")
        _copy_ops(conn, real, moved, k, size)
        _tag(conn, tags, moved, offset, k)
        with conn.transaction():
            conn.execute(sql.POS_CONTINUE)
            conn.execute("SELECT setval('hub_scope_tag_seq', (SELECT max(tag) FROM hub_scope_tag))")
            conn.execute(
                "INSERT INTO hub_seqs (replica, max_seq) SELECT replica, max(seq) FROM hub_ops "
                "WHERE pos > %s GROUP BY replica ON CONFLICT (replica) DO UPDATE "
                "SET max_seq = GREATEST(hub_seqs.max_seq, excluded.max_seq)",
                [k],
            )
        conn.execute("VACUUM ANALYZE")
    finally:
        conn.close()
    return url


def _copy_ops(conn: Any, real: list[Any], moved: dict[int, int], k: int, size: int) -> None:
    """COPY positions k+1..size: the world's ops at their new positions, synthetic elsewhere."""
    by_new = {moved[int(row[0])]: row for row in real}
    officer = uuid.uuid4().hex
    chains = [uuid.uuid4().hex for _ in range(SYNTH_REPLICAS)]
    tops = dict.fromkeys(chains, "")
    counts = dict.fromkeys(chains, 0)
    columns = "pos, op_id, replica, seq, body, sig, record"
    statement = f"COPY hub_ops ({columns}) FROM STDIN"
    with conn.transaction(), conn.cursor() as cur, cur.copy(statement) as copy:
        lines: list[str] = []
        n = 0
        for pos in range(k + 1, size + 1):
            row = by_new.get(pos)
            if row is not None:
                values = [str(pos), *[_escape(None if v is None else str(v)) for v in row[1:]]]
            else:
                replica = chains[n % SYNTH_REPLICAS]
                n += 1
                counts[replica] += 1
                op_id, body, sig, record = _synthetic(
                    replica, counts[replica], tops[replica], officer
                )
                tops[replica] = op_id
                values = [str(pos), op_id, replica, str(counts[replica]), body, sig, record]
            lines.append("\t".join(values))
            if len(lines) >= COPY_CHUNK:
                copy.write(("\n".join(lines) + "\n").encode("utf-8"))
                lines = []
        if lines:
            copy.write(("\n".join(lines) + "\n").encode("utf-8"))


def _tag(conn: Any, tags: list[Any], moved: dict[int, int], offset: int, k: int) -> None:
    """The world's tag rows at their ops' new positions, then 4–5 tags per synthetic op."""
    rows = []
    rank: dict[int, int] = {}
    for key, _tag_number, pos, role in tags:  # in the template's tag order
        new = moved[int(pos)]
        j = rank.get(new, 0)
        if j >= 16:
            raise ValueError(f"more than 16 tags on the op at {pos}")
        rank[new] = j + 1
        rows.append((key, offset + new * 16 + j, new, role))
    with conn.transaction():
        conn.execute("CREATE TEMP TABLE real_pos (pos bigint PRIMARY KEY) ON COMMIT DROP")
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO real_pos (pos) VALUES (%s)", [(p,) for p in rank])
            cur.executemany(
                "INSERT INTO hub_scope_tag (scope_key, tag, pos, role) VALUES (%s, %s, %s, %s)",
                rows,
            )
        conn.execute(
            "INSERT INTO hub_scope_tag (scope_key, tag, pos, role) "
            "SELECT CASE j WHEN 0 THEN 'basin:s' || (o.pos * 7 %% 200) "
            " WHEN 1 THEN 'agency:s' || (o.pos * 13 %% 300) "
            " WHEN 2 THEN 'region:s' || (o.pos * 17 %% 400) "
            " WHEN 3 THEN 'origin:' || o.replica "
            " ELSE 'region:s' || (o.pos * 17 %% 400) || '-' || (o.pos %% 7) END, "
            " %s::bigint + o.pos * 16 + j, o.pos, 'm' "
            "FROM hub_ops o CROSS JOIN generate_series(0, 4) AS j "
            "WHERE o.pos > %s AND (j < 4 OR o.pos %% 2 = 0) "
            "AND NOT EXISTS (SELECT 1 FROM real_pos r WHERE r.pos = o.pos)",
            [offset, k],
        )
        conn.execute(
            "INSERT INTO hub_scope_member (scope_key, record, role) "
            "SELECT 'basin:s' || (o.pos * 7 %% 200), o.record, 'm' FROM hub_ops o "
            "WHERE o.pos > %s AND NOT EXISTS (SELECT 1 FROM real_pos r WHERE r.pos = o.pos) "
            "ON CONFLICT DO NOTHING",
            [k],
        )
        conn.execute("ALTER TABLE hub_scope_tag ADD PRIMARY KEY (scope_key, tag)")

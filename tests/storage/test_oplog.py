"""The store's single write path: every change is a hash-chained op, applied atomically."""

from __future__ import annotations

import hashlib
import json

import pytest
from store_team import Team

from inspect_app.domain.canonical import canonical_json
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.ops import Change, OpKind
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import findings
from inspect_app.storage.store import Store


def test_pragmas_are_set(store: Store) -> None:
    conn = store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_every_change_is_an_op_with_chain_and_clock(team: Team) -> None:
    store = team.store
    finding = findings.add_finding(
        store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "暗管排放"
    )
    findings.edit_finding(store, team.inspector.id, finding.id, severity="major")
    ops = list(
        store.db.conn.execute("SELECT op_id, replica, seq, prev, hlc, body FROM ops ORDER BY pos")
    )
    assert len(ops) == store.op_count() >= 8
    previous = None
    for seq, (op_id, replica, op_seq, prev, _hlc, body) in enumerate(ops, start=1):
        assert replica == store.replica_id
        assert op_seq == seq
        assert prev == previous
        assert hashlib.sha256(body.encode()).hexdigest() == op_id
        assert canonical_json(json.loads(body)) == body  # stored canonically
        previous = op_id
    hlcs = [row[4] for row in ops]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    history = store.history("finding", finding.id)
    assert [op.kind for op in history] == [OpKind.CREATE, OpKind.SET]
    assert history[1].officer == team.inspector.id
    assert history[1].data == {"severity": "major"}
    assert history[1].deps == (history[0].op_id,)  # it saw the create


def test_floats_never_enter_an_op() -> None:
    with pytest.raises(TypeError, match="float"):
        Change(OpKind.SET, "site", "x", {"latitude": 30.5})


def test_op_log_refuses_update_and_delete(team: Team) -> None:
    conn = team.store.db.conn
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE ops SET body = '{}' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM ops")
    assert team.store.check().ok


def test_a_failed_change_writes_nothing(team: Team) -> None:
    store = team.store
    before = (store.op_count(), store.digest())
    good = Change(OpKind.SET, "site", team.site.id, {"address": "新地址"})
    bad = Change(OpKind.SET, "site", team.site.id, {"credit_code": "91350100M000100Y44"})
    with pytest.raises(ValidationError, match="check"):
        store.write([good, bad], team.lead.id)
    assert (store.op_count(), store.digest()) == before


def test_references_must_exist(team: Team) -> None:
    with pytest.raises(NotFoundError, match="patrol"):
        findings.add_finding(
            team.store, team.lead.id, "00000000-0000-4000-8000-000000000000", "water_outfall"
        )
    with pytest.raises(ValidationError, match="category"):
        findings.add_finding(team.store, team.lead.id, team.patrol.id, "no_such_category")
    with pytest.raises(ValidationError, match="officer"):
        team.store.write([Change(OpKind.SET, "site", team.site.id, {"address": "x"})], None)


def test_withdrawn_finding_is_gone_from_views_but_kept_in_history(team: Team) -> None:
    store = team.store
    finding = findings.add_finding(store, team.lead.id, team.patrol.id, "solid_waste")
    findings.withdraw_finding(store, team.lead.id, finding.id)
    assert finding.id not in findings.finding_ids(store, team.patrol.id)
    with pytest.raises(NotFoundError):
        findings.edit_finding(store, team.lead.id, finding.id, description="late")
    assert [op.kind for op in store.history("finding", finding.id)] == [
        OpKind.CREATE,
        OpKind.WITHDRAW,
    ]


def test_two_connections_to_one_store_keep_one_chain(team: Team) -> None:
    other = Store.open(team.store.data_dir)
    try:
        findings.add_finding(other, team.lead.id, team.patrol.id, "air")
        findings.add_finding(team.store, team.lead.id, team.patrol.id, "soil")
    finally:
        other.close()
    report = team.store.check()
    assert report.ok, report

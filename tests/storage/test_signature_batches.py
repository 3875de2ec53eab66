"""Signature checks on a worker process: the in-process verdicts, whatever the worker does."""

from __future__ import annotations

import multiprocessing
import os
import signal

from store_team import Team

from inspect_app.storage import findings, oplog
from inspect_app.storage.keys import SignatureBatches, verify_chunk
from inspect_app.storage.store import Store


def _items(store: Store) -> list[tuple[str, str, str | None]]:
    rows = store.db.conn.execute("SELECT op_id, sig FROM ops ORDER BY pos").fetchall()
    items: list[tuple[str, str, str | None]] = [(store.public_key, op, sig) for op, sig in rows]
    forged_id = items[2][1]
    items[2] = (store.public_key, forged_id, items[3][2])  # another op's signature
    items[4] = (store.public_key, items[4][1], None)  # no signature at all
    return items


def test_a_worker_process_gives_the_in_process_verdicts(team: Team) -> None:
    items = _items(team.store)
    with SignatureBatches(len(items), parallel_from=1) as batches:
        assert batches.parallel
        ticket = batches.submit(items)
        ticket.future.result()  # the worker's own answer, not one checked here
        verdicts = ticket.verdicts()
    assert verdicts == verify_chunk(items)
    assert [i for i, ok in enumerate(verdicts) if not ok] == [2, 4]


def test_a_dead_worker_is_replaced_by_checking_here(team: Team) -> None:
    items = _items(team.store)
    with SignatureBatches(len(items), parallel_from=1) as batches:
        batches.submit(items[:1]).future.result()  # the worker is up
        for child in multiprocessing.active_children():
            os.kill(child.pid, signal.SIGKILL)
        verdicts = batches.submit(items).verdicts()
    assert [i for i, ok in enumerate(verdicts) if not ok] == [2, 4]


def test_db_check_reports_a_forged_signature_with_the_worker(team: Team) -> None:
    finding = findings.add_finding(team.store, team.lead.id, team.patrol.id, "water_outfall")
    conn = team.store.db.conn
    conn.execute("DROP TRIGGER ops_no_update")
    last = conn.execute("SELECT op_id FROM ops ORDER BY pos DESC LIMIT 1").fetchone()[0]
    conn.execute("UPDATE ops SET sig = ? WHERE op_id = ?", ["00" * 64, last])
    conn.commit()
    keys = {team.store.replica_id: team.store.public_key}
    with SignatureBatches(1, parallel_from=1) as batches:
        breaks = oplog.start_signature_check(team.store.db, keys, batches)()
    assert [(b.op_id, "missing or bad" in b.problem) for b in breaks] == [(last, True)]
    report = team.store.check()
    assert not report.ok and [b.op_id for b in report.chain_breaks] == [last], finding


def test_chunks_the_worker_has_not_started_are_checked_here(team: Team) -> None:
    items = _items(team.store)
    with SignatureBatches(len(items), parallel_from=1) as batches:
        tickets = [batches.submit(items) for _ in range(6)]
        verdicts = [t.verdicts() for t in reversed(tickets)]  # the newest first: not started
        stolen = sum(t.future.cancelled() for t in tickets)
    assert all(v == verify_chunk(items) for v in verdicts)
    assert stolen >= 1  # at most two are handed to the worker ahead of time

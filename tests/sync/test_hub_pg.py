"""The hub on PostgreSQL (issue 15): identity, positions, idempotency, pairing, and the hub sync
tests run a second time against a PostgreSQL hub.

Real PostgreSQL only (``tests/pg_cluster.py``: ``pg_url`` a fresh database per test).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import psycopg
import pytest
from cli_helpers import fail
from hub_fixtures import HUB_ENV, World, make_world

from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage import findings
from inspect_app.storage.store import Store
from inspect_app.sync import conflicts, hub_client, replicas
from inspect_app.sync.hub import Hub, HubError, HubThread
from inspect_app.sync.hub_client import HubSession
from inspect_app.sync.hub_pg import HUB_KEY_FILE, PgHubLog, open_pg_hub
from inspect_app.sync.pairing import PairingDesk, code_proof

ROOT = Path(__file__).resolve().parents[2]
HUB_SYNC_TESTS = (
    "tests/sync/test_hub.py",
    "tests/sync/test_hub_cases.py",
    "tests/sync/test_hub_boundary.py",
    "tests/sync/test_hub_convergence.py",
)
"""The hub sync tests (sync boundary, convergence state machine) run again on PostgreSQL."""


def test_the_hub_sync_tests_pass_against_a_postgresql_hub(pg_cluster: object) -> None:
    """Acceptance: the convergence state machine and the sync-boundary tests, PostgreSQL hub."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *HUB_SYNC_TESTS],
        cwd=ROOT,
        env={**os.environ, HUB_ENV: "postgresql"},
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "skipped" not in done.stdout, done.stdout[-2000:]


@pytest.fixture
def world(tmp_path: Path, pg_url: str) -> World:
    made = make_world(tmp_path, database=pg_url)
    yield made  # type: ignore[misc]
    made.close()


def _other_process(world: World, folder: Path, url: str) -> PgHubLog:
    return open_pg_hub(folder, url, world.hub.data_dir / HUB_KEY_FILE)


def test_a_second_process_adopts_the_identity_and_replays_the_log(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    hub_client.both(world.a, world.url)
    log = _other_process(world, tmp_path / "hub-2", pg_url)
    try:
        cache = log.store
        assert (cache.replica_id, cache.public_key) == (world.hub.replica_id, world.hub.public_key)
        assert cache.box_key.public_key().public_bytes_raw() == (
            world.hub.box_key.public_key().public_bytes_raw()
        )
        assert conflicts.store_digest(cache) == conflicts.store_digest(world.hub)
        assert cache.op_count() == world.hub.op_count()
        assert cache.check().ok
    finally:
        log.close()
        log.store.close()


def test_the_identity_needs_the_hub_key_file_and_an_own_folder(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    with pytest.raises(HubError) as missing:
        open_pg_hub(tmp_path / "hub-2", pg_url, tmp_path / "nowhere.key")
    assert missing.value.keyed_message is not None
    assert missing.value.keyed_message.id == SyncMsg.HUB_KEY_MISSING.id
    wrong = tmp_path / "wrong.key"
    wrong.write_text("ab" * 32 + "\n", encoding="ascii")
    with pytest.raises(HubError) as refused:
        open_pg_hub(tmp_path / "hub-2", pg_url, wrong)
    assert refused.value.keyed_message is not None
    assert refused.value.keyed_message.id == SyncMsg.HUB_KEY_WRONG.id
    # a folder holding a laptop's store is not this hub's cache
    with pytest.raises(HubError) as other:
        open_pg_hub(world.a.data_dir, pg_url, world.hub.data_dir / HUB_KEY_FILE)
    assert other.value.keyed_message is not None
    assert other.value.keyed_message.id == SyncMsg.HUB_CACHE_OTHER.id


def test_the_identity_is_sealed_in_the_database(world: World, pg_url: str) -> None:
    secret = world.hub.db.conn.execute(
        "SELECT value FROM meta WHERE key = 'replica_private_key'"
    ).fetchone()[0]
    with psycopg.connect(pg_url) as conn:
        replica, public, sealed = conn.execute(
            "SELECT replica_id, public_key, sealed FROM hub_identity"
        ).fetchone()
    assert (replica, public) == (world.hub.replica_id, world.hub.public_key)
    assert secret.encode() not in bytes(sealed) and bytes.fromhex(secret) not in bytes(sealed)


def test_pull_cursors_never_skip_an_op_committed_late(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    """Two processes commit pushes at once while a reader pages ``GET /ops``: it sees each once."""
    hub_client.both(world.a, world.url)
    hub_client.both(world.b, world.url)
    log1: PgHubLog = world.server.hub.log  # type: ignore[assignment]
    log2 = _other_process(world, tmp_path / "hub-2", pg_url)
    hub2 = Hub(log2.store, hub_log=log2)
    try:
        for store, officer in ((world.a, world.lead), (world.b, world.inspector)):
            finding = findings.add_finding(store, officer, world.patrol, "air", world.site, "废水")
            for i in range(60):
                findings.edit_finding(store, officer, finding.id, description=f"第{i}次")
        seen: list[str] = []
        stop = threading.Event()

        def read() -> None:
            after, after_op = 0, None
            while True:
                last_round = stop.is_set()
                page = log1.ops_after(after, after_op, 7)
                seen.extend(op["body"] for op in page["ops"])
                after, after_op = page["next"], page["next_op"]
                if last_round and not page["more"]:
                    return

        def push(store: Store, hub: Hub) -> None:
            rows = store.db.conn.execute(
                "SELECT body, sig FROM ops WHERE replica = ? ORDER BY seq", [store.replica_id]
            ).fetchall()
            for start in range(0, len(rows), 5):  # many small transactions
                batch = [(str(b), s) for b, s in rows[start : start + 5]]
                hub.apply_ops(store.replica_id, uuid.uuid4().hex, uuid.uuid4().hex, batch)

        reader = threading.Thread(target=read)
        reader.start()
        pushers = [
            threading.Thread(target=push, args=(world.a, world.server.hub)),
            threading.Thread(target=push, args=(world.b, hub2)),
        ]
        for thread in pushers:
            thread.start()
        for thread in pushers:
            thread.join(120)
        stop.set()
        reader.join(60)
        with psycopg.connect(pg_url) as conn:
            held = [r[0] for r in conn.execute("SELECT body FROM hub_ops ORDER BY pos")]
        assert len(seen) == len(set(seen)) == len(held)
        assert set(seen) == set(held)
    finally:
        hub2.close()
        log2.store.close()


def test_a_retried_push_gets_its_answer_from_the_other_process(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    hub_client.both(world.a, world.url)
    findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "扬尘")
    entries = [
        (str(b), s)
        for b, s in world.a.db.conn.execute(
            "SELECT body, sig FROM ops WHERE replica = ? ORDER BY seq", [world.a.replica_id]
        )
    ]
    log2 = _other_process(world, tmp_path / "hub-2", pg_url)
    server2 = HubThread(log2.store, hub_log=log2).start()
    try:
        key = uuid.uuid4().hex
        with HubSession(world.a, world.url) as session:
            session.hello()
            first = session.post_ops(entries, key)
        with HubSession(world.a, server2.url) as session:
            session.hello()
            again = session.post_ops(entries, key)
        assert first["accepted"] == 1 and first["replayed"] is False
        assert {**again, "replayed": False} == first and again["replayed"] is True
        with psycopg.connect(pg_url) as conn:
            (replies,) = conn.execute("SELECT count(*) FROM hub_replies").fetchone()
        assert replies >= 1
    finally:
        server2.stop()
        log2.store.close()


def test_pairing_opened_on_one_process_completes_on_the_other(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    hub_client.both(world.a, world.url)  # the lead is known on the hub
    log1: PgHubLog = world.server.hub.log  # type: ignore[assignment]
    log2 = _other_process(world, tmp_path / "hub-2", pg_url)
    new = Store.open(tmp_path / "new-laptop")
    try:
        desk1 = PairingDesk(time.time, log1.pairing_slots(), log1.own_write)
        desk2 = PairingDesk(time.time, log2.pairing_slots(), log2.own_write)
        slot = desk1.open(world.hub, world.a.replica_id, world.lead)
        with psycopg.connect(pg_url) as conn:
            stored = conn.execute("SELECT code_hash, code_sealed FROM hub_pairing").fetchall()
        assert len(stored) == 1
        assert slot.code not in stored[0][0] and slot.code.encode() not in bytes(stored[0][1])
        with pytest.raises(InspectError):  # a wrong code is counted in the database
            desk2.pair(log2.store, "0" * 64, new.replica_id, new.public_key, "新电脑")
        proof = code_proof(slot.code, new.replica_id, new.public_key)
        desk2.pair(log2.store, proof, new.replica_id, new.public_key, "新电脑")
        state = desk1.state(slot.slot, world.a.replica_id)
        assert state["state"] == "paired" and state["replica"] == new.replica_id
        # the enrolment (an op of the hub's own chain, written by process 2) reached process 1
        log1.catch_up()
        assert world.server.hub.key_of(new.replica_id) == new.public_key
        replicas.enroll(new, None, world.hub.replica_id, world.hub.public_key, "office hub")
        hub_client.pull(new, world.url)
        assert new.exists("officer", world.lead)
    finally:
        new.close()
        log2.close()
        log2.store.close()


def test_hub_serve_with_an_unreachable_database_says_so(tmp_path: Path) -> None:
    line = fail(
        tmp_path / "hub",
        "hub",
        "serve",
        "--database",
        "postgresql://hub:secret@127.0.0.1:1/inspect?connect_timeout=2",
        "--port",
        "0",
    )
    assert "postgresql://hub@127.0.0.1:1/inspect" in line and "secret" not in line


def test_commits_the_database_lost_are_pushed_again_and_healed(world: World, pg_url: str) -> None:
    """A failover to a standby that lacked the last commits (or a restore): the frontier comes
    from PostgreSQL, so the laptop pushes those ops again, and the hub writes them back."""
    for store in (world.a, world.b):
        hub_client.both(store, world.url)
    top = world.a.db.conn.execute(
        "SELECT max(seq) FROM ops WHERE replica = ?", [world.a.replica_id]
    ).fetchone()[0]
    finding = findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "废水")
    for i in range(4):
        findings.edit_finding(world.a, world.lead, finding.id, description=f"第{i}次")
    assert hub_client.push(world.a, world.url)["ok"]
    with psycopg.connect(pg_url) as conn:  # the last commit is lost
        conn.execute(
            "DELETE FROM hub_ops WHERE replica = %s AND seq > %s", [world.a.replica_id, top]
        )
        conn.execute(
            "UPDATE hub_seqs SET max_seq = %s WHERE replica = %s", [top, world.a.replica_id]
        )
        conn.execute("DELETE FROM hub_replies")
    assert hub_client.both(world.a, world.url)["ok"]  # pushed again: written back
    with psycopg.connect(pg_url) as conn:
        (held,) = conn.execute(
            "SELECT count(*) FROM hub_ops WHERE replica = %s AND seq > %s",
            [world.a.replica_id, top],
        ).fetchone()
    assert held == 5
    _ = _no_duplicate_ops(pg_url)
    for store in (world.b, world.a):
        assert hub_client.both(store, world.url)["ok"]
    assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
    assert world.b.exists("finding", finding.id)


def _no_duplicate_ops(url: str) -> int:
    with psycopg.connect(url) as conn:
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT op_id) FROM hub_ops"
        ).fetchone()
    assert total == distinct
    return int(total)


def test_a_rebuilt_cache_writes_the_hubs_own_ops_whatever_marks_its_folder_had(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    """A restore leaves the database behind the hub's own newest op as a process last wrote it.

    A laptop's high-water mark would take that for a copied identity and block its writes; a
    hub cache keeps none: the database's log, read under the own-write lock, is the memory of
    the hub's chain (hub_pg_cache.CacheStore).
    """
    from inspect_app.storage.high_water import HighWater

    hub_client.both(world.a, world.url)  # the lead is known on the hub
    folder = tmp_path / "hub-2"
    # a mark far ahead of anything in the database, as a process wrote it before a restore
    HighWater(folder).mark(world.hub.replica_id, 10**6, "f" * 32)
    log2 = _other_process(world, folder, pg_url)
    new = Store.open(tmp_path / "new-laptop")
    try:
        assert log2.store.write_block() is None  # the hub's own log writes here
        desk = PairingDesk(time.time, log2.pairing_slots(), log2.own_write)
        slot = desk.open(log2.store, world.a.replica_id, world.lead)
        proof = code_proof(slot.code, new.replica_id, new.public_key)
        desk.pair(log2.store, proof, new.replica_id, new.public_key, "新电脑")  # an own write
        log2.catch_up()
        assert log2.store.exists("replica", new.replica_id)
    finally:
        new.close()
        log2.close()
        log2.store.close()


def test_a_hub_process_folder_takes_no_change_but_through_the_database(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    """A command run on a cache folder would write to that cache only, never to PostgreSQL."""
    folder = tmp_path / "hub-2"
    _other_process(world, folder, pg_url).close()
    opened = Store.open(folder)  # as any command line command opens its data folder
    try:
        with pytest.raises(InspectError) as refused:
            replicas.enroll(opened, None, "ab" * 16, "cd" * 32, "laptop Z")
        assert refused.value.keyed_message is not None
        assert refused.value.keyed_message.id == StoreMsg.STORE_WRITING_STOPPED.id
        reason = refused.value.keyed_message.params["reason"]
        assert getattr(reason, "id", None) == SyncMsg.HUB_CACHE_WRITES_STOPPED.id
    finally:
        opened.close()
    # served without its database, the folder would keep the laptops' pushes to itself
    env = {k: v for k, v in os.environ.items() if k != HUB_ENV}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "inspect_app",
            "--data-dir",
            str(folder),
            "hub",
            "serve",
            "--port",
            "0",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode != 0
    assert "--database" in done.stderr and "Traceback" not in done.stderr


def test_two_processes_never_share_one_folder(world: World, tmp_path: Path, pg_url: str) -> None:
    """Two processes on one cache folder would both catch it up and write it: the second is
    refused while the first holds it, and starts once the first has stopped."""
    folder = tmp_path / "hub-2"
    first = _other_process(world, folder, pg_url)
    try:
        with pytest.raises(HubError) as refused:
            _other_process(world, folder, pg_url)
        assert refused.value.keyed_message is not None
        assert refused.value.keyed_message.id == SyncMsg.HUB_FOLDER_IN_USE.id
    finally:
        first.close()
        first.store.close()
    again = _other_process(world, folder, pg_url)
    again.close()
    again.store.close()

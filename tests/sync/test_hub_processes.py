"""Several hub processes on one PostgreSQL database (issue 15, "Several hub processes at once").

Two hubs with their own projection caches serve one database: laptops pushing and pulling to
either, at random and at the same time, end with equal digests, PostgreSQL holds each op once,
and ``db check`` is green on every laptop. A push cut by a hub process killed before or after
its commit, retried with the same Idempotency-Key on the OTHER process, is applied exactly once.
"""

from __future__ import annotations

import contextlib
import os
import random
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import psycopg
import pytest
from hub_fixtures import World, make_world

from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.storage import findings
from inspect_app.storage.store import Store
from inspect_app.sync import conflicts, hub_client, replicas
from inspect_app.sync.hub import HubThread
from inspect_app.sync.hub_client import HubSession
from inspect_app.sync.hub_pg import HUB_KEY_FILE, TEST_KILL_ENV, PgHubLog, open_pg_hub


def _second_hub(world: World, folder: Path, url: str) -> tuple[PgHubLog, HubThread]:
    """Another hub process's state: its own empty cache, the first one's key file."""
    log = open_pg_hub(folder, url, world.hub.data_dir / HUB_KEY_FILE)
    return log, HubThread(log.store, hub_log=log).start()


def _sync(store: Store, url: str, errors: list[BaseException]) -> None:
    """``both`` with the hub at ``url``; a failure is kept in ``errors`` (threads)."""
    try:
        hub_client.both(store, url)
    except (InspectError, AssertionError) as exc:
        errors.append(exc)


def _no_duplicates(url: str) -> int:
    with psycopg.connect(url) as conn:
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT op_id) FROM hub_ops"
        ).fetchone()
        twice = conn.execute(
            "SELECT replica, seq FROM hub_ops GROUP BY replica, seq HAVING count(*) > 1"
        ).fetchall()
    assert total == distinct and twice == [], (total, distinct, twice)
    return int(total)


def test_laptops_syncing_with_two_hub_processes_at_random_converge(
    tmp_path: Path, pg_url: str
) -> None:
    world = make_world(tmp_path, database=pg_url)
    log2, server2 = _second_hub(world, tmp_path / "hub-2", pg_url)
    c = Store.open(tmp_path / "laptop-c")
    try:
        assert log2.store.replica_id == world.hub.replica_id  # the identity adopted
        hub_client.both(world.a, world.url)
        hub_client.both(world.b, server2.url)
        # the hub's own write made by process 2 (an enrolment), after process 1's own writes
        replicas.enroll(log2.store, world.lead, c.replica_id, c.public_key, "laptop C")
        replicas.enroll(c, None, world.hub.replica_id, world.hub.public_key, "office hub")
        hub_client.pull(c, world.url)  # process 1 learns the enrolment from PostgreSQL
        laptops = {
            "a": (world.a, world.lead),
            "b": (world.b, world.inspector),
            "c": (c, world.lead),
        }
        urls = [world.url, server2.url]
        rng = random.Random(15)
        made: list[str] = []
        for _round in range(6):
            for store, officer in laptops.values():
                for _ in range(rng.randint(1, 4)):
                    here = [f for f in made if store.exists("finding", f)]
                    if here and rng.random() < 0.5:
                        # refused while concurrent edits left an open conflict on the field
                        with contextlib.suppress(ValidationError):
                            findings.edit_finding(
                                store, officer, rng.choice(here), description=uuid.uuid4().hex[:8]
                            )
                    else:
                        made.append(
                            findings.add_finding(
                                store, officer, world.patrol, "air", world.site, "废水"
                            ).id
                        )
            errors: list[BaseException] = []
            threads = [
                threading.Thread(target=_sync, args=(store, rng.choice(urls), errors))
                for store, _ in laptops.values()
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            assert not errors, errors
        for _ in range(2):
            for store, _officer in laptops.values():
                for url in urls:
                    hub_client.both(store, url)
        world.server.hub.log.catch_up()  # type: ignore[attr-defined]
        log2.catch_up()
        digests = {conflicts.store_digest(s) for s in (world.a, world.b, c, world.hub, log2.store)}
        assert len(digests) == 1
        count = _no_duplicates(pg_url)
        assert count == world.hub.op_count() == log2.store.op_count()
        for store, _ in laptops.values():
            assert store.check().ok
        with psycopg.connect(pg_url) as conn:  # how far each laptop pulled, from any process
            pulled = dict(conn.execute("SELECT replica, pos FROM hub_pulls").fetchall())
        assert {s.replica_id for s, _ in laptops.values()} <= set(pulled)
    finally:
        server2.stop()
        log2.store.close()
        c.close()
        world.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _hub_process(
    folder: Path, url: str, key: Path, env: dict[str, str]
) -> tuple[subprocess.Popen[bytes], str]:
    """``inspect-app hub serve --database`` in a subprocess; waits until ``/hello`` answers."""
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "inspect_app",
            "--data-dir",
            str(folder),
            "hub",
            "serve",
            "--database",
            url,
            "--hub-key",
            str(key),
            "--port",
            str(port),
        ],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **env},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(proc.stderr.read().decode() if proc.stderr else "hub exited")
        try:
            if httpx.get(f"{base}/hello", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise AssertionError("the hub process did not start")


@pytest.mark.parametrize("step", ["before_commit", "after_commit"])
def test_a_push_cut_by_a_killed_hub_process_is_applied_once_by_the_other(
    tmp_path: Path, pg_url: str, step: str
) -> None:
    world = make_world(tmp_path, database=pg_url)
    try:
        hub_client.both(world.a, world.url)
        finding = findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "扬尘")
        for i in range(30):
            findings.edit_finding(world.a, world.lead, finding.id, description=f"第{i}次")
        seq0 = int(
            world.hub.db.conn.execute(
                "SELECT max(seq) FROM ops WHERE replica = ?", [world.a.replica_id]
            ).fetchone()[0]
        )
        entries = [
            (str(b), s)
            for b, s in world.a.db.conn.execute(
                "SELECT body, sig FROM ops WHERE replica = ? AND seq > ? ORDER BY seq",
                [world.a.replica_id, seq0],
            )
        ]
        assert len(entries) == 31
        proc, base = _hub_process(
            tmp_path / "hub-p", pg_url, world.hub.data_dir / HUB_KEY_FILE, {TEST_KILL_ENV: step}
        )
        key = uuid.uuid4().hex
        try:
            with (
                HubSession(world.a, base) as session,
                pytest.raises((InspectError, httpx.HTTPError)),
            ):
                session.hello()
                session.post_ops(entries, key)
            assert proc.wait(timeout=30) == -9  # killed mid-push, as the test hook says
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        with HubSession(world.a, world.url) as session:
            session.hello()
            report = session.post_ops(entries, key)
        assert report["accepted"] == 31 and not report["quarantined"]
        assert report["replayed"] is (step == "after_commit")
        with psycopg.connect(pg_url) as conn:
            held = conn.execute(
                "SELECT count(*) FROM hub_ops WHERE replica = %s AND seq > %s",
                [world.a.replica_id, seq0],
            ).fetchone()[0]
        assert held == 31
        _no_duplicates(pg_url)
        for store in (world.a, world.b, world.a):
            hub_client.both(store, world.url)
        assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
        assert world.a.check().ok and world.b.check().ok
    finally:
        world.close()

"""``hub migrate``: an office's SQLite hub into PostgreSQL, verified (issue 15).

Real stores (encrypted), real fixture photos, a real hub on 127.0.0.1 before and after, a real
PostgreSQL (the ``pg_url`` fixture of ``tests/pg_cluster.py``), the command line as a user runs
it (a subprocess).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run
from fixture_photos import photo_path
from hub_fixtures import World, add_finding_with_photos, edit_many, make_world

from inspect_app.domain.errors import InspectError
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client, replicas
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync.conflicts import store_digest
from inspect_app.sync.hub import HubThread
from inspect_app.sync.hub_blobs import open_hub_blobs, shared_blobs_key
from inspect_app.sync.hub_pg import TEST_KILL_ENV, open_pg_hub

PHOTOS = ["exifpy_gps_DSCN0010.jpg", "recurser_Portrait_8.jpg"]


def _synced_world(folder: Path) -> World:
    """A hub that laptops A and B synced with: A's finding with photos, B's edits of it."""
    w = make_world(folder)
    finding = add_finding_with_photos(w.a, w.lead, w.patrol, w.site, PHOTOS)
    assert hub_client.push(w.a, w.url)["ok"]
    assert hub_client.pull(w.b, w.url)["ok"]
    edit_many(w.b, w.inspector, finding, 3)
    assert hub_client.push(w.b, w.url)["ok"]
    assert hub_client.pull(w.a, w.url)["ok"]
    return w


def _stop_hub(w: World) -> Path:
    """Stop the SQLite hub and close its store; its folder (the migration's source)."""
    w.server.stop()
    folder = w.hub.data_dir
    w.hub.close()
    return folder


def _migrate(data: Path, source: Path, url: str, *extra: str, expect: int = 0) -> dict:
    result = run(
        data, "--json", "hub", "migrate", "--from", str(source), "--to", url, *extra, expect=expect
    )
    out = json.loads(result.stdout)
    out["_stderr"] = result.stderr
    return out


def _pg(url: str, statement: str) -> list[tuple]:
    conn = sql.connect(url)
    try:
        return conn.execute(statement).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("shared", [False, True], ids=["own-photos", "shared-blobs"])
def test_a_migrated_hub_serves_the_same_laptops_on_postgresql(
    tmp_path: Path, pg_url: str, shared: bool
) -> None:
    """Laptops A and B synced with an office hub; it moves to PostgreSQL (photos into the
    first process's folder, or into a folder shared by the hub processes: ``--blobs``); the
    laptops go on pushing and pulling, from their cursors, without re-enrolling."""
    w = _synced_world(tmp_path)
    try:
        hub_id = w.hub.replica_id
        cursors = {s.replica_id: hub_client.cursor_of(s, hub_id) for s in (w.a, w.b)}
        source = _stop_hub(w)
        with Store.open(source) as hub:
            before = store_digest(hub)
            op_count, shas = hub.op_count(), hub.blobs.stored()
        data = tmp_path / "pg-hub"
        shared_dir = tmp_path / "shared-photos"
        out = _migrate(data, source, pg_url, *(["--blobs", str(shared_dir)] if shared else []))
        assert out["replica_id"] == hub_id and out["ops"] == op_count
        assert out["photos"] == len(shas) == len(PHOTOS) and out["photos_copied"] == len(PHOTOS)
        assert out["digest"] == before and out["message"]["message_id"] == "hub.migrate_done"
        assert "copying ops" in out["_stderr"] and "verifying" in out["_stderr"]
        # every op at its SQLite position: the laptops' cursors name the same op in PostgreSQL
        for after, after_op in cursors.values():
            rows = _pg(pg_url, f"SELECT op_id FROM hub_ops WHERE pos = {int(after)}")
            assert rows == [(after_op,)]
        assert _pg(pg_url, "SELECT count(*) FROM hub_ops") == [(op_count,)]
        # the office hub's folder never serves or writes again: it would fork the hub's chain
        from inspect_app.sync.hub_pg_cache import moved_to

        with Store.open(source) as old:
            assert moved_to(old) is not None and old.write_block() is not None
            with pytest.raises(InspectError):
                replicas.enroll(old, None, "ab" * 16, "cd" * 32, "laptop Z")

        log = open_pg_hub(data, pg_url)  # the first process: the cache the migration made
        # as `hub serve --database URL [--blobs DIR]` opens them
        blobs = open_hub_blobs(str(shared_dir), data, shared_blobs_key(log.key)) if shared else None
        assert (not shared) or blobs is not None and blobs.present(shas) == shas
        server = HubThread(log.store, hub_log=log, blobs=blobs).start()
        try:
            url = server.url
            new = add_finding_with_photos(
                w.a, w.lead, w.patrol, w.site, ["exifpy_nokia_8_3_gps.jpg"], "废水"
            )
            pushed = hub_client.push(w.a, url)
            assert pushed["ok"] and pushed["accepted"] > 0 and pushed["photos_sent"] == 1
            pulled = hub_client.pull(w.b, url)
            assert pulled["ok"] and not pulled["cursor_reset"] and pulled["accepted"] > 0
            edit_many(w.b, w.inspector, new, 2)
            assert hub_client.push(w.b, url)["ok"]
            again = hub_client.pull(w.a, url)
            assert again["ok"] and not again["cursor_reset"]
            assert hub_client.pull(w.b, url)["ok"]
            sha = w.a.db.conn.execute(
                "SELECT photo_id FROM finding_photos WHERE finding_id = ?", [new]
            ).fetchone()[0]
            assert w.b.blobs.read_bytes(sha) == photo_path("exifpy_nokia_8_3_gps.jpg").read_bytes()
            assert store_digest(w.a) == store_digest(w.b) == store_digest(log.store)
            assert w.a.check().ok and w.b.check().ok
            c = Store.open(tmp_path / "laptop-c")  # a laptop joining now gets the old photos
            try:
                replicas.enroll(c, None, hub_id, log.store.public_key, "office hub")
                replicas.enroll(w.a, w.lead, c.replica_id, c.public_key, "laptop C")
                assert hub_client.push(w.a, url)["ok"]
                assert hub_client.pull(c, url)["ok"]
                for old in shas:
                    assert c.blobs.verify(old)
            finally:
                c.close()
        finally:
            server.stop()
            log.store.close()
    finally:
        w.a.close()
        w.b.close()


def test_a_database_that_holds_a_hub_is_refused_and_the_first_checks_out(
    tmp_path: Path, pg_url: str
) -> None:
    first = _synced_world(tmp_path / "one")
    other = make_world(tmp_path / "two")
    try:
        source = _stop_hub(first)
        done = _migrate(tmp_path / "pg-one", source, pg_url)
        held = _pg(pg_url, "SELECT pos, op_id FROM hub_ops ORDER BY pos")
        identity = _pg(pg_url, "SELECT replica_id, sealed FROM hub_identity")
        out = _migrate(tmp_path / "pg-two", _stop_hub(other), pg_url, expect=1)
        assert out["message_id"] == "hub.migrate_target_not_empty"
        assert first.hub.replica_id in out["error"]
        assert _pg(pg_url, "SELECT pos, op_id FROM hub_ops ORDER BY pos") == held
        assert _pg(pg_url, "SELECT replica_id, sealed FROM hub_identity") == identity
        assert not (tmp_path / "pg-two" / "inspect.sqlite3").exists()
        # the finished migration checks out, and checking writes nothing
        checked = _migrate(tmp_path / "pg-one", source, pg_url, "--check")
        assert checked["message"]["message_id"] == "hub.migrate_checked"
        assert checked["digest"] == done["digest"] and checked["ops"] == done["ops"]
        assert _pg(pg_url, "SELECT pos, op_id FROM hub_ops ORDER BY pos") == held
    finally:
        for store in (first.a, first.b, other.a, other.b):
            store.close()


def test_a_wrong_passphrase_for_the_source_writes_nothing(tmp_path: Path, pg_url: str) -> None:
    w = make_world(tmp_path)
    try:
        source = _stop_hub(w)
        wrong = tmp_path / "wrong.txt"
        wrong.write_text("not the passphrase of this hub\n", encoding="utf-8")
        data = tmp_path / "pg-hub"
        out = _migrate(data, source, pg_url, "--store-passphrase-file", str(wrong), expect=1)
        assert out["message_id"] == "protection.wrong_passphrase", out
        assert _pg(pg_url, "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'hub%'") == [(0,)]
        assert not data.exists()
    finally:
        w.a.close()
        w.b.close()


def test_a_migration_killed_midway_is_run_again(tmp_path: Path, pg_url: str) -> None:
    """SIGKILL after the first photo, then before the log's commit: each time the database
    holds no hub, and running the command again finishes the job (photos already copied are
    skipped: resumed; the log is written again from the start: restarted)."""
    w = _synced_world(tmp_path)
    try:
        source = _stop_hub(w)
        data = tmp_path / "pg-hub"
        args = ["hub", "migrate", "--from", str(source), "--to", pg_url]
        for step in ("migrate_photo", "migrate_before_commit"):
            killed = run(data, *args, expect=-9, env={TEST_KILL_ENV: step})
            assert step == "migrate_photo" or "copying ops" in killed.stderr
            assert _pg(pg_url, "SELECT count(*) FROM hub_ops") == [(0,)]
            assert _pg(pg_url, "SELECT count(*) FROM hub_identity") == [(0,)]
        out = _migrate(data, source, pg_url)
        assert out["photos"] == len(PHOTOS) and out["photos_copied"] == 0
        assert out["message"]["message_id"] == "hub.migrate_done"
        with Store.open(source) as hub:
            assert out["ops"] == hub.op_count() and out["digest"] == store_digest(hub)
    finally:
        w.a.close()
        w.b.close()


def test_no_store_or_no_postgresql_address_is_refused(tmp_path: Path, pg_url: str) -> None:
    empty = tmp_path / "nothing-here"
    empty.mkdir()
    out = _migrate(tmp_path / "pg-hub", empty, pg_url, expect=1)
    assert out["message_id"] == "hub.migrate_no_source"
    assert not any(empty.iterdir())
    w = make_world(tmp_path / "w")
    try:
        source = _stop_hub(w)
        bad = _migrate(tmp_path / "pg-hub", source, "mysql://hub@10.0.0.7/inspect", expect=1)
        assert bad["message_id"] == "hub.migrate_bad_target"
        assert not (tmp_path / "pg-hub").exists()
    finally:
        w.a.close()
        w.b.close()

"""The province hub attacked by a hostile peer and a careless operator (issue 15, helper B7).

Real PostgreSQL (``pg_url``), real S3 (moto, ``s3_bucket``), real hubs on 127.0.0.1. Each test
says what an attacker or operator does and what the hub must answer: forged and replayed
pushes, reused Idempotency-Keys, foreign or absurd pull cursors, SQL-ish strings in every field
that reaches PostgreSQL, wrong hub key files, racing first starts, PostgreSQL stopped while a
push is in flight, and photos altered in the bucket.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import psycopg
import pytest
from fixture_photos import photo_path
from hub_fixtures import World, add_finding_with_photos, make_world
from s3_server import ACCESS_KEY, REGION, SECRET_KEY, S3Bucket

from inspect_app.cli.messages import render
from inspect_app.domain.messages import CHINESE, Message
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage import findings
from inspect_app.sync import conflicts, hub_client
from inspect_app.sync.hub import HubError, HubThread
from inspect_app.sync.hub_blobs import BlobsUnavailableError, open_hub_blobs
from inspect_app.sync.hub_client import HubSession, HubSyncError
from inspect_app.sync.hub_pg import HUB_KEY_FILE, PgHubLog, open_pg_hub

SQLISH = "x'); DROP TABLE hub_ops; --"


@pytest.fixture
def world(tmp_path: Path, pg_url: str) -> Iterator[World]:
    made = make_world(tmp_path, database=pg_url)
    yield made
    made.close()


def _entries(store: Any, after_seq: int = 0) -> list[tuple[str, str]]:
    """``store``'s own ops past ``after_seq``, as a push sends them."""
    return [
        (str(b), str(s))
        for b, s in store.db.conn.execute(
            "SELECT body, sig FROM ops WHERE replica = ? AND seq > ? ORDER BY seq",
            [store.replica_id, after_seq],
        )
    ]


def _hub_ops(url: str) -> tuple[int, int]:
    """(rows, distinct op ids) of ``hub_ops``; asserts no (replica, seq) is held twice."""
    with psycopg.connect(url) as conn:
        total, distinct = conn.execute(
            "SELECT count(*), count(DISTINCT op_id) FROM hub_ops"
        ).fetchone()
        twice = conn.execute(
            "SELECT replica, seq FROM hub_ops GROUP BY replica, seq HAVING count(*) > 1"
        ).fetchall()
    assert twice == []
    return int(total), int(distinct)


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    return {str(r[0]) for r in rows}


# -- forged and replayed pushes ---------------------------------------------------------------
def test_a_laptop_relaying_anothers_ops_with_one_byte_changed_gets_them_quarantined(
    world: World, pg_url: str
) -> None:
    """B pushes A's ops, one body altered: the altered op is never in the log anyone pulls."""
    findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "废气")
    entries = _entries(world.a)
    body, sig = entries[-1]
    forged = body.replace("废气", "废水")
    assert forged != body
    with HubSession(world.b, world.url) as session:
        session.hello()
        report = session.post_ops([*entries[:-1], (forged, sig)], uuid.uuid4().hex)
    assert report["quarantined"], report
    forged_id = hashlib.sha256(forged.encode()).hexdigest()
    with psycopg.connect(pg_url) as conn:
        in_log = conn.execute("SELECT count(*) FROM hub_ops WHERE op_id = %s", [forged_id])
        assert in_log.fetchone()[0] == 0
    # the genuine op still reaches the hub later, from A itself
    assert hub_client.both(world.a, world.url)["ok"]
    hub_client.both(world.b, world.url)
    hub_client.both(world.a, world.url)  # a second round: B's and the hub's ops reach A
    with psycopg.connect(pg_url) as conn:
        genuine = hashlib.sha256(body.encode()).hexdigest()
        assert conn.execute("SELECT count(*) FROM hub_ops WHERE op_id = %s", [genuine]).fetchone()
        assert conn.execute("SELECT count(*) FROM hub_forks").fetchone()[0] == 0  # A not forked
    assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
    total, distinct = _hub_ops(pg_url)
    assert total == distinct == world.hub.op_count()


def test_a_reused_idempotency_key_with_another_body_is_not_answered_with_the_first_reply(
    world: World, pg_url: str
) -> None:
    """Same key, different body: the second batch is judged, not replayed as the first."""
    hub_client.both(world.a, world.url)
    seq0 = max(int(json.loads(b)["seq"]) for b, _ in _entries(world.a))
    findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "一")
    first = _entries(world.a, seq0)
    findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "二")
    second = _entries(world.a, seq0)[len(first) :]
    key = "k" + SQLISH.replace(" ", "_")  # SQL-ish, ASCII, a valid header
    with HubSession(world.a, world.url) as session:
        session.hello()
        one = session.post_ops(first, key)
        two = session.post_ops(second, key)
        again = session.post_ops(second, key)
    assert one["accepted"] == len(first) and not one.get("replayed")
    assert two["accepted"] == len(second) and not two.get("replayed")
    assert again["replayed"] is True and again["accepted"] == len(second)
    total, distinct = _hub_ops(pg_url)
    assert total == distinct
    assert "hub_ops" in _tables(pg_url)


def test_the_same_push_sent_to_two_processes_at_once_is_recorded_once(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    hub_client.both(world.a, world.url)
    seq0 = max(int(json.loads(b)["seq"]) for b, _ in _entries(world.a))
    finding = findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, "尘")
    for i in range(20):
        findings.edit_finding(world.a, world.lead, finding.id, description=f"第{i}次")
    entries = _entries(world.a, seq0)
    log2 = open_pg_hub(tmp_path / "hub-2", pg_url, world.hub.data_dir / HUB_KEY_FILE)
    server2 = HubThread(log2.store, hub_log=log2).start()
    key = uuid.uuid4().hex
    answers: list[dict[str, Any]] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def push(url: str) -> None:
        try:
            with HubSession(world.a, url) as session:
                session.hello()
                barrier.wait(30)
                answers.append(session.post_ops(entries, key))
        except BaseException as exc:  # noqa: BLE001 - kept for the assertion
            errors.append(exc)

    try:
        threads = [
            threading.Thread(target=push, args=(u,))
            for u in (world.url, server2.url, world.url, server2.url)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not errors, errors
        assert len(answers) == 4
        assert sum(1 for a in answers if not a.get("replayed")) == 1, answers
        assert {a["accepted"] for a in answers} == {len(entries)}
        total, distinct = _hub_ops(pg_url)
        log2.catch_up()
        world.server.hub.log.catch_up()  # type: ignore[attr-defined]
        assert total == distinct == world.hub.op_count() == log2.store.op_count()
    finally:
        server2.stop()
        log2.store.close()


# -- pull cursors -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "params",
    [
        {"after": "-1"},
        {"after": "1e3"},
        {"after": SQLISH},
        {"limit": "-5"},
        {"after": "0", "after_op": SQLISH},
        {"after": "0", "after_op": "A" * 64},
    ],
)
def test_an_absurd_pull_cursor_is_a_keyed_400(
    world: World, pg_url: str, params: dict[str, str]
) -> None:
    hub_client.both(world.a, world.url)
    with HubSession(world.a, world.url) as session:
        session.hello()
        response = session.request("GET", "/ops", params=params, expect=(400,))
    assert response.json().get("keyed")
    assert {"hub_ops", "hub_replies"} <= _tables(pg_url)


@pytest.mark.parametrize("after", [10**6, 10**30, 2**63 - 1, 2**63, 2**64 + 5])
def test_a_cursor_beyond_the_log_is_a_cursor_mismatch_not_a_503(world: World, after: int) -> None:
    """A position past the end (or past PostgreSQL's bigint) is a 409: the laptop pulls anew."""
    hub_client.both(world.a, world.url)
    with HubSession(world.a, world.url) as session:
        session.hello()
        response = session.request(
            "GET", "/ops", params={"after": str(after)}, expect=(200, 400, 409)
        )
    assert response.status_code in (400, 409), response.text


def test_a_cursor_from_another_hub_is_refused_and_the_laptop_pulls_from_the_start(
    world: World, tmp_path: Path, pg_cluster: Any
) -> None:
    """A's cursor of hub 1 sent to hub 2 (another database): 409, then a full pull converges."""
    hub_client.both(world.a, world.url)
    hub_client.both(world.b, world.url)
    with HubSession(world.a, world.url) as session:
        session.hello()
        page = session.get_ops(0, None, 1000)
    assert page is not None and page["ops"]
    other = make_world(tmp_path / "other", database=pg_cluster.new_database("other"))
    try:
        with HubSession(other.a, other.url) as session:
            session.hello()
            assert session.get_ops(int(page["next"]), str(page["next_op"]), 10) is None
    finally:
        other.close()


# -- SQL-ish strings --------------------------------------------------------------------------
@pytest.mark.parametrize("sha", [SQLISH, "a" * 63 + "'", "../" * 5 + "etc", "%27%3B--"])
def test_a_sqlish_photo_name_is_refused_and_the_tables_stay(
    world: World, pg_url: str, sha: str
) -> None:
    with HubSession(world.a, world.url) as session:
        session.hello()
        got = session.request("GET", f"/photos/{sha}", expect=(400, 404))
        assert got.json().get("keyed")
        missing = session.request(
            "POST",
            "/photos/missing",
            content=json.dumps({"shas": [sha]}).encode(),
            expect=(400,),
        )
        assert missing.json().get("keyed")
    assert {"hub_ops", "hub_identity", "hub_pairing"} <= _tables(pg_url)


def test_sqlish_pairing_fields_are_refused_and_the_slots_stay(world: World, pg_url: str) -> None:
    body = {
        "replica": SQLISH,
        "public_key": SQLISH,
        "label": SQLISH,
        "proof": (SQLISH * 4)[:64],
    }
    answer = httpx.post(f"{world.url}/pair", content=json.dumps(body).encode(), timeout=10)
    assert answer.status_code == 400 and answer.json().get("keyed")
    well_formed = {**body, "replica": "0" * 32, "public_key": "0" * 64}  # SQL-ish label, proof
    answer = httpx.post(f"{world.url}/pair", content=json.dumps(well_formed).encode(), timeout=10)
    assert answer.status_code == 403 and answer.json().get("keyed")
    with HubSession(world.a, world.url) as session:
        session.hello()
        state = session.request("GET", f"/pairing/{SQLISH}", expect=(400, 403, 404))
        assert state.json().get("keyed")
    assert {"hub_pairing", "hub_ops"} <= _tables(pg_url)


def test_a_replica_id_that_is_sql_in_the_signed_headers_is_refused(world: World) -> None:
    headers = {"X-Inspect-Replica": SQLISH, "Authorization": f"Inspect {SQLISH}"}
    answer = httpx.get(f"{world.url}/frontier", headers=headers, timeout=10)
    assert answer.status_code in (400, 401, 403), answer.text
    assert answer.json().get("keyed")


# -- the hub key file and the first start -----------------------------------------------------
def test_a_second_process_without_or_with_the_wrong_key_file_never_writes(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    hub_client.both(world.a, world.url)
    before = _hub_ops(pg_url)
    with psycopg.connect(pg_url) as conn:
        identity = conn.execute("SELECT replica_id, sealed FROM hub_identity").fetchall()
    for key_text in (None, "", "zz", "00" * 32, "00" * 31):
        folder = tmp_path / f"hub-{uuid.uuid4().hex[:6]}"
        key_path = tmp_path / f"k-{uuid.uuid4().hex[:6]}.key"
        if key_text is not None:
            key_path.write_text(key_text + "\n", encoding="ascii")
        with pytest.raises(HubError) as refused:
            open_pg_hub(folder, pg_url, key_path)
        assert refused.value.keyed_message is not None
        assert refused.value.keyed_message.id in {
            SyncMsg.HUB_KEY_MISSING.id,
            SyncMsg.HUB_KEY_WRONG.id,
            "hub.key_bad",
            "hub.key_unreadable",
        }, refused.value.keyed_message.id
        assert not (key_path.exists() and key_text is None)  # never a new key made
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT replica_id, sealed FROM hub_identity").fetchall() == identity
    assert _hub_ops(pg_url) == before


def test_two_processes_racing_on_an_empty_database_make_one_identity(
    tmp_path: Path, pg_url: str
) -> None:
    """Both start at once, sharing one key file path (the operator's copy): one creates."""
    key_path = tmp_path / "shared" / HUB_KEY_FILE
    key_path.parent.mkdir()
    logs: list[PgHubLog] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def start(name: str) -> None:
        try:
            barrier.wait(30)
            logs.append(open_pg_hub(tmp_path / name, pg_url, key_path))
        except BaseException as exc:  # noqa: BLE001 - kept for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(n,)) for n in ("p1", "p2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    try:
        assert not errors, errors
        assert len(logs) == 2
        assert logs[0].store.replica_id == logs[1].store.replica_id
        with psycopg.connect(pg_url) as conn:
            assert conn.execute("SELECT count(*) FROM hub_identity").fetchone()[0] == 1
    finally:
        for log in logs:
            log.close()
            log.store.close()


def test_two_processes_racing_with_separate_key_files_one_wins_the_other_is_told(
    tmp_path: Path, pg_url: str
) -> None:
    logs: list[PgHubLog] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def start(name: str) -> None:
        try:
            barrier.wait(30)
            logs.append(open_pg_hub(tmp_path / name, pg_url))
        except BaseException as exc:  # noqa: BLE001 - kept for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(n,)) for n in ("p1", "p2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    try:
        assert len(logs) == 1 and len(errors) == 1, (logs, errors)
        assert isinstance(errors[0], HubError)
        assert errors[0].keyed_message is not None
        assert errors[0].keyed_message.id == SyncMsg.HUB_KEY_MISSING.id
        loser = next(n for n in ("p1", "p2") if not (tmp_path / n / HUB_KEY_FILE).exists())
        assert not (tmp_path / loser / HUB_KEY_FILE).exists()
    finally:
        for log in logs:
            log.close()
            log.store.close()


# -- S3 ---------------------------------------------------------------------------------------
@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    for name in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)


def _spec(bucket: S3Bucket, name: str | None = None) -> str:
    return f"s3://{name or bucket.bucket}/hub?endpoint={bucket.endpoint_url}&region={REGION}"


def test_a_missing_bucket_at_start_is_a_keyed_error(
    tmp_path: Path, s3_bucket: S3Bucket, aws_env: None
) -> None:
    with pytest.raises(BlobsUnavailableError) as missing:
        open_hub_blobs(_spec(s3_bucket, "no-such-bucket-b7"), tmp_path, None)
    assert missing.value.keyed_message is not None


def test_denied_credentials_at_start_are_a_keyed_error(
    tmp_path: Path, s3_bucket: S3Bucket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "WRONGKEY" + SQLISH.replace(" ", ""))
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wrong")
    with contextlib.suppress(BlobsUnavailableError):
        blobs = open_hub_blobs(_spec(s3_bucket), tmp_path, None)
        # moto accepts any key unless IAM is on: then the store must still work
        assert not blobs.has("0" * 64)


def _altered_photo(world: World, s3_bucket: S3Bucket) -> tuple[Any, str]:
    """A photo pushed by A into the bucket, then one bit of its stored object flipped."""
    blobs = open_hub_blobs(_spec(s3_bucket), world.hub.data_dir, world.hub.data_key)
    world.server.stop()
    world.server = HubThread(world.hub, blobs=blobs, hub_log=world.server.hub.log).start()
    add_finding_with_photos(
        world.a, world.lead, world.patrol, world.site, ["recurser_Portrait_8.jpg"]
    )
    assert hub_client.push(world.a, world.url)["ok"]
    data = photo_path("recurser_Portrait_8.jpg").read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    client = s3_bucket.client()
    listed = client.list_objects_v2(Bucket=s3_bucket.bucket)["Contents"]
    key = next(o["Key"] for o in listed if sha in o["Key"] and "partial" not in o["Key"])
    stored = bytearray(client.get_object(Bucket=s3_bucket.bucket, Key=key)["Body"].read())
    stored[len(stored) // 2] ^= 0x01
    client.put_object(Bucket=s3_bucket.bucket, Key=key, Body=bytes(stored))
    with HubSession(world.b, world.url) as session:
        session.hello()
        try:
            response = session.client.get(f"/photos/{sha}")
        except httpx.HTTPError:
            response = None  # the hub cut the answer when the seal failed mid-stream
    assert (
        response is None
        or response.status_code != 200
        or hashlib.sha256(response.content).hexdigest() == sha
    ), "an altered object was served as the photo"
    with pytest.raises(HubSyncError), HubSession(world.b, world.url) as session:
        session.hello()
        session.download_photo(sha)
    return blobs, sha


def test_a_photo_altered_in_the_bucket_is_never_served_as_the_photo(
    world: World, s3_bucket: S3Bucket, aws_env: None
) -> None:
    _altered_photo(world, s3_bucket)


def test_a_photo_altered_in_the_bucket_is_healed_by_the_next_push_of_a_laptop_holding_it(
    world: World, s3_bucket: S3Bucket, aws_env: None
) -> None:
    blobs, sha = _altered_photo(world, s3_bucket)
    with HubSession(world.a, world.url) as session:
        session.hello()
        assert session.missing_photos([sha]) == [sha]
    assert hub_client.push(world.a, world.url)["ok"]
    assert blobs.verify(sha)
    assert hub_client.pull(world.b, world.url)["ok"]
    # the damaged bytes are kept aside for an operator, not deleted
    listed = s3_bucket.client().list_objects_v2(Bucket=s3_bucket.bucket)["Contents"]
    assert any("/damaged/" in f"/{o['Key']}" and sha in o["Key"] for o in listed)


# -- PostgreSQL stopped while a push is in flight ---------------------------------------------
def _pg_ctl(cluster: Any, *args: str) -> None:
    cluster._run([str(cluster.bindir / "pg_ctl"), "-D", str(cluster.data_dir), *args], "pg_ctl")


def test_postgresql_stopped_mid_push_gives_a_keyed_503_nothing_half_written_then_converges(
    tmp_path: Path, pg_cluster: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The push has been judged on the cache and waits for the append lock when PostgreSQL
    stops: the laptop gets the keyed 503, PostgreSQL holds none of the batch, and after the
    restart the laptop's next sync converges with each op held once.

    The laptop is told that the hub's database cannot be reached, to try again later and tell
    the hub's operator — never the database's address, its user or libpq's text, which go to
    the hub's log only."""
    from pg_cluster import PgCluster

    from inspect_app.sync import hub_pg_schema as sql

    cluster = PgCluster(pg_cluster.bindir).start()  # our own: this test stops it
    try:
        url = cluster.new_database("stop")
        world = make_world(tmp_path, database=url)
        try:
            hub_client.both(world.a, world.url)
            seq0 = max(int(json.loads(b)["seq"]) for b, _ in _entries(world.a))
            finding = findings.add_finding(
                world.a, world.lead, world.patrol, "air", world.site, "臭"
            )
            for i in range(5):
                findings.edit_finding(world.a, world.lead, finding.id, description=f"第{i}次")
            entries = _entries(world.a, seq0)
            blocker = psycopg.connect(url, autocommit=True)
            blocker.execute("BEGIN")
            blocker.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])
            errors: list[BaseException] = []

            def push() -> None:
                try:
                    with HubSession(world.a, world.url) as session:
                        session.hello()
                        session.post_ops(entries, uuid.uuid4().hex)
                except BaseException as exc:  # noqa: BLE001 - kept for the assertion
                    errors.append(exc)

            thread = threading.Thread(target=push)
            thread.start()
            with psycopg.connect(url, autocommit=True) as probe:
                for _ in range(300):
                    waiting = probe.execute(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    ).fetchone()[0]
                    if waiting:
                        break
                    threading.Event().wait(0.05)
                assert waiting, "the push never reached the append lock"
            _pg_ctl(cluster, "-m", "fast", "-w", "-t", "60", "stop")
            thread.join(120)
            with contextlib.suppress(Exception):
                blocker.close()
            assert len(errors) == 1 and isinstance(errors[0], HubSyncError), errors
            said = errors[0].keyed_message
            assert said is not None and said.id == "hub.answered", said
            detail = said.params["detail"]
            assert isinstance(detail, Message) and detail.id == "hub.database_down", detail
            assert detail.params == {}  # nothing of the operator's to fill in
            shown = [str(errors[0]), said.english(), render(said, CHINESE)]
            parts = urlsplit(url)
            secrets = [url, "postgresql", parts.path.strip("/"), str(parts.port)]
            secrets += [parts.username or "\0", "server", "connection", "terminating"]
            for text in shown:
                assert not [s for s in secrets if s and s in text], text
            logged = caplog.text  # the operator's detail: in the hub's log
            assert "hub.database_unreachable" in logged or parts.path.strip("/") in logged
            cluster._pg_ctl_start()
            with psycopg.connect(url) as conn:
                ids = [hashlib.sha256(b.encode()).hexdigest() for b, _ in entries]
                held = conn.execute(
                    "SELECT count(*) FROM hub_ops WHERE op_id = ANY(%s)", [ids]
                ).fetchone()[0]
            assert held == 0  # nothing half-written
            assert hub_client.both(world.a, world.url)["ok"]
            hub_client.both(world.b, world.url)
            hub_client.both(world.a, world.url)
            with psycopg.connect(url) as conn:
                held = conn.execute(
                    "SELECT count(*) FROM hub_ops WHERE op_id = ANY(%s)", [ids]
                ).fetchone()[0]
            assert held == len(entries)
            total, distinct = _hub_ops(url)
            assert total == distinct == world.hub.op_count()
            assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
            assert world.a.check().ok and world.b.check().ok
        finally:
            world.close()
    finally:
        cluster.stop()


# -- hub migrate into a database another hub uses ---------------------------------------------
def test_hub_migrate_into_a_database_a_live_hub_serves_changes_nothing(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    from inspect_app.sync.hub_migrate import MigrationError, migrate

    hub_client.both(world.a, world.url)
    held = _hub_ops(pg_url)
    with psycopg.connect(pg_url) as conn:
        identity = conn.execute("SELECT replica_id, sealed FROM hub_identity").fetchall()
    office = make_world(tmp_path / "office")  # an office hub on SQLite, the operator's source
    try:
        hub_client.both(office.a, office.url)
        office.server.stop()
        with pytest.raises(MigrationError) as refused:
            migrate(office.hub, pg_url, tmp_path / "new-hub")
        assert refused.value.keyed_message is not None
        assert refused.value.keyed_message.id == "hub.migrate_target_not_empty"
        assert world.hub.replica_id in str(refused.value)
    finally:
        for store in (office.hub, office.a, office.b):
            store.close()
    assert _hub_ops(pg_url) == held
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT replica_id, sealed FROM hub_identity").fetchall() == identity
    assert not (tmp_path / "new-hub" / "inspect.sqlite3").exists()
    assert hub_client.both(world.a, world.url)["ok"]  # the live hub goes on serving


def test_sqlish_text_in_op_bodies_and_enrolment_labels_round_trips_intact(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    from inspect_app.storage.store import Store
    from inspect_app.sync import replicas

    finding = findings.add_finding(world.a, world.lead, world.patrol, "air", world.site, SQLISH)
    findings.edit_finding(world.a, world.lead, finding.id, description=SQLISH + "\\'\"%s%%s$$")
    c = Store.open(tmp_path / "laptop-c")
    try:
        assert hub_client.both(world.a, world.url)["ok"]  # the hub learns the lead
        replicas.enroll(world.hub, world.lead, c.replica_id, c.public_key, SQLISH[:60])
        for store in (world.a, world.b, world.a):
            assert hub_client.both(store, world.url)["ok"]
        assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
        with psycopg.connect(pg_url) as conn:
            bodies = [r[0] for r in conn.execute("SELECT body FROM hub_ops").fetchall()]
        assert sum(SQLISH in body for body in bodies) >= 3  # two edits, one label, verbatim
        total, distinct = _hub_ops(pg_url)
        assert total == distinct == world.hub.op_count()
    finally:
        c.close()


def test_the_same_ops_pushed_by_two_laptops_to_two_processes_at_once_are_held_once(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    """A pushes its ops to process 1 while B relays the very same ops to process 2: the origin
    locks differ (the pushing replicas), so both caches judge them at once."""
    hub_client.both(world.a, world.url)
    hub_client.both(world.b, world.url)
    log2 = open_pg_hub(tmp_path / "hub-2", pg_url, world.hub.data_dir / HUB_KEY_FILE)
    server2 = HubThread(log2.store, hub_log=log2).start()
    try:
        for round_ in range(3):
            seq0 = max(int(json.loads(b)["seq"]) for b, _ in _entries(world.a))
            finding = findings.add_finding(
                world.a, world.lead, world.patrol, "air", world.site, "噪"
            )
            for i in range(10):
                findings.edit_finding(world.a, world.lead, finding.id, description=f"{round_}-{i}")
            entries = _entries(world.a, seq0)
            errors: list[BaseException] = []
            answers: list[dict[str, Any]] = []
            barrier = threading.Barrier(2)

            def push(
                store: Any,
                url: str,
                entries: list[tuple[str, str]] = entries,
                answers: list[dict[str, Any]] = answers,
                errors: list[BaseException] = errors,
                barrier: threading.Barrier = barrier,
            ) -> None:
                try:
                    with HubSession(store, url) as session:
                        session.hello()
                        barrier.wait(30)
                        answers.append(session.post_ops(entries, uuid.uuid4().hex))
                except BaseException as exc:  # noqa: BLE001 - kept for the assertion
                    errors.append(exc)

            threads = [
                threading.Thread(target=push, args=(world.a, world.url)),
                threading.Thread(target=push, args=(world.b, server2.url)),
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            assert not errors, errors
            assert all(not a["quarantined"] for a in answers), answers
        total, distinct = _hub_ops(pg_url)
        log2.catch_up()
        world.server.hub.log.catch_up()  # type: ignore[attr-defined]
        assert total == distinct == world.hub.op_count() == log2.store.op_count()
        with psycopg.connect(pg_url) as conn:
            assert conn.execute("SELECT count(*) FROM hub_forks").fetchone()[0] == 0
        for store in (world.a, world.b, world.a):
            hub_client.both(store, server2.url)
        assert conflicts.store_digest(world.a) == conflicts.store_digest(world.b)
        assert conflicts.store_digest(world.hub) == conflicts.store_digest(log2.store)
    finally:
        server2.stop()
        log2.store.close()


def test_hub_serve_on_a_database_of_another_hub_without_its_key_file_exits_in_one_keyed_line(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    """A careless operator starts a second process with no ``--hub-key`` on an empty folder."""
    import subprocess
    import sys

    for extra in ([], ["--hub-key", str(tmp_path / "absent.key")]):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "inspect_app",
                "--data-dir",
                str(tmp_path / f"hub-x{len(extra)}"),
                "hub",
                "serve",
                "--database",
                pg_url,
                "--port",
                "0",
                *extra,
            ],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode != 0
        assert "Traceback" not in done.stderr, done.stderr
        assert "--hub-key" in done.stderr and world.hub.replica_id in done.stderr, done.stderr
        assert not (tmp_path / f"hub-x{len(extra)}" / HUB_KEY_FILE).exists()


def test_guessing_pairing_codes_on_two_processes_at_once_shares_one_budget(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    """Wrong proofs sent to both processes at once count together: after MAX_WRONG_PROOFS in
    all, the slot is closed and even the right code is refused."""
    from inspect_app.storage.store import Store
    from inspect_app.sync.pairing import MAX_WRONG_PROOFS, PairingDesk, code_proof

    hub_client.both(world.a, world.url)
    log1: PgHubLog = world.server.hub.log  # type: ignore[attr-defined]
    log2 = open_pg_hub(tmp_path / "hub-2", pg_url, world.hub.data_dir / HUB_KEY_FILE)
    server2 = HubThread(log2.store, hub_log=log2).start()
    new = Store.open(tmp_path / "new-laptop")
    try:
        slot = PairingDesk(time.time, log1.pairing_slots(), log1.own_write).open(
            world.hub, world.a.replica_id, world.lead
        )
        statuses: list[int] = []

        def guess(url: str, count: int) -> None:
            for i in range(count):
                body = {
                    "replica": uuid.uuid4().hex,
                    "public_key": "ab" * 32,
                    "label": f"guess {i}",
                    "proof": uuid.uuid4().hex * 2,
                }
                statuses.append(
                    httpx.post(
                        f"{url}/pair", content=json.dumps(body).encode(), timeout=30
                    ).status_code
                )

        half = MAX_WRONG_PROOFS // 2
        threads = [threading.Thread(target=guess, args=(u, half)) for u in (world.url, server2.url)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert statuses == [403] * (2 * half)
        proof = code_proof(slot.code, new.replica_id, new.public_key)
        right = {
            "replica": new.replica_id,
            "public_key": new.public_key,
            "label": "新电脑",
            "proof": proof,
        }
        answer = httpx.post(f"{server2.url}/pair", content=json.dumps(right).encode(), timeout=30)
        assert answer.status_code == 403
        assert world.server.hub.key_of(new.replica_id) is None
    finally:
        new.close()
        server2.stop()
        log2.store.close()


def test_a_photo_altered_in_the_hub_folder_is_set_aside_and_healed(tmp_path: Path) -> None:
    """The office hub's own photo folder (SQLite hub, the default ``DirBlobs``): the same rule."""
    world = make_world(tmp_path / "office")
    try:
        hub_client.both(world.a, world.url)
        add_finding_with_photos(
            world.a, world.lead, world.patrol, world.site, ["recurser_Portrait_8.jpg"]
        )
        assert hub_client.push(world.a, world.url)["ok"]
        sha = hashlib.sha256(photo_path("recurser_Portrait_8.jpg").read_bytes()).hexdigest()
        stored = world.hub.blobs.path(sha)
        damaged = bytearray(stored.read_bytes())
        damaged[len(damaged) // 2] ^= 0x01
        stored.write_bytes(bytes(damaged))
        with pytest.raises(HubSyncError), HubSession(world.b, world.url) as session:
            session.hello()
            session.download_photo(sha)
        with HubSession(world.a, world.url) as session:
            session.hello()
            assert session.missing_photos([sha]) == [sha]
        assert hub_client.push(world.a, world.url)["ok"]
        assert world.hub.blobs.verify(sha)
        assert hub_client.pull(world.b, world.url)["ok"]
        assert world.b.blobs.verify(sha)
        kept = list((world.hub.data_dir / "damaged").glob(f"{sha}.*"))
        assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)
    finally:
        world.close()

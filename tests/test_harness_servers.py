"""The test harness's real servers (issue 15): the throwaway PostgreSQL cluster and the S3 server.

The hub's tests trust these fixtures to give each test its own, empty, real database and bucket;
these tests prove it — separate databases, both ways in (Unix socket and TCP), a cluster that
really stops and leaves nothing behind, and an S3 round trip over HTTP with boto3.
"""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from fixture_photos import photo_path
from pg_cluster import MAX_CONNECTIONS, PgCluster
from s3_server import S3Bucket, S3Server

ROOT = Path(__file__).resolve().parents[1]


def _listening(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_each_test_database_is_separate(pg_cluster: PgCluster, pg_url: str) -> None:
    other = pg_cluster.new_database("other")
    assert other != pg_url
    with psycopg.connect(pg_url) as mine:
        mine.execute("CREATE TABLE ops (pos bigint GENERATED ALWAYS AS IDENTITY, body text)")
        mine.execute("INSERT INTO ops (body) VALUES ('mine')")
    with psycopg.connect(other) as theirs:
        found = theirs.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'ops'"
        ).fetchone()
        assert found == (0,)
    with psycopg.connect(pg_url) as mine:
        assert mine.execute("SELECT pos, body FROM ops").fetchall() == [(1, "mine")]
    pg_cluster.drop_database(other)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(other, connect_timeout=5).close()


def test_socket_and_tcp_reach_the_same_database(pg_cluster: PgCluster, pg_url: str) -> None:
    name = pg_url.rsplit("/", 1)[1]
    assert pg_url == f"postgresql://inspect@127.0.0.1:{pg_cluster.port}/{name}"
    with psycopg.connect(pg_url) as tcp:
        tcp.execute("CREATE TABLE marks (word text)")
        tcp.execute("INSERT INTO marks VALUES ('现场检查')")
        address = tcp.execute("SELECT host(inet_server_addr())").fetchone()
        assert address == ("127.0.0.1",)
    with psycopg.connect(pg_cluster.socket_url(name)) as unix:
        # Over a Unix socket the server has no IP address.
        assert unix.execute("SELECT inet_server_addr()").fetchone() == (None,)
        assert unix.execute("SELECT word FROM marks").fetchall() == [("现场检查",)]
        assert unix.execute("SHOW server_encoding").fetchone() == ("UTF8",)
    assert (pg_cluster.socket_dir / f".s.PGSQL.{pg_cluster.port}").exists()


def test_cluster_settings_suit_the_hub(pg_cluster: PgCluster, pg_url: str) -> None:
    with psycopg.connect(pg_url) as connection:
        assert connection.execute("SHOW max_connections").fetchone() == (str(MAX_CONNECTIONS),)
        assert int(MAX_CONNECTIONS) >= 200
        assert connection.execute("SHOW fsync").fetchone() == ("off",)
    # The hub serialises its writers with transaction-scoped advisory locks: held by one
    # connection's transaction, refused to another until that transaction ends.
    with psycopg.connect(pg_url) as holder, psycopg.connect(pg_url) as other:
        holder.execute("SELECT pg_advisory_xact_lock(15)")
        assert other.execute("SELECT pg_try_advisory_xact_lock(15)").fetchone() == (False,)
        other.rollback()
        holder.commit()
        assert other.execute("SELECT pg_try_advisory_xact_lock(15)").fetchone() == (True,)
    assert pg_cluster.start_seconds < 30


def test_a_cluster_stops_and_leaves_nothing_behind() -> None:
    cluster = PgCluster()
    with cluster:
        port, root = cluster.port, cluster.root
        assert root is not None and (root / "data" / "PG_VERSION").exists()
        assert _listening(port)
        url = cluster.new_database("own")
        with psycopg.connect(url) as connection:
            assert connection.execute("SELECT current_user").fetchone() == ("inspect",)
    assert not cluster.running
    assert not _listening(port)
    assert not Path(root).exists()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=5).close()
    cluster.stop()  # twice is harmless


def test_s3_round_trip_with_a_real_photo(s3_bucket: S3Bucket) -> None:
    photo = photo_path("SOURCES.md").parent
    first = sorted(photo.glob("*.jpg"))[0].read_bytes()
    digest = hashlib.sha256(first).hexdigest()
    client = s3_bucket.client()
    client.put_object(Bucket=s3_bucket.bucket, Key=f"blobs/{digest}", Body=first)
    got = client.get_object(Bucket=s3_bucket.bucket, Key=f"blobs/{digest}")["Body"].read()
    assert hashlib.sha256(got).hexdigest() == digest
    listed = client.list_objects_v2(Bucket=s3_bucket.bucket)["Contents"]
    assert [item["Key"] for item in listed] == [f"blobs/{digest}"]
    assert s3_bucket.endpoint_url.startswith("http://127.0.0.1:")


def test_each_test_bucket_is_fresh_and_deleted_after(s3_server: S3Server) -> None:
    bucket = s3_server.new_bucket("own")
    client = bucket.client()
    assert client.list_objects_v2(Bucket=bucket.bucket).get("KeyCount") == 0
    client.put_object(Bucket=bucket.bucket, Key="a", Body=b"x")
    s3_server.delete_bucket(bucket)
    names = [item["Name"] for item in client.list_buckets()["Buckets"]]
    assert bucket.bucket not in names


def test_a_cluster_left_by_a_killed_run_is_swept(tmp_path: Path) -> None:
    # A test run killed outright (SIGKILL, a CI timeout) never stops its cluster: the server
    # outlives it. The next cluster started on the machine stops and removes such orphans.
    script = (
        "import sys, time; sys.path.insert(0, 'tests'); from pg_cluster import PgCluster\n"
        "c = PgCluster().start(); print(c.port, c.root, flush=True); time.sleep(600)\n"
    )
    killed = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        port_text, root_text = killed.stdout.readline().split()  # type: ignore[union-attr]
    finally:
        killed.kill()
        killed.wait()
        killed.stdout.close()  # type: ignore[union-attr]
    orphan = Path(root_text)
    assert _listening(int(port_text)) and orphan.exists()
    with PgCluster() as fresh:
        assert fresh.port != int(port_text)
        assert not orphan.exists()
        assert not _listening(int(port_text))


@pytest.mark.parametrize("ci", ["", "true"])
def test_without_postgresql_a_test_is_skipped_but_fails_under_ci(tmp_path: Path, ci: str) -> None:
    # INSPECT_APP_PG_BINDIR names the only folder to use: an empty one is a machine without
    # PostgreSQL. Pytest runs one of the tests above in a child process.
    env = {**os.environ, "INSPECT_APP_PG_BINDIR": str(tmp_path), "CI": ci}
    done = subprocess.run(
        [
            sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
            "tests/test_harness_servers.py::test_socket_and_tcp_reach_the_same_database",
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    if ci:
        assert done.returncode == 1, done.stdout
        assert "1 error" in done.stdout and "CI=true and INSPECT_APP_PG_BINDIR=" in done.stdout
    else:
        assert done.returncode == 0, done.stdout
        assert "1 skipped" in done.stdout and "apt-get install -y postgresql" in done.stdout

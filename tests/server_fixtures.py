"""Pytest fixtures for the real servers the hub's tests use (issue 15); registered in conftest.

- ``pg_cluster`` (session): the running :class:`pg_cluster.PgCluster`, a throwaway PostgreSQL
  cluster; ``pg_cluster.new_database(prefix)`` returns the URL of a new, empty database.
- ``pg_url`` (function): ``postgresql://inspect@127.0.0.1:PORT/<name>``, a fresh database for
  this test, dropped after it.
- ``s3_server`` (session): the running :class:`s3_server.S3Server` (moto, S3 over HTTP).
- ``s3_bucket`` (function): an :class:`s3_server.S3Bucket`, a fresh bucket for this test
  (endpoint, name, keys, region; ``.client()`` → boto3), deleted with its objects after it.

The servers are stopped and their files removed at the session's end, whether tests passed or
not. A server that cannot exist here (no PostgreSQL binaries, no moto) skips the test with the
command that installs it — except under ``CI=true``, where it FAILS the test: CI must never
pass by skipping the hub.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest
from pg_cluster import PgCluster, PostgresMissingError
from s3_server import S3Bucket, S3Server, S3ServerMissingError


def on_ci() -> bool:
    """True when ``CI`` is set to true (``true``, ``1`` or ``yes``, any case)."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def unavailable(reason: str) -> None:
    """Skip the running test — or fail it under ``CI=true``. Never returns."""
    if on_ci():
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The session's running PostgreSQL cluster (stopped and removed at the session's end)."""
    try:
        cluster = PgCluster()
    except PostgresMissingError as missing:
        unavailable(str(missing))
        raise  # unreachable: skip and fail raise
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """The TCP URL of a fresh, empty database for this test (dropped after the test)."""
    url = pg_cluster.new_database()
    yield url
    with contextlib.suppress(Exception):  # the cluster may be gone if a test stopped it
        pg_cluster.drop_database(url)


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """The session's S3-compatible server (stopped at the session's end)."""
    try:
        server = S3Server()
    except S3ServerMissingError as missing:
        unavailable(str(missing))
        raise  # unreachable: skip and fail raise
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def s3_bucket(s3_server: S3Server) -> Iterator[S3Bucket]:
    """A fresh, empty bucket for this test (deleted with its objects after the test)."""
    bucket = s3_server.new_bucket()
    yield bucket
    with contextlib.suppress(Exception):  # a test may have stopped or emptied it
        s3_server.delete_bucket(bucket)

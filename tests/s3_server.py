"""A local S3-compatible object store for the tests and the benchmarks (issue 15).

The province hub may keep photos in S3-compatible object storage; its tests talk to a REAL HTTP
server speaking the S3 protocol: moto's ``ThreadedMotoServer`` (``moto[server]``, Apache-2.0,
pure Python from PyPI — no server binary to install; packaging/THIRD-PARTY.md says why not MinIO),
on 127.0.0.1 at a port the OS picks, in a thread of the test process. Clients reach it over HTTP
with boto3 (or any S3 client), exactly as they would reach a province's object store.

No pytest here (benchmarks import it too): the fixtures ``s3_server`` (session) and
``s3_bucket`` (a fresh bucket per test: :class:`S3Bucket`, ``.client()`` → boto3) are in
``tests/server_fixtures.py``, with the rule that a missing moto skips a test — and fails it
under ``CI=true``.

Outside pytest::

    with S3Server() as server:
        bucket = server.new_bucket("load")
"""

from __future__ import annotations

import itertools
import os
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

ACCESS_KEY = "inspect-test-key"
"""The access key id clients use (moto accepts any key; this one names the tests)."""
SECRET_KEY = "inspect-test-secret"
"""The secret access key clients use."""
REGION = "us-east-1"
"""The region of the buckets (S3's default region: no ``LocationConstraint`` needed)."""
INSTALL_HINT = "pip install 'moto[server]>=5,<6'  (or: python3 packaging/bootstrap.py test)"
"""How to get the server."""


class S3ServerMissingError(RuntimeError):
    """``moto[server]`` is not installed."""


@dataclass(frozen=True)
class S3Bucket:
    """Where a test's bucket is and how to sign in to it.

    Attributes:
        endpoint_url: the server's URL, ``http://127.0.0.1:PORT`` (path-style addressing).
        bucket: the bucket's name (lower case, unique in the session).
        access_key: the access key id.
        secret_key: the secret access key.
        region: the bucket's region.
    """

    endpoint_url: str
    bucket: str
    access_key: str = ACCESS_KEY
    secret_key: str = SECRET_KEY
    region: str = REGION

    def client(self) -> Any:
        """A boto3 S3 client signed in to this server (``botocore.client.S3``)."""
        return _client(self.endpoint_url, self.access_key, self.secret_key, self.region)


def _client(endpoint_url: str, access_key: str, secret_key: str, region: str) -> Any:
    import boto3  # the hub extra; imported only when a client is made
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=endpoint_url,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        region_name=region,
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}),
    )


class S3Server:
    """moto's S3-compatible server on 127.0.0.1 in a daemon thread of this process.

    Attributes:
        endpoint_url: ``http://127.0.0.1:PORT`` while running, "" otherwise.
        start_seconds: wall time :meth:`start` took, in seconds.
    """

    def __init__(self) -> None:
        """Prepare a server (nothing runs until :meth:`start`).

        Raises:
            S3ServerMissingError: ``moto[server]`` is not installed.
        """
        try:
            from moto.server import ThreadedMotoServer
        except ImportError as missing:
            raise S3ServerMissingError(
                f"moto[server] is not installed ({missing}); install it: {INSTALL_HINT}"
            ) from missing
        self._factory = ThreadedMotoServer
        self._server: Any = None
        self._counter = itertools.count(1)
        self.endpoint_url = ""
        self.start_seconds = 0.0

    def start(self) -> S3Server:
        """Start the server on a free port of 127.0.0.1 (the OS picks it); returns self."""
        if self._server is not None:
            return self
        began = time.perf_counter()
        server = self._factory(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        if hasattr(server, "get_host_and_port"):
            host, port = server.get_host_and_port()
        else:  # moto 5.0.0 has no accessor; its werkzeug server knows the port it bound
            host, port = server._server.server_address[:2]
        self._server = server
        self.endpoint_url = f"http://{host}:{port}"
        self.start_seconds = time.perf_counter() - began
        return self

    def stop(self) -> None:
        """Stop the server (its buckets are gone: moto keeps them in memory). Safe twice."""
        if self._server is not None:
            self._server.stop()
        self._server = None
        self.endpoint_url = ""

    def __enter__(self) -> S3Server:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def client(self) -> Any:
        """A boto3 S3 client for this server (any bucket)."""
        if not self.endpoint_url:
            raise RuntimeError("the S3 server is not started")
        return _client(self.endpoint_url, ACCESS_KEY, SECRET_KEY, REGION)

    def new_bucket(self, prefix: str = "t") -> S3Bucket:
        """Create an empty bucket with a unique name (``<prefix>-<pid>-<n>``, lower case).

        Raises:
            RuntimeError: the server is not started.
            botocore.exceptions.ClientError: the server refused (e.g. an invalid name).
        """
        name = f"{prefix}-{os.getpid()}-{next(self._counter)}".lower()
        self.client().create_bucket(Bucket=name)
        return S3Bucket(endpoint_url=self.endpoint_url, bucket=name)

    def delete_bucket(self, bucket: S3Bucket) -> None:
        """Delete a bucket and every object (and object version) in it."""
        client = self.client()
        paginator = client.get_paginator("list_object_versions")
        for page in paginator.paginate(Bucket=bucket.bucket):
            doomed = [
                {"Key": item["Key"], "VersionId": item["VersionId"]}
                for item in page.get("Versions", []) + page.get("DeleteMarkers", [])
            ]
            if doomed:
                client.delete_objects(Bucket=bucket.bucket, Delete={"Objects": doomed})
        client.delete_bucket(Bucket=bucket.bucket)

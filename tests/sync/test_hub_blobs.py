"""The hub's photos behind :class:`~inspect_app.sync.hub_blobs.HubBlobs` (issue 15, "Blobs").

Real hubs on 127.0.0.1 with their photos in a folder shared by two hubs, or in a real
S3-compatible server (moto's, ``tests/s3_server.py``); real encrypted stores, real fixture
photos, the laptop's own client. A photo is visible only complete and verified; the bucket
never holds a clear photo; an upload started on one hub process is finished on another; an
object store that is down gives the laptop a keyed 503 and leaves nothing half-stored.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fixture_photos import photo_path
from hub_fixtures import World, add_finding_with_photos, make_world
from s3_server import ACCESS_KEY, REGION, SECRET_KEY, S3Bucket

from inspect_app.domain.messages import Message
from inspect_app.storage.keyed_reasons import decode_message
from inspect_app.storage.protection.sealed_stream import MAGIC
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client, replicas
from inspect_app.sync.hub import PARTIAL_MAX_AGE_S, HttpError, Hub, HubThread
from inspect_app.sync.hub_blobs import BlobsUnavailableError, HubBlobs, open_hub_blobs
from inspect_app.sync.hub_client import HubSession, HubSyncError

BIG = "exifpy_nokia_8_3_gps.jpg"  # 2.1 MB
SMALL = ["exifpy_gps_DSCN0010.jpg", "exifpy_gps_DSCN0012.jpg", "recurser_Portrait_8.jpg"]
CHUNK = 256 * 1024


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials as a province's hub gets them: the standard AWS environment variables."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    for name in ("AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(name, raising=False)


def _spec(bucket: S3Bucket, prefix: str = "hub") -> str:
    return f"s3://{bucket.bucket}/{prefix}?endpoint={bucket.endpoint_url}&region={REGION}"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)
    yield made
    made.close()


def _serve_on(world: World, blobs: HubBlobs) -> HubThread:
    """Serve the world's hub again, its photos in ``blobs``."""
    world.server.stop()
    world.server = HubThread(world.hub, blobs=blobs).start()
    return world.server


def _photo(name: str) -> tuple[str, bytes]:
    data = photo_path(name).read_bytes()
    return hashlib.sha256(data).hexdigest(), data


def _objects(bucket: S3Bucket) -> dict[str, bytes]:
    client = bucket.client()
    listed = client.list_objects_v2(Bucket=bucket.bucket).get("Contents", [])
    return {
        o["Key"]: client.get_object(Bucket=bucket.bucket, Key=o["Key"])["Body"].read()
        for o in listed
    }


def _second_hub(world: World, folder: Path, blobs: HubBlobs) -> tuple[Store, HubThread]:
    """Another hub process's store (own identity) sharing ``blobs``; laptop A enrolled there."""
    hub2 = Store.open(folder)
    replicas.enroll(hub2, None, world.a.replica_id, world.a.public_key, "laptop A")
    replicas.enroll(world.a, world.lead, hub2.replica_id, hub2.public_key, "office hub 2")
    return hub2, HubThread(hub2, blobs=blobs).start()


# -- S3: push, pull, sealed ---------------------------------------------------------------------
def test_a_laptop_pushes_to_a_hub_on_s3_and_another_pulls_them_byte_exact(
    world: World, s3_bucket: S3Bucket, aws_env: None
) -> None:
    blobs = open_hub_blobs(_spec(s3_bucket), world.hub.data_dir, world.hub.data_key)
    _serve_on(world, blobs)
    names = [BIG, *SMALL]
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, names)

    pushed = hub_client.push(world.a, world.url, chunk_bytes=CHUNK)
    assert pushed["ok"], pushed
    pulled = hub_client.pull(world.b, world.url)
    assert pulled["ok"], pulled
    for name in names:
        sha, data = _photo(name)
        assert world.b.blobs.read_bytes(sha) == data  # byte-exact through the bucket
        assert not world.hub.blobs.has(sha)  # on S3, not in the hub's folder
    objects = _objects(s3_bucket)
    assert sorted(objects) == sorted(f"hub/photos/{_photo(n)[0]}" for n in names)
    sha, data = _photo(BIG)
    with HubSession(world.b, world.url) as session:  # a download resumed after a cut
        session.hello()
        for start in (0, 1000, 65536 + 7, len(data) - 1):
            answer = session.client.get(f"/photos/{sha}", headers={"Range": f"bytes={start}-"})
            assert answer.status_code == 206 and answer.content == data[start:]
            assert answer.headers["Content-Range"] == f"bytes {start}-{len(data) - 1}/{len(data)}"
        past = session.client.get(f"/photos/{sha}", headers={"Range": f"bytes={len(data)}-"})
        assert past.status_code == 416


def test_the_bucket_never_holds_a_clear_photo_complete_or_partial(
    world: World, s3_bucket: S3Bucket, aws_env: None
) -> None:
    blobs = open_hub_blobs(_spec(s3_bucket), world.hub.data_dir, world.hub.data_key)
    _serve_on(world, blobs)
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, SMALL)
    assert hub_client.push(world.a, world.url, chunk_bytes=CHUNK)["ok"]
    sha, data = _photo(BIG)
    with HubSession(world.a, world.url) as session:  # an upload cut after 3 chunks
        session.hello()
        for offset in range(0, 3 * CHUNK, CHUNK):
            assert session.put_chunk(sha, offset, len(data), data[offset : offset + CHUNK])
        assert session.photo_offset(sha) == ("partial", 3 * CHUNK)

    objects = _objects(s3_bucket)
    assert sum(1 for k in objects if k.startswith("hub/partial/")) == 3
    assert sum(1 for k in objects if k.startswith("hub/photos/")) == len(SMALL)
    for key, body in objects.items():
        assert body.startswith(MAGIC), key  # every object a sealed stream
        for marker in (b"\xff\xd8\xff", b"Exif\x00\x00", b"JFIF"):  # JPEG SOI, EXIF, JFIF
            assert marker not in body, (key, marker)
    for name in SMALL:  # and each reads back through the hub's key only
        assert blobs.read_bytes(_photo(name)[0]) == _photo(name)[1]


# -- one upload, two hub processes ---------------------------------------------------------------
@pytest.mark.parametrize("where", ["folder", "s3"])
def test_an_upload_begun_on_one_hub_process_is_finished_on_another(
    world: World, tmp_path: Path, where: str, request: pytest.FixtureRequest
) -> None:
    def shared() -> HubBlobs:  # what each process opens from the same --blobs
        if where == "folder":
            return open_hub_blobs(str(tmp_path / "shared"), world.hub.data_dir, world.hub.data_key)
        request.getfixturevalue("aws_env")
        return open_hub_blobs(_spec(bucket), world.hub.data_dir, world.hub.data_key)

    bucket = request.getfixturevalue("s3_bucket") if where == "s3" else None
    first = _serve_on(world, shared())
    hub2, second = _second_hub(world, tmp_path / "hub2", shared())
    sha, data = _photo(BIG)
    cut = 4 * CHUNK
    try:
        with HubSession(world.a, first.url) as one, HubSession(world.a, second.url) as two:
            one.hello()
            two.hello()
            for offset in range(0, cut, CHUNK):  # chunks 1-4 reach process A
                assert one.put_chunk(sha, offset, len(data), data[offset : offset + CHUNK])
            assert two.photo_offset(sha) == ("partial", cut)  # process B sees them
            assert two.missing_photos([sha]) == [sha]  # not visible before verified
            stale = one.put_chunk(sha, 0, len(data), data[:CHUNK])  # a late retry to A
            assert stale.status_code == 409 and stale.json()["offset"] == cut
            for offset in range(cut, len(data), CHUNK):  # the rest reaches process B
                answer = two.put_chunk(sha, offset, len(data), data[offset : offset + CHUNK])
                assert answer.status_code == 200, answer.text
            assert answer.json()["complete"] is True
            assert one.photo_offset(sha) == ("complete", len(data))
            assert one.download_photo(sha) == data == two.download_photo(sha)
        assert first.hub.blobs.verify(sha) and second.hub.blobs.verify(sha)
        assert first.hub.blobs.partial_sizes() == {}
    finally:
        second.stop()
        hub2.close()


# -- a corrupted chunk: discarded, never visible ---------------------------------------------------
def test_a_chunk_corrupted_in_the_bucket_is_discarded_and_the_photo_never_visible(
    world: World, s3_bucket: S3Bucket, aws_env: None
) -> None:
    blobs = open_hub_blobs(_spec(s3_bucket), world.hub.data_dir, world.hub.data_key)
    _serve_on(world, blobs)
    sha, data = _photo(BIG)
    client = s3_bucket.client()
    with HubSession(world.a, world.url) as session:
        session.hello()
        for offset in range(0, 2 * CHUNK, CHUNK):
            assert session.put_chunk(sha, offset, len(data), data[offset : offset + CHUNK])
        key = next(k for k in _objects(s3_bucket) if k.endswith(f"/{CHUNK:012d}.{CHUNK}"))
        body = bytearray(client.get_object(Bucket=s3_bucket.bucket, Key=key)["Body"].read())
        body[len(body) // 2] ^= 0x01  # one bit flipped in the stored, sealed chunk
        client.put_object(Bucket=s3_bucket.bucket, Key=key, Body=bytes(body))
        answer = None
        for offset in range(2 * CHUNK, len(data), CHUNK):
            answer = session.put_chunk(sha, offset, len(data), data[offset : offset + CHUNK])
        assert answer is not None and answer.status_code == 422
        assert decode_message(answer.json()["keyed"]).id == "hub.upload_hash"
        assert session.photo_offset(sha) == ("absent", 0)
        assert session.missing_photos([sha]) == [sha]
        # the laptop's wrong bytes (not the photo it names) are refused the same way
        other = photo_path(SMALL[0]).read_bytes()
        assert session.put_chunk(sha, 0, len(other), other).status_code == 422
    assert not blobs.has(sha) and _objects(s3_bucket) == {}  # nothing visible, nothing left

    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [BIG])
    assert hub_client.push(world.a, world.url, chunk_bytes=CHUNK)["ok"]  # a fresh upload
    assert blobs.verify(sha)


# -- the object store down ------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_an_object_store_that_is_down_gives_the_laptop_a_keyed_503_and_nothing_half_stored(
    world: World, aws_env: None, s3_server: Any
) -> None:
    from moto.server import ThreadedMotoServer

    port = _free_port()
    own = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    own.start()
    bucket = S3Bucket(endpoint_url=f"http://127.0.0.1:{port}", bucket=f"down-{port}")
    bucket.client().create_bucket(Bucket=bucket.bucket)
    blobs = open_hub_blobs(_spec(bucket), world.hub.data_dir, world.hub.data_key)
    _serve_on(world, blobs)
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [SMALL[0]])
    sha, data = _photo(SMALL[0])
    own.stop()  # the object store goes down
    try:
        with HubSession(world.a, world.url) as session:
            session.hello()
            answer = session.client.request("HEAD", f"/photos/{sha}")
            assert answer.status_code == 503
            put = session.client.put(
                f"/photos/{sha}", params={"offset": 0, "total": len(data)}, content=data
            )
            assert put.status_code == 503
            keyed = decode_message(put.json()["keyed"])  # the store's address: the hub's log
            assert keyed is not None and keyed.id == "hub.blobs_down"
            assert bucket.bucket not in put.text and str(port) not in put.text
        ops_before = world.hub.op_count()
        with pytest.raises(HubSyncError) as refused:  # what the laptop's push says
            hub_client.push(world.a, world.url, chunk_bytes=CHUNK)
        said = refused.value.keyed_message
        assert said is not None and said.id == "hub.answered" and said.params["status"] == "503"
        detail = said.params["detail"]
        assert isinstance(detail, Message) and detail.id == "hub.blobs_down"
        assert world.hub.op_count() == ops_before  # photos go first: the push stopped there
    finally:
        own = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
        own.start()  # back (moto keeps its buckets in the process)
    try:
        assert _objects(bucket) == {}  # nothing half-stored
        assert not list(world.hub.data_dir.glob(".s3-spool-*"))  # no spool left behind
        pushed = hub_client.push(world.a, world.url, chunk_bytes=CHUNK)
        assert pushed["ok"], pushed
        assert blobs.read_bytes(sha) == data and world.hub.op_count() > ops_before
    finally:
        own.stop()


def test_a_photo_store_address_that_cannot_serve_is_a_keyed_error(
    tmp_path: Path, aws_env: None
) -> None:
    with pytest.raises(BlobsUnavailableError) as bad:
        open_hub_blobs("s3:///no-bucket", tmp_path, None)
    assert bad.value.keyed_message is not None
    assert bad.value.keyed_message.id == "hub.blobs_bad_url"
    with pytest.raises(BlobsUnavailableError) as secret:
        open_hub_blobs("s3://key:secret@bucket/p", tmp_path, None)  # never credentials in it
    assert secret.value.keyed_message is not None
    assert secret.value.keyed_message.id == "hub.blobs_bad_url"
    assert "secret" not in str(secret.value)  # never echoed
    closed = f"s3://bucket-x/p?endpoint=http://127.0.0.1:{_free_port()}&region={REGION}"
    with pytest.raises(BlobsUnavailableError) as down:
        open_hub_blobs(closed, tmp_path, None)
    assert down.value.keyed_message is not None
    assert down.value.keyed_message.id == "hub.blobs_unavailable"


# -- the sweep at start ---------------------------------------------------------------------------
def test_the_start_stores_an_upload_a_killed_process_finished_and_later_expires_old_chunks(
    world: World, s3_bucket: S3Bucket, aws_env: None
) -> None:
    blobs = open_hub_blobs(_spec(s3_bucket), world.hub.data_dir, world.hub.data_key)
    sha, data = _photo(BIG)
    small, small_data = _photo(SMALL[0])
    for offset in range(0, len(data), CHUNK):  # every chunk arrived; the process died
        blobs.append(sha, len(data), offset, data[offset : offset + CHUNK])
    blobs.append(small, len(small_data), 0, small_data[:1000])  # an upload cut short
    assert not blobs.has(sha)  # chunks are never a visible photo

    server = _serve_on(world, blobs)  # its start sweeps the bucket's partial uploads
    assert server.hub.swept is not None
    assert server.hub.swept.stored == [sha] and server.hub.swept.kept == {small: 1000}
    assert blobs.read_bytes(sha) == data

    later = server.hub.sweep(now=time.time() + PARTIAL_MAX_AGE_S + 60)  # 14 days untouched
    assert later.expired == [small]
    assert sorted(_objects(s3_bucket)) == [f"hub/photos/{sha}"]


# -- the command line ----------------------------------------------------------------------------
def _serve(data_dir: Path, blobs: str) -> subprocess.Popen[str]:
    """``inspect-app --data-dir HUB hub serve --port 0 --blobs BLOBS`` (env inherited)."""
    return subprocess.Popen(
        [sys.executable, "-m", "inspect_app", "--data-dir", str(data_dir)]
        + ["hub", "serve", "--port", "0", "--blobs", blobs],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""},
    )


def _announced(process: subprocess.Popen[str]) -> str:
    """The address the hub announces on stderr (waits up to a minute)."""
    assert process.stderr is not None
    deadline, said = time.monotonic() + 60, []
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            break
        said.append(line)
        found = re.search(r"http://127\.0\.0\.1:\d+", line)
        if found:
            return found.group(0)
    raise AssertionError("the hub did not start: " + "".join(said))


def test_hub_serve_with_blobs_on_s3_keeps_the_photos_sealed_in_the_bucket(
    tmp_path: Path, s3_bucket: S3Bucket, aws_env: None
) -> None:
    world = make_world(tmp_path)
    world.server.stop()
    world.hub.close()
    hub = _serve(world.hub.data_dir, _spec(s3_bucket, "office"))
    try:
        url = _announced(hub)
        add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [SMALL[0]])
        assert hub_client.push(world.a, url, timeout=30)["ok"]
        assert hub_client.pull(world.b, url, timeout=30)["ok"]
        sha, data = _photo(SMALL[0])
        assert world.b.blobs.read_bytes(sha) == data
        objects = _objects(s3_bucket)
        assert list(objects) == [f"office/photos/{sha}"]
        assert objects[f"office/photos/{sha}"].startswith(MAGIC)
        assert not (world.hub.data_dir / "photos").exists() or not any(
            p.is_file() for p in (world.hub.data_dir / "photos").rglob("*")
        )
    finally:
        hub.send_signal(signal.SIGINT)
        hub.wait(timeout=30)
        world.a.close()
        world.b.close()


def test_hub_serve_refuses_a_photo_store_it_cannot_reach_in_one_keyed_line(
    tmp_path: Path, aws_env: None
) -> None:
    closed = f"s3://bucket-x/p?endpoint=http://127.0.0.1:{_free_port()}&region={REGION}"
    hub = _serve(tmp_path / "hub", closed)
    _, said = hub.communicate(timeout=120)
    assert hub.returncode == 1 and "Traceback" not in said
    assert said.startswith("error: the hub's photo store s3://bucket-x/p/"), said


# -- two processes racing on one upload ------------------------------------------------------------
@pytest.mark.parametrize("where", ["folder", "s3"])
def test_two_hub_processes_racing_on_the_same_upload_never_corrupt_it(
    world: World, tmp_path: Path, where: str, request: pytest.FixtureRequest
) -> None:
    """Two laptops' retries hit two processes at once: every append is at the offset held."""
    if where == "s3":
        request.getfixturevalue("aws_env")
        spec = _spec(request.getfixturevalue("s3_bucket"))
    else:
        spec = str(tmp_path / "shared")
    hubs = [Hub(world.hub, blobs=open_hub_blobs(spec, world.hub.data_dir, world.hub.data_key))]
    hub2 = Store.open(tmp_path / "hub2")
    hubs.append(Hub(hub2, blobs=open_hub_blobs(spec, hub2.data_dir, world.hub.data_key)))
    sha, data = _photo(BIG)
    chunk = 128 * 1024
    outcomes: list[int] = []

    def laptop(number: int) -> None:
        offset = 0
        for turn in range(400):
            hub = hubs[(number + turn) % 2]
            try:
                answer = hub.put_chunk(sha, offset, len(data), data[offset : offset + chunk])
            except HttpError as exc:
                outcomes.append(exc.status)
                assert exc.status == 409, exc
                offset = int(exc.extra["offset"])
                continue
            outcomes.append(200)
            if answer["complete"]:
                return
            offset = answer["offset"]
        raise AssertionError("never complete")

    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(laptop, range(4)))
        assert 422 not in outcomes and outcomes.count(200) >= len(data) // chunk
        assert all(hub.blobs.verify(sha) for hub in hubs)
        assert hubs[0].blobs.partial_sizes() == {} == hubs[1].blobs.partial_sizes()
    finally:
        for hub in hubs:
            hub.close()
        hub2.close()

"""Leftover partial uploads on the hub never block a later upload (issue 8 §4).

A partial upload is ``partial/<sha>.<total>.part``. Whatever a killed hub or a confused
client left there — complete but never stored, longer than its size, wrong bytes, another
declared size, the old ``<sha>.part`` naming — the next start or the next upload stores it
(verified) or restarts it from 0, and the laptop's push ends ``ok``. Real hub, real stores,
real fixture photos.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fixture_photos import photo_path
from hub_fixtures import World, add_finding_with_photos, make_world

from inspect_app.storage.sealed_appends import AppendFile
from inspect_app.sync import hub_client
from inspect_app.sync.hub import BLOB_TEMP_STALE_S, PARTIAL_MAX_AGE_S, HubThread
from inspect_app.sync.hub_client import HubSession

BIG = "exifpy_nokia_8_3_gps.jpg"  # 2.1 MB
SMALL = "exifpy_gps_DSCN0010.jpg"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)
    yield made
    made.close()


class _CountPuts(httpx.BaseTransport):
    """The real network, counting the photo bytes a push sends."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.put_bytes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            self.put_bytes += len(request.content)
        return self.inner.handle_request(request)


def _photo(name: str) -> tuple[str, bytes]:
    data = photo_path(name).read_bytes()
    return hashlib.sha256(data).hexdigest(), data


def _leave(world: World, name: str, data: bytes, age_s: float = 0.0, raw: bool = False) -> Path:
    """Put a leftover file in the hub's partial folder (as a killed hub leaves it).

    Sealed as the hub writes its pieces (under its data key, when encrypted); ``raw``: the
    bytes as they are (a file that is no upload).
    """
    folder = world.hub.data_dir / "partial"
    folder.mkdir(exist_ok=True)
    path = folder / name
    if raw:
        path.write_bytes(data)
    else:
        AppendFile(path, world.hub.data_key, f"partial/{name}").append(data)
    if age_s:
        old = time.time() - age_s
        os.utime(path, (old, old))
    return path


def _restart(world: World) -> HubThread:
    world.server.stop()
    world.server = HubThread(world.hub).start()
    return world.server


def _push_ok(world: World) -> tuple[dict, _CountPuts]:
    counted = _CountPuts()
    pushed = hub_client.push(world.a, world.url, transport=counted, chunk_bytes=256 * 1024)
    assert pushed["ok"], pushed
    return pushed, counted


def _partials(world: World) -> list[str]:
    folder = world.hub.data_dir / "partial"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_finished_upload_left_unstored_by_a_killed_hub_is_stored_at_start(world: World) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [BIG])
    sha, data = _photo(BIG)
    _leave(world, f"{sha}.{len(data)}.part", data)  # killed between the last write and storing

    server = _restart(world)
    assert server.hub.swept is not None and server.hub.swept.stored == [sha]
    assert world.hub.blobs.verify(sha)
    assert _partials(world) == []
    pushed, counted = _push_ok(world)
    assert counted.put_bytes == 0 and pushed["photos_expected"] == []


def test_finished_upload_whose_storing_failed_is_stored_by_the_next_push(world: World) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [BIG])
    sha, data = _photo(BIG)
    blobs = world.server.hub.blobs

    def disk_gone(*args: object) -> tuple[str, bool]:
        raise OSError(5, "Input/output error")

    blobs.put_stream = disk_gone  # type: ignore[method-assign]
    first = hub_client.push(world.a, world.url, chunk_bytes=1 << 20)
    assert not first["ok"] and [f["sha256"] for f in first["photos_failed"]] == [sha]
    assert _partials(world) == [f"{sha}.{len(data)}.part"]  # every byte held, never stored
    del blobs.put_stream  # the disk is back

    pushed, counted = _push_ok(world)
    assert counted.put_bytes == 0  # the hub settled what it held: nothing was sent again
    assert pushed["photos_expected"] == [] and world.hub.blobs.verify(sha)
    assert _partials(world) == []


@pytest.mark.parametrize(
    "leftover",
    ["longer_than_its_size", "full_size_wrong_bytes", "legacy_name_wrong_bytes", "legacy_cut"],
)
def test_wrong_leftovers_are_discarded_and_the_upload_restarts(world: World, leftover: str) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [BIG])
    sha, data = _photo(BIG)
    total = len(data)
    name, content = {
        "longer_than_its_size": (f"{sha}.{total}.part", data + b"trailing junk"),
        "full_size_wrong_bytes": (f"{sha}.{total}.part", data[:-100] + b"\0" * 100),
        "legacy_name_wrong_bytes": (f"{sha}.part", b"\0" * total),
        "legacy_cut": (f"{sha}.part", data[: total // 2]),
    }[leftover]
    _leave(world, name, content)  # left while the hub runs: HEAD settles it

    with HubSession(world.a, world.url) as session:
        session.hello()
        assert session.photo_offset(sha) == ("absent", 0)
        assert session.missing_photos([sha]) == [sha]
    assert _partials(world) == []
    pushed, counted = _push_ok(world)
    assert counted.put_bytes == total and pushed["photos_resumed"] == 0
    assert world.hub.blobs.verify(sha)


def test_leftover_of_another_declared_size_restarts_from_zero(world: World) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [BIG])
    sha, data = _photo(BIG)
    _leave(world, f"{sha}.{len(data) + 5000}.part", data[:300_000])  # a client that lied

    with HubSession(world.a, world.url) as session:
        session.hello()
        assert session.photo_offset(sha) == ("partial", 300_000)
        answer = session.put_chunk(sha, 300_000, len(data), data[300_000:400_000])
        assert answer.status_code == 409 and answer.json()["offset"] == 0
        assert session.photo_offset(sha) == ("absent", 0)
    pushed, counted = _push_ok(world)
    assert counted.put_bytes == len(data) and pushed["photos_sent"] == 1
    assert world.hub.blobs.verify(sha) and _partials(world) == []


def test_several_leftovers_of_one_photo_keep_the_longest_and_resume(world: World) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [BIG])
    sha, data = _photo(BIG)
    total = len(data)
    _leave(world, f"{sha}.{total}.part", data[:2_000_000])
    _leave(world, f"{sha}.{total + 1}.part", data[:1_000_000])  # shorter, another size
    _leave(world, f"{sha}.part", data[:10])  # legacy name: cannot be resumed

    server = _restart(world)
    assert server.hub.swept is not None and server.hub.swept.kept == {sha: 2_000_000}
    assert _partials(world) == [f"{sha}.{total}.part"]
    pushed, counted = _push_ok(world)
    assert pushed["photos_resumed"] == 1 and counted.put_bytes == total - 2_000_000
    assert world.hub.blobs.verify(sha) and _partials(world) == []


def test_start_removes_temp_files_of_killed_writes_and_expired_partials(world: World) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [BIG, SMALL])
    big, big_data = _photo(BIG)
    small, small_data = _photo(SMALL)
    photos = world.hub.photos_dir
    photos.mkdir(exist_ok=True)
    stale = photos / ".incoming-killed.part"
    stale.write_bytes(b"x" * 1000)
    old = time.time() - BLOB_TEMP_STALE_S - 60
    os.utime(stale, (old, old))
    fresh = photos / ".incoming-writing-now.part"  # another process may be writing this
    fresh.write_bytes(b"y")
    _leave(world, f"{big}.{len(big_data)}.part", big_data[:500_000], PARTIAL_MAX_AGE_S + 3600)
    _leave(world, f"{small}.{len(small_data)}.part", small_data[:4096])  # recent: resumable
    stranger = _leave(world, "notes.txt", b"not an upload", raw=True)

    report = _restart(world).hub.swept
    assert report is not None
    assert report.temp_removed == [stale.name] and not stale.exists() and fresh.exists()
    assert report.expired == [big] and report.kept == {small: 4096}
    assert report.problems == [] and stranger.exists()

    pushed, counted = _push_ok(world)
    assert pushed["photos_resumed"] == 1  # the small photo went on from 4096
    assert counted.put_bytes == len(big_data) + len(small_data) - 4096
    assert all(world.hub.blobs.verify(s) for s in (big, small))

"""SYNC.md cases 4 and 11 against a real hub on 127.0.0.1."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hub_fixtures import World, add_finding_with_photos, make_world
from PIL import Image

from inspect_app.photos.importer import run_import
from inspect_app.storage import findings
from inspect_app.storage.receive import ops_missing_from
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, hub_client
from inspect_app.sync.hub_client import HubSession, HubSyncError


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)
    yield made
    made.close()


def test_case4_crash_after_the_ops_then_an_edit(world: World) -> None:
    names = [
        "exifpy_gps_DSCN0010.jpg",
        "exifpy_gps_DSCN0012.jpg",
        "exifpy_gps_DSCN0021.jpg",
        "exifpy_gps_DSCN0025.jpg",
        "exifpy_gps_DSCN0027.jpg",
    ] * 4
    finding = add_finding_with_photos(world.a, world.lead, world.patrol, world.site, names)
    with HubSession(world.a, world.url) as session:  # the ops go, then the laptop "dies"
        session.hello()
        session.post_ops(ops_missing_from(world.a, {}), uuid.uuid4().hex)
    assert bundle.expected_photos(world.hub)  # the hub knows what it is still missing
    data_dir = world.a.data_dir
    world.a.close()
    world.a = Store.open(data_dir)  # reopen
    findings.edit_finding(world.a, world.lead, finding, description="重启后补充")
    summary = hub_client.push(world.a, world.url)
    assert summary["ok"] and summary["accepted"] == 1  # the edit is one new op
    assert bundle.expected_photos(world.hub) == []  # photos resumed
    hub_finding = findings.get_finding(world.hub, finding)
    assert hub_finding.description == "重启后补充" and len(hub_finding.photo_ids) == 5
    blobs = world.hub.blobs
    assert all(blobs.verify(sha) for sha in hub_finding.photo_ids)


class FlakyTransport(httpx.BaseTransport):
    """The real network transport, failing a seeded share of requests like a bad Wi-Fi."""

    def __init__(self, failure_rate: float, seed: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.rng = random.Random(seed)
        self.failure_rate = failure_rate

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.rng.random() < self.failure_rate:
            raise httpx.ConnectError("simulated drop", request=request)
        response = self.inner.handle_request(request)
        if self.rng.random() < self.failure_rate / 2:
            response.read()
            raise httpx.ReadError("simulated lost answer", request=request)
        return response


def test_case11_200_photos_over_a_flaky_link(world: World, tmp_path: Path) -> None:
    folder = tmp_path / "card"
    folder.mkdir()
    for n in range(200):
        Image.new("RGB", (48, 32), (n, 255 - n, (n * 7) % 256)).save(folder / f"p{n:03}.jpg")
    finding = findings.add_finding(world.a, world.lead, world.patrol, "air", world.site).id
    report = run_import(world.a, world.lead, finding, [folder])
    assert len(report.imported) == 200
    hub_blobs = world.hub.blobs
    outcomes = []
    for attempt in range(12):
        try:
            summary = hub_client.push(
                world.a, world.url, transport=FlakyTransport(0.08, seed=attempt)
            )
        except HubSyncError:
            outcomes.append("error")
        else:
            outcomes.append("ok" if summary["ok"] else "partial")
            if not summary["ok"]:
                assert summary["photos_expected"] or summary["photos_failed"]
        # both sides agree on every photo the hub holds, or show it as expected
        referenced = (
            set(findings.get_finding(world.hub, finding).photo_ids)
            if (world.hub.exists("finding", finding))
            else set()
        )
        expected = set(bundle.expected_photos(world.hub))
        for sha in referenced:
            assert (hub_blobs.has(sha) and hub_blobs.verify(sha)) or sha in expected
        if outcomes[-1] == "ok":
            break
    assert outcomes[-1] == "ok", outcomes
    assert "error" in outcomes or "partial" in outcomes  # the link really was flaky
    assert bundle.expected_photos(world.hub) == []
    for laptop in (world.b, world.a, world.b):
        assert hub_client.both(laptop, world.url)["ok"]
    assert bundle.expected_photos(world.b) == []
    digests = {conflicts.store_digest(s) for s in (world.a, world.b, world.hub)}
    assert len(digests) == 1

"""Restored and cloned laptops against a real hub on 127.0.0.1: seen by the hub itself, never
"complete" while the laptop's ops are not there, and recovered without losing an op."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from hub_fixtures import World, make_world

from inspect_app.storage import findings
from inspect_app.storage.store import Store
from inspect_app.sync import conflicts, hub_client, replicas


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)
    yield made
    made.close()


def _copy(store: Store, where: Path) -> Store:
    store.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    shutil.copytree(store.data_dir, where)
    copy = Store.open(where)
    return copy


def _add(store: Store, world: World, text: str) -> str:
    officer = world.lead if store is world.a else world.inspector
    return findings.add_finding(store, officer, world.patrol, "air", world.site, text).id


def test_a_laptop_restored_on_another_machine_is_told_by_the_hub(
    world: World, tmp_path: Path
) -> None:
    first = _add(world.a, world, "备份前")
    assert hub_client.push(world.a, world.url)["ok"]
    restored = _copy(world.a, tmp_path / "new-machine")  # last week's backup ...
    lost = _add(world.a, world, "备份后")
    assert hub_client.push(world.a, world.url)["ok"]
    world.a.close()  # ... and the laptop dies
    world.a = restored
    summary = hub_client.push(restored, world.url)
    assert not summary["ok"] and "restored from an older backup" in summary["identity_problem"]
    assert summary["message"].startswith("push incomplete")
    with pytest.raises(Exception, match="writing is stopped"):
        _add(restored, world, "不该写")
    done = restored.reset_identity()
    replicas.enroll(world.hub, world.lead, done.replica_id, restored.public_key, "A again")
    assert hub_client.both(restored, world.url)["ok"]
    assert restored.exists("finding", lost) and restored.exists("finding", first)
    later = _add(restored, world, "新身份")
    assert hub_client.push(restored, world.url)["ok"]
    assert world.hub.exists("finding", later)
    assert world.hub.check().ok and restored.check().ok


def test_the_hub_sees_a_cloned_laptop_and_both_copies_recover(world: World, tmp_path: Path) -> None:
    assert hub_client.push(world.a, world.url)["ok"]
    clone = _copy(world.a, tmp_path / "clone")
    mine, theirs = _add(world.a, world, "原机"), _add(clone, world, "克隆机")
    assert hub_client.push(world.a, world.url)["ok"]
    summary = hub_client.push(clone, world.url)  # the hub: same replica, same seq, other op
    assert not summary["ok"]
    assert any(q["code"] == "equivocation" for q in summary["quarantined"])
    assert "different history" in summary["identity_problem"]
    assert list(world.hub.check().forks) == [world.a.replica_id]
    assert world.hub.check().ok  # held by design
    assert not world.hub.exists("finding", mine) and not world.hub.exists("finding", theirs)
    hub_client.pull(world.a, world.url)  # the original learns it from the hub
    assert world.a.check().write_blocked
    hub_client.both(world.b, world.url)  # B holds both histories too, applies neither
    assert conflicts.store_digest(world.b) == conflicts.store_digest(world.hub)
    for laptop in (world.a, clone):
        done = laptop.reset_identity()
        assert done.rewritten == 1
        replicas.enroll(world.hub, world.lead, done.replica_id, laptop.public_key, "again")
    for laptop in (world.a, clone, world.b):  # the first round shows each copy the other's
        hub_client.both(laptop, world.url)
    for laptop in (world.a, clone, world.b):
        assert hub_client.both(laptop, world.url)["ok"]
    stores = (world.hub, world.a, clone, world.b)
    for store in stores:
        assert findings.get_finding(store, mine).description == "原机"
        assert findings.get_finding(store, theirs).description == "克隆机"
        assert store.check().ok
    assert len({conflicts.store_digest(s) for s in stores}) == 1
    clone.close()


def test_push_is_not_complete_when_the_hub_did_not_keep_the_ops(world: World) -> None:
    """A hub (or a proxy) that answers 200 to POST /ops without storing them."""
    _add(world.a, world, "丢失")
    real = httpx.HTTPTransport()

    class Forgetful(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and request.url.path == "/ops":
                return httpx.Response(200, json={"accepted": 0, "duplicate": 0})
            return real.handle_request(request)

    summary = hub_client.push(world.a, world.url, transport=Forgetful())
    assert not summary["ok"] and summary["own_ops_missing"] > 0
    assert "not on the hub" in summary["message"]
    assert hub_client.push(world.a, world.url)["ok"]  # the real hub: now complete


@pytest.mark.parametrize("written_after_restore", [1, 2])
def test_a_full_disk_image_restored_loses_no_edit(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, written_after_restore: int
) -> None:
    """Data and state folder restored together (no high-water warning): the hub tells."""
    state = tmp_path / "state"
    monkeypatch.setenv("INSPECT_APP_STATE_DIR", str(state))
    a_dir = world.a.data_dir
    world.a.close()
    world.a = Store.open(a_dir)
    _add(world.a, world, "备份前")  # marks the high water in the state folder
    assert hub_client.both(world.a, world.url)["ok"]
    world.a.close()
    shutil.copytree(a_dir, tmp_path / "image-data")
    shutil.copytree(state, tmp_path / "image-state")
    world.a = Store.open(a_dir)
    f = _add(world.a, world, "v0")
    for i in range(1, 4):
        findings.edit_finding(world.a, world.lead, f, description=f"v{i}")
    assert hub_client.push(world.a, world.url)["ok"]
    world.a.close()  # the disk dies; the whole image comes back
    shutil.rmtree(a_dir)
    shutil.rmtree(state)
    shutil.copytree(tmp_path / "image-data", a_dir)
    shutil.copytree(tmp_path / "image-state", state)
    world.a = restored = Store.open(a_dir)
    assert not restored.setting("write_blocked")
    new = [_add(restored, world, f"恢复后{i}") for i in range(written_after_restore)]
    hub_client.both(restored, world.url)
    assert restored.setting("write_blocked")
    done = restored.reset_identity(adopt_other_history=True)
    assert not done.not_rewritten
    replicas.enroll(world.hub, world.lead, done.replica_id, restored.public_key, "A again")
    for _ in range(2):
        for laptop in (restored, world.b):
            hub_client.both(laptop, world.url)
    for store in (world.hub, restored, world.b):
        assert findings.get_finding(store, f).description == "v3"
        assert all(store.exists("finding", n) for n in new)
        assert store.check().ok
    assert len({conflicts.store_digest(s) for s in (world.hub, restored, world.b)}) == 1

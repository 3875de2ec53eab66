"""The office hub over real HTTP on 127.0.0.1: laptops push and pull through it (SYNC.md)."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fixture_photos import photo_path
from hub_fixtures import World, add_finding_with_photos, edit_many, make_world

from inspect_app.cli import main
from inspect_app.storage import findings
from inspect_app.storage.receive import receive
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, hub_client, replicas
from inspect_app.sync.hub import HubThread, bind
from inspect_app.sync.hub_client import (
    HubRefusedError,
    HubSession,
    HubSyncError,
    HubUnreachableError,
    cursor_of,
    receive_with_cursor,
)
from inspect_app.sync.hub_protocol import sign_request

BIG = "exifpy_nokia_8_3_gps.jpg"  # 2.1 MB
SMALL = ["exifpy_gps_DSCN0010.jpg", "exifpy_gps_DSCN0012.jpg", "recurser_Portrait_8.jpg"]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)
    yield made
    made.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _state(store: Store) -> tuple[int, str]:
    return store.op_count(), conflicts.store_digest(store)


def _signed(
    world: World, key: Ed25519PrivateKey, replica: str, method: str, path: str, body: bytes = b""
) -> httpx.Response:
    headers = sign_request(key, replica, world.hub.replica_id, method, path, body, int(time.time()))
    return httpx.request(method, world.url + path, content=body, headers=headers, timeout=10)


# -- convergence -----------------------------------------------------------------------------------
def test_two_laptops_converge_through_the_hub(world: World) -> None:
    a, b = world.a, world.b
    f_a = add_finding_with_photos(a, world.lead, world.patrol, world.site, [SMALL[0], BIG])
    pushed = hub_client.push(a, world.url)
    assert pushed["ok"] and pushed["accepted"] == pushed["ops_sent"] > 0
    assert pushed["photos_sent"] == 2 and pushed["photos_expected"] == []

    synced = hub_client.both(b, world.url)
    assert synced["ok"], synced["message"]
    assert synced["pull"]["photos_received"] == 2
    b.set_setting("current_officer", world.inspector)
    f_b = add_finding_with_photos(b, world.inspector, world.patrol, world.site, [SMALL[1]], "污水")
    findings.edit_finding(b, world.inspector, f_a, severity="major")
    assert hub_client.push(b, world.url)["ok"]
    pulled = hub_client.pull(a, world.url)
    assert pulled["ok"] and pulled["accepted"] > 0 and pulled["photos_received"] == 1

    assert hub_client.pull(b, world.url)["accepted"] == 0  # nothing new: cursor is kept
    digests = {conflicts.store_digest(s) for s in (a, b, world.hub)}
    assert len(digests) == 1
    assert findings.get_finding(a, f_a).severity == "major"
    assert findings.get_finding(a, f_b).photo_ids == (_sha(photo_path(SMALL[1])),)
    for store in (a, b, world.hub):
        report = store.check()
        assert report.ok, (report.chain_breaks, report.photo_problems)


def test_same_field_edited_on_two_laptops_conflicts_everywhere(world: World) -> None:
    """SYNC.md case 1 over HTTP: B→H, A→H, H→A, H→B gives the same open conflict on all three."""
    a, b = world.a, world.b
    f = add_finding_with_photos(a, world.lead, world.patrol, world.site, [])
    hub_client.push(a, world.url)
    hub_client.pull(b, world.url)
    findings.edit_finding(a, world.lead, f, severity="major")
    findings.edit_finding(b, world.inspector, f, severity="serious")
    hub_client.push(b, world.url)
    hub_client.push(a, world.url)
    hub_client.pull(a, world.url)
    hub_client.pull(b, world.url)
    lists = [conflicts.list_conflicts(s) for s in (a, b, world.hub)]
    assert lists[0] == lists[1] == lists[2] and len(lists[0]) == 1
    assert {c["value"] for c in lists[0][0]["candidates"]} == {"major", "serious"}


# -- who may talk to the hub -----------------------------------------------------------------------
def test_unknown_replica_gets_403_naming_it_and_hub_unchanged(world: World, tmp_path: Path) -> None:
    with Store.open(tmp_path / "stranger") as stranger:
        replicas.enroll(stranger, None, world.hub.replica_id, world.hub.public_key)
        before = _state(world.hub)
        with pytest.raises(HubRefusedError) as caught:
            hub_client.push(stranger, world.url)
        assert stranger.replica_id in str(caught.value)
        assert "not enrolled" in str(caught.value)
        response = _signed(world, stranger.key, stranger.replica_id, "GET", "/ops?after=0")
        assert response.status_code == 403
        assert stranger.replica_id in response.json()["error"]
    assert _state(world.hub) == before
    assert not (world.hub.data_dir / "partial").exists()


def test_revoked_replica_is_refused(world: World) -> None:
    hub_client.push(world.a, world.url)
    replicas.revoke(world.hub, world.lead, world.b.replica_id)
    with pytest.raises(HubRefusedError, match=world.b.replica_id):
        hub_client.pull(world.b, world.url)


def test_forged_altered_and_stale_requests_get_403(world: World) -> None:
    a = world.a
    before = _state(world.hub)
    body = json.dumps({"ops": []}).encode()
    forged = _signed(world, Ed25519PrivateKey.generate(), a.replica_id, "POST", "/ops", body)
    assert forged.status_code == 403
    assert "does not verify" in forged.json()["error"] and a.replica_id in forged.json()["error"]

    headers = sign_request(
        a.key, a.replica_id, world.hub.replica_id, "GET", "/ops?after=0", b"", int(time.time())
    )
    altered = httpx.get(world.url + "/ops?after=5", headers=headers)  # query changed in transit
    assert altered.status_code == 403

    stale = sign_request(
        a.key, a.replica_id, world.hub.replica_id, "GET", "/frontier", b"", int(time.time()) - 301
    )
    response = httpx.get(world.url + "/frontier", headers=stale)
    assert response.status_code == 403 and "stale" in response.json()["error"]

    unsigned = httpx.get(world.url + "/frontier")
    assert unsigned.status_code == 401 and "X-Inspect-Replica" in unsigned.json()["error"]
    ok = _signed(world, a.key, a.replica_id, "GET", "/frontier")
    assert ok.status_code == 200
    assert _state(world.hub) == before


def test_laptop_refuses_a_hub_it_has_not_enrolled(world: World, tmp_path: Path) -> None:
    with Store.open(tmp_path / "fresh") as fresh, pytest.raises(HubSyncError) as caught:
        hub_client.pull(fresh, world.url)
    assert f"replica enroll {world.hub.replica_id} {world.hub.public_key}" in str(caught.value)


def test_wrong_laptop_clock_does_not_stop_sync(tmp_path: Path) -> None:
    """SYNC.md case 5 for the transport: the hub's clock is an hour off the laptop's."""
    made = make_world(tmp_path, clock=lambda: time.time() + 3600)
    try:
        assert hub_client.push(made.a, made.url)["ok"]
        assert hub_client.pull(made.b, made.url)["ok"]
    finally:
        made.close()


# -- retries and idempotency (case 3) --------------------------------------------------------------
class _LoseResponses(httpx.BaseTransport):
    """Forwards every request to the real hub, then 'loses' the first N answers to a path."""

    def __init__(self, path: str, method: str, times: int) -> None:
        self.inner = httpx.HTTPTransport()
        self.path, self.method, self.left = path, method, times

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.url.path == self.path and request.method == self.method and self.left:
            response.read()
            self.left -= 1
            raise httpx.ReadTimeout("response lost", request=request)
        return response


def test_push_retried_after_lost_responses_stores_everything_once(world: World) -> None:
    a = world.a
    f = add_finding_with_photos(a, world.lead, world.patrol, world.site, SMALL)
    edit_many(a, world.lead, f, 50 - a.op_count())  # a holds exactly 50 ops now
    assert a.op_count() == 50
    hub_before = world.hub.op_count()
    lossy = _LoseResponses("/ops", "POST", times=2)  # committed twice, answer lost twice
    pushed = hub_client.push(a, world.url, transport=lossy)
    assert pushed["ok"] and lossy.left == 0
    assert pushed["accepted"] == 50  # the retry got the first answer back (Idempotency-Key)
    assert world.hub.op_count() == hub_before + 50

    for _ in range(3):  # the whole push again, 3×: nothing new
        again = hub_client.push(a, world.url)
        assert again["ok"] and again["accepted"] == 0
        assert world.hub.op_count() == hub_before + 50
    with HubSession(a, world.url) as session:  # the same batch posted 3× with one key
        session.hello()
        entries = [(body, sig) for body, sig in a.db.conn.execute("SELECT body, sig FROM ops")]
        replies = [session.post_ops(entries, "same-key") for _ in range(3)]
    assert [r["replayed"] for r in replies] == [False, True, True]
    assert replies[0]["duplicate"] == 50
    # the same ops arrive later by bundle too
    made = bundle.export_bundle(a, world.a.data_dir.parent / "late.zip")
    assert bundle.import_bundle(world.hub, Path(made.path)).accepted == 0
    assert world.hub.op_count() == hub_before + 50
    hub_photos = world.hub.blobs
    assert all(hub_photos.verify(_sha(photo_path(n))) for n in SMALL)
    assert sum(1 for p in world.hub.photos_dir.rglob("*") if p.is_file()) == 3


# -- photos: resumable, verified (case 6) ----------------------------------------------------------
def test_photo_upload_cut_at_60_percent_resumes_and_verifies(world: World) -> None:
    a = world.a
    add_finding_with_photos(a, world.lead, world.patrol, world.site, [BIG])
    source = photo_path(BIG)
    sha, data = _sha(source), source.read_bytes()
    chunk = 64 * 1024
    cut = int(len(data) * 0.6) // chunk * chunk
    with HubSession(a, world.url) as first:
        first.hello()
        for offset in range(0, cut, chunk):
            assert first.put_chunk(sha, offset, len(data), data[offset : offset + chunk]).is_success
        assert first.photo_offset(sha) == ("partial", cut)
        assert first.missing_photos([sha]) == [sha]  # never present before the hash matched
        stale = first.put_chunk(sha, 0, len(data), data[:chunk])  # a late duplicate chunk
        assert stale.status_code == 409 and stale.json()["offset"] == cut
    assert not world.hub.blobs.has(sha)

    pushed = hub_client.push(a, world.url, chunk_bytes=chunk)  # a new client resumes
    assert pushed["ok"] and pushed["photos_resumed"] == 1
    assert world.hub.blobs.verify(sha)
    assert not any((world.hub.data_dir / "partial").iterdir())


def test_wrong_hash_upload_is_refused_and_discarded(world: World) -> None:
    wrong = _sha(photo_path(SMALL[0]))
    data = photo_path(SMALL[1]).read_bytes()
    with HubSession(world.a, world.url) as session:
        session.hello()
        response = session.put_chunk(wrong, 0, len(data), data)
        assert response.status_code == 422 and "do not hash to" in response.json()["error"]
        assert session.photo_offset(wrong) == ("absent", 0)
        ghost = "0" * 64
        assert session.put_chunk(ghost, 0, 3, b"abc").status_code == 422
    assert not world.hub.blobs.has(wrong)
    assert not any((world.hub.data_dir / "partial").iterdir())


# -- pull: ops and cursor together -----------------------------------------------------------------
def test_pull_stores_ops_and_cursor_together_and_a_rerun_finishes(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, SMALL[:2])
    hub_client.push(world.a, world.url)
    b = world.b

    def dies(self: HubSession, sha: str) -> bytes:
        raise RuntimeError("laptop killed during the photo download")

    monkeypatch.setattr(HubSession, "download_photo", dies)
    with pytest.raises(RuntimeError):
        hub_client.pull(b, world.url, limit=7)  # several pages, then the "kill"
    last_pos = world.hub.db.conn.execute("SELECT max(pos) FROM ops").fetchone()[0]
    assert cursor_of(b, world.hub.replica_id)[0] == last_pos
    held = b.op_count()
    hub_ids = {r[0] for r in world.hub.db.conn.execute("SELECT op_id FROM ops")}
    assert hub_ids <= {r[0] for r in b.db.conn.execute("SELECT op_id FROM ops")}
    assert len(bundle.expected_photos(b)) == 2

    def flaky(self: HubSession, sha: str) -> bytes:
        raise HubSyncError("link dropped")

    monkeypatch.setattr(HubSession, "download_photo", flaky)
    partial = hub_client.pull(b, world.url)
    assert not partial["ok"] and len(partial["photos_expected"]) == 2  # never "success"
    assert "still expected" in partial["message"]

    monkeypatch.undo()
    rerun = hub_client.pull(b, world.url)
    assert rerun["ok"] and rerun["accepted"] == rerun["duplicate"] == 0
    assert rerun["photos_received"] == 2 and rerun["photos_expected"] == []
    assert b.op_count() == held
    assert hub_client.push(b, world.url)["ok"]
    assert conflicts.store_digest(b) == conflicts.store_digest(world.hub)


def test_receive_with_cursor_matches_receive(world: World, tmp_path: Path) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [])
    entries = [
        (body, sig)
        for body, sig in world.a.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos")
    ]
    entries.append(("{not json", None))
    with Store.open(tmp_path / "x") as x, Store.open(tmp_path / "y") as y:
        replicas.enroll(x, None, world.a.replica_id, world.a.public_key)
        replicas.enroll(y, None, world.a.replica_id, world.a.public_key)
        plain = receive(x, entries)
        with_cursor = receive_with_cursor(y, entries, "hub_cursor:test", "12:ab")
        assert plain == with_cursor and plain.accepted > 0 and len(plain.quarantined) == 1
        for sql in (
            "SELECT op_id FROM ops WHERE replica = ? ORDER BY pos",
            "SELECT * FROM finding ORDER BY id",
            "SELECT * FROM officer ORDER BY id",
            "SELECT * FROM heads WHERE entity != 'replica' ORDER BY 1, 2, 3",
        ):
            params = [world.a.replica_id] if "?" in sql else []
            assert (
                x.db.conn.execute(sql, params).fetchall()
                == y.db.conn.execute(sql, params).fetchall()
            )
        assert y.setting("hub_cursor:test") == "12:ab"


def test_restored_hub_cursor_is_detected_and_pull_restarts(world: World) -> None:
    hub_client.push(world.a, world.url)
    hub_client.pull(world.b, world.url)
    world.b.set_setting(f"hub_cursor:{world.hub.replica_id}", "3:" + "f" * 64)
    again = hub_client.pull(world.b, world.url)
    assert again["ok"] and again["cursor_reset"] and again["accepted"] == 0


# -- errors ---------------------------------------------------------------------------------------
def test_bad_input_gets_clear_json_errors(world: World) -> None:
    a = world.a
    cases = {
        ("GET", "/ops?after=abc"): 400,
        ("GET", "/ops?after=0&after_op=xyz"): 400,
        ("PUT", "/photos/ABC?offset=0&total=1"): 400,
        ("PUT", "/photos/..%2F..%2Fescape?offset=0&total=1"): 404,
        ("GET", "/photos/" + "a" * 64): 404,
        ("GET", "/nowhere"): 404,
        ("POST", "/photos/missing"): 400,
    }
    for (method, path), status in cases.items():
        response = _signed(world, a.key, a.replica_id, method, path, b"x")
        assert response.status_code == status, (method, path, response.text)
        assert response.json()["error"]
    bad_ops = _signed(world, a.key, a.replica_id, "POST", "/ops", b'{"ops": [1]}')
    assert bad_ops.status_code == 400 and "op #0" in bad_ops.json()["error"]
    assert not (world.hub.data_dir.parent / "escape").exists()
    assert world.hub.check().ok


def test_unreachable_hub_is_a_clear_error(world: World) -> None:
    sock = bind("127.0.0.1", 0)
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with pytest.raises(HubUnreachableError, match="cannot reach the hub"):
        hub_client.push(world.a, f"http://127.0.0.1:{port}", timeout=2)
    with pytest.raises(HubSyncError, match="not a hub address"):
        hub_client.push(world.a, "ftp:/ /nonsense")


# -- command line ---------------------------------------------------------------------------------
def test_cli_sync_push_pull_both(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [SMALL[0]])
    dir_a, dir_b = str(world.a.data_dir), str(world.b.data_dir)
    world.a.close()  # the CLI opens the store itself
    world.b.close()
    assert main(["--data-dir", dir_a, "--json", "sync", "push", "--hub", world.url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["photos_sent"] == 1
    assert main(["--data-dir", dir_b, "--json", "sync", "both", "--hub", world.url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["pull"]["photos_received"] == 1
    assert main(["--data-dir", dir_b, "sync", "pull", "--hub", "http://127.0.0.1:9"]) == 1
    assert "cannot reach the hub" in capsys.readouterr().err
    world.a = Store.open(Path(dir_a))
    world.b = Store.open(Path(dir_b))


def test_cli_hub_serve_on_a_taken_port_fails_clearly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(tmp_path / "h") as store, HubThread(store) as running:
        port = running.url.rsplit(":", 1)[1]
        code = main(["--data-dir", str(tmp_path / "h2"), "hub", "serve", "--port", port])
    assert code == 1 and f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


class _BreakPull(httpx.BaseTransport):
    """The real hub, except that GET /ops answers JSON without a cursor (a broken hub)."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/ops" and request.method == "GET":
            return httpx.Response(200, json={"ops": []})
        return self.inner.handle_request(request)


def test_malformed_hub_answer_is_a_clear_error(world: World) -> None:
    with pytest.raises(HubSyncError, match="malformed answer"):
        hub_client.pull(world.b, world.url, transport=_BreakPull())
    assert cursor_of(world.b, world.hub.replica_id) == (0, None)


def test_photo_download_supports_range(world: World) -> None:
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [SMALL[0]])
    hub_client.push(world.a, world.url)
    data = photo_path(SMALL[0]).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    a = world.a
    headers = sign_request(
        a.key, a.replica_id, world.hub.replica_id, "GET", f"/photos/{sha}", b"", int(time.time())
    )
    response = httpx.get(f"{world.url}/photos/{sha}", headers={**headers, "Range": "bytes=100-"})
    assert response.status_code == 206 and response.content == data[100:]
    with HubSession(a, world.url) as session:
        session.hello()
        assert session.download_photo(sha) == data

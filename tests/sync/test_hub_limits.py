"""The hub's door (issue 8 §4): deadlines, connection limits, the refusal log, hostile bodies.

Every test runs a real hub (uvicorn on 127.0.0.1) over real stores. Deadlines are short here
(:data:`LIMITS`) so that they can be watched acting; the defaults are in ``hub_protocol``.
Hostile peers use other loopback addresses (127.0.0.2 …) where the machine allows it, so the
hub sees them as other laptops on the LAN.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from hostile import Attacker, RawClient, loopback_alias, signed_request, wait_until
from hub_fixtures import World, add_finding_with_photos, make_world
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from inspect_app.storage.database import connect
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.sync import hub_client, replicas
from inspect_app.sync.hub import HubLimits, HubThread, read_refusals
from inspect_app.sync.hub_protocol import MAX_PHOTO_BYTES
from inspect_app.sync.hub_refusals import OVERFLOW, RefusalLog

BIG = "exifpy_nokia_8_3_gps.jpg"  # 2.1 MB
SMALL = ["exifpy_gps_DSCN0010.jpg", "exifpy_gps_DSCN0012.jpg", "recurser_Portrait_8.jpg"]

LIMITS = HubLimits(
    header_timeout_s=1.0,
    body_grace_s=0.5,
    min_body_rate=64 * 1024,
    drain_s=0.5,
    write_stall_s=1.0,
    keep_alive_s=5,
    max_connections=48,
    max_connections_per_peer=4,
)
SLACK_S = 1.5  # scheduling slack on a loaded 2-core machine


def _restart(world: World, limits: HubLimits = LIMITS) -> HubThread:
    """Serve the world's hub store again, with ``limits``."""
    world.server.stop()
    world.server = HubThread(world.hub, limits=limits).start()
    return world.server


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)
    _restart(made)
    yield made
    made.close()


def _refusals(world: World) -> list[tuple[str, str, str, int]]:
    world.server.hub.refusals.flush()
    return [(r.peer, r.replica, r.reason, r.count) for r in read_refusals(world.hub.data_dir)]


def _reasons(world: World, peer: str | None = None) -> dict[str, int]:
    found: dict[str, int] = {}
    for p, _, reason, count in _refusals(world):
        if peer is None or p == peer:
            found[reason] = found.get(reason, 0) + count
    return found


def _fingerprint(store: Store) -> str:
    """SHA-256 over every row of every table of the store file, read through its own connection."""
    digest = hashlib.sha256()
    with contextlib.closing(connect(store.data_dir / DB_NAME, readonly=True)) as conn:
        tables = [
            t
            for (t,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            for row in sorted(repr(r) for r in rows):
                digest.update(row.encode())
    return digest.hexdigest()


def _files(folder: Path) -> dict[str, int]:
    if not folder.is_dir():
        return {}
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*") if p.is_file()}


def _state(world: World) -> tuple[str, dict[str, int], dict[str, int]]:
    """The hub's store file content, its photos and its partial uploads."""
    data = world.hub.data_dir
    return _fingerprint(world.hub), _files(data / "photos"), _files(data / "partial")


def _put_path(sha: str, offset: int, total: int) -> str:
    return f"/photos/{sha}?offset={offset}&total={total}"


# -- deadlines ----------------------------------------------------------------------------------
def test_silent_and_trickling_connections_are_cut_at_the_header_deadline(world: World) -> None:
    silent = RawClient(world.url)
    trickle = RawClient(world.url)
    trickle.send(b"GET /frontier HTTP/1.1\r\nHost: hub\r\n")
    deadline = time.monotonic() + 5
    while not trickle.poll_closed() and time.monotonic() < deadline:
        trickle.send(b"X")  # a byte every 50 ms never buys more time
        time.sleep(0.05)
    for client in (silent, trickle):
        life = client.wait_closed(LIMITS.header_timeout_s + SLACK_S)
        assert LIMITS.header_timeout_s * 0.9 <= life <= LIMITS.header_timeout_s + SLACK_S
        status, body = client.answer()
        assert status == 408 and "headers not received" in body["error"]
    assert _reasons(world)["header_timeout"] == 2
    wait_until(lambda: world.server.hub.door.open_connections == 0, 2)


def test_slow_or_stalled_bodies_are_cut_at_the_minimum_rate_but_a_steady_one_passes(
    world: World,
) -> None:
    a, hub = world.a, world.hub
    before = _state(world)

    def upload(size: int, extra: dict[str, str] | None = None) -> tuple[str, bytes, bytes]:
        body = os.urandom(size)
        sha = hashlib.sha256(body).hexdigest()
        path = _put_path(sha, 0, size)
        head, _ = signed_request(a.key, a.replica_id, hub.replica_id, "PUT", path, body, extra)
        return sha, head, body

    # a stalled body is cut at the grace, however long it declares to be (a replayed
    # signed head cannot buy the whole-body time)
    _, head, body = upload(1 << 20)
    stalled = RawClient(world.url)
    stalled.send(head + body[:1000])
    life = stalled.wait_closed(LIMITS.body_deadline(1000) + SLACK_S)
    assert LIMITS.body_grace_s * 0.9 <= life <= LIMITS.body_deadline(1000) + SLACK_S
    assert life < LIMITS.body_deadline(1 << 20) / 2
    status, answer = stalled.answer()
    assert status == 408 and "1,000 of 1,048,576 bytes arrived" in answer["error"]
    assert answer["keyed"]["id"] == "hub.body_too_slow"  # the laptop says it in its language
    assert answer["keyed"]["params"]["got"] == 1000

    # a body trickling below the rate (about 20 KiB/s) is cut too
    _, head, body = upload(64 * 1024)
    slow = RawClient(world.url)
    slow.send(head)
    sent = 0
    while slow.send(body[sent : sent + 1024]) and not slow.poll_closed() and sent < len(body):
        sent += 1024
        time.sleep(0.05)
    slow.wait_closed(SLACK_S)
    assert slow.answer()[0] == 408 and sent < len(body)
    assert _state(world) == before  # nothing of either was kept
    refused = {(r, why): n for _, r, why, n in _refusals(world)}
    assert refused[(a.replica_id, "body_timeout")] == 2

    # the same size in 16 pieces over ~0.8 s (80 KiB/s, above the rate) is taken
    sha, head, body = upload(64 * 1024, {"Connection": "close"})
    steady = RawClient(world.url)
    steady.send(head)
    for i in range(0, len(body), 4096):
        steady.send(body[i : i + 4096])
        time.sleep(0.05)
    steady.wait_closed(5)
    assert steady.answer() == (200, {"sha256": sha, "offset": len(body), "complete": True})


def test_refused_body_is_drained_briefly_then_the_connection_closes(world: World) -> None:
    client = RawClient(world.url)
    client.send(b"POST /ops HTTP/1.1\r\nHost: hub\r\nContent-Length: 100000\r\n\r\n{")
    life = client.wait_closed(LIMITS.drain_s + SLACK_S)
    status, body = client.answer()
    assert status == 401 and "unsigned request" in body["error"]
    assert life <= LIMITS.drain_s + SLACK_S
    assert _reasons(world) == {"unsigned": 1}


def test_client_that_stops_reading_an_answer_is_cut(world: World) -> None:
    a = world.a
    # 16 MiB: more than the kernel's socket buffers can swallow (4 MiB at most here)
    sha, _ = world.server.hub.blobs.put_bytes(os.urandom(16 << 20))
    head, _ = signed_request(a.key, a.replica_id, world.hub.replica_id, "GET", f"/photos/{sha}")
    reader = RawClient(world.url, rcvbuf=4096)
    reader.send(head)  # and never read the answer
    door = world.server.hub.door
    wait_until(lambda: door.connections_of("127.0.0.1") == 1, 2)
    wait_until(lambda: door.open_connections == 0, LIMITS.write_stall_s + SLACK_S + 2)
    assert _reasons(world) == {"write_stall": 1}
    assert (a.replica_id, "write_stall") in {(r, why) for _, r, why, _ in _refusals(world)}
    reader.close()


# -- size limits --------------------------------------------------------------------------------
def test_request_heads_and_bodies_over_the_limits_are_refused_before_reading(
    world: World,
) -> None:
    cases = [
        # a head over 8 KiB arriving whole, and one trickling past it
        (b"GET /frontier HTTP/1.1\r\nHost: hub\r\nX-Big: " + b"y" * 9000 + b"\r\n\r\n", 431),
        (b"GET /frontier HTTP/1.1\r\nHost: hub\r\n" + b"X-A: b\r\n" * 1200, 400),
        # a body declared over every route's limit, and a chunked one (no size up front)
        (b"POST /ops HTTP/1.1\r\nHost: hub\r\nContent-Length: 100000000000\r\n\r\n", 413),
        (b"POST /ops HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n", 411),
        (b"NOT HTTP AT ALL\r\n\r\n", 400),
    ]
    before = _fingerprint(world.hub)
    for raw, expected in cases:
        client = RawClient(world.url)
        for i in range(0, len(raw), 4096):
            client.send(raw[i : i + 4096])
        life = client.wait_closed(SLACK_S)
        status, body = client.answer()
        assert status == expected, (raw[:60], client.received[:200])
        assert isinstance(body["error"], str) and life < SLACK_S
    assert _fingerprint(world.hub) == before
    reasons = _reasons(world)
    assert reasons["bad_http"] == 3 and reasons["too_large"] == 1
    assert reasons["length_required"] == 1


def test_odd_signature_headers_get_a_clean_refusal(world: World) -> None:
    a = world.a
    head, _ = signed_request(a.key, a.replica_id, world.hub.replica_id, "GET", "/frontier")
    cases = {
        b"X-Inspect-Timestamp: \xb2\r\n": 401,  # a latin-1 superscript two: isdigit() but not int()
        b"X-Inspect-Replica: \xe9" + b"0" * 31 + b"\r\n": 401,
        b"X-Inspect-Signature: " + "\u0660".encode() * 64 + b"\r\n": 403,
    }
    for line, expected in cases.items():
        name = line.split(b":")[0]
        kept = [h for h in head.split(b"\r\n") if h and not h.startswith(name)]
        raw = b"\r\n".join(kept) + b"\r\n" + line + b"Connection: close\r\n\r\n"
        client = RawClient(world.url)
        client.send(raw)
        client.wait_closed(SLACK_S)
        status, body = client.answer()
        assert status == expected and body["error"], (line, client.received[:300])


# -- connection limits --------------------------------------------------------------------------
def test_stalled_connections_of_a_peer_are_displaced_for_a_laptop_at_that_address(
    world: World,
) -> None:
    """A peer at its limit with stalled connections: a laptop behind the same address gets in."""
    stalled = [RawClient(world.url) for _ in range(LIMITS.max_connections_per_peer)]
    door = world.server.hub.door
    wait_until(lambda: door.connections_of("127.0.0.1") == LIMITS.max_connections_per_peer, 2)
    add_finding_with_photos(world.a, world.lead, world.patrol, world.site, [SMALL[0]])
    started = time.monotonic()
    assert hub_client.push(world.a, world.url)["ok"]
    assert time.monotonic() - started < LIMITS.header_timeout_s  # not waiting for deadlines
    oldest = stalled[0]
    oldest.wait_closed(1)
    status, body = oldest.answer()
    assert status == 503 and "needed this connection's place" in body["error"]
    assert _reasons(world, "127.0.0.1")["displaced"] >= 1
    assert door.connections_of("127.0.0.1") <= LIMITS.max_connections_per_peer
    for client in stalled:
        client.close()


def test_a_peer_whose_connections_are_all_busy_is_refused_while_others_sync(
    world: World,
) -> None:
    hostile = loopback_alias(2)
    if hostile is None:
        pytest.skip("127.0.0.2 is not usable as a source address here")
    b, hub = world.b, world.hub
    uploads = []
    for _ in range(LIMITS.max_connections_per_peer):  # signed uploads whose bodies crawl
        body = os.urandom(256 * 1024)
        path = _put_path(hashlib.sha256(body).hexdigest(), 0, len(body))
        head, _ = signed_request(b.key, b.replica_id, hub.replica_id, "PUT", path, body)
        client = RawClient(world.url, hostile)
        client.send(head + body[:10])
        uploads.append(client)
    door = world.server.hub.door
    wait_until(lambda: door.connections_of(hostile) == LIMITS.max_connections_per_peer, 2)
    extra = RawClient(world.url, hostile)
    extra.wait_closed(SLACK_S)
    status, body = extra.answer()
    assert status == 503 and "all busy" in body["error"]
    assert hub_client.pull(world.a, world.url)["ok"]  # another address is not affected
    assert _reasons(world, hostile)["too_many_connections"] == 1
    for client in uploads:
        client.close()


def test_a_full_hub_displaces_its_most_stalled_connection(tmp_path: Path) -> None:
    made = make_world(tmp_path)
    try:
        small = HubLimits(
            header_timeout_s=30, max_connections=6, max_connections_per_peer=100, keep_alive_s=30
        )
        server = _restart(made, small)
        stalled = []
        for _ in range(6):
            stalled.append(RawClient(server.url))
            time.sleep(0.01)  # distinct ages
        wait_until(lambda: server.hub.door.open_connections == 6, 2)
        assert hub_client.pull(made.b, made.url)["ok"]
        assert stalled[0].wait_closed(1) < 5 and stalled[0].answer()[0] == 503
        assert not stalled[-1].poll_closed()
        assert server.hub.door.open_connections <= 6
        for client in stalled:
            client.close()
    finally:
        made.close()


# -- the acceptance test --------------------------------------------------------------------
def test_hostile_client_on_the_lan_cannot_stop_other_laptops_syncing(
    world: World, tmp_path: Path
) -> None:
    """Issue 8 §4: stalled, trickling and flooding connections; two laptops sync meanwhile.

    The attack: connections that send nothing from the laptops' own address, connections
    that trickle headers for ever from a second address, and an enrolled peer running
    modified code that opens more uploads than its limit and trickles their bodies from a
    third. The laptops' push and pull finish in seconds, every hostile connection is cut
    within its deadline, and each refusal is counted under its peer and replica.
    """
    a, b, hub = world.a, world.b, world.hub
    c = Store.open(tmp_path / "laptop-c")  # the peer running modified code, enrolled
    replicas.enroll(hub, None, c.replica_id, c.public_key, "laptop C")
    add_finding_with_photos(a, world.lead, world.patrol, world.site, [*SMALL, BIG])
    second, third = loopback_alias(2) or "127.0.0.1", loopback_alias(3) or "127.0.0.1"

    def crawling_upload() -> tuple[bytes, bytes]:
        body = os.urandom(64 * 1024)
        path = _put_path(hashlib.sha256(body).hexdigest(), 0, len(body))
        return signed_request(c.key, c.replica_id, hub.replica_id, "PUT", path, body)

    attackers = [
        Attacker(world.url, "127.0.0.1", 6, "silent", 0.2),
        Attacker(world.url, second, 20, "headers", 0.05),
        Attacker(world.url, third, 10, "body", 0.05, crawling_upload),
    ]
    door = world.server.hub.door
    try:
        for attacker in attackers:
            attacker.start()
        wait_until(lambda: all(x.stats.opened >= x.count for x in attackers), 5)
        wait_until(lambda: door.connections_of(second) == LIMITS.max_connections_per_peer, 5)

        started = time.monotonic()
        pushed = hub_client.push(a, world.url, timeout=10)
        pulled = hub_client.pull(b, world.url, timeout=10)
        took = time.monotonic() - started
        assert pushed["ok"] and pushed["photos_sent"] == 4, pushed
        assert pulled["ok"] and pulled["photos_received"] == 4, pulled
        assert took < 20, f"sync took {took:.1f} s under attack"
        hub_ops = {op for (op,) in hub.db.conn.execute("SELECT op_id FROM ops")}
        assert hub_ops <= {op for (op,) in b.db.conn.execute("SELECT op_id FROM ops")}

        # let every kind of hostile connection meet its deadline at least once
        time.sleep(LIMITS.body_deadline(64 * 1024) + 0.5)
        assert door.open_connections <= LIMITS.max_connections
        longest = {
            "silent": LIMITS.header_timeout_s,
            "headers": LIMITS.header_timeout_s,
            "body": LIMITS.body_deadline(64 * 1024),
        }
        for attacker in attackers:
            bound = longest[attacker.mode] + SLACK_S
            assert attacker.stats.cut > 0, attacker.name
            assert attacker.stats.longest <= bound, (attacker.name, attacker.stats)
            assert attacker.oldest_open() <= bound, attacker.name
    finally:
        stats = [attacker.stop() for attacker in attackers]
        c.close()
    wait_until(lambda: door.open_connections == 0, LIMITS.keep_alive_s + SLACK_S)

    rows = _refusals(world)
    by_peer_reason = {(p, why) for p, _, why, _ in rows}
    assert (second, "header_timeout") in by_peer_reason or (second, "displaced") in by_peer_reason
    assert any(r == c.replica_id and why == "body_timeout" for _, r, why, _ in rows)
    if third != "127.0.0.1":
        assert (third, "too_many_connections") in by_peer_reason
        assert stats[2].statuses.get(503, 0) > 0 and stats[2].statuses.get(408, 0) > 0
    assert stats[1].statuses.get(408, 0) + stats[1].statuses.get(503, 0) == stats[1].cut


# -- the refusal log ----------------------------------------------------------------------------
def test_refusal_log_counts_a_flood_without_losing_earlier_entries(tmp_path: Path) -> None:
    path = tmp_path / "hub-refusals.sqlite3"
    refusals = RefusalLog(path, max_rows=50)
    early = "0123456789abcdef0123456789abcdef"
    refusals.record("192.0.2.7", early, "forbidden", "not enrolled")
    for _ in range(20_000):  # one address hammering with one identity
        refusals.record("192.0.2.66", "f" * 32, "forbidden", "forged")
    for i in range(2_000):  # and with a fresh made-up replica id each time
        refusals.record("192.0.2.66", f"{i:032x}", "unsigned", "bad")
    refusals.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    rows = {(r.peer, r.replica, r.reason): r for r in read_refusals(tmp_path)}
    assert rows[("192.0.2.7", early, "forbidden")].count == 1
    assert rows[("192.0.2.66", "f" * 32, "forbidden")].count == 20_000
    assert len(rows) == 50 + 1  # bounded: the rest went to one overflow row
    unsigned = [r.count for k, r in rows.items() if k[2] == "unsigned"]
    assert sum(unsigned) == 2_000 and rows[(OVERFLOW, OVERFLOW, "unsigned")].count > 1_900
    first = rows[("192.0.2.7", early, "forbidden")].first_seen

    again = RefusalLog(path, max_rows=50)  # a restarted hub keeps counting the same rows
    again.record("192.0.2.7", early, "forbidden", "still not enrolled")
    again.record("192.0.2.99", "", "header_timeout", "slow")  # a new key: full, overflow
    again.record("192.0.2.7", early, "no such reason", "x")
    again.close()
    rows = {(r.peer, r.replica, r.reason): r for r in read_refusals(tmp_path)}
    kept = rows[("192.0.2.7", early, "forbidden")]
    assert kept.count == 2 and kept.first_seen == first and kept.detail == "still not enrolled"
    assert rows[(OVERFLOW, OVERFLOW, "header_timeout")].count == 1
    assert rows[(OVERFLOW, OVERFLOW, "other")].count == 1
    assert read_refusals(tmp_path / "nowhere") == []


def test_refused_requests_are_logged_with_the_replica_id(world: World, tmp_path: Path) -> None:
    with Store.open(tmp_path / "stranger") as stranger:
        replicas.enroll(stranger, None, world.hub.replica_id, world.hub.public_key)
        for _ in range(3):
            with pytest.raises(hub_client.HubRefusedError):
                hub_client.push(stranger, world.url)
        stranger_id = stranger.replica_id
    bad = RawClient(world.url)
    bad.send(b"GET /nowhere HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n\r\n")
    bad.wait_closed(2)
    world.server.stop()  # the counts are written at shutdown at the latest
    rows = read_refusals(world.hub.data_dir)
    forbidden = [r for r in rows if r.reason == "forbidden"]
    assert [(r.peer, r.replica) for r in forbidden] == [("127.0.0.1", stranger_id)]
    assert forbidden[0].count >= 3 and "not enrolled" in forbidden[0].detail
    assert forbidden[0].first_seen <= forbidden[0].last_seen
    assert any(r.reason == "no_such_route" and "/nowhere" in r.detail for r in rows)
    world.server = HubThread(world.hub).start()


# -- hostile bodies (hypothesis) -------------------------------------------------------------------
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_BAD_ITEM = st.one_of(
    _JSON.filter(lambda v: not isinstance(v, dict)),
    st.fixed_dictionaries({"body": st.integers() | st.none() | st.lists(st.text())}),
    st.fixed_dictionaries(
        {"body": st.text(max_size=10), "sig": st.integers() | st.lists(st.none())}
    ),
    st.fixed_dictionaries({"sig": st.text(max_size=10)}),
)


def _ops_shape_ok(value: object) -> bool:
    if not isinstance(value, dict) or not isinstance(value.get("ops"), list):
        return False
    return all(
        isinstance(i, dict)
        and isinstance(i.get("body"), str)
        and isinstance(i.get("sig"), str | None)
        for i in value["ops"]
    )


_OPS_BODIES = st.one_of(
    st.binary(max_size=300),
    _JSON.filter(lambda v: not _ops_shape_ok(v)).map(lambda v: json.dumps(v).encode()),
    st.lists(_BAD_ITEM, min_size=1, max_size=3).map(
        lambda items: json.dumps({"ops": [{"body": "{}", "sig": None}, *items]}).encode()
    ),
)


def _send_signed(world: World, method: str, path: str, body: bytes) -> tuple[int, dict | None]:
    a = world.a
    head, _ = signed_request(
        a.key, a.replica_id, world.hub.replica_id, method, path, body, {"Connection": "close"}
    )
    client = RawClient(world.url)
    client.send(head + body)
    client.wait_closed(10)
    client.close()
    return client.answer()


_FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_FUZZ
@given(body=_OPS_BODIES)
@example(body=b"[" * 100_000 + b"]" * 100_000)  # deeper than the JSON parser's recursion
@example(body=b'{"ops": [{"body": "\\ud800", "sig": null}]}')  # a lone surrogate
@example(body=b'{"ops": ' + b"9" * 5000 + b"}")  # an integer past Python's digit limit
@example(body=b"\xff\xfe{}")
@example(body=b"")
def test_fuzzed_ops_bodies_get_a_clean_refusal_and_change_nothing(
    world: World, body: bytes
) -> None:
    before = _state(world)
    status, answer = _send_signed(world, "POST", "/ops", body)
    assert status in (400, 413), (status, answer, body[:100])
    assert isinstance(answer, dict) and isinstance(answer["error"], str) and answer["error"]
    assert _state(world) == before


_HEX64 = re.compile(r"[0-9a-f]{64}")
_SHA = st.text("0123456789abcdef", min_size=64, max_size=64)
_MISSING_BODIES = st.one_of(
    st.binary(max_size=300),
    _JSON.map(lambda v: json.dumps(v).encode()),
    st.lists(st.one_of(_SHA, _JSON), max_size=4).map(lambda v: json.dumps({"sha256": v}).encode()),
    st.just(json.dumps({"sha256": ["a" * 64] * 20_001}).encode()),
)


@_FUZZ
@given(body=_MISSING_BODIES)
def test_fuzzed_missing_photo_queries_are_answered_or_refused_cleanly(
    world: World, body: bytes
) -> None:
    before = _state(world)
    status, answer = _send_signed(world, "POST", "/photos/missing", body)
    try:
        payload = json.loads(body)
    except ValueError:
        payload = None
    shas = payload.get("sha256") if isinstance(payload, dict) else None
    valid = (
        isinstance(shas, list)
        and len(shas) <= 20_000
        and all(isinstance(s, str) and _HEX64.fullmatch(s) for s in shas)
    )
    assert isinstance(answer, dict), (status, body[:100])
    if valid:
        assert status == 200 and sorted(answer["missing"]) == sorted(shas)
    else:
        assert status == 400 and isinstance(answer["error"], str), (status, answer)
    assert _state(world) == before


_ODD_NUMBER = st.one_of(
    st.integers(min_value=0, max_value=3000).map(str),
    st.sampled_from(
        ["", "-1", "+5", "1e3", "0x10", "²", "٣", "1.0", " 7", "9" * 20, str(MAX_PHOTO_BYTES + 1)]
    ),
    st.text(max_size=6),
)


@_FUZZ
@given(
    sha=st.one_of(_SHA, st.text(max_size=70)),
    offset=st.none() | _ODD_NUMBER,
    total=st.none() | _ODD_NUMBER,
    chunk=st.binary(max_size=1024),
)
@example(sha="a" * 64, offset="²", total="3", chunk=b"abc")  # a digit int() refuses
@example(sha="a" * 64, offset="0", total="٣", chunk=b"abc")  # a digit int() takes
@example(sha="a" * 64, offset="0", total=str(MAX_PHOTO_BYTES + 1), chunk=b"abc")
@example(sha="a" * 64, offset="0", total="3", chunk=b"")
def test_fuzzed_chunk_uploads_are_answered_or_refused_cleanly(
    world: World, sha: str, offset: str | None, total: str | None, chunk: bytes
) -> None:
    params = [
        f"{k}={quote(v, safe='')}"
        for k, v in (("offset", offset), ("total", total))
        if v is not None
    ]
    path = f"/photos/{quote(sha, safe='')}" + ("?" + "&".join(params) if params else "")
    before = (_fingerprint(world.hub), _files(world.hub.data_dir / "photos"))
    partial = _files(world.hub.data_dir / "partial")
    status, answer = _send_signed(world, "PUT", path, chunk)
    assert status in (200, 400, 404, 405, 409, 413, 422), (status, answer, path)
    assert isinstance(answer, dict), (status, path)
    if status != 200:
        assert isinstance(answer["error"], str) and answer["error"]
    assert (_fingerprint(world.hub), _files(world.hub.data_dir / "photos")) == before
    if status in (400, 404, 405, 413):
        assert _files(world.hub.data_dir / "partial") == partial

"""Scoped pull attacked: a hostile peer, a careless operator and time (issue 15, helper S9).

Real PostgreSQL (``pg_url``), real hub processes on 127.0.0.1, real stores and fixture photos.
Each test is one attack; what must hold:

* a scope is a team lead's decision: a laptop setting (or widening) its own scope, a non-lead
  officer's op, an op relayed by another laptop — held ``not_lead`` on the laptops AND on the
  hub, and the hub never pulls by an unjudged scope (it reads the judged ``replica.scope`` of
  its cache only, never the request);
* garbage ``cursors`` / ``epoch`` / ``limit``: a keyed 400 or a clamp, never a 500; cursors of
  keys outside the caller's scope change nothing (the keys are the hub's view);
* pins: floods, global records, unknown records, SQL/unicode/very long ids, a photo, two
  processes at once — tables sound, one tag per (key, op, role);
* time: a laptop restored from an old backup, a hub whose tags were rebuilt mid-pull, a hub
  restored from a database backup behind the laptop's cursors, a finding moved between basins
  back and forth, a scoped laptop exchanging bundles with an unscoped one;
* a hub process killed between tagging and commit leaves nothing half-tagged.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import document_world
import psycopg
import pytest
from forge import forge, held_codes
from hub_fixtures import World, add_finding_with_photos, make_world

from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.scope import ALL_KEY, check_scope_field
from inspect_app.storage import findings, patrols
from inspect_app.storage.scope import presence, set_scope
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, hub_client, replicas
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync.conflicts import scope_digest, store_digest
from inspect_app.sync.hub import HubThread
from inspect_app.sync.hub_client import HubSession
from inspect_app.sync.hub_pg import HUB_KEY_FILE, open_pg_hub
from inspect_app.sync.hub_scope_client import SCOPE_CURSOR_PREFIX, scope_cursor
from inspect_app.sync.hub_scope_pull import caller_keys, encode_cursors

FUJIANG, JIALING = "basin:fujiang", "basin:jialing"


@dataclass
class Scoped:
    """A PostgreSQL hub; laptop A (the lead's, unscoped), laptop B scoped to 涪江 by the lead."""

    w: World
    pg_url: str
    jialing: str  # a 嘉陵江 patrol
    f_fu: str  # a 涪江 finding with photos
    f_jia: str  # a 嘉陵江 finding with photos

    @property
    def url(self) -> str:
        return self.w.url


@pytest.fixture
def scoped(tmp_path: Path, pg_url: str) -> Iterator[Scoped]:
    w = make_world(tmp_path, database=pg_url)
    try:
        a, lead = w.a, w.lead
        jialing = patrols.add_patrol(a, lead, "2026-12-01", "jialing", [lead]).id
        f_fu = add_finding_with_photos(a, lead, w.patrol, w.site, ["exifpy_gps_DSCN0010.jpg"])
        f_jia = add_finding_with_photos(a, lead, jialing, w.site, ["exifpy_gps_DSCN0021.jpg"])
        assert hub_client.both(a, w.url)["ok"]
        set_scope(a, lead, w.b.replica_id, [FUJIANG])
        assert hub_client.push(a, w.url)["ok"]
        pulled = hub_client.pull(w.b, w.url)
        assert pulled["ok"] and pulled["scoped"] and FUJIANG in pulled["scope_keys"]
        yield Scoped(w, pg_url, jialing, f_fu, f_jia)
    finally:
        w.close()


def _rows(url: str, statement: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return [tuple(r) for r in conn.execute(statement, params or []).fetchall()]


def _tags_sound(url: str) -> None:
    """One tag per (key, op, role); every member's ops tagged; every op has its origin tag."""
    assert not _rows(
        url,
        "SELECT scope_key, pos, role FROM hub_scope_tag GROUP BY 1, 2, 3 HAVING count(*) > 1",
    )
    assert not _rows(
        url,
        "SELECT m.scope_key, m.record FROM hub_scope_member m JOIN hub_ops o ON "
        "o.record = m.record WHERE NOT EXISTS (SELECT 1 FROM hub_scope_tag t WHERE "
        "t.scope_key = m.scope_key AND t.pos = o.pos AND t.role = m.role)",
    )
    assert not _rows(
        url,
        "SELECT pos FROM hub_ops o WHERE NOT EXISTS (SELECT 1 FROM hub_scope_tag t WHERE "
        "t.pos = o.pos AND t.scope_key = 'origin:' || o.replica)",
    )


def _scoped_get(session: HubSession, params: dict[str, Any], expect: tuple[int, ...] = (200,)):  # type: ignore[no-untyped-def]
    if session.info is None:
        session.hello()
    return session.request("GET", "/ops", params={"scoped": "1", **params}, expect=expect)


def _whole(session: HubSession, cursors: dict[str, int], epoch: str, limit: int = 5000) -> Any:
    """Every page from ``cursors``: (bodies in order, last page)."""
    bodies: list[str] = []
    while True:
        page = _scoped_get(
            session, {"cursors": encode_cursors(cursors), "epoch": epoch, "limit": limit}
        ).json()
        bodies += [o["body"] for o in page["ops"]]
        cursors, epoch = page["cursors"], page["epoch"]
        if not page["more"]:
            return bodies, page


def _ids(bodies: list[str]) -> set[str]:
    return {json.loads(b)["id"] for b in bodies}


def _has(store: Store, op_id: str) -> bool:
    return (
        store.db.conn.execute("SELECT 1 FROM ops WHERE op_id = ?", [op_id]).fetchone() is not None
    )


def _records(store: Store) -> set[str]:
    rows = store.db.conn.execute("SELECT DISTINCT entity || ':' || entity_id FROM ops")
    return {str(r[0]) for r in rows}


# -- a scope is a lead's decision ------------------------------------------------------------


def test_a_laptop_or_a_non_lead_setting_a_scope_is_held_everywhere_and_never_used(
    scoped: Scoped, tmp_path: Path
) -> None:
    s, w = scoped, scoped.w
    a, b, hub = w.a, w.b, w.hub
    everything = check_scope_field(["*"], "scope")
    wider = check_scope_field([FUJIANG, JIALING], "scope")
    # B widens itself: as the laptop (no officer), and as a non-lead officer of the team
    mine = forge(b, "set", "replica", b.replica_id, {"scope": everything}, None, judged_here=True)
    officer = forge(
        b, "set", "replica", b.replica_id, {"scope": wider}, w.inspector, judged_here=True
    )
    # A (the lead's laptop) relays a non-lead's op widening B, and one narrowing A itself
    relayed = forge(
        a, "set", "replica", b.replica_id, {"scope": wider}, w.inspector, judged_here=True
    )
    narrow = check_scope_field([JIALING], "scope")
    own = forge(a, "set", "replica", a.replica_id, {"scope": narrow}, None, judged_here=True)
    forged = {mine.op_id, officer.op_id, relayed.op_id, own.op_id}
    for store in (a, b):
        assert {k: v for k, v in held_codes(store).items() if k in forged} == {
            op.op_id: "not_lead" for op in (mine, officer, relayed, own) if _has(store, op.op_id)
        }
    pushed_b, pushed_a = hub_client.push(b, s.url), hub_client.push(a, s.url)
    for pushed in (pushed_b, pushed_a):  # "not ok": the hub says what it held, and why
        assert {q["code"] for q in pushed["quarantined"]} == {"not_lead"}, pushed
    assert {k: v for k, v in held_codes(hub).items() if k in forged} == dict.fromkeys(
        forged, "not_lead"
    )
    # relayed byte-exact in PostgreSQL (every laptop will judge it alike)
    in_pg = {
        r[0]
        for r in _rows(
            s.pg_url, "SELECT op_id FROM hub_ops WHERE op_id = ANY(%s)", [sorted(forged)]
        )
    }
    assert in_pg == forged
    # the hub pulls B by the lead's scope only; A (no scope) stays unscoped
    keys = caller_keys(hub, b.replica_id)
    assert keys is not None and FUJIANG in keys and JIALING not in keys
    assert caller_keys(hub, a.replica_id) is None
    # a second hub process, its cache built from PostgreSQL alone, judges alike
    log2 = open_pg_hub(tmp_path / "hub-2", s.pg_url, hub.data_dir / HUB_KEY_FILE)
    try:
        assert {k: v for k, v in held_codes(log2.store).items() if k in forged} == dict.fromkeys(
            forged, "not_lead"
        )
        assert caller_keys(log2.store, b.replica_id) == keys
    finally:
        log2.store.close()
        log2.close()
    pulled = hub_client.pull(b, s.url)
    assert pulled["scoped"] and JIALING not in pulled["scope_keys"], pulled
    assert presence(b, "finding", s.f_jia) == "absent"
    hub_client.pull(a, s.url)  # not "ok": it holds what B forged (said in the summary)
    assert {k: v for k, v in held_codes(a).items() if k in forged} == dict.fromkeys(
        forged, "not_lead"
    )
    # the cursors a laptop sends never widen it: asking for 嘉陵江 brings nothing of it
    with HubSession(b, s.url) as session:
        bodies, page = _whole(session, {JIALING: 0, "*": 0, "basin:nowhere": 7}, "")
        assert JIALING not in page["keys"] and "*" not in page["keys"]
        assert s.f_jia not in _ids(bodies) and s.f_fu in _ids(bodies)
        assert set(page["cursors"]) == set(page["keys"])
    assert a.check().ok and b.check().ok


# -- garbage parameters ----------------------------------------------------------------------


def _b64(raw: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


@pytest.mark.parametrize(
    "cursors",
    [
        "%%%",
        "!!!!",
        _b64(b"not json"),
        _b64(b"\xff\xfe\x00"),
        _b64(b"[1, 2]"),
        _b64(b'"text"'),
        _b64(b"null"),
        _b64(b'{"all": -1}'),
        _b64(b'{"all": 1.5}'),
        _b64(b'{"all": true}'),
        _b64(b'{"all": "7"}'),
        _b64(b'{"all": null}'),
        _b64(b'{"all": {"x": 1}}'),
        _b64(b'{"all": 9223372036854775808}'),
        _b64(b'{"all": 1e400}'),
        _b64(b"[" * 5000),
        _b64(b'{"a":' * 1000),
    ],
)
def test_garbage_cursors_are_a_keyed_400(scoped: Scoped, cursors: str) -> None:
    with HubSession(scoped.w.b, scoped.url) as session:
        bad = _scoped_get(session, {"cursors": cursors}, expect=(400,)).json()
    assert bad["keyed"]["id"] == SyncMsg.HUB_BAD_CURSORS.id


def test_cursors_over_the_request_head_limit_are_refused_by_the_door(scoped: Scoped) -> None:
    with HubSession(scoped.w.b, scoped.url) as session:
        session.hello()
        with pytest.raises(hub_client.HubSyncError) as refused:
            _scoped_get(session, {"cursors": "A" * 9000})
    assert "431" in str(refused.value)
    assert hub_client.pull(scoped.w.b, scoped.url)["ok"]  # the hub still serves


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"epoch": "x" * 65}, 400),
        ({"epoch": "涪江"}, 400),
        ({"epoch": "\x00"}, 200),
        ({"limit": "0"}, 200),
        ({"limit": "-5"}, 400),
        ({"limit": "abc"}, 400),
        ({"limit": "9" * 15}, 200),
        ({"limit": "9" * 40}, 400),
    ],
)
def test_odd_epochs_and_limits_are_clamped_or_a_keyed_400(
    scoped: Scoped, params: dict[str, str], status: int
) -> None:
    with HubSession(scoped.w.b, scoped.url) as session:
        answer = _scoped_get(session, params, expect=(status,)).json()
    if status == 400:
        assert "keyed" in answer and answer["keyed"]["id"].startswith("hub.")
    else:
        assert answer["scoped"] and answer["ops"]


def test_huge_cursors_a_forged_epoch_and_limit_one_page_the_same_ops(scoped: Scoped) -> None:
    s = scoped
    with HubSession(s.w.b, s.url) as session:
        whole, last = _whole(session, {}, "")
        epoch = last["epoch"]
        # past the end / another epoch / unknown keys: from 0 again, same ops, current epoch
        for cursors, sent in (
            ({ALL_KEY: 2**63 - 1}, epoch),
            ({}, "forged-epoch"),
            ({"zzz": 3, "origin:" + "0" * 32: 10**6}, epoch),
        ):
            again, page = _whole(session, cursors, sent)
            assert page["epoch"] == epoch
            if sent != epoch or ALL_KEY in cursors:
                assert again == whole
        # one op per page: every op once, in the same order
        single, _ = _whole(session, {}, epoch, limit=1)
        seen: list[str] = []
        for body in single:
            if body not in seen:
                seen.append(body)
        assert seen == whole


# -- pins ------------------------------------------------------------------------------------


def _pin(session: HubSession, payload: Any, expect: tuple[int, ...]) -> Any:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode("utf-8")
    return session.request("POST", "/scope/pins", content=body, expect=expect)


def test_hostile_pins_leave_the_tables_sound(scoped: Scoped) -> None:
    s, w = scoped, scoped.w
    tags = _rows(s.pg_url, "SELECT count(*) FROM hub_scope_tag")[0][0]
    with HubSession(w.b, s.url) as session:
        session.hello()
        for entity, entity_id in (
            ("finding", "'; DROP TABLE hub_scope_tag; --"),
            ("finding", "涪江\u202e"),
            ("finding'--", s.f_jia),
            ("nonsense", s.f_jia),
            ("finding", s.f_jia.upper()),
            ("finding", s.f_jia + ":x"),
            ("finding", "%"),
            ("finding", "?:" + s.f_jia),
        ):
            unknown = _pin(session, {"entity": entity, "id": entity_id}, (404,)).json()
            assert unknown["keyed"]["id"] == SyncMsg.HUB_RECORD_UNKNOWN.id
        for payload in (
            {"entity": "finding", "id": "x" * 201},
            {"entity": "", "id": s.f_jia},
            {"entity": "finding", "id": 7},
            {"entity": "finding"},
            {"entity": "finding", "id": "\ud800"},
            b"\xff",
            b"null",
        ):
            answer = _pin(session, payload, (400,)).json()
            assert answer["keyed"]["id"] in (SyncMsg.HUB_BODY_SHAPE.id, "hub.body_not_json")
        _pin(session, b"{" * 2000, (400, 413))
        assert _rows(s.pg_url, "SELECT count(*) FROM hub_scope_tag")[0][0] == tags
        # a flood of the same pin: one membership, tagged once
        for _ in range(30):
            first = _pin(session, {"entity": "finding", "id": s.f_jia}, (200,)).json()
            assert first["pinned"] and first["record"] == f"finding:{s.f_jia}"
        # global records and a photo: pinned, harmless
        agency = str(w.a.db.conn.execute("SELECT id FROM agency").fetchone()[0])
        assert _pin(session, {"entity": "agency", "id": agency}, (200,)).json()["pinned"]
        hub_id = w.hub.replica_id
        assert _pin(session, {"entity": "replica", "id": hub_id}, (200,)).json()["pinned"]
        photo = str(
            w.a.db.conn.execute(
                "SELECT photo_id FROM finding_photos WHERE finding_id = ?", [s.f_jia]
            ).fetchone()[0]
        )
        assert _pin(session, {"entity": "photo", "id": photo}, (200,)).json()["pinned"]
    _tags_sound(s.pg_url)
    pulled = hub_client.pull(w.b, s.url)
    assert pulled["ok"]
    assert presence(w.b, "finding", s.f_jia) == "member" and w.b.blobs.has(photo)
    assert w.b.check().ok
    assert w.hub.check().ok


def test_pins_on_two_processes_at_once_tag_once(scoped: Scoped, tmp_path: Path) -> None:
    s, w = scoped, scoped.w
    more = [
        add_finding_with_photos(w.a, w.lead, s.jialing, w.site, [], f"第{i}处") for i in range(6)
    ]
    assert hub_client.push(w.a, s.url)["ok"]
    log2 = open_pg_hub(tmp_path / "hub-2", s.pg_url, w.hub.data_dir / HUB_KEY_FILE)
    server2 = HubThread(log2.store, hub_log=log2).start()
    errors: list[BaseException] = []

    def pins(url: str, order: list[str]) -> None:
        try:
            with HubSession(w.b, url) as session:
                session.hello()
                for finding in order:
                    _pin(session, {"entity": "finding", "id": finding}, (200,))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    try:
        threads = [
            threading.Thread(target=pins, args=(s.url, [s.f_jia, *more])),
            threading.Thread(target=pins, args=(server2.url, [*reversed(more), s.f_jia])),
            threading.Thread(target=hub_client.push, args=(w.a, server2.url)),
        ]
        for i, finding in enumerate(more):
            findings.edit_finding(w.a, w.lead, finding, description=f"并发{i}")
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors, errors
        assert hub_client.push(w.a, s.url)["ok"]
        _tags_sound(s.pg_url)
        pulled = hub_client.pull(w.b, server2.url)
        assert pulled["ok"]
        for finding in [s.f_jia, *more]:
            assert presence(w.b, "finding", finding) == "member"
            assert (
                findings.get_finding(w.b, finding).description
                == findings.get_finding(w.a, finding).description
            )
        assert w.b.check().ok
    finally:
        server2.stop()
        log2.store.close()
        log2.close()


# -- time ------------------------------------------------------------------------------------


def _same_scope(s: Scoped, laptop: Store) -> None:
    """Once it has pushed: every op the hub holds of the laptop's records, digests equal."""
    assert hub_client.push(laptop, s.url)["ok"]
    held = _records(laptop)
    ops = {
        str(r[0])
        for r in s.w.hub.db.conn.execute("SELECT op_id, entity || ':' || entity_id FROM ops")
        if str(r[1]) in held
    }
    mine = {str(r[0]) for r in laptop.db.conn.execute("SELECT op_id FROM ops")}
    assert ops <= mine, sorted(ops - mine)[:3]
    assert scope_digest(laptop, held) == scope_digest(s.w.hub, held)
    report = laptop.check()
    assert report.ok and not report.waiting_gaps, report


def test_a_laptop_restored_from_an_old_backup_catches_up(scoped: Scoped, tmp_path: Path) -> None:
    import shutil

    s, w = scoped, scoped.w
    folder = w.b.data_dir
    w.b.close()
    backup = tmp_path / "b-backup"
    shutil.copytree(folder, backup)
    w.b = Store.open(folder)
    later = add_finding_with_photos(w.a, w.lead, w.patrol, w.site, ["exifpy_gps_DSCN0012.jpg"])
    findings.edit_finding(w.a, w.lead, s.f_fu, description="复查后补充")
    assert hub_client.push(w.a, s.url)["ok"]
    assert hub_client.pull(w.b, s.url)["ok"]
    assert presence(w.b, "finding", later) == "member"
    w.b.close()
    shutil.rmtree(folder)
    shutil.copytree(backup, folder)  # the laptop comes back from last week's backup
    w.b = Store.open(folder)
    assert presence(w.b, "finding", later) == "absent"
    pulled = hub_client.pull(w.b, s.url)
    assert pulled["ok"] and pulled["scoped"], pulled
    assert presence(w.b, "finding", later) == "member"
    assert findings.get_finding(w.b, s.f_fu).description == "复查后补充"
    _same_scope(s, w.b)
    # cursors ahead of the hub (a copy from another hub's laptop, or edited): from 0 again
    hub_id = w.hub.replica_id
    epoch, cursors = scope_cursor(w.b, hub_id)
    w.b.set_setting(
        SCOPE_CURSOR_PREFIX + hub_id,
        json.dumps({"epoch": epoch, "cursors": dict.fromkeys(cursors, 10**15)}),
    )
    again = hub_client.pull(w.b, s.url)
    assert again["ok"] and again["accepted"] == 0 and again["duplicate"] > 0
    # a damaged cursor text: from 0, only duplicates
    w.b.set_setting(SCOPE_CURSOR_PREFIX + hub_id, "{not json")
    again = hub_client.pull(w.b, s.url)
    assert again["ok"] and again["accepted"] == 0
    _same_scope(s, w.b)


def test_tags_rebuilt_in_the_middle_of_a_pull(scoped: Scoped) -> None:
    from inspect_app.sync.hub_scope import rebuild

    s, w = scoped, scoped.w
    for i in range(12):
        add_finding_with_photos(w.a, w.lead, w.patrol, w.site, [], f"涪江第{i}处")
    assert hub_client.push(w.a, s.url)["ok"]
    rebuilt: list[int] = []

    def rebuild_once(_line: object) -> None:
        if not rebuilt:
            with psycopg.connect(s.pg_url) as conn, conn.transaction():
                conn.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])
                rebuilt.append(rebuild(conn))

    pulled = hub_client.pull(w.b, s.url, limit=5, progress=rebuild_once)
    assert rebuilt and pulled["ok"] and pulled["cursor_reset"], pulled
    _same_scope(s, w.b)
    _tags_sound(s.pg_url)
    assert hub_client.pull(w.b, s.url)["accepted"] == 0


def test_a_hub_restored_from_a_database_backup_behind_the_laptops_cursors(
    scoped: Scoped, tmp_path: Path, pg_cluster: Any
) -> None:
    """The operator restores last night's database; laptop B pulled after it was taken.

    Work lost with the backup (A's) is not sent again before new work (C's) is tagged on the
    restored hub: the new tags reuse numbers B's cursors already passed.
    """
    s, w = scoped, scoped.w
    c = Store.open(tmp_path / "laptop-c")
    replicas.enroll(w.hub, w.lead, c.replica_id, c.public_key, "laptop C")
    replicas.enroll(c, None, w.hub.replica_id, w.hub.public_key, "province hub")
    assert hub_client.pull(c, s.url)["ok"]
    w.server.stop()
    backup = pg_cluster.new_database("backup")
    name, copy = s.pg_url.rsplit("/", 1)[-1], backup.rsplit("/", 1)[-1]
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:  # pg_dump, in effect
        admin.execute(f'DROP DATABASE "{copy}"')
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name]
        )
        admin.execute(f'CREATE DATABASE "{copy}" TEMPLATE "{name}"')
    log = open_pg_hub(tmp_path / "hub-again", s.pg_url, w.hub.data_dir / HUB_KEY_FILE)
    server = HubThread(log.store, hub_log=log).start()
    try:
        lost = [
            add_finding_with_photos(w.a, w.lead, w.patrol, w.site, [], f"备份后第{i}处")
            for i in range(6)
        ]
        assert hub_client.push(w.a, server.url)["ok"]
        assert hub_client.pull(w.b, server.url)["ok"]
        assert all(presence(w.b, "finding", f) == "member" for f in lost)
    finally:
        server.stop()
        log.store.close()
        log.close()
    # the restored hub: a fresh process (its cache from the backup), the key file kept
    restored = open_pg_hub(tmp_path / "hub-restored", backup, w.hub.data_dir / HUB_KEY_FILE)
    server = HubThread(restored.store, hub_log=restored).start()
    try:
        fresh = [
            add_finding_with_photos(c, w.inspector, w.patrol, w.site, [], f"恢复后第{i}处")
            for i in range(12)
        ]
        assert hub_client.push(c, server.url)["ok"]
        pulled = hub_client.pull(w.b, server.url)
        assert pulled["ok"], pulled
        missing = [f for f in fresh if presence(w.b, "finding", f) != "member"]
        assert missing == [], f"{len(missing)} of {len(fresh)} new findings never reached B"
        assert hub_client.both(w.a, server.url)["ok"]  # A sends again what it lost
        assert hub_client.pull(w.b, server.url)["ok"]
        assert hub_client.push(w.b, server.url)["ok"]
        held = _records(w.b)
        assert scope_digest(w.b, held) == scope_digest(restored.store, held)
        assert w.b.check().ok
    finally:
        server.stop()
        restored.store.close()
        restored.close()
        c.close()
        pg_cluster.drop_database(backup)


def test_a_finding_moved_between_basins_back_and_forth(scoped: Scoped, tmp_path: Path) -> None:
    s, w = scoped, scoped.w
    c = Store.open(tmp_path / "laptop-c")
    try:
        replicas.enroll(w.hub, w.lead, c.replica_id, c.public_key, "laptop C")
        replicas.enroll(c, None, w.hub.replica_id, w.hub.public_key, "province hub")
        assert hub_client.pull(w.a, s.url)["ok"]  # A learns C's enrolment
        set_scope(w.a, w.lead, c.replica_id, [JIALING])
        assert hub_client.push(w.a, s.url)["ok"]
        assert hub_client.pull(c, s.url)["scoped"]
        for i, patrol in enumerate([s.jialing, w.patrol, s.jialing, w.patrol, s.jialing]):
            patrols.move_finding(w.a, w.lead, s.f_fu, patrol)
            findings.edit_finding(w.a, w.lead, s.f_fu, description=f"第{i}次移交")
            assert hub_client.push(w.a, s.url)["ok"]
            if i % 2:
                assert hub_client.pull(w.b, s.url)["ok"]
            else:
                assert hub_client.pull(c, s.url)["ok"]
        for laptop in (w.b, c):
            assert hub_client.pull(laptop, s.url)["ok"]
            assert presence(laptop, "finding", s.f_fu) == "member"
            got = findings.get_finding(laptop, s.f_fu)
            assert (got.patrol_id, got.description) == (s.jialing, "第4次移交")
            photos = laptop.db.conn.execute(
                "SELECT photo_id FROM finding_photos WHERE finding_id = ?", [s.f_fu]
            ).fetchall()
            assert photos and all(laptop.blobs.has(p[0]) for p in photos)
            _same_scope(s, laptop)
        _tags_sound(s.pg_url)
    finally:
        c.close()


def test_a_scoped_laptop_exchanging_bundles_with_an_unscoped_one(
    scoped: Scoped, tmp_path: Path
) -> None:
    s, w = scoped, scoped.w
    a, b = w.a, w.b
    replicas.enroll(a, w.lead, b.replica_id, b.public_key, "laptop B")
    assert hub_client.push(a, s.url)["ok"]
    assert hub_client.pull(b, s.url)["ok"]
    replicas.enroll(b, w.lead, a.replica_id, a.public_key, "laptop A")
    mine = findings.add_finding(b, w.inspector, w.patrol, "air", w.site, "B 现场记录").id
    for src, dst in ((b, a), (a, b), (b, a)):
        out = tmp_path / f"bundle-{src.replica_id[:4]}-{len(list(tmp_path.glob('*.zip')))}.zip"
        made = bundle.export_bundle(src, out, dst.replica_id)
        bundle.import_bundle(dst, Path(made.path))
    # B now holds everything A had (the bundle is not scoped): sound, and no longer "outside"
    assert presence(b, "finding", s.f_jia) != "absent"
    assert a.exists("finding", mine)
    for store in (a, b):
        report = store.check()
        assert report.ok, report
    assert store_digest(a) == store_digest(b)
    for store in (a, b):
        assert hub_client.both(store, s.url)["ok"]
    assert store_digest(a) == store_digest(w.hub) == store_digest(b)
    assert b.check().ok and not b.check().waiting_gaps


def test_a_hub_process_killed_between_tagging_and_commit_leaves_nothing_half_tagged(
    scoped: Scoped, tmp_path: Path
) -> None:
    from test_hub_processes import _hub_process

    from inspect_app.sync.hub_pg import TEST_KILL_ENV

    s, w = scoped, scoped.w
    finding = add_finding_with_photos(w.a, w.lead, w.patrol, w.site, [], "夜间偷排")
    for i in range(5):
        findings.edit_finding(w.a, w.lead, finding, description=f"第{i}次补充")
    count = "SELECT count(*) FROM hub_scope_tag"
    tags, members = (
        _rows(s.pg_url, count)[0][0],
        _rows(s.pg_url, "SELECT count(*) FROM hub_scope_member")[0][0],
    )
    proc, base = _hub_process(
        tmp_path / "hub-p",
        s.pg_url,
        w.hub.data_dir / HUB_KEY_FILE,
        {TEST_KILL_ENV: "before_commit"},
    )
    try:
        with pytest.raises(Exception):  # noqa: B017 - the process dies mid-push
            hub_client.push(w.a, base)
        assert proc.wait(timeout=30) == -9
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert _rows(s.pg_url, count)[0][0] == tags  # not one tag of the cut push
    assert _rows(s.pg_url, "SELECT count(*) FROM hub_scope_member")[0][0] == members
    assert not _rows(
        s.pg_url,
        "SELECT 1 FROM hub_scope_tag t WHERE NOT EXISTS "
        "(SELECT 1 FROM hub_ops o WHERE o.pos = t.pos)",
    )
    assert hub_client.push(w.a, s.url)["ok"]  # the retry, to the other process
    _tags_sound(s.pg_url)
    assert hub_client.pull(w.b, s.url)["ok"]
    assert findings.get_finding(w.b, finding).description == "第4次补充"
    _same_scope(s, w.b)


document_template = document_world.document_template


@pytest.mark.xfail(
    strict=True,
    reason="hub_record_ids keeps one record per id (first create wins): a hostile create of "
    "another kind reusing an inspection record's id, arriving first, takes the record's "
    "signatures away from its keys (needs hub_record_ids keyed (id, record) and an edge to "
    "each record of the id: a schema v3 change, left to the hub's owner)",
)
def test_an_id_reused_under_another_entity_first_does_not_take_the_signatures_away(
    document_template: Path, tmp_path: Path, pg_cluster: Any
) -> None:
    import shutil

    from test_hub_scope_tags import _members, _tag_in_order

    from inspect_app.domain.canonical import canonical_json, sha256_hex

    folder = tmp_path / "data"
    shutil.copytree(document_template, folder)
    doc = document_world.open_world(folder)
    try:
        record = document_world.make_record(doc)
        document_world.sign_record(doc, record)
        log = [
            (str(i), str(b), s)
            for i, b, s in doc.store.db.conn.execute(
                "SELECT op_id, body, sig FROM ops ORDER BY pos"
            )
        ]
    finally:
        doc.store.close()
    site = next(json.loads(b) for _, b, _ in log if json.loads(b)["entity"] == "site")
    hostile = {**site, "id": record, "seq": 10**6, "replica": "f" * 32}  # a site named X first
    body = canonical_json(hostile)
    created = next(i for i, (_, b, _) in enumerate(log) if json.loads(b)["id"] == record)
    plain, reused = pg_cluster.new_database("plain"), pg_cluster.new_database("reused")
    try:
        _tag_in_order(plain, log)
        _tag_in_order(reused, [*log[:created], (sha256_hex(body), body, None), *log[created:]])
        agency = f"agency:{doc.agency.id}"
        signatures = {
            f"signature:{json.loads(b)['id']}"
            for _, b, _ in log
            if json.loads(b)["entity"] == "signature"
        }
        assert signatures and all(_members(plain, agency).get(s) == "m" for s in signatures)
        assert all(_members(reused, agency).get(s) == "m" for s in signatures)
    finally:
        pg_cluster.drop_database(plain)
        pg_cluster.drop_database(reused)


V11_COMMIT = "9fca4810175178ac269dd7a3ed059e087386007e"
"""The last commit of schema v11 (before ``replica.scope``): the older laptop's sources."""


OLD_LAPTOP = """
import json, sys
from pathlib import Path
from inspect_app.storage.migrations import schema_version
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, replicas

folder, step = Path(sys.argv[1]), sys.argv[2]
store = Store.open(folder)
try:
    out = {"replica": store.replica_id, "key": store.public_key,
           "schema": schema_version(store.db)}
    if step == "import":
        peer, key, path, to, bundle_out = sys.argv[3:8]
        replicas.enroll(store, None, peer, key, "office laptop")
        report = bundle.import_bundle(store, Path(path))
        out["held"] = dict(store.db.conn.execute("SELECT op_id, code FROM held"))
        out["ok"] = store.check().ok
        out["bundle"] = bundle.export_bundle(store, Path(bundle_out), to, unsealed=True).path
    print(json.dumps(out))
finally:
    store.close()
"""


def test_an_older_laptop_holds_a_scope_as_newer_and_relays_it_byte_exact(
    tmp_path: Path,
) -> None:
    """A laptop of the app before schema v12 (the sources of ``V11_COMMIT``, run as they are)."""
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hardening"))
    from old_versions import extract_sources, old_version_env

    tree = extract_sources(V11_COMMIT, tmp_path / "old-code")
    env = old_version_env(tree)

    def old(*args: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-c", OLD_LAPTOP, *args],
            cwd=tree, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))

    w = make_world(tmp_path / "world")  # laptop A: the lead's, this app
    try:
        o = old(str(tmp_path / "old"), "open")
        assert o["schema"] < 12
        c = w.b  # laptop C: this app, receives from the old laptop only
        replicas.enroll(w.a, w.lead, o["replica"], o["key"], "old laptop")
        replicas.enroll(w.a, w.lead, c.replica_id, c.public_key, "laptop C")
        scope = set_scope(w.a, w.lead, c.replica_id, [FUJIANG])
        assert scope.keys == [FUJIANG]
        op_id, body, sig = w.a.db.conn.execute(
            "SELECT op_id, body, sig FROM ops WHERE entity = 'replica' AND body LIKE '%scope%'"
        ).fetchone()
        made = bundle.export_bundle(w.a, tmp_path / "to-old.zip", o["replica"], unsealed=True)
        relayed = old(
            str(tmp_path / "old"), "import", w.a.replica_id, w.a.public_key, str(made.path),
            c.replica_id, str(tmp_path / "from-old.zip"),
        )  # fmt: skip
        assert relayed["held"] == {op_id: "unknown_field"}  # a newer app's field: held
        assert relayed["ok"]
        replicas.enroll(c, None, o["replica"], o["key"], "old laptop")
        bundle.import_bundle(c, Path(relayed["bundle"]))
        assert w.a.db.conn.execute("SELECT 1 FROM ops WHERE op_id = ?", [op_id]).fetchone()
        assert c.db.conn.execute(
            "SELECT body, sig FROM ops WHERE op_id = ?", [op_id]
        ).fetchone() == (body, sig)  # byte-exact, still signed by A
        assert op_id not in held_codes(c)
        assert c.db.conn.execute(
            "SELECT scope FROM replica WHERE id = ?", [c.replica_id]
        ).fetchone()[0] == json.dumps([FUJIANG])
        assert c.check().ok
    finally:
        w.close()


def test_the_widest_scope_a_lead_may_set_still_pulls(scoped: Scoped) -> None:
    """64 keys of 80 characters (``check_scope_field``'s limits): the cursors of all of them
    must still fit the hub's request head (8 KiB), page after page."""
    s, w = scoped, scoped.w
    names = [f"basin:{i:02d}" + "长江上游干流及其支流水系" * 7 for i in range(63)]
    keys = [k[:80] for k in names] + [FUJIANG]
    assert len(check_scope_field(keys, "scope")) > 5000
    # a lead's op from a newer app whose reference data knows these basins (the judge takes
    # any well-formed key: storage/scope_check checks only this app's own command)
    wide = check_scope_field(keys, "scope")
    forge(w.a, "set", "replica", w.b.replica_id, {"scope": wide}, w.lead, judged_here=True)
    assert hub_client.push(w.a, s.url)["ok"]
    for _ in range(2):  # the first pull learns the keys; the next sends a cursor for each
        pulled = hub_client.pull(w.b, s.url)
        assert pulled["ok"] and pulled["scoped"], pulled
        assert len(pulled["scope_keys"]) == 64 + 3
    later = add_finding_with_photos(w.a, w.lead, w.patrol, w.site, [], "最宽范围")
    assert hub_client.push(w.a, s.url)["ok"]
    pulled = hub_client.pull(w.b, s.url)
    assert pulled["ok"] and pulled["accepted"] >= 1 and pulled["duplicate"] == 0, pulled
    assert presence(w.b, "finding", later) == "member"
    # the lead drops a key: the compact cursors name another key set, the hub starts from 0
    narrower = check_scope_field(keys[1:], "scope")
    forge(w.a, "set", "replica", w.b.replica_id, {"scope": narrower}, w.lead, judged_here=True)
    moved = add_finding_with_photos(w.a, w.lead, w.patrol, w.site, [], "范围变更后")
    assert hub_client.push(w.a, s.url)["ok"]
    pulled = hub_client.pull(w.b, s.url)
    assert pulled["ok"] and pulled["duplicate"] > 0, pulled
    assert presence(w.b, "finding", moved) == "member"
    _same_scope(s, w.b)

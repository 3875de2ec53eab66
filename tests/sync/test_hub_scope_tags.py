"""Scope tags at the PostgreSQL hub (issue 15, docs/design/scoped-pull.md section 2).

Real PostgreSQL (``pg_url``), real laptops pushing real ops (fixture photos) to a real hub on
127.0.0.1: the keys each record gets (two basins, two regions, an agency), a finding moved to
another basin, a dependency becoming a member, the scoped page (order, dedupe, cursors,
epoch), two hub processes tagging concurrently while a reader pages, pins, and a version-1
database upgraded in place tagging exactly as live pushes did.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path
from typing import Any

import document_world
import psycopg
import pytest
from hub_fixtures import World, add_finding_with_photos, make_world

from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.scope import set_scope
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client
from inspect_app.sync import hub_pg_schema as sql
from inspect_app.sync.hub import HubThread
from inspect_app.sync.hub_client import HubSession
from inspect_app.sync.hub_pg import HUB_KEY_FILE, open_pg_hub
from inspect_app.sync.hub_scope import record_of, tag_ops
from inspect_app.sync.hub_scope_pull import encode_cursors, scoped_page

V1_DDL = (  # hub_pg_schema.DDL as stop 22 shipped it (version 1: no scope tags)
    "CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE hub_identity (id smallint PRIMARY KEY CHECK (id = 1), replica_id text NOT "
    "NULL, public_key text NOT NULL, sealed bytea NOT NULL, created_at timestamptz NOT NULL "
    "DEFAULT now())",
    "CREATE TABLE hub_ops (pos bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, op_id text NOT "
    "NULL UNIQUE, replica text NOT NULL, seq bigint NOT NULL, body text NOT NULL, sig text, "
    "received_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX hub_ops_replica_seq ON hub_ops (replica, seq)",
    "CREATE TABLE hub_quarantine (qpos bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, op_id "
    "text NOT NULL UNIQUE, body text NOT NULL, sig text, code text NOT NULL, reason text NOT "
    "NULL, received_at timestamptz NOT NULL DEFAULT now())",
    "CREATE INDEX hub_quarantine_code ON hub_quarantine (code)",
    "CREATE TABLE hub_forks (replica text PRIMARY KEY, seq bigint NOT NULL)",
    "CREATE TABLE hub_replies (replica text NOT NULL, idem_key text NOT NULL, body_sha text NOT "
    "NULL, report text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY "
    "(replica, idem_key, body_sha))",
    "CREATE TABLE hub_pairing (slot text PRIMARY KEY, code_hash text NOT NULL, code_sealed bytea "
    "NOT NULL, officer text NOT NULL, opened_by text NOT NULL, expires double precision NOT "
    "NULL, replica text, public_key text, label text)",
    "CREATE TABLE hub_seqs (replica text PRIMARY KEY, max_seq bigint NOT NULL)",
    "CREATE TABLE hub_pulls (replica text PRIMARY KEY, pos bigint NOT NULL, pulled_at "
    "timestamptz NOT NULL DEFAULT now())",
    "INSERT INTO hub_meta (key, value) VALUES ('schema_version', '1')",
)


@pytest.fixture
def world(tmp_path: Path, pg_url: str) -> World:
    made = make_world(tmp_path, database=pg_url)
    yield made  # type: ignore[misc]
    made.close()


def _rows(url: str, statement: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    with psycopg.connect(url) as conn:
        return [tuple(r) for r in conn.execute(statement, params or []).fetchall()]


def _members(url: str, key: str) -> dict[str, str]:
    rows = _rows(url, "SELECT record, role FROM hub_scope_member WHERE scope_key = %s", [key])
    return {str(r): str(role) for r, role in rows}


def _tagged(url: str, key: str) -> list[tuple[str, str]]:
    """(record, role) of every tag of ``key`` in tag order."""
    return [
        (str(r), str(role))
        for r, role in _rows(
            url,
            "SELECT o.record, t.role FROM hub_scope_tag t JOIN hub_ops o ON o.pos = t.pos "
            "WHERE t.scope_key = %s ORDER BY t.tag",
            [key],
        )
    ]


def _check_invariants(url: str) -> None:
    """Every member row has every op of its record tagged; every dependency of a record in a
    key is in the key too (or global); one tag per (key, op, role); each op has its origin."""
    missing = _rows(
        url,
        "SELECT m.scope_key, m.record, o.pos FROM hub_scope_member m JOIN hub_ops o ON "
        "o.record = m.record WHERE NOT EXISTS (SELECT 1 FROM hub_scope_tag t WHERE "
        "t.scope_key = m.scope_key AND t.pos = o.pos AND t.role = m.role)",
    )
    assert missing == [], missing[:5]
    open_deps = _rows(
        url,
        "SELECT m.scope_key, e.src, e.dst FROM hub_scope_member m JOIN hub_scope_edge e ON "
        "e.src = m.record AND e.kind = 'd' WHERE NOT EXISTS (SELECT 1 FROM hub_scope_member x "
        "WHERE x.record = e.dst AND (x.scope_key = m.scope_key OR x.scope_key = 'all')) "
        "AND EXISTS (SELECT 1 FROM hub_ops o WHERE o.record = e.dst)",
    )
    assert open_deps == [], open_deps[:5]
    twice = _rows(
        url,
        "SELECT scope_key, pos, role FROM hub_scope_tag GROUP BY scope_key, pos, role "
        "HAVING count(*) > 1",
    )
    assert twice == [], twice[:5]
    no_origin = _rows(
        url,
        "SELECT pos FROM hub_ops o WHERE NOT EXISTS (SELECT 1 FROM hub_scope_tag t WHERE "
        "t.pos = o.pos AND t.scope_key = 'origin:' || o.replica)",
    )
    assert no_origin == []


def _two_basins(world: World) -> dict[str, str]:
    """A second (jialing) patrol with a site in 511302, findings with real photos; pushed."""
    a, lead = world.a, world.lead
    registry.edit_site(a, lead, world.site, region="510903")
    site2 = registry.add_site(a, lead, "某某纸业有限公司", region="511302").id
    patrol2 = patrols.add_patrol(a, lead, "2026-12-01", "jialing", [lead]).id
    f1 = add_finding_with_photos(
        a, lead, world.patrol, world.site, ["exifpy_gps_DSCN0010.jpg", "exifpy_gps_DSCN0012.jpg"]
    )
    f2 = add_finding_with_photos(a, lead, patrol2, site2, ["exifpy_gps_DSCN0021.jpg"], "废水")
    f3 = findings.add_finding(a, lead, patrol2, "water_discharge", site2, "异味").id
    hub_client.both(a, world.url)
    return {"site2": site2, "patrol2": patrol2, "f1": f1, "f2": f2, "f3": f3}


def _agency(store: Store) -> str:
    return str(store.db.conn.execute("SELECT id FROM agency").fetchone()[0])


def _photos_of(store: Store, finding: str) -> list[str]:
    rows = store.db.conn.execute(
        "SELECT photo_id FROM finding_photos WHERE finding_id = ?", [finding]
    ).fetchall()
    return [f"photo:{r[0]}" for r in rows]


def test_records_get_the_keys_of_their_basin_region_and_agency(world: World, pg_url: str) -> None:
    made = _two_basins(world)
    fujiang, jialing = _members(pg_url, "basin:fujiang"), _members(pg_url, "basin:jialing")
    f1, f2, f3 = (f"finding:{made[k]}" for k in ("f1", "f2", "f3"))
    photos1, photos2 = _photos_of(world.a, made["f1"]), _photos_of(world.a, made["f2"])
    assert photos1 and photos2
    # a basin: its patrol, its findings and their photos as members; site, officers as deps
    assert fujiang[f"patrol:{world.patrol}"] == "m" and fujiang[f1] == "m"
    assert all(fujiang[p] == "m" for p in photos1)
    assert fujiang[f"site:{world.site}"] == "d"
    assert fujiang[f"officer:{world.lead}"] == "d" and fujiang[f"officer:{world.inspector}"] == "d"
    assert f2 not in fujiang and f3 not in fujiang and not set(photos2) & set(fujiang)
    assert jialing[f2] == jialing[f3] == "m" and all(jialing[p] == "m" for p in photos2)
    assert f1 not in jialing
    # regions: a city and a district key, exact match each
    for key in ("region:5113", "region:511302"):
        region = _members(pg_url, key)
        assert region[f"site:{made['site2']}"] == "m" and region[f2] == region[f3] == "m"
        assert region[f"patrol:{made['patrol2']}"] == "d" and f1 not in region
    assert f1 in _members(pg_url, "region:5109") and f2 not in _members(pg_url, "region:5109")
    # the agency: its officers, both patrols (an officer of it in each) and what follows them
    agency = _members(pg_url, f"agency:{_agency(world.a)}")
    assert agency[f"officer:{world.lead}"] == agency[f"officer:{world.inspector}"] == "m"
    assert agency[f1] == agency[f2] == agency[f3] == "m"
    # global records: every replica's key
    everyone = _members(pg_url, "all")
    assert everyone[f"agency:{_agency(world.a)}"] == "m"
    assert everyone[f"replica:{world.a.replica_id}"] == "m"
    # a member's tags come dependencies first: its site and patrol before the finding
    order = [record for record, _ in _tagged(pg_url, "basin:jialing")]
    assert order.index(f"patrol:{made['patrol2']}") < order.index(f2)
    assert order.index(f"officer:{world.lead}") < order.index(f"patrol:{made['patrol2']}")
    _check_invariants(pg_url)


def test_a_moved_finding_joins_the_new_basin_whole_and_stays_in_the_old(
    world: World, pg_url: str
) -> None:
    made = _two_basins(world)
    f2 = f"finding:{made['f2']}"
    before = _tagged(pg_url, "basin:fujiang")
    assert f2 not in {r for r, _ in before}
    patrols.move_finding(world.a, world.lead, made["f2"], world.patrol)
    findings.edit_finding(world.a, world.lead, made["f2"], description="移入涪江巡查")
    hub_client.both(world.a, world.url)
    after = _tagged(pg_url, "basin:fujiang")
    assert after[: len(before)] == before  # nothing before the move is renumbered
    history = _rows(pg_url, "SELECT pos FROM hub_ops WHERE record = %s ORDER BY pos", [f2])
    new = [r for r, _ in after[len(before) :]]
    assert new.count(f2) == len(history)  # the whole history, the move and the edit
    for photo in _photos_of(world.a, made["f2"]):  # its photos follow it
        assert _members(pg_url, "basin:fujiang")[photo] == "m"
    assert _members(pg_url, "basin:fujiang")[f"patrol:{made['patrol2']}"] == "d"
    jialing = _tagged(pg_url, "basin:jialing")  # still in the old basin, with the new ops
    assert [r for r, _ in jialing].count(f2) == len(history)
    _check_invariants(pg_url)


def test_a_dependency_becoming_a_member_is_tagged_again_as_a_member(
    world: World, pg_url: str
) -> None:
    made = _two_basins(world)
    patrol2 = f"patrol:{made['patrol2']}"
    patrols.move_finding(world.a, world.lead, made["f2"], world.patrol)
    hub_client.both(world.a, world.url)
    assert _members(pg_url, "basin:fujiang")[patrol2] == "d"
    as_dep = [role for r, role in _tagged(pg_url, "basin:fujiang") if r == patrol2]
    assert as_dep and set(as_dep) == {"d"}
    patrols.edit_patrol(world.a, world.lead, made["patrol2"], basin="fujiang")
    hub_client.both(world.a, world.url)
    assert _members(pg_url, "basin:fujiang")[patrol2] == "m"
    roles = [role for r, role in _tagged(pg_url, "basin:fujiang") if r == patrol2]
    history = _rows(pg_url, "SELECT count(*) FROM hub_ops WHERE record = %s", [patrol2])[0][0]
    assert roles.count("m") == history and roles.count("d") == len(as_dep)
    # its other findings follow it into the basin now
    assert _members(pg_url, "basin:fujiang")[f"finding:{made['f3']}"] == "m"
    _check_invariants(pg_url)


def _scoped(session: HubSession, cursors: dict[str, int], epoch: str, limit: int) -> Any:
    if session.info is None:
        session.hello()
    params = {"scoped": "1", "cursors": encode_cursors(cursors), "epoch": epoch, "limit": limit}
    return session.request("GET", "/ops", params=params).json()


def test_the_scoped_page_pages_in_tag_order_with_cursors_and_epochs(
    world: World, pg_url: str
) -> None:
    made = _two_basins(world)
    hub_client.both(world.b, world.url)
    assert set_scope(world.a, world.lead, world.b.replica_id, ["basin:fujiang"]) is not None
    hub_client.both(world.a, world.url)
    with HubSession(world.a, world.url) as mine:  # no scope: everything, by position
        assert _scoped(mine, {}, "", 100) == {"scoped": False}
        assert mine.request("GET", "/hello", params={"nonce": "n1" * 8}).json()["scoped_pull"]
    with HubSession(world.b, world.url) as session:
        whole = _scoped(session, {}, "", 5000)
        assert whole["scoped"] and not whole["more"]
        keys = sorted(["basin:fujiang", "all", f"origin:{world.b.replica_id}"])
        assert whole["keys"] == sorted([*keys, f"pin:{world.b.replica_id}"])
        tagged = _rows(
            pg_url,
            "SELECT t.tag, o.body, t.role FROM hub_scope_tag t JOIN hub_ops o ON o.pos = t.pos "
            "WHERE t.scope_key = ANY(%s) ORDER BY t.tag",
            [whole["keys"]],
        )
        once: dict[str, str] = {}
        for _tag, body, role in tagged:  # each op once, at its first tag; "m" wins
            once[body] = "m" if role == "m" else once.get(body, role)
        assert [o["body"] for o in whole["ops"]] == list(once)
        assert {o["body"]: o["role"] for o in whole["ops"]} == once
        assert set(whole["cursors"].values()) == {tagged[-1][0]}
        assert whole["frontier"] == {r: int(m) for r, m in _rows(pg_url, sql.SEQS_ALL)}
        assert "outside" in whole
        bodies = {json.loads(o["body"])["id"] for o in whole["ops"]}
        assert made["f1"] in bodies and made["f2"] not in bodies and made["f3"] not in bodies
        # small pages give the same ops in the same order, cursors moving forward
        paged: list[str] = []
        cursors: dict[str, int] = {}
        epoch = whole["epoch"]
        while True:
            page = _scoped(session, cursors, epoch, 7)
            assert page["epoch"] == epoch
            paged += [o["body"] for o in page["ops"] if o["body"] not in paged]
            assert all(page["cursors"][k] >= cursors.get(k, 0) for k in page["cursors"])
            cursors = page["cursors"]
            if not page["more"]:
                assert "frontier" in page
                break
            assert "frontier" not in page
        assert paged == list(once)
        # nothing new: an empty last page
        again = _scoped(session, cursors, epoch, 7)
        assert again["ops"] == [] and not again["more"] and again["cursors"] == cursors
        # another epoch (a rebuild), or a cursor past the end: from 0, with the current epoch
        stale = _scoped(session, cursors, "older", 5000)
        assert stale["epoch"] == epoch and [o["body"] for o in stale["ops"]] == list(once)
        past = _scoped(session, dict.fromkeys(cursors, 10**12), epoch, 5000)
        assert [o["body"] for o in past["ops"]] == list(once)
        # bad cursors: 400, keyed
        bad = session.request(
            "GET", "/ops", params={"scoped": "1", "cursors": "%%%"}, expect=(400,)
        ).json()
        assert bad["keyed"]["id"] == SyncMsg.HUB_BAD_CURSORS.id
        bad = session.request(
            "GET",
            "/ops",
            params={"scoped": "1", "cursors": encode_cursors({"all": -1})},  # type: ignore[dict-item]
            expect=(400,),
        ).json()
        assert bad["keyed"]["id"] == SyncMsg.HUB_BAD_CURSORS.id


def test_a_pin_joins_a_record_to_the_callers_pin_key(world: World, pg_url: str) -> None:
    made = _two_basins(world)
    hub_client.both(world.b, world.url)
    with HubSession(world.b, world.url) as session:
        session.hello()
        unknown = session.request(
            "POST",
            "/scope/pins",
            content=json.dumps({"entity": "finding", "id": "nope"}).encode(),
            expect=(404,),
        ).json()
        assert unknown["keyed"]["id"] == SyncMsg.HUB_RECORD_UNKNOWN.id
        body = json.dumps({"entity": "finding", "id": made["f2"]}).encode()
        first = session.request("POST", "/scope/pins", content=body).json()
        history = _rows(
            pg_url, "SELECT count(*) FROM hub_ops WHERE record = %s", [f"finding:{made['f2']}"]
        )[0][0]
        assert first == {"record": f"finding:{made['f2']}", "pinned": True, "ops": history}
        tags = _rows(pg_url, "SELECT count(*) FROM hub_scope_tag")[0][0]
        assert session.request("POST", "/scope/pins", content=body).json() == first
        assert _rows(pg_url, "SELECT count(*) FROM hub_scope_tag")[0][0] == tags  # idempotent
        shape = session.request("POST", "/scope/pins", content=b"[]", expect=(400,)).json()
        assert shape["keyed"]["id"] == SyncMsg.HUB_BODY_SHAPE.id
    pins = _members(pg_url, f"pin:{world.b.replica_id}")
    assert pins[f"finding:{made['f2']}"] == "m"
    assert pins[f"patrol:{made['patrol2']}"] == "d" and pins[f"site:{made['site2']}"] == "d"
    assert all(pins[p] == "m" for p in _photos_of(world.a, made["f2"]))
    _check_invariants(pg_url)


def test_the_sqlite_hub_has_no_tags(tmp_path: Path) -> None:
    made = make_world(tmp_path)
    try:
        hub_client.both(made.a, made.url)
        with HubSession(made.a, made.url) as session:
            assert not session.hello().scoped_pull
            assert _scoped(session, {}, "", 10) == {"scoped": False}
            body = json.dumps({"entity": "patrol", "id": made.patrol}).encode()
            pinned = session.request("POST", "/scope/pins", content=body).json()
            assert pinned == {"pinned": False, "scoped": False}
    finally:
        made.close()


def test_two_hub_processes_tag_in_commit_order_while_a_reader_pages(
    world: World, tmp_path: Path, pg_url: str
) -> None:
    log2 = open_pg_hub(tmp_path / "hub-2", pg_url, world.hub.data_dir / HUB_KEY_FILE)
    server2 = HubThread(log2.store, hub_log=log2).start()
    try:
        hub_client.both(world.a, world.url)
        hub_client.both(world.b, server2.url)
        # the reader pages the two origin keys: each op has exactly one tag there, so an op
        # whose tag committed after the reader's cursor passed it would never be seen
        keys = frozenset({f"origin:{world.a.replica_id}", f"origin:{world.b.replica_id}"})
        seen: list[str] = []
        done = threading.Event()
        errors: list[BaseException] = []

        def read() -> None:
            cursors: dict[str, int] = {}
            try:
                with psycopg.connect(pg_url, autocommit=True) as conn:
                    while True:
                        finished = done.is_set()
                        page = scoped_page(conn, keys, cursors, epoch, 3)
                        assert page["epoch"] == epoch
                        seen.extend(o["body"] for o in page["ops"])
                        cursors = page["cursors"]
                        if finished and not page["more"]:
                            return
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)

        epoch = _rows(pg_url, sql.GET_META, [sql.SCOPE_EPOCH])[0][0]
        reader = threading.Thread(target=read)
        reader.start()

        def work(store: Store, officer: str, url: str, text: str) -> None:
            try:
                for round_ in range(4):
                    finding = findings.add_finding(
                        store, officer, world.patrol, "air", world.site, f"{text}{round_}"
                    ).id
                    for i in range(3):
                        findings.edit_finding(store, officer, finding, description=f"{text}{i}")
                    hub_client.push(store, url)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)

        workers = [
            threading.Thread(target=work, args=(world.a, world.lead, world.url, "甲")),
            threading.Thread(target=work, args=(world.b, world.inspector, server2.url, "乙")),
        ]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        done.set()
        reader.join(timeout=120)
        assert not errors, errors
        mine = [world.a.replica_id, world.b.replica_id]
        bodies = [
            b for (b,) in _rows(pg_url, "SELECT body FROM hub_ops WHERE replica = ANY(%s)", [mine])
        ]
        assert sorted(seen) == sorted(bodies)  # each once: never skipped, never twice
        # every op's origin tag is made as it is inserted: tag order = position order
        by_tag = [
            int(p)
            for (p,) in _rows(
                pg_url,
                "SELECT pos FROM hub_scope_tag WHERE scope_key LIKE %s ORDER BY tag",
                ["origin:%"],
            )
        ]
        assert by_tag == sorted(by_tag) and len(by_tag) == len(set(by_tag))
        assert len(by_tag) == _rows(pg_url, "SELECT count(*) FROM hub_ops")[0][0] > 40
        _check_invariants(pg_url)
    finally:
        server2.stop()
        log2.store.close()


def test_a_version_1_database_upgraded_tags_as_live_pushes_did(
    world: World, pg_url: str, pg_cluster: Any
) -> None:
    made = _two_basins(world)
    patrols.move_finding(world.a, world.lead, made["f2"], world.patrol)
    hub_client.both(world.a, world.url)
    old = pg_cluster.new_database("v1")
    try:
        with psycopg.connect(old, autocommit=True) as conn:
            for statement in V1_DDL:
                conn.execute(statement)
            rows = _rows(pg_url, "SELECT pos, op_id, replica, seq, body, sig FROM hub_ops")
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO hub_ops (pos, op_id, replica, seq, body, sig) OVERRIDING "
                    "SYSTEM VALUE VALUES (%s, %s, %s, %s, %s, %s)",
                    rows,
                )
            sql.create_schema(conn)  # the in-place upgrade
            assert conn.execute(sql.GET_META, ["schema_version"]).fetchone()[0] == "2"
            assert conn.execute(sql.GET_META, [sql.SCOPE_EPOCH]).fetchone() is not None
        for key in (
            "all",
            "basin:fujiang",
            "basin:jialing",
            "region:5113",
            f"agency:{_agency(world.a)}",
            f"origin:{world.a.replica_id}",
        ):
            assert _tagged(old, key) == _tagged(pg_url, key), key
            assert _members(old, key) == _members(pg_url, key), key
        edges = "SELECT src, dst, kind FROM hub_scope_edge ORDER BY 1, 2, 3"
        assert _rows(old, edges) == _rows(pg_url, edges)
        _check_invariants(old)
    finally:
        pg_cluster.drop_database(old)


def test_a_push_is_tagged_once_even_when_retried(world: World, pg_url: str) -> None:
    _two_basins(world)
    before = _rows(pg_url, "SELECT count(*) FROM hub_scope_tag")[0][0]
    hub_client.both(world.a, world.url)  # nothing new: nothing tagged
    assert _rows(pg_url, "SELECT count(*) FROM hub_scope_tag")[0][0] == before


document_template = document_world.document_template


def _tag_in_order(url: str, bodies: list[tuple[str, str, str | None]]) -> None:
    """A fresh hub database holding ``bodies`` (op_id, body, sig) in that order, tagged."""
    with psycopg.connect(url, autocommit=True) as conn:
        sql.create_schema(conn)
        with conn.transaction():
            conn.execute(sql.XACT_LOCK, [sql.LOCK_APPEND])
            for op_id, body, sig in bodies:
                parsed = json.loads(body)
                conn.execute(
                    sql.INSERT_OP,
                    [op_id, parsed["replica"], parsed["seq"], body, sig, record_of(body)],
                )
            tag_ops(conn, conn.execute(sql.OPS_REPLICA_FROM, [0, None]).fetchall())


def test_a_signature_before_its_record_waits_for_it_and_a_served_notice_needs_its_service(
    document_template: Path, tmp_path: Path, pg_cluster: Any
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(document_template, folder)
    doc = document_world.open_world(folder)
    try:
        record = document_world.make_record(doc)
        document_world.sign_record(doc, record)
        document_world.issue(doc)
        document_world.serve(doc)
        log = doc.store.db.conn.execute("SELECT op_id, body, sig FROM ops ORDER BY pos").fetchall()
    finally:
        doc.store.close()
    agency = f"agency:{doc.agency.id}"
    signatures = [r for r in log if json.loads(r[1])["entity"] == "signature"]
    assert signatures
    # the hub gets every signature before the record it signs (a bundle passed around)
    created = next(
        i
        for i, r in enumerate(log)
        if json.loads(r[1])["entity"] == "inspection_record" and json.loads(r[1])["id"] == record
    )
    reordered = [r for r in log[:created] if r not in signatures]
    reordered += signatures + [r for r in log[created:] if r not in signatures]
    live, late = pg_cluster.new_database("inorder"), pg_cluster.new_database("late")
    try:
        _tag_in_order(live, [tuple(r) for r in log])
        _tag_in_order(late, [tuple(r) for r in reordered])
        for url in (live, late):
            members = _members(url, agency)
            sigs = {f"signature:{json.loads(r[1])['id']}" for r in signatures}
            assert all(members.get(s) == "m" for s in sigs), (url, members)
            assert members[f"inspection_record:{record}"] == "m"
            _check_invariants(url)
        assert _members(live, agency) == _members(late, agency)
        notice = f"notice:{doc.notice_id}"
        reverse = _rows(
            live,
            "SELECT dst FROM hub_scope_edge WHERE src = %s AND kind = 'd' AND dst LIKE %s",
            [notice, "service:%"],
        )
        services = {
            f"service:{json.loads(r[1])['id']}"
            for r in log
            if json.loads(r[1])["entity"] == "service" and json.loads(r[1])["kind"] == "create"
        }
        assert services and services <= {str(r[0]) for r in reverse}
    finally:
        pg_cluster.drop_database(live)
        pg_cluster.drop_database(late)


def test_a_migrated_hub_is_tagged_as_a_live_one(
    tmp_path: Path, pg_url: str, pg_cluster: Any
) -> None:
    from inspect_app.sync.hub_migrate import migrate

    made = make_world(tmp_path / "office")  # the SQLite office hub
    try:
        finding = add_finding_with_photos(
            made.a, made.lead, made.patrol, made.site, ["exifpy_gps_DSCN0025.jpg"]
        )
        hub_client.both(made.a, made.url)
        hub_client.both(made.b, made.url)
        findings.edit_finding(made.b, made.inspector, finding, description="复查")
        hub_client.both(made.b, made.url)
        made.server.stop()
        report = migrate(made.hub, pg_url, tmp_path / "pg-hub")
        assert report.ops == made.hub.op_count()
        log = [
            (str(op_id), str(body), sig)
            for op_id, body, sig in made.hub.db.conn.execute(
                "SELECT op_id, body, sig FROM ops ORDER BY pos"
            )
        ]
    finally:
        for store in (made.hub, made.a, made.b):
            store.close()
    live = pg_cluster.new_database("live")
    try:
        _tag_in_order(live, log)
        assert _rows(pg_url, sql.GET_META, [sql.SCOPE_EPOCH])
        fujiang = _members(pg_url, "basin:fujiang")
        assert fujiang[f"finding:{finding}"] == "m" and fujiang[f"patrol:{made.patrol}"] == "m"
        for key in ("basin:fujiang", "all", f"origin:{made.b.replica_id}"):
            assert _tagged(pg_url, key) == _tagged(live, key), key
        _check_invariants(pg_url)
    finally:
        pg_cluster.drop_database(live)

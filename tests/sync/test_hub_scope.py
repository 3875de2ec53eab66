"""Scoped pull, end to end (issue 15, docs/design/scoped-pull.md sections 2.4, 3.3, 4, 5).

A real PostgreSQL hub (``pg_url``) served on 127.0.0.1, fed by the office laptop D of a team
lead (tests/document_world.py: a notice issued and served, signatures, real photos) with the
work of two basins (涪江 ``fujiang``, 嘉陵江 ``jialing``) in two regions (遂宁 5109, 内江 5110).
Laptop A is scoped by the lead to ``basin:fujiang``, laptop B to ``basin:jialing``:

* A holds exactly R(K): the records ``hub_scope_member`` lists for its keys (plus its own),
  every op the hub holds of them, nothing held for a missing record, ``db check`` ok, the
  photos of its member records, a dependency's photos "not here"; ``scope_digest`` over R(K)
  equal on A and on the hub's cache (convergence per scope, design 5);
* a finding moved to the other basin reaches B whole with its photos, and stays on A;
* fetch on demand: an out-of-scope finding arrives with its photos, and a later edit of it on
  the next pull;
* the lead widens A to everything: A catches up, ``store_digest`` equal to the hub's;
* a laptop without scope pulls everything (unchanged); against the SQLite hub a scoped laptop
  pulls everything (``scoped: false``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import document_world
import psycopg
import pytest
from hub_fixtures import World, add_finding_with_photos, make_world

from inspect_app.cli import main
from inspect_app.domain.errors import InspectError
from inspect_app.domain.scope import ALL_KEY
from inspect_app.storage import findings, notices, patrols, registry
from inspect_app.storage.scope import member_files, presence, set_scope
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client, replicas
from inspect_app.sync.conflicts import scope_digest, store_digest
from inspect_app.sync.hub import HubThread
from inspect_app.sync.hub_client import HubSyncError
from inspect_app.sync.hub_pg import PgHubLog, open_pg_hub
from inspect_app.sync.hub_scope_client import SCOPE_CURSOR_PREFIX, fetch_record

document_template = document_world.document_template

FUJIANG, JIALING = "basin:fujiang", "basin:jialing"


@dataclass
class Province:
    """The PostgreSQL hub, the lead's office laptop D and the scoped laptops A and B."""

    pg_url: str
    log: PgHubLog
    hub: Store
    server: HubThread
    d: document_world.World
    a: Store
    b: Store
    ids: dict[str, str]

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def lead(self) -> str:
        return self.d.lead.id

    def close(self) -> None:
        self.server.stop()
        self.log.close()
        for store in (self.hub, self.d.store, self.a, self.b):
            store.close()


def _build(folder: Path, template: Path, pg_url: str) -> Province:
    """Hub + D (two basins, two regions) pushed; A and B enrolled and scoped by the lead."""
    shutil.copytree(template, folder / "d")
    d = document_world.open_world(folder / "d")
    log = open_pg_hub(folder / "hub", pg_url)
    hub = log.store
    a, b = Store.open(folder / "a"), Store.open(folder / "b")
    for laptop, label in ((d.store, "office D"), (a, "laptop A"), (b, "laptop B")):
        replicas.enroll(hub, None, laptop.replica_id, laptop.public_key, label)
    replicas.enroll(d.store, d.lead.id, hub.replica_id, hub.public_key, "province hub")
    for laptop in (a, b):
        replicas.enroll(laptop, None, hub.replica_id, hub.public_key, "province hub")
    server = HubThread(hub, hub_log=log).start()
    store, lead = d.store, d.lead.id
    # the template's notice (finding F1 of the 涪江 patrol at the 遂宁 party): issued, served
    document_world.issue(d)
    document_world.serve(d)
    other_site = registry.add_site(
        store, lead, "内江某某造纸有限公司", credit_code="91511000MA62000016", region="511011"
    ).id
    jialing = patrols.add_patrol(store, lead, "2026-11-29", "jialing", [lead, d.inspector.id]).id
    ids = {"f1": d.finding_id, "notice": d.notice_id, "fujiang": d.patrol_id}
    ids["jialing"], ids["site2"] = jialing, other_site
    photo_set = {
        "f1b": (d.patrol_id, d.site.id, ["exifpy_gps_DSCN0012.jpg"]),
        "f2": (jialing, d.site.id, ["exifpy_gps_DSCN0021.jpg", "exifpy_gps_DSCN0025.jpg"]),
        "f3": (d.patrol_id, other_site, ["exifpy_gps_DSCN0027.jpg", "recurser_Portrait_8.jpg"]),
        "f4": (jialing, other_site, ["exifpy_nokia_8_3_gps.jpg"]),
    }
    for name, (patrol, site, photos) in photo_set.items():
        ids[name] = add_finding_with_photos(store, lead, patrol, site, photos, f"{name}废水")
    # a draft notice over a 涪江 and a 嘉陵江 finding: F2 is a dependency on A, its photos too
    ids["notice2"] = notices.create_draft(
        store, lead, d.agency.id, d.site.id, [ids["f1b"], ids["f2"]], order_text="停止排放"
    ).id
    assert hub_client.both(store, server.url)["ok"]
    set_scope(store, lead, a.replica_id, [FUJIANG])
    set_scope(store, lead, b.replica_id, [JIALING])
    assert hub_client.push(store, server.url)["ok"]
    return Province(pg_url, log, hub, server, d, a, b, ids)


@pytest.fixture
def province(tmp_path: Path, document_template: Path, pg_url: str) -> Iterator[Province]:
    made = _build(tmp_path, document_template, pg_url)
    yield made
    made.close()


def _records(store: Store, replica: str | None = None) -> set[str]:
    """Every record with an op in the store's log (of one replica's ops when given)."""
    sql = "SELECT DISTINCT entity || ':' || entity_id FROM ops"
    args: list[str] = []
    if replica is not None:
        sql, args = sql + " WHERE replica = ?", [replica]
    return {r[0] for r in store.db.conn.execute(sql, args)}


def _op_ids(store: Store, records: set[str]) -> set[str]:
    rows = store.db.conn.execute("SELECT op_id, entity || ':' || entity_id FROM ops")
    return {op_id for op_id, record in rows if record in records}


def _r_of_k(p: Province, keys: list[str]) -> set[str]:
    """R(K): the records the hub lists as members or dependencies of ``keys``."""
    with psycopg.connect(p.pg_url) as conn:
        rows = conn.execute(
            "SELECT DISTINCT record FROM hub_scope_member WHERE scope_key = ANY(%s)", [keys]
        ).fetchall()
    return {str(r[0]) for r in rows}


def _assert_holds_exactly_its_scope(p: Province, laptop: Store, keys: list[str]) -> set[str]:
    """Design 5 (i)–(iii) on a scoped laptop, once it has pushed its own ops; returns R(K)."""
    assert hub_client.push(laptop, p.url)["ok"]
    r_k = _r_of_k(p, keys)
    mine = _records(laptop, laptop.replica_id)
    held = _records(laptop)
    assert held == r_k | mine, (sorted(held - r_k - mine)[:5], sorted(r_k - held)[:5])
    assert _op_ids(laptop, r_k) == _op_ids(p.hub, r_k)
    assert scope_digest(laptop, r_k) == scope_digest(p.hub, r_k)
    waiting = laptop.db.conn.execute(
        "SELECT op_id, code FROM held WHERE code LIKE 'missing%' OR code = 'waiting'"
    ).fetchall()
    assert waiting == []
    report = laptop.check()
    assert report.ok, report
    assert not report.waiting_gaps  # what the scope leaves out is not awaited
    for sha in member_files(laptop):
        assert laptop.blobs.has(sha), sha
    return r_k


def _photos_of(store: Store, finding: str) -> list[str]:
    rows = store.db.conn.execute(
        "SELECT photo_id FROM finding_photos WHERE finding_id = ? ORDER BY 1", [finding]
    )
    return [r[0] for r in rows]


def test_a_laptop_scoped_to_a_basin_holds_exactly_its_scope(province: Province) -> None:
    p, a = province, province.a
    pulled = hub_client.pull(a, p.url)
    assert pulled["ok"], pulled["message"]
    assert pulled["scoped"] is True
    keys = pulled["scope_keys"]
    assert FUJIANG in keys and ALL_KEY in keys and JIALING not in keys
    assert a.setting(SCOPE_CURSOR_PREFIX + p.hub.replica_id)
    r_k = _assert_holds_exactly_its_scope(p, a, keys)
    ids = p.ids
    # members: the 涪江 findings (and the issued, served notice), with their photos
    for name in ("f1", "f1b", "f3"):
        assert presence(a, "finding", ids[name]) == "member"
        assert all(a.blobs.has(sha) for sha in _photos_of(p.hub, ids[name]))
    assert presence(a, "notice", ids["notice"]) == "member"
    assert (
        a.db.conn.execute("SELECT status FROM notice WHERE id = ?", [ids["notice"]]).fetchone()[0]
        == p.hub.db.conn.execute(
            "SELECT status FROM notice WHERE id = ?", [ids["notice"]]
        ).fetchone()[0]
    )
    # F2 (嘉陵江) comes as a dependency of the notice draft over F1b and F2: photos not here
    assert presence(a, "finding", ids["f2"]) == "dependency"
    f2_photos = _photos_of(p.hub, ids["f2"])
    assert f2_photos and not any(a.blobs.has(sha) for sha in f2_photos)
    assert set(f2_photos) <= set(a.check().not_here)
    # F4 (嘉陵江, nobody here names it) is not on this laptop
    assert presence(a, "finding", ids["f4"]) == "absent"
    assert f"finding:{ids['f4']}" not in r_k
    assert a.check().outside_gaps > 0  # D's chain, outside 涪江: neither waiting nor broken
    # a second pull brings nothing new
    again = hub_client.pull(a, p.url)
    assert again["scoped"] and again["accepted"] == 0 and again["ok"]
    # tags rebuilt on the hub (another epoch): the hub answers from 0, only duplicates come
    cursor = SCOPE_CURSOR_PREFIX + p.hub.replica_id
    a.set_setting(cursor, json.dumps({"epoch": "old-epoch", "cursors": {ALL_KEY: 10**9}}))
    rebuilt = hub_client.pull(a, p.url)
    assert rebuilt["ok"] and rebuilt["cursor_reset"] and rebuilt["accepted"] == 0
    assert rebuilt["duplicate"] > 0 and json.loads(a.setting(cursor))["epoch"] != "old-epoch"

    # fetch on demand: F4 arrives with its photos; a later edit of it on the next pull
    fetched = fetch_record(a, p.url, "finding", ids["f4"])
    assert fetched["ok"] and fetched["pinned"] is True
    assert fetched["record"] == f"finding:{ids['f4']}"
    assert fetched["keyed"]["id"] == "sync.scope_fetched"
    assert presence(a, "finding", ids["f4"]) == "member"
    assert all(a.blobs.has(sha) for sha in _photos_of(p.hub, ids["f4"]))
    findings.edit_finding(p.d.store, p.lead, ids["f4"], description="补充：已责令整改")
    assert hub_client.push(p.d.store, p.url)["ok"]
    f4 = {f"finding:{ids['f4']}"}
    assert scope_digest(a, f4) != scope_digest(p.hub, f4)  # the digest sees the edit
    assert hub_client.pull(a, p.url)["accepted"] >= 1
    assert scope_digest(a, f4) == scope_digest(p.hub, f4)
    assert findings.get_finding(a, ids["f4"]).description == "补充：已责令整改"
    _assert_holds_exactly_its_scope(p, a, keys)
    # an unknown record: a clear keyed error, nothing changes
    with pytest.raises(HubSyncError) as unknown:
        fetch_record(a, p.url, "finding", "0" * 32)
    assert unknown.value.keyed_message is not None
    assert unknown.value.keyed_message.id == "hub.record_unknown"


def test_a_moved_finding_reaches_the_other_basin_and_widening_catches_up(
    province: Province,
) -> None:
    p, a, b, ids = province, province.a, province.b, province.ids
    assert hub_client.pull(a, p.url)["scoped"]
    pulled_b = hub_client.pull(b, p.url)
    assert pulled_b["ok"] and pulled_b["scoped"] and JIALING in pulled_b["scope_keys"]
    assert presence(b, "finding", ids["f3"]) == "absent"
    # F3 moves from the 涪江 patrol to the 嘉陵江 one
    findings.edit_finding(p.d.store, p.lead, ids["f3"], patrol_id=ids["jialing"])
    assert hub_client.push(p.d.store, p.url)["ok"]
    pulled_b = hub_client.pull(b, p.url)
    assert pulled_b["ok"], pulled_b["message"]
    assert presence(b, "finding", ids["f3"]) == "member"
    assert _op_ids(b, {f"finding:{ids['f3']}"}) == _op_ids(p.hub, {f"finding:{ids['f3']}"})
    assert all(b.blobs.has(sha) for sha in _photos_of(p.hub, ids["f3"]))
    _assert_holds_exactly_its_scope(p, b, pulled_b["scope_keys"])
    pulled_a = hub_client.pull(a, p.url)
    assert pulled_a["ok"]
    assert presence(a, "finding", ids["f3"]) == "member"  # membership only grows
    assert findings.get_finding(a, ids["f3"]).patrol_id == ids["jialing"]
    _assert_holds_exactly_its_scope(p, a, pulled_a["scope_keys"])
    # F2, a dependency on A, moves into 涪江: it becomes a member there, its photos come
    assert presence(a, "finding", ids["f2"]) == "dependency"
    findings.edit_finding(p.d.store, p.lead, ids["f2"], patrol_id=ids["fujiang"])
    assert hub_client.push(p.d.store, p.url)["ok"]
    pulled_a = hub_client.pull(a, p.url)
    assert pulled_a["ok"], pulled_a["message"]
    assert presence(a, "finding", ids["f2"]) == "member"
    assert all(a.blobs.has(sha) for sha in _photos_of(p.hub, ids["f2"]))
    _assert_holds_exactly_its_scope(p, a, pulled_a["scope_keys"])

    # the lead widens A to everything: A catches up with the whole hub
    set_scope(p.d.store, p.lead, a.replica_id, None)
    assert hub_client.push(p.d.store, p.url)["ok"]
    widened = hub_client.pull(a, p.url)
    assert widened["ok"], widened["message"]
    assert widened["scoped"] is False
    assert store_digest(a) == store_digest(p.hub)
    assert a.check().ok and not a.check().not_here
    assert hub_client.pull(a, p.url)["accepted"] == 0

    # the office laptop D has no scope: it pulls everything, as before
    unscoped = hub_client.pull(p.d.store, p.url)
    assert unscoped["ok"] and unscoped["scoped"] is False
    assert store_digest(p.d.store) == store_digest(p.hub)


def test_fetch_from_the_command_line(
    province: Province, capsys: pytest.CaptureFixture[str]
) -> None:
    p = province
    hub_client.pull(p.a, p.url)
    folder = str(p.a.data_dir)
    p.a.close()
    fetch = ["--data-dir", folder, "--lang", "zh_CN", "sync", "fetch", "finding"]
    code = main([*fetch, p.ids["f4"], "--hub", p.url])
    out = capsys.readouterr()
    print(out.out, out.err)
    assert code == 0, out
    assert f"（编号 {p.ids['f4'][:8]}）" in out.out and "已从同步服务器获取" in out.out
    # the scope and the record in words: no implicit keys, no entity:id (S12)
    assert "工作范围：涪江流域\n" in out.out, out.out
    assert "origin:" not in out.out and "pin:" not in out.out and "finding:" not in out.out
    assert "“" in out.out.split("记录：")[1].splitlines()[0]  # the finding's category, quoted
    code = main([*fetch[:-1], "问题", "0" * 32, "--hub", p.url])  # the Chinese kind word
    out = capsys.readouterr()
    print(out.out, out.err)
    assert code != 0 and "Traceback" not in out.err + out.out
    assert "同步服务器上没有问题（编号 " + "0" * 32 + "）" in out.err, out.err
    assert "中心端" not in out.err
    en = ["--data-dir", folder, "--lang", "en", "sync", "fetch"]
    code = main([*en, "nonsense", "x", "--hub", p.url])
    out = capsys.readouterr()
    print(out.out, out.err)
    assert code != 0 and "Traceback" not in out.err + out.out
    assert "nonsense is not a kind of record that can be fetched; give one of: finding, " in out.err
    p.a = Store.open(Path(folder))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[World]:
    made = make_world(tmp_path)  # the SQLite hub: no scope tags
    yield made
    made.close()


def test_against_the_sqlite_hub_a_scoped_laptop_pulls_everything(office: World) -> None:
    w = office
    add_finding_with_photos(w.a, w.lead, w.patrol, w.site, ["exifpy_gps_DSCN0010.jpg"])
    other = patrols.add_patrol(w.a, w.lead, "2026-11-29", "jialing", [w.lead]).id
    far = add_finding_with_photos(w.a, w.lead, other, w.site, ["exifpy_gps_DSCN0012.jpg"])
    assert hub_client.both(w.a, w.url)["ok"]
    set_scope(w.a, w.lead, w.b.replica_id, [FUJIANG])
    assert hub_client.push(w.a, w.url)["ok"]
    for _ in range(2):  # the first pull brings B its scope; the second knows it
        pulled = hub_client.both(w.b, w.url)["pull"]
        assert pulled["ok"] and pulled["scoped"] is False and pulled["scope_keys"] == []
    assert store_digest(w.b) == store_digest(w.hub)
    assert w.b.exists("finding", far)
    fetched = fetch_record(w.b, w.url, "finding", far)
    assert fetched["ok"] and fetched["pinned"] is False
    with pytest.raises(InspectError):
        fetch_record(w.b, w.url, "finding", "0" * 32)

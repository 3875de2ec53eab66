"""Verdict equivalence (design scoped-pull R2): a scoped laptop's judge agrees with the hub's.

From a real world — two agencies, patrols in two basins, sites in two cities, a finding with
real photos and accepted warnings, an on-site record signed, an evidence item, a notice
issued and served (service with its signed receipt), a re-inspection of that notice by the
other agency, a finding moved to a patrol of the other basin, a site edited by an officer no
record names, a draft of the other agency, a correction superseding the served notice, and
an evidence item forged after the issue (held on the full store) — the records of a
scope key are computed by the rules of design 2.2 from ``domain/scope.py`` (own keys and
follows, then the closure of dependency edges, plus every global record). A fresh store
receives exactly those records' ops, in log order, and must hold nothing the full store
does not hold (no ``missing_record``, ``missing_officer``, ``waiting`` …) and project every
one of those records exactly as the full store does.

:func:`scope_records` is a test-only, in-memory model of the hub's tagging (the production
tagging is SQL, ``sync/hub_scope.py``). :func:`test_the_guard_fails_without_an_edge` shows
that dropping one kind of edge from ``edges_of`` is caught.
"""

from __future__ import annotations

import shutil
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import document_world
import pytest
from forge import forge

from inspect_app.domain import scope
from inspect_app.domain.entities import ENTITIES, RecordKind
from inspect_app.domain.ops import Change, Op, OpKind
from inspect_app.domain.scope import ALL_KEY, Edge, record_key, split_record
from inspect_app.storage import findings, notices, patrols, registry
from inspect_app.storage.judge import WAITING_CODES
from inspect_app.storage.projection import link_table
from inspect_app.storage.receive import receive
from inspect_app.storage.store import Store
from inspect_app.sync import replicas


@dataclass
class Built:
    """The full store's folder and the ids the tests look at."""

    folder: Path
    agency_a: str
    agency_b: str
    finding: str
    photos: tuple[str, ...]
    notice: str
    service: str
    moved: str
    jialing: tuple[str, ...]
    record_b: str
    successor: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The world of the module docstring, built once (slow: keys, photos)."""
    folder = tmp_path_factory.mktemp("scope-world") / "data"
    document_world.build(folder)
    world = document_world.open_world(folder)
    try:
        store, lead = world.store, world.lead.id
        record = document_world.make_record(world, RecordKind.INSPECTION)
        document_world.sign_record(world, record)
        item = {"notice_id": world.notice_id, "kind": "record", "subject_id": record}
        store.write([Change(OpKind.CREATE, "evidence_item", _uuid(), item)], lead)
        document_world.issue(world)
        document_world.serve(world)
        agency_b = registry.add_agency(store, "南充市生态环境局", "南环", "511300", officer=lead)
        officer_b = registry.add_officer(store, "王五", "51130011111", agency_b.id, officer=lead)
        site_b = registry.add_site(store, officer_b.id, "南充某某纸业有限公司", region="511302")
        patrol_b = patrols.add_patrol(store, officer_b.id, "2026-11-29", "jialing", [officer_b.id])
        jialing = tuple(
            findings.add_finding(
                store,
                officer_b.id,
                patrol_b.id,
                "water_outfall",
                site_id=site_b.id,
                description=f"嘉陵江排口 {n}",
            ).id
            for n in range(3)
        )
        patrols.move_finding(store, lead, jialing[0], world.patrol_id)
        # an officer named by no record acts on one: known only as the op's acting officer
        clerk = registry.add_officer(store, "赵六", "51090099999", world.agency.id, officer=lead)
        registry.edit_site(store, clerk.id, site_b.id, address="南充市顺庆区某某路1号")
        # agency B re-inspects agency A's served decision: its record names A's notice
        record_b = document_world.make_record(
            world,
            RecordKind.REINSPECTION,
            notice_id=world.notice_id,
            outcome="rectified",
            agency_id=agency_b.id,
        )
        notices.create_draft(
            store, officer_b.id, agency_b.id, site_b.id, [jialing[1]], order_text="停止排放"
        )
        successor = notices.supersede(store, lead, world.notice_id).id  # a correction
        # written as if received: an evidence item after the issue is held (a negative rule)
        late = {"notice_id": world.notice_id, "kind": "other", "description": "补充材料"}
        forge(store, "create", "evidence_item", _uuid(), late, lead, judged_here=True)
        service = store.db.conn.execute(
            "SELECT id FROM service WHERE notice_id = ?", [world.notice_id]
        ).fetchone()[0]
        held = store.db.conn.execute("SELECT code FROM held").fetchall()
        assert held == [("lifecycle",)], held  # the forged item, and nothing else
        return Built(
            folder,
            world.agency.id,
            agency_b.id,
            world.finding_id,
            world.photo_ids,
            world.notice_id,
            str(service),
            jialing[0],
            jialing,
            record_b,
            successor,
        )
    finally:
        world.store.close()


def _uuid() -> str:
    from inspect_app.domain.entities import new_id

    return new_id()


@pytest.fixture
def full(built: Built, tmp_path: Path) -> Iterator[Store]:
    """A private copy of the full store, opened."""
    folder = tmp_path / "full"
    shutil.copytree(built.folder, folder)
    with Store.open(folder) as store:
        yield store


# -- the in-memory model of the hub's tagging (design 2.2) ------------------------------------
@dataclass
class Scoped:
    """A key's records: members, dependencies, and every record's ops in log order."""

    members: set[str]
    dependencies: set[str]
    ops: list[tuple[str, str]] = field(default_factory=list)  # (body, sig) in log order

    @property
    def records(self) -> set[str]:
        return self.members | self.dependencies


EdgesOf = Callable[[Op, Callable[[str], str | None]], list[Edge]]


def scope_records(store: Store, key: str, edges_of: EdgesOf = scope.edges_of) -> Scoped:
    """The records a laptop scoped to ``key`` gets (with ``all``), by design 2.2.

    Members: records whose own keys hold ``key``, then (repeatedly) every record following a
    member. Global records are members of ``all``. Then the closure of dependency edges of
    all members. Edges and memberships only grow, so the final log gives the final sets.
    """
    rows = store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    ops = [(Op.from_body_json(body), (body, sig)) for body, sig in rows]
    ids = {
        op.entity_id: record_key(op.entity, op.entity_id) for op, _ in ops if op.kind == "create"
    }
    agency_of: dict[str, str] = {}
    for op, _ in ops:
        if op.entity == "officer" and isinstance(op.data.get("agency_id"), str):
            agency_of[op.entity_id] = op.data["agency_id"]
    own: dict[str, set[str]] = defaultdict(set)
    followers: dict[str, set[str]] = defaultdict(set)
    depends: dict[str, set[str]] = defaultdict(set)
    for op, _ in ops:
        own[record_key(op.entity, op.entity_id)] |= scope.own_keys(op, agency_of.get)
        for edge in edges_of(op, ids.get):
            (followers[edge.dst] if edge.kind == "f" else depends[edge.src]).add(
                edge.src if edge.kind == "f" else edge.dst
            )
    members = {r for r, keys in own.items() if key in keys}
    todo = list(members)
    while todo:
        for follower in followers[todo.pop()] - members:
            members.add(follower)
            todo.append(follower)
    members |= {r for r, keys in own.items() if ALL_KEY in keys}
    closure, todo = set(members), list(members)
    while todo:
        for dep in depends[todo.pop()] - closure:
            closure.add(dep)
            todo.append(dep)
    scoped = Scoped(members, closure - members)
    scoped.ops = [entry for op, entry in ops if record_key(op.entity, op.entity_id) in closure]
    return scoped


def _rows(store: Store, record: str) -> list[object]:
    """Everything projected for one record: its row, its reference sets, its heads."""
    entity, entity_id = split_record(record)
    conn = store.db.conn
    found: list[object] = [
        conn.execute(f"SELECT * FROM {entity} WHERE id = ?", [entity_id]).fetchall()
    ]
    for set_name in sorted(ENTITIES[entity].sets):
        table, owner, member = link_table(entity, set_name)
        found.append(
            conn.execute(
                f"SELECT * FROM {table} WHERE {owner} = ? ORDER BY {member}", [entity_id]
            ).fetchall()
        )
    found.append(
        sorted(
            conn.execute(
                "SELECT op_id FROM heads WHERE entity = ? AND entity_id = ?", [entity, entity_id]
            ).fetchall()
        )
    )
    return found


def differences(
    full: Store, laptop_dir: Path, key: str, edges_of: EdgesOf = scope.edges_of
) -> list[str]:
    """What a fresh laptop scoped to ``key`` decides or projects unlike ``full`` (empty: none)."""
    scoped = scope_records(full, key, edges_of)
    problems: list[str] = []
    with Store.open(laptop_dir) as laptop:
        # the laptop trusts the writer (as pairing does); its own enrolment op is not compared
        replicas.enroll(laptop, None, full.replica_id, full.public_key, "hub")
        report = receive(laptop, scoped.ops)
        sent = {Op.from_body_json(body).op_id for body, _ in scoped.ops}
        logged = {r[0] for r in laptop.db.conn.execute("SELECT op_id FROM ops")}
        quarantined = [q["code"] for q in report.quarantined if q["where"] == "quarantine"]
        if sent - logged or quarantined:
            problems.append(f"{len(sent - logged)} ops not in the log, quarantined {quarantined}")
        here = dict(laptop.db.conn.execute("SELECT op_id, code FROM held").fetchall())
        there = {
            op_id: code
            for op_id, code in full.db.conn.execute("SELECT op_id, code FROM held").fetchall()
            if op_id in sent
        }
        if here != there:
            problems.append(
                f"held here {sorted(here.values())}, on the full store {sorted(there.values())}"
            )
        waiting = sorted(code for code in here.values() if code in WAITING_CODES)
        if waiting:
            problems.append(f"held as waiting: {waiting}")
        own_record = record_key("replica", full.replica_id)
        for record in sorted(scoped.records - {own_record}):
            if split_record(record)[0] in ENTITIES and _rows(laptop, record) != _rows(full, record):
                problems.append(f"rows of {record} differ")
    return problems


def keys_of(built: Built) -> list[str]:
    """The scope keys checked: two basins, two cities, two agencies."""
    return [
        "basin:fujiang",
        "basin:jialing",
        "region:5113",
        "region:5109",
        f"agency:{built.agency_a}",
        f"agency:{built.agency_b}",
    ]


@pytest.mark.parametrize("which", range(6))
def test_a_scoped_laptop_judges_and_projects_like_the_full_store(
    which: int, built: Built, full: Store, tmp_path: Path
) -> None:
    key = keys_of(built)[which]
    assert differences(full, tmp_path / "laptop", key) == []


def test_the_scopes_hold_what_the_design_says(built: Built, full: Store) -> None:
    fujiang = scope_records(full, "basin:fujiang")
    jialing = scope_records(full, "basin:jialing")
    city = scope_records(full, "region:5113")
    agency_b = scope_records(full, f"agency:{built.agency_b}")
    finding, moved = f"finding:{built.finding}", f"finding:{built.moved}"
    photos = {f"photo:{p}" for p in built.photos}
    # the case goes with its finding: photos, notice, service, signatures, documents, items
    assert {
        finding,
        f"notice:{built.notice}",
        f"service:{built.service}",
    } | photos <= fujiang.members
    kinds = {split_record(r)[0] for r in fujiang.members}
    assert {
        "signature",
        "document",
        "evidence_item",
        "warning_acceptance",
        "inspection_record",
    } <= kinds
    # a moved finding stays where it was and joins its new patrol's basin
    assert moved in fujiang.members and moved in jialing.members
    assert {f"finding:{f}" for f in built.jialing[1:]} <= jialing.members - fujiang.records
    assert f"finding:{built.jialing[2]}" in city.members
    # the other agency's re-inspection brings A's notice and its service as dependencies
    assert f"inspection_record:{built.record_b}" in agency_b.members
    assert {f"notice:{built.notice}", f"service:{built.service}"} <= agency_b.dependencies
    # … and the correction its superseded_by names (a dependency only: no follow)
    assert f"notice:{built.successor}" in agency_b.dependencies
    assert f"notice:{built.successor}" in fujiang.members
    # photos go where the records listing them go: B's record shows the first two
    assert {f"photo:{p}" for p in built.photos[:2]} <= agency_b.members
    assert f"photo:{built.photos[2]}" in agency_b.dependencies  # the finding's: a file not here
    # what is global is everywhere; what is not is not
    for scoped in (fujiang, jialing, city, agency_b):
        assert f"agency:{built.agency_a}" in scoped.members
        assert f"agency:{built.agency_b}" in scoped.members
    assert finding not in city.records and len(city.records) < len(fujiang.records)


Drop = Callable[[Op, Edge, list[Edge]], bool]


def _without(drop: Drop) -> EdgesOf:
    """``edges_of`` less the edges ``drop(op, edge, all the op's edges)`` picks."""

    def edges_of(op: Op, resolve: Callable[[str], str | None]) -> list[Edge]:
        edges = scope.edges_of(op, resolve)
        return [e for e in edges if not drop(op, e, edges)]

    return edges_of


def _reference(op: Op, edge: Edge) -> bool:
    """A dependency of the op's record on a record its data names (not the acting officer)."""
    return (
        edge.kind == "d"
        and edge.src == record_key(op.entity, op.entity_id)
        and edge.dst != f"officer:{op.officer}"
    )


SABOTAGE: dict[str, Drop] = {
    "acting officer": lambda op, e, _: e.kind == "d" and e.dst == f"officer:{op.officer}",
    "reverse notice -> service": lambda op, e, _: (
        op.entity == "service" and e.src != e.dst and e.src.startswith("notice:")
    ),
    "dependency of a followed reference": lambda op, e, edges: (
        _reference(op, e) and Edge(e.src, e.dst, "f") in edges
    ),
    "dependency-only reference field": lambda op, e, edges: (
        op.kind != OpKind.ADD and _reference(op, e) and Edge(e.src, e.dst, "f") not in edges
    ),
    "reference sets": lambda op, e, _: op.kind == OpKind.ADD and e.kind == "d",
}


@pytest.mark.parametrize("name", sorted(SABOTAGE))
def test_the_guard_fails_without_an_edge(
    name: str, built: Built, full: Store, tmp_path: Path
) -> None:
    """Dropping one kind of edge from ``edges_of`` parts some scoped laptop from the store."""
    edges_of = _without(SABOTAGE[name])
    found = [
        problem
        for n, key in enumerate(keys_of(built))
        for problem in differences(full, tmp_path / f"laptop{n}", key, edges_of)
    ]
    assert found, f"dropping the {name} edges went unnoticed"

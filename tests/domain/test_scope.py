"""Scope keys, own keys and edges of ``inspect_app.domain.scope`` (design scoped-pull 1.1–1.3).

Every entity of ``ENTITIES`` must have a decision here: its own keys or follows
(:func:`test_every_entity_has_a_membership_decision`) and its exact edges
(:data:`EXPECTED_EDGES`) — a new entity or reference field fails until one is made.
"""

from __future__ import annotations

import json
import uuid

import pytest

from inspect_app.domain import scope
from inspect_app.domain.entities import ENTITIES, EntitySpec
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.ops import Op, OpKind
from inspect_app.domain.scope import (
    ALL_KEY,
    MAX_KEY_LEN,
    MAX_KEYS,
    Edge,
    check_scope_field,
    edges_of,
    implicit_keys,
    is_global,
    own_keys,
    record_key,
    region_keys,
    scope_keys,
    split_record,
)

AGENCY = "0a0a0a0a-1111-4222-8333-444444444444"
OFFICER = "0b0b0b0b-1111-4222-8333-444444444444"
OTHER_AGENCY = "0c0c0c0c-1111-4222-8333-444444444444"
REPLICA = "ab" * 16


def make_op(
    kind: OpKind | str,
    entity: str,
    entity_id: str,
    data: dict[str, object],
    officer: str | None = OFFICER,
) -> Op:
    """An op as a replica writes it (the hlc is not read by scope)."""
    return Op.make(
        replica=REPLICA,
        seq=1,
        prev=None,
        hlc="0000000001000-0000-" + REPLICA[:16],
        wall="2026-12-05T08:30:00Z",
        officer=officer,
        kind=kind,
        entity=entity,
        entity_id=entity_id,
        data=data,
        deps=(),
    )


def id_of(entity: str) -> str:
    """A fresh id of the shape ``entity`` uses."""
    spec = ENTITIES[entity]
    if spec.content_addressed:
        return uuid.uuid4().hex * 2
    if spec.replica_keyed:
        return uuid.uuid4().hex
    return str(uuid.uuid4())


# -- keys ------------------------------------------------------------------------------------
def test_record_key_round_trips_and_bad_text_is_refused() -> None:
    key = record_key("finding", AGENCY)
    assert key == f"finding:{AGENCY}"
    assert split_record(key) == ("finding", AGENCY)
    assert split_record("newer_thing:a:b") == ("newer_thing", "a:b")
    for bad in ("finding", ":x", "finding:", ""):
        with pytest.raises(ValueError):
            split_record(bad)


def test_region_keys_are_city_and_district() -> None:
    assert region_keys("510104") == ["region:5101", "region:510104"]
    assert region_keys("510900") == ["region:5109", "region:510900"]
    for bad in (None, "", "5101", "51010", "5101045", "51a104", 510104, "٥" * 6):
        assert region_keys(bad) == []  # type: ignore[arg-type]


def test_scope_field_is_canonical_sorted_unique() -> None:
    text = check_scope_field(
        ["region:5101", f"agency:{AGENCY}", "basin:fujiang", "region:5101"], "scope"
    )
    assert text == json.dumps(
        sorted({"region:5101", f"agency:{AGENCY}", "basin:fujiang"}), separators=(",", ":")
    )
    assert check_scope_field(text, "scope") == text  # idempotent: a received value passes
    assert check_scope_field('[ "basin:涪江" ]', "scope") == '["basin:涪江"]'  # no \\u escapes
    assert check_scope_field(["*", "basin:fujiang"], "scope") == '["*"]'
    assert check_scope_field([], "scope") == "[]"  # only the implicit keys
    assert check_scope_field(None, "scope") is None  # everything
    assert (
        check_scope_field(["region:510104", "region:5101"], "scope")
        == '["region:5101","region:510104"]'
    )


@pytest.mark.parametrize(
    "value",
    [
        ["basin"],  # no colon
        ["county:5101"],  # unknown kind
        ["origin:" + REPLICA],  # implicit keys are never stored
        ["pin:" + REPLICA],
        ["all"],
        ["region:51"],  # a province is "*"
        ["region:51010"],
        ["region:٥١٠١"],  # digits, but not ASCII ones
        ["agency:not-a-uuid"],
        ["agency:" + AGENCY.upper()],
        ["basin:"],
        ["basin: fujiang"],
        ["basin:fu\x07jiang"],
        ["basin:" + "x" * (MAX_KEY_LEN - len("basin:") + 1)],  # one character too long
        [f"basin:b{n}" for n in range(MAX_KEYS + 1)],  # too many
        [1],
        "basin:fujiang",  # text, not a JSON list
        '{"basin:fujiang": 1}',
        "[",
        42,
        {"keys": []},
    ],
)
def test_bad_scopes_are_refused_with_the_keyed_message(value: object) -> None:
    with pytest.raises(ValidationError) as raised:
        check_scope_field(value, "scope")
    keyed = raised.value.keyed_message
    assert keyed is not None and keyed.msg.id == "field.not_scope"
    assert keyed.params["limit"] == MAX_KEYS and keyed.params["max_len"] == MAX_KEY_LEN


def test_limits_hold_exactly() -> None:
    longest = "basin:" + "x" * (MAX_KEY_LEN - len("basin:"))
    assert json.loads(check_scope_field([longest], "scope")) == [longest]
    many = [f"basin:b{n:02d}" for n in range(MAX_KEYS)]
    assert json.loads(check_scope_field(many, "scope")) == many


def test_scope_keys_none_is_everything() -> None:
    assert scope_keys(None) is None
    assert scope_keys('["*"]') is None
    assert scope_keys("[]") == frozenset()
    assert scope_keys('["basin:fujiang","region:5101"]') == {"basin:fujiang", "region:5101"}
    for bad in ('{"a":1}', "[1]", "nope"):
        with pytest.raises(ValueError):
            scope_keys(bad)


def test_implicit_keys() -> None:
    assert implicit_keys(REPLICA) == {ALL_KEY, f"origin:{REPLICA}", f"pin:{REPLICA}"}


# -- which keys each entity gets -------------------------------------------------------------
def test_every_entity_has_a_membership_decision() -> None:
    decided = (
        set(scope.GLOBAL_ENTITIES)
        | set(scope.OWN_KEY_FIELDS)
        | set(scope.FOLLOWS)
        | set(scope.FOLLOWED_BY)
    )
    assert set(ENTITIES) <= decided, f"no scope decision for {set(ENTITIES) - decided}"
    assert decided <= set(ENTITIES)


def _references(spec: EntitySpec) -> set[str]:
    named = {n for n, f in spec.fields.items() if f.ref} | set(spec.sets)
    return named | {f for (e, f) in scope.RECORD_FIELDS if e == spec.name}


def test_every_reference_is_followed_or_a_dependency_only() -> None:
    """A new ``ref`` field or set forces a choice: does the record follow what it names?"""
    for name, spec in ENTITIES.items():
        for ref in _references(spec):
            followed = ref in scope.FOLLOWS.get(name, ()) or any(
                (name, ref) in owners for owners in scope.FOLLOWED_BY.values()
            )
            assert followed != ((name, ref) in scope.NOT_FOLLOWED), (name, ref)
    for entity, names in scope.FOLLOWS.items():
        assert set(names) <= _references(ENTITIES[entity]), entity
    for fields in scope.OWN_KEY_FIELDS.values():
        assert fields
    for entity, names in scope.OWN_KEY_FIELDS.items():
        spec = ENTITIES[entity]
        assert set(names) <= set(spec.fields) | set(spec.sets), entity


def test_is_global() -> None:
    for entity in ("agency", "replica", "team_ca", "crl", "number_block", "newer_thing"):
        assert is_global(entity)
    for entity in ("officer", "patrol", "finding", "photo", "notice", "signature"):
        assert not is_global(entity)


AGENCIES = {OFFICER: AGENCY, "0d0d0d0d-1111-4222-8333-444444444444": OTHER_AGENCY}


def _own(kind: OpKind | str, entity: str, data: dict[str, object], **kw: object) -> frozenset[str]:
    return own_keys(
        make_op(kind, entity, id_of(entity) if entity in ENTITIES else "x", data, **kw),
        AGENCIES.get,
    )  # type: ignore[arg-type]


def test_own_keys_of_each_entity() -> None:
    other = "0d0d0d0d-1111-4222-8333-444444444444"
    stranger = "0e0e0e0e-1111-4222-8333-444444444444"  # agency unknown at the hub: no key
    assert _own(OpKind.CREATE, "officer", {"agency_id": AGENCY, "name": "张三"}) == {
        f"agency:{AGENCY}"
    }
    assert _own(OpKind.SET, "officer", {"agency_id": OTHER_AGENCY}) == {f"agency:{OTHER_AGENCY}"}
    assert _own(OpKind.SET, "officer", {"name": "李四"}) == set()
    assert _own(OpKind.CREATE, "patrol", {"basin": "fujiang", "date": "2026-11-28"}) == {
        "basin:fujiang",
        f"agency:{AGENCY}",  # the creator's agency
    }
    assert _own(OpKind.CREATE, "patrol", {"basin": "fujiang"}, officer=stranger) == {
        "basin:fujiang"
    }
    assert _own(OpKind.SET, "patrol", {"basin": "jialing"}) == {"basin:jialing"}
    assert _own(OpKind.SET, "patrol", {"area": "涪江"}) == set()  # the setter is no member
    assert _own(OpKind.ADD, "patrol", {"officers": [other, stranger]}) == {f"agency:{OTHER_AGENCY}"}
    assert _own(OpKind.REMOVE, "patrol", {"officers": [other]}) == set()
    assert _own(OpKind.CREATE, "site", {"name": "某厂", "region": "510104"}) == {
        "region:5101",
        "region:510104",
    }
    assert _own(OpKind.SET, "site", {"region": None}) == set()
    assert _own(OpKind.RESOLVE, "site", {"region": "511302"}) == {"region:5113", "region:511302"}
    for entity in ("notice", "inspection_record"):
        assert _own(OpKind.CREATE, entity, {"agency_id": AGENCY}) == {f"agency:{AGENCY}"}
    for entity in ("agency", "replica", "team_ca", "crl", "number_block"):
        assert _own(OpKind.CREATE, entity, {"agency_id": AGENCY, "region": "510104"}) == {ALL_KEY}
    assert _own("create", "newer_thing", {"agency_id": AGENCY}) == {ALL_KEY}
    followers = set(ENTITIES) - set(scope.GLOBAL_ENTITIES) - set(scope.OWN_KEY_FIELDS)
    for entity in followers:  # everything else only inherits
        data = {n: id_of(f.ref) for n, f in ENTITIES[entity].fields.items() if f.ref}
        assert _own(OpKind.CREATE, entity, data) == set(), entity
    assert _own(OpKind.WITHDRAW, "site", {}) == set()


# -- edges -----------------------------------------------------------------------------------
# Per entity: (field or set, form) for every record its ops name. "d": op's record depends on
# it; "f": follows it; "rf": the named record follows the op's record; "rd": the named
# record depends on the op's record. The acting officer ("d") comes with every op.
EXPECTED_EDGES: dict[str, set[tuple[str, str]]] = {
    "agency": set(),
    "officer": {("agency_id", "d")},
    "patrol": {("officers", "d")},
    "site": set(),
    "finding": {("patrol_id", "d"), ("patrol_id", "f"), ("site_id", "d"), ("site_id", "f")}
    | {("photos", "d"), ("photos", "rf")},
    "photo": set(),
    "replica": set(),
    "notice": {("agency_id", "d"), ("site_id", "d"), ("site_id", "f"), ("issued_by", "d")}
    | {("supersedes", "d"), ("supersedes", "f"), ("superseded_by", "d")}
    | {("findings", "d"), ("findings", "f")},
    "team_ca": set(),
    "certificate": {("officer_id", "d"), ("officer_id", "f")},
    "crl": {("ca_id", "d")},
    "evidence_item": {("notice_id", "d"), ("notice_id", "f"), ("subject_id", "d")},
    "number_block": {("agency_id", "d")},
    "inspection_record": {("site_id", "d"), ("site_id", "f"), ("agency_id", "d")}
    | {("notice_id", "d"), ("notice_id", "f"), ("recorder_id", "d"), ("officers", "d")}
    | {("findings", "d"), ("findings", "f"), ("photos", "d"), ("photos", "rf")},
    "service": {("notice_id", "d"), ("notice_id", "f"), ("notice_id", "rd"), ("officers", "d")},
    "signature": {("subject_id", "d"), ("subject_id", "f"), ("officer_id", "d")},
    "document": {("subject_id", "d"), ("subject_id", "f"), ("signed_by", "d"), ("upgrade_of", "d")},
    "warning_acceptance": {("finding_id", "d"), ("finding_id", "f"), ("photo_id", "d")}
    | {("photo_id", "rf")},
}
# what a subject_id names when it is found
_SUBJECT = {"signature": "inspection_record", "document": "service", "evidence_item": "photo"}


def _named_ids(entity: str) -> dict[str, tuple[str, str]]:
    """Field or set → (named entity, id) for every record an op of ``entity`` can name."""
    spec = ENTITIES[entity]
    named = {n: f.ref for n, f in spec.fields.items() if f.ref} | dict(spec.sets)
    for (e, name), target in scope.RECORD_FIELDS.items():
        if e == entity:
            named[name] = target or _SUBJECT[entity]
    return {name: (target, id_of(target)) for name, target in named.items()}


@pytest.mark.parametrize("entity", sorted(ENTITIES))
def test_edges_of_every_entity(entity: str) -> None:
    assert entity in EXPECTED_EDGES, f"decide the scope edges of {entity} (domain/scope.py)"
    spec = ENTITIES[entity]
    named = _named_ids(entity)
    ids = {eid: record_key(target, eid) for target, eid in named.values()}
    src = record_key(entity, id_of(entity))
    _, src_id = split_record(src)
    fields = {n: named[n][1] for n in named if n in spec.fields}
    ops = [make_op(OpKind.CREATE, entity, src_id, fields)] if fields else []
    ops += [make_op(OpKind.ADD, entity, src_id, {s: [named[s][1]]}) for s in spec.sets]
    found: set[tuple[str, str]] = set()
    officer = record_key("officer", OFFICER)
    for op in ops or [make_op(OpKind.CREATE, entity, src_id, {})]:
        edges = edges_of(op, ids.get)
        assert len(edges) == len(set(edges)), "no repeats"
        assert Edge(src, officer, "d") in edges
        for edge in edges:
            if edge == Edge(src, officer, "d"):
                continue
            if edge.src == src:
                name = next(n for n, (t, i) in named.items() if record_key(t, i) == edge.dst)
                found.add((name, edge.kind))
            else:
                assert edge.dst == src, edge
                name = next(n for n, (t, i) in named.items() if record_key(t, i) == edge.src)
                found.add((name, "r" + edge.kind))
    assert found == EXPECTED_EDGES[entity]


def test_an_unresolved_subject_gives_no_edge_and_no_officer_no_edge() -> None:
    signature = make_op(
        OpKind.CREATE, "signature", id_of("signature"), {"subject_id": AGENCY}, None
    )
    assert edges_of(signature, lambda _: None) == []


def test_set_of_a_reference_gives_the_new_edges_and_clearing_none() -> None:
    finding, patrol = id_of("finding"), id_of("patrol")
    moved = edges_of(make_op(OpKind.SET, "finding", finding, {"patrol_id": patrol}), {}.get)
    assert Edge(f"finding:{finding}", f"patrol:{patrol}", "f") in moved
    assert Edge(f"finding:{finding}", f"patrol:{patrol}", "d") in moved
    cleared = edges_of(make_op(OpKind.SET, "finding", finding, {"site_id": None}), {}.get)
    assert cleared == [Edge(f"finding:{finding}", f"officer:{OFFICER}", "d")]
    removed = edges_of(make_op(OpKind.REMOVE, "finding", finding, {"photos": ["a" * 64]}), {}.get)
    assert removed == [Edge(f"finding:{finding}", f"officer:{OFFICER}", "d")]


def test_unknown_entities_kinds_and_malformed_data_never_break() -> None:
    for op in (
        make_op("create", "newer_thing", "x1", {"site_id": AGENCY}),
        make_op("merge", "finding", id_of("finding"), {"patrol_id": AGENCY}),
        make_op(OpKind.CREATE, "finding", id_of("finding"), {"patrol_id": 7, "site_id": ["x"]}),
        make_op(OpKind.ADD, "finding", id_of("finding"), {"photos": "abc", "nope": ["x"]}),
        make_op(OpKind.ADD, "patrol", id_of("patrol"), {"officers": [3, None]}),
    ):
        assert edges_of(op, lambda _: "finding:x") == [
            Edge(f"{op.entity}:{op.entity_id}", f"officer:{OFFICER}", "d")
        ]
        assert own_keys(op, AGENCIES.get) <= {ALL_KEY}
    assert own_keys(make_op("create", "newer_thing", "x1", {}), AGENCIES.get) == {ALL_KEY}


def test_judge_dependencies_are_the_d_edges_of_the_op_record() -> None:
    finding = id_of("finding")
    op = make_op(OpKind.ADD, "finding", finding, {"photos": ["a" * 64, "b" * 64]})
    deps = scope.judge_dependencies(op, {}.get)
    assert deps == [f"officer:{OFFICER}", f"photo:{'a' * 64}", f"photo:{'b' * 64}"]
    assert [
        e.dst for e in edges_of(op, {}.get) if e.kind == "d" and e.src.startswith("finding:")
    ] == deps

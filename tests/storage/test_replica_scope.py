"""``replica.scope`` (issue 15, schema v12): set by a team lead only, wherever it is judged.

A lead's scope op is applied and projected here and on a laptop receiving it; a non-lead's is
refused when written here and held ``not_lead`` when it arrives from another replica (also
for a replica's own record, where the own-replica shortcut of ``_trust_change`` would let it
through); a bad value is refused with the keyed ``field.not_scope`` error and writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from forge import forge, held_codes
from store_team import Team, make_team

from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import receive
from inspect_app.storage.migrations import SCHEMA_VERSION, schema_version
from inspect_app.storage.scope import my_scope, scope_of, set_scope
from inspect_app.storage.store import Store
from inspect_app.sync import replicas


def _entries(store: Store) -> list[tuple[str, str | None]]:
    rows = store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    return [(str(body), sig) for body, sig in rows]


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Team, Store]]:
    """A lead's store A with its team, and laptop B enrolled there holding all of A's ops."""
    a = Store.open(tmp_path / "a")
    b = Store.open(tmp_path / "b")
    team = make_team(a)
    replicas.enroll(a, team.lead.id, b.replica_id, b.public_key, "乙")
    replicas.enroll(b, None, a.replica_id, a.public_key, "甲")
    report = receive.receive(b, _entries(a))
    assert not report.quarantined and not held_codes(b)
    yield team, b
    a.close()
    b.close()


def _scope_column(store: Store, replica_id: str) -> str | None:
    row = store.db.conn.execute("SELECT scope FROM replica WHERE id = ?", [replica_id]).fetchone()
    return row[0]


def test_v12_adds_the_column_and_the_local_tables(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert schema_version(store.db) == SCHEMA_VERSION >= 12
        columns = [r[1] for r in store.db.conn.execute("PRAGMA table_info(replica)")]
        assert "scope" in columns
        for table in ("scope_dependency", "scope_member"):
            assert store.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
        assert my_scope(store) is None  # no scope: everything


def test_a_lead_sets_a_scope_applied_projected_and_received(
    laptops: tuple[Team, Store],
) -> None:
    team, b = laptops
    a = team.store
    done = set_scope(a, team.lead.id, b.replica_id, ["region:5109", "basin:fujiang"])
    assert done.keys == ["basin:fujiang", "region:5109"]
    assert _scope_column(a, b.replica_id) == '["basin:fujiang","region:5109"]'
    assert a.check().ok
    report = receive.receive(b, _entries(a))
    assert not report.quarantined and not held_codes(b)
    assert my_scope(b) == frozenset({"basin:fujiang", "region:5109"})
    receive.receive(a, _entries(b))  # each holds the other's ops: the same tables
    assert b.digest() == a.digest()
    assert b.check().ok  # the replayed tables hold the scope column too
    # the lead widens it again: "*" is everything
    set_scope(a, team.lead.id, b.replica_id, None)
    assert _scope_column(a, b.replica_id) == '["*"]'
    receive.receive(b, _entries(a))
    assert my_scope(b) is None and scope_of(b, b.replica_id).keys is None


def test_a_lead_may_set_their_own_laptops_scope(laptops: tuple[Team, Store]) -> None:
    team, _ = laptops
    a = team.store
    set_scope(a, team.lead.id, a.replica_id, ["agency:" + team.agency.id])
    assert my_scope(a) == frozenset({"agency:" + team.agency.id})


def test_a_non_lead_cannot_set_a_scope_here_not_even_their_own_laptops(
    laptops: tuple[Team, Store],
) -> None:
    team, b = laptops
    a = team.store
    count = a.op_count()
    for store, target in ((a, b.replica_id), (a, a.replica_id), (b, b.replica_id)):
        with pytest.raises(ValidationError) as refused:
            set_scope(store, team.inspector.id, target, ["basin:fujiang"])
        assert refused.value.keyed_message is not None
        assert refused.value.keyed_message.id == "judge.scope_needs_lead"
    with pytest.raises(ValidationError) as refused:  # no officer at all (a bootstrap entity)
        b.write([Change(OpKind.SET, "replica", b.replica_id, {"scope": '["*"]'})], None)
    assert refused.value.keyed_message.id == "judge.scope_needs_lead"
    assert a.op_count() == count and my_scope(a) is None and my_scope(b) is None


def test_a_non_leads_scope_op_received_from_another_replica_is_held_not_lead(
    laptops: tuple[Team, Store],
) -> None:
    """B's own record, written by an inspector outside the judge (modified software)."""
    team, b = laptops
    a = team.store
    widen = forge(b, "set", "replica", b.replica_id, {"scope": '["*"]'}, team.inspector.id)
    narrow = forge(b, "set", "replica", a.replica_id, {"scope": '["basin:fujiang"]'}, None)
    report = receive.receive(a, _entries(b))
    assert {(q["op_id"], q["where"]) for q in report.quarantined} == {
        (widen.op_id, "held"),
        (narrow.op_id, "held"),
    }
    held = held_codes(a)
    assert held[widen.op_id] == "not_lead" and held[narrow.op_id] == "not_lead"
    assert _scope_column(a, b.replica_id) is None and my_scope(a) is None
    assert a.check().ok


def test_a_replica_create_carrying_a_scope_is_judged_the_same(
    laptops: tuple[Team, Store], tmp_path: Path
) -> None:
    team, b = laptops
    a = team.store
    with Store.open(tmp_path / "c") as c:
        data = {"public_key": c.public_key, "status": "active", "scope": '["region:5109"]'}
        with pytest.raises(ValidationError) as refused:
            a.write([Change(OpKind.CREATE, "replica", c.replica_id, data)], team.inspector.id)
        assert refused.value.keyed_message.id == "judge.scope_needs_lead"
        a.write([Change(OpKind.CREATE, "replica", c.replica_id, data)], team.lead.id)
        assert scope_of(a, c.replica_id).keys == ["region:5109"]
        other = "ab" * 16
        data = {"public_key": "cd" * 32, "status": "active", "scope": '["*"]'}
        created = forge(b, "create", "replica", other, data, team.inspector.id)
        receive.receive(a, _entries(b))
        assert held_codes(a)[created.op_id] == "not_lead"


@pytest.mark.parametrize(
    "keys",
    [
        ["everything"],  # no key form
        ["agency:not-a-uuid"],
        ["region:51"],  # a province is "*"
        ["origin:" + "ab" * 16],  # implicit keys are never stored
        ["basin:" + "x" * 80],  # longer than 80 characters with its prefix
        [f"region:{5100 + n}" for n in range(65)],  # more than 64 keys
    ],
)
def test_a_bad_scope_is_refused_with_a_keyed_error_and_nothing_written(
    laptops: tuple[Team, Store], keys: list[str]
) -> None:
    team, b = laptops
    a = team.store
    count = a.op_count()
    with pytest.raises(ValidationError) as refused:
        set_scope(a, team.lead.id, b.replica_id, keys)
    assert refused.value.keyed_message.id == "field.not_scope"
    assert a.op_count() == count and _scope_column(a, b.replica_id) is None


def test_a_received_unnormalised_scope_is_held_invalid(laptops: tuple[Team, Store]) -> None:
    team, b = laptops
    a = team.store
    op = forge(b, "set", "replica", b.replica_id, {"scope": '["region:5109", "basin:a"]'},
               team.lead.id)  # fmt: skip
    receive.receive(a, _entries(b))
    assert held_codes(a)[op.op_id] == "invalid"


def test_an_unknown_replica_is_a_clear_error(laptops: tuple[Team, Store]) -> None:
    team, _ = laptops
    with pytest.raises(NotFoundError) as missing:
        set_scope(team.store, team.lead.id, "ef" * 16, ["basin:fujiang"])
    assert missing.value.keyed_message.id == "sync.scope_unknown_replica"

"""Mending mistakes (issue 12): a patrol's team and date, moving a finding, withdrawing with a
reason, undo as a compensating op, and a record's history — on real stores (document world)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import document_world
import pytest
from document_world import World

from inspect_app.domain.entities import new_id
from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.issue import issue_blockers
from inspect_app.storage import findings, mending, patrols, receive, registry
from inspect_app.storage.history import record_history
from inspect_app.storage.store import Store
from inspect_app.storage.undo import own_op_ids, undo, undo_changes
from inspect_app.sync import replicas

document_template = document_world.document_template
world = document_world.world


def _refused(exc: pytest.ExceptionInfo[InspectError]) -> object:
    message = exc.value.keyed_message
    assert message is not None
    return message.msg


def _few_officers(w: World) -> bool:
    today = date.today()
    return NoticeMsg.ISSUE_FEW_OFFICERS() in issue_blockers(w.store, w.notice_id, w.lead.id, today)


def test_team_edit_lets_a_decision_be_issued(world: World) -> None:
    store, lead, inspector = world.store, world.lead.id, world.inspector.id
    patrols.edit_patrol(store, lead, world.patrol_id, officer_ids=[lead])  # one officer left
    assert _few_officers(world)
    # the lead recorded the finding: the lead stays on the team
    with pytest.raises(InspectError) as refused:
        patrols.edit_patrol(store, lead, world.patrol_id, officer_ids=[inspector])
    assert _refused(refused) is StoreMsg.PATROL_RECORDER_STAYS
    with pytest.raises(InspectError) as refused:
        patrols.edit_patrol(store, lead, world.patrol_id, officer_ids=[])
    assert _refused(refused) is StoreMsg.PATROL_NO_OFFICER
    edited = patrols.edit_patrol(
        store, lead, world.patrol_id, officer_ids=[lead, inspector], date="2026-11-27"
    )
    assert edited.officer_ids == (lead, inspector) and edited.date == "2026-11-27"
    assert not _few_officers(world)
    number = document_world.issue(world)
    # the decision in force states the team and the date: they stay until it is superseded
    with pytest.raises(InspectError) as refused:
        patrols.edit_patrol(store, lead, world.patrol_id, officer_ids=[lead])
    assert _refused(refused) is StoreMsg.PATROL_DECISION_IN_FORCE
    assert number in str(refused.value)
    with pytest.raises(InspectError) as refused:
        patrols.edit_patrol(store, lead, world.patrol_id, date="2026-11-26")
    assert _refused(refused) is StoreMsg.PATROL_DECISION_IN_FORCE
    patrols.edit_patrol(store, lead, world.patrol_id, area="涪江船山段（右岸）")  # area is free


def test_move_finding(world: World) -> None:
    store, lead = world.store, world.lead.id
    other = patrols.add_patrol(store, lead, "2026-11-29", "fujiang", [lead, world.inspector.id])
    with pytest.raises(InspectError) as refused:
        patrols.move_finding(store, lead, world.finding_id, world.patrol_id)
    assert _refused(refused) is StoreMsg.FINDING_ALREADY_IN_PATROL
    patrols.move_finding(store, lead, world.finding_id, other.id)
    assert findings.get_finding(store, world.finding_id).patrol_id == other.id
    assert findings.finding_ids(store, world.patrol_id) == []
    patrols.move_finding(store, lead, world.finding_id, world.patrol_id)
    document_world.issue(world)
    with pytest.raises(InspectError) as refused:
        patrols.move_finding(store, lead, world.finding_id, other.id)
    assert _refused(refused) is StoreMsg.FINDING_DECISION_IN_FORCE


def test_withdraw_with_reason_and_its_refusals(world: World) -> None:
    store, lead = world.store, world.lead.id
    with pytest.raises(InspectError) as refused:  # the draft names it
        mending.withdraw_finding(store, lead, world.finding_id, "重复录入")
    assert _refused(refused) is StoreMsg.FINDING_IN_DRAFT
    extra = findings.add_finding(store, lead, world.patrol_id, "water_outfall")
    with pytest.raises(InspectError) as refused:
        mending.withdraw_finding(store, lead, extra.id, "  ")
    assert _refused(refused) is StoreMsg.WITHDRAW_REASON_NEEDED
    with pytest.raises(InspectError) as refused:
        mending.withdraw_finding(store, lead, extra.id, "x" * 501)
    assert _refused(refused) is StoreMsg.WITHDRAW_REASON_TOO_LONG
    mending.withdraw_finding(store, lead, extra.id, "重复录入")
    assert not store.exists("finding", extra.id)
    entry = record_history(store, "finding", extra.id).entries[0]
    assert (entry.kind, entry.reason, entry.officer) == ("withdraw", "重复录入", "张三")
    # a patrol with live findings is refused, not cascaded; a party named by findings too
    with pytest.raises(InspectError) as refused:
        mending.withdraw_patrol(store, lead, world.patrol_id, "误建")
    assert _refused(refused) is StoreMsg.PATROL_HAS_FINDINGS
    with pytest.raises(InspectError) as refused:
        mending.withdraw_site(store, lead, world.site.id, "重复")
    assert _refused(refused) is StoreMsg.WITHDRAW_SITE_HAS_FINDINGS
    duplicate = registry.add_site(store, lead, "遂宁某某化工有限公司（重复）")
    mending.withdraw_site(store, lead, duplicate.id, "与已有当事人重复")
    assert not store.exists("site", duplicate.id)
    empty = patrols.add_patrol(store, lead, "2026-11-30", "fujiang", [lead])
    mending.withdraw_patrol(store, lead, empty.id, "误建的巡查")
    assert not store.exists("patrol", empty.id)
    # a photo link: taken off the evidence while only a draft names the finding
    photo = world.photo_ids[0]
    mending.withdraw_photo_link(store, lead, world.finding_id, photo, "拍摄对象不符")
    assert photo not in findings.get_finding(store, world.finding_id).photo_ids
    assert store.exists("photo", photo)  # the evidence file and record stay
    with pytest.raises(InspectError) as refused:
        mending.withdraw_photo_link(store, lead, world.finding_id, photo, "再次")
    assert _refused(refused) is StoreMsg.WITHDRAW_PHOTO_NOT_LINKED
    document_world.issue(world)
    with pytest.raises(InspectError) as refused:
        mending.withdraw_photo_link(store, lead, world.finding_id, world.photo_ids[1], "不清楚")
    assert _refused(refused) is StoreMsg.WITHDRAW_PHOTO_IN_DECISION
    with pytest.raises(InspectError) as refused:
        mending.withdraw_finding(store, lead, world.finding_id, "撤回")
    assert _refused(refused) is StoreMsg.FINDING_DECISION_IN_FORCE


def _last_action(store: Store, ops: list) -> tuple[str, ...]:
    return own_op_ids(store, store.replica_id, ops[0].seq, ops[-1].seq)


def test_undo_compensates_and_refuses(world: World) -> None:
    store, lead, inspector = world.store, world.lead.id, world.inspector.id
    # undo of a create = withdraw
    created = store.write(
        [Change(OpKind.CREATE, "finding", new_id(), _finding_fields(world))], lead
    )
    undo(store, lead, _last_action(store, created))
    assert not store.exists("finding", created[0].entity_id)
    # undo of a set = the value its author saw
    before = findings.get_finding(store, world.finding_id).description
    edited = store.write(
        [Change(OpKind.SET, "finding", world.finding_id, {"description": "改错了"})], lead
    )
    undo(store, lead, _last_action(store, edited))
    assert findings.get_finding(store, world.finding_id).description == before
    # undo of an add to a set = remove; of a remove = add back
    patrols.edit_patrol(store, lead, world.patrol_id, officer_ids=[lead])
    removed = _last_action_ops(store)
    undo(store, lead, removed)
    assert patrols.get_patrol(store, world.patrol_id).officer_ids == (lead, inspector)
    # the photo link taken off and put back
    mending.withdraw_photo_link(store, lead, world.finding_id, world.photo_ids[2], "误删")
    undo(store, lead, _last_action_ops(store))
    assert world.photo_ids[2] in findings.get_finding(store, world.finding_id).photo_ids
    # a later change by someone else to the same field refuses the undo
    mine = store.write(
        [Change(OpKind.SET, "finding", world.finding_id, {"severity": "major"})], lead
    )
    store.write(
        [Change(OpKind.SET, "finding", world.finding_id, {"severity": "serious"})], inspector
    )
    with pytest.raises(InspectError) as refused:
        undo_changes(store, _last_action(store, mine))
    assert _refused(refused) is StoreMsg.UNDO_LATER_CHANGE
    assert "李四" in str(refused.value)
    # a later change to another field does not
    mine = store.write(
        [Change(OpKind.SET, "finding", world.finding_id, {"legal_basis": "《水污染防治法》"})],
        lead,
    )
    store.write(
        [Change(OpKind.SET, "finding", world.finding_id, {"description": "补充"})], inspector
    )
    undo(store, lead, _last_action(store, mine))
    # a withdrawal is undone by a restore: the finding is back, both ops stay in the log
    extra = findings.add_finding(store, lead, world.patrol_id, "water_outfall")
    mending.withdraw_finding(store, lead, extra.id, "重复")
    assert not store.exists("finding", extra.id)
    undo(store, lead, _last_action_ops(store))
    assert store.exists("finding", extra.id)
    kinds = [
        r[0]
        for r in store.db.conn.execute(
            "SELECT kind FROM ops WHERE entity = 'finding' AND entity_id = ? ORDER BY pos",
            [extra.id],
        )
    ]
    assert kinds == ["create", "withdraw", "restore"]
    # … but not into a patrol withdrawn since
    lone = patrols.add_patrol(store, lead, "2026-12-01", "fujiang", [lead])
    other = findings.add_finding(store, lead, lone.id, "water_outfall")
    mending.withdraw_finding(store, lead, other.id, "重复")
    withdrawn_at = _last_action_ops(store)
    assert undo_changes(store, withdrawn_at)[0].kind is OpKind.RESTORE  # possible now
    mending.withdraw_patrol(store, lead, lone.id, "建错了")
    with pytest.raises(InspectError) as refused:
        undo_changes(store, withdrawn_at)
    assert _refused(refused) is StoreMsg.RECORD_WITHDRAWN


def _last_action_ops(store: Store) -> tuple[str, ...]:
    """The ops of this store's newest write call (the tests write one call per action)."""
    row = store.db.conn.execute(
        "SELECT seq FROM ops WHERE replica = ? ORDER BY seq DESC LIMIT 1",
        [store.replica_id],
    ).fetchone()
    return own_op_ids(store, store.replica_id, row[0], row[0])


def _finding_fields(w: World) -> dict[str, object]:
    return {
        "patrol_id": w.patrol_id,
        "category": "water_outfall",
        "severity": "minor",
        "status": "open",
    }


def test_history_says_who_where_when_what_and_conflicts(world: World, tmp_path: Path) -> None:
    store, lead = world.store, world.lead.id
    findings.edit_finding(store, lead, world.finding_id, severity="major")
    copy_dir = tmp_path / "b"
    copy = Store.open(copy_dir)
    try:
        replicas.enroll(copy, None, store.replica_id, store.public_key, "A")
        replicas.enroll(store, lead, copy.replica_id, copy.public_key, "二号笔记本")
        entries = store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
        receive.receive(copy, [(str(b), s) for b, s in entries])
        findings.edit_finding(copy, world.inspector.id, world.finding_id, severity="serious")
        findings.edit_finding(store, lead, world.finding_id, severity="minor")
        theirs = copy.db.conn.execute(
            "SELECT body, sig FROM ops WHERE replica = ? ORDER BY pos", [copy.replica_id]
        ).fetchall()
        receive.receive(store, [(str(b), s) for b, s in theirs])
    finally:
        copy.close()
    history = record_history(store, "finding", world.finding_id)
    kinds = [e.kind for e in history.entries]
    assert kinds[-1] == "create" and "add" in kinds
    created = history.entries[-1]
    assert created.officer == "张三" and created.this_laptop
    assert any(c.field == "description" and c.old is None for c in created.changes)
    first_edit = next(e for e in reversed(history.entries) if e.kind == "set")
    assert [(c.field, c.old, c.new) for c in first_edit.changes] == [("severity", "minor", "major")]
    remote = next(e for e in history.entries if not e.this_laptop and e.kind == "set")
    assert (remote.officer, remote.replica_label) == ("李四", "二号笔记本")
    assert [(c.field, c.old, c.new) for c in remote.changes] == [("severity", "major", "serious")]
    added = [c for e in history.entries if e.kind == "add" for c in e.changes]
    assert all(c.added for c in added) and sum(len(c.new) for c in added) == 3
    assert any("exifpy_iphone6_gps_west.jpg" in n for c in added for n in c.new)
    [conflict] = history.conflicts
    assert conflict.field == "severity"
    assert {c.value for c in conflict.candidates} == {"serious", "minor"}
    assert {c.officer for c in conflict.candidates} == {"张三", "李四"}
    # a patrol's history names its officers by name
    patrol = record_history(store, "patrol", world.patrol_id)
    team = next(e for e in patrol.entries if e.kind == "add")
    assert team.changes[0].new == ["张三", "李四"]
    shutil.rmtree(copy_dir)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT body FROM ops WHERE entity = ? AND entity_id = ? ORDER BY pos",  # history
        "SELECT body FROM ops WHERE entity = ? AND entity_id = ? AND pos > ? ORDER BY pos",  # undo
    ],
)
def test_history_and_undo_read_a_record_by_index(tmp_path: Path, sql: str) -> None:
    """A record's ops come by the ``ops_entity`` index: cost = its history, not the log."""
    with Store.open(tmp_path / "data") as store:
        params = ["finding", new_id(), 0][: sql.count("?")]
        plan = " ".join(
            str(r[-1]) for r in store.db.conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        )
        assert "USING INDEX ops_entity" in plan, plan

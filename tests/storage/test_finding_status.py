"""A finding's status follows its documents (issue 12): the rule on real stores and documents.

Issue → served (送达回证) → re-inspection (复查) → closed (销号), overdue computed; the manual
states (no violation found, 移交属地 with authority and reason); "closed" refused without a
re-inspection, with what to do next; no new decision for a closed finding; the judge holds a
received op that sets a status without its document; an older store's free values ignored.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import document_world
import pytest
from document_world import World, issue, make_record, serve, sign_record

from inspect_app.domain.entities import FindingStatus, RecordKind, ReinspectionOutcome
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.notices.closing import close_record
from inspect_app.notices.issue import issue_blockers
from inspect_app.storage import findings, notices, patrols
from inspect_app.storage.finding_status import finding_state, set_status
from inspect_app.storage.judge import Judge
from inspect_app.storage.store import DB_NAME, Store

document_template = document_world.document_template
world = document_world.world
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _refused(world: World, target: str, **kw: str) -> str:
    with pytest.raises(ValidationError) as caught:
        set_status(world.store, world.lead.id, world.finding_id, target, **kw)
    message = caught.value.keyed_message
    assert message is not None
    return message.id


def _stored(world: World) -> str:
    return findings.get_finding(world.store, world.finding_id).status


def test_issue_serve_reinspect_close(world: World) -> None:
    store, finding = world.store, world.finding_id
    state = finding_state(store, finding)
    assert state.status == FindingStatus.OPEN and state.notice is not None  # in the draft
    assert _refused(world, "closed") == "notice.finding_close_no_decision"

    # A second draft naming it, made before the first decision closes it (below).
    stale = notices.create_draft(store, world.lead.id, world.agency.id, world.site.id, [finding])
    number = issue(world)
    state = finding_state(store, finding)
    assert (state.status, state.notice and state.notice.number) == ("notified", number)
    assert _stored(world) == "notified" and not state.overdue
    later = datetime.now(TEAM_TZ).date() + timedelta(days=document_world.DEADLINE_DAYS + 1)
    assert finding_state(store, finding, today=later).overdue  # computed, never stored
    assert _refused(world, "closed") == "notice.finding_close_not_served"
    assert _refused(world, "served") == "notice.finding_status_by_documents"
    assert _refused(world, "no_violation") == "notice.finding_follows_decision"

    serve(world)
    state = finding_state(store, finding)
    assert state.status == FindingStatus.SERVED and _stored(world) == "served"
    assert finding_state(store, finding, today=later).overdue
    assert _refused(world, "closed") == "notice.finding_close_no_reinspection"

    record = make_record(
        world,
        RecordKind.REINSPECTION,
        notice_id=world.notice_id,
        outcome=ReinspectionOutcome.RECTIFIED,
    )
    state = finding_state(store, finding, today=later)
    assert (state.status, state.record_id, state.overdue) == ("rectified", record, False)
    assert _refused(world, "closed") == "notice.finding_close_sign_record"
    assert _stored(world) == "rectified"  # the list and its status filter show it too
    from inspect_app.storage.inspection_records import edit_record
    from inspect_app.storage.search import FindingQuery, find_finding_ids

    assert finding in find_finding_ids(store, FindingQuery(status="rectified"))
    edit_record(store, world.lead.id, record, outcome=ReinspectionOutcome.NOT_RECTIFIED)
    assert _stored(world) == "served"  # the re-inspection's finding changed: back
    edit_record(store, world.lead.id, record, outcome=ReinspectionOutcome.RECTIFIED)
    assert _stored(world) == "rectified"

    sign_record(world, record)
    close_record(store, world.lead.id, record, world.lead_credential)
    state = finding_state(store, finding)
    assert state.status == FindingStatus.CLOSED and _stored(world) == "closed"
    assert _refused(world, "closed") == "notice.finding_already_closed"
    # No replacement (or new) decision for a closed finding.
    with pytest.raises(ValidationError) as caught:
        notices.create_draft(store, world.lead.id, world.agency.id, world.site.id, [finding])
    assert caught.value.keyed_message is not None
    assert caught.value.keyed_message.msg == NoticeMsg.FINDING_DECISION_FOR_CLOSED
    assert number in str(caught.value)
    blockers = issue_blockers(store, stale.id, world.lead.id, datetime.now(TEAM_TZ).date())
    assert NoticeMsg.FINDING_DECISION_FOR_CLOSED in [b.msg for b in blockers]  # before signing


def test_closing_refused_by_edit_too_and_the_message_says_what_to_do(world: World) -> None:
    issue(world)
    with pytest.raises(ValidationError) as caught:
        findings.edit_finding(world.store, world.lead.id, world.finding_id, status="closed")
    text = str(caught.value)
    assert "has not been served" in text and "送达回证" in text and "复查" in text
    assert _stored(world) == "notified"


def test_handed_over_needs_authority_and_reason(world: World) -> None:
    store, finding = world.store, world.finding_id
    assert _refused(world, "handed_over") == "notice.finding_handover_incomplete"
    assert (
        _refused(world, "handed_over", handed_over_to="射洪市生态环境局")
        == "notice.finding_handover_incomplete"
    )
    state = set_status(
        store,
        world.lead.id,
        finding,
        "handed_over",
        handed_over_to="射洪市生态环境局",
        reason="属地管辖，移交射洪市生态环境局立案查处",
    )
    assert (state.status, state.handed_over_to) == ("handed_over", "射洪市生态环境局")
    assert state.reason == "属地管辖，移交射洪市生态环境局立案查处"
    # Back to open clears both; no violation found takes an optional reason.
    assert set_status(store, world.lead.id, finding, "open").status == "open"
    row = store.db.conn.execute(
        "SELECT handed_over_to, status_reason FROM finding WHERE id = ?", [finding]
    ).fetchone()
    assert tuple(row) == (None, None)
    assert set_status(store, world.lead.id, finding, "no_violation").status == "no_violation"
    # An op carrying an authority without 移交属地 is refused by the judge itself.
    with pytest.raises(ValidationError) as caught:
        store.write(
            [Change(OpKind.SET, "finding", finding, {"handed_over_to": "某局"})], world.lead.id
        )
    assert "移交属地" in str(caught.value)


def test_a_decision_overrides_a_manual_state(world: World) -> None:
    set_status(world.store, world.lead.id, world.finding_id, "no_violation", reason="复核无误")
    issue(world)
    state = finding_state(world.store, world.finding_id)
    assert state.status == FindingStatus.NOTIFIED and _stored(world) == "notified"


def _received(world: World, data: dict[str, object]):
    """An op of this replica's next sequence number, judged as if it had just arrived."""
    store = world.store
    op = store.write(
        [Change(OpKind.SET, "finding", world.finding_id, {"description": "补充"})],
        world.lead.id,
    )[0]
    return type(op).make(
        replica=op.replica,
        seq=op.seq + 1,
        prev=op.op_id,
        hlc=op.hlc,
        wall=op.wall,
        officer=op.officer,
        kind=OpKind.SET,
        entity="finding",
        entity_id=world.finding_id,
        data=data,
        deps=(op.op_id,),
    )


def test_the_judge_holds_a_received_handover_without_its_reason(world: World) -> None:
    """Values no older app could write: the same rule for an op from another laptop."""
    incomplete = _received(world, {"handed_over_to": "某局", "status": "handed_over"})
    refusal = Judge(world.store).judge(incomplete)
    assert refusal is not None and refusal.code == "lifecycle"
    assert refusal.message is not None
    assert refusal.message.msg == NoticeMsg.FINDING_HANDOVER_INCOMPLETE
    complete = {"handed_over_to": "某局", "status": "handed_over", "status_reason": "属地"}
    assert Judge(world.store).judge(_received(world, complete)) is None


def test_a_received_free_closed_is_applied_but_read_from_the_documents(world: World) -> None:
    """An older app's free "closed" is kept as it was (replicas never part) and ignored."""
    store = world.store
    free = _received(world, {"status": "closed"})
    assert Judge(store).judge(free) is None  # received: applied, as older apps did
    with pytest.raises(ValidationError) as caught:  # written here: refused
        store.write(
            [Change(OpKind.SET, "finding", world.finding_id, {"status": "closed"})], world.lead.id
        )
    assert caught.value.keyed_message is not None
    assert caught.value.keyed_message.msg == NoticeMsg.FINDING_CLOSE_NO_DECISION
    store.db.conn.execute("SAVEPOINT free")  # the column says closed; the state does not
    store.db.conn.execute("UPDATE finding SET status = 'closed' WHERE id = ?", [world.finding_id])
    assert finding_state(store, world.finding_id).status == FindingStatus.OPEN
    store.db.conn.execute("ROLLBACK TO free")
    store.db.conn.execute("RELEASE free")


@pytest.mark.parametrize("version", [1, 2, 3])
def test_an_older_store_reads_its_free_status_from_the_documents(
    version: int, tmp_path: Path
) -> None:
    """The frozen stores set "notified" by hand while their notice is a draft: now open."""
    shutil.copy(FIXTURES / f"store-v{version}.sqlite3", tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        (patrol_id,) = patrols.patrol_ids(store)
        (finding_id,) = findings.finding_ids(store, patrol_id)
        assert findings.get_finding(store, finding_id).status == "notified"  # as written
        state = finding_state(store, finding_id)
        assert state.status == FindingStatus.OPEN and state.notice is not None
        assert state.notice.status == "draft"


def test_a_new_finding_is_created_open_or_in_a_manual_state_only(world: World) -> None:
    from inspect_app.domain.entities import new_id

    base = {
        "patrol_id": world.patrol_id,
        "site_id": world.site.id,
        "category": "water_outfall",
        "description": "新发现",
        "observed_at": "2026-11-30T10:00:00+08:00",
        "severity": "minor",
    }
    for status in ("closed", "notified", "served", "rectified"):
        with pytest.raises(ValidationError) as caught:  # a refusal, not a lookup error
            world.store.write(
                [Change(OpKind.CREATE, "finding", new_id(), {**base, "status": status})],
                world.lead.id,
            )
        assert caught.value.keyed_message is not None
    made = new_id()
    fields = {**base, "status": "no_violation", "status_reason": "现场复核未发现违法行为"}
    world.store.write([Change(OpKind.CREATE, "finding", made, fields)], world.lead.id)
    assert findings.get_finding(world.store, made).status == "no_violation"

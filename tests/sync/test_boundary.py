"""The sync boundary: every received op is judged like a local write, held or applied alike
everywhere, relayed byte-exact; newer apps' ops are kept; one op never stops the others."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from forge import forge, held_codes, log_entry
from sync_helpers import Fleet

from inspect_app.cli import main as cli_main
from inspect_app.domain.canonical import canonical_json
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import findings, judge, registry
from inspect_app.storage.receive import receive, retry, set_aside
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, replicas


def _finding(fleet: Fleet, at: int = 0, text: str = "废水外排") -> str:
    officer = fleet.lead if at == 0 else fleet.inspector
    store = fleet.stores[at]
    return findings.add_finding(store, officer, fleet.patrol, "water_outfall", fleet.site, text).id


def _all_sound(stores: list[Store]) -> None:
    """Every store passes ``db check`` and all have one digest (the forging laptop aside)."""
    for store in stores:
        report = store.check()
        assert report.ok, (report.chain_breaks, report.tables_match_log, report.integrity)
    assert len({conflicts.store_digest(s) for s in stores}) == 1


def test_ops_of_a_newer_app_are_held_relayed_byte_exact_and_never_block(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    newer = [
        forge(a, "create", "water_sample", str(uuid.uuid4()), {"ph": "7.2"}, fleet.inspector),
        forge(a, "set", "finding", f, {"severity": "serious"}, fleet.inspector, version=2),
        forge(a, "archive", "finding", f, {}, fleet.inspector),
        forge(a, "set", "finding", f, {"turbidity": "12 NTU"}, fleet.inspector),
    ]
    annotated = forge(
        a, "set", "finding", f, {"description": "补充"}, fleet.inspector, extra={"note": "x"}
    )
    findings.edit_finding(a, fleet.inspector, f, status="no_violation")  # after them: must flow
    report = fleet.send(1, 0)
    codes = {q["code"] for q in report.quarantined}
    assert codes == {"unknown_entity", "newer_format", "unknown_kind", "unknown_field"}
    assert all(q["where"] == "held" for q in report.quarantined)
    got = findings.get_finding(office, f)
    assert (got.status, got.description, got.severity) == ("no_violation", "补充", "minor")
    fleet.send(0, 2)  # relayed through the office, which does not understand them
    for op in [*newer, annotated]:
        assert log_entry(b, op.op_id) == log_entry(a, op.op_id)  # byte-exact, still signed
    assert held_codes(b) == held_codes(office) and len(held_codes(b)) == 4
    for store in (office, b):
        report = store.check()
        assert report.ok and report.held == {
            "unknown_entity": 1,
            "newer_format": 1,
            "unknown_kind": 1,
            "unknown_field": 1,
        }
    assert conflicts.store_digest(office) == conflicts.store_digest(b)


def test_an_upgrade_applies_what_was_held_as_newer(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, a, _ = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    v2 = forge(a, "set", "finding", f, {"severity": "serious"}, fleet.inspector, version=2)
    fleet.send(1, 0)
    assert held_codes(office) == {v2.op_id: "newer_format"}
    monkeypatch.setattr(judge, "OP_FORMAT_VERSION", 2)  # this laptop's app now knows v2
    monkeypatch.setattr("inspect_app.storage.receive.__version__", "99.0")
    fleet.send(2, 0)  # any later receive re-examines after an upgrade
    assert held_codes(office) == {}
    assert findings.get_finding(office, f).severity == "serious"
    assert office.check().ok


def test_a_round_trip_through_an_older_replica_keeps_a_newer_field(fleet: Fleet) -> None:
    from inspect_app.domain.merge import merge

    office, a, _ = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    forge(a, "set", "finding", f, {"turbidity": "12 NTU"}, fleet.inspector)
    fleet.send(1, 0)
    findings.edit_finding(office, fleet.lead, f, description="办公室补充")  # the older app edits
    fleet.send(0, 1)
    state = merge("finding", f, a.history("finding", f))  # what a newer app folds
    assert state.fields["turbidity"] == "12 NTU"
    assert state.fields["description"] == "办公室补充"


def test_hostile_ops_are_held_everywhere_and_the_laptops_other_work_flows(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    inspector = fleet.inspector
    hostile = {
        forge(
            a, "create", "notice", str(uuid.uuid4()), _notice(fleet, "issued"), inspector
        ).op_id: "lifecycle",
        forge(a, "set", "finding", f, {"severity": "catastrophic"}, inspector).op_id: "invalid",
        forge(a, "set", "finding", f, {"description": "留白 "}, inspector).op_id: "invalid",
        forge(a, "set", "finding", f, {"severity": "major"}, inspector, deps=[]).op_id: "invalid",
        forge(a, "create", "finding", str(uuid.uuid4()), _finding_data(fleet), None).op_id: (
            "invalid"
        ),
        forge(
            a, "create", "number_block", str(uuid.uuid4()), _block(fleet, a), inspector
        ).op_id: "not_lead",
        forge(
            a,
            "create",
            "finding",
            str(uuid.uuid4()),
            _finding_data(fleet, patrol=str(uuid.uuid4())),
            inspector,
        ).op_id: "missing_record",
    }
    later = findings.add_finding(a, inspector, fleet.patrol, "air", fleet.site, "之后").id
    fleet.settle()
    for store in fleet.stores[0], fleet.stores[2]:
        assert held_codes(store) == hostile
        assert findings.get_finding(store, later).description == "之后"
        assert findings.get_finding(store, f).severity == "minor"
    _all_sound([office, b])


def test_a_held_op_is_applied_when_its_cause_arrives(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    agency = registry.list_agencies(office)[0].id
    newcomer = registry.add_officer(b, "王五", "51090099999", agency).id  # on laptop B only
    fleet.send(0, 2)
    b.set_setting("current_officer", newcomer)
    f = findings.add_finding(b, newcomer, fleet.patrol, "air", fleet.site, "新人").id
    officer_op, finding_op = b.history("officer", newcomer)[0], b.history("finding", f)[0]
    first = receive(office, [log_entry(b, finding_op.op_id)])  # out of order: officer missing
    assert [q["code"] for q in first.quarantined] == ["missing_officer"]
    assert office.check().ok  # held by design, not broken
    second = receive(office, [log_entry(b, officer_op.op_id)])
    assert second.released == 1 and held_codes(office) == {}
    assert findings.get_finding(office, f).description == "新人"


def test_ops_from_an_unenrolled_replica_wait_and_are_applied_once_it_is(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    with Store.open(fleet.folder / "stranger") as d:
        replicas.enroll(d, None, office.replica_id, office.public_key, "office")
        fleet_bundle = bundle.export_bundle(office, fleet.bundle_path())
        bundle.import_bundle(d, Path(fleet_bundle.path))
        d.set_setting("current_officer", fleet.inspector)
        f = findings.add_finding(d, fleet.inspector, fleet.patrol, "air", fleet.site, "陌生").id
        enrolled = replicas.enroll(b, fleet.lead, d.replica_id, d.public_key, "D")
        d_ops = [log_entry(d, op.op_id) for op in d.history("finding", f)]
        enrolment = log_entry(b, b.history("replica", enrolled.id)[-1].op_id)
        first = receive(office, d_ops)  # relayed before the enrolment reached the office
        assert [q["code"] for q in first.quarantined] == ["unknown_replica"]
        assert not office.exists("finding", f) and office.check().ok
        second = receive(office, [enrolment])
        assert second.released == 1 and office.exists("finding", f)
        assert set_aside(office) == []


def test_quarantine_list_and_retry_on_the_command_line(
    fleet: Fleet, capsys: pytest.CaptureFixture[str]
) -> None:
    office, a, _ = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    bad = forge(a, "set", "finding", f, {"severity": "catastrophic"}, fleet.inspector)
    fleet.send(1, 0)
    office.close()
    base = ["--data-dir", str(fleet.folder / "replica-0"), "--json"]
    assert cli_main([*base, "sync", "quarantine", "list"]) == 0
    listed = json.loads(capsys.readouterr().out)["set_aside"]
    assert [(x["op_id"], x["where"], x["code"]) for x in listed] == [(bad.op_id, "held", "invalid")]
    assert listed[0]["entity_id"] == f and "severity" in listed[0]["reason"]
    assert cli_main([*base, "sync", "quarantine", "retry"]) == 0
    assert json.loads(capsys.readouterr().out) == {"released": 0, "set_aside": 1}
    from inspect_app.storage.store import Store

    fleet.stores[0] = Store.open(fleet.folder / "replica-0")


def test_local_writes_and_received_ops_share_one_judge(fleet: Fleet) -> None:
    """The write path refuses exactly what the receiving path holds (no second rule)."""
    office, a, _ = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    with pytest.raises(Exception, match="severity must be one of"):
        a.write([Change(OpKind.SET, "finding", f, {"severity": "catastrophic"})], fleet.inspector)
    forge(a, "set", "finding", f, {"severity": "catastrophic"}, fleet.inspector)
    report = fleet.send(1, 0)
    (held,) = report.quarantined
    assert "severity must be one of" in held["reason"]


def test_retry_leaves_forks_and_bad_signatures_alone(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    op = forge(a, "set", "finding", f, {"severity": "major"}, fleet.inspector)
    body, _ = log_entry(a, op.op_id) or ("", None)
    report = receive(office, [(body, "00" * 64)])  # the same op with a forged signature
    assert [q["code"] for q in report.quarantined] == ["bad_signature"]
    assert retry(office).released == 0
    assert [x["code"] for x in set_aside(office)] == ["bad_signature"]


def _finding_data(fleet: Fleet, patrol: str | None = None) -> dict[str, object]:
    return {
        "patrol_id": patrol or fleet.patrol,
        "site_id": fleet.site,
        "category": "air",
        "severity": "minor",
        "status": "open",
    }


def _notice(fleet: Fleet, status: str) -> dict[str, object]:
    agency = registry.list_agencies(fleet.stores[0])[0].id
    return {"agency_id": agency, "site_id": fleet.site, "status": status}


def _block(fleet: Fleet, holder_store: object) -> dict[str, object]:
    agency = registry.list_agencies(fleet.stores[0])[0].id
    return {
        "agency_id": agency,
        "year": 2026,
        "first": 1,
        "last": 50,
        "holder": getattr(holder_store, "replica_id"),  # noqa: B009
    }


def _restore(backup: Path, target: Path) -> None:
    """Put a backup copy of a data folder in place of the folder (what IT staff do)."""
    import shutil

    shutil.rmtree(target)
    shutil.copytree(backup, target)


def _copy_of(store: Store, where: Path) -> Path:
    import shutil

    store.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    shutil.copytree(store.data_dir, where)
    return where


def test_backup_copied_over_the_data_folder_is_noticed_at_open_and_recovers(
    fleet: Fleet,
) -> None:
    office, a, b = fleet.stores
    first = _finding(fleet, at=1, text="备份前")
    fleet.send(1, 0)
    backup = _copy_of(a, fleet.folder / "backup-a")
    lost = [_finding(fleet, at=1, text=f"备份后{i}") for i in range(3)]
    fleet.send(1, 0)
    a.close()
    _restore(backup, fleet.folder / "replica-1")
    a = fleet.stores[1] = Store.open(fleet.folder / "replica-1")
    assert a.check().write_blocked and "older or different history" in a.check().write_blocked
    with pytest.raises(Exception, match="writing is stopped"):
        _finding(fleet, at=1)
    done = a.reset_identity()  # step 1 (README): a new identity ...
    assert done.rewritten == 0  # nothing was written on the restored timeline
    replicas.enroll(office, fleet.lead, done.replica_id, a.public_key, "A, restored")  # step 2
    fleet.settle()  # step 3: sync; the lost ops come back from the office
    assert all(a.exists("finding", f) for f in [first, *lost])
    after = _finding(fleet, at=1, text="恢复后")
    fleet.settle()
    assert all(s.exists("finding", after) for s in fleet.stores)
    _all_sound(fleet.stores)


def test_laptop_restored_elsewhere_forks_is_held_everywhere_and_recovers(fleet: Fleet) -> None:
    """Restored onto a new machine (no high-water mark there), it writes before it learns."""
    office, a, b = fleet.stores
    _finding(fleet, at=1, text="共同")
    fleet.send(1, 0)
    backup = _copy_of(a, fleet.folder / "backup-a")
    gone = _finding(fleet, at=1, text="旧机器最后一条")
    fleet.send(1, 0)
    a.close()  # the old laptop dies
    restored = Store.open(backup)  # another folder: the high-water mark is not there
    restored.set_setting("current_officer", fleet.inspector)
    fleet.stores[1] = restored
    new_work = findings.add_finding(
        restored, fleet.inspector, fleet.patrol, "soil", fleet.site, "恢复机新写"
    ).id
    report = fleet.send(1, 0)  # the office sees two histories of one replica
    assert any(q["code"] == "equivocation" for q in report.quarantined)
    assert not office.exists("finding", gone) and not office.exists("finding", new_work)
    assert office.check().ok  # held by design
    fleet.send(0, 1)
    assert restored.check().write_blocked  # the laptop learns it, too
    with pytest.raises(Exception, match="writing is stopped"):
        _finding(fleet, at=1)
    done = restored.reset_identity(adopt_other_history=True)
    assert done.rewritten == 2 and not done.not_rewritten
    replicas.enroll(office, fleet.lead, done.replica_id, restored.public_key, "A, restored")
    fleet.settle()
    for store in fleet.stores:
        assert findings.get_finding(store, gone).description == "旧机器最后一条"
        assert findings.get_finding(store, new_work).description == "恢复机新写"
    _all_sound(fleet.stores)
    every = {
        r[0]
        for s in fleet.stores
        for r in s.db.conn.execute("SELECT op_id FROM ops UNION SELECT op_id FROM quarantine")
    }
    for store in fleet.stores:  # every op ever written is on every replica (applied or held)
        held_here = {
            r[0]
            for r in store.db.conn.execute(
                "SELECT op_id FROM ops UNION SELECT op_id FROM quarantine"
            )
        }
        assert held_here == every


def test_cloned_laptops_both_recover_their_own_work(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    clone = Store.open(_copy_of(a, fleet.folder / "clone"))
    clone.set_setting("current_officer", fleet.inspector)
    mine = _finding(fleet, at=1, text="原机")
    theirs = findings.add_finding(
        clone, fleet.inspector, fleet.patrol, "air", fleet.site, "克隆"
    ).id
    fleet.stores.append(clone)
    fleet.send(1, 0)
    fleet.send(3, 0)  # the office: two histories of one replica
    fleet.send(0, 1)
    fleet.send(0, 3)
    for laptop in (a, clone):
        assert laptop.check().write_blocked
        done = laptop.reset_identity()  # each copy re-writes its own work
        assert done.rewritten == 1
        replicas.enroll(office, fleet.lead, done.replica_id, laptop.public_key, "re-enrolled")
    fleet.settle()
    for store in fleet.stores:
        assert findings.get_finding(store, mine).description == "原机"
        assert findings.get_finding(store, theirs).description == "克隆"
    _all_sound(fleet.stores)


def test_waiting_ops_are_judged_again_only_when_what_they_await_arrives(
    fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A flood of ops waiting for records that never come costs nothing at later syncs."""
    office, a, _ = fleet.stores
    fleet.settle()
    missing_patrol = str(uuid.uuid4())
    for _ in range(200):
        forge(
            a,
            "create",
            "finding",
            str(uuid.uuid4()),
            _finding_data(fleet, patrol=missing_patrol),
            fleet.inspector,
        )
    fleet.send(1, 0)
    assert len(held_codes(office)) == 200
    calls: list[str] = []
    original = judge.Judge.judge

    def counting(self: judge.Judge, op: object, authoring: bool = False) -> object:
        calls.append(getattr(op, "op_id", ""))
        return original(self, op, authoring)  # type: ignore[arg-type]

    _finding(fleet, at=1, text="无关")
    monkeypatch.setattr(judge.Judge, "judge", counting)
    fleet.send(1, 0)
    assert len(calls) == 1  # the new op only, not the 200 waiting ones
    assert len(held_codes(office)) == 200


def _issued_notice(fleet: Fleet) -> str:
    from inspect_app.storage import notices

    office = fleet.stores[0]
    agency = registry.list_agencies(office)[0].id
    f = _finding(fleet)
    n = notices.create_draft(
        office, fleet.lead, agency, fleet.site, [f], "立即停止排污", "2026-12-31"
    )
    issued = {"status": "issued", "issued_at": "2026-01-05T10:00:00+08:00", "issued_by": fleet.lead}
    office.write([Change(OpKind.SET, "notice", n.id, issued)], fleet.lead)
    return n.id


def test_a_resolution_cannot_rewrite_what_is_not_in_conflict(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    notice = _issued_notice(fleet)
    fleet.settle()
    back = {"order_text": "无需整改", "deadline": "2099-12-31", "status": "draft"}
    with pytest.raises(Exception, match="not in conflict"):
        a.write([Change(OpKind.RESOLVE, "notice", notice, back)], fleet.lead)
    forge(a, "resolve", "notice", notice, back, fleet.lead)  # as modified software would
    report = fleet.send(1, 0)
    assert [q["code"] for q in report.quarantined] == ["lifecycle"]
    row = office.db.conn.execute("SELECT status FROM notice WHERE id = ?", [notice]).fetchone()
    assert row == ("issued",)


@pytest.mark.parametrize(
    "fields",
    [
        {"served_at": "2020-01-01T00:00:00+08:00"},
        {"closed_at": "2019-01-01T00:00:00+08:00"},
        {"superseded_by": "4f8c0a52-1111-4111-8111-111111111111"},
        {"status": "served", "served_at": "2020-01-01T00:00:00+08:00"},  # before the issue
    ],
)
def test_service_closure_and_supersede_fields_come_only_with_their_status(
    fleet: Fleet, fields: dict[str, str]
) -> None:
    office, a, _ = fleet.stores
    notice = _issued_notice(fleet)
    fleet.settle()
    with pytest.raises(Exception, match="only when|cannot be before|no notice"):
        a.write([Change(OpKind.SET, "notice", notice, fields)], fleet.inspector)
    forge(a, "set", "notice", notice, fields, fleet.inspector)
    report = fleet.send(1, 0)
    assert [q["code"] for q in report.quarantined] in (["lifecycle"], ["missing_record"])


@pytest.mark.parametrize("hlc", ["x", "²-0", "1-", "9" * 40 + "-0"])
def test_a_malformed_clock_is_set_aside_and_the_rest_arrives(fleet: Fleet, hlc: str) -> None:
    office, a, _ = fleet.stores
    fleet.settle()
    forge(
        a,
        "create",
        "site",
        str(uuid.uuid4()),
        {"name": "坏时钟"},
        fleet.inspector,
        extra={"hlc": hlc},
    )
    after = registry.add_site(a, fleet.inspector, "之后的企业").id
    report = fleet.send(1, 0)
    assert [q["code"] for q in report.quarantined] == ["unreadable"]
    assert office.exists("site", after)


def test_ops_of_unenrolled_replicas_are_not_relayed(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    fleet.settle()
    junk = canonical_json(
        {
            "v": 1,
            "replica": uuid.uuid4().hex,
            "seq": 1,
            "prev": None,
            "hlc": "0001700000000000-0000",
            "wall": "2026-01-01T00:00:00.000Z",
            "officer": None,
            "kind": "create",
            "entity": "site",
            "id": str(uuid.uuid4()),
            "data": {"name": "垃" * 1000},
            "deps": [],
        }
    )
    assert [q["code"] for q in receive(office, [(junk, None)]).quarantined] == ["unknown_replica"]
    fleet.send(0, 2)
    assert set_aside(b) == []  # kept only where it arrived


@pytest.mark.parametrize("signed_first", [True, False])
def test_a_signature_racing_the_closing_of_its_record_ends_alike_everywhere(
    fleet: Fleet, signed_first: bool
) -> None:
    from inspect_app.storage import inspection_records as ir

    office, a, b = fleet.stores
    agency = registry.list_agencies(office)[0].id
    record = ir.add_record(
        office,
        fleet.lead,
        {
            "kind": "inspection",
            "site_id": fleet.site,
            "agency_id": agency,
            "started_at": "2026-01-05T09:30:00+08:00",
            "place": "厂区",
        },
        [fleet.lead, fleet.inspector],
    )
    fleet.settle()
    strokes = '{"h":400,"strokes":[[100,300,180,120]],"w":1000}'
    sig = ir.signature_change(
        record.id,
        "officer",
        "2026-01-05T10:00:00+08:00",
        strokes=strokes,
        officer_id=fleet.inspector,
    )
    closing = {"document_id": "ab" * 32}

    def close() -> None:
        b.write([Change(OpKind.SET, "inspection_record", record.id, closing)], fleet.lead)

    if not signed_first:
        close()  # laptop B closes the record; laptop A does not know yet ...
    ir.add_signature(a, fleet.inspector, sig)  # ... and the inspector signs on laptop A
    if signed_first:
        close()
    fleet.send(1, 0)  # the office: the signature first, then the closing
    fleet.send(2, 0)
    fleet.send(2, 1)
    fleet.send(1, 2)  # laptop B: the closing first, then the signature
    fleet.settle()
    _all_sound(fleet.stores)
    counts = {
        s.db.conn.execute("SELECT count(*) FROM signature WHERE withdrawn = 0").fetchone()[0]
        for s in fleet.stores
    }
    assert counts == ({1} if signed_first else {0})  # by the clocks, the same everywhere


def test_revoking_a_laptop_ends_alike_everywhere(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    fleet.settle()
    before = registry.add_site(a, fleet.inspector, "吊销前").id
    fleet.send(1, 2)  # laptop B has it
    replicas.revoke(office, fleet.lead, a.replica_id)
    after = registry.add_site(a, fleet.inspector, "吊销后").id  # A does not know yet
    fleet.send(1, 2)
    for src, dst in [(0, 2), (2, 0), (0, 2), (2, 0)]:
        fleet.send(src, dst)
    for store in (office, b):
        assert store.exists("site", before) and not store.exists("site", after)
        assert store.check().ok
    assert conflicts.store_digest(office) == conflicts.store_digest(b)


def test_a_laptop_cannot_revoke_the_office_without_a_team_lead(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    fleet.settle()
    forge(a, "set", "replica", office.replica_id, {"status": "revoked"}, None, judged_here=True)
    forge(
        a,
        "set",
        "replica",
        office.replica_id,
        {"status": "revoked"},
        fleet.inspector,
        judged_here=True,
    )
    report = fleet.send(1, 2)
    assert [q["code"] for q in report.quarantined] == ["not_lead", "not_lead"]
    registry.add_site(office, fleet.lead, "办公室仍可同步")
    assert fleet.send(0, 2).accepted  # the office is still trusted on laptop B


def test_an_inspector_cannot_appoint_a_team_lead(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    fleet.settle()
    agency = registry.list_agencies(office)[0].id
    with pytest.raises(Exception, match="only a team lead"):
        registry.add_officer(a, "王五", "99999999999", agency, "lead", fleet.inspector)
    made = forge(
        a,
        "create",
        "officer",
        str(uuid.uuid4()),
        {"name": "王五", "agency_id": agency, "certificate_no": "99999999999", "role": "lead"},
        fleet.inspector,
    )
    report = fleet.send(1, 0)
    assert [(q["op_id"], q["code"]) for q in report.quarantined] == [(made.op_id, "not_lead")]


def test_a_document_number_comes_only_from_a_block_its_laptop_holds(fleet: Fleet) -> None:
    from inspect_app.storage import notices

    office, a, _ = fleet.stores
    agency = registry.list_agencies(office)[0].id
    f = _finding(fleet)
    first = notices.create_draft(office, fleet.lead, agency, fleet.site, [f], "改正", "2026-12-31")
    notices.assign_number(office, fleet.lead, first.id, 2026)  # the numbering laptop: No. 1
    fleet.settle()
    draft = notices.create_draft(a, fleet.lead, agency, fleet.site, [f], "改正", "2026-12-31")
    number = {"number": "遂环责改〔2026〕1号", "number_year": 2026, "number_seq": 1}
    with pytest.raises(Exception, match="not in a number block"):
        a.write([Change(OpKind.SET, "notice", draft.id, number)], fleet.lead)
    forge(a, "set", "notice", draft.id, number, fleet.lead)
    report = fleet.send(1, 0)
    assert [q["code"] for q in report.quarantined] == ["numbering"]
    numbered = office.db.conn.execute(
        "SELECT count(*) FROM notice WHERE number_seq = 1 AND number_year = 2026"
    ).fetchone()
    assert numbered == (1,)


def test_a_fork_already_seen_is_not_news_again(fleet: Fleet) -> None:
    from inspect_app.storage.receive import news

    office, a, _ = fleet.stores
    clone = Store.open(_copy_of(a, fleet.folder / "clone"))
    clone.set_setting("current_officer", fleet.inspector)
    _finding(fleet, at=1, text="原机")
    findings.add_finding(clone, fleet.inspector, fleet.patrol, "air", fleet.site, "克隆")
    fleet.send(1, 0)
    made = bundle.export_bundle(clone, fleet.bundle_path())
    first = bundle.import_bundle(office, Path(made.path))
    assert news(first.quarantined)  # the fork is news the first time
    later = findings.add_finding(clone, fleet.inspector, fleet.patrol, "soil", fleet.site, "又")
    again = bundle.import_bundle(
        office, Path(bundle.export_bundle(clone, fleet.bundle_path()).path)
    )
    assert again.quarantined and not news(again.quarantined)  # held with its known fork
    assert not office.exists("finding", later.id)
    clone.close()


def test_import_and_export_name_the_real_problem(
    fleet: Fleet, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = fleet.folder
    fleet.close()
    base = ["--data-dir", str(folder / "replica-0")]
    assert cli_main([*base, "sync", "import", str(folder / "missing.zip")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert cli_main([*base, "sync", "import", str(folder)]) == 1
    assert "is a folder" in capsys.readouterr().err
    out = str(folder / "x.zip")
    assert cli_main([*base, "sync", "export", "--out", out, "--for", "ab" * 16]) == 1
    assert "no replica" in capsys.readouterr().err
    fleet.stores[:] = [Store.open(folder / f"replica-{i}") for i in range(3)]


def test_hub_refusals_on_the_command_line_show_times_a_person_reads(
    fleet: Fleet, capsys: pytest.CaptureFixture[str]
) -> None:
    from inspect_app.sync.hub_refusals import REFUSALS_FILE, RefusalLog

    folder = fleet.folder / "replica-0"
    fleet.close()
    log = RefusalLog(folder / REFUSALS_FILE)
    log.record("192.0.2.7", "0f" * 16, "forbidden", "not enrolled")
    log.close()
    assert cli_main(["--data-dir", str(folder), "--json", "hub", "refusals"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["refusals"]
    assert (row["peer"], row["replica"], row["count"]) == ("192.0.2.7", "0f" * 16, 1)
    assert row["first_seen"].endswith("+00:00") and row["first_seen"][:2] == "20"
    fleet.stores[:] = [Store.open(fleet.folder / f"replica-{i}") for i in range(3)]

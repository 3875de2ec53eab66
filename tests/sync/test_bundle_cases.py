"""Bundle sync: the failure cases of SYNC.md, on real stores, photos and files."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from fixture_photos import photo_path
from sync_helpers import Fleet, make_fleet, modified_software

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.hlc import HybridClock
from inspect_app.photos.importer import run_import
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage import findings
from inspect_app.storage.store import DB_NAME, Store
from inspect_app.sync import bundle, conflicts, replicas
from inspect_app.sync.bundle import BundleError


def _file_digest(store: Store) -> str:
    store.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    return hashlib.sha256((store.data_dir / DB_NAME).read_bytes()).hexdigest()


def _finding(fleet: Fleet, at: int = 0, **fields: str) -> str:
    store = fleet.stores[at]
    officer = fleet.lead if at == 0 else fleet.inspector
    return findings.add_finding(
        store, officer, fleet.patrol, "water_outfall", fleet.site, "暗管排放", **fields
    ).id


def test_case1_same_field_edited_offline_on_two_laptops(fleet: Fleet) -> None:
    office, a, b = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    findings.edit_finding(a, fleet.inspector, f, severity="major")
    findings.edit_finding(b, fleet.inspector, f, severity="serious")
    fleet.send(2, 0)  # B -> H
    fleet.send(1, 0)  # A -> H
    fleet.send(0, 1)  # H -> A
    fleet.send(0, 2)  # H -> B
    lists = [conflicts.list_conflicts(s) for s in fleet.stores]
    assert lists[0] == lists[1] == lists[2]
    (conflict,) = lists[0]
    assert conflict["status"] == "open" and conflict["field"] == "severity"
    assert sorted(c["value"] for c in conflict["candidates"]) == ["major", "serious"]
    assert {findings.get_finding(s, f).severity for s in fleet.stores} == {conflict["provisional"]}
    with pytest.raises(ValidationError, match="open sync conflict"):
        findings.edit_finding(a, fleet.inspector, f, severity="minor")
    with pytest.raises(ValidationError, match="team lead"):
        conflicts.resolve(a, fleet.inspector, conflict["id"], "major")
    conflicts.resolve(office, fleet.lead, conflict["id"], "serious")
    fleet.settle()
    for store in fleet.stores:
        assert [c["status"] for c in conflicts.list_conflicts(store)] == ["resolved"]
        assert findings.get_finding(store, f).severity == "serious"
        values = [op.data.get("severity") for op in store.history("finding", f)]
        assert {"major", "serious"} <= set(values)  # history keeps every value
    assert len({conflicts.store_digest(s) for s in fleet.stores}) == 1


def test_equal_concurrent_values_are_not_a_conflict(fleet: Fleet) -> None:
    f = _finding(fleet)
    fleet.settle()
    findings.edit_finding(fleet.stores[1], fleet.inspector, f, status="no_violation")
    findings.edit_finding(fleet.stores[2], fleet.inspector, f, status="no_violation")
    fleet.settle()
    assert conflicts.list_conflicts(fleet.stores[0]) == []


@pytest.mark.parametrize("order", ["a_first", "b_first"])
def test_case2_edit_vs_withdraw(tmp_path: Path, order: str) -> None:
    fleet = make_fleet(tmp_path, 3)
    try:
        _, a, b = fleet.stores
        f = _finding(fleet)
        fleet.settle()
        findings.withdraw_finding(a, fleet.lead, f)
        findings.edit_finding(b, fleet.inspector, f, description="又发现一处暗管")
        run_import(b, fleet.inspector, f, [photo_path("exifpy_gps_DSCN0021.jpg")])
        pairs = [(1, 0), (2, 0)] if order == "a_first" else [(2, 0), (1, 0)]
        for src, dst in pairs:
            fleet.send(src, dst)
        fleet.settle()
        digests = {conflicts.store_digest(s) for s in fleet.stores}
        assert len(digests) == 1
        for store in fleet.stores:
            (conflict,) = [c for c in conflicts.list_conflicts(store) if c["status"] == "open"]
            assert conflict["field"] == "_lifecycle"
            finding = findings.get_finding(store, f)  # neither silently gone ...
            assert finding.description == "又发现一处暗管"  # ... nor B's work lost
            assert len(finding.photo_ids) == 1
            assert store.check().ok
    finally:
        fleet.close()


def test_case7_interrupted_export_leaves_no_bundle(fleet: Fleet, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = fleet.folder / "stick.zip"

    def pulled(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(bundle.os, "replace", pulled)
    with pytest.raises(BundleError, match="cannot write"):
        bundle.export_bundle(fleet.stores[0], out)
    assert not out.exists() and not list(fleet.folder.glob(".stick.zip*"))


def test_damaged_truncated_foreign_and_zip_slip_bundles_change_nothing(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    _finding(fleet)
    good = Path(bundle.export_bundle(office, fleet.bundle_path()).path)
    before = _file_digest(a)
    data = good.read_bytes()
    truncated = fleet.folder / "truncated.zip"
    truncated.write_bytes(data[: len(data) // 2])
    flipped = fleet.folder / "flipped.zip"
    body = bytearray(data)
    body[len(body) // 3] ^= 0x01
    flipped.write_bytes(bytes(body))
    slip = fleet.folder / "slip.zip"
    shutil.copy(good, slip)
    with zipfile.ZipFile(slip, "a") as zf:
        zf.writestr("../../evil.txt", "x")
    stranger = Store.open(fleet.folder / "stranger")
    foreign = Path(bundle.export_bundle(stranger, fleet.bundle_path()).path)
    stranger.close()
    for bad, message in [
        (truncated, "damaged|truncated|readable"),
        (flipped, "damaged|signature|hash"),
        (slip, "unexpected member"),
        (foreign, "not enrolled"),
    ]:
        with pytest.raises(BundleError, match=message):
            bundle.import_bundle(a, bad)
        assert _file_digest(a) == before
    first = bundle.import_bundle(a, good)
    again = bundle.import_bundle(a, good)
    assert (
        first.accepted > 0
        and again.accepted == 0
        and again.duplicate == first.accepted + (first.duplicate)
    )


@pytest.mark.parametrize("crash_at", [1, 7, 13, 20])
def test_case9_killed_import_is_all_or_nothing(fleet: Fleet, crash_at: int) -> None:
    office, a, _ = fleet.stores
    for _ in range(20):
        _finding(fleet)
    made = Path(bundle.export_bundle(office, fleet.bundle_path(), a.replica_id).path)
    before = (a.op_count(), conflicts.store_digest(a))
    conn = a.db.conn
    calls = {"n": 0}

    def crash_midway(*args):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == crash_at:
            raise sqlite3.OperationalError("disk I/O error (simulated kill)")
        return 0

    conn.create_function("crash_midway", -1, crash_midway)
    conn.execute(
        "CREATE TEMP TRIGGER die AFTER INSERT ON main.ops BEGIN SELECT crash_midway(); END"
    )
    with pytest.raises(sqlite3.OperationalError):
        bundle.import_bundle(a, made)
    assert (a.op_count(), conflicts.store_digest(a)) == before
    assert a.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("DROP TRIGGER die")
    assert bundle.import_bundle(a, made).accepted == 20


def test_case10_identical_photo_bytes_used_twice(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    f1, f2 = _finding(fleet), _finding(fleet)
    photo = photo_path("exifpy_gps_DSCN0025.jpg")
    run_import(office, fleet.lead, f1, [photo])
    run_import(office, fleet.lead, f2, [photo])
    report = fleet.send(0, 1)
    assert report.photos_received == 1 and report.photos_expected == []
    findings.detach_photo(a, fleet.inspector, f1, findings.get_finding(a, f1).photo_ids[0])
    sha = findings.get_finding(a, f2).photo_ids[0]
    assert a.blobs.read_bytes(sha) == photo.read_bytes()  # the plaintext of a sealed file
    assert a.check().ok


def test_missing_photo_bytes_are_expected_not_absent(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    f = _finding(fleet)
    run_import(office, fleet.lead, f, [photo_path("exifpy_gps_DSCN0027.jpg")])
    sha = findings.get_finding(office, f).photo_ids[0]
    blob = office.photos_dir / sha[:2] / sha
    kept = blob.read_bytes()
    blob.chmod(0o644)
    blob.unlink()
    report = fleet.send(0, 1)
    assert report.photos_expected == [sha]
    assert findings.get_finding(a, f).photo_ids == (sha,)
    blob.write_bytes(kept)
    assert fleet.send(0, 1).photos_received == 1
    assert bundle.expected_photos(a) == []


def test_case12_offline_records_never_collide(fleet: Fleet) -> None:
    ids = {_finding(fleet, at=i) for i in (1, 2) for _ in range(5)}
    fleet.settle()
    for store in fleet.stores:
        assert set(findings.finding_ids(store, fleet.patrol)) >= ids
    assert len({conflicts.store_digest(s) for s in fleet.stores}) == 1


def test_case5_clock_far_ahead_is_flagged_and_never_wins(fleet: Fleet) -> None:
    _, a, b = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    year_ms = 365 * 24 * 3600 * 1000
    a.clock = HybridClock(now_ms=lambda: __import__("time").time_ns() // 1_000_000 + year_ms)
    findings.edit_finding(a, fleet.inspector, f, severity="major")
    report = fleet.send(1, 2)
    assert report.flagged and report.flagged[0]["flag"] == "clock_ahead"
    before = b.clock.last
    findings.edit_finding(b, fleet.inspector, f, description="B 看到了 A 的修改后补充")
    assert b.clock.last.wall_ms < before.wall_ms + year_ms // 2  # not dragged a year ahead
    findings.edit_finding(fleet.stores[0], fleet.lead, f, severity="serious")  # concurrent
    fleet.settle()
    (conflict,) = conflicts.list_conflicts(b)
    assert {c["value"] for c in conflict["candidates"]} == {"major", "serious"}


def test_cloned_laptop_is_detected_and_stops_writing(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    clone_dir = fleet.folder / "clone"
    a.db.conn.execute("PRAGMA wal_checkpoint(FULL)")
    shutil.copytree(a.data_dir, clone_dir)
    clone = Store.open(clone_dir)
    _finding_on = findings.add_finding
    _finding_on(a, fleet.inspector, fleet.patrol, "air", fleet.site, "原机")
    _finding_on(clone, fleet.inspector, fleet.patrol, "soil", fleet.site, "克隆机")
    fleet.send(1, 0)
    made = bundle.export_bundle(clone, fleet.bundle_path())
    report = bundle.import_bundle(office, Path(made.path))
    assert report.quarantined and "cloned" in report.quarantined[0]["reason"]
    quarantined = office.db.conn.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    assert quarantined >= 1  # kept, not dropped
    back = bundle.export_bundle(office, fleet.bundle_path())
    bundle.import_bundle(clone, Path(back.path))
    with pytest.raises(Exception, match="writing is stopped"):
        _finding_on(clone, fleet.inspector, fleet.patrol, "air", fleet.site, "再写")
    old_id = clone.replica_id
    new_id = clone.reset_identity().replica_id  # re-enrolment: a new identity ...
    replicas.enroll(office, fleet.lead, new_id, clone.public_key, "clone, re-enrolled")
    kept = _finding_on(clone, fleet.inspector, fleet.patrol, "air", fleet.site, "新身份").id
    bundle.import_bundle(office, Path(bundle.export_bundle(clone, fleet.bundle_path()).path))
    assert findings.get_finding(office, kept).description == "新身份"  # ... accepted again
    assert new_id != old_id and clone.history("finding", kept)[0].replica == new_id
    clone.close()


def test_revoked_replica_is_refused(fleet: Fleet) -> None:
    office, a, _ = fleet.stores
    replicas.revoke(office, fleet.lead, a.replica_id)
    _finding(fleet, at=1)
    before = office.op_count()
    with pytest.raises(BundleError, match=a.replica_id):
        fleet.send(1, 0)
    assert office.op_count() == before
    # a trusted replica relaying the revoked replica's ops: quarantined, kept, not applied
    fleet.send(1, 2)
    report = fleet.send(2, 0)
    assert any(a.replica_id in q["reason"] for q in report.quarantined)
    held = [q for q in report.quarantined if q["where"] == "held"]
    assert held and {q["code"] for q in held} == {"revoked"}  # kept in the log, not applied
    assert office.op_count() == before + report.accepted + len(held)


def test_case8_schema_upgrade_keeps_unsynced_edits(tmp_path: Path) -> None:
    """A v1 store (unsynced edits, no signatures yet) upgrades and syncs every op."""
    frozen = Path(__file__).resolve().parent.parent / "fixtures" / "store-v1.sqlite3"
    (tmp_path / "old").mkdir()
    shutil.copy(frozen, tmp_path / "old" / DB_NAME)
    old = Store.open(tmp_path / "old")
    raw_before = old.db.conn.execute("SELECT op_id, body FROM ops ORDER BY pos").fetchall()[:15]
    assert old.db.conn.execute("SELECT count(*) FROM ops WHERE sig IS NULL").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        old.db.conn.execute("UPDATE ops SET sig = 'ab' WHERE seq = 1")  # signed ops are final
    office = Store.open(tmp_path / "office")
    replicas.enroll(office, None, old.replica_id, old.public_key, "upgraded laptop")
    made = bundle.export_bundle(old, tmp_path / "old.zip")
    report = bundle.import_bundle(office, Path(made.path))
    assert report.quarantined == [] and report.accepted == old.op_count()
    finding = office.db.conn.execute(
        "SELECT description, status FROM finding WHERE withdrawn = 0"
    ).fetchall()
    assert finding == [("暗管排放", "notified")]
    assert old.db.conn.execute("SELECT op_id, body FROM ops ORDER BY pos").fetchall()[:15] == (
        raw_before
    )
    old.close()
    office.close()


def test_a_resolution_by_a_non_lead_is_quarantined(fleet: Fleet) -> None:
    """Another laptop's software cannot close a conflict for an inspector."""
    from inspect_app.domain.ops import Change, OpKind

    office, a, b = fleet.stores
    f = _finding(fleet)
    fleet.settle()
    findings.edit_finding(a, fleet.inspector, f, severity="major")
    findings.edit_finding(b, fleet.inspector, f, severity="serious")
    fleet.settle()
    # bypass the local lead check, as modified software on laptop A would
    with modified_software():
        a.write([Change(OpKind.RESOLVE, "finding", f, {"severity": "major"})], fleet.inspector)
    report = fleet.send(1, 0)
    assert any("not a team lead" in q["reason"] for q in report.quarantined)
    assert [c["status"] for c in conflicts.list_conflicts(office)] == ["open"]

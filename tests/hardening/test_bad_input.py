"""Bad input gets a clear error and nothing is lost (regressions from a QA pass)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from fixture_photos import photo_path
from store_team import Team, make_team

from inspect_app.domain.errors import NotFoundError, StoreError, ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices.draft import check_deadline, draft_notice
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, registry
from inspect_app.storage.store import DB_NAME, Store


@pytest.fixture
def team(tmp_path: Path) -> Team:
    store = Store.open(tmp_path / "data")
    yield make_team(store)
    store.close()


def _finding_with_photo(team: Team) -> str:
    finding = findings.add_finding(
        team.store, team.lead.id, team.patrol.id, "water_outfall", team.site.id, "暗管排放"
    )
    run_import(team.store, team.lead.id, finding.id, [photo_path("exifpy_gps_DSCN0010.jpg")])
    return finding.id


def test_notice_never_overwrites_the_store_or_evidence(team: Team, tmp_path: Path) -> None:
    finding = _finding_with_photo(team)
    store_file = team.store.data_dir / DB_NAME
    photo = next((team.store.data_dir / "photos").rglob("17307b*"))
    before = (store_file.stat().st_size, photo.read_bytes())
    for target in (store_file, photo, team.store.data_dir / "notice.pdf"):
        with pytest.raises(ValidationError, match="inside the data folder"):
            draft_notice(team.store, team.lead.id, [finding], target, overwrite=True)
    with pytest.raises(ValidationError, match="not a regular file"):
        draft_notice(team.store, team.lead.id, [finding], tmp_path)
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"keep me")
    with pytest.raises(ValidationError, match="already exists"):
        draft_notice(team.store, team.lead.id, [finding], existing)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(ValidationError, match="does not exist"):
        draft_notice(team.store, team.lead.id, [finding], tmp_path / "no" / "n.pdf")
    assert (store_file.stat().st_size, photo.read_bytes()) == before
    assert team.store.check().ok
    result = draft_notice(team.store, team.lead.id, [finding], existing, overwrite=True)
    assert existing.read_bytes()[:5] == b"%PDF-"
    assert any(w.msg is NoticeMsg.EVIDENCE_OTHER_DAY for w in result.warnings)  # a 2008 photo


def test_deadlines() -> None:
    today = date(2026, 11, 30)
    with pytest.raises(ValidationError, match="past"):
        check_deadline("2020-01-01", today)
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        check_deadline("31/12/2026", today)
    assert check_deadline("2026-11-30", today) == [NoticeMsg.DEADLINE_TODAY()]
    assert check_deadline((today + timedelta(days=30)).isoformat(), today) == []
    far = check_deadline("2099-01-01", today)
    assert far == [NoticeMsg.DEADLINE_FAR(deadline=date(2099, 1, 1))]
    assert str(far[0]) == "the deadline 2099-01-01 is more than three years away"


def test_folder_import_problems_are_reported_not_hung(team: Team, tmp_path: Path) -> None:
    finding = findings.add_finding(team.store, team.lead.id, team.patrol.id, "air").id
    folder = tmp_path / "card"
    (folder / "loop").mkdir(parents=True)
    (folder / "loop" / "self").symlink_to(folder / "loop", target_is_directory=True)
    os.mkfifo(folder / "pipe.jpg")
    (folder / "empty").mkdir()
    (folder / "a.JPG").write_bytes(photo_path("exifpy_gps_DSCN0012.jpg").read_bytes())
    report = run_import(
        team.store, team.lead.id, finding, [folder, folder / "pipe.jpg", folder / "empty"]
    )
    assert [p.source.name for p in report.imported] == ["a.JPG"]
    reasons = {p.source.name: p.reason for p in report.refused}
    assert "regular file" in reasons["pipe.jpg"]
    assert "no photos" in reasons["empty"]


def test_damaged_or_emptied_store_is_not_silently_replaced(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        team = make_team(store)
        _finding_with_photo(team)
    (tmp_path / DB_NAME).write_bytes(b"")
    with pytest.raises(StoreError, match="empty"):
        Store.open(tmp_path)
    (tmp_path / DB_NAME).unlink()
    for extra in tmp_path.glob(DB_NAME + "-*"):
        extra.unlink()
    with pytest.raises(StoreError, match="evidence photos"):
        Store.open(tmp_path)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(StoreError, match="not a data folder"):
        Store.open(not_a_folder)


def test_rebuild_refuses_a_tampered_log(team: Team) -> None:
    conn = team.store.db.conn
    conn.execute("DROP TRIGGER ops_no_update")
    conn.execute(
        "UPDATE ops SET body = replace(body, '某某化工', '无关公司') WHERE entity = 'site'"
    )
    conn.commit()
    with pytest.raises(StoreError, match="rebuild refused"):
        team.store.rebuild()
    assert registry.get_site(team.store, team.site.id).name == "某某化工有限公司"


def test_altered_evidence_file_fails_the_check(team: Team) -> None:
    _finding_with_photo(team)
    photo = next((team.store.data_dir / "photos").rglob("17307b*"))
    photo.chmod(0o644)
    data = bytearray(photo.read_bytes())
    data[5000] ^= 0xFF
    photo.write_bytes(bytes(data))
    report = team.store.check()
    assert not report.ok and "altered" in str(report.photo_problems[0][1])


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"latitude": "30.5"}, "both latitude and longitude"),
        ({"latitude": "nan", "longitude": "1"}, "decimal degrees"),
        ({"latitude": "30_0", "longitude": "1"}, "decimal degrees"),
        ({"region": "990000"}, "GB/T 2260"),
        ({"name": "某\u202e厂"}, "text-direction"),
        ({"credit_code": "91350100M000100Y4"}, "18"),
    ],
)
def test_site_fields_refused(team: Team, fields: dict[str, str], message: str) -> None:
    before = team.store.op_count()
    with pytest.raises(ValidationError, match=message):
        registry.edit_site(team.store, team.lead.id, team.site.id, **fields)
    assert team.store.op_count() == before


def test_minus_zero_never_enters_the_log(team: Team) -> None:
    site = registry.edit_site(
        team.store, team.lead.id, team.site.id, latitude="-0", longitude="-0.00000001"
    )
    assert (site.latitude, site.longitude) == ("0.0000000", "0.0000000")


def test_dates_must_be_plausible(team: Team) -> None:
    finding = findings.add_finding(team.store, team.lead.id, team.patrol.id, "air").id
    for bad in ("0001-01-01T10:00:00", "20261130", "2026-11-30", "2099-13-01T00:00:00"):
        with pytest.raises(ValidationError, match="observed_at"):
            findings.edit_finding(team.store, team.lead.id, finding, observed_at=bad)


def test_agency_codes_and_certificates_are_unique(team: Team) -> None:
    with pytest.raises(ValidationError, match="遂环"):
        registry.add_agency(team.store, "另一个局", "遂环", "510900", officer=team.lead.id)
    with pytest.raises(ValidationError, match="51090012345"):
        registry.add_officer(
            team.store, "王五", "51090012345", team.agency.id, officer=team.lead.id
        )


def test_withdrawn_is_named(team: Team) -> None:
    finding = findings.add_finding(team.store, team.lead.id, team.patrol.id, "air")
    findings.withdraw_finding(team.store, team.lead.id, finding.id)
    with pytest.raises(NotFoundError, match="withdrawn"):
        findings.get_finding(team.store, finding.id)

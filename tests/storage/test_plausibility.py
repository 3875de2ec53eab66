"""Plausibility of evidence: the rule, accepting a warning (an op that syncs), the position fill."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_photos import photo_path
from store_team import make_team

from inspect_app.domain.entities import PlausibilityKind
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.photos.importer import run_import
from inspect_app.storage import registry
from inspect_app.storage.findings import add_finding, edit_finding, get_finding
from inspect_app.storage.plausibility import (
    accept_warning,
    distance_m,
    finding_warnings,
    open_warnings,
    set_max_distance,
    use_photo_position,
    withdraw_acceptance,
)
from inspect_app.storage.store import Store

ITALY = "exifpy_gps_DSCN0010.jpg"  # 43.467448 N, 11.885127 E, taken 2008-10-22 16:28:39
ITALY_SHA = "17307b1207eb6487d7908e9d154890b46e3d2e0192369cfd3f4c33d5a5af4035"
SUINING = ("30.5330", "105.5930")  # 遂宁市船山区, on the Fujiang


def test_distance_is_great_circle() -> None:
    # Suining → Chongqing (Jiefangbei) is about 130 km as the crow flies.
    assert 120_000 < distance_m(30.533, 105.593, 29.557, 106.577) < 145_000
    assert distance_m(30.0, 105.0, 30.0, 105.0) == 0


def test_italian_photo_warns_three_times_and_never_moves_a_typed_position(
    store: Store,
) -> None:
    team = make_team(store)
    site = registry.edit_site(
        store, team.lead.id, team.site.id, latitude=SUINING[0], longitude=SUINING[1]
    )
    finding = add_finding(
        store,
        team.lead.id,
        team.patrol.id,
        "water_outfall",
        site_id=site.id,
        latitude="30.5401",
        longitude="105.6012",
    )
    run_import(store, team.lead.id, finding.id, [photo_path(ITALY)])
    after = get_finding(store, finding.id)
    assert (after.latitude, after.longitude) == ("30.5401000", "105.6012000")  # typed: kept
    kinds = {w.kind for w in finding_warnings(store, finding.id)}
    assert kinds == {
        PlausibilityKind.FAR_FROM_SITE,
        PlausibilityKind.OUTSIDE_REGION,
        PlausibilityKind.OTHER_DAY,
    }
    far = next(w for w in finding_warnings(store, finding.id) if w.kind == "far_from_site")
    assert far.message.msg is NoticeMsg.PLAUSIBILITY_FAR
    assert far.photo_id == ITALY_SHA
    assert 8000 < float(far.message.params["km"]) < 9000  # Italy → Sichuan
    region = next(w for w in finding_warnings(store, finding.id) if w.kind == "outside_region")
    assert "四川省" in str(region.message.params["region"])
    assert "重庆市" in str(region.message.params["region"])


def test_empty_position_is_not_filled_from_an_implausible_photo(store: Store) -> None:
    team = make_team(store)
    finding = add_finding(store, team.lead.id, team.patrol.id, "water_outfall")
    run_import(store, team.lead.id, finding.id, [photo_path(ITALY)])
    assert get_finding(store, finding.id).latitude is None  # Italy is outside the region
    # … but the user may take it on purpose.
    moved = use_photo_position(store, team.lead.id, finding.id, ITALY_SHA)
    assert (float(moved.latitude or 0), float(moved.longitude or 0)) == pytest.approx(
        (43.467448, 11.885127), abs=1e-5
    )
    # Now the photo is at the finding: no distance warning, still outside the region.
    kinds = {w.kind for w in finding_warnings(store, finding.id)}
    assert PlausibilityKind.FAR_FROM_SITE not in kinds
    assert PlausibilityKind.OUTSIDE_REGION in kinds


def test_photo_without_gps_has_no_position_to_use(store: Store) -> None:
    team = make_team(store)
    finding = add_finding(store, team.lead.id, team.patrol.id, "water_outfall")
    report = run_import(store, team.lead.id, finding.id, [photo_path("recurser_Landscape_6.jpg")])
    sha = report.imported[0].sha256
    with pytest.raises(ValidationError) as refused:
        use_photo_position(store, team.lead.id, finding.id, sha)
    assert refused.value.keyed_message.msg is NoticeMsg.PLAUSIBILITY_NO_POSITION


def test_distance_setting_and_same_day(store: Store) -> None:
    team = make_team(store)
    finding = add_finding(
        store, team.lead.id, team.patrol.id, "water_outfall", latitude="43.4", longitude="11.9"
    )
    run_import(store, team.lead.id, finding.id, [photo_path(ITALY)])
    # ~7.6 km from the typed position: far at 1 km (default), not at 10 km.
    assert "far_from_site" in {w.kind for w in finding_warnings(store, finding.id)}
    set_max_distance(store, 10_000)
    assert "far_from_site" not in {w.kind for w in finding_warnings(store, finding.id)}


def test_accepting_a_warning_is_an_op_that_survives_reopen_and_sync(
    store: Store, tmp_path: Path
) -> None:
    from inspect_app.sync.bundle import export_bundle, import_bundle
    from inspect_app.sync.replicas import enroll

    team = make_team(store)
    finding = add_finding(store, team.lead.id, team.patrol.id, "water_outfall")
    run_import(store, team.lead.id, finding.id, [photo_path(ITALY)])
    assert len(open_warnings(store, finding.id)) == 2  # outside the region, another day
    with pytest.raises(ValidationError):
        accept_warning(store, team.inspector.id, finding.id, "other_day", ITALY_SHA, "  ")
    acceptance = accept_warning(
        store, team.inspector.id, finding.id, "other_day", ITALY_SHA, "相机时钟未校准"
    )
    assert acceptance.officer_id == team.inspector.id and acceptance.officer_name == "李四"
    assert [w.kind for w in open_warnings(store, finding.id)] == ["outside_region"]
    assert store.history("warning_acceptance", acceptance.id)[0].officer == team.inspector.id
    data = store.data_dir
    store.close()
    with Store.open(data) as again:
        accepted = [w for w in finding_warnings(again, finding.id) if w.accepted]
        assert [(w.kind, w.accepted.reason) for w in accepted] == [("other_day", "相机时钟未校准")]
        assert again.check().ok
        export_bundle(again, tmp_path / "to-office.zip")
        laptop, key = again.replica_id, again.public_key
    with Store.open(tmp_path / "office") as office:
        enroll(office, None, laptop, key)
        import_bundle(office, tmp_path / "to-office.zip")
        assert [w.kind for w in open_warnings(office, finding.id)] == ["outside_region"]
        withdraw_acceptance(office, team.lead.id, acceptance.id)
        assert len(open_warnings(office, finding.id)) == 2
        edit_finding(office, team.lead.id, finding.id, description="复核")


def test_finding_show_lists_the_warnings(store: Store) -> None:
    from cli_helpers import run, run_json

    team = make_team(store)
    finding = add_finding(store, team.lead.id, team.patrol.id, "water_outfall")
    run_import(store, team.lead.id, finding.id, [photo_path(ITALY)])
    accept_warning(store, team.lead.id, finding.id, "other_day", ITALY_SHA, "相机时钟未校准")
    data = store.data_dir
    store.close()
    shown = run_json(data, "finding", "show", finding.id, "--json")
    by_kind = {w["kind"]: w for w in shown["warnings"]}
    assert set(by_kind) == {"outside_region", "other_day"}
    assert by_kind["other_day"]["accepted"]["reason"] == "相机时钟未校准"
    assert by_kind["outside_region"]["accepted"] is None
    assert (
        by_kind["outside_region"]["message"]["message_id"] == "notice.plausibility_outside_region"
    )
    chinese = run(data, "--lang", "zh_CN", "finding", "show", finding.id).stdout
    assert "不在本次巡查区域" in chinese

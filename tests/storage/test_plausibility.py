"""Plausibility of evidence: the rule, accepting a warning (an op that syncs), the position fill."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fixture_photos import photo_path
from store_team import make_team

from inspect_app.domain.entities import PlausibilityKind
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import CHINESE, ENGLISH, Place, fill
from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.domain.records import Photo
from inspect_app.photos.importer import run_import
from inspect_app.storage import registry
from inspect_app.storage.findings import add_finding, edit_finding, get_finding
from inspect_app.storage.plausibility import (
    BORDER_TOLERANCE_M,
    PROVINCE_BOUNDS,
    TEAM_TZ,
    accept_warning,
    distance_m,
    finding_warnings,
    import_warnings,
    in_region,
    observation_warnings,
    open_warnings,
    photo_warnings,
    province_outlines,
    recorded_at,
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
    # The place is named in the reader's language (reference data: regions / regions_en).
    assert region.message.params["region"] == Place(
        "重庆市、四川省", "Chongqing Municipality, Sichuan Province"
    )
    assert fill(region.message.msg.english, region.message.params, ENGLISH).endswith(
        "(Chongqing Municipality, Sichuan Province)"
    )
    assert "重庆市、四川省" in fill("{region}", region.message.params, CHINESE)
    assert "四川" not in region.message.english()


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


# -- the region is the provinces' outlines, not their bounding boxes ---------------------------
GUIYANG = (26.647, 106.630)  # 贵州省贵阳市: inside Sichuan's bounding box, outside Sichuan
ZUNYI = (27.700, 106.930)  # 贵州省遵义市: likewise
HANZHONG = (33.070, 107.030)  # 陕西省汉中市: inside Sichuan's box (north of Chongqing)


@pytest.mark.parametrize("where", [GUIYANG, ZUNYI, HANZHONG])
def test_a_neighbouring_province_inside_the_old_box_is_outside_the_region(
    where: tuple[float, float],
) -> None:
    south, west, north, east = PROVINCE_BOUNDS["51"]
    assert south <= where[0] <= north and west <= where[1] <= east  # the box said "inside"
    assert not in_region(where, ["51", "50"])


@pytest.mark.parametrize(
    ("where", "province"),
    [
        ((30.533, 105.593), "51"),  # 遂宁
        ((30.657, 104.066), "51"),  # 成都
        ((27.890, 102.260), "51"),  # 西昌
        ((33.580, 102.960), "51"),  # 若尔盖, near the base map's northern edge
        ((34.200, 102.300), "51"),  # Sichuan's northern tip, beyond the map: its extent
        ((29.557, 106.577), "50"),  # 重庆解放碑
        ((30.810, 108.410), "50"),  # 万州
    ],
)
def test_places_in_the_provinces_are_inside(where: tuple[float, float], province: str) -> None:
    assert in_region(where, [province])
    assert not in_region(where, ["50" if province == "51" else "51"])


def test_just_across_the_outline_is_tolerated_further_is_not() -> None:
    outline = province_outlines()["50"]  # Chongqing: a closed outline
    x1, y1, x2, y2 = outline.edges[0]  # on its northern border with Sichuan/Shaanxi
    lat, lon = (y1 + y2) / 2, (x1 + x2) / 2
    assert outline.contains(lat, lon - 0.001) and not outline.contains(lat, lon + 0.001)
    metres_per_degree = distance_m(lat, lon, lat, lon + 1)
    near = (lat, lon + 4000 / metres_per_degree)  # ~2 km beyond the line
    far = (lat, lon + 20_000 / metres_per_degree)  # ~9 km beyond it
    assert not outline.contains(*near) and not outline.contains(*far)
    assert outline.distance_m(*near) < BORDER_TOLERANCE_M < outline.distance_m(*far)
    assert in_region(near, ["50"])
    assert not in_region(far, ["50"])


def test_photo_in_guizhou_warns_outside_the_region(store: Store) -> None:
    team = make_team(store)
    photo = Photo(
        id="a" * 64,
        width=4000,
        height=3000,
        format="JPEG",
        size_bytes=1,
        latitude=f"{GUIYANG[0]:.6f}",
        longitude=f"{GUIYANG[1]:.6f}",
    )
    kinds = [w.kind for w in photo_warnings(photo, None, team.patrol)]
    assert kinds == [PlausibilityKind.OUTSIDE_REGION]


# -- observed after it was recorded ---------------------------------------------------------------
def test_observed_after_recorded_is_a_warning_from_the_op_time() -> None:
    recorded = "2026-11-30T01:00:00.000Z"  # 09:00 in Asia/Shanghai
    assert observation_warnings("2026-11-30T09:05:00+08:00", recorded) == []  # within 10 min
    assert observation_warnings("2026-11-30T09:10:00+08:00", recorded) == []
    late = observation_warnings("2026-11-30T09:10:01+08:00", recorded)
    assert [w.kind for w in late] == [PlausibilityKind.OBSERVED_AFTER_RECORDED]
    assert late[0].photo_id is None
    params = late[0].message.params
    assert (params["observed"], params["recorded"]) == (
        datetime(2026, 11, 30, 9, 10, 1),
        datetime(2026, 11, 30, 9, 0),
    )
    assert observation_warnings("2026-11-30T09:30:00", recorded)  # no offset: Asia/Shanghai
    assert observation_warnings(None, recorded) == []


def test_a_finding_edited_to_a_later_observation_warns_everywhere_and_can_be_accepted(
    store: Store, tmp_path: Path
) -> None:
    from inspect_app.sync.bundle import export_bundle, import_bundle
    from inspect_app.sync.replicas import enroll

    team = make_team(store)
    finding = add_finding(store, team.lead.id, team.patrol.id, "water_outfall")
    assert finding_warnings(store, finding.id) == []
    recorded = datetime.fromisoformat(str(recorded_at(store, finding.id)).replace("Z", "+00:00"))
    later = (recorded + timedelta(hours=2)).astimezone(TEAM_TZ).isoformat(timespec="seconds")
    edit_finding(store, team.lead.id, finding.id, observed_at=later)
    [warning] = finding_warnings(store, finding.id)
    assert warning.kind == PlausibilityKind.OBSERVED_AFTER_RECORDED
    assert warning.message.msg is NoticeMsg.PLAUSIBILITY_OBSERVED_AFTER_RECORDED
    export_bundle(store, tmp_path / "to-office.zip")
    with Store.open(tmp_path / "office") as office:
        enroll(office, None, store.replica_id, store.public_key)
        import_bundle(office, tmp_path / "to-office.zip")
        assert [w.message for w in finding_warnings(office, finding.id)] == [warning.message]
        accept_warning(office, team.lead.id, finding.id, warning.kind, None, "先记录后补填检查时间")
        assert open_warnings(office, finding.id) == []
        assert office.check().ok


# -- the import tells about the photos it brought -------------------------------------------------
def test_import_warnings_name_only_the_photos_just_imported(store: Store) -> None:
    team = make_team(store)
    finding = add_finding(store, team.lead.id, team.patrol.id, "water_outfall")
    report = run_import(store, team.lead.id, finding.id, [photo_path(ITALY)])
    shas = [p.sha256 for p in report.imported]
    kinds = {w.kind for w in import_warnings(store, finding.id, shas)}
    assert kinds == {PlausibilityKind.OUTSIDE_REGION, PlausibilityKind.OTHER_DAY}
    accept_warning(store, team.lead.id, finding.id, "other_day", ITALY_SHA, "相机时钟未校准")
    assert [w.kind for w in import_warnings(store, finding.id, shas)] == ["outside_region"]
    plain = run_import(store, team.lead.id, finding.id, [photo_path("recurser_Landscape_6.jpg")])
    assert import_warnings(store, finding.id, [p.sha256 for p in plain.imported]) == []


def test_photo_import_on_the_command_line_prints_the_warnings(store: Store) -> None:
    from cli_helpers import run, run_json

    team = make_team(store)
    finding = add_finding(store, team.lead.id, team.patrol.id, "water_outfall")
    data = store.data_dir
    store.close()
    path = str(photo_path(ITALY))
    out = run_json(data, "--as", team.lead.id, "photo", "import", "--finding", finding.id, path)
    assert {w["kind"] for w in out["warnings"]} == {"outside_region", "other_day"}
    assert {w["message"]["message_id"] for w in out["warnings"]} == {
        "notice.plausibility_outside_region",
        "notice.plausibility_other_day",
    }
    english = run(data, "--lang", "en", "finding", "show", finding.id).stdout
    assert "Chongqing Municipality, Sichuan Province" in english
    assert "四川省" not in english


def test_every_region_has_an_english_name() -> None:
    from inspect_app.storage.reference_data import reference

    data = reference()
    assert set(data.regions_en) == set(data.regions)
    assert data.region_name_en("510000") == "Sichuan Province"
    assert all(name.isascii() for name in data.regions_en.values())

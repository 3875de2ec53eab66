"""Map data without Qt: the base map, office layers (MBTiles, GeoJSON, GeoPackage), GCJ-02."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from map_fixtures import (
    RIVER,
    SUINING,
    TILE_ZOOM,
    make_geojson,
    make_geopackage,
    make_mbtiles,
    xyz_of,
)
from PIL import Image
from store_team import Team

from inspect_app.domain.errors import StoreError
from inspect_app.paths import resource
from inspect_app.storage.findings import add_finding, withdraw_finding
from inspect_app.storage.map_layers import (
    MBTiles,
    findings_extent,
    findings_in_box,
    gcj02_to_wgs84,
    located_finding,
    located_findings,
    patrol_track,
    read_geojson,
    read_geopackage,
    read_vector,
    sites_in_box,
    wgs84_to_gcj02,
)
from inspect_app.storage.registry import add_site
from inspect_app.storage.search import FindingQuery


def test_the_bundled_base_map_covers_sichuan_and_chongqing() -> None:
    path = resource("map", "base.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {f["properties"].get("name") for f in data["features"]}
    assert {"四川省", "重庆市"} <= names
    layer = read_geojson(path)
    kinds = set(layer.kinds)
    assert kinds == {"boundary", "river"}
    west, south, east, north = layer.bounds  # type: ignore[misc]
    assert 96.5 <= west < 98 and 25.5 <= south < 27 and 110 < east <= 111.5 and 33 < north <= 34.5
    # Sichuan's outline passes near Chongqing's border (both provinces' lines are there).
    assert sum(len(line) for line in layer.lines) > 5000
    assert path.stat().st_size < 400_000
    assert (path.parent / "README.md").is_file()


def test_mbtiles_answers_xyz_addresses_from_tms_rows(tmp_path: Path) -> None:
    tiles = MBTiles(make_mbtiles(tmp_path / "tiles.mbtiles"))
    x, y = xyz_of(*SUINING, TILE_ZOOM)
    data = tiles.tile(TILE_ZOOM, x, y)
    assert data is not None
    assert Image.open(io.BytesIO(data)).getpixel((128, 128)) == (255, 0, 255)
    assert tiles.tile(TILE_ZOOM, x + 5, y) is None
    assert (tiles.min_zoom, tiles.max_zoom) == (9, 9)
    assert tiles.name == "测试底图"
    tiles.close()


def test_gcj02_tiles_are_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        MBTiles(make_mbtiles(tmp_path / "gcj.mbtiles", crs="GCJ-02"))
    assert caught.value.keyed_message.msg.id == "map.tiles_offset_datum"


def test_a_file_that_is_not_mbtiles_is_refused_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mbtiles"
    bad.write_bytes(b"not a database at all" * 10)
    with pytest.raises(StoreError) as caught:
        MBTiles(bad)
    assert caught.value.keyed_message.msg.id == "map.layer_unreadable"


def test_geojson_lines_and_points(tmp_path: Path) -> None:
    layer = read_vector(make_geojson(tmp_path / "river.geojson"))
    assert layer.lines == [RIVER]
    assert layer.points == [(*SUINING, "排污口")]


def test_geopackage_polygon_line_and_point_z(tmp_path: Path) -> None:
    layer = read_geopackage(make_geopackage(tmp_path / "zones.gpkg"))
    assert len(layer.lines) == 2
    assert layer.lines[0][0] == (105.55, 30.50) and len(layer.lines[0]) == 5
    assert layer.lines[1] == RIVER
    assert layer.points == [(105.6, 30.53, "监测断面")]


def test_geopackage_in_another_srs_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        read_geopackage(make_geopackage(tmp_path / "utm.gpkg", srs_id=32648))
    assert caught.value.keyed_message.msg.id == "map.layer_other_crs"
    assert "EPSG:32648" in str(caught.value)


def test_cgcs2000_geopackage_is_read_as_wgs84(tmp_path: Path) -> None:
    layer = read_geopackage(make_geopackage(tmp_path / "cgcs.gpkg", srs_id=4490))
    assert layer.lines[1] == RIVER


def test_gcj02_inverse_round_trips_and_moves_a_few_hundred_metres() -> None:
    lon, lat = SUINING
    glon, glat = wgs84_to_gcj02(lon, lat)
    shift_m = ((glon - lon) * 96_000) ** 2 + ((glat - lat) * 111_000) ** 2
    assert 100 < shift_m**0.5 < 1000  # GCJ-02 is offset by hundreds of metres in Sichuan
    back = gcj02_to_wgs84(glon, glat)
    assert abs(back[0] - lon) < 1e-6 and abs(back[1] - lat) < 1e-6
    assert gcj02_to_wgs84(2.35, 48.85) == (2.35, 48.85)  # outside China: unchanged


def test_a_gcj02_layer_is_converted_on_reading(tmp_path: Path) -> None:
    path = tmp_path / "gcj.geojson"
    glon, glat = wgs84_to_gcj02(*SUINING)
    path.write_text(json.dumps({"type": "Point", "coordinates": [glon, glat]}), encoding="utf-8")
    ((x, y, _label),) = read_vector(path, gcj02=True).points
    assert abs(x - SUINING[0]) < 1e-6 and abs(y - SUINING[1]) < 1e-6
    ((x, y, _label),) = read_vector(path).points
    assert abs(x - glon) < 1e-12


def test_broken_geojson_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "broken.geojson"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        read_vector(path)
    assert caught.value.keyed_message.msg.id == "map.layer_unreadable"


def test_findings_and_sites_in_a_box_and_the_patrol_track(team: Team) -> None:
    store, lead = team.store, team.lead.id
    inside = add_finding(
        store,
        lead,
        team.patrol.id,
        "water_outfall",
        observed_at="2026-11-30T10:00:00+08:00",
        latitude="30.5328",
        longitude="105.5927",
    )
    later = add_finding(
        store,
        lead,
        team.patrol.id,
        "water_outfall",
        observed_at="2026-11-30T11:00:00+08:00",
        latitude="30.6000",
        longitude="105.7000",
    )
    add_finding(store, lead, team.patrol.id, "water_outfall")  # no location
    site = add_site(store, lead, "遂宁某纸业有限公司", latitude="30.5400", longitude="105.6000")
    box = (30.50, 105.55, 30.55, 105.65)
    conn = store.db.conn
    assert [p.id for p in findings_in_box(conn, box)] == [inside.id]
    assert [p.id for p in sites_in_box(conn, box)] == [site.id]
    assert patrol_track(conn, team.patrol.id) == [(105.5927, 30.5328), (105.7, 30.6)]
    assert {p.id for p in findings_in_box(conn, (30, 105, 31, 106))} == {inside.id, later.id}


def test_located_findings_and_the_extent_of_what_the_list_shows(team: Team) -> None:
    store, lead = team.store, team.lead.id

    def located(lat: str, lon: str, category: str = "water_outfall") -> str:
        return add_finding(store, lead, team.patrol.id, category, latitude=lat, longitude=lon).id

    a = located("30.5328", "105.5927")
    b = located("30.6100", "105.6800", "solid_waste")
    c = located("29.5600", "106.5500", "solid_waste")
    gone = located("31.0000", "104.0000")
    withdraw_finding(store, lead, gone)
    unlocated = add_finding(store, lead, team.patrol.id, "noise").id
    conn = store.db.conn
    assert sorted(located_findings(conn)) == sorted(
        [(a, 30.5328, 105.5927), (b, 30.61, 105.68), (c, 29.56, 106.55)]
    )
    assert located_finding(conn, b) == (30.61, 105.68)
    assert located_finding(conn, gone) is None and located_finding(conn, unlocated) is None
    # The extent follows the list's own filter (withdrawn and unlocated findings never count).
    assert findings_extent(store, FindingQuery(patrol=team.patrol.id)) == (
        29.56,
        105.5927,
        30.61,
        106.55,
    )
    assert findings_extent(store, FindingQuery(category="solid_waste")) == (
        29.56,
        105.68,
        30.61,
        106.55,
    )
    assert findings_extent(store, FindingQuery(bbox=(30.5, 105.5, 30.6, 105.6))) == (
        30.5328,
        105.5927,
        30.5328,
        105.5927,
    )
    assert findings_extent(store, FindingQuery(category="noise")) is None

"""What an export refuses (nothing written, nothing replaced) and where a map places a finding."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from conftest import Seeded

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.exports.jobs import NOTICE_FORMATS, Format, export_findings, export_format
from inspect_app.storage import registry
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import Store

KML = "{http://www.opengis.net/kml/2.2}"


def _refusal(store: Store, out: Path, fmt: str | None, query: FindingQuery) -> StoreMsg:
    with pytest.raises(ValidationError) as refused:
        export_findings(store, out, fmt, query, overwrite=True)
    return refused.value.keyed_message.msg


def _only_the_named(folder: Path, *names: str) -> None:
    """Only these files (no temporary file left beside them)."""
    assert sorted(p.name for p in folder.iterdir() if p.name != "data") == sorted(names)


@pytest.mark.parametrize(
    ("query", "msg"),
    [
        (FindingQuery(basin="嘉陵"), StoreMsg.QUERY_UNKNOWN_BASIN),
        (
            FindingQuery(date_from=date(2026, 12, 1), date_to=date(2026, 11, 1)),
            StoreMsg.QUERY_DATES_REVERSED,
        ),
        (FindingQuery(region="5199"), StoreMsg.QUERY_UNKNOWN_REGION),
        (FindingQuery(text="没有这样的问题"), StoreMsg.EXPORT_NO_FINDINGS),
        (FindingQuery(basin="qiongjiang"), StoreMsg.EXPORT_NO_FINDINGS),  # known, none there
    ],
)
def test_a_filter_that_cannot_match_or_matches_nothing_writes_nothing(
    store: Store, seeded: Seeded, tmp_path: Path, query: FindingQuery, msg: StoreMsg
) -> None:
    out = tmp_path / "问题清单.csv"
    out.write_bytes(b"an earlier export")
    assert _refusal(store, out, "csv", query) is msg  # even with overwrite=True
    assert out.read_bytes() == b"an earlier export"
    new = tmp_path / "新.xlsx"
    assert _refusal(store, new, "xlsx", query) is msg
    _only_the_named(tmp_path, "问题清单.csv")


def test_a_map_of_findings_none_of_which_is_placed_is_refused(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    out = tmp_path / "养殖.kml"
    out.write_bytes(b"an earlier map")
    only_unplaced = FindingQuery(text="养殖")  # its party (射洪市某养殖场) has no position either
    with pytest.raises(ValidationError) as refused:
        export_findings(store, out, "kml", only_unplaced, overwrite=True)
    message = refused.value.keyed_message
    assert message.msg is StoreMsg.EXPORT_NONE_PLACED and message.params["count"] == 1
    assert out.read_bytes() == b"an earlier map"
    _only_the_named(tmp_path, "养殖.kml")  # the temporary file was removed


def test_a_finding_without_a_position_is_placed_at_its_partys(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    unplaced = store.db.conn.execute(
        "SELECT site_id FROM finding WHERE id = ?", [seeded.unplaced]
    ).fetchone()[0]
    registry.edit_site(
        store, seeded.team.lead.id, unplaced, latitude="30.8651000", longitude="105.3814000"
    )
    out = tmp_path / "问题分布.geojson"
    done = export_findings(store, out, None, FindingQuery())  # the name says GeoJSON
    assert (done.format, done.rows, done.placed_at_party, done.skipped_no_position) == (
        "geojson",
        3,
        1,
        0,
    )
    features = {f["id"]: f for f in json.loads(out.read_text(encoding="utf-8"))["features"]}
    at_party = features[seeded.unplaced]
    assert at_party["geometry"]["coordinates"] == [105.3814, 30.8651]
    assert at_party["properties"]["position_source"] == "party"
    assert features[seeded.placed]["properties"]["position_source"] == "finding"
    message = done.message()
    assert message.msg is StoreMsg.EXPORT_DONE_AT_PARTY and message.params["at_party"] == 1
    out = tmp_path / "问题分布.kml"
    done = export_findings(store, out, "kml")
    marks = ET.parse(out).getroot().findall(f"{KML}Document/{KML}Placemark")
    sources = {}
    for mark in marks:
        data = {d.get("name"): d.findtext(f"{KML}value") for d in mark.iter(f"{KML}Data")}
        sources[data["id"]] = (data["position_source"], mark.findtext(f".//{KML}coordinates"))
    assert sources[seeded.unplaced] == ("party", "105.3814000,30.8651000")
    assert sources[seeded.placed][0] == "finding"
    assert done.as_json()["placed_at_party"] == 1
    # a table never passes the party's position off as the finding's own
    out = tmp_path / "问题清单.csv"
    export_findings(store, out, "csv")
    assert ",30.8651000," not in out.read_text(encoding="utf-8-sig")


def test_placed_at_party_and_skipped_are_said_together(
    store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    third = registry.add_site(
        store, seeded.team.lead.id, "安居区某砖厂", latitude="30.35", longitude="105.45"
    )
    from inspect_app.storage import findings

    findings.add_finding(
        store,
        seeded.team.lead.id,
        seeded.team.patrol.id,
        "water_outfall",
        third.id,
        "砖厂扬尘",
        "2026-11-30T16:00:00+08:00",
    )
    done = export_findings(store, tmp_path / "全部.geojson", "geojson")
    assert (done.rows, done.placed_at_party, done.skipped_no_position) == (3, 1, 1)
    message = done.message()
    assert message.msg is StoreMsg.EXPORT_DONE_AT_PARTY_SKIPPED


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("问题清单.csv", None, Format.CSV),
        ("问题清单.XLSX", None, Format.XLSX),
        ("问题分布.geojson", None, Format.GEOJSON),
        ("问题分布.json", None, Format.GEOJSON),
        ("问题分布.kml", "kml", Format.KML),
        ("a.Csv", "csv", Format.CSV),
    ],
)
def test_the_name_says_the_format_or_agrees_with_it(
    name: str, fmt: str | None, expected: Format
) -> None:
    assert export_format(Path("/tmp") / name, fmt) is expected


@pytest.mark.parametrize(
    ("name", "fmt", "allowed", "msg", "suggested"),
    [
        ("x.csv", "kml", None, StoreMsg.EXPORT_SUFFIX_MISMATCH, "x.kml"),
        ("问题清单", "xlsx", None, StoreMsg.EXPORT_SUFFIX_MISSING, "问题清单.xlsx"),
        ("问题清单.v2", "csv", None, StoreMsg.EXPORT_SUFFIX_MISSING, "问题清单.v2.csv"),
        ("登记簿.kml", "csv", NOTICE_FORMATS, StoreMsg.EXPORT_SUFFIX_MISSING, "登记簿.csv"),
        ("问题清单.txt", None, None, StoreMsg.EXPORT_FORMAT_UNKNOWN, None),
        ("问题清单", None, None, StoreMsg.EXPORT_FORMAT_UNKNOWN, None),
        ("登记簿.kml", None, NOTICE_FORMATS, StoreMsg.EXPORT_FORMAT_UNKNOWN, None),
    ],
)
def test_a_name_that_does_not_fit_the_format_is_refused_with_the_right_name(
    name: str,
    fmt: str | None,
    allowed: tuple[Format, ...] | None,
    msg: StoreMsg,
    suggested: str | None,
) -> None:
    with pytest.raises(ValidationError) as refused:
        if allowed is None:
            export_format(Path("/tmp") / name, fmt)
        else:
            export_format(Path("/tmp") / name, fmt, allowed)
    message = refused.value.keyed_message
    assert message.msg is msg
    if suggested is not None:
        assert message.params["suggested"] == Path("/tmp") / suggested


def test_a_misnamed_export_writes_nothing(store: Store, seeded: Seeded, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    assert _refusal(store, out, "kml", FindingQuery()) is StoreMsg.EXPORT_SUFFIX_MISMATCH
    assert not out.exists()

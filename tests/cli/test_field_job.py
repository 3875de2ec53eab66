"""The field job end to end through the command line, on the real fixture photos.

Expected EXIF values are those in ``../shared/fixtures/photos/SOURCES.md`` (read there with
exiftool, an independent reader).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run, run_json
from fixture_photos import photo_path

# file -> (sha256, taken_at, latitude, longitude) from SOURCES.md
EXPECTED = {
    "exifpy_gps_DSCN0010.jpg": (
        "17307b1207eb6487d7908e9d154890b46e3d2e0192369cfd3f4c33d5a5af4035",
        "2008-10-22T16:28:39",
        "43.467448",
        "11.885127",
    ),
    "exifpy_gps_DSCN0012.jpg": (
        "84d60184ac4098b7967e2ef6dae6b03fc0d98b24624d2b57412dbcd7cb864680",
        "2008-10-22T16:29:49",
        "43.4671566666639",
        "11.8853949999972",
    ),
    "exifpy_iphone6_gps_west.jpg": (
        "eb81d33a9b1d1bea5d133483f918c2cc927161c0dda44c9fedfa4da87c8b1cc3",
        None,
        "40.446972",
        "-3.724753",
    ),
    "exifpy_nokia_8_3_gps.jpg": (
        "9be023624ccd5846beeb5b02d9b571251ef5bd8ed820389a430d114029f58eda",
        "2022-08-14T14:12:31+03:00",
        "60.1467055555556",
        "24.9067722222222",
    ),
    "recurser_Portrait_8.jpg": (
        "66b38ab2c7fbd6850d5a5d2aa953b144acd8226056ee5b7fa2355d4d90c015eb",
        None,
        None,
        None,
    ),
    "pillow_hopper.heic": (  # HEIC/HEIF (pi-heif), no EXIF: stored byte-exact like the others
        "825853d55a81247b9b3b2cef57b3c1a59b172be2a86b2715de47a489e6a8db06",
        None,
        None,
        None,
    ),
}


class Cli:
    """The command line on one data folder (see :mod:`cli_helpers`)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def run(self, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        return run(self.data_dir, *args, expect=expect)

    def json(self, *args: str, expect: int = 0) -> dict[str, Any]:
        return run_json(self.data_dir, *args, expect=expect)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "store")


def _close(value: str | None, expected: str | None) -> bool:
    if value is None or expected is None:
        return value is expected
    return abs(Decimal(value) - Decimal(expected)) <= Decimal("0.000001")


def test_field_job_from_patrol_to_notice(cli: Cli, tmp_path: Path) -> None:
    categories = cli.json("category", "list")["codes"]
    assert {"water_outfall", "hazardous_waste", "radiation", "yangtze_fishing_ban"} <= set(
        categories
    )
    agency = cli.json(
        "agency",
        "add",
        "--name",
        "遂宁市生态环境局",
        "--code",
        "遂环",
        "--region",
        "510900",
        "--reconsideration-body",
        "遂宁市人民政府",
        "--litigation-court",
        "船山区人民法院",
    )["id"]
    cq = cli.json(
        "agency", "add", "--name", "重庆市潼南区生态环境局", "--code", "潼环", "--region", "500152"
    )["id"]
    lead = cli.json(
        "officer",
        "add",
        "--name",
        "张三",
        "--cert",
        "51090012345",
        "--agency",
        agency,
        "--role",
        "lead",
    )["id"]
    inspector = cli.json(
        "officer", "add", "--name", "李四", "--cert", "50015200077", "--agency", cq
    )["id"]
    site = cli.json(
        "site",
        "add",
        "--name",
        "遂宁某某化工有限公司",
        "--credit-code",
        "91350100M000100Y43",
        "--address",
        "遂宁市船山区河东路1号",
        "--legal-rep",
        "王五",
        "--region",
        "510903",
    )["id"]
    patrol = cli.json(
        "patrol",
        "add",
        "--date",
        "2026-11-30",
        "--basin",
        "涪江",
        "--officer",
        lead,
        "--officer",
        inspector,
    )["id"]
    files = [str(photo_path(name)) for name in EXPECTED]
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    added = cli.json(
        "finding",
        "add",
        "--patrol",
        patrol,
        "--site",
        site,
        "--category",
        "water_outfall",
        "--description",
        "厂区东侧雨水排口有暗管排放废水",
        "--severity",
        "major",
        "--observed-at",
        "2026-11-30T10:20:00+08:00",
        "--photo",
        *files,
        str(empty),
        expect=1,
    )
    finding = added["id"]
    by_name = {Path(p["file"]).name: p for p in added["photos"]}
    assert set(by_name) == set(EXPECTED)
    for name, (sha, taken, lat, lon) in EXPECTED.items():
        photo = by_name[name]
        assert photo["sha256"] == sha
        assert photo["taken_at"] == taken or (taken is None and name.startswith("exifpy_iphone"))
        assert _close(photo["latitude"], lat) and _close(photo["longitude"], lon), name
    refused = {Path(e["file"]).name: e["reason"] for e in added["errors"]}
    assert set(refused) == {"empty.jpg"}
    assert "empty" in refused["empty.jpg"].lower()
    # the first photo's GPS (Italy) is outside the patrol's region: the empty location stays
    # empty rather than taking an implausible position (storage/plausibility.py)
    assert added["latitude"] is None and added["longitude"] is None

    # importing the same bytes again references the same photo; nothing is stored twice
    again = cli.json(
        "photo", "import", "--finding", finding, str(photo_path("exifpy_gps_DSCN0010.jpg"))
    )
    assert again["photos"][0]["duplicate"] is True and again["errors"] == []
    assert len(list((cli.data_dir / "photos").rglob("*"))) == len(EXPECTED) + len(
        {p[0][:2] for p in EXPECTED.values()}
    )
    for name, (sha, *_) in EXPECTED.items():
        # the stored file is sealed (issue 14); `photo export` gives the camera's bytes back
        stored = cli.data_dir / "photos" / sha[:2] / sha
        sealed = '"encrypted"' in (cli.data_dir / "protection.json").read_text(encoding="utf-8")
        assert (photo_path(name).read_bytes()[:64] in stored.read_bytes()) is not sealed
        out = tmp_path / f"out-{name}"
        exported = cli.json("photo", "export", sha, "--out", str(out))
        assert exported["size_bytes"] == out.stat().st_size
        assert out.read_bytes() == photo_path(name).read_bytes()

    edited = cli.json("finding", "edit", finding, "--severity", "serious")
    assert edited["severity"] == "serious"
    shown = cli.json("finding", "show", finding)
    assert [h["kind"] for h in shown["history"]][:2] == ["create", "add"]
    assert shown["history"][-1]["data"] == {"severity": "serious"}

    pdf = tmp_path / "notice.pdf"
    due = date.today() + timedelta(days=31)  # a deadline must not be in the past
    due_cn = f"{due.year}年{due.month}月{due.day}日"
    draft = cli.json(
        "notice", "draft", "--finding", finding, "--out", str(pdf), "--deadline", due.isoformat()
    )
    assert draft["id"] and pdf.exists()
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    for part in [
        "遂宁市生态环境局",
        "责令改正违法行为决定书",
        f"遂环责改〔{date.today().year}〕",
        "遂宁某某化工有限公司",
        "91350100M000100Y43",
        "王五",
        "张三",
        "51090012345",
        "李四",
        "50015200077",
        "厂区东侧雨水排口有暗管排放废水",
        "《中华人民共和国水污染防治法》第二十二条",
        due_cn,
        "60日",
        "6个月",
        "遂宁市人民政府",
        "船山区人民法院",
    ]:
        assert part in flat, part
    order = [
        flat.index(p)
        for p in [
            "责令改正违法行为决定书",
            "遂宁某某化工有限公司",
            "张三",
            EXPECTED["exifpy_gps_DSCN0010.jpg"][0],
            "第二十二条",
            due_cn,
            "60日",
        ]
    ]
    assert order == sorted(order)
    for sha, *_ in EXPECTED.values():
        assert sha in flat
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and all(" yes " in line for line in cjk)
    assert pdf.stat().st_size < 4_000_000  # photos are downsampled, not the 12 MP originals

    report = cli.json("db", "check")
    assert report["ok"] is True and report["ops"] > 10


def test_errors_are_one_clear_line(cli: Cli) -> None:
    usage = cli.run("finding", "add", expect=2)
    assert "usage" in usage.stderr
    bad = cli.run("agency", "add", "--name", "x", "--code", "y", "--region", "12", expect=1)
    assert bad.stderr.count("\n") == 1 and "region" in bad.stderr
    agency = cli.json("agency", "add", "--name", "局", "--code", "局", "--region", "500152")["id"]
    cli.json("officer", "add", "--name", "张三", "--cert", "1", "--agency", agency)
    code = cli.run("site", "add", "--name", "某厂", "--credit-code", "91350100M000100Y44", expect=1)
    assert "check" in code.stderr and code.stderr.count("\n") == 1
    missing = cli.run(
        "finding", "edit", "00000000-0000-4000-8000-000000000000", "--severity", "major", expect=1
    )
    assert "no finding" in missing.stderr
    cli.run("photo", "import", "--finding", "nope", "x.jpg", expect=1)
    empty_dir = subprocess.run(
        [sys.executable, "-m", "inspect_app", "--data-dir", "", "officer", "list"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert empty_dir.returncode == 1 and "--data-dir is empty" in empty_dir.stderr


def test_rebuild_gives_the_same_tables(cli: Cli) -> None:
    agency = cli.json("agency", "add", "--name", "局", "--code", "局", "--region", "500152")["id"]
    cli.json("officer", "add", "--name", "张三", "--cert", "1", "--agency", agency)
    before = cli.json("db", "check")
    rebuilt = cli.json("db", "rebuild")
    assert rebuilt["ops_applied"] == before["ops"] == 3  # enrolment, agency, officer
    assert cli.json("db", "check")["ok"] is True


def test_data_dir_from_environment(tmp_path: Path) -> None:
    env_dir = tmp_path / "from-env"
    env = {**__import__("os").environ, "INSPECT_APP_DATA_DIR": str(env_dir)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "inspect_app",
            "agency",
            "add",
            "--name",
            "局",
            "--code",
            "局",
            "--region",
            "500152",
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (env_dir / "inspect.sqlite3").exists()
    assert shutil.which("pdftotext")

"""A store ready for enforcement documents, built once per session and copied per test.

The template holds: agency 遂宁市生态环境局 (code 遂环, reconsideration body and court
set), a team lead 张三 with a drawn signature and an inspector 李四, a party with a valid
credit code and address, a patrol of both officers, one finding with three real fixture
photos, a draft notice with order and deadline, the team CA (key on this laptop) and both
officers' certificates imported. RSA key generation and photo derivatives are slow, so
tests get a copy of the folder (fast) and open their own store.

Use (``tests/`` is on pytest's pythonpath)::

    import document_world
    document_template = document_world.document_template
    world = document_world.world

    def test_x(world): world.store, world.lead.id, world.notice_id, world.lead_credential …
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from fixture_photos import photo_path

from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Agency, Officer, Site
from inspect_app.notices.credentials import Credential
from inspect_app.notices.issue import local_now
from inspect_app.notices.team_pki import import_certificate, init_team_ca, issue_certificate
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, notices, patrols, registry
from inspect_app.storage.services import record_service
from inspect_app.storage.store import Store

CA_PASSPHRASE = b"team-ca-passphrase"
LEAD_PASSPHRASE = "组长口令2026".encode()
INSPECTOR_PASSPHRASE = b"inspector-passphrase"
PHOTOS = ("exifpy_gps_DSCN0010.jpg", "recurser_Landscape_6.jpg", "exifpy_iphone6_gps_west.jpg")
DEADLINE_DAYS = 30


def strokes(shift: int = 0) -> str:
    """A plausible two-stroke hand signature on the 1000×400 grid (wire JSON)."""
    first = [100 + shift, 300, 180, 120, 260, 280, 340, 110, 420, 300]
    second = [480, 200, 560, 150, 640, 230, 720, 160, 860, 210]
    return json.dumps({"w": 1000, "h": 400, "strokes": [first, second]}, separators=(",", ":"))


@dataclass
class World:
    """An open store with a ready team (see the module docstring)."""

    data_dir: Path
    store: Store
    agency: Agency
    lead: Officer
    inspector: Officer
    site: Site
    patrol_id: str
    finding_id: str
    photo_ids: tuple[str, ...]
    notice_id: str

    @property
    def lead_credential(self) -> Credential:
        """The lead's imported PKCS#12 and passphrase."""
        p12 = (self.data_dir / "pki" / f"officer-{self.lead.id}.p12").read_bytes()
        return Credential(p12, LEAD_PASSPHRASE)

    @property
    def inspector_credential(self) -> Credential:
        """The inspector's imported PKCS#12 and passphrase."""
        p12 = (self.data_dir / "pki" / f"officer-{self.inspector.id}.p12").read_bytes()
        return Credential(p12, INSPECTOR_PASSPHRASE)


def build(folder: Path, photo_files: Sequence[Path] | None = None) -> None:
    """Build the template store in ``folder`` (slow: keys, photos, derivatives).

    ``photo_files`` replaces the three default fixture photos (the benchmark uses twelve).
    """
    store = Store.open(folder)
    try:
        agency = registry.add_agency(
            store,
            "遂宁市生态环境局",
            "遂环",
            "510900",
            reconsideration_body="遂宁市人民政府",
            litigation_court="遂宁市船山区人民法院",
        )
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead")
        inspector = registry.add_officer(store, "李四", "51090054321", agency.id)
        store.set_setting("current_officer", lead.id)
        store.write([Change(OpKind.SET, "officer", lead.id, {"signature": strokes()})], lead.id)
        site = registry.add_site(
            store,
            lead.id,
            "遂宁某某化工有限公司",
            credit_code="91350100M000100Y43",
            legal_representative="王某某",
            address="四川省遂宁市船山区工业园区8号",
            region="510903",
        )
        patrol = patrols.add_patrol(
            store, lead.id, "2026-11-28", "fujiang", [lead.id, inspector.id], area="涪江船山段"
        )
        finding = findings.add_finding(
            store,
            lead.id,
            patrol.id,
            "water_outfall",
            site_id=site.id,
            description="雨水排放口有黄褐色废水直排涪江，现场pH试纸显示约11。",
            observed_at="2026-11-28T10:21:00+08:00",
        )
        files = list(photo_files) if photo_files else [photo_path(name) for name in PHOTOS]
        report = run_import(store, lead.id, finding.id, files)
        assert len(report.imported) == len(files), report
        today = local_now().date()
        notice = notices.create_draft(
            store,
            lead.id,
            agency.id,
            site.id,
            [finding.id],
            order_text="立即停止通过雨水排放口排放生产废水，完善污水收集处理设施",
            deadline=(today + timedelta(days=DEADLINE_DAYS)).isoformat(),
        )
        init_team_ca(store, lead.id, CA_PASSPHRASE)
        for officer, passphrase in ((lead, LEAD_PASSPHRASE), (inspector, INSPECTOR_PASSPHRASE)):
            issued = issue_certificate(store, lead.id, officer.id, CA_PASSPHRASE, passphrase)
            import_certificate(store, issued.p12, passphrase)
        ids = {
            "agency": agency.id,
            "lead": lead.id,
            "inspector": inspector.id,
            "site": site.id,
            "patrol": patrol.id,
            "finding": finding.id,
            "notice": notice.id,
            "photos": [p.sha256 for p in report.imported],
        }
        (folder / "world.json").write_text(json.dumps(ids))
    finally:
        store.close()


def serve(world: World) -> None:
    """Record service of the world's issued notice by post (no signature on the spot), now."""
    fields = {"method": "post", "served_at": local_now().isoformat(), "recipient": "王某某"}
    record_service(
        world.store, world.inspector.id, world.notice_id, fields, [world.inspector.id], None
    )


def open_world(folder: Path) -> World:
    """Open a copy of the template as a :class:`World`."""
    ids = json.loads((folder / "world.json").read_text())
    store = Store.open(folder)
    return World(
        data_dir=folder,
        store=store,
        agency=registry.get_agency(store, ids["agency"]),
        lead=registry.get_officer(store, ids["lead"]),
        inspector=registry.get_officer(store, ids["inspector"]),
        site=registry.get_site(store, ids["site"]),
        patrol_id=ids["patrol"],
        finding_id=ids["finding"],
        photo_ids=tuple(ids["photos"]),
        notice_id=ids["notice"],
    )


@pytest.fixture(scope="session")
def document_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The template data folder (built once per session)."""
    folder = tmp_path_factory.mktemp("document-template") / "data"
    build(folder)
    return folder


@pytest.fixture
def world(document_template: Path, tmp_path: Path) -> Iterator[World]:
    """A private copy of the template, opened; closed after the test."""
    folder = tmp_path / "data"
    shutil.copytree(document_template, folder)
    opened = open_world(folder)
    try:
        yield opened
    finally:
        opened.store.close()

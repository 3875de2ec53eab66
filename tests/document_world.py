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

Helpers for the steps after the draft: :func:`strokes` (a drawn signature), :func:`issue`,
:func:`serve` and :func:`serve_in_person` (after the issue), :func:`make_record` and
:func:`sign_record` (an on-site record and its signatures).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from fixture_photos import photo_path

from inspect_app.domain.entities import RecordKind, ServiceMethod, SignerRole
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Agency, Officer, Service, Site
from inspect_app.notices.credentials import Credential
from inspect_app.notices.issue import issue_notice, local_now
from inspect_app.notices.serving import serve_notice
from inspect_app.notices.team_pki import import_certificate, init_team_ca, issue_certificate
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, notices, patrols, registry
from inspect_app.storage.inspection_records import add_record, add_signature, signature_change
from inspect_app.storage.plausibility import accept_warning, open_warnings
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
        # the fixture photos come from Italy and Spain in 2008: off-date and off-site evidence
        # blocks issuing until a lead answers (issue 13), so the world's lead has answered
        for warning in open_warnings(store, finding.id):
            accept_warning(
                store, lead.id, finding.id, warning.kind, warning.photo_id, "样例照片，已核实"
            )
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


def issue(world: World, out: Path | None = None, today: date | None = None) -> str:
    """Issue the world's draft by the lead through the core (as the CLI would); its number.

    ``out`` also writes the signed PDF there; ``today`` backdates the issue.
    """
    result = issue_notice(
        world.store, world.lead.id, world.notice_id, world.lead_credential, out, today
    )
    return str(result.notice.number)


def serve(world: World) -> None:
    """Serve the world's issued notice by post (tracking number, no signature on the spot),
    now, with its receipt signed by the inspector (one transaction)."""
    fields = {
        "method": "post",
        "served_at": local_now().isoformat(),
        "recipient": "王某某",
        "tracking_no": "1180000000001",
    }
    serve_notice(
        world.store,
        world.inspector.id,
        world.notice_id,
        fields,
        [world.inspector.id],
        None,
        world.inspector_credential,
    )


def serve_in_person(world: World) -> Service:
    """Serve the world's issued notice in person, now: the recipient 王某某 (legal
    representative) signs on the spot; the inspector and the lead serve it; the inspector
    signs the receipt."""
    fields = {
        "method": ServiceMethod.IN_PERSON,
        "served_at": local_now().isoformat(),
        "recipient": "王某某",
        "recipient_relation": "legal_representative",
        "address": "四川省遂宁市船山区工业园区8号",
    }
    return serve_notice(
        world.store,
        world.inspector.id,
        world.notice_id,
        fields,
        [world.inspector.id, world.lead.id],
        {"name": "王某某", "strokes": strokes(20)},
        world.inspector_credential,
    ).service


def write_as_older_version(world: World, changes: Sequence[Change], officer: str) -> None:
    """Append ``changes`` as an app before schema v10 wrote them (signed, in this store's log).

    This app judges them as received ops (``tests/sync/forge.py``, ``judged_here``): e.g. a
    notice served with a service but no receipt, which a local write now refuses.
    """
    from forge import forge

    for c in changes:
        forge(world.store, str(c.kind), c.entity, c.entity_id, c.data, officer, judged_here=True)


def make_record(world: World, kind: RecordKind = RecordKind.INSPECTION, **extra: object) -> str:
    """Add a complete, unsigned on-site record of the world's party by both officers; its id.

    An inspection happened on the patrol day; a re-inspection (give ``notice_id`` and
    ``outcome`` in ``extra``) starts and ends now, after the service. ``extra`` overrides or
    adds record fields. The record shows the finding's first two photos.
    """
    if kind == RecordKind.REINSPECTION:
        started_at, ended_at = local_now().isoformat(), local_now().isoformat()
    else:
        started_at, ended_at = "2026-11-28T09:30:00+08:00", "2026-11-28T11:05:00+08:00"
    fields = {
        "kind": kind,
        "site_id": world.site.id,
        "agency_id": world.agency.id,
        "started_at": started_at,
        "ended_at": ended_at,
        "place": "遂宁某某化工有限公司厂区及雨水排放口",
        "on_site_person": "刘某（环保专员）",
        "on_site_contact": "13800000000",
        "certificates_shown": True,
        "recusal_asked": True,
        "recusal_requested": False,
        "narrative": "检查雨水排放口，发现黄褐色废水外排，pH试纸显示约11。",
        "party_statement": "以上记录属实。",
        **extra,
    }
    officers = [world.lead.id, world.inspector.id]
    record = add_record(
        world.store, world.lead.id, fields, officers, [world.finding_id], world.photo_ids[:2]
    )
    return record.id


def sign_record(world: World, record_id: str, party_refuses: bool = False) -> None:
    """Both officers sign the record, then the party 刘某 (or refuses, with a witness), now."""
    for officer, shift in ((world.lead, 0), (world.inspector, 40)):
        change = signature_change(
            record_id,
            SignerRole.OFFICER,
            local_now().isoformat(),
            officer_id=officer.id,
            strokes=strokes(shift),
        )
        add_signature(world.store, officer.id, change)
    now = local_now().isoformat()
    if party_refuses:
        party = signature_change(
            record_id,
            SignerRole.PARTY,
            now,
            name="刘某",
            refused=True,
            witness="陈某",
            refusal_reason="认为检查结论不客观",
            witness_unit="园区管委会安全环保科科长",
            witness_strokes=strokes(120),
        )
    else:
        party = signature_change(record_id, SignerRole.PARTY, now, name="刘某", strokes=strokes(80))
    add_signature(world.store, world.lead.id, party)


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

"""Document numbers stay unique when two laptops issue offline, and survive sync unchanged."""

from __future__ import annotations

from pathlib import Path

import document_world
import pytest

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.ops import Change, OpKind
from inspect_app.notices.credentials import Credential
from inspect_app.notices.issue import issue_notice, local_now
from inspect_app.notices.signing import verify_pdf
from inspect_app.notices.team_pki import import_certificate, issue_certificate
from inspect_app.storage import documents, notices, numbering, registry
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, replicas

document_template = document_world.document_template
world = document_world.world
World = document_world.World
LAPTOP_PASSPHRASE = b"laptop-lead-passphrase"


def _send(src: Store, dst: Store, folder: Path, name: str) -> None:
    made = bundle.export_bundle(src, folder / name, dst.replica_id)
    report = bundle.import_bundle(dst, Path(made.path))
    assert not report.quarantined, report.quarantined


def _laptop(w: World, tmp_path: Path) -> tuple[Store, str, Credential]:
    """A second laptop, enrolled both ways, with a second team lead's certificate."""
    office = w.store
    laptop = Store.open(tmp_path / "laptop")
    replicas.enroll(office, w.lead.id, laptop.replica_id, laptop.public_key, "laptop")
    replicas.enroll(laptop, None, office.replica_id, office.public_key, "office")
    second = registry.add_officer(office, "王五", "51090099999", w.agency.id, "lead", w.lead.id)
    office.write(
        [Change(OpKind.SET, "officer", second.id, {"signature": document_world.strokes(30)})],
        second.id,
    )
    issued = issue_certificate(
        office, w.lead.id, second.id, document_world.CA_PASSPHRASE, LAPTOP_PASSPHRASE
    )
    _send(office, laptop, tmp_path, "to-laptop.zip")
    import_certificate(laptop, issued.p12, LAPTOP_PASSPHRASE)
    return laptop, second.id, Credential(issued.p12, LAPTOP_PASSPHRASE)


def test_two_laptops_issue_offline_without_collision(world: World, tmp_path: Path):
    office = world.store
    year = local_now().year
    laptop, second_lead, credential = _laptop(world, tmp_path)
    try:
        # The laptop holds no numbers yet and may not allocate them itself.
        draft = notices.create_draft(
            laptop,
            second_lead,
            world.agency.id,
            world.site.id,
            [world.finding_id],
            "立即停止违法排放",
            world_deadline(world),
        )
        with pytest.raises(ValidationError, match="no free document numbers"):
            issue_notice(laptop, second_lead, draft.id, credential, tmp_path / "refused.pdf")
        with pytest.raises(ValidationError, match="allocated by replica"):
            numbering.reserve_block(
                laptop, second_lead, world.agency.id, year, laptop.replica_id, 5
            )
        # The office (numbering replica) reserves a block for the laptop; sync carries it.
        block = numbering.reserve_block(
            office, world.lead.id, world.agency.id, year, laptop.replica_id, 5
        )
        assert (block.first, block.last) == (1, 5)
        _send(office, laptop, tmp_path, "block.zip")
        # Both issue while apart.
        on_office = issue_notice(
            office, world.lead.id, world.notice_id, world.lead_credential, tmp_path / "o.pdf"
        )
        on_laptop = issue_notice(laptop, second_lead, draft.id, credential, tmp_path / "l1.pdf")
        another = notices.create_draft(
            laptop,
            second_lead,
            world.agency.id,
            world.site.id,
            [world.finding_id],
            "限期整改",
            world_deadline(world),
        )
        third = issue_notice(laptop, second_lead, another.id, credential, tmp_path / "l2.pdf")
        # The office's own block comes after the laptop's, so numbers never meet.
        assert on_office.notice.number_seq == 6
        assert (on_laptop.notice.number_seq, third.notice.number_seq) == (1, 2)
        _send(laptop, office, tmp_path, "back.zip")
        _send(office, laptop, tmp_path, "again.zip")
        for store in (office, laptop):
            numbers = [
                r[0]
                for r in store.db.conn.execute(
                    "SELECT number FROM notice WHERE number IS NOT NULL ORDER BY number_seq"
                )
            ]
            assert numbers == [f"遂环责改〔{year}〕{n}号" for n in (1, 2, 6)]
            assert bundle.expected_photos(store) == []
            roots = documents.team_ca_pems(store)
            for result in (on_office, on_laptop, third):
                pdf = documents.document_bytes(store, result.document.id)
                assert verify_pdf(pdf, roots).ok
        assert office.digest() == laptop.digest()
    finally:
        laptop.close()


def world_deadline(w: World) -> str:
    return str(notices.get_notice(w.store, w.notice_id).deadline)


def test_numbers_restart_each_year_and_blocks_are_per_agency(world: World):
    store = world.store
    first = numbering.take_number(store, world.lead.id, world.agency.id, 2026)
    other_year = numbering.take_number(store, world.lead.id, world.agency.id, 2027)
    assert first == 1 and other_year == 1
    assert numbering.format_number("遂环", 2027, 1) == "遂环责改〔2027〕1号"
    with pytest.raises(ValidationError, match="not an enrolled laptop"):
        numbering.reserve_block(store, world.lead.id, world.agency.id, 2026, "ab" * 16, 5)
    with pytest.raises(ValidationError, match="between 1 and"):
        numbering.reserve_block(store, world.lead.id, world.agency.id, 2026, store.replica_id, 0)
    with pytest.raises(ValidationError, match="team lead"):
        numbering.reserve_block(
            store, world.inspector.id, world.agency.id, 2026, store.replica_id, 3
        )


def test_blocks_from_a_replica_that_does_not_allocate_are_quarantined(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    office = world.store
    laptop, second_lead, _ = _laptop(world, tmp_path)
    try:
        from inspect_app.storage.judge import Judge

        monkeypatch.setattr(Judge, "judge", lambda *args, **kw: None)  # a modified client
        rogue = Change(
            OpKind.CREATE,
            "number_block",
            "0f0f0f0f-0000-4000-8000-000000000001",
            {
                "agency_id": world.agency.id,
                "year": 2026,
                "first": 1,
                "last": 99,
                "holder": laptop.replica_id,
            },
        )
        laptop.write([rogue], second_lead)
        monkeypatch.undo()
        made = bundle.export_bundle(laptop, tmp_path / "rogue.zip", office.replica_id)
        report = bundle.import_bundle(office, Path(made.path))
        reasons = [q["reason"] for q in report.quarantined]
        assert any("does not allocate this agency's numbers" in r for r in reasons), reasons
        assert numbering.list_blocks(office, world.agency.id) == []
    finally:
        laptop.close()

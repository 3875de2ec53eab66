"""The store speaks in keyed messages: refusals, the write block, the check, an import's summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_photos import photo_path
from store_team import Team

from inspect_app.domain.errors import NotFoundError, StoreError, ValidationError
from inspect_app.domain.messages.store import StoreMsg, entity_label
from inspect_app.domain.progress import CancelFlag
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, numbering, registry
from inspect_app.storage.database import put_meta, write_transaction
from inspect_app.storage.store import WRITE_BLOCKED, Store

GPS_PHOTO = "exifpy_gps_DSCN0010.jpg"


def test_a_missing_record_names_its_kind(team: Team) -> None:
    with pytest.raises(NotFoundError) as caught:
        findings.get_finding(team.store, "nope")
    assert caught.value.keyed_message == StoreMsg.RECORD_NOT_FOUND(
        entity=StoreMsg.ENTITY_FINDING, id="nope"
    )
    assert str(caught.value) == "no finding with id nope in this store"
    assert entity_label("finding") is StoreMsg.ENTITY_FINDING
    assert entity_label("no_such_kind") == "no_such_kind"


def test_refusals_carry_their_facts_typed(team: Team) -> None:
    with pytest.raises(ValidationError) as taken:
        registry.add_agency(team.store, "射洪市生态环境局", " 遂环 ", "510981")
    assert taken.value.keyed_message == StoreMsg.AGENCY_CODE_TAKEN(
        code="遂环", agency="遂宁市生态环境局"
    )
    with pytest.raises(ValidationError) as count:
        numbering.reserve_block(
            team.store, team.lead.id, team.agency.id, 2026, team.store.replica_id, 5000
        )
    assert count.value.keyed_message == StoreMsg.NUMBERING_BAD_COUNT(limit=1000)
    with pytest.raises(ValidationError) as lead:
        team.store.require_lead(team.inspector.id)
    assert lead.value.keyed_message == StoreMsg.STORE_LEAD_ONLY()


def test_the_write_block_keeps_its_message_across_opening(team: Team) -> None:
    store, data = team.store, team.store.data_dir
    why = StoreMsg.STORE_OTHER_HISTORY(seq="12", last="9", command="inspect-app replica reset")
    store.block_writes(why)
    assert store.write_block() == why
    assert store.check().write_blocked == why.english()  # English for --json and old readers
    store.close()
    with Store.open(data) as reopened:
        assert reopened.write_block() == why
        with pytest.raises(StoreError) as stopped:
            registry.add_site(reopened, team.lead.id, "某厂")
        assert stopped.value.keyed_message == StoreMsg.STORE_WRITING_STOPPED(reason=why)
        assert str(stopped.value).startswith("writing is stopped: this data folder holds")
        reopened.reset_identity()
        assert reopened.write_block() is None
        assert reopened.setting(WRITE_BLOCKED) is None
        registry.add_site(reopened, team.lead.id, "某厂")  # writes again


def test_a_write_block_said_only_in_english_stays_english(store: Store) -> None:
    """Written by an older version, or rewritten without its key: the sentence as it is."""
    store.block_writes(StoreMsg.STORE_OTHER_HISTORY(seq="2", last="1", command="x"))
    with store._lock, write_transaction(store.db):
        put_meta(store.db, WRITE_BLOCKED, "this laptop's identity is also used by a copy")
    assert store.write_block() == "this laptop's identity is also used by a copy"
    with pytest.raises(StoreError) as stopped:
        registry.add_agency(store, "某局", "某环", "510900")
    assert stopped.value.keyed_message == StoreMsg.STORE_WRITING_STOPPED(
        reason="this laptop's identity is also used by a copy"
    )


def test_the_check_names_a_missing_evidence_file(team: Team) -> None:
    made = findings.add_finding(team.store, team.lead.id, team.patrol.id, "water_outfall")
    run_import(team.store, team.lead.id, made.id, [photo_path(GPS_PHOTO)])
    (sha,) = findings.get_finding(team.store, made.id).photo_ids
    blob = next((team.store.data_dir / "photos").rglob(sha))
    blob.chmod(0o600)
    blob.unlink()
    report = team.store.check()
    assert report.photo_problems == [(sha, StoreMsg.STORE_EVIDENCE_MISSING())]
    assert not report.ok


def test_an_import_says_what_the_finding_had_already(team: Team, tmp_path: Path) -> None:
    made = findings.add_finding(team.store, team.lead.id, team.patrol.id, "water_outfall")
    first = run_import(team.store, team.lead.id, made.id, [photo_path(GPS_PHOTO)])
    assert first.already == [] and first.summary() == []
    copy = tmp_path / "排污口.jpg"
    copy.write_bytes(photo_path(GPS_PHOTO).read_bytes())
    again = run_import(team.store, team.lead.id, made.id, [copy, photo_path(GPS_PHOTO)])
    assert [p.source.name for p in again.already] == ["排污口.jpg", GPS_PHOTO]
    assert again.summary() == [
        StoreMsg.IMPORT_ALREADY_IN_FINDING(count=2, names=f"排污口.jpg, {GPS_PHOTO}")
    ]
    assert again.summary(record=True)[0].msg is StoreMsg.IMPORT_ALREADY_IN_RECORD
    assert len(findings.get_finding(team.store, made.id).photo_ids) == 1
    cancel = CancelFlag()
    cancel.cancel()
    stopped = run_import(team.store, team.lead.id, made.id, [photo_path(GPS_PHOTO)], cancel)
    assert stopped.summary()[-1] == StoreMsg.IMPORT_CANCELLED(count=len(stopped.imported))

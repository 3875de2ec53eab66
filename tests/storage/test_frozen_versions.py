"""Every released schema version's file opens, migrates and keeps its data (STYLE.md rule).

``tests/fixtures/store-v1.sqlite3`` was written by schema version 1 (agency, two officers, a
site, a patrol, a finding with a photo record, a withdrawn finding, a draft notice);
``store-v2.sqlite3`` is that store as schema version 2 left it (signed ops, its replica's
self-enrolment, derived tables without foreign keys); ``store-v3.sqlite3`` is that store opened
by schema version 3 (commit cf875e5), plus one op relayed from a replica not enrolled there,
which version 3 quarantined (replica ``0f…0f``, Ed25519 private key bytes 0..31, setting the
finding's description to 复查补充).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fixture_photos import photo_path

from inspect_app.domain.messages.store import StoreMsg
from inspect_app.storage import findings, patrols
from inspect_app.storage.migrations import SCHEMA_VERSION, schema_version
from inspect_app.storage.store import DB_NAME, Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("version", [1, 2, 3])
def test_frozen_store_opens_and_keeps_its_history(version: int, tmp_path: Path) -> None:
    shutil.copy(FIXTURES / f"store-v{version}.sqlite3", tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        assert schema_version(store.db) == SCHEMA_VERSION
        assert (store.backup_made is not None) == (version < SCHEMA_VERSION)
        sha = "17307b1207eb6487d7908e9d154890b46e3d2e0192369cfd3f4c33d5a5af4035"
        missing = store.check()
        assert missing.photo_problems == [(sha, StoreMsg.STORE_EVIDENCE_MISSING())]
        assert str(missing.photo_problems[0][1]) == "evidence file missing" and not missing.ok
        assert store.blobs.put_file(photo_path("exifpy_gps_DSCN0010.jpg"))[0] == sha
        report = store.check()
        # + the replica's self-enrolment (v2); a store that had it publishes its box key (v11)
        assert report.ok and report.op_count == 15 + 1 + (version >= 2)
        (patrol_id,) = patrols.patrol_ids(store)
        (finding_id,) = findings.finding_ids(store, patrol_id)
        finding = findings.get_finding(store, finding_id)
        assert (finding.description, finding.status) == ("暗管排放", "notified")
        assert finding.photo_ids == (
            "17307b1207eb6487d7908e9d154890b46e3d2e0192369cfd3f4c33d5a5af4035",
        )
        assert finding.latitude == "43.4674483"  # took the first photo's GPS


def test_an_op_quarantined_by_version_3_is_judged_again_and_applied_once_enrolled(
    tmp_path: Path,
) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from inspect_app.storage.receive import set_aside
    from inspect_app.sync import replicas

    shutil.copy(FIXTURES / "store-v3.sqlite3", tmp_path / DB_NAME)
    with Store.open(tmp_path) as store:
        (kept,) = set_aside(store)
        assert (kept["where"], kept["code"], kept["replica"]) == ("quarantine", "legacy", "0f" * 16)
        key = Ed25519PrivateKey.from_private_bytes(bytes(range(32))).public_key()
        lead = store.db.conn.execute("SELECT id FROM officer WHERE role = 'lead'").fetchone()[0]
        replicas.enroll(store, lead, "0f" * 16, key.public_bytes_raw().hex(), "old laptop")
        assert set_aside(store) == []  # judged again at once, and applied
        (patrol_id,) = patrols.patrol_ids(store)
        (finding_id,) = findings.finding_ids(store, patrol_id)
        assert findings.get_finding(store, finding_id).description == "复查补充"

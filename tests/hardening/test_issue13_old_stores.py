"""A store written at schema v9 (the app before issue 13), upgraded to v10 and used.

The v9 store is made by the v9 code itself: ``git archive`` of the last v9 commit, run in a
subprocess (``v9_store_maker.py``) — a restored laptop's store, not an imitation. After the
upgrade: the old decision, receipt and record still export and verify (level unknown in the
store, read from the file as B-B), the old service without a recipient relation still shows
with its receipt, ``db check`` is green, and the old draft (no citations stored) can be
issued once the lead has answered the evidence doubts v10 raises — its citations are then
stored as what it showed (the category defaults) and printed.

Regression (found by a review pass, fixed): an old draft was issued printing its categories'
defaults while storing no citations, so the issued decision did not record what it cited (a
correction started from the defaults of the day, not from the decision); ``issue_notice`` now
calls ``notices/citations.ensure_citations`` first. Skipped when the git history is not at
hand (an unpacked source tree).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import document_world
import pytest
from old_versions import extract_sources, old_version_env
from pdf_tools import pdftotext

from inspect_app.domain.entities import NoticeStatus
from inspect_app.notices.issue import issue_notice
from inspect_app.notices.verify_case import verify_in_store
from inspect_app.storage import notices
from inspect_app.storage.documents import get_document
from inspect_app.storage.evidence_checks import evidence_doubts
from inspect_app.storage.evidence_items import set_item_fields
from inspect_app.storage.migrations import SCHEMA_VERSION, schema_version
from inspect_app.storage.services import services_of

V9_COMMIT = "2f9af47"
"""The last commit at schema v9 (its child is "Schema v10 for issue 13")."""
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def v9_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder written by the v9 app (built once per module, ~12 s)."""
    tree = extract_sources(V9_COMMIT, tmp_path_factory.mktemp("v9-code"))
    folder = tmp_path_factory.mktemp("v9-store") / "data"
    env = old_version_env(tree)
    maker = Path(__file__).with_name("v9_store_maker.py")
    subprocess.run(
        [sys.executable, str(maker), str(folder)], cwd=tree, env=env, check=True, timeout=300
    )
    ids = json.loads((folder / "world.json").read_text())
    assert ids["v9_schema"] == 9 and ids["v9_code"].startswith(str(tree)), ids
    return folder


def test_a_v9_store_upgrades_verifies_and_issues_its_old_draft(
    v9_template: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(v9_template, folder)
    ids = json.loads((folder / "world.json").read_text())
    w = document_world.open_world(folder)  # opening upgrades it
    try:
        store = w.store
        assert schema_version(store.db) == SCHEMA_VERSION and store.check().ok
        blobs = store.blobs
        for key in ("v9_record_sha", "v9_receipt_sha"):
            assert get_document(store, ids[key]).level is None  # not recorded before v10
        decision = notices.get_notice(store, w.notice_id)
        assert decision.status == NoticeStatus.SERVED
        for sha in (str(decision.document_id), ids["v9_receipt_sha"], ids["v9_record_sha"]):
            report, case = verify_in_store(store, blobs.path(sha).read_bytes(), [])
            assert report.ok and report.level == "B-B", (sha, report)
            assert case.known and case.document is not None and case.document.level is None
        (service,) = services_of(store, w.notice_id)
        assert service.recipient_relation is None and service.document_id == ids["v9_receipt_sha"]

        draft = ids["v9_draft"]
        assert notices.get_notice(store, draft).violated_provisions is None
        for doubt in evidence_doubts(store, draft):  # v10 asks about the 2008 photos
            if doubt.answer is None:
                set_item_fields(store, w.lead.id, draft, doubt.item.key, explanation="样例照片")
        out = tmp_path / "decision.pdf"
        issue_notice(store, w.lead.id, draft, w.lead_credential, out)
        issued = notices.get_notice(store, draft)
        assert issued.status == NoticeStatus.ISSUED and issued.violated_provisions
        text = pdftotext(out)
        assert "违反了《中华人民共和国水污染防治法》" in text.replace("\n", "")
        assert store.check().ok
    finally:
        w.store.close()

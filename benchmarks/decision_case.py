"""Issue 13's document target: a decision citing 12 photos, 2 records and 1 video clip.

    .venv/bin/python benchmarks/decision_case.py [FIXTURES_PHOTOS_DIR]

Builds the tests' document world (``tests/document_world.py``) whose finding carries twelve
8-9 MP phone photos (``benchmarks/notice_sign.py``), closes two on-site records of the case
(both officers e-sign each), stores a body-camera clip (a small MP4 written box by box,
``tests/evidence_clips.py``) in the case's evidence register, then measures, median of 5:

* render + sign (PAdES B-B, laptop clock) of the decision: the 证据 list is built from the
  register (records first, then the photos with their print copies, then the clip as a
  line), the 附件 相关法律条文 appended, PDF/A output — target < 0.5 s;
* the hub's B-LTA upgrade of the signed decision (DSS with chain + CRL, a document
  timestamp from the hub's TSA certified by the team CA) — target < 1 s;
* the size of the signed decision and of its B-LTA copy — target < 4 MB.

Photo derivatives are made at import, as in the app, so they are not counted. The raw cost
beside it: the same render with no evidence at all (what the register and photos add).
"""

from __future__ import annotations

import dataclasses
import logging
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

import document_world  # noqa: E402 - the tests' store builder
from evidence_clips import write_mp4  # noqa: E402
from notice_sign import twelve_photos  # noqa: E402

from inspect_app.domain.entities import EvidenceKind  # noqa: E402
from inspect_app.notices.closing import close_record  # noqa: E402
from inspect_app.notices.crl import make_crl  # noqa: E402
from inspect_app.notices.issue import (  # noqa: E402
    LEAD_FIELD,
    decision_content,
    local_now,
    sign_document,
)
from inspect_app.notices.ltv import HubTimestampService  # noqa: E402
from inspect_app.notices.rectification import render_decision  # noqa: E402
from inspect_app.notices.stamp_font import stamp_font_path  # noqa: E402
from inspect_app.notices.team_pki import issue_hub_tsa  # noqa: E402
from inspect_app.notices.tsa import tsa_from_p12  # noqa: E402
from inspect_app.storage import notices  # noqa: E402
from inspect_app.storage.documents import team_ca_pems  # noqa: E402
from inspect_app.storage.evidence_files import store_evidence_file  # noqa: E402
from inspect_app.storage.evidence_items import add_file_item  # noqa: E402
from inspect_app.storage.evidence_register import build_register  # noqa: E402

RUNS = 5
TSA_PASS = b"hub-tsa-passphrase"
RENDER_SIGN_TARGET_S = 0.5
LTA_TARGET_S = 1.0
SIZE_TARGET_MB = 4.0


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _case(world: document_world.World, folder: Path) -> None:
    """Two closed records and one clip in the world's case."""
    for _ in range(2):
        record_id = document_world.make_record(world)
        document_world.sign_record(world, record_id)
        close_record(world.store, world.inspector.id, record_id, world.inspector_credential)
    start = datetime(2026, 11, 28, 9, 40, tzinfo=UTC) - timedelta(hours=8)
    clip = write_mp4(folder / "DSJ-0940.mp4", start, 20 * 60)
    stored = store_evidence_file(world.store, clip, EvidenceKind.VIDEO)
    add_file_item(
        world.store,
        world.inspector.id,
        world.notice_id,
        EvidenceKind.VIDEO,
        {
            "file_id": stored.sha256,
            "media_type": stored.media_type,
            "size_bytes": stored.size_bytes,
            "original_name": clip.name,
            "source": "执法记录仪 DSJ-01",
            "recorded_at": stored.started_at,
            "ended_at": stored.ended_at,
        },
    )


def main() -> None:
    fixtures = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "fixtures"
    fixtures = fixtures / "photos" if (fixtures / "photos").is_dir() else fixtures
    logging.disable(logging.WARNING)  # pyHanko's notes on soft-fail revocation checks
    stamp_font_path()  # built once per machine, not part of an issue
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        document_world.build(folder / "data", twelve_photos(fixtures, folder))
        world = document_world.open_world(folder / "data")
        store, lead = world.store, world.lead.id
        _case(world, folder)
        kinds = [str(item.kind) for item in build_register(store, world.notice_id)]
        notice = notices.get_notice(store, world.notice_id)
        numbered = dataclasses.replace(notice, number="遂环责改〔2026〕1号")
        content = decision_content(store, lead, numbered, local_now().date())
        bare = dataclasses.replace(content, evidence=())
        renders, signs, bare_renders = [], [], []
        signed = b""
        for _ in range(RUNS):
            t0 = time.perf_counter()
            rendered = render_decision(content)
            t1 = time.perf_counter()
            signed, _ = sign_document(
                store,
                lead,
                rendered,
                world.lead_credential,
                field=LEAD_FIELD,
                lock=True,
                stamp=None,
                reason="签发",
                location="遂宁",
            )
            t2 = time.perf_counter()
            render_decision(bare)
            t3 = time.perf_counter()
            renders.append(t1 - t0)
            signs.append(t2 - t1)
            bare_renders.append(t3 - t2)
        issued = issue_hub_tsa(store, lead, document_world.CA_PASSPHRASE, TSA_PASS)
        service = HubTimestampService(tsa_from_p12(issued.p12, TSA_PASS))
        ca = team_ca_pems(store)
        key = (folder / "data" / "pki" / "team-ca.key.pem").read_bytes()
        crl = make_crl(ca[0], key, document_world.CA_PASSPHRASE, [], 1).der
        upgrades, lta_size = [], 0
        for _ in range(RUNS):
            t0 = time.perf_counter()
            lta = service.upgrade(signed, ca, [crl])
            upgrades.append(time.perf_counter() - t0)
            lta_size = len(lta)
        store.close()
    render, sign = _median(renders), _median(signs)
    counts = {k: kinds.count(k) for k in dict.fromkeys(kinds)}
    print(f"decision's evidence register: {counts} (median of {RUNS})")
    print(f"  render (reportlab, PDF/A)         {render:6.2f} s")
    print(f"  — the same decision, no evidence  {_median(bare_renders):6.2f} s  (raw cost)")
    print(f"  sign B-B (pyHanko PAdES)          {sign:6.2f} s")
    print(f"  render + sign                     {render + sign:6.2f} s   target < "
          f"{RENDER_SIGN_TARGET_S} s")  # fmt: skip
    print(f"  B-LTA upgrade at the hub          {_median(upgrades):6.2f} s   target < "
          f"{LTA_TARGET_S} s")  # fmt: skip
    print(f"  signed decision                   {len(signed) / 1e6:6.2f} MB  target < "
          f"{SIZE_TARGET_MB} MB")  # fmt: skip
    print(f"  its B-LTA copy                    {lta_size / 1e6:6.2f} MB  target < "
          f"{SIZE_TARGET_MB} MB")  # fmt: skip


if __name__ == "__main__":
    main()

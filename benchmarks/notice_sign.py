"""Seconds to render and sign a decision with 12 evidence photos, and the PDF's size.

    .venv/bin/python benchmarks/notice_sign.py [FIXTURES_PHOTOS_DIR]

Builds a store like the tests' (``tests/document_world.py``) whose finding carries twelve
8–9 MP phone photos (the iPhone 6 and Nokia 8.3 fixtures, each made distinct by a trailing
comment after the JPEG end marker so their SHA-256s differ; the pixels are the same), then
issues the decision: blockers check, number, render (reportlab), sign (pyHanko PAdES),
store. Photo derivatives are made at import time, as in the app, so they are not counted.
Targets (issue 4): render + sign < 2 s, file < 4 MB. Median of 5 issues.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

import document_world  # noqa: E402 - the tests' store builder

from inspect_app.domain.records import Notice  # noqa: E402
from inspect_app.notices.issue import (  # noqa: E402
    LEAD_FIELD,
    decision_content,
    issue_notice,
    local_now,
    sign_document,
)
from inspect_app.notices.rectification import render_decision  # noqa: E402
from inspect_app.notices.stamp_font import stamp_font_path  # noqa: E402
from inspect_app.storage import notices  # noqa: E402

SOURCES = ["exifpy_iphone6_gps_west.jpg", "exifpy_nokia_8_3_gps.jpg"]
PHOTOS = 12
RUNS = 5


def twelve_photos(fixtures: Path, out: Path) -> list[Path]:
    """Twelve distinct phone photos (same pixels, different bytes after the EOI marker)."""
    files = []
    for n in range(PHOTOS):
        source = fixtures / SOURCES[n % len(SOURCES)]
        target = out / f"phone-{n:02d}.jpg"
        target.write_bytes(source.read_bytes() + f"benchmark copy {n}".encode())
        files.append(target)
    return files


def main() -> None:
    fixtures = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "fixtures"
    fixtures = fixtures / "photos" if (fixtures / "photos").is_dir() else fixtures
    stamp_font_path()  # built once per machine (~20 s), not part of an issue
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        document_world.build(folder / "data", twelve_photos(fixtures, folder))
        world = document_world.open_world(folder / "data")
        store, lead = world.store, world.lead.id
        template = notices.get_notice(store, world.notice_id)
        totals, renders, signs, sizes = [], [], [], []
        for run in range(RUNS):
            draft = notices.create_draft(
                store,
                lead,
                template.agency_id,
                template.site_id,
                list(template.finding_ids),
                template.order_text,
                template.deadline,
            )
            t0 = time.perf_counter()
            result = issue_notice(store, lead, draft.id, world.lead_credential)
            totals.append(time.perf_counter() - t0)
            sizes.append(result.document.size_bytes)
            # The same work split in two, on the issued notice's content (not stored).
            numbered: Notice = result.notice
            content = decision_content(store, lead, numbered, local_now().date())
            t1 = time.perf_counter()
            rendered = render_decision(content)
            t2 = time.perf_counter()
            sign_document(
                store,
                lead,
                rendered,
                world.lead_credential,
                field=LEAD_FIELD,
                lock=True,
                stamp=None,
                reason="benchmark",
                location="benchmark",
            )
            t3 = time.perf_counter()
            renders.append(t2 - t1)
            signs.append(t3 - t2)
            print(f"run {run + 1}: issue {totals[-1]:.2f} s, {sizes[-1] / 1e6:.2f} MB")
        store.close()
    print(f"\ndecision with {PHOTOS} photos (8-9 MP originals), median of {RUNS}:")
    print(f"  render (reportlab)      {statistics.median(renders):6.2f} s")
    print(f"  sign (pyHanko PAdES)    {statistics.median(signs):6.2f} s")
    print(
        f"  render + sign           {statistics.median(renders) + statistics.median(signs):6.2f} s"
        "   (target < 2 s)"
    )
    print(
        f"  whole issue             {statistics.median(totals):6.2f} s"
        "   (checks, number, render, sign, store)"
    )
    print(f"  signed PDF size         {statistics.median(sizes) / 1e6:6.2f} MB   (target < 4 MB)")


if __name__ == "__main__":
    main()

"""Time a laptop's push of N ops + 10 real photos to a hub over HTTP on 127.0.0.1.

    .venv/bin/python benchmarks/hub_push.py [N] [FIXTURES_PHOTOS_DIR]

N defaults to 10 000. The hub runs in-process (uvicorn in a background thread, real HTTP on
the loopback interface, real SQLite stores with synchronous=FULL). Prints the setup time, then
the push time in seconds and ops/s, the photo bytes sent, and a second (no-op) push.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from inspect_app.domain.entities import new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client, replicas
from inspect_app.sync.hub import HubThread

PHOTOS = [
    "exifpy_gps_DSCN0010.jpg",
    "exifpy_gps_DSCN0012.jpg",
    "exifpy_gps_DSCN0021.jpg",
    "exifpy_gps_DSCN0025.jpg",
    "exifpy_gps_DSCN0027.jpg",
    "exifpy_iphone6_gps_west.jpg",
    "exifpy_nokia_8_3_gps.jpg",
    "recurser_Landscape_6.jpg",
    "recurser_Portrait_8.jpg",
    "pillow_truncated_jpeg.jpg",
]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folder = (
        Path(sys.argv[2])
        if len(sys.argv) > 2
        else (Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "photos")
    )
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        hub, laptop = Store.open(Path(tmp) / "hub"), Store.open(Path(tmp) / "laptop")
        agency = registry.add_agency(laptop, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(laptop, "张三", "51090012345", agency.id, "lead").id
        replicas.enroll(hub, None, laptop.replica_id, laptop.public_key, "laptop")
        replicas.enroll(laptop, lead, hub.replica_id, hub.public_key, "hub")
        site = registry.add_site(laptop, lead, "某某化工有限公司").id
        patrol = patrols.add_patrol(laptop, lead, "2026-11-30", "fujiang", [lead]).id
        finding = findings.add_finding(laptop, lead, patrol, "air", site, "扬尘").id
        imported = run_import(laptop, lead, finding, [folder / p for p in PHOTOS])
        photo_bytes = sum((folder / p.source.name).stat().st_size for p in imported.imported)
        fields = {"patrol_id": patrol, "site_id": site, "category": "air", "severity": "minor"}
        while (left := n - laptop.op_count()) > 0:  # findings, 1 000 per transaction
            laptop.write(
                [
                    Change(OpKind.CREATE, "finding", new_id(), {**fields, "status": "open"})
                    for _ in range(min(left, 1000))
                ],
                lead,
            )
        setup = time.perf_counter() - t0
        ops = laptop.op_count()
        print(f"setup: {ops} ops, {len(imported.imported)} photos in {setup:.1f} s")
        with HubThread(hub) as server:
            t1 = time.perf_counter()
            report = hub_client.push(laptop, server.url)
            took = time.perf_counter() - t1
            t2 = time.perf_counter()
            again = hub_client.push(laptop, server.url)
            noop = time.perf_counter() - t2
        print(
            f"push: {report['ops_sent']} ops + {report['photos_sent']} photos "
            f"({photo_bytes / 1e6:.1f} MB) in {took:.2f} s = {report['ops_sent'] / took:,.0f} ops/s"
            f"  ok={report['ok']} accepted={report['accepted']}"
        )
        print(f"second push (nothing new): {noop:.2f} s, accepted={again['accepted']}")
        print(f"hub now holds {hub.op_count()} ops")
        hub.close()
        laptop.close()


if __name__ == "__main__":
    main()

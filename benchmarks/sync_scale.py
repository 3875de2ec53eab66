"""Sync figures at 10k and 100k ops, side by side (issue 3 targets).

For each size N: a replica A holds N ops (findings and edits) and P photos; B enrols A.
Prints seconds for the full bundle export of A and its import into B, the bundle size, then
the incremental sync of 10 new ops into B (export --for B + import), which should stay
well under 0.5 s and roughly flat as the store grows.

    .venv/bin/python benchmarks/sync_scale.py [--sizes 10000 100000] [--photos 500]
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from pathlib import Path

from PIL import Image

from inspect_app.domain.entities import new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.findings import NewPhoto
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, replicas


def _photo_bytes(n: int) -> bytes:
    rng = random.Random(n)
    image = Image.new("RGB", (320, 240), (rng.randrange(256), rng.randrange(256), 90))
    image.putdata([(rng.randrange(256), x % 256, n % 256) for x in range(320 * 240)])
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def build(folder: Path, size: int, photos: int) -> tuple[Store, str, str]:
    store = Store.open(folder)
    agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
    site = registry.add_site(store, lead, "某某化工有限公司").id
    patrol = patrols.add_patrol(store, lead, "2026-05-01", "fujiang", [lead]).id
    batch: list[Change] = []
    ids: list[str] = []
    while store.op_count() + len(batch) < size:
        fid = new_id()
        ids.append(fid)
        batch.append(
            Change(
                OpKind.CREATE,
                "finding",
                fid,
                {
                    "patrol_id": patrol,
                    "site_id": site,
                    "category": "air",
                    "description": "扬尘",
                    "severity": "minor",
                    "status": "open",
                },
            )
        )
        if len(batch) >= 1000:
            store.write(batch, lead)
            batch = []
    if batch:
        store.write(batch, lead)
    blobs = store.blobs  # sealed under the data key in an encrypted folder
    for n in range(photos):
        sha, _ = blobs.put_bytes(_photo_bytes(n))
        findings.attach_photos(
            store,
            lead,
            ids[n % len(ids)],
            [NewPhoto(sha, {"width": 320, "height": 240, "format": "JPEG", "size_bytes": 1})],
        )
    return store, lead, patrol


def measure(size: int, photos: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a, lead, patrol = build(root / "A", size, photos)
        b = Store.open(root / "B")
        replicas.enroll(b, None, a.replica_id, a.public_key, "A")
        figures: dict[str, float] = {"ops": a.op_count()}
        t = time.perf_counter()
        made = bundle.export_bundle(a, root / "full.zip")
        figures["full export (s)"] = time.perf_counter() - t
        figures["bundle size (MB)"] = made.bytes / 1e6
        t = time.perf_counter()
        report = bundle.import_bundle(b, Path(made.path))
        figures["full import (s)"] = time.perf_counter() - t
        assert report.accepted == a.op_count() and report.photos_received == photos
        replicas.enroll(a, lead, b.replica_id, b.public_key, "B")
        bundle.import_bundle(a, Path(bundle.export_bundle(b, root / "back.zip").path))
        samples = []
        for round_ in range(5):
            for n in range(10):
                findings.add_finding(a, lead, patrol, "soil", None, f"新 {round_}-{n}")
            t = time.perf_counter()
            inc = bundle.export_bundle(a, root / f"inc{round_}.zip", b.replica_id)
            got = bundle.import_bundle(b, Path(inc.path))
            samples.append(time.perf_counter() - t)
            assert got.accepted >= 10, got  # (+ the enrolment of B on the first round)
        figures["incremental 10 ops (s)"] = sorted(samples)[len(samples) // 2]
        a.close()
        b.close()
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--photos", type=int, default=500)
    args = parser.parse_args()
    results = {size: measure(size, args.photos) for size in args.sizes}
    names = list(next(iter(results.values())))
    print(f"{'ops held by the sender':<26}" + "".join(f"{s:>14,}" for s in args.sizes))
    for name in names:
        print(f"{name:<26}" + "".join(f"{results[s][name]:>14.3f}" for s in args.sizes))


if __name__ == "__main__":
    main()

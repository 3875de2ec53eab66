"""Peak memory of importing a bundle with 2 GB of photos (issue 8 target: < 300 MB RSS).

A real office store gets N distinct photos (a real fixture JPEG followed by a unique tail)
attached to one finding, exports a bundle for a laptop, and the laptop imports it in a child
process. Prints the child's peak RSS (``getrusage(RUSAGE_CHILDREN).ru_maxrss``, taken in a
small stdlib-only parent so the benchmark's own memory is not counted, and the child's own
``VmHWM`` as a cross-check) beside the target, the same for a child that only opens the store
(the floor: interpreter, app modules, SQLite), and seconds.

    .venv/bin/python benchmarks/bundle_rss.py [--gb 2] [--photo-mb 8] [--dir /tmp]

Needs about three times ``--gb`` of free disk (the office's photos, the bundle, the laptop's
photos); everything is written under a temporary folder in ``--dir`` and removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 300
FIXTURE = (
    Path(
        os.environ.get(
            "INSPECT_APP_FIXTURES", Path(__file__).resolve().parents[2] / "shared" / "fixtures"
        )
    )
    / "photos"
)
PHOTO = "exifpy_gps_DSCN0010.jpg"


def _vm_hwm_kib() -> int:
    """Peak RSS of this process's own address space (Linux ``VmHWM``; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _child(store_dir: str, bundle_path: str) -> None:
    """Runs in the child: open the laptop's store, import (unless no bundle), report."""
    from inspect_app.storage.store import Store
    from inspect_app.sync import bundle

    store = Store.open(Path(store_dir))
    started = time.perf_counter()
    received = 0
    if bundle_path:
        received = bundle.import_bundle(store, Path(bundle_path)).photos_received
    seconds = time.perf_counter() - started
    store.close()
    print(json.dumps({"seconds": seconds, "photos": received, "vm_hwm_kib": _vm_hwm_kib()}))


def _measure(store_dir: str, bundle_path: str) -> None:
    """Runs in a small stdlib-only process: run the child, report its RUSAGE_CHILDREN peak.

    On Linux a child's ``ru_maxrss`` also counts the address space it was forked from, so
    the child is started from this small process, not from the benchmark that built 2 GB.
    """
    out = subprocess.run(
        [sys.executable, __file__, "--child", store_dir, bundle_path],
        check=True,
        capture_output=True,
        text=True,
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    report["children_kib"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(report))


def _run_child(store_dir: Path, bundle_path: Path | None) -> dict[str, float]:
    """Import (or only open the store, without a bundle) in a child; return its report."""
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(store_dir), str(bundle_path or "")],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _build(root: Path, total_bytes: int, photo_bytes: int) -> tuple[Path, Path, int, float]:
    """Office and laptop stores; office photos attached; the bundle exported for the laptop."""
    from inspect_app.photos.exif import read_facts
    from inspect_app.photos.importer import photo_fields
    from inspect_app.storage import findings, patrols, registry
    from inspect_app.storage.findings import NewPhoto
    from inspect_app.storage.store import Store
    from inspect_app.sync import bundle, replicas

    office = Store.open(root / "office")
    laptop = Store.open(root / "laptop")
    agency = registry.add_agency(office, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(office, "张三", "51090012345", agency.id, "lead").id
    replicas.enroll(office, lead, laptop.replica_id, laptop.public_key, "laptop")
    replicas.enroll(laptop, None, office.replica_id, office.public_key, "office")
    site = registry.add_site(office, lead, "某某化工有限公司").id
    patrol = patrols.add_patrol(office, lead, "2026-05-01", "fujiang", [lead]).id
    finding = findings.add_finding(office, lead, patrol, "air", site, "扬尘").id
    source = FIXTURE / PHOTO
    head, facts = source.read_bytes(), read_facts(source)
    noise = os.urandom(photo_bytes)  # shared filler; a unique counter makes every photo distinct
    blobs = office.blobs  # sealed under the data key in an encrypted folder
    count = max(1, total_bytes // photo_bytes)
    batch: list[NewPhoto] = []
    for i in range(count):
        tag = f"photo {i:08d} ".encode()
        data = head + tag + noise[: photo_bytes - len(head) - len(tag)]
        sha, _ = blobs.put_bytes(data)
        batch.append(NewPhoto(sha, photo_fields(facts, f"big-{i}.jpg", len(data))))
        if len(batch) == 32 or i == count - 1:
            findings.attach_photos(office, lead, finding, batch)
            batch = []
    started = time.perf_counter()
    made = bundle.export_bundle(office, root / "big.zip", laptop.replica_id)
    export_seconds = time.perf_counter() - started
    office.close()
    laptop.close()
    return root / "laptop", Path(made.path), count, export_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=2.0, help="photo bytes in the bundle, GB")
    parser.add_argument("--photo-mb", type=float, default=8.0, help="size of one photo, MB")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return
    if args.measure:
        _measure(*args.measure)
        return
    total = int(args.gb * 1e9)
    photo = int(args.photo_mb * 1e6)
    free = shutil.disk_usage(args.dir).free
    if free < 3 * total + 1e9:
        sys.exit(
            f"needs about {3 * total / 1e9 + 1:.1f} GB free in {args.dir}, has {free / 1e9:.1f}"
        )
    root = Path(tempfile.mkdtemp(prefix="bundle-rss-", dir=args.dir))
    try:
        started = time.perf_counter()
        laptop_dir, bundle_path, count, export_seconds = _build(root, total, photo)
        build_seconds = time.perf_counter() - started - export_seconds
        report = _run_child(laptop_dir, bundle_path)
        floor = _run_child(laptop_dir, None)
        assert report["photos"] == count, report
        size = bundle_path.stat().st_size
        print(
            f"bundle: {count} photos of {photo / 1e6:.1f} MB, {size / 1e9:.2f} GB on disk "
            f"(built in {build_seconds:.1f} s, exported and read back in {export_seconds:.1f} s)"
        )
        print(f"{'':<30}{'peak RSS MB':>12}{'VmHWM MB':>10}{'target MB':>11}{'seconds':>9}")
        for label, row, target in (
            ("open the store only (floor)", floor, ""),
            ("import the bundle", report, str(TARGET_MB)),
        ):
            rss, hwm = row["children_kib"] / 1024, row["vm_hwm_kib"] / 1024
            print(f"{label:<30}{rss:>12.0f}{hwm:>10.0f}{target:>11}{row['seconds']:>9.2f}", end="")
            if target:
                verdict = "ok" if rss < TARGET_MB else "OVER"
                print(f"  {verdict} ({size / 1e6 / row['seconds']:.0f} MB/s)", end="")
            print()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Sealed bundles vs clear bundles, side by side (issue 14: within 15 % of clear).

A sender holds N ops (findings) and P real fixture photos; two receivers are enrolled and have
sent their box keys. The same content is exported sealed (for the receiver) and clear
(``unsealed``), then each is read and verified (every check, no store change: the bundle's
own cost) and imported into a fresh receiver (``receive`` dominates). Rounds alternate the
order; the median is printed with the ratio sealed / clear and the 15 % target.

    INSPECT_APP_KDF_PROFILE=fast .venv/bin/python benchmarks/sealed_bundles.py \
        [--ops 10000] [--photos 20] [--rounds 3]

The stores are opened as the environment says (``INSPECT_APP_STORE_PASSPHRASE_FILE``: an
encrypted store; the sealing of a bundle does not depend on it).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fixture_photos import fixtures_root  # noqa: E402

from inspect_app.domain.entities import new_id  # noqa: E402
from inspect_app.domain.ops import Change, OpKind  # noqa: E402
from inspect_app.storage import findings, patrols, registry  # noqa: E402
from inspect_app.storage.findings import NewPhoto  # noqa: E402
from inspect_app.storage.store import Store  # noqa: E402
from inspect_app.sync import bundle, replicas  # noqa: E402

TARGET = 1.15


def _photos(count: int) -> list[bytes]:
    """``count`` distinct JPEGs from the real fixtures (a copy gets bytes after its EOI)."""
    real = sorted(
        p for p in (fixtures_root() / "photos").glob("*.jpg") if p.stat().st_size > 20_000
    )
    return [real[n % len(real)].read_bytes() + bytes(n // len(real)) for n in range(count)]


def build(folder: Path, size: int, photos: int) -> tuple[Store, str]:
    """A sender with ``size`` ops and ``photos`` photos attached to its findings."""
    store = Store.open(folder)
    agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
    site = registry.add_site(store, lead, "某某化工有限公司").id
    patrol = patrols.add_patrol(store, lead, "2026-05-01", "fujiang", [lead]).id
    ids: list[str] = []
    batch: list[Change] = []
    while store.op_count() + len(batch) < size - photos:
        ids.append(new_id())
        data = {"patrol_id": patrol, "site_id": site, "category": "air", "description": "扬尘"}
        batch.append(
            Change(
                OpKind.CREATE, "finding", ids[-1], data | {"severity": "minor", "status": "open"}
            )
        )
        if len(batch) >= 1000:
            store.write(batch, lead)
            batch = []
    if batch:
        store.write(batch, lead)
    for n, raw in enumerate(_photos(photos)):
        sha, _ = store.blobs.put_bytes(raw)
        meta = {"width": 640, "height": 480, "format": "JPEG", "size_bytes": len(raw)}
        findings.attach_photos(store, lead, ids[n % len(ids)], [NewPhoto(sha, meta)])
    return store, lead


def receiver(root: Path, name: str, sender: Store, lead: str) -> Store:
    """A fresh, enrolled receiver whose box key the sender knows."""
    store = Store.open(root / name)
    replicas.enroll(store, None, sender.replica_id, sender.public_key, "sender")
    replicas.enroll(sender, lead, store.replica_id, store.public_key, name)
    bundle.import_bundle(sender, Path(bundle.export_bundle(store, root / f"{name}.key").path))
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    times: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sender, lead = build(root / "sender", args.ops, args.photos)
        for run in range(args.rounds):
            order = ("sealed", "clear") if run % 2 == 0 else ("clear", "sealed")
            for kind in order:
                into = receiver(root, f"r{run}{kind}", sender, lead)
                t = time.perf_counter()
                made = bundle.export_bundle(
                    sender, root / f"{run}{kind}.bundle", into.replica_id, unsealed=kind == "clear"
                )
                times.setdefault(f"export {kind}", []).append(time.perf_counter() - t)
                sizes[kind] = made.bytes
                t = time.perf_counter()
                bundle.read_bundle(Path(made.path), None, into)  # every check, no store change
                times.setdefault(f"verify {kind}", []).append(time.perf_counter() - t)
                t = time.perf_counter()
                got = bundle.import_bundle(into, Path(made.path))
                times.setdefault(f"import {kind}", []).append(time.perf_counter() - t)
                assert got.photos_received == args.photos and not got.quarantined
                into.close()
        ops = sender.op_count()
        sender.close()
    print(f"bundle of {ops:,} ops + {args.photos} real photos, median of {args.rounds} rounds")
    print(f"{'':<10}{'clear (s)':>12}{'sealed (s)':>12}{'ratio':>8}{'target':>8}")
    for step in ("export", "verify", "import"):
        clear = statistics.median(times[f"{step} clear"])
        sealed = statistics.median(times[f"{step} sealed"])
        print(f"{step:<10}{clear:>12.3f}{sealed:>12.3f}{sealed / clear:>8.2f}{TARGET:>8.2f}")
    print(f"{'size MB':<10}{sizes['clear'] / 1e6:>12.2f}{sizes['sealed'] / 1e6:>12.2f}")


if __name__ == "__main__":
    main()

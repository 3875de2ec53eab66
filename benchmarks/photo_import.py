"""Per-photo import cost on the real fixture photos: EXIF facts, storing, derivatives.

    .venv/bin/python benchmarks/photo_import.py [FIXTURES_PHOTOS_DIR]

Prints milliseconds per stage (median of 5 runs, fresh stores) for a 0.3 MP camera photo,
an 8 MP iPhone photo and a 9 MP phone photo, in a clear store and in an encrypted one (the
original and the derivatives sealed under a data key, issue 14) side by side, with the
sealed store's cost against the target (within 15 % of clear, storing + derivatives). The
import's rate against the raw pipeline, on 1 and 2 worker processes, is
``benchmarks/photo_import_rate.py``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from inspect_app.photos.derivatives import Derivatives
from inspect_app.photos.exif import read_facts
from inspect_app.storage.blobs import BlobStore
from inspect_app.storage.protection.keyfile import DataKey

PHOTOS = ["exifpy_gps_DSCN0010.jpg", "exifpy_iphone6_gps_west.jpg", "exifpy_nokia_8_3_gps.jpg"]


def _run(folder: Path, name: str, key: DataKey | None) -> tuple[tuple[float, ...], str]:
    with tempfile.TemporaryDirectory() as tmp:
        blobs = BlobStore(Path(tmp) / "p", key)
        derived = Derivatives(Path(tmp) / "d", key)
        t0 = time.perf_counter()
        facts = read_facts(folder / name)
        t1 = time.perf_counter()
        sha, _ = blobs.put_file(folder / name)
        t2 = time.perf_counter()
        derived.ensure(sha, blobs.opener(sha))
        t3 = time.perf_counter()
    return (t1 - t0, t2 - t1, t3 - t2), f"{facts.width}x{facts.height}"


def _runs(folder: Path, name: str, key: DataKey) -> tuple[list[float], list[float], str]:
    """Median ms per stage, clear and sealed, of 9 runs each, interleaved (a shared, busy
    machine drifts: fsync times vary by ±10 ms; interleaving keeps the drift out of the ratio).
    """
    clear: list[tuple[float, ...]] = []
    sealed: list[tuple[float, ...]] = []
    pixels = ""
    for _ in range(9):
        one, pixels = _run(folder, name, None)
        clear.append(one)
        sealed.append(_run(folder, name, key)[0])

    def med(runs: list[tuple[float, ...]]) -> list[float]:
        return [statistics.median(r[i] for r in runs) * 1000 for i in range(3)]

    return med(clear), med(sealed), pixels


def main() -> None:
    folder = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else (Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "photos")
    )
    print(
        f"{'photo':<30}{'pixels':>12}{'facts ms':>10}{'store ms':>18}{'derived ms':>20}"
        f"{'sealed/clear':>14}{'target':>8}"
    )
    print(f"{'':<52}{'clear  sealed':>18}{'clear  sealed':>20}")
    key = DataKey.generate()
    for name in PHOTOS:
        clear, sealed, pixels = _runs(folder, name, key)
        ratio = (sealed[1] + sealed[2]) / (clear[1] + clear[2])
        verdict = "ok" if ratio <= 1.15 else "MISS"
        print(
            f"{name:<30}{pixels:>12}{clear[0]:>10.1f}{clear[1]:>10.1f}{sealed[1]:>8.1f}"
            f"{clear[2]:>12.1f}{sealed[2]:>8.1f}{ratio:>13.2f}x{'≤1.15 ' + verdict:>9}"
        )


if __name__ == "__main__":
    main()

"""Per-photo import cost on the real fixture photos: EXIF facts, storing, derivatives.

    .venv/bin/python benchmarks/photo_import.py [FIXTURES_PHOTOS_DIR]

Prints milliseconds per stage (median of 5 runs, fresh stores) for a 0.3 MP camera photo,
an 8 MP iPhone photo and a 9 MP phone photo. The import's rate against the raw pipeline, on
1 and 2 worker processes, is ``benchmarks/photo_import_rate.py``.
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

PHOTOS = ["exifpy_gps_DSCN0010.jpg", "exifpy_iphone6_gps_west.jpg", "exifpy_nokia_8_3_gps.jpg"]


def main() -> None:
    folder = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else (Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "photos")
    )
    print(f"{'photo':<30}{'pixels':>12}{'facts ms':>10}{'store ms':>10}{'derived ms':>12}")
    for name in PHOTOS:
        runs: list[tuple[float, float, float]] = []
        for _ in range(5):
            with tempfile.TemporaryDirectory() as tmp:
                blobs, derived = BlobStore(Path(tmp) / "p"), Derivatives(Path(tmp) / "d")
                t0 = time.perf_counter()
                facts = read_facts(folder / name)
                t1 = time.perf_counter()
                sha, _ = blobs.put_file(folder / name)
                t2 = time.perf_counter()
                derived.ensure(sha, blobs.path(sha))
                t3 = time.perf_counter()
                runs.append((t1 - t0, t2 - t1, t3 - t2))
        med = [statistics.median(r[i] for r in runs) * 1000 for i in range(3)]
        pixels = f"{facts.width}x{facts.height}"
        print(f"{name:<30}{pixels:>12}{med[0]:>10.1f}{med[1]:>10.1f}{med[2]:>12.1f}")


if __name__ == "__main__":
    main()

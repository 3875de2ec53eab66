"""The map at 10k and 100k located findings: the marker query and one paint (target: < 100 ms).

    .venv/bin/python benchmarks/map_scale.py [10000 100000]

Uses the stores of ``benchmarks/cold_start.py`` (built once, kept under /tmp; every finding
located, patrols of 50 within ~10 km of each other across Sichuan and Chongqing). For each
size, the real :class:`MapView` (offscreen, 1000 × 700, base map loaded) is shown at three
views — the whole region (zoom 7: every finding in view), a prefecture (zoom 10) and a town
(zoom 13) — and times, median of 9 runs, what a pan or zoom step costs on the GUI thread:
the bounded marker query (``findings_in_box`` + ``sites_in_box``, at most ``MARKER_LIMIT``
markers, on the ``finding_position`` index) and one full paint (tiles, vectors, markers, scale bar).
Both sizes are printed side by side with the 100 ms no-stall target.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import cold_start  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from inspect_app.paths import resource  # noqa: E402
from inspect_app.storage.database import open_database  # noqa: E402
from inspect_app.storage.map_layers import findings_in_box, read_geojson, sites_in_box  # noqa: E402
from inspect_app.ui.widgets.map.view import MARKER_LIMIT, MapView  # noqa: E402

TARGET_MS = 100.0
VIEWS = {
    "region z7": (105.5, 30.0, 7),
    "prefecture z10": (105.6, 30.5, 10),
    "town z13": (105.6, 30.5, 13),
}


def _median_ms(action, runs: int = 9) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(total: int) -> dict[str, tuple[float, float, int]]:
    """View name → (query ms, paint ms, markers) for a store of ``total`` findings."""
    folder = cold_start.cached_store(total, 0)
    db = open_database(folder / "inspect.sqlite3")
    conn = db.conn
    view = MapView()
    view.resize(1000, 700)
    view.set_base_layer(read_geojson(resource("map", "base.geojson")))
    view.set_points_source(
        lambda box: (
            findings_in_box(conn, box, MARKER_LIMIT),
            sites_in_box(conn, box, MARKER_LIMIT),
        )
    )
    image = QImage(1000, 700, QImage.Format.Format_ARGB32_Premultiplied)
    results = {}
    for name, (lon, lat, zoom) in VIEWS.items():
        view.set_view(lon, lat, zoom)
        query = _median_ms(view.reload_points)

        def paint() -> None:
            view.render(image)

        results[name] = (query, _median_ms(paint), len(view.findings))
    db.close()
    return results


def main() -> None:
    """Print the figures of each size side by side."""
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    QApplication.instance() or QApplication([])
    figures = {size: measure(size) for size in sizes}
    head = "".join(f"  {f'{s:,} findings':>40}" for s in sizes)
    print(f"{'view':<16}{head}   target")
    for name in VIEWS:
        cells = ""
        for size in sizes:
            query, paint, markers = figures[size][name]
            cells += (
                "  " + f"{f'query {query:5.1f} + paint {paint:5.1f} ms ({markers:,} shown)':>40}"
            )
        print(f"{name:<16}{cells}   < {TARGET_MS:.0f} ms")


if __name__ == "__main__":
    main()

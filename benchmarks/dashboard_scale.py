"""The lead's dashboard at 10k and 100k findings: refresh time and the longest GUI stall.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/dashboard_scale.py [10000 100000]

Builds one store growing to each size through the one write path, with the data of
``benchmarks/search_scale.py`` (13 basins, 14 categories, 3 severities, 4 statuses, 10
officers, 2,000 parties, a notice naming every 20th finding, a third of them issued with a
past deadline). Then measures:

* ``compute`` — :func:`inspect_app.storage.dashboard.dashboard` on the store's connection,
  median of 5 (what a refresh costs off the GUI thread);
* ``refresh`` — a real :class:`~inspect_app.ui.widgets.dashboard.DashboardView` asked to
  refresh, from the ask to the figures shown (own read-only connection on a pool thread,
  then the buttons built on the GUI thread), median of 5;
* ``longest stall`` — the longest gap between two ticks of a 5 ms timer on the GUI thread
  during those refreshes (target: never more than 100 ms).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from search_scale import _grow, _setup  # noqa: E402

from inspect_app.storage.dashboard import dashboard  # noqa: E402
from inspect_app.storage.store import Store  # noqa: E402

STALL_TARGET_MS = 100.0
RUNS = 5


def _gui_figures(data_dir: Path) -> tuple[float, float]:
    """Median refresh (ask → shown) and the longest GUI-thread stall, in ms."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from inspect_app.ui.context import UiContext
    from inspect_app.ui.events import AppEvents
    from inspect_app.ui.tasks import TaskManager
    from inspect_app.ui.widgets.dashboard import DashboardView

    app = QApplication.instance() or QApplication([])
    store = Store.open(data_dir)
    events = AppEvents()
    tasks = TaskManager(data_dir)
    view = DashboardView(UiContext(store, tasks, events))
    view.resize(1366, 700)
    view.show()
    clock = QElapsedTimer()
    longest = [0.0]
    last = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    while view.figures is None or view.loading:  # the refresh that showing the view asked for
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    times = []
    for _ in range(RUNS + 1):  # the first refresh is not counted (caches warm up)
        loop = QEventLoop()
        view.refreshed.connect(loop.quit)
        clock.start()
        last[0] = 0.0
        timer.start()
        t0 = time.perf_counter()
        view.refresh()
        loop.exec()
        times.append((time.perf_counter() - t0) * 1000)
        view.refreshed.disconnect(loop.quit)
        timer.stop()
        app.processEvents()
    while view.loading:  # a refresh asked for while one ran: let it finish before closing
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    QThreadPool.globalInstance().waitForDone()
    tasks.shutdown()
    view.close()
    store.close()
    return statistics.median(times[1:]), longest[0]


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    rng = random.Random(11)
    rows: list[tuple[int, float, float, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        store = Store.open(data_dir)
        setup = _setup(store, rng)
        held = 0
        for size in sizes:
            t0 = time.perf_counter()
            _grow(store, rng, setup, held, size)
            print(f"built {size:,} findings (+{size - held:,} in {time.perf_counter() - t0:.0f} s)")
            held = size
            today = date.today()
            compute = []
            for _ in range(RUNS):
                t1 = time.perf_counter()
                figures = dashboard(store, today)
                compute.append((time.perf_counter() - t1) * 1000)
            print(
                f"  open {figures.open_findings.count:,}, overdue {figures.overdue.count:,}, "
                f"no notice after {figures.no_notice_days} d {figures.no_notice.count:,}"
            )
            refresh, stall = _gui_figures(data_dir)
            rows.append((size, statistics.median(compute), refresh, stall))
        store.close()
    print(f"\n{'findings':>10}{'compute ms':>14}{'refresh ms':>14}{'longest stall ms':>20}")
    for size, compute_ms, refresh_ms, stall_ms in rows:
        verdict = "ok" if stall_ms <= STALL_TARGET_MS else "STALL"
        print(
            f"{size:>10,}{compute_ms:>14.1f}{refresh_ms:>14.1f}{stall_ms:>20.1f}"
            f"   (target ≤ {STALL_TARGET_MS:.0f}) {verdict}"
        )


if __name__ == "__main__":
    main()

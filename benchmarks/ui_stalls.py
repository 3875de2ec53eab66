"""The longest event-loop stall of the real window, and its cold start, at 10k and 100k findings.

    .venv/bin/python benchmarks/ui_stalls.py [--sizes 10000 100000] [--runs 3]

For each size a store is built once and kept under /tmp (``benchmarks/cold_start.py``'s
builder: half the findings in the newest patrol, the rest in patrols of 50; rebuilt when the
storage code changes). Then, in a fresh process per size, the real main window is opened
offscreen (zh_CN) and driven like a user while a stall monitor runs: a 10 ms precise timer
whose lateness is how long the GUI thread could not answer (a click, a key, a repaint).

The actions are those the window has when this runs; a part of the window that does not
exist (yet) is reported as skipped, not failed:

- the work deferred until the first paint (the window shown, still loading);
- select patrols (the big one, small ones, back) — the patrol list;
- scroll the findings: scroll bar steps, PageDown, Ctrl+End/Ctrl+Home;
- sort by each header;
- switch tabs (each tab of the window);
- search: type Chinese words into the search box (keystroke by keystroke), then clear;
- filter: each filter choice of the filter panel, each check box, then reset;
- map: pan by dragging and zoom by the wheel, on the map view;
- dashboard: refresh the lead's overview.

Printed: per action the longest stall at each size, the overall longest against the 100 ms
target, and the cold start (``.venv/bin/python main.py`` to the first paint, median of
``--runs``; the patrol opened at start holds half the findings) against 0.5 s. ``--profile``
adds, per action, the functions that took the GUI thread's time (cProfile, own time).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import cold_start  # noqa: E402  (benchmarks/cold_start.py: the store builder and start timer)

TARGET_STALL_MS = 100.0
TARGET_START_S = cold_start.TARGET_START_S
TICK_MS = 10


# -- the child: one window, driven ----------------------------------------------------------
def drive(data_dir: Path, profile: bool = False) -> dict[str, object]:
    """Open the window on ``data_dir``, run every action found; return stalls per action."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import (
        QElapsedTimer,
        QEvent,
        QEventLoop,
        QPoint,
        QPointF,
        QSettings,
        Qt,
        QTimer,
    )
    from PySide6.QtGui import QKeyEvent, QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QCheckBox,
        QComboBox,
        QWidget,
    )

    from inspect_app.storage.store import Store
    from inspect_app.ui.first_paint import after_first_paint
    from inspect_app.ui.i18n import CHINESE, Translations
    from inspect_app.ui.main import install_cjk_font
    from inspect_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_cjk_font(app)
    scratch = Path(tempfile.mkdtemp(prefix="inspect-stalls-"))
    translations = Translations(QSettings(str(scratch / "ui.ini"), QSettings.Format.IniFormat))
    translations.apply(CHINESE)
    store = Store.open(data_dir)
    clock = QElapsedTimer()
    clock.start()
    window = MainWindow(store, translations)
    window.resize(1366, 768)
    window.show()
    window.start()

    class Monitor:
        """A 10 ms timer; each tick's lateness is a stall of the current action."""

        def __init__(self) -> None:
            self.label = "after the first paint"
            self.worst: dict[str, float] = {}
            self.last = clock.nsecsElapsed()
            self.timer = QTimer()
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self.tick)
            self.timer.start()

        def tick(self) -> None:
            now = clock.nsecsElapsed()
            late = max(0.0, (now - self.last) / 1e6 - TICK_MS)
            self.last = now
            self.worst[self.label] = max(self.worst.get(self.label, 0.0), late)

        def during(self, label: str) -> None:
            self.tick()  # what came before is not this action's
            self.label = label

    painted: list[float] = []
    monitors: list[Monitor] = []

    def on_first_paint() -> None:  # before the work deferred until the first paint
        painted.append(clock.nsecsElapsed() / 1e6)
        monitors.append(Monitor())

    after_first_paint(window, on_first_paint, first=True)

    def pump(ms: int) -> None:
        """Run the event loop for ``ms`` (the monitor keeps ticking)."""
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(limit_ms: int = 30_000, quiet_ms: int = 150) -> None:
        """Run the event loop until no background task has run for ``quiet_ms``."""
        waited = quiet = 0
        while waited < limit_ms and quiet < quiet_ms:
            pump(25)
            waited += 25
            quiet = 0 if window.context.tasks.busy() else quiet + 25

    def find(class_name: str) -> list[QWidget]:
        return [w for w in window.findChildren(QWidget) if type(w).__name__ == class_name]

    def reveal(widget: QWidget) -> None:
        """Make ``widget`` visible: its tab current, its dock shown."""
        parent = widget
        while parent is not None:
            if type(parent).__name__ == "QDockWidget" or hasattr(parent, "toggleViewAction"):
                parent.show()
            index = window.tabs.indexOf(parent)
            if index >= 0:
                window.tabs.setCurrentIndex(index)
            parent = parent.parentWidget()

    skipped: list[str] = []
    monitor: Monitor | None = None

    def act(label: str, steps: Callable[[], None]) -> None:
        assert monitor is not None
        monitor.during(label)
        if not profile:
            steps()
            settle()
            return
        import cProfile
        import io
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(lambda: (steps(), settle()))
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
        print(
            f"== {label}: longest stall {monitor.worst.get(label, 0):.0f} ms\n"
            + out.getvalue().split("filename:lineno(function)")[-1],
            file=sys.stderr,
        )

    while not painted:
        pump(10)
    settle()  # the work deferred until the first paint (its stalls: "after the first paint")
    monitor = monitors[0]

    # -- patrols --------------------------------------------------------------------------
    window.show_tab(0)
    rows = window.patrols.rowCount()

    def select_patrols() -> None:
        for row in [0, 1, 2, rows // 2, rows - 1, 0]:
            if 0 <= row < rows:
                window.select_patrol(window.patrols.patrol_id(row))
                settle()

    act("select patrols", select_patrols)

    # -- scrolling ------------------------------------------------------------------------
    view = window.finding_view

    def scroll() -> None:
        bar = view.verticalScrollBar()
        for step in range(21):
            bar.setValue(bar.maximum() * step // 20)
            pump(20)
        view.setFocus()
        if window.findings.rowCount():
            view.setCurrentIndex(window.findings.index(0, 0))
        for _ in range(15):
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            pump(20)
        QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        settle()
        QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)

    act("scroll findings", scroll)

    # -- sorting --------------------------------------------------------------------------
    header = view.horizontalHeader()
    if view.isSortingEnabled() or header.sectionsClickable():

        def sort() -> None:
            for logical in range(header.count()):
                if header.isSectionHidden(logical):
                    continue
                x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
                for _ in range(2):  # ascending, then descending
                    QTest.mouseClick(
                        header.viewport(),
                        Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier,
                        QPoint(x, header.height() // 2),
                    )
                    settle()

        act("sort by header", sort)
    else:
        skipped.append("sort by header (headers not clickable)")

    # -- tabs -----------------------------------------------------------------------------
    def tabs() -> None:
        for index in [*range(window.tabs.count()), 0]:
            window.tabs.setCurrentIndex(index)
            settle()

    act("switch tabs", tabs)

    # -- search and filters ---------------------------------------------------------------
    bars = find("FindingSearchBar")
    if bars:
        bar = bars[0]
        edit = bar.search_edit

        def search() -> None:
            for words in ("排污口", "涪江", "遂宁 化工", "危险废物贮存"):
                edit.setFocus()
                edit.selectAll()
                for char in words:  # typed one by one (an input method commits each)
                    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                        key = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                        QApplication.sendEvent(edit, key)
                    pump(40)
                settle()
                QTest.keyClick(edit, Qt.Key.Key_Return)
                settle()
            bar.clear()

        act("search", search)
        panel = getattr(bar, "panel", None)
        if panel is not None:

            def filters() -> None:
                toggle = getattr(bar, "filters_button", None)
                if isinstance(toggle, QAbstractButton):
                    toggle.setChecked(True)
                    settle()
                for combo in panel.findChildren(QComboBox):
                    for index in (1, min(2, combo.count() - 1), 0):
                        if 0 <= index < combo.count():
                            combo.setCurrentIndex(index)
                            combo.activated.emit(index)  # as a user's choice
                            settle()
                for box in panel.findChildren(QCheckBox):
                    box.click()
                    settle()
                    box.click()
                    settle()
                bar.clear()

            act("filter", filters)
        else:
            skipped.append("filter (no filter panel)")
    else:
        skipped.append("search, filter (no FindingSearchBar)")

    # -- map --------------------------------------------------------------------------------
    maps = find("MapView")
    if maps:
        map_view = maps[0]
        reveal(map_view)
        settle()

        def pan_and_zoom() -> None:
            centre = map_view.rect().center()
            for round_trip in range(3):
                QTest.mousePress(
                    map_view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
                )
                for k in range(1, 16):
                    d = k * 12 * (1 if round_trip % 2 == 0 else -1)
                    QTest.mouseMove(map_view, centre + QPoint(d, d // 2))
                    pump(16)
                QTest.mouseRelease(
                    map_view,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                    centre + QPoint(15 * 12, 90),
                )
                settle()
            for delta in [120] * 5 + [-120] * 5:
                pos = QPointF(centre)
                event = QWheelEvent(
                    pos,
                    QPointF(map_view.mapToGlobal(centre)),
                    QPoint(0, 0),
                    QPoint(0, delta),
                    Qt.MouseButton.NoButton,
                    Qt.KeyboardModifier.NoModifier,
                    Qt.ScrollPhase.NoScrollPhase,
                    False,
                )
                QApplication.sendEvent(map_view, event)
                pump(30)

        act("map pan and zoom", pan_and_zoom)
    else:
        skipped.append("map pan and zoom (no MapView)")

    # -- dashboard --------------------------------------------------------------------------
    boards = find("DashboardView")
    if boards:
        board = boards[0]
        reveal(board)
        settle()

        def refresh() -> None:
            for _ in range(3):
                board.refresh()
                settle()

        act("dashboard refresh", refresh)
    else:
        skipped.append("dashboard refresh (no DashboardView)")

    monitor.during("end")
    monitor.timer.stop()
    window.close()
    store.close()
    worst = {k: v for k, v in monitor.worst.items() if k != "end"}
    return {"first_paint_ms": painted[0], "worst": worst, "skipped": skipped}


# -- the parent: stores, children, the table -------------------------------------------------
def run_child(data_dir: Path, profile: bool = False) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "PYTHONDONTWRITEBYTECODE")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="zh_CN.UTF-8",
        PYTHONPYCACHEPREFIX=str(cold_start.CACHE / "pycache"),
    )
    done = subprocess.run(
        [
            str(cold_start.PYTHON),
            str(Path(__file__).resolve()),
            "--child",
            str(data_dir),
            *(["--profile"] if profile else []),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=1800,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"the driven window failed:\n{done.stderr[-4000:]}")
    if profile:
        print(done.stderr, file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="cold starts per size (median)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="print each action's costliest functions (cProfile, own time)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sys.path.insert(0, str(ROOT))
        print(json.dumps(drive(args.child, args.profile)))
        return
    stores = {size: cold_start.cached_store(size, size // 2) for size in args.sizes}
    results = {}
    starts: dict[int, list[float]] = {}
    for size, folder in stores.items():
        cold_start.time_to_window(folder)  # untimed: bytecode, page cache
        starts[size] = [cold_start.time_to_window(folder) for _ in range(args.runs)]
        started = time.perf_counter()
        results[size] = run_child(folder, args.profile)
        print(f"  {size:,}: driven in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    labels: list[str] = []
    for result in results.values():
        labels += [k for k in result["worst"] if k not in labels]  # type: ignore[union-attr]
    sizes = args.sizes
    print("longest event-loop stall per action (ms; 10 ms timer's lateness; offscreen, zh_CN)")
    print(f"  {'findings':<22}" + "".join(f"{s:>12,}" for s in sizes) + f"{'target':>10}")
    for label in labels:
        cells = "".join(
            f"{results[s]['worst'].get(label, float('nan')):>12.0f}"
            for s in sizes  # type: ignore[union-attr]
        )
        print(f"  {label:<22}{cells}{TARGET_STALL_MS:>10.0f}")
    print()
    print("side by side with the targets")
    print(f"  {'findings':<34}" + "".join(f"{s:>12,}" for s in sizes) + f"{'target':>10}")
    overall = {
        s: max(results[s]["worst"].values())  # type: ignore[union-attr]
        for s in sizes
    }
    print(
        f"  {'longest stall, any action (ms)':<34}"
        + "".join(f"{overall[s]:>12.0f}" for s in sizes)
        + f"{TARGET_STALL_MS:>10.0f}"
    )
    print(
        f"  {'cold start to first paint (s)':<34}"
        + "".join(f"{statistics.median(starts[s]):>12.2f}" for s in sizes)
        + f"{TARGET_START_S:>10.2f}"
    )
    print(
        f"  {'window built → first paint (ms)':<34}"
        + "".join(f"{results[s]['first_paint_ms']:>12.0f}" for s in sizes)
        + f"{'':>10}"
    )
    print(f"  (load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    skipped = {item for r in results.values() for item in r["skipped"]}  # type: ignore[union-attr]
    for item in sorted(skipped):
        print(f"  skipped: {item}")


if __name__ == "__main__":
    main()

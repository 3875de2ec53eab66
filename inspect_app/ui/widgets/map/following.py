"""The map follows the findings list: "Fit findings" (Ctrl+0), and no list change loses them.

A mixin of :class:`~inspect_app.ui.widgets.map.panel.MapPanel`; its texts are translated in
the panel's context, ``MapPanel``. The window passes the list's query after each load
(:meth:`FollowingMixin.set_list_query`); the extent of its located findings is read off the
GUI thread with the list's own filter (``storage.map_layers.findings_extent``). A fit asked
for before the user moved the map is dropped: the map never jumps away from where they
looked.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget

from inspect_app.storage.map_layers import BBox, findings_extent
from inspect_app.storage.search import FindingQuery

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance

    from inspect_app.storage.store import Store
    from inspect_app.ui.widgets.map.view import MapView


def _same_rows(a: FindingQuery | None, b: FindingQuery | None) -> bool:
    """True when two list queries select the same findings (only the order differs)."""
    if a is None or b is None:
        return a is b
    return replace(a, sort=b.sort, descending=b.descending) == b


def _meets(a: BBox, b: BBox) -> bool:
    """True when two (min_lat, min_lon, max_lat, max_lon) boxes overlap."""
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


class FollowingMixin:
    """The list's query, fitting the view to it, and moving to it when it is out of sight."""

    view: MapView
    list_query: FindingQuery | None
    fitted: SignalInstance
    _loaded: bool
    _moves: int

    if TYPE_CHECKING:

        def parentWidget(self) -> Any:  # noqa: N802
            """Provided by QWidget."""

        def load_now(self) -> None:
            """Provided by the panel."""

        def _show_hint(self, text: str | None = None) -> None:
            """Provided by the panel."""

        def _update_actions(self) -> None:
            """Provided by the panel."""

        def _read(
            self, job: Callable[[Store], Any], done: Callable[[Any], None], failed: Any = None
        ) -> None:
            """Provided by the panel."""

    def set_list_query(self, query: FindingQuery | None) -> None:
        """What the findings list shows now (None: nothing); the window calls it on each load.

        A box the list no longer filters by is taken off the map. When the list now selects
        other findings and none of them is in view, the view moves to them (a box drawn here
        is in view already; a move of the map since then cancels it).
        """
        previous, self.list_query = self.list_query, query
        box = query.bbox if query is not None else None
        if self.view.box != box:  # the map shows the box the list filters by, and no other
            self.view.set_box(box)
        self._update_actions()
        if query is None or query.bbox is not None or _same_rows(previous, query):
            return
        if self._loaded:
            self._fit_when_lost(query)

    def fit_findings(self) -> None:
        """Fit the view to the located findings the list shows (all of them without a list).

        Opens the map dock first when it is closed. The extent is read in the background;
        :attr:`fitted` is emitted once the view moved. Nothing moves when none of them is
        located (the status line says so).
        """
        dock = self.parentWidget()
        if isinstance(dock, QDockWidget) and dock.isHidden():  # Ctrl+0 with the map closed
            dock.toggleViewAction().trigger()  # as View ▸ Map: the user's choice, remembered
        self.load_now()
        query = self.list_query or FindingQuery()
        moves = self._moves

        def done(extent: object) -> None:
            if extent is None:
                self._show_hint(
                    QCoreApplication.translate(
                        "MapPanel", "None of the listed findings has a location."
                    )
                )
                return
            if moves == self._moves:  # the user did not move the map meanwhile
                self._fit(extent)  # type: ignore[arg-type]

        self._read(lambda store: findings_extent(store, query), done)

    def _fit_when_lost(self, query: FindingQuery) -> None:
        """Move to the findings of ``query`` when none of them is in view (read off-thread)."""
        moves = self._moves

        def done(extent: object) -> None:
            if extent is None or moves != self._moves or query != self.list_query:
                return
            if not _meets(extent, self.view.visible_bbox()):  # type: ignore[arg-type]
                self._fit(extent)  # type: ignore[arg-type]

        self._read(lambda store: findings_extent(store, query), done)

    def _fit(self, extent: BBox) -> None:
        min_lat, min_lon, max_lat, max_lon = extent
        self.view.fit(min_lon, min_lat, max_lon, max_lat)
        self.fitted.emit()

    def _on_view_changed(self) -> None:
        self._moves += 1

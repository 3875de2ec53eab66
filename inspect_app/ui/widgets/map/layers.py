"""The office layers of the map panel: add, remove, show, GCJ-02, remembered in QSettings.

A mixin of :class:`~inspect_app.ui.widgets.map.panel.MapPanel` (it uses the panel's
``view``, ``layers``, ``layers_menu``, ``_context`` and ``layers_changed``); its texts are
translated in the panel's context, ``MapPanel``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from inspect_app.domain.errors import InspectError
from inspect_app.ui.core_messages import error_text, not_done
from inspect_app.ui.widgets.map.loading import LayerRead, read_layer
from inspect_app.ui.widgets.messages import show_error

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QMenu

    from inspect_app.ui.context import UiContext
    from inspect_app.ui.widgets.map.view import MapView

LAYERS_KEY = "map/layers"
"""QSettings key: JSON list of ``{"path", "gcj02", "visible"}`` (the office layers)."""


class LayersMixin:
    """Office layers: ``layers`` holds ``{"path", "gcj02", "visible", "kind", "index"}``."""

    view: MapView
    layers: list[dict[str, Any]]
    layers_menu: QMenu
    message_box: QMessageBox | None
    layers_changed: SignalInstance
    _context: UiContext

    if TYPE_CHECKING:

        def load_now(self) -> None:
            """Provided by the panel."""

    def add_layer(self, path: Path, gcj02: bool = False, visible: bool = True) -> bool:
        """Add an office layer file (MBTiles, GeoPackage, GeoJSON) and remember it.

        Read on the GUI thread (one file the user just chose; the remembered layers are read
        in the background at start-up). Returns False (and says why) when the file cannot
        be used.
        """
        self.load_now()
        try:
            read = read_layer(Path(path), gcj02, visible)
        except InspectError as exc:
            self.message_box = show_error(self, not_done(error_text(exc)))  # type: ignore[arg-type]
            return False
        self.install_layer(read)
        self._save_layers()
        self.layers_changed.emit()
        return True

    def install_layer(self, read: LayerRead) -> None:
        """Put a layer read by :func:`read_layer` on the map (GUI thread; cheap)."""
        entry = dict(read.entry)
        if entry["kind"] == "tiles":
            entry["index"] = self.view.add_tile_layer(read.layer)
            self.view.rasters[entry["index"]].visible = bool(entry["visible"])
        else:
            entry["index"] = self.view.add_vector_layer(read.layer)
            self.view.vectors[entry["index"]].visible = bool(entry["visible"])
        self.layers.append(entry)

    def remove_layer(self, position: int) -> None:
        """Forget the office layer at ``position`` in :attr:`layers`."""
        entry = self.layers.pop(position)
        if entry["kind"] == "tiles":
            self.view.remove_tile_layer(entry["index"])
        else:
            self.view.remove_vector_layer(entry["index"])
        for other in self.layers:
            if other["kind"] == entry["kind"] and other["index"] > entry["index"]:
                other["index"] -= 1
        self._save_layers()
        self.layers_changed.emit()

    def set_layer_visible(self, position: int, visible: bool) -> None:
        """Show or hide an office layer."""
        entry = self.layers[position]
        entry["visible"] = visible
        target: Any = self.view.rasters if entry["kind"] == "tiles" else self.view.vectors
        target[entry["index"]].visible = visible
        self.view.update()
        self._save_layers()
        self.layers_changed.emit()

    def set_layer_gcj02(self, position: int, gcj02: bool) -> None:
        """Read a vector layer again, converting GCJ-02 → WGS84 or not."""
        entry = self.layers[position]
        self.remove_layer(position)
        self.add_layer(Path(entry["path"]), gcj02=gcj02, visible=entry["visible"])

    def choose_layer(self) -> None:
        """Ask for a layer file (Layers ▸ Add map layer…)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("MapPanel", "Add map layer"),
            str(Path.home()),
            QCoreApplication.translate(
                "MapPanel", "Map layers (*.mbtiles *.gpkg *.geojson *.json)"
            ),
        )
        if name:
            self.add_layer(Path(name))

    def saved_layers(self) -> list[dict[str, Any]]:
        """The remembered layers, ``{"path", "gcj02", "visible"}`` each (none without settings)."""
        settings = self._context.settings
        if settings is None:
            return []
        try:
            saved = json.loads(str(settings.value(LAYERS_KEY, "[]") or "[]"))
        except ValueError:
            return []
        return [e for e in saved if isinstance(e, dict)] if isinstance(saved, list) else []

    def _save_layers(self) -> None:
        settings = self._context.settings
        if settings is None:
            return
        saved = [{k: e[k] for k in ("path", "gcj02", "visible")} for e in self.layers]
        settings.setValue(LAYERS_KEY, json.dumps(saved, ensure_ascii=False))

    def _fill_layers_menu(self) -> None:
        menu = self.layers_menu
        menu.clear()
        menu.addAction(self.add_layer_action)  # type: ignore[attr-defined]
        if self.layers:
            menu.addSeparator()
        for position, entry in enumerate(self.layers):
            sub = menu.addMenu(Path(entry["path"]).name)
            shown = sub.addAction(QCoreApplication.translate("MapPanel", "Show"))
            shown.setCheckable(True)
            shown.setChecked(entry["visible"])
            shown.toggled.connect(lambda on, p=position: self.set_layer_visible(p, on))
            if entry["kind"] == "vector":
                gcj = sub.addAction(
                    QCoreApplication.translate(
                        "MapPanel", "Coordinates are GCJ-02 (convert to WGS84)"
                    )
                )
                gcj.setCheckable(True)
                gcj.setChecked(entry["gcj02"])
                gcj.toggled.connect(lambda on, p=position: self.set_layer_gcj02(p, on))
            remove = sub.addAction(QCoreApplication.translate("MapPanel", "Remove"))
            remove.triggered.connect(lambda _c=False, p=position: self.remove_layer(p))

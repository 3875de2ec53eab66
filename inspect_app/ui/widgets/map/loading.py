"""What the map reads off the GUI thread: the base map, the office layers, the clusters.

:func:`read_map_data` runs as one background job (``ui/tasks.py``) after the window's first
paint; the GUI thread only installs its result (:class:`MapData`), so neither parsing the
bundled base map (~0.1 s) nor reading office layers nor scanning the findings for the
clusters ever blocks it. Everything here is safe on a worker thread: no QObject is made
(``QPolygonF`` is a plain value).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspect_app.domain.errors import InspectError, StoreError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.paths import resource
from inspect_app.storage.map_layers import MBTiles, located_findings, read_geojson, read_vector
from inspect_app.storage.store import Store
from inspect_app.ui.widgets.map.clusters import ClusterIndex
from inspect_app.ui.widgets.map.mercator import to_unit
from inspect_app.ui.widgets.map.view import prepare_vector

log = logging.getLogger(__name__)

TILE_SUFFIXES = {".mbtiles"}
VECTOR_SUFFIXES = {".gpkg", ".geojson", ".json"}


@dataclass
class LayerRead:
    """One office layer as read: its settings entry and the layer (MBTiles or prepared vector).

    ``entry`` is ``{"path", "gcj02", "visible", "kind"}`` with ``kind`` ``tiles`` or ``vector``.
    """

    entry: dict[str, Any]
    layer: Any


@dataclass
class MapData:
    """Everything :func:`read_map_data` read: installed by the panel on the GUI thread.

    Attributes:
        base: the bundled base map, prepared (None when it cannot be read: logged).
        layers: the remembered office layers that could be read, in their order.
        clusters: the grid clusters of every located finding.
    """

    base: Any | None
    layers: list[LayerRead] = field(default_factory=list)
    clusters: ClusterIndex | None = None


def read_layer(path: Path, gcj02: bool = False, visible: bool = True) -> LayerRead:
    """Read one office layer file (MBTiles, GeoPackage, GeoJSON), ready to install.

    Raises:
        StoreError: unreadable, another coordinate system, or GCJ-02 raster tiles (which
            cannot be corrected tile by tile: ``map.tiles_offset_datum``).
    """
    path = Path(path)
    entry: dict[str, Any] = {"path": str(path), "gcj02": gcj02, "visible": visible}
    if path.suffix.lower() in TILE_SUFFIXES:
        if gcj02:
            raise StoreError(StoreMsg.MAP_TILES_OFFSET_DATUM(path=path))
        entry["kind"] = "tiles"
        return LayerRead(entry, MBTiles(path))
    entry["kind"] = "vector"
    return LayerRead(entry, prepare_vector(read_vector(path, gcj02=gcj02)))


def build_clusters(store: Store) -> ClusterIndex:
    """The clusters of every live located finding (one scan of the findings)."""
    return ClusterIndex(
        (finding_id, *to_unit(lon, lat)) for finding_id, lat, lon in located_findings(store.db.conn)
    )


def read_map_data(store: Store, saved: list[dict[str, Any]]) -> MapData:
    """Read the base map, the saved office layers and the clusters (on a worker thread).

    Args:
        store: a store with the worker's own connection.
        saved: the remembered layers, ``{"path", "gcj02", "visible"}`` each; a file that is
            gone or unreadable is left out (and logged), so it is forgotten when saved again.
    """
    base = None
    path = resource("map", "base.geojson")
    try:
        base = prepare_vector(read_geojson(path, "base"))
    except InspectError:
        log.exception("the bundled base map %s cannot be read", path)
    layers = []
    for entry in saved:
        layer_path = Path(str(entry.get("path", "")))
        if not layer_path.is_file():
            log.warning("map layer %s is gone; forgotten", layer_path)
            continue
        try:
            layers.append(
                read_layer(layer_path, bool(entry.get("gcj02")), bool(entry.get("visible", True)))
            )
        except InspectError:
            log.warning("map layer %s cannot be read; forgotten", layer_path, exc_info=True)
    return MapData(base, layers, build_clusters(store))

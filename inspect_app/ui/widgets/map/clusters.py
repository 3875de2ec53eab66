"""Grid clusters of the findings, one grid per zoom level, kept up to date point by point.

Pure Python (no Qt), so it is built off the GUI thread and tested without a window.

At zoom ``z`` the world (unit Mercator, [0, 1]²) is cut into square cells of
:data:`CELL_PX` screen pixels; every cell holding findings is one cluster drawn at the mean
position of its findings with their count. The grids of all zooms from :data:`MIN_LEVEL` to
:data:`MAX_LEVEL` are kept: level ``z`` is level ``z + 1`` with cell indices halved, so a
finding added, moved or removed touches one cell per level (:meth:`ClusterIndex.put`,
:meth:`ClusterIndex.remove`) — nothing grows with the store except the first build.
Past :data:`MAX_LEVEL` the finest grid is used (its cells are then larger than
:data:`CELL_PX` on screen; nobody sees thousands of findings in one street).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

CELL_PX = 64
"""Side of a cluster cell on screen, in pixels."""
MIN_LEVEL, MAX_LEVEL = 3, 12
"""The zooms that have a grid of their own (the map's zoom range starts at 3). At zoom 12 a
cell is about 2 km wide in Sichuan; past it (where more than the marker limit in view is
rare) the zoom-12 cells are used, drawn larger."""


@dataclass(frozen=True)
class Cluster:
    """Findings of one cell: how many and their mean position (unit Mercator)."""

    count: int
    ux: float
    uy: float


Cell = tuple[int, float, float]
"""A cell of a grid: how many findings, the sums of their unit x and unit y."""


def _cells(level: int) -> int:
    """Cells across the world at ``level``: ``256 · 2^level / CELL_PX``."""
    return (256 << level) // CELL_PX


class ClusterIndex:
    """Per-zoom grids of located findings (ids with unit Mercator positions).

    Args:
        points: ``(finding_id, ux, uy)`` with ``ux, uy`` in [0, 1] (see ``mercator.to_unit``).

    Building costs one pass over the points for the finest grid, then each coarser grid
    merges the cells of the one below (see ``benchmarks/map_scale.py`` for the times);
    reading clusters costs one dictionary look-up per cell in view.
    """

    def __init__(self, points: Iterable[tuple[str, float, float]] = ()) -> None:
        self._where: dict[str, tuple[float, float]] = {}
        # level -> (cell x, cell y) -> (count, sum x, sum y). Tuples of numbers, never lists:
        # the garbage collector stops tracking them, so 100k findings add nothing to its
        # full passes (which would run on the GUI thread).
        self._grids: dict[int, dict[tuple[int, int], Cell]] = {}
        n = _cells(MAX_LEVEL)
        finest: dict[tuple[int, int], Cell] = {}
        where = self._where
        get = finest.get
        for finding_id, ux, uy in points:  # the hot loop of the build: nothing more in it
            if finding_id in where:  # the same id twice: the first one holds
                continue
            where[finding_id] = (ux, uy)
            key = (int(ux * n), int(uy * n))
            cell = get(key)
            finest[key] = (1, ux, uy) if cell is None else (cell[0] + 1, cell[1] + ux, cell[2] + uy)
        self._grids[MAX_LEVEL] = finest
        for level in range(MAX_LEVEL - 1, MIN_LEVEL - 1, -1):
            coarser: dict[tuple[int, int], Cell] = {}
            for (x, y), (count, sx, sy) in self._grids[level + 1].items():
                key = (x >> 1, y >> 1)
                cell = coarser.get(key)
                coarser[key] = (
                    (count, sx, sy)
                    if cell is None
                    else (cell[0] + count, cell[1] + sx, cell[2] + sy)
                )
            self._grids[level] = coarser

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, finding_id: object) -> bool:
        return finding_id in self._where

    def put(self, finding_id: str, ux: float, uy: float) -> None:
        """Add a finding at (ux, uy), or move it there if it is already in."""
        if finding_id in self._where:
            self.remove(finding_id)
        self._where[finding_id] = (ux, uy)
        for level, grid in self._grids.items():
            n = _cells(level)
            key = (int(ux * n), int(uy * n))
            cell = grid.get(key)
            grid[key] = (1, ux, uy) if cell is None else (cell[0] + 1, cell[1] + ux, cell[2] + uy)

    def remove(self, finding_id: str) -> None:
        """Take a finding out (nothing happens when it is not in)."""
        where = self._where.pop(finding_id, None)
        if where is None:
            return
        ux, uy = where
        for level, grid in self._grids.items():
            n = _cells(level)
            key = (int(ux * n), int(uy * n))
            count, sx, sy = grid[key]
            if count == 1:
                del grid[key]
            else:
                grid[key] = (count - 1, sx - ux, sy - uy)

    def position(self, finding_id: str) -> tuple[float, float] | None:
        """The unit position of a finding, None when it is not in."""
        return self._where.get(finding_id)

    def level_for(self, zoom: int) -> int:
        """The grid used at map zoom ``zoom``."""
        return max(MIN_LEVEL, min(MAX_LEVEL, zoom))

    def clusters(
        self, zoom: int, x0: float, y0: float, x1: float, y1: float, limit: int = 20000
    ) -> list[Cluster]:
        """The clusters of the cells meeting the unit box ``(x0, y0)–(x1, y1)`` at ``zoom``.

        At most ``limit`` cells are looked at (a guard: a view holds a few hundred).
        """
        grid, keys = self._keys(zoom, x0, y0, x1, y1, limit)
        found = []
        for key in keys:
            cell = grid.get(key)
            if cell is not None:
                count, sx, sy = cell
                found.append(Cluster(count, sx / count, sy / count))
        return found

    def count(self, zoom: int, x0: float, y0: float, x1: float, y1: float) -> int:
        """How many findings lie in the cells meeting the unit box at ``zoom``.

        An upper bound of those inside the box itself (cells reach past its edges).
        """
        grid, keys = self._keys(zoom, x0, y0, x1, y1, 20000)
        return sum(grid[k][0] for k in keys if k in grid)

    def _keys(
        self, zoom: int, x0: float, y0: float, x1: float, y1: float, limit: int
    ) -> tuple[dict[tuple[int, int], Cell], list[tuple[int, int]]]:
        level = self.level_for(zoom)
        grid = self._grids[level]
        n = _cells(level)
        cx0, cx1 = max(0, int(x0 * n)), min(n, int(x1 * n))
        cy0, cy1 = max(0, int(y0 * n)), min(n, int(y1 * n))
        if (cx1 - cx0 + 1) * (cy1 - cy0 + 1) > limit:
            return grid, [k for k in grid if cx0 <= k[0] <= cx1 and cy0 <= k[1] <= cy1]
        return grid, [(x, y) for x in range(cx0, cx1 + 1) for y in range(cy0, cy1 + 1)]

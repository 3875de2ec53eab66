"""The reference data shipped in ``resources/reference`` (categories, basins, regions)."""

from __future__ import annotations

from functools import cache

from inspect_app.domain.reference import ReferenceData
from inspect_app.paths import resource


@cache
def reference() -> ReferenceData:
    """Return the reference data, loaded once per process."""
    return ReferenceData.load(resource("reference"))

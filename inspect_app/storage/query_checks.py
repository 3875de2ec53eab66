"""The one rule for what a filter of findings (or of notices) may say before it is run.

A filter that names what does not exist — a basin, category, severity or status nobody has,
a region outside GB/T 2260's reference list, a start date after the end date, a map box
upside down — matches nothing, and before this check it silently gave an empty list and an
export a header-only file. :func:`check_finding_query` refuses such a query with a keyed
:class:`~inspect_app.domain.errors.ValidationError` (``query.*`` in
:mod:`inspect_app.domain.messages.store`); ``finding list``, ``export findings``, the export
job itself (:mod:`inspect_app.exports.jobs`) and the window's export dialog all call it.
Given the store, it also checks that the records a filter names by id (patrol, party,
officer) exist (:class:`~inspect_app.domain.errors.NotFoundError`, keyed).
:func:`check_notice_filter` is the same rule for the register of notices' own filters.

Reference data: ``resources/reference`` (``basins.json``, ``categories.json``,
``regions.json``) through :func:`~inspect_app.storage.reference_data.reference`; the value
sets of severity, finding status and notice stage are the domain's enums.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

from inspect_app.domain.entities import FindingStatus, NoticeStatus, Severity
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.storage.reference_data import reference
from inspect_app.storage.search import FindingQuery

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

__all__ = ["check_finding_query", "check_notice_filter", "region_prefix_known"]

_PREFIX_LENGTHS = (2, 4, 6)
"""GB/T 2260 levels: province (``51``), prefecture (``5109``), county (``510903``)."""


def region_prefix_known(code: str) -> bool:
    """True when ``code`` is a region of the reference data or its first 2 or 4 digits.

    ``51`` (Sichuan), ``5109`` (Suining) and ``510903`` (船山区) are; ``5`` (no level of
    GB/T 2260), ``5199`` (no such prefecture) and ``51a`` are not.
    """
    if len(code) not in _PREFIX_LENGTHS or not code.isdigit():
        return False
    return any(known.startswith(code) for known in reference().regions)


def _choices(values: Iterable[str]) -> str:
    return ", ".join(values)


def _check_box(box: tuple[float, float, float, float]) -> None:
    """Refuse a map box that is not (south, west, north, east) in WGS84 degrees."""
    try:
        south, west, north, east = (float(v) for v in box)
    except (TypeError, ValueError):
        raise ValidationError(StoreMsg.QUERY_BAD_BOX(bbox=repr(box))) from None
    shown = ", ".join(str(v) for v in box)
    finite = all(math.isfinite(v) for v in (south, west, north, east))
    if not (finite and -90 <= south <= north <= 90 and -180 <= west <= east <= 180):
        raise ValidationError(StoreMsg.QUERY_BAD_BOX(bbox=shown))


def check_finding_query(query: FindingQuery, store: Store | None = None) -> None:
    """Refuse a finding filter that names what does not exist or cannot match anything.

    Args:
        query: the filter (``storage.search.FindingQuery``); text, flags and order are
            always acceptable.
        store: when given, the patrol, party (site) and officer the query names by id must
            exist in it.

    Raises:
        ValidationError: ``query.unknown_basin`` (neither a code nor a Chinese or English
            name in ``basins.json``), ``query.unknown_region`` (not a code of
            ``regions.json`` nor its first 2 or 4 digits), ``query.unknown_category``,
            ``query.unknown_severity``, ``query.unknown_status``, ``query.dates_reversed``
            (``date_from`` after ``date_to``), ``query.bad_box`` (``bbox`` not
            ``(south, west, north, east)`` within ±90/±180 with south ≤ north, west ≤ east).
        NotFoundError: with ``store``, a patrol, party or officer id that is not there.
    """
    data = reference()
    if query.basin is not None:
        try:
            data.basin(query.basin)
        except ValidationError:
            valid = _choices(f"{b.code} ({b.name_zh})" for b in data.basins)
            raise ValidationError(
                StoreMsg.QUERY_UNKNOWN_BASIN(name=repr(query.basin), valid=valid)
            ) from None
    if query.region is not None and not region_prefix_known(query.region):
        raise ValidationError(StoreMsg.QUERY_UNKNOWN_REGION(code=repr(query.region)))
    if query.category is not None:
        try:
            data.category(query.category)
        except ValidationError:
            valid = _choices(c.code for c in data.categories)
            raise ValidationError(
                StoreMsg.QUERY_UNKNOWN_CATEGORY(code=repr(query.category), valid=valid)
            ) from None
    if query.severity is not None and query.severity not in {s.value for s in Severity}:
        raise ValidationError(
            StoreMsg.QUERY_UNKNOWN_SEVERITY(
                value=repr(query.severity), valid=_choices(s.value for s in Severity)
            )
        )
    if query.status is not None and query.status not in {s.value for s in FindingStatus}:
        raise ValidationError(
            StoreMsg.QUERY_UNKNOWN_STATUS(
                value=repr(query.status), valid=_choices(s.value for s in FindingStatus)
            )
        )
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise ValidationError(
            StoreMsg.QUERY_DATES_REVERSED(date_from=query.date_from, date_to=query.date_to)
        )
    if query.bbox is not None:
        _check_box(query.bbox)
    if store is not None:
        _check_named(store, patrol=query.patrol, party=query.party, officer=query.officer)


def check_notice_filter(
    stages: Iterable[str] = (), party: str | None = None, store: Store | None = None
) -> None:
    """Refuse a filter of the register of notices that names what does not exist.

    Args:
        stages: notice stages (``draft``, ``issued``, ``served``, ``closed``,
            ``superseded``: ``domain.entities.NoticeStatus``).
        party: a site (party) id.
        store: when given, ``party`` must exist in it.

    Raises:
        ValidationError: ``query.unknown_stage``.
        NotFoundError: with ``store``, a party id that is not there.
    """
    known = [s.value for s in NoticeStatus]
    for stage in stages:
        if stage not in known:
            raise ValidationError(
                StoreMsg.QUERY_UNKNOWN_STAGE(value=repr(stage), valid=_choices(known))
            )
    if store is not None:
        _check_named(store, party=party)


def _check_named(
    store: Store,
    patrol: str | None = None,
    party: str | None = None,
    officer: str | None = None,
) -> None:
    """A record named by id must exist: a typo is no empty list (keyed NotFoundError)."""
    from inspect_app.storage import patrols, registry

    if patrol:
        patrols.get_patrol(store, patrol)
    if party:
        registry.get_site(store, party)
    if officer:
        registry.get_officer(store, officer)

"""What a team lead may put in a replica's scope: keys that name something (issue 15).

``domain/scope.check_scope_field`` only checks a key's *form* — the judge must go on accepting
any well-formed key from another replica (newer reference data may know more basins). A
lead's own command is checked here, once, against what this store knows, because a key that
names nothing makes a laptop silently receive nothing:

* ``basin:<code>`` — a basin of the reference data (``resources/reference/basins.json``),
  given by its code, its Chinese or its English name (any case): written as the code, which
  is what a patrol stores (``storage/patrols``: ``reference().basin(…).code``);
* ``agency:<id>`` — an agency held in this store;
* ``region:<4 or 6 digits>`` — a GB/T 2260 code the region reference lists, or that an agency
  or a site here uses; a 4-digit city key when such a code lies in that city
  (``domain/scope.region_keys``: a record gets ``region:<first 4>`` and ``region:<6>``);
* ``*`` — everything.

Callers: :func:`inspect_app.storage.scope.set_scope` (``replica scope``, the window) and the
pairing with a scope (``sync/pairing.py``: on the lead's laptop before it asks, on the hub
before it enrols).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.scope import EVERYTHING, check_scope_field
from inspect_app.storage.reference_data import reference

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

BASIN, AGENCY, REGION = "basin:", "agency:", "region:"


def _basin_key(key: str) -> str:
    """``basin:<code>`` for a basin given by code, Chinese or English name (any case)."""
    data = reference()
    try:
        return BASIN + data.basin(key[len(BASIN) :]).code
    except ValidationError:
        valid = ", ".join(f"{b.code} ({b.name_zh})" for b in data.basins)
        raise ValidationError(SyncMsg.SCOPE_UNKNOWN_BASIN(key=key, valid=valid)) from None


def _known_regions(store: Store) -> set[str]:
    """Every 6-digit region code the reference lists or an agency or a site here uses."""
    known = set(reference().regions)
    rows = store.db.conn.execute(
        "SELECT region FROM site WHERE region IS NOT NULL "
        "UNION SELECT region FROM agency WHERE region IS NOT NULL"
    )
    known.update(str(r[0]) for r in rows)
    return known


def _region_known(code: str, known: set[str]) -> bool:
    if len(code) == 6:
        return code in known
    # a city (4 digits): some known district or city code lies in it; a province is no key
    return code[2:] != "00" and any(c.startswith(code) for c in known)


def checked_keys(store: Store, keys: Iterable[str]) -> list[str]:
    """A lead's scope keys, checked against what this store knows; sorted, unique, canonical.

    Basin names become codes (``basin:涪江`` → ``basin:fujiang``); ``*`` among them means
    everything (``["*"]``). Surrounding spaces are ignored.

    Args:
        store: the store whose reference data, agencies and sites name what exists.
        keys: the keys as the lead typed them.

    Returns:
        The keys as ``replica.scope`` stores them (the list ``check_scope_field`` canonicalises).

    Raises:
        ValidationError: a malformed key (``field.not_scope``), an unknown basin
            (``sync.scope_unknown_basin``, listing the valid ones), an agency not held here
            (``sync.scope_unknown_agency``) or a region nobody here knows
            (``sync.scope_unknown_region``).
    """
    typed = [str(k).strip() for k in keys]
    # the form first: a malformed key says how keys look; "*" among them: everything
    if json.loads(check_scope_field(typed, "scope")) == [EVERYTHING]:
        return [EVERYTHING]
    mapped = [_basin_key(k) if k.startswith(BASIN) else k for k in typed]
    canonical: list[str] = json.loads(check_scope_field(mapped, "scope"))
    with store._lock:
        conn = store.db.conn
        known: set[str] | None = None
        for key in canonical:
            if key.startswith(AGENCY):
                found = conn.execute(
                    "SELECT 1 FROM agency WHERE id = ?", [key[len(AGENCY) :]]
                ).fetchone()
                if found is None:
                    raise ValidationError(
                        SyncMsg.SCOPE_UNKNOWN_AGENCY(key=key, command="agency list")
                    )
            elif key.startswith(REGION):
                known = _known_regions(store) if known is None else known
                if not _region_known(key[len(REGION) :], known):
                    raise ValidationError(SyncMsg.SCOPE_UNKNOWN_REGION(key=key))
    return canonical

"""Findings and their evidence photos: commands and queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from inspect_app.domain.entities import FindingStatus, Severity, new_id
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Finding, Photo
from inspect_app.storage.finding_status import STATUS_FIELDS, set_status
from inspect_app.storage.plausibility import plausible_position
from inspect_app.storage.reference_data import reference
from inspect_app.storage.rows import members, row, rows
from inspect_app.storage.store import Store

FINDING_PHOTOS = ("finding_photos", "finding_id", "photo_id")


def add_finding(
    store: Store,
    officer: str,
    patrol_id: str,
    category: str,
    site_id: str | None = None,
    description: str | None = None,
    observed_at: str | None = None,
    severity: Severity | str = Severity.MINOR,
    legal_basis: str | None = None,
    latitude: str | None = None,
    longitude: str | None = None,
) -> Finding:
    """Create an open finding in a patrol.

    ``legal_basis`` defaults to the category's usual basis (resources/reference/categories.json).

    Raises:
        ValidationError: unknown category, bad time or coordinates.
        NotFoundError: unknown patrol or site.
    """
    cat = reference().category(category)
    finding_id = new_id()
    data: dict[str, Any] = {
        "patrol_id": patrol_id,
        "site_id": site_id,
        "category": cat.code,
        "description": description,
        "observed_at": observed_at,
        "severity": severity,
        "status": FindingStatus.OPEN,
        "legal_basis": legal_basis or f"{cat.violated_provision}；{cat.legal_basis}",
        "latitude": latitude,
        "longitude": longitude,
    }
    store.write([Change(OpKind.CREATE, "finding", finding_id, data)], officer)
    return get_finding(store, finding_id)


def edit_finding(store: Store, officer: str, finding_id: str, **fields: Any) -> Finding:
    """Change fields of a finding in one op (saved as the officer edits).

    ``status`` (with ``handed_over_to`` and ``status_reason``) goes through the status rule
    (:func:`inspect_app.storage.finding_status.set_status`): only the manual states are set
    by hand; the rest follow the documents.

    Raises:
        ValidationError: bad value (unknown category, severity …) or a status the rule
            refuses (``notice.finding_*``, saying what to do instead).
        NotFoundError: no such finding.
    """
    if "category" in fields:
        fields["category"] = reference().category(fields["category"]).code
    status = {k: fields.pop(k) for k in STATUS_FIELDS if k in fields}
    if fields:
        store.write([Change(OpKind.SET, "finding", finding_id, fields)], officer)
    if status:
        current = row(store.db, "finding", finding_id)
        set_status(
            store,
            officer,
            finding_id,
            str(status.get("status") or current["status"]),
            status.get("handed_over_to"),
            status.get("status_reason"),
        )
    return get_finding(store, finding_id)


def withdraw_finding(store: Store, officer: str, finding_id: str) -> None:
    """Withdraw a finding (a tombstone op; its history and photos stay)."""
    store.write([Change(OpKind.WITHDRAW, "finding", finding_id)], officer)


def get_finding(store: Store, finding_id: str) -> Finding:
    """Return one finding with its photo ids in evidence order; raises NotFoundError."""
    found = row(store.db, "finding", finding_id)
    photo_ids = members(store.db, *FINDING_PHOTOS, finding_id)
    return Finding.from_row(found, photo_ids=photo_ids)


def finding_ids(store: Store, patrol_id: str) -> list[str]:
    """Return the live finding ids of a patrol in observation order (indexed)."""
    cursor = store.db.conn.execute(
        "SELECT id FROM finding WHERE patrol_id = ? AND withdrawn = 0 "
        "ORDER BY observed_at, created_at",
        [patrol_id],
    )
    return [r[0] for r in cursor]


def findings_of_site(store: Store, site_id: str) -> list[Finding]:
    """Return the live findings of one site/party (indexed)."""
    found = rows(
        store.db,
        "SELECT * FROM finding WHERE site_id = ? AND withdrawn = 0 ORDER BY observed_at",
        [site_id],
    )
    return [Finding.from_row(r) for r in found]


@dataclass(frozen=True)
class NewPhoto:
    """A stored original to attach: its SHA-256, facts as op fields, and its file name."""

    sha256: str
    fields: dict[str, Any]


def attach_photos(
    store: Store, officer: str, finding_id: str, photos: Sequence[NewPhoto]
) -> Finding:
    """Record photos (whose bytes are already in the blob store) as evidence of a finding.

    One transaction: a photo entity is created the first time its bytes are seen (the same
    bytes imported again are one photo referenced twice); the finding's photo set gains the
    photos; a finding with no location takes the first photo's GPS position when that
    position is plausible (``storage/plausibility.plausible_position``).

    Raises:
        NotFoundError: no such finding.
        ValidationError: a photo field breaks a rule.
    """
    finding = get_finding(store, finding_id)
    changes: list[Change] = []
    for photo in photos:
        if not store.exists("photo", photo.sha256, include_withdrawn=True):
            changes.append(Change(OpKind.CREATE, "photo", photo.sha256, photo.fields))
    new_ids = [p.sha256 for p in photos if p.sha256 not in finding.photo_ids]
    if new_ids:
        changes.append(Change(OpKind.ADD, "finding", finding_id, {"photos": new_ids}))
    if finding.latitude is None and finding.longitude is None:
        # Only an empty position is filled, and only from a plausible photo: a typed
        # position is never overwritten, and a photo taken far away (a camera in Italy)
        # never moves a finding silently ("Use the photo's position" does it on purpose).
        first = _first_position(finding, [*finding.photo_ids, *new_ids], photos, store)
        if first:
            changes.append(
                Change(
                    OpKind.SET, "finding", finding_id, {"latitude": first[0], "longitude": first[1]}
                )
            )
    if changes:
        store.write(changes, officer)
    return get_finding(store, finding_id)


def _first_position(
    finding: Finding, ordered: Sequence[str], new: Sequence[NewPhoto], store: Store
) -> tuple[str, str] | None:
    by_sha = {p.sha256: p.fields for p in new}
    for sha in ordered:
        fields = by_sha.get(sha)
        if fields is None and store.exists("photo", sha, include_withdrawn=True):
            fields = row(store.db, "photo", sha)
        if fields and fields.get("latitude") and fields.get("longitude"):
            return plausible_position(store, finding, fields, sha)
    return None


def detach_photo(store: Store, officer: str, finding_id: str, sha256: str) -> None:
    """Remove a photo from a finding's evidence (the photo file and record stay)."""
    store.write([Change(OpKind.REMOVE, "finding", finding_id, {"photos": [sha256]})], officer)


def set_caption(store: Store, officer: str, sha256: str, caption: str) -> None:
    """Set what a photo shows (printed in the notice's evidence list)."""
    store.write([Change(OpKind.SET, "photo", sha256, {"caption": caption})], officer)


def get_photo(store: Store, sha256: str) -> Photo:
    """Return one photo record; raises NotFoundError."""
    found = row(store.db, "photo", sha256)
    found["damaged"] = bool(found.get("damaged"))
    return Photo.from_row(found)


def photos_of(store: Store, finding_id: str) -> list[Photo]:
    """Return a finding's photos in evidence order."""
    from inspect_app.storage.photo_evidence import evidence_order

    return [get_photo(store, sha) for sha in evidence_order(store, finding_id)]

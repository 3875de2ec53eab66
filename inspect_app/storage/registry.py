"""Agencies, officers and sites (the site registry): commands and queries."""

from __future__ import annotations

from inspect_app.domain.entities import Role, new_id
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import Agency, Officer, Site
from inspect_app.storage.rows import row, rows
from inspect_app.storage.store import Store


def add_agency(
    store: Store,
    name: str,
    code: str,
    region: str,
    reconsideration_body: str | None = None,
    litigation_court: str | None = None,
    officer: str | None = None,
) -> Agency:
    """Create an agency (GB/T 2260 ``region``, short ``code`` for document numbers).

    Raises:
        ValidationError: a field breaks a rule (empty name, region not 6 digits …), or the
            short code is taken (document numbers must not collide).
    """
    taken = store.db.conn.execute(
        "SELECT name FROM agency WHERE withdrawn = 0 AND code = ?", [code.strip()]
    ).fetchone()
    if taken:
        raise ValidationError(StoreMsg.AGENCY_CODE_TAKEN(code=code.strip(), agency=taken[0]))
    agency_id = new_id()
    data = {
        "name": name,
        "code": code,
        "region": region,
        "reconsideration_body": reconsideration_body,
        "litigation_court": litigation_court,
    }
    store.write([Change(OpKind.CREATE, "agency", agency_id, data)], officer)
    return get_agency(store, agency_id)


AGENCY_FIELDS = ("name", "code", "region", "reconsideration_body", "litigation_court", "seal_png")


def edit_agency(store: Store, officer: str, agency_id: str, **fields: str | None) -> Agency:
    """Change an agency's fields (see :data:`AGENCY_FIELDS`; ``seal_png`` is base64 PNG).

    Only a team lead sets the seal image. Unchanged values write nothing.

    Raises:
        ValidationError: an unknown field, a bad value, a short code used by another agency,
            or a seal set by someone who is not a team lead.
        NotFoundError: no such agency.
    """
    unknown = sorted(set(fields) - set(AGENCY_FIELDS))
    if unknown:
        raise ValidationError(StoreMsg.AGENCY_NO_SUCH_FIELD(fields=", ".join(unknown)))
    current = get_agency(store, agency_id)
    given = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in fields.items()}
    changed = {k: v for k, v in given.items() if getattr(current, k) != v}
    if "code" in changed and changed["code"]:
        taken = store.db.conn.execute(
            "SELECT name FROM agency WHERE withdrawn = 0 AND code = ? AND id != ?",
            [str(changed["code"]).strip(), agency_id],
        ).fetchone()
        if taken:
            raise ValidationError(
                StoreMsg.AGENCY_CODE_TAKEN(code=str(changed["code"]), agency=taken[0])
            )
    if "seal_png" in changed:
        store.require_lead(officer)
    if changed:
        store.write([Change(OpKind.SET, "agency", agency_id, changed)], officer)
    return get_agency(store, agency_id)


def get_agency(store: Store, agency_id: str) -> Agency:
    """Return one agency; raises NotFoundError."""
    return Agency.from_row(row(store.db, "agency", agency_id))


def list_agencies(store: Store) -> list[Agency]:
    """Return every live agency, by name."""
    found = rows(store.db, "SELECT * FROM agency WHERE withdrawn = 0 ORDER BY name")
    return [Agency.from_row(r) for r in found]


def add_officer(
    store: Store,
    name: str,
    certificate_no: str,
    agency_id: str,
    role: Role | str = Role.INSPECTOR,
    officer: str | None = None,
) -> Officer:
    """Create an officer of ``agency_id`` with an enforcement certificate number (执法证号).

    Raises:
        ValidationError, NotFoundError: bad fields, a certificate number already registered,
            or unknown agency.
    """
    taken = store.db.conn.execute(
        "SELECT name FROM officer WHERE withdrawn = 0 AND certificate_no = ?",
        [certificate_no.strip()],
    ).fetchone()
    if taken:
        raise ValidationError(
            StoreMsg.OFFICER_CERTIFICATE_TAKEN(number=certificate_no.strip(), officer=taken[0])
        )
    officer_id = new_id()
    data = {"name": name, "certificate_no": certificate_no, "agency_id": agency_id, "role": role}
    store.write([Change(OpKind.CREATE, "officer", officer_id, data)], officer)
    if store.setting("current_officer") is None:
        store.set_setting("current_officer", officer_id)
    return get_officer(store, officer_id)


def set_officer_signature(store: Store, officer_id: str, strokes_json: str | None) -> Officer:
    """Set (or clear, with None) an officer's standing hand-drawn signature, as themself.

    The signature is printed in the officer's PAdES stamps; strokes are the wire form of
    :mod:`inspect_app.domain.signature`.

    Raises:
        ValidationError: bad strokes. NotFoundError: no such officer.
    """
    store.write(
        [Change(OpKind.SET, "officer", officer_id, {"signature": strokes_json})], officer_id
    )
    return get_officer(store, officer_id)


def get_officer(store: Store, officer_id: str) -> Officer:
    """Return one officer; raises NotFoundError."""
    return Officer.from_row(row(store.db, "officer", officer_id))


def list_officers(store: Store) -> list[Officer]:
    """Return every live officer, by name."""
    found = rows(store.db, "SELECT * FROM officer WHERE withdrawn = 0 ORDER BY name")
    return [Officer.from_row(r) for r in found]


def add_site(store: Store, officer: str, name: str, **fields: str | None) -> Site:
    """Create a site/party (检查对象/当事人).

    ``fields``: credit_code (GB 32100-2015 check digit), legal_representative, address,
    region (GB/T 2260), latitude, longitude (WGS84 decimal-degree text).

    Raises:
        ValidationError: e.g. a credit code whose check digit is wrong.
    """
    site_id = new_id()
    store.write([Change(OpKind.CREATE, "site", site_id, {"name": name, **fields})], officer)
    return get_site(store, site_id)


def edit_site(store: Store, officer: str, site_id: str, **fields: str | None) -> Site:
    """Change fields of a site (one op); raises ValidationError / NotFoundError."""
    store.write([Change(OpKind.SET, "site", site_id, dict(fields))], officer)
    return get_site(store, site_id)


def get_site(store: Store, site_id: str) -> Site:
    """Return one site; raises NotFoundError."""
    return Site.from_row(row(store.db, "site", site_id))


def find_sites(store: Store, text: str = "", limit: int = 50) -> list[Site]:
    """Return sites whose name or credit code contains ``text`` (indexed by name), by name."""
    pattern = f"%{text.strip()}%"
    found = rows(
        store.db,
        "SELECT * FROM site WHERE withdrawn = 0 AND (name LIKE ? OR credit_code LIKE ?) "
        "ORDER BY name LIMIT ?",
        [pattern, pattern, limit],
    )
    return [Site.from_row(r) for r in found]

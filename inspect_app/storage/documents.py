"""Signed documents (immutable PDFs by SHA-256) and the team's certificates.

A signed PDF is stored byte for byte in the content-addressed blob store (the same one as
photos, so sync carries it the same way) and described by a ``document`` record. Nothing
ever re-saves it: a signature is only valid over the exact bytes (ETSI EN 319 142-1).
The team CA certificate (``team_ca``) and each officer certificate (``certificate``) are
records too, so every replica can verify documents offline.
"""

from __future__ import annotations

import hashlib
from typing import Any

from inspect_app.domain.entities import new_id
from inspect_app.domain.errors import NotFoundError, StoreError, ValidationError
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import SignedDocument
from inspect_app.storage.rows import row, rows
from inspect_app.storage.sealed_files import SealedFileError
from inspect_app.storage.store import Store

MAX_DOCUMENT_BYTES = 64 << 20


def store_document_bytes(store: Store, pdf: bytes) -> str:
    """Store signed PDF bytes unchanged; return their SHA-256 (the document id).

    Raises:
        ValidationError: empty, not a PDF, or larger than 64 MB.
    """
    if not pdf.startswith(b"%PDF-"):
        raise ValidationError(StoreMsg.DOCUMENT_NOT_PDF())
    if len(pdf) > MAX_DOCUMENT_BYTES:
        raise ValidationError(StoreMsg.DOCUMENT_TOO_LARGE(limit=MAX_DOCUMENT_BYTES >> 20))
    return store.blobs.put_bytes(pdf)[0]


def document_change(
    sha256: str,
    *,
    kind: str,
    subject_id: str,
    size_bytes: int,
    signed_by: str,
    signed_at: str,
    number: str | None = None,
    signer_fingerprint: str | None = None,
    level: str | None = None,
    upgrade_of: str | None = None,
) -> Change:
    """Return the change that records a signed document (see the ``document`` entity).

    ``level`` is its PAdES level (``SignatureLevel``), ``upgrade_of`` the SHA-256 of the
    document a B-LTA copy extends (``storage/lasting.py``).
    """
    data: dict[str, Any] = {
        "kind": kind,
        "subject_id": subject_id,
        "number": number,
        "size_bytes": size_bytes,
        "signed_by": signed_by,
        "signed_at": signed_at,
        "signer_fingerprint": signer_fingerprint,
    }
    if level is not None:
        data["level"] = level
    if upgrade_of is not None:
        data["upgrade_of"] = upgrade_of
    return Change(OpKind.CREATE, "document", sha256, data)


def get_document(store: Store, sha256: str) -> SignedDocument:
    """Return one document record; raises NotFoundError."""
    return SignedDocument.from_row(row(store.db, "document", sha256))


def document_bytes(store: Store, sha256: str) -> bytes:
    """Return the signed PDF bytes, checked against their SHA-256.

    Raises:
        NotFoundError: the bytes have not arrived on this laptop yet (sync again).
        StoreError: the stored file no longer matches its hash (or, sealed, fails its
            authentication); a sealed file of a locked folder (``FILE_LOCKED``).
    """
    blobs = store.blobs
    if not blobs.has(sha256):
        raise NotFoundError(StoreMsg.DOCUMENT_NOT_ARRIVED(sha=sha256[:12]))
    try:
        data = blobs.read_bytes(sha256)
    except SealedFileError as exc:
        if exc.keyed_message is not None and exc.keyed_message.id == ProtectMsg.FILE_LOCKED.id:
            raise
        data = b""  # altered: said below, as for a clear file that no longer matches
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StoreError(StoreMsg.DOCUMENT_ALTERED(sha=sha256[:12], command="inspect-app db check"))
    return data


def documents_of(store: Store, subject_id: str) -> list[SignedDocument]:
    """Documents signed for one notice, record or service, oldest first."""
    found = rows(
        store.db,
        "SELECT * FROM document WHERE withdrawn = 0 AND subject_id = ? ORDER BY signed_at",
        [subject_id],
    )
    return [SignedDocument.from_row(r) for r in found]


def find_document(store: Store, sha256: str) -> SignedDocument | None:
    """The document record with this SHA-256, or None (a file this store never issued)."""
    try:
        return get_document(store, sha256)
    except NotFoundError:
        return None


# -- certificates ---------------------------------------------------------------------------
def record_team_ca(
    store: Store, officer: str, fingerprint: str, pem: str, name: str, recovery_key: str = ""
) -> None:
    """Record the team CA certificate (id = SHA-256 fingerprint of its DER).

    ``recovery_key``: the team's recovery public key (X25519, 64 hex) made with the CA
    (``storage/protection/recovery.py``); empty for none.
    """
    data = {"certificate_pem": pem, "common_name": name}
    if recovery_key:
        data["recovery_key"] = recovery_key
    store.write([Change(OpKind.CREATE, "team_ca", fingerprint, data)], officer)


def team_cas(store: Store) -> list[dict[str, Any]]:
    """The team CA records: ``fingerprint`` (SHA-256 of the DER), ``name`` and ``pem``."""
    found = rows(
        store.db,
        "SELECT id, common_name, certificate_pem FROM team_ca WHERE withdrawn = 0 ORDER BY id",
    )
    return [
        {"fingerprint": r["id"], "name": r["common_name"], "pem": r["certificate_pem"]}
        for r in found
    ]


def team_ca_pems(store: Store) -> list[bytes]:
    """PEM bytes of every team CA certificate this store trusts."""
    found = rows(store.db, "SELECT certificate_pem FROM team_ca WHERE withdrawn = 0 ORDER BY id")
    return [str(r["certificate_pem"]).encode("ascii") for r in found]


def record_certificate(
    store: Store, officer: str, fingerprint: str, officer_id: str, pem: str, not_after: str
) -> None:
    """Record an officer's certificate (id = SHA-256 fingerprint of its DER)."""
    if store.exists("certificate", fingerprint):
        return
    data = {"officer_id": officer_id, "certificate_pem": pem, "not_after": not_after}
    store.write([Change(OpKind.CREATE, "certificate", fingerprint, data)], officer)


def certificates_of(store: Store, officer_id: str) -> list[dict[str, Any]]:
    """Certificate rows of an officer, latest expiry first."""
    return rows(
        store.db,
        "SELECT * FROM certificate WHERE withdrawn = 0 AND officer_id = ? ORDER BY not_after DESC",
        [officer_id],
    )


def require_team_ca(store: Store) -> list[bytes]:
    """Return the team CA PEMs; raises ValidationError when the team has none yet."""
    pems = team_ca_pems(store)
    if not pems:
        raise ValidationError(StoreMsg.DOCUMENT_NO_TEAM_CA(command="inspect-app pki init-ca"))
    return pems


def new_subject_id() -> str:
    """A fresh id for a record that will carry signatures (UUID text)."""
    return new_id()

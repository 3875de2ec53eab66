"""Signatures that last, in the store: revocations, CRLs, B-LTA copies, the hub's TSA address.

* A certificate's **revocation** is a ``set`` of ``revoked_at`` + ``revocation_reason`` on
  its ``certificate`` record by a team lead (judged by :func:`judge_certificate` on every
  path: a lead only; once revoked, never changed back); it syncs like any op.
* A **CRL** (``crl`` record, id = SHA-256 of its DER) is made where the CA key is
  (:mod:`inspect_app.notices.crl`) and recorded by a lead (:func:`judge_crl`); the judge
  checks it is the team CA's and that its number and date are those it carries
  (:func:`crl_record_problem`).
* A **B-LTA copy** is a ``document`` record with ``level="B-LTA"`` and ``upgrade_of`` = the
  SHA-256 of the document it extends (indexed, ``document_upgrade``): :func:`lta_copy_of`.
* The **TSA address** is a local setting (never synced) written by the hub client when the
  hub says it runs a TSA (:func:`set_tsa_url`), read when signing (:func:`tsa_url`).

The rules here are the judge's (``storage/judge.py`` calls :func:`judge_certificate` and
:func:`judge_crl` from ``Judge._rules``), so the window, the CLI and sync share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from inspect_app.domain.entities import SignatureLevel
from inspect_app.domain.errors import NotFoundError, StoreError, ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import SignedDocument
from inspect_app.storage.rows import rows

if TYPE_CHECKING:
    from inspect_app.domain.ops import Op
    from inspect_app.storage.judge import Judge
    from inspect_app.storage.store import Store

TSA_URL_SETTING = "hub_tsa_url"
"""Local setting: the ``/tsa`` URL of the hub this laptop last synced with, "" if none."""

REVOCATION_FIELDS = frozenset({"revoked_at", "revocation_reason"})


@dataclass(frozen=True)
class CrlRecord:
    """A ``crl`` record: id (SHA-256 of the DER), CA id, DER bytes, number, this/next update."""

    id: str
    ca_id: str
    der: bytes
    number: int
    this_update: str
    next_update: str | None


# -- the TSA address ---------------------------------------------------------------------------
def tsa_url(store: Store) -> str | None:
    """The hub's ``/tsa`` URL as last seen by a sync, or None."""
    return store.setting(TSA_URL_SETTING) or None


def set_tsa_url(store: Store, url: str | None) -> None:
    """Remember (or forget, with None) the hub's ``/tsa`` URL; only when it changed."""
    value = url or ""
    if (store.setting(TSA_URL_SETTING) or "") != value:
        store.set_setting(TSA_URL_SETTING, value)


# -- certificates and their revocation ---------------------------------------------------------
def certificate_row(store: Store, fingerprint: str) -> dict[str, Any]:
    """The ``certificate`` record with this SHA-256 fingerprint (a unique prefix of 8+ works).

    Raises:
        NotFoundError: no such certificate (or the prefix is ambiguous).
    """
    key = fingerprint.strip().lower()
    found = rows(
        store.db,
        "SELECT * FROM certificate WHERE withdrawn = 0 AND id >= ? AND id < ? LIMIT 2",
        [key, key + "g"],
    )
    if len(key) < 8 or len(found) != 1:
        raise NotFoundError(
            SigningMsg.NO_SUCH_CERTIFICATE(fingerprint=key[:16], command="inspect-app pki list")
        )
    return found[0]


def revocation_change(fingerprint: str, revoked_at: str, reason: str) -> Change:
    """The change that revokes a certificate (judged: a lead only, never undone)."""
    data = {"revoked_at": revoked_at, "revocation_reason": reason}
    return Change(OpKind.SET, "certificate", fingerprint, data)


def revoked_certificates(store: Store) -> list[dict[str, Any]]:
    """Every revoked certificate record, oldest revocation first.

    Rows carry ``id``, ``officer_id``, ``certificate_pem``, ``revoked_at``,
    ``revocation_reason``.
    """
    return rows(
        store.db,
        "SELECT * FROM certificate WHERE withdrawn = 0 AND revoked_at IS NOT NULL"
        " ORDER BY revoked_at",
    )


def revocations_by_fingerprint(store: Store) -> dict[str, tuple[str, str]]:
    """{certificate fingerprint: (revoked_at ISO, reason)} of every revoked certificate."""
    return {
        str(r["id"]): (str(r["revoked_at"]), str(r["revocation_reason"] or "unspecified"))
        for r in revoked_certificates(store)
    }


# -- CRLs -------------------------------------------------------------------------------------
def crl_change(
    sha256: str, ca_id: str, der_b64: str, number: int, this_update: str, next_update: str | None
) -> Change:
    """The change that records a CRL (id = SHA-256 of the DER)."""
    data = {
        "ca_id": ca_id,
        "crl_der": der_b64,
        "crl_number": number,
        "this_update": this_update,
        "next_update": next_update,
    }
    return Change(OpKind.CREATE, "crl", sha256, data)


def latest_crl(store: Store, ca_id: str | None = None) -> CrlRecord | None:
    """The CRL with the highest number (of ``ca_id``, or of any team CA), or None."""
    import base64

    sql = "SELECT * FROM crl WHERE withdrawn = 0"
    params: list[Any] = []
    if ca_id is not None:
        sql += " AND ca_id = ?"
        params.append(ca_id)
    found = rows(store.db, sql + " ORDER BY crl_number DESC, this_update DESC LIMIT 1", params)
    if not found:
        return None
    r = found[0]
    return CrlRecord(
        id=str(r["id"]),
        ca_id=str(r["ca_id"]),
        der=base64.b64decode(str(r["crl_der"])),
        number=int(r["crl_number"]),
        this_update=str(r["this_update"]),
        next_update=r["next_update"],
    )


def latest_crls(store: Store) -> list[CrlRecord]:
    """The latest CRL of each team CA that has one."""
    cas = rows(store.db, "SELECT DISTINCT ca_id FROM crl WHERE withdrawn = 0")
    found = [latest_crl(store, str(r["ca_id"])) for r in cas]
    return [c for c in found if c is not None]


# -- B-LTA copies -----------------------------------------------------------------------------
def lta_copy_of(store: Store, sha256: str) -> SignedDocument | None:
    """The newest B-LTA copy made of document ``sha256`` (``upgrade_of``), or None."""
    found = rows(
        store.db,
        "SELECT * FROM document WHERE withdrawn = 0 AND upgrade_of = ? AND level = ?"
        " ORDER BY signed_at DESC LIMIT 1",
        [sha256, SignatureLevel.B_LTA.value],
    )
    return SignedDocument.from_row(found[0]) if found else None


def preferred_copy(store: Store, sha256: str) -> str:
    """The SHA-256 to export or verify for document ``sha256``.

    Its B-LTA copy when one has arrived here (record and bytes), else ``sha256`` itself.
    """
    copy = lta_copy_of(store, sha256)
    if copy is None:
        return sha256
    blobs = store.blobs
    original = rows(store.db, "SELECT size_bytes FROM document WHERE id = ?", [sha256])
    if not (original and blobs.has(copy.id)):
        return sha256
    try:
        with blobs.open(copy.id) as copy_file:
            extended = extends(copy_file, sha256, int(original[0]["size_bytes"]))
    except (OSError, StoreError):  # unreadable or altered (db check says so): the original
        return sha256
    if not extended:
        return sha256  # not an incremental update of the original: never hand it out
    return copy.id


def extends(copy_file: BinaryIO, sha256: str, size_bytes: int) -> bool:
    """True when ``copy_file`` (open, at its start) begins with the document ``sha256``.

    A B-LTA copy is an incremental update (ISO 32000-1 7.5.6: DSS and document timestamp
    appended), so its first ``size_bytes`` bytes are the original, byte for byte. Reads that
    prefix once (a few MB at most), decrypting a sealed copy as it goes.
    """
    import hashlib

    digest = hashlib.sha256()
    left = size_bytes
    while left > 0:
        chunk = copy_file.read(min(left, 1 << 20))
        if not chunk:
            return False
        digest.update(chunk)
        left -= len(chunk)
    return digest.hexdigest() == sha256


# -- the judge's rules ------------------------------------------------------------------------
def judge_certificate(judge: Judge, op: Op, authoring: bool) -> None:
    """A recorded certificate changes only by its revocation: a lead's, final.

    Creating a certificate record stays as it was (any officer imports their own). A
    ``set`` may only carry ``revoked_at`` + ``revocation_reason``, by a team lead, on a
    certificate not revoked at the op's deps; withdrawing or restoring one is refused.

    Raises:
        RefusedError: ``lifecycle`` or ``not_lead``.
    """
    from inspect_app.storage.judge import _refuse

    if op.kind is OpKind.CREATE:
        return
    if op.kind is not OpKind.SET or not set(op.data) <= REVOCATION_FIELDS:
        raise _refuse("lifecycle", SigningMsg.CERTIFICATE_FIXED(), ValidationError)
    judge.require_lead(op, authoring)
    if not op.data.get("revoked_at"):
        raise _refuse("lifecycle", SigningMsg.REVOCATION_FINAL(), ValidationError)
    if judge.at_deps(op).fields.get("revoked_at"):
        raise _refuse("lifecycle", SigningMsg.REVOCATION_FINAL(), ValidationError)


def judge_crl(judge: Judge, op: Op, authoring: bool) -> None:
    """A CRL is recorded by a team lead (on the laptop that holds the CA key), never changed.

    Raises:
        RefusedError: ``lifecycle`` or ``not_lead``.
    """
    from inspect_app.storage.judge import _refuse

    if op.kind is not OpKind.CREATE:
        raise _refuse("lifecycle", SigningMsg.REVOCATION_FINAL(), ValidationError)
    judge.require_lead(op, authoring)
    judge._fresh("team_ca", str(op.data["ca_id"]))  # recorded earlier in this batch
    found = judge.conn.execute(
        "SELECT certificate_pem FROM team_ca WHERE id = ? AND withdrawn = 0", [op.data["ca_id"]]
    ).fetchone()
    if found is None:
        raise _refuse(
            "missing_record",
            SigningMsg.CRL_NOT_FROM_TEAM(),
            NotFoundError,
            awaits=f"team_ca:{op.data['ca_id']}",
        )
    problem = crl_record_problem(op.entity_id, op.data, str(found[0]).encode("ascii"))
    if problem is not None:
        raise _refuse("invalid", problem, ValidationError)


def crl_record_problem(crl_id: str, data: dict[str, Any], ca_pem: bytes) -> Message | None:
    """What is wrong with a ``crl`` record's content, or None when it holds up.

    The record's DER must be a CRL signed by the team CA ``ca_pem`` (the ``team_ca`` record
    ``data["ca_id"]``), its id the SHA-256 of the DER, and its ``crl_number`` and
    ``this_update`` those inside the DER — so no replica can record a CRL the team CA did not
    make, or a genuine one under a higher number than it carries (``latest_crl`` picks the
    highest number). Read with ``cryptography`` (RFC 5280 section 5).

    Returns:
        ``SigningMsg.CRL_UNREADABLE`` / ``CRL_NOT_FROM_TEAM`` / ``CRL_RECORD_MISMATCH``, or None.
    """
    import base64
    import binascii
    import datetime as dt
    import hashlib

    from cryptography import x509

    try:
        der = base64.b64decode(str(data["crl_der"]), validate=True)
        crl = x509.load_der_x509_crl(der)
        ca = x509.load_pem_x509_certificate(ca_pem)
    except (ValueError, binascii.Error):
        return SigningMsg.CRL_UNREADABLE()
    try:
        signed = crl.issuer == ca.subject and crl.is_signature_valid(ca.public_key())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        signed = False
    if not signed:
        return SigningMsg.CRL_NOT_FROM_TEAM()
    try:
        number = int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
        this_update = dt.datetime.fromisoformat(str(data["this_update"]))
    except (x509.ExtensionNotFound, ValueError):
        return SigningMsg.CRL_RECORD_MISMATCH()
    if this_update.tzinfo is None:
        this_update = this_update.replace(tzinfo=dt.UTC)
    if (
        crl_id != hashlib.sha256(der).hexdigest()
        or number != int(data["crl_number"])
        or this_update != crl.last_update_utc
    ):
        return SigningMsg.CRL_RECORD_MISMATCH()
    return None


def judge_upgrade(judge: Judge, op: Op, authoring: bool) -> None:
    """A ``document`` with ``upgrade_of`` (a B-LTA copy) matches the document it extends.

    Same kind, subject, number, signer and signer certificate as the original, level B-LTA,
    written in the original signer's name (as the hub's desk writes it, ``sync/hub_lta``),
    and the original is no copy itself. Export and verify also check the bytes
    (:func:`extends`), which the judge cannot (a blob may arrive after its record).

    Raises:
        RefusedError: ``missing_record`` (the original has not arrived; received ops wait
            for it) or ``invalid`` (``signing.lta_copy_mismatch``).
    """
    from inspect_app.domain.messages.store import entity_label
    from inspect_app.domain.messages.sync import SyncMsg
    from inspect_app.storage.judge import _refuse

    data, original_id = op.data, str(op.data["upgrade_of"])
    judge._fresh("document", original_id)
    found = judge.conn.execute(
        "SELECT kind, subject_id, number, signed_by, signer_fingerprint, upgrade_of "
        "FROM document WHERE id = ?",
        [original_id],
    ).fetchone()
    if found is None:
        raise _refuse(
            "missing_record",
            SyncMsg.JUDGE_REFERENCE_MISSING(entity=entity_label("document"), id=original_id[:36]),
            NotFoundError,
            awaits=f"document:{original_id}",
        )
    *same, upgrade_of = found
    fields = ("kind", "subject_id", "number", "signed_by", "signer_fingerprint")
    if (
        upgrade_of is not None
        or data.get("level") != SignatureLevel.B_LTA.value
        or tuple(data.get(f) for f in fields) != tuple(same)
        or op.officer != same[3]
    ):
        raise _refuse("invalid", SigningMsg.LTA_COPY_MISMATCH(), ValidationError)


def judge_rule(judge: Judge, op: Op, authoring: bool) -> None:
    """The judge's hook for ``certificate`` and ``crl`` ops (see ``Judge._rules``)."""
    if op.entity == "certificate":
        judge_certificate(judge, op, authoring)
    else:
        judge_crl(judge, op, authoring)

"""The team's PKI on top of the store: make the CA, issue and import officer certificates.

The CA certificate is recorded in the store (``team_ca``) so it travels by sync and every
laptop can verify documents offline; its private key stays encrypted on the laptop that
made it. Officer certificates are recorded too (``certificate``) so a verifier can name the
officer behind a signature. Key usage follows RFC 5280 §4.2.1.3 as tested in
``reference/pdf-signing-fonts-photos.md`` §1.2/§1.6 (both pyHanko and poppler accept it).
"""

from __future__ import annotations

from dataclasses import dataclass

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.notices.credentials import (
    ca_cert_path,
    ca_key_path,
    officer_p12_path,
    recovery_key_path,
    write_private,
)
from inspect_app.notices.crl import CrlMaterial
from inspect_app.notices.pki import (
    IssuedCertificate,
    OfficerCredential,
    OfficerIdentity,
    PkiError,
    certificate_info,
    check_issued_by,
    create_ca,
    issue_officer_certificate,
    load_credential,
)
from inspect_app.storage.documents import (
    record_certificate,
    record_team_ca,
    team_ca_pems,
    team_cas,
)
from inspect_app.storage.protection.recovery import new_recovery_key
from inspect_app.storage.registry import get_agency, get_officer
from inspect_app.storage.store import Store


@dataclass(frozen=True)
class CaResult:
    """A new team CA: its SHA-256 fingerprint and where its encrypted key was written.

    ``recovery_key_path``: the team recovery key's encrypted private key, made with the CA
    (issue 14, ``storage/protection/recovery.py``), protected by the same passphrase.
    """

    fingerprint: str
    key_path: str
    recovery_key_path: str = ""


def init_team_ca(store: Store, officer: str, passphrase: bytes) -> CaResult:
    """Create the team CA (team leads only) and record its certificate in the store.

    Raises:
        ValidationError: not a team lead, or this laptop already holds a CA key.
        PkiError: a passphrase shorter than 8 characters.
    """
    store.require_lead(officer)
    key_path = ca_key_path(store)
    if key_path.exists():
        if _recorded(store):
            raise ValidationError(SigningMsg.CA_KEY_EXISTS(path=key_path))
        # A key left by an attempt that never reached the store: keep it aside, start again.
        for leftover in (key_path, ca_cert_path(store)):
            if leftover.exists():
                leftover.replace(leftover.with_name(leftover.name + ".unrecorded"))
    lead = get_officer(store, officer)
    agency = get_agency(store, lead.agency_id)
    material = create_ca(f"{agency.name} 执法文书签名CA", agency.name, passphrase)
    recovery_public, recovery_pem = new_recovery_key(passphrase)
    write_private(key_path, material.key_pem)
    write_private(ca_cert_path(store), material.cert_pem)
    write_private(recovery_key_path(store), recovery_pem)
    record_team_ca(
        store,
        officer,
        material.fingerprint,
        material.cert_pem.decode("ascii"),
        f"{agency.name} 执法文书签名CA",
        recovery_public,
    )
    _wrap_for_recovery(store)  # the lead's own laptop recovers too, not only after a reopen
    return CaResult(material.fingerprint, str(key_path), str(recovery_key_path(store)))


def _wrap_for_recovery(store: Store) -> None:
    """Wrap this laptop's data key for the team recovery key now (``ensure_recovery_wraps``)."""
    from inspect_app.storage.protection.recovery import ensure_recovery_wraps

    ensure_recovery_wraps(store.data_dir, store.db.conn, store.data_key)


def make_recovery_key(store: Store, officer: str, passphrase: bytes) -> str:
    """Give a team whose CA was made before issue 14 its recovery key; return the PEM's path.

    The key pair is new; its private key is written to ``pki/team-recovery.key.pem``
    (encrypted with ``passphrase``) and its public key set on every live ``team_ca`` record
    (a lead-only change, ``storage/judge.py``).

    Raises:
        ValidationError: not a team lead; no team CA yet (``SigningMsg.NO_TEAM_CA``); the
            team has a recovery key already (``ProtectMsg.RECOVERY_KEY_EXISTS``).
        PkiError: a passphrase shorter than 8 characters.
    """
    from inspect_app.domain.messages.protection import ProtectMsg
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.notices.pki import _require_new_passphrase as require_new_passphrase
    from inspect_app.storage.protection.recovery import team_recovery_keys

    store.require_lead(officer)
    cas = team_cas(store)
    if not cas:
        raise ValidationError(SigningMsg.NO_TEAM_CA())
    path = recovery_key_path(store)
    if team_recovery_keys(store.db.conn):
        raise ValidationError(ProtectMsg.RECOVERY_KEY_EXISTS(path=path))
    require_new_passphrase(passphrase, SigningMsg.WHAT_CA_KEY)
    public, pem = new_recovery_key(passphrase)
    if path.exists():  # a key left by an attempt that never reached the store
        path.replace(path.with_name(path.name + ".unrecorded"))
    write_private(path, pem)
    changes = [
        Change(OpKind.SET, "team_ca", ca["fingerprint"], {"recovery_key": public}) for ca in cas
    ]
    store.write(changes, officer)
    _wrap_for_recovery(store)
    return str(path)


def _recorded(store: Store) -> bool:
    """True when this laptop's CA certificate is a team CA recorded in the store."""
    cert = ca_cert_path(store)
    if not cert.is_file():
        return False
    return certificate_info(cert.read_bytes()).fingerprint in {
        c["fingerprint"] for c in team_cas(store)
    }


def issue_certificate(
    store: Store, officer: str, officer_id: str, ca_passphrase: bytes, p12_passphrase: bytes
) -> IssuedCertificate:
    """Issue a signing certificate for ``officer_id`` from this laptop's team CA key.

    Raises:
        ValidationError: not a team lead, or no CA key on this laptop.
        PkiError: the CA passphrase is wrong, or the new passphrase is too short.
    """
    store.require_lead(officer)
    key_path = ca_key_path(store)
    if not (key_path.is_file() and ca_cert_path(store).is_file()):
        raise ValidationError(SigningMsg.NO_CA_KEY())
    subject = get_officer(store, officer_id)
    agency = get_agency(store, subject.agency_id)
    ca_pem = ca_cert_path(store).read_bytes()
    issued = issue_officer_certificate(
        ca_pem,
        key_path.read_bytes(),
        ca_passphrase,
        OfficerIdentity(
            subject.id, subject.name, subject.certificate_no, agency.name, subject.role
        ),
        p12_passphrase,
    )
    record_certificate(
        store,
        officer,
        issued.fingerprint,
        subject.id,
        issued.cert_pem.decode("ascii"),
        issued.not_after,
    )
    return issued


def import_certificate(store: Store, p12: bytes, passphrase: bytes) -> OfficerCredential:
    """Check a PKCS#12 file against the team CA and keep it on this laptop for signing.

    Raises:
        PkiError: wrong passphrase, not a PKCS#12 file, or not issued by the team CA.
        NotFoundError: the certificate names an officer this store does not know (sync first).
        ValidationError: the team has no CA yet.
    """
    credential = load_credential(p12, passphrase)
    cas = team_ca_pems(store)
    if not cas:
        raise ValidationError(SigningMsg.NO_TEAM_CA())
    check_issued_by(credential.cert_pem, cas)
    if credential.officer_id is None:
        raise ValidationError(SigningMsg.NO_OFFICER_NAMED())
    get_officer(store, credential.officer_id)
    write_private(officer_p12_path(store, credential.officer_id), p12)
    record_certificate(
        store,
        credential.officer_id,
        credential.fingerprint,
        credential.officer_id,
        credential.cert_pem.decode("ascii"),
        credential.not_after,
    )
    return credential


# -- revocation and the CRL (issue 13) --------------------------------------------------------


@dataclass(frozen=True)
class RevokeResult:
    """A revocation just recorded.

    ``crl`` is the new CRL's number, or None when this laptop does not hold the CA key (the
    CRL is then made on the laptop that does).
    """

    fingerprint: str
    officer_id: str
    revoked_at: str
    crl: int | None


def revoke_certificate(
    store: Store,
    officer: str,
    fingerprint: str,
    reason: str,
    ca_passphrase: bytes | None = None,
) -> RevokeResult:
    """Revoke an officer's certificate (team leads only); it syncs to every replica.

    Records ``revoked_at`` (now, UTC) and ``revocation_reason`` on the ``certificate`` record
    (the judge: a lead only, never undone, ``storage/lasting.judge_certificate``). When this
    laptop holds the team CA key and ``ca_passphrase`` is given, a fresh CRL follows
    (:func:`make_team_crl`); otherwise the lead makes it where the CA key is.

    Args:
        store: the open store.
        officer: the acting team lead.
        fingerprint: the certificate's SHA-256 fingerprint (or a unique prefix, 8+ hex).
        reason: a :class:`~inspect_app.domain.entities.RevocationReason` value.
        ca_passphrase: the CA key's passphrase, or None to leave the CRL for later.

    Raises:
        ValidationError: not a team lead, the certificate is already revoked, an unknown
            reason.
        NotFoundError: no such certificate.
        PkiError: a wrong CA passphrase (the revocation is recorded all the same).
    """
    import datetime as dt

    from inspect_app.domain.entities import RevocationReason
    from inspect_app.notices.verify_case import beijing_time
    from inspect_app.storage.lasting import certificate_row, revocation_change

    store.require_lead(officer)
    RevocationReason(reason)  # ValueError for an unknown one, caught by the callers' parsers
    cert = certificate_row(store, fingerprint)
    if cert["revoked_at"]:
        raise ValidationError(
            SigningMsg.ALREADY_REVOKED(date=beijing_time(cert["revoked_at"]).date())
        )
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    store.write([revocation_change(str(cert["id"]), now, reason)], officer)
    number = None
    if ca_passphrase is not None and has_ca_key(store):
        number = make_team_crl(store, officer, ca_passphrase).number
    return RevokeResult(str(cert["id"]), str(cert["officer_id"]), now, number)


def has_ca_key(store: Store) -> bool:
    """True when this laptop holds the team CA key (the CRL and the hub's TSA come from it)."""
    return ca_key_path(store).is_file() and ca_cert_path(store).is_file()


def make_team_crl(store: Store, officer: str, ca_passphrase: bytes) -> CrlMaterial:
    """Make and record a fresh CRL of this laptop's team CA (team leads only).

    It lists every revoked certificate of the store that this CA issued; its number is one
    more than the latest recorded CRL of the CA.

    Raises:
        ValidationError: not a team lead, or no CA key on this laptop.
        PkiError: a wrong CA passphrase.
    """
    import base64
    import datetime as dt

    from inspect_app.notices.crl import Revoked, certificate_serial, make_crl
    from inspect_app.storage.lasting import crl_change, latest_crl, revoked_certificates

    store.require_lead(officer)
    if not has_ca_key(store):
        raise ValidationError(SigningMsg.NO_CA_KEY())
    ca_pem = ca_cert_path(store).read_bytes()
    ca_id = certificate_info(ca_pem).fingerprint
    revoked = []
    for row in revoked_certificates(store):
        pem = str(row["certificate_pem"]).encode("ascii")
        try:
            check_issued_by_ca_only(pem, ca_pem)
        except PkiError:
            continue
        revoked.append(
            Revoked(
                certificate_serial(pem),
                dt.datetime.fromisoformat(str(row["revoked_at"])),
                str(row["revocation_reason"] or "unspecified"),
            )
        )
    previous = latest_crl(store, ca_id)
    number = (previous.number if previous else 0) + 1
    made = make_crl(ca_pem, ca_key_path(store).read_bytes(), ca_passphrase, revoked, number)
    change = crl_change(
        made.sha256,
        ca_id,
        base64.b64encode(made.der).decode("ascii"),
        made.number,
        made.this_update.isoformat(),
        made.next_update.isoformat() if made.next_update else None,
    )
    store.write([change], officer)
    return made


def check_issued_by_ca_only(cert_pem: bytes, ca_pem: bytes) -> None:
    """Raise PkiError unless ``cert_pem`` was signed by ``ca_pem``.

    Validity is not checked: an expired certificate is still listed on the CRL.
    """
    from cryptography import x509

    try:
        cert = x509.load_pem_x509_certificate(cert_pem)
        cert.verify_directly_issued_by(x509.load_pem_x509_certificate(ca_pem))
    except Exception as exc:  # noqa: BLE001 - any mismatch means "not this CA's"
        raise PkiError(SigningMsg.NOT_ISSUED_BY_TEAM(subject=SigningMsg.UNNAMED_HOLDER)) from exc


def issue_hub_tsa(
    store: Store, officer: str, ca_passphrase: bytes, p12_passphrase: bytes
) -> IssuedCertificate:
    """Issue the office hub's timestamping certificate from this laptop's team CA key.

    Raises:
        ValidationError: not a team lead, or no CA key on this laptop.
        PkiError: a wrong CA passphrase or a short new passphrase.
    """
    from inspect_app.notices.pki import issue_tsa_certificate

    store.require_lead(officer)
    if not has_ca_key(store):
        raise ValidationError(SigningMsg.NO_CA_KEY())
    lead = get_officer(store, officer)
    agency = get_agency(store, lead.agency_id)
    return issue_tsa_certificate(
        ca_cert_path(store).read_bytes(),
        ca_key_path(store).read_bytes(),
        ca_passphrase,
        f"{agency.name} 办公室时间戳服务",
        agency.name,
        p12_passphrase,
    )

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
    write_private,
)
from inspect_app.notices.pki import (
    IssuedCertificate,
    OfficerCredential,
    OfficerIdentity,
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
from inspect_app.storage.registry import get_agency, get_officer
from inspect_app.storage.store import Store


@dataclass(frozen=True)
class CaResult:
    """A new team CA: its SHA-256 fingerprint and where its encrypted key was written."""

    fingerprint: str
    key_path: str


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
    write_private(key_path, material.key_pem)
    write_private(ca_cert_path(store), material.cert_pem)
    record_team_ca(
        store,
        officer,
        material.fingerprint,
        material.cert_pem.decode("ascii"),
        f"{agency.name} 执法文书签名CA",
    )
    return CaResult(material.fingerprint, str(key_path))


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

"""The team CA's certificate revocation list (RFC 5280 section 5), made and read.

A team lead revokes an officer's certificate in the store (``certificate.revoked_at``,
``revocation_reason``; it syncs). Where the CA key is (the laptop that made the team CA), the
lead then makes a fresh CRL (:func:`make_crl`) listing every revoked certificate of the team,
signed by the CA key; it is stored as a ``crl`` record (keyed by the SHA-256 of its DER) and
travels by sync. The hub puts the latest CRL into the DSS of a B-LTA copy; ``notice verify``
reads it (:func:`read_crl`) to say whether a signer's certificate was revoked, and when.

Every failure is a :class:`~inspect_app.notices.pki.PkiError` with a keyed message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.notices.pki import PkiError, _load_ca_key, _load_cert, _spki

CRL_VALIDITY = dt.timedelta(days=30)
"""``nextUpdate`` - ``thisUpdate``: a lead makes a fresh CRL at least monthly (``pki crl``)."""

REASONS: dict[str, x509.ReasonFlags] = {
    "unspecified": x509.ReasonFlags.unspecified,
    "key_compromise": x509.ReasonFlags.key_compromise,
    "affiliation_changed": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessation_of_operation": x509.ReasonFlags.cessation_of_operation,
}
"""``RevocationReason`` values (domain) -> RFC 5280 CRLReason."""


@dataclass(frozen=True)
class Revoked:
    """One revoked certificate: its serial number, when and why (a ``REASONS`` key)."""

    serial: int
    revoked_at: dt.datetime
    reason: str = "unspecified"


@dataclass(frozen=True)
class CrlMaterial:
    """A CRL just made (or read).

    Attributes:
        der: the CRL's DER bytes.
        sha256: SHA-256 of ``der``, lowercase hex (the ``crl`` record's id).
        number: the CRL number (RFC 5280 5.2.3), increasing.
        this_update: when it was made (UTC).
        next_update: when the next one is due (UTC), or None.
        revoked: the revoked certificates it lists, by serial number.
    """

    der: bytes
    sha256: str
    number: int
    this_update: dt.datetime
    next_update: dt.datetime | None
    revoked: dict[int, Revoked]


def make_crl(
    ca_cert_pem: bytes,
    ca_key_pem: bytes,
    ca_passphrase: bytes,
    revoked: Sequence[Revoked],
    number: int,
    now: dt.datetime | None = None,
) -> CrlMaterial:
    """Sign an RFC 5280 v2 CRL listing ``revoked`` with the team CA key (SHA-256).

    Extensions: CRL Number (``number``), Authority Key Identifier; per entry the reason code
    (RFC 5280 5.3.1) unless unspecified. ``nextUpdate`` is ``now`` + :data:`CRL_VALIDITY`.

    Raises:
        PkiError: wrong CA passphrase, a key that does not belong to the CA certificate, or a
            ``number`` below 1.
    """
    if number < 1:
        raise PkiError(SigningMsg.VALIDITY_OUT_OF_RANGE(most=2**63, years=repr(number)))
    ca_cert = _load_cert(ca_cert_pem, SigningMsg.WHAT_CA_CERTIFICATE)
    ca_key = _load_ca_key(ca_key_pem, ca_passphrase)
    if _spki(ca_key.public_key()) != _spki(ca_cert.public_key()):
        raise PkiError(SigningMsg.CA_KEY_MISMATCH())
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca_cert.subject)
        .last_update(now)
        .next_update(now + CRL_VALIDITY)
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
    )
    for entry in sorted(revoked, key=lambda r: r.serial):
        item = (
            x509.RevokedCertificateBuilder()
            .serial_number(entry.serial)
            .revocation_date(entry.revoked_at.astimezone(dt.UTC).replace(microsecond=0))
        )
        if entry.reason != "unspecified":
            item = item.add_extension(x509.CRLReason(REASONS[entry.reason]), critical=False)
        builder = builder.add_revoked_certificate(item.build())
    crl = builder.sign(ca_key, hashes.SHA256())
    return _material(crl)


def read_crl(der: bytes, ca_cert_pems: Sequence[bytes]) -> CrlMaterial:
    """Read a CRL and check it was signed by one of the team CAs.

    Raises:
        PkiError: not a CRL, or not signed by any of ``ca_cert_pems``.
    """
    try:
        crl = x509.load_der_x509_crl(bytes(der))
    except ValueError as exc:
        raise PkiError(SigningMsg.CRL_UNREADABLE()) from exc
    for pem in ca_cert_pems:
        ca = _load_cert(pem, SigningMsg.WHAT_TEAM_CA_CERTIFICATE)
        if crl.issuer != ca.subject:
            continue
        try:
            if crl.is_signature_valid(ca.public_key()):  # type: ignore[arg-type]
                return _material(crl)
        except (InvalidSignature, TypeError):
            continue
    raise PkiError(SigningMsg.CRL_NOT_FROM_TEAM())


def certificate_serial(cert_pem: bytes) -> int:
    """The serial number of a certificate (PEM or DER); raises PkiError."""
    return _load_cert(cert_pem, SigningMsg.WHAT_CERTIFICATE).serial_number


def _material(crl: x509.CertificateRevocationList) -> CrlMaterial:
    der = crl.public_bytes(serialization.Encoding.DER)
    try:
        number = int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except x509.ExtensionNotFound:
        number = 0
    revoked: dict[int, Revoked] = {}
    for entry in crl:
        reason = "unspecified"
        try:
            flag = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason
            reason = next((k for k, v in REASONS.items() if v == flag), "unspecified")
        except x509.ExtensionNotFound:
            pass
        revoked[entry.serial_number] = Revoked(
            entry.serial_number, entry.revocation_date_utc, reason
        )
    return CrlMaterial(
        der=der,
        sha256=hashlib.sha256(der).hexdigest(),
        number=number,
        this_update=crl.last_update_utc,
        next_update=crl.next_update_utc,
        revoked=revoked,
    )


def issuer_name(der: bytes) -> str:
    """The CN of a CRL's issuer ("" if none); raises PkiError for a non-CRL."""
    try:
        crl = x509.load_der_x509_crl(bytes(der))
    except ValueError as exc:
        raise PkiError(SigningMsg.CRL_UNREADABLE()) from exc
    names = crl.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""

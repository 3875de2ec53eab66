"""The team's certificate authority and officer signing certificates (``cryptography``).

A team lead creates one self-signed **team CA** (RSA-3072, 20 years) and keeps its key
encrypted with a passphrase, offline if possible. The CA signs one certificate per officer
directly (one level, no intermediate): RSA-2048 keys, 3 years, never longer than the CA. An
officer receives a PKCS#12 file (key, certificate and the CA certificate) protected by its own
passphrase, and signs notices with it (``inspect_app.notices.signing``). Verifiers trust the
CA certificate (``cert_pem`` of :class:`CaMaterial`), in the app or in poppler's ``pdfsig``.

Certificate profile (tested with pyHanko 0.38 and poppler/NSS ``pdfsig`` 22.12; see
``/work/shared/reference/pdf-signing-fonts-photos.md`` sections 1.2 and 1.6):

* Officer subject: ``C=CN, O=<agency>, OU=<role label>, CN=<name> 执法证号 <certificate no>,
  UID=<officer id>``. ``UID`` (``NameOID.USER_ID``, 0.9.2342.19200300.100.1.1, RFC 4519)
  maps a certificate back to the officer record.
* Key usage ``digitalSignature`` + ``nonRepudiation`` (``contentCommitment``), critical
  (RFC 5280 section 4.2.1.3). pyHanko's default validator *requires* nonRepudiation for
  document signatures.
* Extended key usage ``emailProtection`` (RFC 5280 section 4.2.1.12). NSS rejects a
  ``documentSigning``-only EKU, so that one is not used.
* ``BasicConstraints`` (critical), Subject and Authority Key Identifiers (RFC 5280 4.2.1.1-2).
* RSA rather than ECDSA: an ECDSA signature makes pyHanko bump the PDF to version 2.0.
* ``notBefore`` is 5 minutes in the past to tolerate laptop clock skew.

Every failure is a :class:`PkiError` whose message says what to do next, raised with a keyed
``pki.*`` message (:class:`~inspect_app.domain.messages.signing.SigningMsg`); no exception
from ``cryptography`` reaches a caller.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Param
from inspect_app.domain.messages.signing import SigningMsg

MIN_PASSPHRASE_CHARS = 8
"""Minimum length (characters) of a passphrase protecting a new CA key or PKCS#12 file."""

CA_KEY_BITS = 3072
OFFICER_KEY_BITS = 2048
CLOCK_SKEW = dt.timedelta(minutes=5)
"""How far in the past ``notBefore`` is set, to tolerate a laptop clock that runs fast."""

ROLE_LABELS: dict[str, str] = {"inspector": "执法人员", "lead": "负责人"}
"""Officer role -> the organisational unit (OU) written into the certificate subject."""


class PkiError(InspectError):
    """A certificate, key or PKCS#12 file cannot be created, opened or trusted."""


@dataclass(frozen=True)
class CaMaterial:
    """A team certificate authority.

    Attributes:
        cert_pem: the self-signed CA certificate (PEM); give it to every verifier.
        key_pem: the CA private key, PKCS#8 PEM encrypted with the CA passphrase.
        fingerprint: SHA-256 of the certificate's DER encoding, lowercase hex.
    """

    cert_pem: bytes
    key_pem: bytes
    fingerprint: str


@dataclass(frozen=True)
class OfficerIdentity:
    """Who an officer certificate is issued to.

    Attributes:
        officer_id: the officer record's UUID (text), written into the subject's UID.
        name: the officer's name, e.g. ``"张三"``.
        certificate_no: the enforcement certificate number (执法证号).
        agency_name: the issuing agency, written as the subject's O.
        role: ``"inspector"`` or ``"lead"`` (see :data:`ROLE_LABELS`).
    """

    officer_id: str
    name: str
    certificate_no: str
    agency_name: str
    role: str


@dataclass(frozen=True)
class IssuedCertificate:
    """An officer certificate just issued by the team CA.

    Attributes:
        p12: PKCS#12 file with the private key, the certificate and the CA certificate,
            encrypted with the officer's passphrase. Hand it to the officer; do not keep it.
        cert_pem: the officer certificate (PEM).
        fingerprint: SHA-256 of the certificate's DER encoding, lowercase hex.
        not_after: end of validity, ISO 8601 UTC (``2028-03-14T02:00:00+00:00``).
    """

    p12: bytes
    cert_pem: bytes
    fingerprint: str
    not_after: str


@dataclass(frozen=True)
class OfficerCredential:
    """The public part of an officer's PKCS#12 file (no private key).

    Attributes:
        officer_id: the UUID from the certificate subject's UID.
        common_name: the subject CN, e.g. ``"张三 执法证号 51090019001"``.
        cert_pem: the officer certificate (PEM).
        chain_pem: the other certificates in the file (the team CA), PEM each.
        fingerprint: SHA-256 of the certificate's DER encoding, lowercase hex.
        not_after: end of validity, ISO 8601 UTC.
    """

    officer_id: str
    common_name: str
    cert_pem: bytes
    chain_pem: tuple[bytes, ...]
    fingerprint: str
    not_after: str


@dataclass(frozen=True)
class CertificateInfo:
    """What a certificate says, for display.

    Attributes:
        subject_cn: the subject's common name ("" if none).
        officer_id: the subject's UID (officer UUID) or None.
        issuer_cn: the issuer's common name ("" if none).
        fingerprint: SHA-256 of the DER encoding, lowercase hex.
        not_before: start of validity, ISO 8601 UTC.
        not_after: end of validity, ISO 8601 UTC.
        is_ca: True if BasicConstraints says CA.
    """

    subject_cn: str
    officer_id: str | None
    issuer_cn: str
    fingerprint: str
    not_before: str
    not_after: str
    is_ca: bool


def create_ca(
    common_name: str, organisation: str, passphrase: bytes, years: int = 20
) -> CaMaterial:
    """Create a self-signed team CA (RSA-3072, SHA-256).

    Extensions: BasicConstraints CA with path length 0 (it signs officer certificates only),
    KeyUsage keyCertSign + cRLSign (critical), Subject Key Identifier (RFC 5280 4.2.1).

    Args:
        common_name: the CA's CN, e.g. ``"遂宁市生态环境局执法签名CA"``.
        organisation: the O, usually the agency.
        passphrase: encrypts the private key; at least :data:`MIN_PASSPHRASE_CHARS` characters.
        years: validity in years of 365 days (1 to 30).

    Returns:
        The CA certificate, its encrypted key and fingerprint.

    Raises:
        PkiError: empty names, a short passphrase or an out-of-range ``years``.
    """
    _require_text(common_name, SigningMsg.WHAT_CA_NAME)
    _require_text(organisation, SigningMsg.WHAT_ORGANISATION)
    _require_new_passphrase(passphrase, SigningMsg.WHAT_CA_KEY)
    _require_years(years, 30)
    key = rsa.generate_private_key(public_exponent=65537, key_size=CA_KEY_BITS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip()),
        ]
    )
    start = _now() - CLOCK_SKEW
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return CaMaterial(
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        key_pem=key_pem,
        fingerprint=_fingerprint(cert),
    )


def issue_officer_certificate(
    ca_cert_pem: bytes,
    ca_key_pem: bytes,
    ca_passphrase: bytes,
    officer: OfficerIdentity,
    p12_passphrase: bytes,
    years: int = 3,
) -> IssuedCertificate:
    """Issue an officer signing certificate (RSA-2048) and pack it into a PKCS#12 file.

    The validity ends after ``years`` or when the CA expires, whichever is first (a
    certificate outliving its CA would fail path validation, RFC 5280 section 6).

    Args:
        ca_cert_pem: the team CA certificate (PEM).
        ca_key_pem: the CA private key (encrypted PEM, as in :class:`CaMaterial`).
        ca_passphrase: the CA key's passphrase.
        officer: whom the certificate names.
        p12_passphrase: protects the PKCS#12 file; at least :data:`MIN_PASSPHRASE_CHARS`
            characters.
        years: validity in years of 365 days (1 to 10).

    Returns:
        The PKCS#12 file, the certificate, its fingerprint and end of validity.

    Raises:
        PkiError: wrong CA passphrase, a key that does not belong to the CA certificate, an
            expired CA, an invalid officer identity or a short PKCS#12 passphrase.
    """
    _check_identity(officer)
    _require_new_passphrase(p12_passphrase, SigningMsg.WHAT_OFFICER_P12)
    _require_years(years, 10)
    ca_cert, ca_key, now = _issuing_ca(ca_cert_pem, ca_key_pem, ca_passphrase)
    key = rsa.generate_private_key(public_exponent=65537, key_size=OFFICER_KEY_BITS)
    common_name = f"{officer.name.strip()} 执法证号 {officer.certificate_no.strip()}"
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, officer.agency_name.strip()),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ROLE_LABELS[officer.role]),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.USER_ID, str(uuid.UUID(officer.officer_id))),
        ]
    )
    # EKU emailProtection, not critical: what both pyHanko and NSS (pdfsig) accept
    eku = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION])
    cert = _sign_leaf(subject, key, ca_cert, ca_key, now, years, eku, eku_critical=False)
    return _issued(common_name, key, cert, ca_cert, p12_passphrase)


def open_p12(
    p12: bytes, passphrase: bytes
) -> tuple[rsa.RSAPrivateKey, x509.Certificate, tuple[x509.Certificate, ...]]:
    """Open an officer's PKCS#12 file: its private key, certificate and the other certificates.

    Args:
        p12: the PKCS#12 bytes.
        passphrase: the file's passphrase.

    Returns:
        ``(key, certificate, chain)``; ``chain`` holds the other certificates (the team CA).

    Raises:
        PkiError: not a PKCS#12 file, a wrong passphrase, or a file without a key and
            certificate, or with a non-RSA key.
    """
    if not isinstance(p12, bytes | bytearray) or not p12:
        raise PkiError(SigningMsg.P12_EMPTY())
    try:
        loaded = pkcs12.load_pkcs12(bytes(p12), bytes(passphrase) if passphrase else None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        if not _looks_like_pkcs12(bytes(p12)):
            raise PkiError(SigningMsg.NOT_P12()) from exc
        raise PkiError(SigningMsg.P12_WRONG_PASSPHRASE()) from exc
    if loaded.key is None or loaded.cert is None:
        raise PkiError(SigningMsg.P12_NO_KEY())
    if not isinstance(loaded.key, rsa.RSAPrivateKey):
        raise PkiError(SigningMsg.P12_NOT_RSA())
    chain = tuple(item.certificate for item in loaded.additional_certs)
    return loaded.key, loaded.cert.certificate, chain


def load_credential(p12: bytes, passphrase: bytes) -> OfficerCredential:
    """Read the public part of an officer's PKCS#12 file.

    Raises:
        PkiError: as :func:`open_p12`, or the certificate carries no officer id (UID), i.e.
            it was not issued by a team CA of this app.
    """
    _key, cert, chain = open_p12(p12, passphrase)
    officer_id = _attribute(cert.subject, NameOID.USER_ID)
    if not officer_id:
        raise PkiError(SigningMsg.NO_OFFICER_NAMED())
    return OfficerCredential(
        officer_id=officer_id,
        common_name=_attribute(cert.subject, NameOID.COMMON_NAME) or "",
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        chain_pem=tuple(c.public_bytes(serialization.Encoding.PEM) for c in chain),
        fingerprint=_fingerprint(cert),
        not_after=_iso(cert.not_valid_after_utc),
    )


def certificate_info(cert_pem: bytes) -> CertificateInfo:
    """Describe a certificate (PEM, or DER).

    Raises:
        PkiError: the bytes are not a certificate.
    """
    cert = _load_cert(cert_pem, SigningMsg.WHAT_CERTIFICATE)
    return CertificateInfo(
        subject_cn=_attribute(cert.subject, NameOID.COMMON_NAME) or "",
        officer_id=_attribute(cert.subject, NameOID.USER_ID),
        issuer_cn=_attribute(cert.issuer, NameOID.COMMON_NAME) or "",
        fingerprint=_fingerprint(cert),
        not_before=_iso(cert.not_valid_before_utc),
        not_after=_iso(cert.not_valid_after_utc),
        is_ca=_is_ca(cert),
    )


def check_issued_by(cert_pem: bytes, ca_cert_pems: Sequence[bytes]) -> None:
    """Check that a certificate was signed by one of the team CAs and is valid now.

    The signature is checked with ``Certificate.verify_directly_issued_by`` (issuer name,
    signature algorithm and signature; one level, as the team CA signs officers directly).

    Args:
        cert_pem: the officer certificate (PEM or DER).
        ca_cert_pems: the trusted team CA certificates (PEM or DER each).

    Raises:
        PkiError: no CA given, the certificate was not issued by any of them, or it (or the CA
            that issued it) is expired or not yet valid.
    """
    cert = _load_cert(cert_pem, SigningMsg.WHAT_CERTIFICATE)
    cas = [_load_cert(pem, SigningMsg.WHAT_TEAM_CA_CERTIFICATE) for pem in ca_cert_pems]
    if not cas:
        raise PkiError(SigningMsg.NO_TEAM_CA_CONFIGURED())
    issuer = None
    for ca in cas:
        try:
            cert.verify_directly_issued_by(ca)
        except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
            continue
        issuer = ca
        break
    subject: Param = _attribute(cert.subject, NameOID.COMMON_NAME) or SigningMsg.UNNAMED_HOLDER
    if issuer is None:
        raise PkiError(SigningMsg.NOT_ISSUED_BY_TEAM(subject=subject))
    now = _now()
    if now > cert.not_valid_after_utc:
        raise PkiError(
            SigningMsg.CERTIFICATE_EXPIRED(subject=subject, date=cert.not_valid_after_utc.date())
        )
    if now < cert.not_valid_before_utc:
        raise PkiError(
            SigningMsg.CERTIFICATE_NOT_YET_VALID(
                subject=subject, date=cert.not_valid_before_utc.date()
            )
        )
    if now > issuer.not_valid_after_utc:
        raise PkiError(SigningMsg.CA_EXPIRED(date=issuer.not_valid_after_utc.date()))
    if now < issuer.not_valid_before_utc:
        raise PkiError(SigningMsg.CA_NOT_YET_VALID(date=issuer.not_valid_before_utc.date()))


# -- helpers -------------------------------------------------------------------------------


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat()


def _fingerprint(cert: x509.Certificate) -> str:
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _spki(public_key: CertificatePublicKeyTypes) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return None
    value = values[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _load_cert(data: bytes, what: SigningMsg) -> x509.Certificate:
    """Load a PEM or DER certificate; ``what`` (a ``pki.what_*`` word) names it in refusals."""
    if not isinstance(data, bytes | bytearray) or not data:
        raise PkiError(SigningMsg.CERTIFICATE_FILE_EMPTY(what=what))
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(bytes(data))
        return x509.load_der_x509_certificate(bytes(data))
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        raise PkiError(SigningMsg.CERTIFICATE_UNREADABLE(what=what)) from exc


def _load_ca_key(key_pem: bytes, passphrase: bytes) -> rsa.RSAPrivateKey:
    try:
        key = serialization.load_pem_private_key(bytes(key_pem), bytes(passphrase) or None)
    except TypeError as exc:
        raise PkiError(SigningMsg.CA_KEY_NOT_ENCRYPTED()) from exc
    except (ValueError, UnsupportedAlgorithm) as exc:
        if b"PRIVATE KEY-----" not in bytes(key_pem):
            raise PkiError(SigningMsg.CA_KEY_NOT_PEM()) from exc
        raise PkiError(SigningMsg.CA_KEY_WRONG_PASSPHRASE()) from exc
    if not isinstance(key, rsa.RSAPrivateKey):
        raise PkiError(SigningMsg.CA_KEY_NOT_RSA())
    return key


def _looks_like_pkcs12(data: bytes) -> bool:
    """True if ``data`` parses as a PKCS#12 PFX structure (RFC 7292), whatever the passphrase."""
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native in (
            "data",
            "signed_data",
        )
    except (ValueError, TypeError, KeyError):
        return False


def _require_text(value: str, what: SigningMsg) -> None:
    if not isinstance(value, str) or not value.strip():
        raise PkiError(SigningMsg.EMPTY(what=what))


def _require_new_passphrase(passphrase: bytes, what: SigningMsg) -> None:
    if not isinstance(passphrase, bytes | bytearray):
        raise PkiError(SigningMsg.PASSPHRASE_NOT_BYTES(what=what))
    try:
        length = len(bytes(passphrase).decode("utf-8"))
    except UnicodeDecodeError:
        length = len(passphrase)
    if length < MIN_PASSPHRASE_CHARS:
        raise PkiError(
            SigningMsg.PASSPHRASE_TOO_SHORT(what=what, length=length, minimum=MIN_PASSPHRASE_CHARS)
        )


def _require_years(years: int, most: int) -> None:
    if not isinstance(years, int) or isinstance(years, bool) or not 1 <= years <= most:
        raise PkiError(SigningMsg.VALIDITY_OUT_OF_RANGE(most=most, years=repr(years)))


def _check_identity(officer: OfficerIdentity) -> None:
    try:
        uuid.UUID(str(officer.officer_id))
    except ValueError as exc:
        raise PkiError(SigningMsg.OFFICER_ID_INVALID(officer_id=str(officer.officer_id))) from exc
    _require_text(officer.name, SigningMsg.WHAT_OFFICER_NAME)
    _require_text(officer.certificate_no, SigningMsg.WHAT_CERTIFICATE_NO)
    _require_text(officer.agency_name, SigningMsg.WHAT_AGENCY_NAME)
    if officer.role not in ROLE_LABELS:
        raise PkiError(
            SigningMsg.UNKNOWN_ROLE(role=str(officer.role), roles=", ".join(ROLE_LABELS))
        )


def issue_tsa_certificate(
    ca_cert_pem: bytes,
    ca_key_pem: bytes,
    ca_passphrase: bytes,
    common_name: str,
    organisation: str,
    p12_passphrase: bytes,
    years: int = 10,
) -> IssuedCertificate:
    """Issue the office hub's timestamping certificate (RSA-2048) in a PKCS#12 file.

    Profile after RFC 3161 section 2.3: extended key usage ``timeStamping`` only, marked
    critical; key usage ``digitalSignature`` + ``nonRepudiation`` (critical); not a CA. The
    validity ends after ``years`` or with the CA, whichever is first. The hub opens the file
    with :func:`inspect_app.notices.tsa.tsa_from_p12`.

    Args:
        ca_cert_pem: the team CA certificate (PEM).
        ca_key_pem: the CA private key (encrypted PEM).
        ca_passphrase: the CA key's passphrase.
        common_name: the TSA's CN, e.g. ``"遂宁市生态环境局 办公室时间戳服务"``.
        organisation: the O, usually the agency.
        p12_passphrase: protects the PKCS#12 file; at least :data:`MIN_PASSPHRASE_CHARS`.
        years: validity in years of 365 days (1 to 20).

    Raises:
        PkiError: as :func:`issue_officer_certificate` for the CA, empty names, a short
            passphrase or an out-of-range ``years``.
    """
    _require_text(common_name, SigningMsg.WHAT_CA_NAME)
    _require_text(organisation, SigningMsg.WHAT_ORGANISATION)
    _require_new_passphrase(p12_passphrase, SigningMsg.WHAT_OFFICER_P12)
    _require_years(years, 20)
    ca_cert, ca_key, now = _issuing_ca(ca_cert_pem, ca_key_pem, ca_passphrase)
    key = rsa.generate_private_key(public_exponent=65537, key_size=OFFICER_KEY_BITS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "CN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip()),
        ]
    )
    # RFC 3161 §2.3: the TSA's certificate holds only timeStamping, marked critical
    eku = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING])
    cert = _sign_leaf(subject, key, ca_cert, ca_key, now, years, eku, eku_critical=True)
    return _issued(common_name.strip(), key, cert, ca_cert, p12_passphrase)


def _issuing_ca(
    ca_cert_pem: bytes, ca_key_pem: bytes, ca_passphrase: bytes
) -> tuple[x509.Certificate, rsa.RSAPrivateKey, dt.datetime]:
    """The team CA's certificate and key, checked fit to issue now; and now (UTC).

    Raises:
        PkiError: an unreadable certificate or key, a wrong passphrase, a key not the
            certificate's, a certificate that is not a CA, or an expired CA.
    """
    ca_cert = _load_cert(ca_cert_pem, SigningMsg.WHAT_CA_CERTIFICATE)
    ca_key = _load_ca_key(ca_key_pem, ca_passphrase)
    if _spki(ca_key.public_key()) != _spki(ca_cert.public_key()):
        raise PkiError(SigningMsg.CA_KEY_MISMATCH())
    if not _is_ca(ca_cert):
        raise PkiError(SigningMsg.NOT_A_CA())
    now = _now()
    if now > ca_cert.not_valid_after_utc:
        raise PkiError(SigningMsg.CA_EXPIRED(date=ca_cert.not_valid_after_utc.date()))
    return ca_cert, ca_key, now


def _sign_leaf(
    subject: x509.Name,
    key: rsa.RSAPrivateKey,
    ca_cert: x509.Certificate,
    ca_key: rsa.RSAPrivateKey,
    now: dt.datetime,
    years: int,
    eku: x509.ExtendedKeyUsage,
    *,
    eku_critical: bool,
) -> x509.Certificate:
    """An end-entity certificate (RFC 5280) for ``key``, signed by the team CA.

    Valid from ``now`` less the clock skew for ``years`` × 365 days, never past the CA;
    keyUsage digitalSignature + nonRepudiation (critical), the given extended key usage,
    subject and authority key identifiers; SHA-256.
    """
    start = now - CLOCK_SKEW
    end = min(start + dt.timedelta(days=365 * years), ca_cert.not_valid_after_utc)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(eku, critical=eku_critical)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )


def _issued(
    name: str,
    key: rsa.RSAPrivateKey,
    cert: x509.Certificate,
    ca_cert: x509.Certificate,
    p12_passphrase: bytes,
) -> IssuedCertificate:
    """The PKCS#12 file (key, certificate, the CA) and what describes it."""
    p12 = pkcs12.serialize_key_and_certificates(
        name.encode("utf-8"),
        key,
        cert,
        [ca_cert],
        serialization.BestAvailableEncryption(p12_passphrase),
    )
    return IssuedCertificate(
        p12=p12,
        cert_pem=cert.public_bytes(serialization.Encoding.PEM),
        fingerprint=_fingerprint(cert),
        not_after=_iso(cert.not_valid_after_utc),
    )

"""Team CA and officer certificates: profile (RFC 5280), PKCS#12 round trip, clear errors."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

import pki_fixtures
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pki_fixtures import (
    CA_PASSPHRASE,
    INSPECTOR,
    LEAD,
    P12_PASSPHRASE,
    OfficerP12,
    TeamCa,
    build_other_ca,
)

from inspect_app.domain.errors import InspectError
from inspect_app.notices import pki
from inspect_app.notices.pki import PkiError

team_ca = pki_fixtures.team_ca
lead_p12 = pki_fixtures.lead_p12
inspector_p12 = pki_fixtures.inspector_p12
stranger_p12 = pki_fixtures.stranger_p12


def _cert(pem: bytes) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem)


def test_ca_profile(team_ca: TeamCa) -> None:
    ca, passphrase = team_ca
    cert = _cert(ca.cert_pem)
    assert cert.subject == cert.issuer
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value.endswith("CA")
    basic = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert basic.critical and basic.value.ca and basic.value.path_length == 0
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.key_cert_sign and usage.value.crl_sign
    assert not usage.value.digital_signature
    assert cert.public_key().key_size == 3072
    skew = dt.datetime.now(dt.UTC) - cert.not_valid_before_utc
    assert dt.timedelta(minutes=4) < skew < dt.timedelta(minutes=30)
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days == 365 * 20
    der = cert.public_bytes(serialization.Encoding.DER)
    assert ca.fingerprint == hashlib.sha256(der).hexdigest()
    assert b"ENCRYPTED PRIVATE KEY" in ca.key_pem
    key = serialization.load_pem_private_key(ca.key_pem, passphrase)
    assert isinstance(key, rsa.RSAPrivateKey)
    cert.verify_directly_issued_by(cert)  # self-signed


def test_officer_profile(team_ca: TeamCa, lead_p12: OfficerP12) -> None:
    issued, _passphrase, officer = lead_p12
    cert = _cert(issued.cert_pem)
    ca_cert = _cert(team_ca.ca.cert_pem)

    def attr(oid: x509.ObjectIdentifier) -> str:
        return str(cert.subject.get_attributes_for_oid(oid)[0].value)

    assert attr(NameOID.COUNTRY_NAME) == "CN"
    assert attr(NameOID.ORGANIZATION_NAME) == officer.agency_name
    assert attr(NameOID.ORGANIZATIONAL_UNIT_NAME) == pki.ROLE_LABELS["lead"]
    assert attr(NameOID.COMMON_NAME) == "王五 执法证号 51090019003"
    assert attr(NameOID.USER_ID) == officer.officer_id
    assert cert.issuer == ca_cert.subject
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical
    assert usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign and not usage.value.key_encipherment
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == ca_ski.digest
    assert cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert cert.public_key().key_size == 2048
    assert issued.not_after == cert.not_valid_after_utc.isoformat()
    assert issued.not_after.endswith("+00:00")
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days == 365 * 3
    cert.verify_directly_issued_by(ca_cert)


def test_p12_holds_key_cert_and_ca(team_ca: TeamCa, inspector_p12: OfficerP12) -> None:
    issued, passphrase, _officer = inspector_p12
    loaded = pkcs12.load_pkcs12(issued.p12, passphrase)
    assert loaded.key is not None and loaded.cert is not None
    assert loaded.cert.certificate == _cert(issued.cert_pem)
    assert [c.certificate for c in loaded.additional_certs] == [_cert(team_ca.ca.cert_pem)]
    assert loaded.cert.friendly_name == "张三 执法证号 51090019001".encode()


def test_load_credential(team_ca: TeamCa, inspector_p12: OfficerP12) -> None:
    issued, passphrase, officer = inspector_p12
    credential = pki.load_credential(issued.p12, passphrase)
    assert credential.officer_id == officer.officer_id
    assert credential.common_name == "张三 执法证号 51090019001"
    assert credential.cert_pem == issued.cert_pem
    assert credential.chain_pem == (team_ca.ca.cert_pem,)
    assert credential.fingerprint == issued.fingerprint
    assert credential.not_after == issued.not_after


def test_wrong_passphrase_is_a_clear_error(inspector_p12: OfficerP12) -> None:
    with pytest.raises(PkiError, match="passphrase does not open this PKCS#12 file") as info:
        pki.load_credential(inspector_p12.issued.p12, b"not-the-passphrase")
    assert "try again" in str(info.value)
    assert isinstance(info.value, InspectError)


@pytest.mark.parametrize(
    "data",
    [b"not a p12 at all", b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"],
)
def test_not_a_p12_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(PkiError, match="not a PKCS#12 certificate file"):
        pki.load_credential(data, P12_PASSPHRASE)


def test_empty_p12_is_a_clear_error() -> None:
    with pytest.raises(PkiError, match="empty"):
        pki.load_credential(b"", P12_PASSPHRASE)


def test_certificate_info(team_ca: TeamCa, lead_p12: OfficerP12) -> None:
    info = pki.certificate_info(lead_p12.issued.cert_pem)
    assert info.subject_cn == "王五 执法证号 51090019003"
    assert info.officer_id == LEAD.officer_id
    assert info.issuer_cn == "遂宁市生态环境局执法签名CA"
    assert info.fingerprint == lead_p12.issued.fingerprint
    assert info.not_after == lead_p12.issued.not_after
    assert info.not_before < info.not_after
    assert not info.is_ca
    ca_info = pki.certificate_info(team_ca.ca.cert_pem)
    assert ca_info.is_ca and ca_info.officer_id is None
    assert ca_info.subject_cn == ca_info.issuer_cn
    der = _cert(team_ca.ca.cert_pem).public_bytes(serialization.Encoding.DER)
    assert pki.certificate_info(der) == ca_info
    with pytest.raises(PkiError, match="not a readable X.509 certificate"):
        pki.certificate_info(b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----")


def test_check_issued_by(team_ca: TeamCa, lead_p12: OfficerP12, stranger_p12: OfficerP12) -> None:
    other = build_other_ca().ca
    pki.check_issued_by(lead_p12.issued.cert_pem, [team_ca.ca.cert_pem])
    pki.check_issued_by(lead_p12.issued.cert_pem, [other.cert_pem, team_ca.ca.cert_pem])
    with pytest.raises(PkiError, match="not issued by a trusted team CA"):
        pki.check_issued_by(stranger_p12.issued.cert_pem, [team_ca.ca.cert_pem])
    with pytest.raises(PkiError, match="not issued by a trusted team CA"):
        pki.check_issued_by(lead_p12.issued.cert_pem, [other.cert_pem])
    with pytest.raises(PkiError, match="No team CA"):
        pki.check_issued_by(lead_p12.issued.cert_pem, [])


def test_same_name_different_key_is_not_trusted(team_ca: TeamCa, lead_p12: OfficerP12) -> None:
    """A CA that copies the team CA's name but has another key: the signature check fails."""
    impostor_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    real = _cert(team_ca.ca.cert_pem)
    now = dt.datetime.now(dt.UTC)
    impostor = (
        x509.CertificateBuilder()
        .subject_name(real.subject)
        .issuer_name(real.subject)
        .public_key(impostor_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(impostor_key, hashes.SHA256())
    )
    pem = impostor.public_bytes(serialization.Encoding.PEM)
    with pytest.raises(PkiError, match="not issued by a trusted team CA"):
        pki.check_issued_by(lead_p12.issued.cert_pem, [pem])


def test_expired_certificate_is_refused(team_ca: TeamCa) -> None:
    ca, passphrase = team_ca
    ca_key = serialization.load_pem_private_key(ca.key_pem, passphrase)
    ca_cert = _cert(ca.cert_pem)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    expired = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "过期 执法证号 1")]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=30))
        .not_valid_after(now - dt.timedelta(days=1))
        .sign(ca_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    with pytest.raises(PkiError, match="expired"):
        pki.check_issued_by(expired.public_bytes(serialization.Encoding.PEM), [ca.cert_pem])


@pytest.mark.parametrize("passphrase", [b"", b"short", "口令太短".encode()])
def test_short_passphrases_are_refused(team_ca: TeamCa, passphrase: bytes) -> None:
    with pytest.raises(PkiError, match="at least 8"):
        pki.create_ca("CA", "机构", passphrase)
    ca, ca_passphrase = team_ca
    with pytest.raises(PkiError, match="at least 8"):
        pki.issue_officer_certificate(ca.cert_pem, ca.key_pem, ca_passphrase, LEAD, passphrase)


def test_wrong_ca_passphrase(team_ca: TeamCa) -> None:
    ca, _ = team_ca
    with pytest.raises(PkiError, match="passphrase does not open the team CA key"):
        pki.issue_officer_certificate(
            ca.cert_pem, ca.key_pem, b"wrong-passphrase", LEAD, P12_PASSPHRASE
        )


def test_ca_key_from_another_ca(team_ca: TeamCa) -> None:
    other = build_other_ca().ca
    with pytest.raises(PkiError, match="does not belong to this CA certificate"):
        pki.issue_officer_certificate(
            team_ca.ca.cert_pem, other.key_pem, CA_PASSPHRASE, LEAD, P12_PASSPHRASE
        )


def test_officer_certificate_is_not_a_ca(team_ca: TeamCa, lead_p12: OfficerP12) -> None:
    with pytest.raises(PkiError):
        pki.issue_officer_certificate(
            lead_p12.issued.cert_pem, team_ca.ca.key_pem, CA_PASSPHRASE, LEAD, P12_PASSPHRASE
        )


@pytest.mark.parametrize(
    "change",
    [
        {"officer_id": "not-a-uuid"},
        {"role": "boss"},
        {"name": "  "},
        {"certificate_no": ""},
        {"agency_name": ""},
    ],
)
def test_bad_identity_is_refused(team_ca: TeamCa, change: dict[str, str]) -> None:
    ca, passphrase = team_ca
    with pytest.raises(PkiError):
        pki.issue_officer_certificate(
            ca.cert_pem, ca.key_pem, passphrase, replace(INSPECTOR, **change), P12_PASSPHRASE
        )

"""Session-wide team PKI for tests: one team CA, a lead and an inspector certificate.

RSA key generation takes a while (the CA is RSA-3072) and the stamp font is built once
(~8-25 s on a cold cache), so everything here is built once per test session and shared.

Use in a test module (``tests/`` is on pytest's ``pythonpath``)::

    import pki_fixtures

    team_ca = pki_fixtures.team_ca      # module attributes register the fixtures with
    lead_p12 = pki_fixtures.lead_p12    # pytest; unlike ``from pki_fixtures import
                                        # team_ca`` this does not trip ruff's F811

    def test_something(team_ca, lead_p12):
        ca, ca_passphrase = team_ca
        issued, passphrase, officer = lead_p12

Fixtures (all session-scoped; values are immutable):

* ``team_ca`` -> :class:`TeamCa` ``(ca: CaMaterial, passphrase: bytes)``.
* ``lead_p12`` / ``inspector_p12`` -> :class:`OfficerP12`
  ``(issued: IssuedCertificate, passphrase: bytes, officer: OfficerIdentity)``, issued by
  ``team_ca`` with role ``"lead"`` (王五) / ``"inspector"`` (张三).
* ``stranger_p12`` -> :class:`OfficerP12` issued by a *different* CA (not trusted).
* ``stamp_font`` -> ``Path`` of the cached stamp font (``stamp_font_path()``; it uses
  ``$INSPECT_APP_CACHE`` or the user cache dir, so later sessions start warm).

The builders are ``functools.cache``-d module functions, so importing the fixtures into
several modules still builds each key once.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

import pytest

from inspect_app.notices.pki import (
    CaMaterial,
    IssuedCertificate,
    OfficerIdentity,
    create_ca,
    issue_officer_certificate,
)

CA_PASSPHRASE = b"team-ca-passphrase"
"""Passphrase of the test team CA key."""
P12_PASSPHRASE = "执法证书口令2025".encode()
"""Passphrase of every test officer PKCS#12 file (non-ASCII on purpose)."""
AGENCY = "遂宁市生态环境局"

LEAD = OfficerIdentity(
    officer_id="6f1d3c2a-8b4e-4f51-9a7d-2c0e5b9a1f01",
    name="王五",
    certificate_no="51090019003",
    agency_name=AGENCY,
    role="lead",
)
INSPECTOR = OfficerIdentity(
    officer_id="0b7e9a44-5c2d-4e8f-b1a3-7d6c5e4f3a02",
    name="张三",
    certificate_no="51090019001",
    agency_name=AGENCY,
    role="inspector",
)
STRANGER = OfficerIdentity(
    officer_id="9c8b7a65-4d3e-4f21-8a0b-1c2d3e4f5a03",
    name="赵六",
    certificate_no="50015220099",
    agency_name="某外地执法机构",
    role="lead",
)


class TeamCa(NamedTuple):
    """The test team CA and the passphrase of its key."""

    ca: CaMaterial
    passphrase: bytes


class OfficerP12(NamedTuple):
    """An issued officer certificate, its PKCS#12 passphrase and the identity it names."""

    issued: IssuedCertificate
    passphrase: bytes
    officer: OfficerIdentity


@functools.cache
def build_team_ca() -> TeamCa:
    """The team CA (built once per process)."""
    return TeamCa(create_ca("遂宁市生态环境局执法签名CA", AGENCY, CA_PASSPHRASE), CA_PASSPHRASE)


@functools.cache
def build_other_ca() -> TeamCa:
    """A second, unrelated CA: its certificates must not be trusted by the team."""
    return TeamCa(create_ca("外地执法签名CA", "某外地执法机构", CA_PASSPHRASE), CA_PASSPHRASE)


@functools.cache
def build_officer(officer: OfficerIdentity, other_ca: bool = False) -> OfficerP12:
    """Issue (once per process) a certificate for ``officer`` from the team or other CA."""
    ca, passphrase = build_other_ca() if other_ca else build_team_ca()
    issued = issue_officer_certificate(ca.cert_pem, ca.key_pem, passphrase, officer, P12_PASSPHRASE)
    return OfficerP12(issued, P12_PASSPHRASE, officer)


@pytest.fixture(scope="session")
def team_ca() -> TeamCa:
    """(CaMaterial, passphrase) of the test team CA."""
    return build_team_ca()


@pytest.fixture(scope="session")
def lead_p12() -> OfficerP12:
    """(IssuedCertificate, passphrase, OfficerIdentity) of the team lead 王五."""
    return build_officer(LEAD)


@pytest.fixture(scope="session")
def inspector_p12() -> OfficerP12:
    """(IssuedCertificate, passphrase, OfficerIdentity) of the inspector 张三."""
    return build_officer(INSPECTOR)


@pytest.fixture(scope="session")
def stranger_p12() -> OfficerP12:
    """(IssuedCertificate, passphrase, OfficerIdentity) issued by another CA (untrusted)."""
    return build_officer(STRANGER, other_ca=True)


@pytest.fixture(scope="session")
def stamp_font() -> Path:
    """The cached CJK stamp font (skips if the WenQuanYi Micro Hei source is missing)."""
    from inspect_app.domain.errors import FontMissingError
    from inspect_app.notices.stamp_font import stamp_font_path

    try:
        return stamp_font_path()
    except FontMissingError as exc:
        pytest.skip(str(exc))

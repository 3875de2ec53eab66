"""The hub's RFC 3161 timestamp authority: a TimeStampResp for a TimeStampReq.

The office hub runs it (``POST /tsa``, ``application/timestamp-query`` ->
``application/timestamp-reply``, :mod:`inspect_app.sync.hub`); laptops use it through
pyHanko's ``HTTPTimeStamper`` when they sign (PAdES B-T) and the hub itself when it adds a
document timestamp (PAdES B-LTA, :mod:`inspect_app.notices.ltv`).

Why not pyHanko's ``DummyTimeStamper`` (MIT, like pyHanko): its own docstring says it is for
testing; it grants every request (any hash algorithm, any imprint length, ``certReq``
ignored), writes another organisation's policy OID (GlobalSign's 1.3.6.1.4.1.4146.2.2) into
every token and reads the machine's local zone. This module is the same small CMS
construction on ``asn1crypto`` + ``cryptography``, with the checks a production TSA makes
(RFC 3161 section 2.4.2): only SHA-256/384/512 imprints of the right length, ``badRequest``
/ ``badAlg`` / ``unacceptedPolicy`` refusals, the nonce echoed, the certificate included only
when asked, a random 127-bit serial number, ``genTime`` in UTC from the hub's clock (the
hub's clock is the office's time source: keep it on NTP).

The TSA certificate is issued by the team CA (:func:`inspect_app.notices.pki.issue_tsa_certificate`:
EKU timeStamping, critical, RFC 3161 section 2.3), so a verifier that trusts the team CA
trusts the timestamps.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from asn1crypto import algos, cms, core, tsp, x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.notices.pki import PkiError, open_p12

POLICY_OID = "2.25.186416359217468452478372180962547394117"
"""The TSA policy of the app's hubs: a UUID OID (ITU-T X.667, arc 2.25, no registration
needed): "timestamps of an inspect_app office hub, time from the hub's clock"."""

ACCURACY_SECONDS = 1
"""Stated accuracy of ``genTime`` (the hub's clock, NTP-synchronised)."""

MAX_REQUEST_BYTES = 4096
"""A TimeStampReq is a few hundred bytes; the hub refuses larger bodies."""

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"

_DIGESTS: dict[str, tuple[int, hashes.HashAlgorithm]] = {
    "sha256": (32, hashes.SHA256()),
    "sha384": (48, hashes.SHA384()),
    "sha512": (64, hashes.SHA512()),
}


@dataclass(frozen=True)
class TimeStampAuthority:
    """A TSA key and certificate (from the hub's PKCS#12 file).

    Attributes:
        key: the TSA's RSA private key.
        cert: its certificate (asn1crypto), issued by the team CA.
        chain: the other certificates of the file (the team CA), embedded on request.
        clock: the current time (UTC); tests may pass a fixed clock.
    """

    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)

    @property
    def name(self) -> str:
        """The TSA certificate's CN (what ``notice verify`` names as the time source)."""
        return str(self.cert.subject.native.get("common_name") or "?")

    def respond(self, request_der: bytes) -> bytes:
        """Answer one DER TimeStampReq with a DER TimeStampResp (granted or rejection).

        Never raises for a bad request: RFC 3161 answers it with a ``rejection`` status and a
        failure code (``badRequest``, ``badAlg``, ``unacceptedPolicy``).
        """
        try:
            req = tsp.TimeStampReq.load(bytes(request_der), strict=True)
            imprint = req["message_imprint"]
            algorithm = imprint["hash_algorithm"]["algorithm"].native
            digest = bytes(imprint["hashed_message"].native)
            policy = req["req_policy"].native
            nonce = req["nonce"].native
            cert_req = bool(req["cert_req"].native)
        except (ValueError, TypeError, KeyError):
            return _rejection("bad_request")
        if algorithm not in _DIGESTS:
            return _rejection("bad_alg")
        if len(digest) != _DIGESTS[algorithm][0]:
            return _rejection("bad_request")
        if policy is not None and policy != POLICY_OID:
            return _rejection("unaccepted_policy")
        return self.grant(algorithm, digest, nonce, cert_req).dump()

    def grant(
        self, algorithm: str, digest: bytes, nonce: int | None, cert_req: bool
    ) -> tsp.TimeStampResp:
        """Build a granted TimeStampResp whose token signs ``digest`` at the clock's time."""
        now = self.clock().astimezone(dt.UTC).replace(microsecond=0)
        info: dict[str, object] = {
            "version": "v1",
            "policy": POLICY_OID,
            "message_imprint": tsp.MessageImprint(
                {
                    "hash_algorithm": algos.DigestAlgorithm({"algorithm": algorithm}),
                    "hashed_message": digest,
                }
            ),
            "serial_number": secrets.randbits(127),
            "gen_time": now,
            "accuracy": tsp.Accuracy({"seconds": ACCURACY_SECONDS}),
            "tsa": x509.GeneralName(name="directory_name", value=self.cert.subject),
        }
        if nonce is not None:
            info["nonce"] = nonce
        tst_info = tsp.TSTInfo(info).dump()
        signed_attrs = cms.CMSAttributes(
            [
                _attribute("content_type", "tst_info"),
                _attribute("signing_time", cms.Time({"utc_time": core.UTCTime(now)})),
                _attribute("message_digest", hashlib.sha256(tst_info).digest()),
                _attribute(
                    "signing_certificate_v2",
                    tsp.SigningCertificateV2(
                        {"certs": [{"cert_hash": hashlib.sha256(self.cert.dump()).digest()}]}
                    ),
                ),
            ]
        )
        signature = self.key.sign(signed_attrs.dump(), padding.PKCS1v15(), hashes.SHA256())
        sha256 = algos.DigestAlgorithm({"algorithm": "sha256"})
        signer = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier(
                    {
                        "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                            {"issuer": self.cert.issuer, "serial_number": self.cert.serial_number}
                        )
                    }
                ),
                "digest_algorithm": sha256,
                "signature_algorithm": algos.SignedDigestAlgorithm(
                    {"algorithm": "rsassa_pkcs1v15"}
                ),
                "signed_attrs": signed_attrs,
                "signature": signature,
            }
        )
        signed_data: dict[str, object] = {
            "version": "v3",
            "digest_algorithms": [sha256],
            "encap_content_info": {
                "content_type": "tst_info",
                "content": cms.ParsableOctetString(tst_info),
            },
            "signer_infos": [signer],
        }
        if cert_req:
            signed_data["certificates"] = [self.cert, *self.chain]
        token = cms.ContentInfo({"content_type": "signed_data", "content": signed_data})
        return tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token})


def tsa_from_p12(p12: bytes, passphrase: bytes) -> TimeStampAuthority:
    """Open the hub's TSA PKCS#12 file (made by ``inspect-app pki issue-tsa``).

    Raises:
        PkiError: not a PKCS#12 file, a wrong passphrase, a non-RSA key, or a certificate
            without the critical timeStamping extended key usage, or one that has expired.
    """
    from cryptography import x509 as crypto_x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    key, cert, chain = open_p12(p12, passphrase)
    try:
        eku = cert.extensions.get_extension_for_class(crypto_x509.ExtendedKeyUsage)
        usable = eku.critical and list(eku.value) == [ExtendedKeyUsageOID.TIME_STAMPING]
    except crypto_x509.ExtensionNotFound:
        usable = False
    if not usable:
        raise PkiError(
            SigningMsg.TSA_NOT_TIMESTAMPING(command="inspect-app pki issue-tsa --out hub-tsa.p12")
        )
    if dt.datetime.now(dt.UTC) > cert.not_valid_after_utc:
        raise PkiError(SigningMsg.OWN_CERTIFICATE_EXPIRED(date=cert.not_valid_after_utc.date()))
    der = serialization.Encoding.DER
    return TimeStampAuthority(
        key=key,
        cert=x509.Certificate.load(cert.public_bytes(der)),
        chain=tuple(x509.Certificate.load(c.public_bytes(der)) for c in chain),
    )


def _attribute(name: str, value: object) -> cms.CMSAttribute:
    return cms.CMSAttribute({"type": name, "values": [value]})


def _rejection(fail: str) -> bytes:
    """A TimeStampResp with a ``rejection`` status and no token (RFC 3161 section 2.4.2).

    asn1crypto's ``TimeStampResp`` declares the token mandatory, so the SEQUENCE is wrapped
    by hand around the encoded ``PKIStatusInfo``.
    """
    status = tsp.PKIStatusInfo({"status": "rejection", "fail_info": tsp.PKIFailureInfo({fail})})
    return core.Sequence(contents=status.dump()).dump()


def reply_status(reply_der: bytes) -> tuple[str, set[str]]:
    """(status, failure codes) of a DER TimeStampResp, token or not (for callers and tests).

    Raises:
        ValueError: not a TimeStampResp.
    """
    outer = core.Sequence.load(bytes(reply_der))
    status = tsp.PKIStatusInfo.load(outer.contents[: _first_tlv_length(outer.contents)])
    fail = status["fail_info"].native
    return str(status["status"].native), set(fail or ())


def _first_tlv_length(data: bytes) -> int:
    """Length in bytes of the first DER TLV of ``data``."""
    if data[1] < 0x80:
        return 2 + data[1]
    count = data[1] & 0x7F
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")

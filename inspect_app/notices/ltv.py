"""PAdES B-LTA: validation data in the DSS and a document timestamp (pyHanko).

:func:`upgrade_to_lta` turns a signed B-B or B-T document into a B-LTA copy, as ETSI EN 319
142-1 section 5.4 describes, in two incremental updates (the signed bytes stay as they are;
the DocMDP lock of the lead's signature allows exactly these updates, ISO 32000-2 12.8.4.4):

1. a **DSS** (``/DSS``: certificates, CRLs; one ``/VRI`` per signature) with the chain of
   every signature and signature timestamp, the team CA's latest CRL and the TSA's chain;
2. a **document timestamp** (``/DocTimeStamp``, RFC 3161, from the hub's TSA) over it all.

From then on, a verifier (``notice verify``, Adobe, any PAdES validator) can check each
signature *at the time the document timestamp proves*, not at today's date: a document stays
valid after the officer's certificate expired (:func:`inspect_app.notices.signing.verify_pdf`
with a ``moment``). When the TSA's own certificate nears its end, the hub adds a further
document timestamp over the whole file (:func:`add_archive_timestamp`), and so on.

:func:`level_of` reads which baseline a file reaches (B-B, B-T, B-LT, B-LTA).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from inspect_app.domain.entities import SignatureLevel
from inspect_app.notices.signing import (
    SigningError,
    _asn1_cert,
    _incremental_writer,
    _reader,
    signature_timestamp,
)
from inspect_app.notices.tsa import TimeStampAuthority

if TYPE_CHECKING:
    from pyhanko.sign.timestamps import TimeStamper
    from pyhanko_certvalidator import ValidationContext

DOC_TIMESTAMP_FIELD = "ArchiveTimestamp"
"""The name of the first document timestamp's field (later ones get a numbered suffix)."""


def local_timestamper(tsa: TimeStampAuthority) -> TimeStamper:
    """A pyHanko ``TimeStamper`` that asks ``tsa`` in this process (the hub's own TSA)."""
    from pyhanko.sign.timestamps import TimeStamper

    class _Local(TimeStamper):
        async def async_request_tsa_response(self, req: Any) -> Any:
            from asn1crypto import tsp

            return tsp.TimeStampResp.load(tsa.respond(req.dump()))

    return _Local()


def validation_context(
    trust_roots_pem: Sequence[bytes], crls_der: Sequence[bytes] = (), moment: Any = None
) -> ValidationContext:
    """The offline validation context of the team: its CAs, its CRLs, no fetching.

    ``revocation_mode="soft-fail"``: a certificate with no CRL entry and no CRL at hand is
    taken as not revoked (the app reads the CRL itself for the verdict, see ``verify_pdf``).
    """
    from asn1crypto import crl as asn1_crl
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=[_asn1_cert(pem) for pem in trust_roots_pem],
        crls=[asn1_crl.CertificateList.load(bytes(d)) for d in crls_der],
        allow_fetching=False,
        revocation_mode="soft-fail",
        moment=moment,
    )


def upgrade_to_lta(
    pdf: bytes,
    trust_roots_pem: Sequence[bytes],
    crls_der: Sequence[bytes],
    timestamper: TimeStamper,
) -> bytes:
    """Add the DSS (chains + CRLs) and a document timestamp: the B-LTA copy of ``pdf``.

    Args:
        pdf: a signed PDF (B-B or B-T); not changed.
        trust_roots_pem: the team CA certificates.
        crls_der: the team CA's CRLs (the latest is enough), DER each.
        timestamper: the TSA to ask (:func:`local_timestamper` at the hub).

    Returns:
        ``pdf`` followed by two incremental updates (DSS, then the document timestamp).

    Raises:
        SigningError: not a signed PDF, or pyHanko could not add the data (the message says
            why).
    """
    from pyhanko.sign import signers
    from pyhanko.sign.validation import add_validation_info

    reader = _reader(pdf)
    signatures = [s for s in reader.embedded_signatures if s.sig_object_type == "/Sig"]
    if not signatures:
        from inspect_app.domain.messages.signing import SigningMsg

        raise SigningError(SigningMsg.NO_SIGNATURE())
    data = bytes(pdf)
    try:
        for index in range(len(signatures)):
            current = _reader(data)
            sig = [s for s in current.embedded_signatures if s.sig_object_type == "/Sig"][index]
            vc = validation_context(trust_roots_pem, crls_der)
            out = add_validation_info(sig, vc, force_write=index == 0)
            data = out.getvalue()
        writer = _incremental_writer(data)
        vc = validation_context(trust_roots_pem, crls_der)
        stamper = signers.PdfTimeStamper(timestamper, field_name=_free_field(data))
        out = stamper.timestamp_pdf(writer, "sha256", validation_context=vc)
        return out.getvalue()
    except SigningError:
        raise
    except Exception as exc:  # pyHanko's own errors (validation, writer)
        from inspect_app.domain.messages.signing import SigningMsg

        raise SigningError(SigningMsg.LTA_FAILED(error=f"{type(exc).__name__}: {exc}")) from exc


def add_archive_timestamp(
    pdf: bytes,
    trust_roots_pem: Sequence[bytes],
    crls_der: Sequence[bytes],
    timestamper: TimeStamper,
) -> bytes:
    """Renew a B-LTA file: DSS for its last document timestamp, then a new one over it all.

    Raises:
        SigningError: as :func:`upgrade_to_lta`.
    """
    from pyhanko.sign import signers

    reader = _reader(pdf)
    try:
        stamper = signers.PdfTimeStamper(timestamper, field_name=_free_field(pdf))
        out = io.BytesIO()
        stamper.update_archival_timestamp_chain(
            reader, validation_context(trust_roots_pem, crls_der), in_place=False, output=out
        )
        return out.getvalue()
    except Exception as exc:
        from inspect_app.domain.messages.signing import SigningMsg

        raise SigningError(SigningMsg.LTA_FAILED(error=f"{type(exc).__name__}: {exc}")) from exc


def level_of(pdf: bytes) -> SignatureLevel | None:
    """The PAdES baseline level the file reaches, or None when it carries no signature.

    B-LTA: a document timestamp after a DSS; B-LT: a DSS; B-T: every signature carries a
    signature timestamp; else B-B. (Structure only: :func:`~.signing.verify_pdf` says
    whether each part is valid.)
    """
    try:
        reader = _reader(pdf)
        embedded = list(reader.embedded_signatures)
    except Exception:
        return None
    return level_of_signatures(reader, embedded)


def level_of_signatures(reader: Any, embedded: Sequence[Any]) -> SignatureLevel | None:
    """:func:`level_of` for an already opened reader and its embedded signatures."""
    signatures = [s for s in embedded if s.sig_object_type == "/Sig"]
    if not signatures:
        return None
    has_dss = "/DSS" in reader.root
    has_doc_ts = any(s.sig_object_type == "/DocTimeStamp" for s in embedded)
    if has_dss and has_doc_ts:
        return SignatureLevel.B_LTA
    if has_dss:
        return SignatureLevel.B_LT
    if all(signature_timestamp(s) is not None for s in signatures):
        return SignatureLevel.B_T
    return SignatureLevel.B_B


def _free_field(pdf: bytes) -> str:
    """The first free ``ArchiveTimestamp`` field name of ``pdf``."""
    from inspect_app.notices.signing import _sig_fields

    names = {name for name, _ in _sig_fields(_reader(pdf))}
    if DOC_TIMESTAMP_FIELD not in names:
        return DOC_TIMESTAMP_FIELD
    n = 2
    while f"{DOC_TIMESTAMP_FIELD}{n}" in names:
        n += 1
    return f"{DOC_TIMESTAMP_FIELD}{n}"


class HubTimestampService:
    """The hub's TSA and B-LTA maker in one (``sync.hub_lta.TimestampService``).

    Built where the hub is started (``inspect-app hub serve --tsa FILE.p12``, tests), since
    the sync layer does not import this one.

    Args:
        tsa: the hub's timestamp authority (:func:`inspect_app.notices.tsa.tsa_from_p12`).
    """

    def __init__(self, tsa: TimeStampAuthority) -> None:
        self.tsa = tsa

    def respond(self, request_der: bytes) -> bytes:
        """A DER TimeStampResp for a DER TimeStampReq (:meth:`TimeStampAuthority.respond`)."""
        return self.tsa.respond(request_der)

    def upgrade(self, pdf: bytes, roots: Sequence[bytes], crls: Sequence[bytes]) -> bytes:
        """The B-LTA copy of ``pdf`` (:func:`upgrade_to_lta` with this TSA)."""
        return upgrade_to_lta(pdf, roots, crls, local_timestamper(self.tsa))

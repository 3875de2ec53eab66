"""PAdES signatures on notice PDFs (pyHanko): fields, signing with a visible stamp, verifying.

The workflow for one document (see ``/work/shared/reference/pdf-signing-fonts-photos.md``
section 1):

1. reportlab renders the unsigned PDF and records where each signature box landed
   (:class:`~inspect_app.domain.document_content.SignatureBox`).
2. :func:`add_signature_fields` creates **all** empty signature fields in one unsigned
   incremental update, before any signature. The lead's field carries a ``/Lock``
   (FieldMDP ALL + DocMDP "no changes"), so the lead's signature freezes the document.
3. Each officer signs with :func:`sign_pdf`: PAdES baseline B-B (ETSI EN 319 142-1:
   ``/SubFilter /ETSI.CAdES.detached``, SHA-256, ESS signing-certificate-v2, no CMS
   ``signingTime``), always as an **incremental update**, never re-saving the file (a re-save
   breaks every earlier signature's byte range).
4. :func:`verify_pdf` validates every signature against the team CA(s) with pyHanko,
   including pyHanko's analysis of the incremental updates made after each signature.
   ``pdfsig`` (poppler) checks the cryptography and the chain but not those updates.

pyHanko does not refuse to sign a document that an earlier signature locked, so
:func:`sign_pdf` checks the locks itself and raises :class:`SigningError`.

The time printed in the stamp is the signing laptop's clock in China Standard Time
(Asia/Shanghai, ``+0800``), whatever the machine's time zone. It is the signer's claim (B-B
has no trusted timestamp), as is the ``/M`` entry of the signature dictionary.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspect_app.domain.document_content import SignatureBox
from inspect_app.domain.entities import SignatureLevel
from inspect_app.domain.errors import InspectError
from inspect_app.domain.messages import Message, Param
from inspect_app.domain.messages.common import Msg
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.notices.pki import PkiError, open_p12
from inspect_app.notices.stamp_font import stamp_font_for_text

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko.sign.timestamps import TimeStamper
    from pyhanko.stamp import TextStampStyle

log = logging.getLogger(__name__)

STAMP_FONT_SIZE = 8
"""Stamp text size in points (the same value goes to the font factory and the text box)."""

STAMP_TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"
"""strftime format of the local signing time shown in the stamp, e.g. ``2025-03-14 10:21:05
+0800``."""

CHANGED_AFTER_SIGNING = SigningMsg.CHANGED_AFTER_SIGNING.english
BYTES_CHANGED = SigningMsg.BYTES_CHANGED.english
NOT_TRUSTED = SigningMsg.NOT_TRUSTED.english
NO_SIGNATURE = SigningMsg.NO_SIGNATURE.english
SIGNATURE_DATA_ALTERED = SigningMsg.SIGNATURE_DATA_ALTERED.english
"""English findings of a report (the ``problems`` strings); ``messages`` holds them keyed."""

FIELD_LABELS: dict[str, SigningMsg] = {
    "TeamLead": SigningMsg.FIELD_TEAM_LEAD,
    "Officer": SigningMsg.FIELD_OFFICER,
}
"""The signature fields the app's documents carry (``LEAD_FIELD`` of ``issue.py`` and
``rectification.py``, ``SIGNATURE_FIELD`` of the record and receipt layouts), as words of
the catalog: the window shows "负责人签名栏", not the PDF's field name ``TeamLead``."""


def field_label(name: str) -> Param:
    """Return a signature field's name as a message parameter.

    A field the app creates is a word of the catalog (:data:`FIELD_LABELS`, English: the
    field's name); any other field (a PDF from elsewhere) is its name as written in the PDF.
    """
    return FIELD_LABELS.get(name, name)


class SigningError(InspectError):
    """A PDF cannot be prepared for signing or signed (locked, no such field, damaged …)."""


@dataclass(frozen=True)
class SignatureReport:
    """The verdict on one embedded signature.

    Attributes:
        field: the signature field's name.
        signer: the signing certificate's subject CN.
        officer_id: the certificate subject's UID (officer UUID), or None.
        chain: CNs of the certificate path pyHanko built, leaf to root (only the leaf if it
            built none).
        signing_time: the time the signer claims (``/M``), ISO 8601 UTC, or None.
        intact: the signed bytes hash to the digest in the signature.
        valid: the signature value verifies with the signer's public key over the signed
            attributes (it stays True when only the document bytes changed: see ``intact``).
        trusted: the certificate chains to one of the given team CAs and was valid.
        coverage: pyHanko's ``SignatureCoverageLevel`` name (``ENTIRE_FILE``,
            ``ENTIRE_REVISION`` …).
        modification: pyHanko's ``ModificationLevel`` name for the updates made after this
            signature (``NONE``, ``FORM_FILLING``, ``LTA_UPDATES``, ``OTHER``) or ``UNKNOWN``.
        docmdp_ok: those updates are allowed by the document's modification policy.
        ok: pyHanko's bottom line: all of the above hold.
        messages: why ``ok`` is False, as keyed ``verify.*`` messages (empty when ok);
            ``problems`` is their English.
        time_source: where the signing time comes from: ``"tsa"`` (an RFC 3161 signature
            timestamp, PAdES B-T), ``"clock"`` (the signing laptop's clock, ``/M``) or None.
        tsa: the timestamp authority's name (CN) when ``time_source`` is ``"tsa"``.
        proven_at: the earliest trusted time the signature is proven to exist (its own
            timestamp, else the first valid document timestamp after it), ISO 8601 UTC; the
            signer's certificate is validated at that time (so an expired certificate does
            not spoil a B-T/B-LTA signature made while it was valid).
        revocation: ``"good"`` (a team CRL is known and does not list the certificate),
            ``"revoked"`` or ``"unknown"`` (no CRL and no revocation recorded).
        revoked_at: when the certificate was revoked (ISO 8601 UTC), if it was.
        revocation_reason: the ``RevocationReason`` value, if revoked.
        fingerprint: SHA-256 of the signer certificate's DER, lowercase hex.
    """

    field: str
    signer: str
    officer_id: str | None
    chain: tuple[str, ...]
    signing_time: str | None
    intact: bool
    valid: bool
    trusted: bool
    coverage: str
    modification: str
    docmdp_ok: bool
    ok: bool
    messages: tuple[Message, ...]
    time_source: str | None = None
    tsa: str | None = None
    proven_at: str | None = None
    revocation: str = "unknown"
    revoked_at: str | None = None
    revocation_reason: str | None = None
    fingerprint: str | None = None

    @property
    def problems(self) -> tuple[str, ...]:
        """The reasons in English (what ``--json`` prints as ``problems``)."""
        return tuple(m.english() for m in self.messages)

    @property
    def label(self) -> Param:
        """The field's name for a person (:func:`field_label`: a word of the catalog)."""
        return field_label(self.field)


@dataclass(frozen=True)
class VerifyReport:
    """The verdict on a signed PDF.

    Attributes:
        signatures: one report per embedded signature, in file order.
        ok: True iff there is at least one signature and every signature is ok.
        changed_after_signing: some signed bytes were altered, or an update after a signature
            is not signing/form filling (or breaks a lock). ``pdfsig`` does not see the
            second case.
        messages: every reason the file is not ok, keyed: file-level reasons, then each
            signature's reasons as ``verify.field_problem`` (its field's label and the
            reason); ``problems`` is their English.
        unsigned_fields: names of empty signature fields (still to be signed);
            ``unsigned_labels`` gives them for a person.
        level: the PAdES baseline the file reaches (``B-B``, ``B-T``, ``B-LT``, ``B-LTA``;
            :func:`~inspect_app.notices.ltv.level_of`), or None without a signature.
        validated_at: the validation time asked for (ISO 8601 UTC), None for "now".
        doc_timestamps: (time ISO UTC, TSA name, valid) of each document timestamp.
        crl_number, crl_date: the newest team CRL used for the revocation status, if any.
    """

    signatures: tuple[SignatureReport, ...]
    ok: bool
    changed_after_signing: bool
    messages: tuple[Message, ...]
    unsigned_fields: tuple[str, ...] = ()
    level: str | None = None
    validated_at: str | None = None
    doc_timestamps: tuple[tuple[str, str, bool], ...] = ()
    crl_number: int | None = None
    crl_date: str | None = None

    @property
    def problems(self) -> tuple[str, ...]:
        """The reasons in English (``TeamLead: bytes changed: …``)."""
        return tuple(m.english() for m in self.messages)

    @property
    def unsigned_labels(self) -> tuple[Param, ...]:
        """The empty fields' names for a person (:func:`field_label`)."""
        return tuple(field_label(name) for name in self.unsigned_fields)


# -- preparing -----------------------------------------------------------------------------


def add_signature_fields(
    pdf: bytes, boxes: Sequence[SignatureBox], lock_field: str | None = None
) -> bytes:
    """Create all empty signature fields in one unsigned incremental update.

    Args:
        pdf: the unsigned PDF (reportlab output).
        boxes: where each field goes (page 0-based, rectangle in PDF points).
        lock_field: the field whose signature locks the document (usually the lead's):
            it gets a ``/Lock`` with FieldMDP ALL and DocMDP P=1 (no changes), so nothing can
            be added after it without invalidating it (ISO 32000-1 12.8.2.4, 12.7.4.5).

    Returns:
        The original bytes followed by one incremental update.

    Raises:
        SigningError: not a PDF, the PDF already carries a signature (fields must all be
            created before the first signature), no or duplicate field names, a name that
            already exists, a page out of range, an empty rectangle, or a ``lock_field``
            that is not among ``boxes``.
    """
    from pyhanko.sign.fields import (
        FieldMDPAction,
        FieldMDPSpec,
        MDPPerm,
        SigFieldSpec,
        append_signature_field,
    )

    if not boxes:
        raise SigningError(SigningMsg.NO_BOXES())
    names = [box.name for box in boxes]
    if len(set(names)) != len(names) or not all(n and n.strip() for n in names):
        raise SigningError(SigningMsg.FIELD_NAMES_INVALID(names=_names(names)))
    if lock_field is not None and lock_field not in names:
        raise SigningError(
            SigningMsg.LOCK_FIELD_UNKNOWN(field=field_label(lock_field), names=_names(names))
        )
    writer = _incremental_writer(pdf)
    existing = dict(_sig_fields(writer))
    if any(filled for filled in existing.values()):
        raise SigningError(SigningMsg.FIELDS_AFTER_SIGNATURE())
    clash = sorted(set(names) & set(existing))
    if clash:
        raise SigningError(SigningMsg.FIELDS_EXIST(names=_names(clash)))
    try:
        pages = int(writer.root["/Pages"]["/Count"])
    except (KeyError, TypeError, ValueError) as exc:
        raise SigningError(SigningMsg.PDF_DAMAGED()) from exc
    for box in boxes:
        x1, y1, x2, y2 = box.box
        if not 0 <= box.page < pages:
            raise SigningError(
                SigningMsg.BOX_PAGE_OUT_OF_RANGE(
                    field=field_label(box.name), page=box.page + 1, pages=pages
                )
            )
        if x2 <= x1 or y2 <= y1:
            raise SigningError(SigningMsg.BOX_EMPTY(field=field_label(box.name), box=str(box.box)))
        lock: dict[str, Any] = {}
        if box.name == lock_field:
            lock = {
                "field_mdp_spec": FieldMDPSpec(FieldMDPAction.ALL),
                "doc_mdp_update_value": MDPPerm.NO_CHANGES,
            }
        spec = SigFieldSpec(sig_field_name=box.name, on_page=box.page, box=(x1, y1, x2, y2), **lock)
        try:
            append_signature_field(writer, spec)
        except Exception as exc:  # pyHanko raises bare PdfError/ValueError on odd files
            raise SigningError(
                SigningMsg.FIELD_NOT_ADDED(field=field_label(box.name), error=str(exc))
            ) from exc
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- signing -------------------------------------------------------------------------------


def signer_from_p12(p12: bytes, passphrase: bytes) -> SimpleSigner:
    """Build a pyHanko signer from an officer's PKCS#12 file.

    The CA certificate(s) in the file are embedded in each signature, so verifiers that trust
    the CA can build the path without fetching anything.

    Raises:
        PkiError: not a PKCS#12 file, a wrong passphrase, or a certificate that has expired
            or is not yet valid (signing with it would give an untrusted signature).
    """
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert, chain = open_p12(p12, passphrase)
    now = dt.datetime.now(dt.UTC)
    if now > cert.not_valid_after_utc:
        raise PkiError(SigningMsg.OWN_CERTIFICATE_EXPIRED(date=cert.not_valid_after_utc.date()))
    if now < cert.not_valid_before_utc:
        raise PkiError(
            SigningMsg.OWN_CERTIFICATE_NOT_YET_VALID(date=cert.not_valid_before_utc.date())
        )
    der = serialization.Encoding.DER
    signing_key = asn1_keys.PrivateKeyInfo.load(
        key.private_bytes(der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(der)),
        signing_key=signing_key,
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(c.public_bytes(der)) for c in chain]
        ),
    )


def sign_pdf(
    pdf: bytes,
    field: str,
    p12: bytes,
    passphrase: bytes,
    *,
    stamp_png: bytes | None,
    reason: str,
    location: str,
    signer_label: str | None = None,
    timestamper: TimeStamper | None = None,
) -> bytes:
    """Sign an existing empty field: PAdES B-B (B-T with a timestamper), SHA-256, stamped.

    The stamp shows ``stamp_png`` (e.g. the officer's hand-drawn signature, RGBA) as its
    background, then the signer's name (``signer_label``, else the certificate CN) and the
    local signing time in Asia/Shanghai (``2025-03-14 10:21:05 +0800``), set in the CJK
    stamp font (:func:`~inspect_app.notices.stamp_font.stamp_font_path`, about 8-25 s on
    the first call of a machine).

    Args:
        pdf: the PDF with the empty field (from :func:`add_signature_fields` or an earlier
            :func:`sign_pdf`).
        field: the field to sign.
        p12: the officer's PKCS#12 file.
        passphrase: its passphrase.
        stamp_png: PNG bytes for the stamp background, or None.
        reason: ``/Reason``, e.g. ``"执法人员现场检查签名"``.
        location: ``/Location``, e.g. the inspected site.
        signer_label: text for the stamp instead of the certificate CN.
        timestamper: an RFC 3161 TSA (e.g. :func:`~inspect_app.notices.tsa_client.hub_timestamper`):
            the signature gets a signature timestamp (PAdES B-T). When the TSA fails or cannot
            be reached the document is signed B-B instead (never blocked by the hub being
            away); :func:`sign_pdf_timed` says which level came out.

    Returns:
        ``pdf`` followed by one incremental update carrying the signature.

    Raises:
        PkiError: the PKCS#12 file cannot be opened (wrong passphrase …) or its certificate
            is expired.
        SigningError: not a PDF; the field does not exist or is already signed; an earlier
            signature locked the document or this field; a bad ``stamp_png``; pyHanko failed.
    """
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter

    signer = signer_from_p12(p12, passphrase)
    _check_can_sign(pdf, field)
    label = signer_label.strip() if signer_label and signer_label.strip() else None
    label = label or _cn(signer.signing_cert) or "?"
    local_time = _shanghai(dt.datetime.now(dt.UTC)).strftime(STAMP_TIME_FORMAT)
    style = _stamp_style(stamp_png, label + local_time)
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=reason or None,
        location=location or None,
        # never certify; a field /Lock supplies its own DocMDP value (pyHanko would otherwise
        # log "DocMDP policy FILL_FORMS was requested …" when signing the lock field)
        docmdp_permissions=None,  # type: ignore[arg-type]
    )
    params = {"label": label, "local_time": local_time}
    if timestamper is not None:
        try:
            pdf_signer = signers.PdfSigner(
                meta, signer=signer, stamp_style=style, timestamper=timestamper
            )
            out = pdf_signer.sign_pdf(
                _incremental_writer(pdf), existing_fields_only=True, appearance_text_params=params
            )
            return out.getvalue()
        except InspectError:
            raise
        except Exception:  # noqa: BLE001 - the TSA away or refusing: sign B-B below
            log.info("no signature timestamp (TSA unreachable or refused): signing B-B")
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style)
    writer = _incremental_writer(pdf)
    try:
        out = pdf_signer.sign_pdf(writer, existing_fields_only=True, appearance_text_params=params)
    except InspectError:
        raise
    except Exception as exc:  # pyHanko: SigningError, PdfError, LayoutError, KeyError …
        raise SigningError(
            SigningMsg.SIGN_FAILED(field=field_label(field), error=f"{type(exc).__name__}: {exc}")
        ) from exc
    return out.getvalue()


@dataclass(frozen=True)
class TimedSignature:
    """A signed PDF and what its newest signature reached.

    Attributes:
        pdf: the signed bytes.
        level: ``B-T`` when the signature carries a TSA timestamp, else ``B-B``.
    """

    pdf: bytes
    level: SignatureLevel


def sign_pdf_timed(
    pdf: bytes, field: str, p12: bytes, passphrase: bytes, **options: Any
) -> TimedSignature:
    """:func:`sign_pdf` (same arguments), also saying whether the result is B-T or B-B."""
    signed = sign_pdf(pdf, field, p12, passphrase, **options)
    level = SignatureLevel.B_B
    if options.get("timestamper") is not None:
        for sig in _reader(signed).embedded_signatures:
            if str(sig.field_name) == field and signature_timestamp(sig) is not None:
                level = SignatureLevel.B_T
    return TimedSignature(signed, level)


def _check_can_sign(pdf: bytes, field: str) -> None:
    """Refuse a field that is missing, signed, or locked by an earlier signature."""
    from pyhanko.sign.fields import FieldMDPSpec, MDPPerm

    reader = _reader(pdf)
    fields = dict(_sig_fields(reader))
    if field not in fields:
        if not fields:
            raise SigningError(SigningMsg.NO_FIELDS(field=field_label(field)))
        raise SigningError(
            SigningMsg.NO_SUCH_FIELD(field=field_label(field), fields=_names(sorted(fields)))
        )
    if fields[field]:
        raise SigningError(SigningMsg.FIELD_ALREADY_SIGNED(field=field_label(field)))
    try:
        signatures = list(reader.embedded_signatures)
        for sig in signatures:
            name = field_label(str(sig.field_name))
            if sig.docmdp_level == MDPPerm.NO_CHANGES:
                raise SigningError(SigningMsg.DOCUMENT_LOCKED(field=name))
            locks = [sig.fieldmdp]
            lock_dict = sig.sig_field.get("/Lock")
            if lock_dict is not None:
                locks.append(FieldMDPSpec.from_pdf_object(lock_dict.get_object()))
            if any(lock is not None and lock.is_locked(field) for lock in locks):
                raise SigningError(
                    SigningMsg.FIELD_LOCKED(locked_by=name, field=field_label(field))
                )
    except InspectError:
        raise
    except Exception as exc:  # damaged signature dictionaries
        raise SigningError(SigningMsg.SIGNATURES_UNREADABLE(error=str(exc))) from exc


def _stamp_style(stamp_png: bytes | None, text: str) -> TextStampStyle:
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    background = None
    if stamp_png is not None:
        background = PdfImage(_open_png(stamp_png))
    font = GlyphAccumulatorFactory(str(stamp_font_for_text(text)), font_size=STAMP_FONT_SIZE)
    return TextStampStyle(
        stamp_text="%(label)s\n%(local_time)s",
        # equal sizes on the factory and the text box: pyHanko issue #733 (lines drift)
        text_box_style=TextBoxStyle(font=font, font_size=STAMP_FONT_SIZE),
        background=background,
        background_opacity=1.0,
        background_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MID,
            y_align=AxisAlignment.ALIGN_MAX,
            margins=Margins(2, 2, 2, 2 * STAMP_FONT_SIZE + 6),
        ),
        inner_content_layout=SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN,
            y_align=AxisAlignment.ALIGN_MIN,
            margins=Margins(3, 3, 2, 2),
        ),
        border_width=0,
    )


def _open_png(data: bytes) -> Any:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise SigningError(SigningMsg.STAMP_IMAGE_UNREADABLE()) from exc
    if image.format != "PNG":
        raise SigningError(SigningMsg.STAMP_IMAGE_NOT_PNG(format=str(image.format)))
    if image.mode not in ("RGBA", "RGB", "L", "LA"):
        image = image.convert("RGBA")
    return image


# -- verifying -----------------------------------------------------------------------------


def verify_pdf(
    pdf: bytes,
    trust_roots_pem: Sequence[bytes],
    *,
    crls_der: Sequence[bytes] = (),
    revocations: Mapping[str, tuple[str, str]] | None = None,
    moment: dt.datetime | None = None,
) -> VerifyReport:
    """Validate every embedded signature with pyHanko against the team CA(s).

    Each signature is checked offline (``allow_fetching=False``, ``revocation_mode=
    "soft-fail"``), plus pyHanko's difference analysis of every later incremental update
    (ISO 32000-1 12.8, ETSI EN 319 142-1 5.4). Document timestamps (``/DocTimeStamp``) are
    checked with ``validate_pdf_timestamp`` at the validation time.

    **When** a signature is validated: a signature proven to exist at a trusted time (its own
    RFC 3161 timestamp, B-T; else the first valid document timestamp after it, B-LTA) is
    validated at that time, so it stays valid after the officer's certificate expired; a B-B
    signature (only the laptop's clock) is validated at ``moment`` (default now).

    **Revocation** (the app's rule, from the team's own data): a certificate listed in a team
    CRL (``crls_der``, checked against the trust roots) or recorded revoked in the store
    (``revocations``) makes a signature invalid when its time (trusted, else the laptop's
    claim) is at or after the revocation; a revocation for key compromise also when no
    trusted time proves the signature came first (a thief can set a laptop clock back).

    Never raises for a bad or damaged file: that is a report with ``ok`` False and a problem.

    Args:
        pdf: the PDF bytes.
        trust_roots_pem: the team CA certificates (PEM or DER each).
        crls_der: the team CA's CRLs (DER each); a CRL not signed by a trust root is ignored.
        revocations: {certificate SHA-256 fingerprint: (revoked_at ISO 8601, reason)} from
            the store (a revocation synced before the CA laptop made a new CRL).
        moment: the validation time (aware datetime), e.g. years ahead; None for now.

    Returns:
        The report.

    Raises:
        PkiError: a trust root is not a certificate (a configuration error, not the file's).
    """
    roots = [_asn1_cert(pem) for pem in trust_roots_pem]
    when = moment.astimezone(dt.UTC) if moment is not None else None
    at = when.isoformat() if when is not None else None
    try:
        reader = _reader(pdf)
        embedded = list(reader.embedded_signatures)
        unsigned = tuple(name for name, filled in _sig_fields(reader) if not filled)
    except SigningError as exc:
        return VerifyReport((), False, False, (_keyed(exc),), validated_at=at)
    except Exception as exc:  # any parser failure on untrusted input
        if b"/ByteRange" in pdf and pdf.startswith(b"%PDF-"):
            # A signed PDF whose signature container no longer parses: its bytes were changed.
            return VerifyReport(
                (), False, True, (SigningMsg.SIGNATURE_DATA_ALTERED(),), validated_at=at
            )
        return VerifyReport(
            (),
            False,
            False,
            (SigningMsg.PDF_UNREADABLE(error=type(exc).__name__),),
            validated_at=at,
        )
    if not embedded:
        return VerifyReport(
            (), False, False, (SigningMsg.NO_SIGNATURE(),), unsigned, validated_at=at
        )
    from inspect_app.notices.ltv import level_of_signatures

    revoked, crl_number, crl_date = _revocation_data(crls_der, trust_roots_pem, revocations)
    doc_ts: list[tuple[int, dt.datetime, str, bool]] = []  # (position, time, tsa, valid)
    reports: list[SignatureReport] = []
    for index, sig in enumerate(embedded):
        if sig.sig_object_type != "/DocTimeStamp":
            continue
        report = _verify_one(sig, roots, when, None, revoked, crl_number is not None)
        reports.append(report)
        stamp = signature_timestamp(sig)
        if stamp is not None:
            doc_ts.append((index, stamp[0], stamp[1], report.ok))
    by_field = {r.field: r for r in reports}
    ordered: list[SignatureReport] = []
    for index, sig in enumerate(embedded):
        if sig.sig_object_type == "/DocTimeStamp":
            ordered.append(by_field[str(sig.field_name or "?")])
            continue
        later = [t for i, t, _n, valid in doc_ts if i > index and valid]
        ordered.append(
            _verify_one(
                sig, roots, when, min(later) if later else None, revoked, crl_number is not None
            )
        )
    problems: list[Message] = []
    if not roots:
        problems.append(SigningMsg.NO_TRUST_ROOTS())
    for report in ordered:
        problems.extend(Msg.FIELD_PROBLEM(field=report.label, problem=m) for m in report.messages)
    changed = any(_changed(r) for r in ordered)
    ok = all(r.ok for r in ordered)
    level = level_of_signatures(reader, embedded)
    return VerifyReport(
        tuple(ordered),
        ok,
        changed,
        tuple(problems),
        unsigned,
        level=level.value if level is not None else None,
        validated_at=at,
        doc_timestamps=tuple((t.isoformat(), n, v) for _i, t, n, v in doc_ts),
        crl_number=crl_number,
        crl_date=crl_date,
    )


def _revocation_data(
    crls_der: Sequence[bytes],
    trust_roots_pem: Sequence[bytes],
    revocations: Mapping[str, tuple[str, str]] | None,
) -> tuple[dict[str, tuple[dt.datetime, str]], int | None, str | None]:
    """({fingerprint or "serial:<issuer>:<n>": (revoked at, reason)}, newest CRL number, date).

    Team CRLs are read with :func:`~inspect_app.notices.crl.read_crl` (a CRL not signed by a
    trust root is skipped); the store's revocations are merged in (the earlier time wins).
    """
    from inspect_app.notices.crl import read_crl

    revoked: dict[str, tuple[dt.datetime, str]] = {}
    number: int | None = None
    date: str | None = None
    for der in crls_der:
        try:
            crl = read_crl(der, trust_roots_pem)
        except PkiError:
            continue
        if number is None or crl.number > number:
            number, date = crl.number, crl.this_update.isoformat()
        for serial, entry in crl.revoked.items():
            revoked[f"serial:{serial}"] = (entry.revoked_at, entry.reason)
    for fingerprint, (when, reason) in (revocations or {}).items():
        moment = dt.datetime.fromisoformat(when).astimezone(dt.UTC)
        revoked[fingerprint] = (moment, reason or "unspecified")
    return revoked, number, date


def _keyed(exc: SigningError) -> Message:
    """The keyed message of one of this module's own errors (each is raised keyed)."""
    return exc.keyed_message or SigningMsg.PDF_DAMAGED()


def _changed(report: SignatureReport) -> bool:
    """Signed bytes altered, or a later update that is neither signing nor form filling.

    A signature that could not be checked at all (``modification`` ``UNKNOWN``) says
    nothing either way.
    """
    if report.modification == "UNKNOWN":
        return False
    return not report.intact or report.modification == "OTHER" or not report.docmdp_ok


def verify_report_dict(report: VerifyReport) -> dict[str, Any]:
    """Return the report as plain JSON-ready data (dicts, lists, str, bool, None).

    The report and each signature keep ``problems`` (the English sentences, as before) and
    add ``messages``: for each problem, in the same order, ``{"text": …, "message_id": …,
    "params": {…}}`` (what office scripts read instead of the prose; see ``cli/__init__.py``).
    """
    signatures = []
    for sig in report.signatures:
        data = {
            f.name: getattr(sig, f.name) for f in dataclasses.fields(sig) if f.name != "messages"
        }
        data["chain"] = list(sig.chain)
        data["problems"] = list(sig.problems)
        data["messages"] = [_message_dict(m) for m in sig.messages]
        signatures.append(data)
    return {
        "signatures": signatures,
        "ok": report.ok,
        "changed_after_signing": report.changed_after_signing,
        "problems": list(report.problems),
        "messages": [_message_dict(m) for m in report.messages],
        "unsigned_fields": list(report.unsigned_fields),
        "level": report.level,
        "validated_at": report.validated_at,
        "doc_timestamps": [{"time": t, "tsa": n, "ok": v} for t, n, v in report.doc_timestamps],
        "crl_number": report.crl_number,
        "crl_date": report.crl_date,
    }


def _message_dict(message: Message) -> dict[str, Any]:
    """One finding for ``--json``: as the command line writes every keyed message."""
    return {"text": message.english(), "message_id": message.id, "params": message.json_params()}


def _verify_one(
    sig: Any,
    roots: list[asn1_x509.Certificate],
    when: dt.datetime | None,
    doc_proof: dt.datetime | None,
    revoked: Mapping[str, tuple[dt.datetime, str]],
    have_crl: bool,
) -> SignatureReport:
    """Validate one signature (or document timestamp); see :func:`verify_pdf` for the times."""
    import hashlib

    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    field = str(sig.field_name or "?")
    fingerprint: str | None = None
    serial: int | None = None
    try:
        cert = sig.signer_cert
        signer, officer_id = _cn(cert) or "?", _uid(cert)
        fingerprint = hashlib.sha256(cert.dump()).hexdigest()
        serial = int(cert.serial_number)
    except Exception:  # no or unreadable certificate in the CMS blob
        signer, officer_id = "?", None
    claimed = None
    claimed_at: dt.datetime | None = None
    try:
        claimed_at = sig.self_reported_timestamp
        claimed = claimed_at.astimezone(dt.UTC).isoformat() if claimed_at is not None else None
    except Exception:
        claimed, claimed_at = None, None
    is_doc_ts = sig.sig_object_type == "/DocTimeStamp"
    stamp = signature_timestamp(sig)
    proof: dt.datetime | None = None
    if is_doc_ts:
        time_source, tsa = ("tsa", stamp[1]) if stamp else (None, None)
    elif stamp is not None:
        time_source, tsa, proof = "tsa", stamp[1], stamp[0]
    else:
        time_source, tsa = ("clock" if claimed else None), None
    if proof is None and doc_proof is not None:
        proof = doc_proof
    entry = None
    if fingerprint is not None:
        entry = revoked.get(fingerprint) or revoked.get(f"serial:{serial}")
    revocation = "revoked" if entry else ("good" if have_crl else "unknown")
    base = {
        "time_source": time_source,
        "tsa": tsa,
        "proven_at": proof.isoformat() if proof is not None else None,
        "revocation": revocation,
        "revoked_at": entry[0].isoformat() if entry else None,
        "revocation_reason": entry[1] if entry else None,
        "fingerprint": fingerprint,
    }
    try:
        vc = ValidationContext(
            trust_roots=roots,
            allow_fetching=False,
            revocation_mode="soft-fail",
            moment=(proof or when) if not is_doc_ts else when,
        )
        if is_doc_ts:
            status = validate_pdf_timestamp(sig, validation_context=vc)
        else:
            status = validate_pdf_signature(sig, vc)
    except Exception as exc:  # malformed CMS, unsupported algorithm, broken byte range …
        return SignatureReport(
            field=field,
            signer=signer,
            officer_id=officer_id,
            chain=(signer,),
            signing_time=claimed,
            intact=False,
            valid=False,
            trusted=False,
            coverage="UNCLEAR",
            modification="UNKNOWN",
            docmdp_ok=False,
            ok=False,
            messages=(SigningMsg.CANNOT_CHECK(error=f"{type(exc).__name__}: {exc}"),),
            **base,
        )
    modification = status.modification_level
    coverage = status.coverage.name if status.coverage is not None else "UNCLEAR"
    mod_name = modification.name if modification is not None else "UNKNOWN"
    docmdp_ok = bool(status.docmdp_ok) if not is_doc_ts else True
    if is_doc_ts:
        # a document timestamp has no bottom line of its own: intact, valid and trusted
        ok = bool(status.intact and status.valid and status.trusted)
    else:
        # PdfSignatureStatus.bottom_line already includes the DocMDP verdict
        ok = bool(status.bottom_line) and (docmdp_ok or modification is None)
    chain: tuple[str, ...] = (signer,)
    if status.validation_path is not None:
        try:
            certs = list(status.validation_path.iter_certs(include_root=True))
            chain = tuple(_cn(c) or "?" for c in reversed(certs))
        except Exception:
            chain = (signer,)
    problems = list(_problems(status, coverage, mod_name, docmdp_ok)) if not ok else []
    if not ok and not problems:
        problems = [SigningMsg.FAILED()]
    if entry is not None:
        own = stamp[0] if stamp is not None and not is_doc_ts else None
        late = _revoked_first(entry, own, proof, claimed_at)
        if late is not None:
            problems.append(late)
            ok = False
    return SignatureReport(
        field=field,
        signer=signer,
        officer_id=officer_id,
        chain=chain,
        signing_time=claimed,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        coverage=coverage,
        modification=mod_name,
        docmdp_ok=docmdp_ok,
        ok=ok,
        messages=tuple(problems),
        **base,
    )


def _revoked_first(
    entry: tuple[dt.datetime, str],
    own: dt.datetime | None,
    proof: dt.datetime | None,
    claimed: dt.datetime | None,
) -> Message | None:
    """Why a revoked certificate spoils this signature, or None when it was made first.

    The time compared is the signature's proven one: its own timestamp (``own``, B-T), else
    the first valid document timestamp after it (``proof``), else the laptop's claim
    (``claimed``, ``/M``) — except for a key compromise, where a claim proves nothing (a
    thief can set a laptop clock back). The finding names the time compared, and every time
    is in Asia/Shanghai (the team's time; the renderer labels none itself).
    """
    revoked_at, reason = entry
    revoked = _shanghai(revoked_at)
    if own is not None:
        if own >= revoked_at:
            return SigningMsg.REVOKED_BEFORE_SIGNING(revoked=revoked, signed=_shanghai(own))
        return None
    if proof is not None:
        if proof < revoked_at:
            return None
        if claimed is None:
            return SigningMsg.REVOKED_TIME_UNKNOWN(revoked=revoked)
        return SigningMsg.REVOKED_BEFORE_PROOF(
            revoked=revoked, proven=_shanghai(proof), claimed=_shanghai(claimed)
        )
    if reason == "key_compromise":
        return SigningMsg.REVOKED_NO_PROOF(time=revoked)
    if claimed is None:
        return SigningMsg.REVOKED_TIME_UNKNOWN(revoked=revoked)
    if claimed.astimezone(dt.UTC) >= revoked_at:
        return SigningMsg.REVOKED_BEFORE_CLOCK(revoked=revoked, signed=_shanghai(claimed))
    return None


_TRUST_PROBLEMS = {
    "NO_CERTIFICATE_CHAIN_FOUND": SigningMsg.NOT_TRUSTED,
    "REVOKED": SigningMsg.REVOKED,
    "REVOKED_NO_POE": SigningMsg.REVOKED,
    "REVOKED_CA_NO_POE": SigningMsg.CA_REVOKED,
    "EXPIRED": SigningMsg.EXPIRED,
    "OUT_OF_BOUNDS_NO_POE": SigningMsg.OUT_OF_BOUNDS,
    "OUT_OF_BOUNDS_NOT_REVOKED": SigningMsg.OUT_OF_BOUNDS,
    "NOT_YET_VALID": SigningMsg.NOT_YET_VALID,
    "CHAIN_CONSTRAINTS_FAILURE": SigningMsg.CHAIN_CONSTRAINTS,
    "SIG_CONSTRAINTS_FAILURE": SigningMsg.KEY_USAGE,
}
"""pyHanko's ``trust_problem_indic`` names (ETSI EN 319 102-1 sub-indications) -> finding."""


def _problems(status: Any, coverage: str, modification: str, docmdp_ok: bool) -> Iterable[Message]:
    if not status.intact:
        yield SigningMsg.BYTES_CHANGED()
    elif not status.valid:
        yield SigningMsg.VALUE_INVALID()
    if not status.trusted and status.intact and status.valid:
        # pyHanko does not evaluate trust for a broken signature: saying "untrusted" then
        # would only mislead
        indic = getattr(status, "trust_problem_indic", None)
        name = getattr(indic, "name", None)
        known = _TRUST_PROBLEMS.get(str(name))
        if known is not None:
            yield known()
        elif name:
            yield SigningMsg.NOT_TRUSTED_BECAUSE(reason=str(name))
        else:
            yield SigningMsg.NOT_TRUSTED()
    if coverage in ("UNCLEAR", "CONTIGUOUS_BLOCK_FROM_START"):
        yield SigningMsg.PARTIAL_COVERAGE()
    if modification == "OTHER":
        yield SigningMsg.CHANGED_AFTER_SIGNING()
    elif not docmdp_ok and modification != "UNKNOWN":
        yield SigningMsg.CHANGED_AFTER_LOCK()
    seed_error = getattr(status, "seed_value_constraint_error", None)
    if seed_error is not None:
        yield SigningMsg.SEED_VALUE(error=str(seed_error))


# -- helpers -------------------------------------------------------------------------------


def signature_timestamp(sig: Any) -> tuple[dt.datetime, str] | None:
    """The RFC 3161 signature timestamp of an embedded signature: (genTime UTC, TSA name).

    For a signature: the ``signature-time-stamp`` unsigned attribute (PAdES B-T); for a
    document timestamp (``/DocTimeStamp``): the token itself. None when there is none or it
    cannot be read. The TSA name is the CN in the token's ``tsa`` field, else "?".
    """
    try:
        if sig.sig_object_type == "/DocTimeStamp":
            token = sig.signed_data
        else:
            attrs = sig.signer_info["unsigned_attrs"]
            token = None
            if attrs.native is not None:
                for attr in attrs:
                    if attr["type"].native == "signature_time_stamp_token":
                        token = attr["values"][0]["content"]
                        break
            if token is None:
                return None
        info = token["encap_content_info"]["content"].parsed
        moment = info["gen_time"].native.astimezone(dt.UTC)
        tsa = info["tsa"]
        name = "?"
        if tsa.native is not None and tsa.name == "directory_name":
            name = str(tsa.chosen.native.get("common_name") or "?")
        return moment, name
    except Exception:  # noqa: BLE001 - an unreadable token is no timestamp
        return None


def _names(names: Iterable[str]) -> str:
    """Field names for a message, as the PDF spells them: ``Officer, TeamLead``."""
    return ", ".join(names)


def _reader(pdf: bytes) -> PdfFileReader:
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not isinstance(pdf, bytes | bytearray) or not bytes(pdf[:1024]).lstrip().startswith(
        b"%PDF-"
    ):
        raise SigningError(SigningMsg.PDF_DAMAGED())
    try:
        reader = PdfFileReader(io.BytesIO(bytes(pdf)))
        _ = reader.root
    except Exception as exc:  # PdfReadError, PdfStrictReadError, ValueError …
        raise SigningError(SigningMsg.PDF_DAMAGED()) from exc
    return reader


def _incremental_writer(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _reader(pdf)  # uniform error for non-PDF input
    try:
        return IncrementalPdfFileWriter(io.BytesIO(bytes(pdf)))
    except Exception as exc:
        raise SigningError(SigningMsg.PDF_DAMAGED()) from exc


def _sig_fields(handler: Any) -> list[tuple[str, bool]]:
    """(name, signed?) of every signature field, in AcroForm order."""
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        return [
            (str(name), value is not None) for name, value, _ref in enumerate_sig_fields(handler)
        ]
    except Exception as exc:
        raise SigningError(SigningMsg.FORM_FIELDS_UNREADABLE()) from exc


def _asn1_cert(data: bytes) -> asn1_x509.Certificate:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    try:
        der = pem.unarmor(bytes(data))[2] if pem.detect(bytes(data)) else bytes(data)
        cert = asn1_x509.Certificate.load(der)
        _ = cert.subject  # force parsing
        return cert
    except Exception as exc:
        raise PkiError(SigningMsg.TRUST_ROOT_UNREADABLE()) from exc


def _cn(cert: Any) -> str | None:
    value = cert.subject.native.get("common_name")
    return str(value) if value else None


def _uid(cert: Any) -> str | None:
    value = cert.subject.native.get("user_id")
    return str(value) if value else None


def _shanghai(moment: dt.datetime) -> dt.datetime:
    """Return ``moment`` in the team's zone (``domain.team_time.TEAM_TZ``, UTC+8)."""
    zone = TEAM_TZ
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone)

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

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from inspect_app.domain.document_content import SignatureBox
from inspect_app.domain.errors import InspectError
from inspect_app.notices.pki import PkiError, open_p12
from inspect_app.notices.stamp_font import stamp_font_for_text

if TYPE_CHECKING:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko.stamp import TextStampStyle

STAMP_FONT_SIZE = 8
"""Stamp text size in points (the same value goes to the font factory and the text box)."""

STAMP_TIME_FORMAT = "%Y-%m-%d %H:%M:%S %z"
"""strftime format of the local signing time shown in the stamp, e.g. ``2025-03-14 10:21:05
+0800``."""

CHANGED_AFTER_SIGNING = (
    "the file was changed after this signature (an incremental update that is not form filling)"
)
BYTES_CHANGED = "bytes changed: the signature does not match the signed content"
NOT_TRUSTED = "certificate not issued by a trusted team CA"
NO_SIGNATURE = "no digital signature"


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
        problems: plain-English reasons when ``ok`` is False (empty when ok).
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
    problems: tuple[str, ...]


@dataclass(frozen=True)
class VerifyReport:
    """The verdict on a signed PDF.

    Attributes:
        signatures: one report per embedded signature, in file order.
        ok: True iff there is at least one signature and every signature is ok.
        changed_after_signing: some signed bytes were altered, or an update after a signature
            is not signing/form filling (or breaks a lock). ``pdfsig`` does not see the
            second case.
        problems: every reason the file is not ok: file-level reasons, then each signature's
            reasons prefixed with its field name.
        unsigned_fields: names of empty signature fields (still to be signed).
    """

    signatures: tuple[SignatureReport, ...]
    ok: bool
    changed_after_signing: bool
    problems: tuple[str, ...]
    unsigned_fields: tuple[str, ...] = ()


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
        raise SigningError("No signature boxes were given; render the document for signing.")
    names = [box.name for box in boxes]
    if len(set(names)) != len(names) or not all(n and n.strip() for n in names):
        raise SigningError(f"Signature field names must be unique and non-empty: {names}.")
    if lock_field is not None and lock_field not in names:
        raise SigningError(f"The lock field {lock_field!r} is not one of the boxes {names}.")
    writer = _incremental_writer(pdf)
    existing = dict(_sig_fields(writer))
    if any(filled for filled in existing.values()):
        raise SigningError(
            "This PDF is already signed; signature fields must all be created before the first"
            " signature. Render the notice again and add the fields to the new copy."
        )
    clash = sorted(set(names) & set(existing))
    if clash:
        raise SigningError(f"The PDF already has signature fields named {clash}.")
    try:
        pages = int(writer.root["/Pages"]["/Count"])
    except (KeyError, TypeError, ValueError) as exc:
        raise SigningError(_damaged()) from exc
    for box in boxes:
        x1, y1, x2, y2 = box.box
        if not 0 <= box.page < pages:
            raise SigningError(
                f"Signature box {box.name!r} is on page {box.page + 1}, but the PDF has"
                f" {pages} page(s)."
            )
        if x2 <= x1 or y2 <= y1:
            raise SigningError(f"Signature box {box.name!r} has an empty rectangle {box.box}.")
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
            raise SigningError(f"Cannot add signature field {box.name!r}: {exc}") from exc
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
        raise PkiError(
            f"Your signing certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}; ask the"
            " team lead to issue a new one."
        )
    if now < cert.not_valid_before_utc:
        raise PkiError(
            f"Your signing certificate is not valid before {cert.not_valid_before_utc:%Y-%m-%d}"
            "; check this computer's date and time."
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
) -> bytes:
    """Sign an existing empty field: PAdES B-B, SHA-256, with a visible stamp.

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
    pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style)
    writer = _incremental_writer(pdf)
    try:
        out = pdf_signer.sign_pdf(
            writer,
            existing_fields_only=True,
            appearance_text_params={"label": label, "local_time": local_time},
        )
    except InspectError:
        raise
    except Exception as exc:  # pyHanko: SigningError, PdfError, LayoutError, KeyError …
        raise SigningError(
            f"Signing field {field!r} failed ({type(exc).__name__}: {exc}); the document was"
            " not changed."
        ) from exc
    return out.getvalue()


def _check_can_sign(pdf: bytes, field: str) -> None:
    """Refuse a field that is missing, signed, or locked by an earlier signature."""
    from pyhanko.sign.fields import FieldMDPSpec, MDPPerm

    reader = _reader(pdf)
    fields = dict(_sig_fields(reader))
    if field not in fields:
        known = ", ".join(sorted(fields)) or "none"
        raise SigningError(
            f"This PDF has no signature field {field!r} (fields: {known}); add the fields"
            " before the first signature."
        )
    if fields[field]:
        raise SigningError(f"Field {field!r} is already signed; a field can be signed once.")
    try:
        signatures = list(reader.embedded_signatures)
        for sig in signatures:
            name = sig.field_name
            if sig.docmdp_level == MDPPerm.NO_CHANGES:
                raise SigningError(
                    f"The signature in {name!r} locked this document; it cannot be signed"
                    " again. Sign a fresh copy of the notice instead."
                )
            locks = [sig.fieldmdp]
            lock_dict = sig.sig_field.get("/Lock")
            if lock_dict is not None:
                locks.append(FieldMDPSpec.from_pdf_object(lock_dict.get_object()))
            if any(lock is not None and lock.is_locked(field) for lock in locks):
                raise SigningError(
                    f"The signature in {name!r} locked field {field!r}; it cannot be signed"
                    " any more. Sign a fresh copy of the notice instead."
                )
    except InspectError:
        raise
    except Exception as exc:  # damaged signature dictionaries
        raise SigningError(
            f"The existing signatures of this PDF cannot be read ({exc}); do not sign this copy."
        ) from exc


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
        raise SigningError(
            "The signature image is not a readable PNG; draw the signature again."
        ) from exc
    if image.format != "PNG":
        raise SigningError(f"The signature image must be a PNG, not {image.format}.")
    if image.mode not in ("RGBA", "RGB", "L", "LA"):
        image = image.convert("RGBA")
    return image


# -- verifying -----------------------------------------------------------------------------


def verify_pdf(pdf: bytes, trust_roots_pem: Sequence[bytes]) -> VerifyReport:
    """Validate every embedded signature with pyHanko against the team CA(s).

    Each signature is checked offline: ``ValidationContext(trust_roots=…,
    allow_fetching=False, revocation_mode="soft-fail")`` (the team CA publishes no CRL/OCSP
    yet), plus pyHanko's difference analysis of every later incremental update (ISO 32000-1
    12.8, ETSI EN 319 142-1 5.4). Document timestamps (``/DocTimeStamp``) are checked with
    ``validate_pdf_timestamp``. Never raises for a bad or damaged file: that is a report with
    ``ok`` False and a problem.

    Args:
        pdf: the PDF bytes.
        trust_roots_pem: the team CA certificates (PEM or DER each).

    Returns:
        The report.

    Raises:
        PkiError: a trust root is not a certificate (a configuration error, not the file's).
    """
    roots = [_asn1_cert(pem) for pem in trust_roots_pem]
    try:
        reader = _reader(pdf)
        embedded = list(reader.embedded_signatures)
        unsigned = tuple(name for name, filled in _sig_fields(reader) if not filled)
    except SigningError as exc:
        return VerifyReport((), False, False, (str(exc),))
    except Exception as exc:  # any parser failure on untrusted input
        if b"/ByteRange" in pdf and pdf.startswith(b"%PDF-"):
            # A signed PDF whose signature container no longer parses: its bytes were changed.
            return VerifyReport((), False, True, (SIGNATURE_DATA_ALTERED,))
        return VerifyReport((), False, False, (f"{_damaged()} ({type(exc).__name__})",))
    if not embedded:
        return VerifyReport((), False, False, (NO_SIGNATURE,), unsigned)
    reports = tuple(_verify_one(sig, roots) for sig in embedded)
    problems: list[str] = []
    if not roots:
        problems.append("no team CA certificate was given, so no signature can be trusted")
    for report in reports:
        problems.extend(f"{report.field}: {p}" for p in report.problems)
    changed = any(_changed(r) for r in reports)
    ok = all(r.ok for r in reports)
    return VerifyReport(reports, ok, changed, tuple(problems), unsigned)


def _changed(report: SignatureReport) -> bool:
    """Signed bytes altered, or a later update that is neither signing nor form filling.

    A signature that could not be checked at all (``modification`` ``UNKNOWN``) says
    nothing either way.
    """
    if report.modification == "UNKNOWN":
        return False
    return not report.intact or report.modification == "OTHER" or not report.docmdp_ok


def verify_report_dict(report: VerifyReport) -> dict[str, Any]:
    """Return the report as plain JSON-ready data (dicts, lists, str, bool, None)."""
    data = asdict(report)

    def listify(value: Any) -> Any:
        if isinstance(value, tuple | list):
            return [listify(v) for v in value]
        if isinstance(value, dict):
            return {k: listify(v) for k, v in value.items()}
        return value

    return listify(data)  # type: ignore[no-any-return]


def _verify_one(sig: Any, roots: list[asn1_x509.Certificate]) -> SignatureReport:
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    field = str(sig.field_name or "?")
    try:
        cert = sig.signer_cert
        signer, officer_id = _cn(cert) or "?", _uid(cert)
    except Exception:  # no or unreadable certificate in the CMS blob
        signer, officer_id = "?", None
    claimed = None
    try:
        moment = sig.self_reported_timestamp
        claimed = moment.astimezone(dt.UTC).isoformat() if moment is not None else None
    except Exception:
        claimed = None
    try:
        vc = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        if sig.sig_object_type == "/DocTimeStamp":
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
            problems=(f"the signature cannot be checked ({type(exc).__name__}: {exc})",),
        )
    modification = status.modification_level
    coverage = status.coverage.name if status.coverage is not None else "UNCLEAR"
    mod_name = modification.name if modification is not None else "UNKNOWN"
    docmdp_ok = bool(status.docmdp_ok)
    # PdfSignatureStatus.bottom_line already includes the DocMDP verdict; a document
    # timestamp's does not, hence the second term.
    ok = bool(status.bottom_line) and (docmdp_ok or modification is None)
    chain: tuple[str, ...] = (signer,)
    if status.validation_path is not None:
        try:
            certs = list(status.validation_path.iter_certs(include_root=True))
            chain = tuple(_cn(c) or "?" for c in reversed(certs))
        except Exception:
            chain = (signer,)
    problems = tuple(_problems(status, coverage, mod_name, docmdp_ok)) if not ok else ()
    if not ok and not problems:
        problems = ("the signature did not pass validation",)
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
        problems=problems,
    )


_TRUST_PROBLEMS = {
    "NO_CERTIFICATE_CHAIN_FOUND": NOT_TRUSTED,
    "REVOKED": "the signer's certificate was revoked",
    "REVOKED_NO_POE": "the signer's certificate was revoked",
    "REVOKED_CA_NO_POE": "the team CA certificate was revoked",
    "EXPIRED": "the signer's certificate has expired (a B-B signature without a timestamp"
    " cannot prove it was made before that)",
    "OUT_OF_BOUNDS_NO_POE": "the signer's certificate was not valid at the validation time",
    "OUT_OF_BOUNDS_NOT_REVOKED": "the signer's certificate was not valid at the validation time",
    "NOT_YET_VALID": "the signer's certificate is not yet valid (check the computer's clock)",
    "CHAIN_CONSTRAINTS_FAILURE": "the certificate is not allowed to sign documents (key usage"
    " or chain constraints)",
    "SIG_CONSTRAINTS_FAILURE": "the certificate is not allowed to sign documents (key usage)",
}


def _problems(status: Any, coverage: str, modification: str, docmdp_ok: bool) -> Iterable[str]:
    if not status.intact:
        yield BYTES_CHANGED
    elif not status.valid:
        yield "the signature value does not verify with the signer's certificate"
    if not status.trusted and status.intact and status.valid:
        # pyHanko does not evaluate trust for a broken signature: saying "untrusted" then
        # would only mislead
        indic = getattr(status, "trust_problem_indic", None)
        name = getattr(indic, "name", None)
        yield _TRUST_PROBLEMS.get(str(name), f"{NOT_TRUSTED} ({name})" if name else NOT_TRUSTED)
    if coverage in ("UNCLEAR", "CONTIGUOUS_BLOCK_FROM_START"):
        yield "the signature does not cover a whole revision of the file"
    if modification == "OTHER":
        yield CHANGED_AFTER_SIGNING
    elif not docmdp_ok and modification != "UNKNOWN":
        yield "the file was changed after this signature locked it"
    seed_error = getattr(status, "seed_value_constraint_error", None)
    if seed_error is not None:
        yield f"the signature breaks the field's seed value rules ({seed_error})"


# -- helpers -------------------------------------------------------------------------------


SIGNATURE_DATA_ALTERED = (
    "the signature data in this file was altered or damaged and cannot be read: the document "
    "cannot be trusted; ask for the original file"
)


def _damaged() -> str:
    return "not a PDF, or too damaged to read; ask for the original file"


def _reader(pdf: bytes) -> PdfFileReader:
    from pyhanko.pdf_utils.reader import PdfFileReader

    if not isinstance(pdf, bytes | bytearray) or not bytes(pdf[:1024]).lstrip().startswith(
        b"%PDF-"
    ):
        raise SigningError(_damaged())
    try:
        reader = PdfFileReader(io.BytesIO(bytes(pdf)))
        _ = reader.root
    except Exception as exc:  # PdfReadError, PdfStrictReadError, ValueError …
        raise SigningError(_damaged()) from exc
    return reader


def _incremental_writer(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _reader(pdf)  # uniform error for non-PDF input
    try:
        return IncrementalPdfFileWriter(io.BytesIO(bytes(pdf)))
    except Exception as exc:
        raise SigningError(_damaged()) from exc


def _sig_fields(handler: Any) -> list[tuple[str, bool]]:
    """(name, signed?) of every signature field, in AcroForm order."""
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        return [
            (str(name), value is not None) for name, value, _ref in enumerate_sig_fields(handler)
        ]
    except Exception as exc:
        raise SigningError(f"The form fields of this PDF cannot be read: {_damaged()}") from exc


def _asn1_cert(data: bytes) -> asn1_x509.Certificate:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    try:
        der = pem.unarmor(bytes(data))[2] if pem.detect(bytes(data)) else bytes(data)
        cert = asn1_x509.Certificate.load(der)
        _ = cert.subject  # force parsing
        return cert
    except Exception as exc:
        raise PkiError(
            "A team CA certificate is not readable; import the team CA certificate again."
        ) from exc


def _cn(cert: Any) -> str | None:
    value = cert.subject.native.get("common_name")
    return str(value) if value else None


def _uid(cert: Any) -> str | None:
    value = cert.subject.native.get("user_id")
    return str(value) if value else None


def _shanghai(moment: dt.datetime) -> dt.datetime:
    """Return ``moment`` in Asia/Shanghai (zoneinfo; fixed UTC+8 if no tz database)."""
    try:
        from zoneinfo import ZoneInfo

        zone: dt.tzinfo = ZoneInfo("Asia/Shanghai")
    except Exception:  # Windows without the tzdata package
        zone = dt.timezone(dt.timedelta(hours=8), "CST")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone)

"""``verify`` that knows the case: a signed PDF checked against the store's records.

What ``notice verify`` and the window's verify dialog both call: certificates, CRLs, records.

:func:`verify_in_store` validates the signatures (:func:`~inspect_app.notices.signing.verify_pdf`
with the team CAs, the latest team CRLs and the revocations recorded in the store), then looks
the file up by its SHA-256: a document this store issued or received (or the hub's B-LTA
copy of one, by ``upgrade_of``), and what happened to its case since — superseded (by which
number), served (when), closed (when). A file the store does not know is said so plainly:
a valid signature on an unknown file proves who signed it, not that it still applies.

:func:`summary_lines` gives the report as keyed lines (level, signing time and its source,
revocation status, document timestamps, the case), in the order a person reads them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from inspect_app.domain.entities import DocumentKind, NoticeStatus
from inspect_app.domain.errors import NotFoundError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.signing import SigningMsg
from inspect_app.domain.records import SignedDocument
from inspect_app.notices.signing import SignatureReport, VerifyReport, verify_pdf
from inspect_app.storage.documents import find_document, team_ca_pems
from inspect_app.storage.lasting import latest_crls, lta_copy_of, revocations_by_fingerprint
from inspect_app.storage.store import Store

REASON_WORDS: dict[str, SigningMsg] = {
    "unspecified": SigningMsg.REASON_UNSPECIFIED,
    "key_compromise": SigningMsg.REASON_KEY_COMPROMISE,
    "affiliation_changed": SigningMsg.REASON_AFFILIATION_CHANGED,
    "superseded": SigningMsg.REASON_SUPERSEDED,
    "cessation_of_operation": SigningMsg.REASON_CESSATION,
}
"""``RevocationReason`` value -> its word in the catalog."""


@dataclass(frozen=True)
class CaseReport:
    """What the store knows about a signed file.

    Attributes:
        sha256: the file's SHA-256.
        document: its ``document`` record, or None when the store does not know it.
        original: for the hub's B-LTA copy, the SHA-256 of the document it extends.
        lta_copy: the SHA-256 of a B-LTA copy of this document, if one is recorded.
        superseded_by: the number (文号) of the decision that superseded this one.
        served_at: when the decision was served (ISO 8601), if it was.
        closed_at: when the case was closed (ISO 8601), if it was.
        messages: the case as keyed lines (:data:`SigningMsg` ``verify.case_*``).
    """

    sha256: str
    document: SignedDocument | None
    original: str | None
    lta_copy: str | None
    superseded_by: str | None
    served_at: str | None
    closed_at: str | None
    messages: tuple[Message, ...]

    @property
    def known(self) -> bool:
        """True when the store knows the file (issued here or arrived by sync)."""
        return self.document is not None


def verify_in_store(
    store: Store,
    pdf: bytes,
    extra_roots: Sequence[bytes] = (),
    moment: dt.datetime | None = None,
) -> tuple[VerifyReport, CaseReport]:
    """Verify ``pdf`` with the store's team CAs, CRLs and revocations, and look up its case.

    Args:
        store: the open store.
        pdf: the file's bytes.
        extra_roots: CA certificates trusted besides the store's (``--trust``).
        moment: the validation time, e.g. years ahead (None: now).

    Raises:
        PkiError: a trust root is not a certificate.
    """
    roots = [*team_ca_pems(store), *extra_roots]
    report = verify_pdf(
        pdf,
        roots,
        crls_der=[c.der for c in latest_crls(store)],
        revocations=revocations_by_fingerprint(store),
        moment=moment,
    )
    return report, case_of(store, hashlib.sha256(pdf).hexdigest())


def case_of(store: Store, sha256: str) -> CaseReport:
    """What the store knows about the document with this SHA-256 (indexed lookups only)."""
    document = find_document(store, sha256)
    if document is None:
        return CaseReport(sha256, None, None, None, None, None, None, (SigningMsg.CASE_UNKNOWN(),))
    lines: list[Message] = []
    original = document.upgrade_of
    base = find_document(store, original) if original else document
    if original:
        lines.append(SigningMsg.CASE_LTA_COPY(sha=original[:12]))
    copy = None if original else lta_copy_of(store, sha256)
    lines.append(
        SigningMsg.CASE_DOCUMENT(
            number=document.number or "-",
            date=_date(document.signed_at if base is None else base.signed_at),
        )
    )
    superseded = served = closed = None
    if document.kind == DocumentKind.DECISION:
        superseded, served, closed = _notice_state(store, document.subject_id)
        if superseded is not None:
            lines.append(SigningMsg.CASE_SUPERSEDED(number=superseded))
        if served:
            lines.append(SigningMsg.CASE_SERVED(date=_date(served)))
        elif superseded is None:
            lines.append(SigningMsg.CASE_NOT_SERVED())
        if closed:
            lines.append(SigningMsg.CASE_CLOSED(date=_date(closed)))
    if copy is not None:
        lines.append(SigningMsg.CASE_HAS_LTA(sha=copy.id[:12]))
    return CaseReport(
        sha256,
        document,
        original,
        copy.id if copy is not None else None,
        superseded,
        served,
        closed,
        tuple(lines),
    )


def _notice_state(store: Store, notice_id: str) -> tuple[str | None, str | None, str | None]:
    """(superseding number, served_at, closed_at) of a decision's notice."""
    from inspect_app.storage.notices import get_notice

    try:
        notice = get_notice(store, notice_id)
    except NotFoundError:
        return None, None, None
    superseded = None
    if notice.status == NoticeStatus.SUPERSEDED or notice.superseded_by:
        superseded = "?"
        if notice.superseded_by:
            try:
                superseded = get_notice(store, notice.superseded_by).number or "?"
            except NotFoundError:
                superseded = "?"
    return superseded, notice.served_at, notice.closed_at


def summary_lines(report: VerifyReport) -> list[Message]:
    """The report's facts as keyed lines, in reading order.

    Level, validation time, then per signature its time and the time's source and its
    revocation status, then each document timestamp, then a hint when a B-B/B-T document
    fails only because the signer's certificate had expired (:func:`expired_only`). Every
    time is in Asia/Shanghai, and the templates say so ("Beijing time").
    """
    lines: list[Message] = []
    if report.level:
        lines.append(SigningMsg.LEVEL(level=report.level))
    if report.validated_at:
        lines.append(SigningMsg.VALIDATED_AT(time=beijing_time(report.validated_at)))
    for sig in report.signatures:
        if _is_document_timestamp(sig):
            continue  # a document timestamp: listed below
        lines.append(_time_line(sig))
        lines.append(_revocation_line(report, sig))
    for time, tsa, _ok in report.doc_timestamps:
        lines.append(SigningMsg.DOCUMENT_TIMESTAMP(time=beijing_time(time), tsa=tsa))
    if expired_only(report):
        lines.append(SigningMsg.EXPIRED_HINT(level=report.level or "B-B"))
    return lines


EXPIRY_FINDINGS = frozenset({SigningMsg.EXPIRED.id, SigningMsg.OUT_OF_BOUNDS.id})
"""The findings that mean "the certificate was not valid at the validation time"."""


def expired_only(report: VerifyReport) -> bool:
    """True when a B-B/B-T file is invalid only because a certificate had expired by then.

    Every failing signature's findings are ``verify.expired`` / ``verify.out_of_bounds``
    (pyHanko's EXPIRED and OUT_OF_BOUNDS_NO_POE), nothing was changed and nothing was
    revoked: the hub's B-LTA copy of such a document stays valid (PAdES B-LTA, ETSI EN
    319 142-1 6.5), so the report points to it.
    """
    if report.ok or report.level not in ("B-B", "B-T") or report.changed_after_signing:
        return False
    failing = [s for s in report.signatures if not s.ok]
    return bool(failing) and all(
        s.messages and {m.id for m in s.messages} <= EXPIRY_FINDINGS for s in failing
    )


def signature_moment(report: VerifyReport, officer_id: str | None) -> dt.datetime | None:
    """When ``officer_id`` signed, by the signature itself, in Asia/Shanghai; None if unknown.

    The signature's own RFC 3161 timestamp (B-T), else the time the signer claims (``/M``)
    — never a later document timestamp (that proves when the file existed, not when it was
    signed). The officer's signature is found by its certificate's UID; without one, the
    last signature of the file (document timestamps aside).
    """
    signatures = [s for s in report.signatures if not _is_document_timestamp(s)]
    mine = [s for s in signatures if officer_id and s.officer_id == officer_id]
    chosen = (mine or signatures or [None])[-1]
    return None if chosen is None else own_time(chosen)


def own_time(sig: SignatureReport) -> dt.datetime | None:
    """One signature's own time in Asia/Shanghai: its timestamp's (B-T), else its claim.

    None when it states none (or not readably). A document timestamp's report gives its
    claimed time, usually none: its time is in ``VerifyReport.doc_timestamps``.
    """
    own = sig.proven_at if sig.time_source == "tsa" else None
    text = own or sig.signing_time
    try:
        return beijing_time(text) if text else None
    except ValueError:
        return None


def _is_document_timestamp(sig: SignatureReport) -> bool:
    """A ``/DocTimeStamp`` report: a TSA time source but no proof of its own."""
    return sig.time_source == "tsa" and sig.proven_at is None


def _time_line(sig: SignatureReport) -> Message:
    if sig.time_source == "tsa" and sig.proven_at:
        return SigningMsg.TIME_FROM_TSA(time=beijing_time(sig.proven_at), tsa=sig.tsa or "?")
    if sig.signing_time:
        return SigningMsg.TIME_FROM_CLOCK(time=beijing_time(sig.signing_time))
    return SigningMsg.TIME_UNKNOWN()


def _revocation_line(report: VerifyReport, sig: SignatureReport) -> Message:
    if sig.revocation == "revoked" and sig.revoked_at:
        reason = REASON_WORDS.get(sig.revocation_reason or "", SigningMsg.REASON_UNSPECIFIED)
        return SigningMsg.REVOCATION_REVOKED(time=beijing_time(sig.revoked_at), reason=reason)
    if sig.revocation == "good" and report.crl_number is not None:
        return SigningMsg.REVOCATION_GOOD(
            number=report.crl_number, date=_date(report.crl_date or "")
        )
    return SigningMsg.REVOCATION_UNKNOWN()


def beijing_time(text: str) -> dt.datetime:
    """An ISO 8601 time as an aware datetime in Asia/Shanghai (how the team reads times).

    A time without an offset is taken as UTC (how the store and the reports keep times).
    Every time a person reads in a verify report or a revocation note goes through here.

    Raises:
        ValueError: not ISO 8601.
    """
    from inspect_app.notices.signing import _shanghai

    return _shanghai(dt.datetime.fromisoformat(text))


def _date(text: str) -> dt.date | str:
    try:
        return beijing_time(text).date()
    except ValueError:
        return text or "?"

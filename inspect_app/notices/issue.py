"""Issuing a rectification decision: check, number, render, sign (PAdES), store immutably.

``issue_notice`` is the team lead's one step from draft to a document a party must obey:

1. :func:`issue_blockers` lists everything that would make the decision defective, and
   issuing is refused while anything is listed (two officers, legal basis, deadline, a valid
   credit code, reconsideration body and court, no open sync conflict, evidence on hand …);
2. the notice takes its document number (:mod:`inspect_app.storage.numbering`);
3. the decision is rendered with the number, QR code (notice id + content SHA-256) and a
   signature field, then PAdES-signed with the lead's certificate (ETSI EN 319 142-1 B-B),
   the field locking the document (DocMDP "no changes");
4. the signed bytes are stored by SHA-256 and recorded with the notice's move to
   ``issued`` and its findings' to ``notified`` — one transaction.

A failure before step 4 records nothing except the number, which stays with the notice so a
retry prints the same number (numbers are never reused).
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from inspect_app.domain.canonical import canonical_json, sha256_hex
from inspect_app.domain.credit_code import validate_credit_code
from inspect_app.domain.document_content import RenderedDocument
from inspect_app.domain.entities import DocumentKind, NoticeStatus
from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.notice import NoticeMsg, bullet_list, status_word
from inspect_app.domain.messages.store import entity_label
from inspect_app.domain.notice_content import NoticeContent
from inspect_app.domain.records import Notice, SignedDocument
from inspect_app.domain.team_time import TEAM_TZ
from inspect_app.notices.citations import citation_blockers, ensure_citations
from inspect_app.notices.credentials import Credential, officer_p12_path, write_private
from inspect_app.notices.draft import build_content
from inspect_app.notices.ltv import level_of
from inspect_app.notices.pki import OfficerCredential, check_issued_by, load_credential
from inspect_app.notices.rectification import render_decision
from inspect_app.notices.signature_render import stamp_png
from inspect_app.notices.signing import add_signature_fields, sign_pdf
from inspect_app.notices.tsa_client import store_timestamper
from inspect_app.photos.importer import blob_store
from inspect_app.storage.documents import (
    document_change,
    get_document,
    require_team_ca,
    store_document_bytes,
)
from inspect_app.storage.evidence_checks import OFF_KINDS, evidence_blockers, evidence_warnings
from inspect_app.storage.finding_status import closed_blocker
from inspect_app.storage.findings import get_finding
from inspect_app.storage.notices import assign_number, get_notice, mark_issued
from inspect_app.storage.patrols import get_patrol
from inspect_app.storage.registry import get_agency, get_officer, get_site
from inspect_app.storage.store import Store

LEAD_FIELD = "TeamLead"


@dataclass(frozen=True)
class IssueResult:
    """An issued notice, its stored signed document, and the copy written for the user."""

    notice: Notice
    document: SignedDocument
    path: Path | None


def local_now() -> datetime:
    """The current time in the teams' zone (Asia/Shanghai), to the second."""
    return datetime.now(TEAM_TZ).replace(microsecond=0)


def content_digest(content: NoticeContent) -> str:
    """SHA-256 (hex) of the notice content as canonical JSON (RFC 8785 style).

    Covers every printed field except the QR payload itself and local image paths, so the
    QR code can carry it and anyone holding the store can recompute it.
    """
    body = dataclasses.asdict(content)
    body.pop("qr_payload", None)
    body.pop("seal_png", None)  # the agency's image, not what the decision says
    for item in body["evidence"]:
        item.pop("image_path", None)
    return sha256_hex(canonical_json(body))


def qr_payload(notice_id: str, number: str, digest: str) -> str:
    """The QR text: ``inspect-app:notice:<id>;no=<文号>;sha256=<content digest>``."""
    return f"inspect-app:notice:{notice_id};no={number};sha256={digest}"


def _conflicted(store: Store, entity: str, ids: Sequence[str]) -> list[str]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    found = store.db.conn.execute(
        f"SELECT DISTINCT entity_id FROM conflicts WHERE entity = ? AND entity_id IN ({marks})",
        [entity, *ids],
    )
    return [r[0] for r in found]


def issue_blockers(store: Store, notice_id: str, acting_officer: str, today: date) -> list[Message]:
    """Everything that stops ``notice_id`` from being issued now (empty: it can be issued).

    Each blocker is a keyed message (``NoticeMsg.ISSUE_*``): a front door shows it in its
    language and decides on its id (``ISSUE_NO_CERTIFICATE`` …), never on its text.

    Sources: two officers or more (《行政处罚法》(2021) 第四十二条); the parts of a decision
    observed in published notices (party with 统一社会信用代码 GB 32100-2015, violated
    provision, legal basis, order and deadline, 救济途径 with the named body and court per
    《行政复议法》第二十条 and 《行政诉讼法》第四十六条); the team's sign-off rule (leads only).
    """
    notice = get_notice(store, notice_id)
    gaps: list[Message] = []
    if notice.status != NoticeStatus.DRAFT:
        return [NoticeMsg.ISSUE_NOT_DRAFT(status=status_word(notice.status))]
    officer = get_officer(store, acting_officer)
    if officer.role != "lead":
        gaps.append(NoticeMsg.ISSUE_LEAD_ONLY())
    elif not officer.signature:
        gaps.append(NoticeMsg.ISSUE_NO_SIGNATURE())
    if not notice.finding_ids:
        gaps.append(NoticeMsg.ISSUE_NO_FINDING())
    if not notice.deadline:
        gaps.append(NoticeMsg.ISSUE_NO_DEADLINE())
    elif notice.deadline < today.isoformat():
        gaps.append(NoticeMsg.ISSUE_DEADLINE_PASSED(deadline=_day(notice.deadline)))
    if not (notice.order_text or "").strip():
        gaps.append(NoticeMsg.ISSUE_NO_ORDER())
    site = get_site(store, notice.site_id)
    try:
        validate_credit_code(site.credit_code or "")
    except ValidationError:
        gaps.append(NoticeMsg.ISSUE_BAD_CREDIT_CODE(party=site.name))
    if not site.address:
        gaps.append(NoticeMsg.ISSUE_NO_ADDRESS(party=site.name))
    agency = get_agency(store, notice.agency_id)
    if not agency.reconsideration_body:
        gaps.append(NoticeMsg.ISSUE_NO_RECONSIDERATION_BODY(agency=agency.name))
    if not agency.litigation_court:
        gaps.append(NoticeMsg.ISSUE_NO_COURT(agency=agency.name))
    officers: set[str] = set()
    for finding_id in notice.finding_ids:
        try:
            finding = get_finding(store, finding_id)
        except Exception as exc:  # noqa: BLE001 - withdrawn or missing: report, not raise
            keyed = exc.keyed_message if isinstance(exc, InspectError) else None
            problem: Message | str = keyed if keyed is not None else str(exc)
            gaps.append(
                NoticeMsg.ISSUE_FINDING_UNAVAILABLE(finding=finding_id[:8], problem=problem)
            )
            continue
        closed = closed_blocker(store, finding_id)  # 销号 already: no new decision (issue 12)
        if closed is not None:
            gaps.append(closed)
        officers.update(get_patrol(store, finding.patrol_id).officer_ids)
        blobs = blob_store(store)
        for photo_id in finding.photo_ids:
            if not blobs.has(photo_id):
                gaps.append(
                    NoticeMsg.ISSUE_PHOTO_MISSING(photo=photo_id[:12], finding=finding_id[:8])
                )
    if len(officers) < 2:
        gaps.append(NoticeMsg.ISSUE_FEW_OFFICERS())
    for entity, ids in (
        ("notice", [notice_id]),
        ("finding", list(notice.finding_ids)),
        ("site", [notice.site_id]),
    ):
        for conflicted in _conflicted(store, entity, ids):
            gaps.append(NoticeMsg.ISSUE_CONFLICT(entity=entity_label(entity), id=conflicted[:8]))
    if not store.db.conn.execute("SELECT 1 FROM team_ca WHERE withdrawn = 0").fetchone():
        gaps.append(NoticeMsg.ISSUE_NO_TEAM_CA())
    elif officer.role == "lead" and not officer_p12_path(store, acting_officer).is_file():
        gaps.append(NoticeMsg.ISSUE_NO_CERTIFICATE())
    gaps += evidence_blockers(store, notice_id)  # off-date/off-site, clip times (issue 13)
    gaps += citation_blockers(store, notice)  # 违反条款/责令改正依据 chosen and known (issue 13)
    return gaps


def _day(iso: str) -> date | str:
    """A stored date as a date parameter (a malformed one as it is written)."""
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return iso


def blocked_error(blockers: Sequence[Message]) -> ValidationError:
    """The refusal that lists ``blockers`` (non-empty), one ``- item`` line each."""
    return ValidationError(NoticeMsg.ISSUE_BLOCKED(blockers=bullet_list(blockers)))


def _stamp(store: Store, officer_id: str, agency_id: str) -> bytes:
    officer = get_officer(store, officer_id)
    get_agency(store, agency_id)  # the agency must exist
    # The seal is pressed over the 落款 on the page (decision_content), not in the stamp.
    return stamp_png(officer.signature, None)


def check_credential(store: Store, officer: str, credential: Credential) -> OfficerCredential:
    """Open ``credential`` and check it is ``officer``'s, issued by the team CA.

    Raises:
        PkiError: wrong passphrase, or a certificate not issued by the team CA.
        ValidationError: the certificate is another officer's; the team has no CA.
    """
    cas = require_team_ca(store)
    loaded = load_credential(credential.p12, credential.passphrase)
    check_issued_by(loaded.cert_pem, cas)
    if loaded.officer_id != officer:
        raise ValidationError(NoticeMsg.CERTIFICATE_OF_ANOTHER())
    return loaded


def sign_document(
    store: Store,
    officer: str,
    rendered: RenderedDocument,
    credential: Credential,
    *,
    field: str,
    lock: bool,
    stamp: bytes | None,
    reason: str,
    location: str,
    checked: OfficerCredential | None = None,
    lock_field: str | None = None,
) -> tuple[bytes, str]:
    """Create the signature fields of ``rendered`` and sign ``field``; return (PDF, fingerprint).

    With ``lock``, the field ``lock_field`` (default ``field``) locks the document when
    signed: another field when several officers sign in turn (the last one locks).

    The credential must belong to ``officer`` and chain to the team CA; ``checked`` is the
    result of :func:`check_credential` when the caller already ran it (the PKCS#12 file is
    not decrypted twice for the check).

    Raises:
        PkiError: wrong passphrase, or a certificate not issued by the team CA.
        ValidationError: the certificate is another officer's; the team has no CA.
        SigningError: pyHanko refused (e.g. no such field).
    """
    loaded = checked or check_credential(store, officer, credential)
    with_fields = add_signature_fields(
        rendered.pdf, rendered.signature_boxes, lock_field=(lock_field or field) if lock else None
    )
    signed = sign_pdf(
        with_fields,
        field,
        credential.p12,
        credential.passphrase,
        stamp_png=stamp,
        reason=reason,
        location=location,
        timestamper=store_timestamper(store),  # B-T when the hub's TSA answers, else B-B
    )
    return signed, loaded.fingerprint


def write_copy(pdf: bytes, out: Path) -> Path:
    """Write the signed bytes unchanged to ``out`` (atomic; never re-saved by a PDF library)."""
    write_private(out, pdf)
    out.chmod(0o644)
    return out


def issue_notice(
    store: Store,
    officer: str,
    notice_id: str,
    credential: Credential,
    out: Path | None = None,
    today: date | None = None,
) -> IssueResult:
    """Issue a draft notice (team leads only); see the module docstring for the steps.

    Args:
        store: the open store.
        officer: the acting team lead's id (must own ``credential``).
        notice_id: a draft notice.
        credential: the lead's PKCS#12 and passphrase.
        out: where to write a copy of the signed PDF, or None.
        today: the local date of issue (Asia/Shanghai), for tests.

    Raises:
        ValidationError: any :func:`issue_blockers` entry (all listed, one per line:
            :func:`blocked_error`), no free document number, the credential is another
            officer's.
        PkiError, SigningError: the credential cannot sign.
    """
    now = local_now()
    today = today or now.date()
    gaps = issue_blockers(store, notice_id, officer, today)
    if gaps:
        raise blocked_error(gaps)
    checked = check_credential(store, officer, credential)  # before a number is taken
    ensure_citations(store, officer, notice_id)  # a pre-v10 draft stores what it printed
    notice = assign_number(store, officer, notice_id, today.year)
    content = decision_content(store, officer, notice, today)
    rendered = render_decision(content)
    signed, fingerprint = sign_document(
        store,
        officer,
        rendered,
        credential,
        field=LEAD_FIELD,
        lock=True,
        stamp=_stamp(store, officer, notice.agency_id),
        reason=f"签发{content.document_number}",
        location=content.agency_name,
        checked=checked,
    )
    sha = store_document_bytes(store, signed)
    change = document_change(
        sha,
        kind=DocumentKind.DECISION,
        subject_id=notice_id,
        size_bytes=len(signed),
        signed_by=officer,
        signed_at=now.isoformat(),
        number=notice.number,
        signer_fingerprint=fingerprint,
        level=level_of(signed),
    )
    issued = mark_issued(
        store, officer, notice_id, change, now.isoformat(), content_digest(content)
    )
    path = None
    if out is not None:
        try:
            path = write_copy(signed, out)
        except OSError as exc:
            raise ValidationError(
                NoticeMsg.ISSUED_COPY_FAILED(
                    number=str(issued.number), path=out, reason=exc.strerror or str(exc)
                )
            ) from exc
    return IssueResult(issued, get_document(store, sha), path)


def decision_content(store: Store, officer: str, notice: Notice, today: date) -> NoticeContent:
    """The final content of a numbered notice (no draft mark, QR code, signatory)."""
    content, _, _, _ = build_content(
        store,
        officer,
        list(notice.finding_ids),
        notice.agency_id,
        notice.order_text,
        notice.deadline,
        today,
        notice_id=notice.id,
    )
    content = dataclasses.replace(
        content,
        document_number=str(notice.number),
        draft=False,
        notice_id=notice.id,
        signatory=get_officer(store, officer).name,
        issue_date=today.isoformat(),
        supersedes_number=get_notice(store, notice.supersedes).number
        if notice.supersedes
        else None,
    )
    digest = content_digest(content)
    agency = get_agency(store, notice.agency_id)
    return dataclasses.replace(
        content,
        qr_payload=qr_payload(notice.id, str(notice.number), digest),
        seal_png=base64.b64decode(agency.seal_png) if agency.seal_png else None,
    )


def issue_warnings(store: Store, notice_id: str) -> list[Message]:
    """What the lead should look at before issuing, without refusing it (may be empty).

    The plausibility warnings nobody accepted about the notice's findings that do not make a
    photo off-date or off-site evidence (an observation time after the recording), each as
    ``NoticeMsg.ISSUE_WARNING_FINDING``; off-date and off-site photos are blockers until a
    lead answers (``storage/evidence_checks.py``, issue 13). Then an agency without a seal
    image (the decision would carry none over its 落款), and the case's records not signed
    yet. Unlike :func:`issue_blockers`, these never stop an issue.
    """
    from inspect_app.storage.plausibility import open_warnings

    out: list[Message] = []
    for finding_id in get_notice(store, notice_id).finding_ids:
        try:
            warnings = open_warnings(store, finding_id)
        except InspectError:
            continue  # a withdrawn or missing finding is a blocker already
        out += [
            NoticeMsg.ISSUE_WARNING_FINDING(finding=finding_id[:8], warning=w.message)
            for w in warnings
            if w.kind not in OFF_KINDS  # off-date/off-site: a lead's answer, evidence_blockers
        ]
    agency = get_agency(store, get_notice(store, notice_id).agency_id)
    if not agency.seal_png:  # the PDF carries no seal: stamped by hand on paper, or set one
        out.append(NoticeMsg.ISSUE_WARNING_NO_SEAL(agency=agency.name))
    return out + evidence_warnings(store, notice_id)  # unsigned records (issue 13)

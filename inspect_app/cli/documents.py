"""Command-line front door for enforcement documents: PKI, issue, verify, supersede, numbers.

Names are a contract with office scripts (issue 4): ``pki init-ca``, ``pki issue --officer
ID --out FILE.p12``, ``pki import FILE.p12``, ``pki export-ca --out FILE.pem``,
``notice issue ID --out FILE.pdf``, ``notice verify FILE.pdf [--json] [--trust CA.pem]``
(exit 1 when any signature is not valid), ``notice supersede ID``, ``notice edit ID`` and
``notice discard ID`` (drafts only), ``notice export ID --out FILE.pdf`` (the stored signed
bytes). Passphrases come from ``--passphrase-file FILE`` (first line) or a prompt — never a
plain argument, so they stay out of shell history and process lists.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from inspect_app.cli.inputs import (
    STROKES_HELP,
    add_output_options,
    output_path,
    read_passphrase,
    read_strokes,
)
from inspect_app.domain.entities import NoticeStatus, Role
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.records import Notice
from inspect_app.notices.credentials import Credential, officer_p12, write_private
from inspect_app.notices.draft import check_deadline
from inspect_app.notices.issue import issue_blockers, issue_notice, local_now, write_copy
from inspect_app.notices.pki import PkiError, certificate_info
from inspect_app.notices.signing import verify_pdf, verify_report_dict
from inspect_app.notices.team_pki import import_certificate, init_team_ca, issue_certificate
from inspect_app.storage import documents, inspection_records, notices, numbering, registry
from inspect_app.storage.services import services_of
from inspect_app.storage.store import Store

__all__ = ["add_agency_commands", "add_commands", "export_document", "read_passphrase"]

Leaf = Callable[..., Any]
MAX_PDF_BYTES = 64 << 20
MAX_PEM_BYTES = 1 << 20
MAX_SEAL_BYTES = 150_000
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)
SIGNATURE_COMMAND = "notice signature --strokes FILE.json"
EXPORT_KINDS = ("decision", "receipt", "record")


def add_commands(group: Callable[[str, str], Any], notice: Any, leaf: Leaf) -> None:
    """Add the document commands: the ``pki`` group and ``notice`` sub-commands."""
    pki = group("pki", "the team's certificate authority and signing certificates")
    p = leaf(pki, "init-ca", _pki_init_ca, "create the team CA on this laptop (team lead)")
    _passphrase_option(p, "the new CA key's passphrase (8+ characters)")
    p = leaf(pki, "issue", _pki_issue, "issue an officer's signing certificate (team lead)")
    p.add_argument("--officer", required=True, metavar="ID")
    add_output_options(p, "FILE.p12", "the officer's PKCS#12 file")
    _passphrase_option(p, "the new PKCS#12 file's passphrase (8+ characters)")
    p.add_argument(
        "--ca-passphrase-file", type=Path, metavar="FILE", help="the CA key's passphrase"
    )
    p = leaf(pki, "import", _pki_import, "keep your PKCS#12 file on this laptop for signing")
    p.add_argument("file", type=Path, metavar="FILE.p12")
    _passphrase_option(p, "the PKCS#12 file's passphrase")
    leaf(pki, "list", _pki_list, "list the team CA and officer certificates")
    p = leaf(
        pki,
        "export-ca",
        _pki_export_ca,
        "write the team CA certificate(s) as PEM, for 'notice verify --trust' elsewhere",
    )
    add_output_options(p, "FILE.pem", "the CA certificate(s), PEM")

    p = leaf(notice, "issue", _notice_issue, "number, sign (PAdES) and issue a draft (lead)")
    p.add_argument("id")
    add_output_options(p, "FILE.pdf", "a copy of the signed decision")
    _passphrase_option(p, "your PKCS#12 passphrase")
    p = leaf(notice, "verify", _notice_verify, "check a signed PDF's signatures")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="also trust the CA certificate(s) in this PEM file, e.g. from 'pki export-ca' "
        "(default: the team CA in the store)",
    )
    p = leaf(notice, "supersede", _notice_supersede, "start a corrected notice (team lead)")
    p.add_argument("id")
    p = leaf(notice, "list", _notice_list, "notices to follow: overdue first, then by deadline")
    p.add_argument("--all", action="store_true", help="include closed and superseded notices")
    p = leaf(
        notice,
        "show",
        _notice_show,
        "show a notice: its services, re-inspections, signed documents and supersede chain",
    )
    p.add_argument("id")
    p = leaf(notice, "edit", _notice_edit, "correct a draft's order or deadline")
    p.add_argument("id")
    p.add_argument("--order", help="what the party must do (责令内容)")
    p.add_argument("--deadline", help="YYYY-MM-DD ('' for none: the order reads 立即)")
    p = leaf(notice, "discard", _notice_discard, "withdraw a draft (an issued notice: supersede)")
    p.add_argument("id")
    p = leaf(notice, "export", _notice_export, "write a signed document of a notice again")
    p.add_argument("id")
    add_output_options(p, "FILE.pdf", "the signed PDF, byte for byte")
    p.add_argument(
        "--kind",
        choices=EXPORT_KINDS,
        default="decision",
        help="the decision (default), the signed service receipt (送达回证) or the latest "
        "closed re-inspection record (复查笔录)",
    )
    p = leaf(notice, "reserve-numbers", _notice_reserve, "reserve document numbers (lead)")
    p.add_argument("--agency", required=True, metavar="ID")
    p.add_argument("--for", dest="holder", required=True, metavar="REPLICA")
    p.add_argument("--count", type=int, default=20)
    p.add_argument("--year", type=int, help="default: this year")
    p = leaf(notice, "signature", _officer_signature, "set your hand-drawn signature (strokes)")
    p.add_argument("--strokes", required=True, type=Path, metavar="FILE.json", help=STROKES_HELP)
    p = leaf(notice, "seal", _agency_seal, "the same as 'agency seal ID --png FILE'")
    p.add_argument("--agency", dest="id", required=True, metavar="ID")
    p.add_argument("--png", required=True, type=Path, metavar="FILE.png")


def add_agency_commands(agency: Any, leaf: Leaf) -> None:
    """Add ``agency seal ID --png FILE`` to the ``agency`` group."""
    p = leaf(agency, "seal", _agency_seal, "set an agency's seal image (PNG, team lead)")
    p.add_argument("id")
    p.add_argument("--png", required=True, type=Path, metavar="FILE.png", help="150 KB at most")


def _passphrase_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help=f"{what}; read from its first line"
    )


def _acting(store: Store, args: argparse.Namespace) -> str:
    from inspect_app.cli import _acting as acting

    return acting(store, args)


def _pki_init_ca(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    passphrase = read_passphrase(args.passphrase_file, "new CA key passphrase", confirm=True)
    result = init_team_ca(store, officer, passphrase)
    return {"fingerprint": result.fingerprint, "key": result.key_path}


def _pki_issue(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    out = output_path(store, args)
    ca_pass = read_passphrase(args.ca_passphrase_file, "CA key passphrase")
    new_pass = read_passphrase(args.passphrase_file, "new PKCS#12 passphrase", confirm=True)
    issued = issue_certificate(store, officer, args.officer, ca_pass, new_pass)
    write_private(out, issued.p12)
    return {
        "officer": args.officer,
        "out": str(out),
        "fingerprint": issued.fingerprint,
        "not_after": issued.not_after,
    }


def _pki_import(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    passphrase = read_passphrase(args.passphrase_file, "PKCS#12 passphrase")
    credential = import_certificate(store, data, passphrase)
    return {
        "officer": credential.officer_id,
        "subject": credential.common_name,
        "fingerprint": credential.fingerprint,
        "not_after": credential.not_after,
    }


def _pki_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    certs = store.db.conn.execute(
        "SELECT c.id, c.officer_id, o.name, c.not_after FROM certificate c "
        "LEFT JOIN officer o ON o.id = c.officer_id WHERE c.withdrawn = 0 ORDER BY o.name"
    )
    return {
        "team_cas": [
            {"fingerprint": c["fingerprint"], "name": c["name"]} for c in documents.team_cas(store)
        ],
        "certificates": [
            {"fingerprint": r[0], "officer": r[1], "name": r[2], "not_after": r[3]} for r in certs
        ],
    }


def _pki_export_ca(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    cas = documents.team_cas(store)
    if not cas:
        raise ValidationError(
            "this store holds no team CA certificate yet: a team lead runs 'pki init-ca' "
            "once, then syncs"
        )
    out = output_path(store, args)
    pem = "".join(str(c["pem"]).strip() + "\n" for c in cas)
    write_copy(pem.encode("ascii"), out)
    return {
        "out": str(out),
        "team_cas": [{"fingerprint": c["fingerprint"], "name": c["name"]} for c in cas],
        "next_step": f"inspect-app notice verify FILE.pdf --trust {out}",
    }


def _with_commands(message: str) -> str:
    """Follow a blocker that points at the window's "My signature" with the command."""
    return "\n".join(
        f"{line} (on the command line: inspect-app {SIGNATURE_COMMAND})"
        if "My signature" in line
        else line
        for line in message.splitlines()
    )


def _notice_issue(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    out = output_path(store, args)
    # Everything missing at once, before the passphrase is asked for.
    gaps = issue_blockers(store, args.id, officer, local_now().date())
    if gaps:
        lines = "\n".join(f"- {gap}" for gap in gaps)
        raise ValidationError(_with_commands(f"the decision cannot be issued yet:\n{lines}"))
    p12 = officer_p12(store, officer)
    passphrase = read_passphrase(args.passphrase_file, "signing passphrase")
    try:
        result = issue_notice(store, officer, args.id, Credential(p12, passphrase), out)
    except ValidationError as exc:
        if "My signature" not in str(exc):
            raise
        raise ValidationError(_with_commands(str(exc))) from None
    return {
        "id": result.notice.id,
        "number": result.notice.number,
        "status": result.notice.status,
        "sha256": result.document.id,
        "size_bytes": result.document.size_bytes,
        "path": str(result.path),
    }


def _trusted(path: Path) -> list[bytes]:
    """The CA certificates in a ``--trust`` file (one or more PEM blocks, or one DER)."""
    try:
        if path.stat().st_size > MAX_PEM_BYTES:
            raise ValidationError(f"{path} is not a PEM certificate (larger than 1 MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from None
    blocks = _PEM_BLOCK.findall(data) or [data]
    for block in blocks:
        try:
            certificate_info(block)
        except PkiError:
            raise ValidationError(f"{path} is not a PEM certificate") from None
    return blocks


def _notice_verify(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    try:
        size = args.file.stat().st_size
        if size > MAX_PDF_BYTES:
            raise ValidationError(f"{args.file} is larger than 64 MB: not a notice")
        pdf = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    roots = list(documents.team_ca_pems(store))
    for path in args.trust:
        roots.extend(_trusted(path))
    try:
        report = verify_pdf(pdf, roots)
    except PkiError as exc:
        trust = ", ".join(str(t) for t in args.trust) or "the store's team CA"
        raise ValidationError(f"a trusted CA certificate ({trust}) cannot be used: {exc}") from None
    result = verify_report_dict(report)
    sha = hashlib.sha256(pdf).hexdigest()
    known = documents.find_document(store, sha)
    result["sha256"] = sha
    result["recorded"] = asdict(known) if known else None
    result["_exit_error"] = not report.ok
    return result


def _notice_supersede(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    new = notices.supersede(store, _acting(store, args), args.id)
    return {"id": new.id, "supersedes": new.supersedes, "status": new.status}


def _notice_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    today = local_now().date()
    rows = notices.follow_up(store, today, limit=10_000, include_closed=args.all)
    return {
        "notices": [
            {
                "id": r.notice.id,
                "number": r.notice.number,
                "party": r.party,
                "status": r.notice.status,
                "deadline": r.notice.deadline,
                "days_left": r.days_left,
                "overdue": r.overdue,
            }
            for r in rows
        ]
    }


def _label(notice: Notice) -> str:
    return notice.number or f"draft {notice.id[:8]}"


def _link(store: Store, notice_id: str) -> dict[str, Any]:
    """A notice of a supersede chain: id, number and status (withdrawn or absent said so)."""
    try:
        found = notices.get_notice(store, notice_id)
    except NotFoundError as exc:
        gone = "withdrawn" if "withdrawn" in str(exc) else "not on this laptop"
        return {"id": notice_id, "number": None, "status": gone}
    return {"id": found.id, "number": found.number, "status": found.status}


def _chain(store: Store, notice: Notice) -> list[dict[str, Any]]:
    """The supersede chain through ``notice``, oldest first (``this`` marks the notice)."""
    here = {"id": notice.id, "number": notice.number, "status": notice.status, "this": True}
    chain, seen = [here], {notice.id}
    for attr, at_end in (("supersedes", False), ("superseded_by", True)):
        step = notice
        while (nxt := getattr(step, attr)) and nxt not in seen and len(seen) < 1000:
            seen.add(nxt)
            link = {**_link(store, nxt), "this": False}
            chain.insert(len(chain) if at_end else 0, link)
            try:
                step = notices.get_notice(store, nxt)
            except NotFoundError:
                break
    return chain


def _name(get: Callable[[Store, str], Any], store: Store, record_id: str) -> str | None:
    """The name of a site or agency, or None when it is not (or no longer) in the store."""
    try:
        return str(get(store, record_id).name)
    except NotFoundError:
        return None


def _notice_show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    notice = notices.get_notice(store, args.id)
    services = services_of(store, notice.id)
    rechecks = inspection_records.records_of_notice(store, notice.id)
    subjects = [notice.id, *(s.id for s in services), *(r.id for r in rechecks)]
    docs = [d for subject in subjects for d in documents.documents_of(store, subject)]
    docs.sort(key=lambda d: d.signed_at)
    chain = _chain(store, notice)
    numbers = {c["id"]: c["number"] for c in chain}
    return {
        **asdict(notice),
        "party": _name(registry.get_site, store, notice.site_id),
        "agency": _name(registry.get_agency, store, notice.agency_id),
        "supersedes_number": numbers.get(notice.supersedes) if notice.supersedes else None,
        "superseded_by_number": (
            numbers.get(notice.superseded_by) if notice.superseded_by else None
        ),
        "services": [
            {
                "id": s.id,
                "method": s.method,
                "served_at": s.served_at,
                "recipient": s.recipient,
                "officers": list(s.officer_ids),
                "receipt_sha256": s.document_id,
            }
            for s in services
        ],
        "reinspections": [
            {
                "id": r.id,
                "kind": r.kind,
                "started_at": r.started_at,
                "outcome": r.outcome,
                "status": "closed" if r.document_id else "open",
                "sha256": r.document_id,
            }
            for r in rechecks
        ],
        "documents": [asdict(d) for d in docs],
        "chain": chain,
    }


def _draft(store: Store, notice_id: str, verb: str) -> Notice:
    """The notice if it is a draft; else a ValidationError saying to supersede it."""
    notice = notices.get_notice(store, notice_id)
    if notice.status != NoticeStatus.DRAFT:
        raise ValidationError(
            f"notice {_label(notice)} is {notice.status}: an issued notice is never {verb}; "
            f"supersede it with a corrected one ('notice supersede {notice.id}')"
        )
    return notice


def _notice_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    _draft(store, args.id, "changed")
    fields: dict[str, str | None] = {}
    warnings: list[str] = []
    if args.order is not None:
        fields["order_text"] = args.order
    if args.deadline is not None:
        deadline = args.deadline.strip() or None
        warnings = check_deadline(deadline, local_now().date())
        fields["deadline"] = deadline
    if not fields:
        raise ValidationError("nothing to change: give --order TEXT or --deadline YYYY-MM-DD")
    notice = notices.update_draft(store, officer, args.id, **fields)
    return {**asdict(notice), "warnings": warnings}


def _notice_discard(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    notice = _draft(store, args.id, "withdrawn")
    restored = notices.discard_draft(store, officer, notice.id)
    warnings = (
        [f"its number {notice.number} stays used: document numbers are never reused"]
        if notice.number
        else []
    )
    result: dict[str, Any] = {"id": notice.id, "withdrawn": True, "warnings": warnings}
    if restored is not None:
        result["restored"] = {
            "id": restored.id,
            "number": restored.number,
            "status": restored.status,
        }
    return result


def export_document(store: Store, sha256: str, args: argparse.Namespace) -> dict[str, Any]:
    """Write the stored signed bytes of a document to ``--out``, unchanged (mode 0644).

    Raises:
        ValidationError: a bad output path (see :func:`~inspect_app.cli.inputs.output_path`).
        NotFoundError: the bytes have not arrived on this laptop yet.
        StoreError: the stored bytes no longer match their SHA-256.
    """
    out = output_path(store, args)
    pdf = documents.document_bytes(store, sha256)
    write_copy(pdf, out)
    known = documents.find_document(store, sha256)
    return {
        "sha256": sha256,
        "kind": known.kind if known else None,
        "number": known.number if known else None,
        "size_bytes": len(pdf),
        "path": str(out),
    }


def _notice_export(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    notice = notices.get_notice(store, args.id)
    if args.kind == "decision":
        sha = notice.document_id
        if not sha:
            raise ValidationError(
                f"notice {_label(notice)} is {notice.status}: it has no signed decision yet "
                "(a team lead issues it with 'notice issue ID --out FILE.pdf')"
            )
    elif args.kind == "receipt":
        receipts = [s.document_id for s in services_of(store, notice.id) if s.document_id]
        if not receipts:
            raise ValidationError(
                f"notice {_label(notice)} has no signed service receipt (送达回证) here "
                "(it is signed with 'notice serve ID … --sign --out FILE.pdf')"
            )
        sha = receipts[-1]
    else:
        closed = [
            r.document_id
            for r in inspection_records.records_of_notice(store, notice.id)
            if r.document_id
        ]
        if not closed:
            raise ValidationError(
                f"notice {_label(notice)} has no closed re-inspection record (复查笔录) here "
                "(one is closed with 'record close ID --out FILE.pdf')"
            )
        sha = closed[-1]
    return {"id": notice.id, **export_document(store, sha, args)}


def _notice_reserve(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    year = args.year or date.today().year
    block = numbering.reserve_block(
        store, _acting(store, args), args.agency, year, args.holder, args.count
    )
    return asdict(block)


def _officer_signature(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    strokes = read_strokes(args.strokes)
    registry.set_officer_signature(store, officer, strokes.to_json())
    return {"officer": officer, "points": strokes.point_count}


def _agency_seal(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    if registry.get_officer(store, officer).role != Role.LEAD:
        raise ValidationError("only a team lead sets an agency's seal (act --as a team lead)")
    registry.get_agency(store, args.id)
    try:
        if args.png.stat().st_size > MAX_SEAL_BYTES:
            raise ValidationError(f"{args.png} is larger than 150 KB: use a smaller PNG image")
        data = args.png.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {args.png}: {exc.strerror or exc}") from None
    if not data.startswith(PNG_MAGIC):
        raise ValidationError(f"{args.png} is not a PNG image")
    encoded = base64.b64encode(data).decode("ascii")
    agency = registry.edit_agency(store, officer, args.id, seal_png=encoded)
    return {"agency": agency.id, "name": agency.name, "size_bytes": len(data)}

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
import re
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inspect_app.cli.inputs import (
    add_output_options,
    output_path,
    read_passphrase,
    read_strokes,
    strokes_help,
    unreadable,
)
from inspect_app.cli.laws import add_citation_options, citation_changes, cited_json
from inspect_app.cli.messages import cli_language, prose, render, translate
from inspect_app.cli.revocation import _add_revocation_commands, _moment_arg
from inspect_app.domain.entities import NoticeStatus, Role
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.messages import Message, MessageKind
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.notice import NoticeMsg, status_word
from inspect_app.domain.records import Notice
from inspect_app.domain.team_time import team_today
from inspect_app.notices.citations import set_citations
from inspect_app.notices.credentials import Credential, officer_p12, write_private
from inspect_app.notices.draft import check_deadline
from inspect_app.notices.issue import (
    blocked_error,
    issue_blockers,
    issue_notice,
    issue_warnings,
    local_now,
    write_copy,
)
from inspect_app.notices.pki import PkiError, certificate_info
from inspect_app.notices.signing import VerifyReport, verify_report_dict
from inspect_app.notices.team_pki import import_certificate, init_team_ca, issue_certificate
from inspect_app.notices.verify_case import summary_lines, verify_in_store
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
EXPORT_KINDS = ("decision", "receipt", "record")


def add_commands(group: Callable[[str, str], Any], notice: Any, leaf: Leaf) -> None:
    """Add the document commands: the ``pki`` group and ``notice`` sub-commands."""
    pki = group(
        "pki", translate("CommandLine", "the team's certificate authority and signing certificates")
    )
    p = leaf(
        pki,
        "init-ca",
        _pki_init_ca,
        translate("CommandLine", "create the team CA on this laptop (team lead)"),
    )
    _passphrase_option(p, translate("CommandLine", "the new CA key's passphrase (8+ characters)"))
    from inspect_app.cli.protection import add_pki_commands

    add_pki_commands(pki, leaf)  # pki recovery-key (issue 14)
    p = leaf(
        pki,
        "issue",
        _pki_issue,
        translate("CommandLine", "issue an officer's signing certificate (team lead)"),
    )
    p.add_argument(
        "--officer",
        required=True,
        metavar="ID",
        help=translate("CommandLine", "the officer it is for"),
    )
    add_output_options(p, "FILE.p12", translate("CommandLine", "the officer's PKCS#12 file"))
    _passphrase_option(
        p, translate("CommandLine", "the new PKCS#12 file's passphrase (8+ characters)")
    )
    p.add_argument(
        "--ca-passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "the CA key's passphrase; read from its first line"),
    )
    p = leaf(
        pki,
        "import",
        _pki_import,
        translate("CommandLine", "keep your PKCS#12 file on this laptop for signing"),
    )
    p.add_argument(
        "file",
        type=Path,
        metavar="FILE.p12",
        help=translate("CommandLine", "your PKCS#12 file (from 'pki issue')"),
    )
    _passphrase_option(p, translate("CommandLine", "the PKCS#12 file's passphrase"))
    leaf(
        pki,
        "list",
        _pki_list,
        translate("CommandLine", "list the team CA and officer certificates"),
    )
    p = leaf(
        pki,
        "export-ca",
        _pki_export_ca,
        translate(
            "CommandLine",
            "write the team CA certificate(s) as PEM, for 'notice verify --trust' elsewhere",
        ),
    )
    add_output_options(p, "FILE.pem", translate("CommandLine", "the CA certificate(s), PEM"))
    _add_revocation_commands(pki, leaf)

    notice_id = translate("CommandLine", "the notice's id")
    p = leaf(
        notice,
        "issue",
        _notice_issue,
        translate("CommandLine", "number, sign (PAdES) and issue a draft (lead)"),
    )
    p.add_argument("id", help=notice_id)
    add_output_options(p, "FILE.pdf", translate("CommandLine", "a copy of the signed decision"))
    _passphrase_option(p, translate("CommandLine", "your PKCS#12 passphrase"))
    p = leaf(
        notice,
        "verify",
        _notice_verify,
        translate("CommandLine", "check a signed PDF's signatures"),
    )
    p.add_argument(
        "file", type=Path, metavar="FILE.pdf", help=translate("CommandLine", "the signed PDF")
    )
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help=translate(
            "CommandLine",
            "also trust the CA certificate(s) in this PEM file, e.g. from 'pki export-ca' "
            "(default: the team CA in the store)",
        ),
    )
    p.add_argument(
        "--at",
        metavar="YYYY-MM-DD",
        help=translate(
            "CommandLine",
            "validate as at this date (e.g. years ahead, after a certificate expired)",
        ),
    )
    p = leaf(
        notice,
        "supersede",
        _notice_supersede,
        translate("CommandLine", "start a corrected notice (team lead)"),
    )
    p.add_argument("id", help=notice_id)
    p = leaf(
        notice,
        "list",
        _notice_list,
        translate("CommandLine", "notices to follow: overdue first, then by deadline"),
    )
    p.add_argument(
        "--all",
        action="store_true",
        help=translate("CommandLine", "include closed and superseded notices"),
    )
    p = leaf(
        notice,
        "show",
        _notice_show,
        translate(
            "CommandLine",
            "show a notice: its services, re-inspections, signed documents and supersede chain",
        ),
    )
    p.add_argument("id", help=notice_id)
    p = leaf(
        notice,
        "edit",
        _notice_edit,
        translate("CommandLine", "correct a draft's order or deadline"),
    )
    p.add_argument("id", help=notice_id)
    p.add_argument("--order", help=translate("CommandLine", "what the party must do (责令内容)"))
    p.add_argument(
        "--deadline",
        help=translate("CommandLine", "YYYY-MM-DD ('' for none: the order reads 立即)"),
    )
    add_citation_options(p)  # 违反条款 / 责令改正依据 / 附件 (issue 13, cli/laws.py)
    p = leaf(
        notice,
        "discard",
        _notice_discard,
        translate("CommandLine", "withdraw a draft (an issued notice: supersede)"),
    )
    p.add_argument("id", help=notice_id)
    p = leaf(
        notice,
        "export",
        _notice_export,
        translate("CommandLine", "write a signed document of a notice again"),
    )
    p.add_argument("id", help=notice_id)
    add_output_options(p, "FILE.pdf", translate("CommandLine", "the signed PDF, byte for byte"))
    p.add_argument(
        "--kind",
        choices=EXPORT_KINDS,
        default="decision",
        help=translate(
            "CommandLine",
            "the decision (default), the signed service receipt (送达回证) or the latest "
            "closed re-inspection record (复查笔录)",
        ),
    )
    p = leaf(
        notice,
        "reserve-numbers",
        _notice_reserve,
        translate("CommandLine", "reserve document numbers (lead)"),
    )
    p.add_argument(
        "--agency",
        required=True,
        metavar="ID",
        help=translate("CommandLine", "the agency whose numbers they are"),
    )
    p.add_argument(
        "--for",
        dest="holder",
        required=True,
        metavar="REPLICA",
        help=translate("CommandLine", "the replica (laptop) that will use them"),
    )
    p.add_argument(
        "--count",
        type=int,
        default=20,
        help=translate("CommandLine", "how many (default 20)"),
    )
    p.add_argument("--year", type=int, help=translate("CommandLine", "default: this year"))
    p = leaf(
        notice,
        "signature",
        _officer_signature,
        translate("CommandLine", "set your hand-drawn signature (strokes)"),
    )
    p.add_argument("--strokes", required=True, type=Path, metavar="FILE.json", help=strokes_help())
    p = leaf(
        notice,
        "seal",
        _agency_seal,
        translate("CommandLine", "the same as 'agency seal ID --png FILE'"),
    )
    p.add_argument(
        "--agency",
        dest="id",
        required=True,
        metavar="ID",
        help=translate("CommandLine", "the agency"),
    )
    p.add_argument(
        "--png",
        required=True,
        type=Path,
        metavar="FILE.png",
        help=translate("CommandLine", "150 KB at most"),
    )


def add_agency_commands(agency: Any, leaf: Leaf) -> None:
    """Add ``agency seal ID --png FILE`` to the ``agency`` group."""
    p = leaf(
        agency,
        "seal",
        _agency_seal,
        translate("CommandLine", "set an agency's seal image (PNG, team lead)"),
    )
    p.add_argument("id", help=translate("CommandLine", "the agency's id"))
    p.add_argument(
        "--png",
        required=True,
        type=Path,
        metavar="FILE.png",
        help=translate("CommandLine", "150 KB at most"),
    )


def _passphrase_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "{what}; read from its first line").format(what=what),
    )


def _acting(store: Store, args: argparse.Namespace) -> str:
    from inspect_app.cli import _acting as acting

    return acting(store, args)


def _pki_init_ca(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    passphrase = read_passphrase(args.passphrase_file, CliMsg.PASSPHRASE_NEW_CA(), confirm=True)
    result = init_team_ca(store, officer, passphrase)
    from inspect_app.domain.messages.protection import ProtectMsg

    return {
        "fingerprint": result.fingerprint,
        "key": result.key_path,
        # issue 14: the team's recovery key, made with the CA under the same passphrase
        "recovery_key": result.recovery_key_path,
        "advice": ProtectMsg.RECOVERY_KEY_ADVICE(path=result.recovery_key_path),
    }


def _pki_issue(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    out = output_path(store, args)
    ca_pass = read_passphrase(
        args.ca_passphrase_file, CliMsg.PASSPHRASE_CA(), option="--ca-passphrase-file"
    )
    new_pass = read_passphrase(args.passphrase_file, CliMsg.PASSPHRASE_NEW_PKCS(), confirm=True)
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
        raise ValidationError(unreadable(args.file, exc)) from None
    passphrase = read_passphrase(args.passphrase_file, CliMsg.PASSPHRASE_PKCS())
    credential = import_certificate(store, data, passphrase)
    return {
        "officer": credential.officer_id,
        "subject": credential.common_name,
        "fingerprint": credential.fingerprint,
        "not_after": credential.not_after,
    }


def _pki_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    certs = store.db.conn.execute(
        "SELECT c.id, c.officer_id, o.name, c.not_after, c.revoked_at, c.revocation_reason"
        " FROM certificate c LEFT JOIN officer o ON o.id = c.officer_id WHERE c.withdrawn = 0"
        " ORDER BY o.name"
    )
    return {
        "team_cas": [
            {"fingerprint": c["fingerprint"], "name": c["name"]} for c in documents.team_cas(store)
        ],
        "certificates": [
            {
                "fingerprint": r[0],
                "officer": r[1],
                "name": r[2],
                "not_after": r[3],
                "revoked_at": r[4],
                "revocation_reason": r[5],
            }
            for r in certs
        ],
        "crl": _crl_summary(store),
    }


def _crl_summary(store: Store) -> dict[str, Any] | None:
    """The newest team CRL in the store: its number and dates, or None."""
    from inspect_app.storage.lasting import latest_crl

    crl = latest_crl(store)
    if crl is None:
        return None
    return {"number": crl.number, "this_update": crl.this_update, "next_update": crl.next_update}


def _pki_export_ca(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    cas = documents.team_cas(store)
    if not cas:
        raise ValidationError(CliMsg.NO_TEAM_CA(command="pki init-ca"))
    out = output_path(store, args)
    pem = "".join(str(c["pem"]).strip() + "\n" for c in cas)
    write_copy(pem.encode("ascii"), out)
    return {
        "out": str(out),
        "team_cas": [{"fingerprint": c["fingerprint"], "name": c["name"]} for c in cas],
        "next_step": f"inspect-app notice verify FILE.pdf --trust {out}",
    }


_COMMANDS: dict[MessageKind, str] = {
    NoticeMsg.ISSUE_NO_SIGNATURE: "inspect-app notice signature --strokes FILE.json",
    NoticeMsg.ISSUE_NO_TEAM_CA: "inspect-app pki init-ca",
    NoticeMsg.ISSUE_NO_CERTIFICATE: "inspect-app pki import FILE.p12",
}
"""The command that does what an issue blocker asks in the window (by the blocker's id)."""


def _with_command(blocker: Message) -> Message:
    """``blocker`` followed by its command on the command line, when it names one."""
    command = _COMMANDS.get(blocker.msg)
    return NoticeMsg.WITH_COMMAND(problem=blocker, command=command) if command else blocker


def _notice_issue(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    out = output_path(store, args)
    # Everything missing at once, before the passphrase is asked for.
    gaps = issue_blockers(store, args.id, officer, local_now().date())
    if gaps:
        raise blocked_error([_with_command(gap) for gap in gaps])
    # Doubtful evidence nobody accepted: reported with the result, never a refusal.
    warnings = issue_warnings(store, args.id)
    p12 = officer_p12(store, officer)
    passphrase = read_passphrase(args.passphrase_file, CliMsg.PASSPHRASE_SIGNING())
    result = issue_notice(store, officer, args.id, Credential(p12, passphrase), out)
    return {
        "id": result.notice.id,
        "number": result.notice.number,
        "status": result.notice.status,
        "sha256": result.document.id,
        "size_bytes": result.document.size_bytes,
        "path": str(result.path),
        "warnings": warnings,
    }


def _trusted(path: Path) -> list[bytes]:
    """The CA certificates in a ``--trust`` file (one or more PEM blocks, or one DER)."""
    try:
        if path.stat().st_size > MAX_PEM_BYTES:
            raise ValidationError(CliMsg.TRUST_TOO_LARGE(path=path))
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(unreadable(path, exc)) from None
    blocks = _PEM_BLOCK.findall(data) or [data]
    for block in blocks:
        try:
            certificate_info(block)
        except PkiError:
            raise ValidationError(CliMsg.TRUST_NOT_PEM(path=path)) from None
    return blocks


def _notice_verify(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    try:
        size = args.file.stat().st_size
        if size > MAX_PDF_BYTES:
            raise ValidationError(CliMsg.PDF_TOO_LARGE(path=args.file))
        pdf = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(unreadable(args.file, exc)) from None
    extra: list[bytes] = []
    for path in args.trust:
        extra.extend(_trusted(path))
    moment = _moment_arg(getattr(args, "at", None))
    try:
        report, case = verify_in_store(store, pdf, extra, moment)
    except PkiError as exc:
        if args.trust:
            trust = ", ".join(str(t) for t in args.trust)
            unusable = CliMsg.TRUST_UNUSABLE(paths=trust, problem=prose(exc))
        else:
            unusable = CliMsg.TEAM_CA_UNUSABLE(problem=prose(exc))
        raise ValidationError(unusable) from None
    result = verify_report_dict(report)
    language = cli_language(getattr(args, "lang", None))
    as_json = getattr(args, "json", False)
    if not as_json:
        _findings_in(result, report, language)
    result["sha256"] = case.sha256
    result["recorded"] = asdict(case.document) if case.document else None
    result["known"] = case.known
    result["lta_copy"] = case.lta_copy
    result["upgrade_of"] = case.original
    result["superseded_by"] = case.superseded_by
    result["served_at"] = case.served_at
    result["closed_at"] = case.closed_at
    lines = [*summary_lines(report), *case.messages]
    if as_json:
        result["summary"] = [
            {"text": m.english(), "message_id": m.id, "params": m.json_params()} for m in lines
        ]
    else:
        result["summary"] = [render(m, language) for m in lines]
    # the exit status is the signatures' verdict; the case (superseded, served, closed, or
    # unknown to this store) is in ``summary`` and the fields above
    result["_exit_error"] = not report.ok
    return result


def _findings_in(result: dict[str, Any], report: VerifyReport, language: str) -> None:
    """Without ``--json``: each problem of the report in the reader's language, no ids."""
    result["problems"] = [render(m, language) for m in report.messages]
    del result["messages"]
    for data, signature in zip(result["signatures"], report.signatures, strict=True):
        data["problems"] = [render(m, language) for m in signature.messages]
        del data["messages"]


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


def _label(notice: Notice) -> str | Message:
    """How a notice is named in a message: its number, or ``draft`` and its id's start."""
    return notice.number or CliMsg.DRAFT_LABEL(id=notice.id[:8])


def _link(store: Store, notice_id: str) -> dict[str, Any]:
    """A notice of a supersede chain: id, number and status (withdrawn or absent said so)."""
    try:
        found = notices.get_notice(store, notice_id)
    except NotFoundError:
        withdrawn = store.exists("notice", notice_id, include_withdrawn=True)
        gone = "withdrawn" if withdrawn else "not on this laptop"
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


def _draft(store: Store, notice_id: str, refusal: CliMsg) -> Notice:
    """The notice if it is a draft.

    Raises:
        ValidationError: it is not (``refusal``: why, and to supersede it instead).
    """
    notice = notices.get_notice(store, notice_id)
    if notice.status != NoticeStatus.DRAFT:
        status = status_word(notice.status)
        command = f"notice supersede {notice.id}"
        raise ValidationError(refusal(notice=_label(notice), status=status, command=command))
    return notice


def _notice_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    _draft(store, args.id, CliMsg.NOT_DRAFT_CHANGE)
    fields: dict[str, str | None] = {}
    warnings: list[Message] = []
    if args.order is not None:
        fields["order_text"] = args.order
    if args.deadline is not None:
        deadline = args.deadline.strip() or None
        warnings = check_deadline(deadline, local_now().date())
        fields["deadline"] = deadline
    citing = citation_changes(args)
    if not fields and not citing:
        raise ValidationError(
            CliMsg.NOTHING_TO_CHANGE_NOTICE(
                order="--order, --deadline, --violated, --order-basis",
                deadline="--attach-law-texts/--no-attach-law-texts",
            )
        )
    notice = notices.update_draft(store, officer, args.id, **fields)
    if citing:
        notice = set_citations(store, officer, args.id, **citing)
    return {**asdict(notice), **cited_json(store, notice), "warnings": warnings}


def _notice_discard(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    notice = _draft(store, args.id, CliMsg.NOT_DRAFT_DISCARD)
    restored = notices.discard_draft(store, officer, notice.id)
    warnings = [CliMsg.NUMBER_STAYS_USED(number=notice.number)] if notice.number else []
    result: dict[str, Any] = {"id": notice.id, "withdrawn": True, "warnings": warnings}
    if restored is not None:
        result["restored"] = {
            "id": restored.id,
            "number": restored.number,
            "status": restored.status,
        }
    return result


def _refuse_unreceipted(store: Store, notice_id: str, number: str | None) -> None:
    """A served decision an older version left without a receipt: say how to make it."""
    from inspect_app.domain.messages.store import StoreMsg
    from inspect_app.storage.services import unreceipted_services

    missing = unreceipted_services(store, notice_id)
    if missing:
        service = missing[0].service_id
        raise ValidationError(
            StoreMsg.SERVICE_RECEIPT_MISSING(
                number=number or "",
                service=service,
                command=f"notice receipt {service} --out FILE.pdf",
            )
        )


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
                CliMsg.NO_SIGNED_DECISION(
                    notice=_label(notice),
                    status=status_word(notice.status),
                    command="notice issue ID --out FILE.pdf",
                )
            )
    elif args.kind == "receipt":
        receipts = [s.document_id for s in services_of(store, notice.id) if s.document_id]
        if not receipts:
            _refuse_unreceipted(store, notice.id, notice.number)  # issue 13: the way out
            raise ValidationError(
                CliMsg.NO_SIGNED_RECEIPT(
                    notice=_label(notice), command="notice serve ID … --sign --out FILE.pdf"
                )
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
                CliMsg.NO_CLOSED_RECORD(
                    notice=_label(notice), command="record close ID --out FILE.pdf"
                )
            )
        sha = closed[-1]
    from inspect_app.storage.lasting import preferred_copy  # the hub's B-LTA copy, if here

    return {"id": notice.id, **export_document(store, preferred_copy(store, sha), args)}


def _notice_reserve(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    year = args.year or team_today().year
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
        raise ValidationError(CliMsg.SEAL_LEAD_ONLY(option="--as"))
    registry.get_agency(store, args.id)
    try:
        if args.png.stat().st_size > MAX_SEAL_BYTES:
            raise ValidationError(CliMsg.SEAL_TOO_LARGE(path=args.png))
        data = args.png.read_bytes()
    except OSError as exc:
        raise ValidationError(unreadable(args.png, exc)) from None
    if not data.startswith(PNG_MAGIC):
        raise ValidationError(CliMsg.SEAL_NOT_PNG(path=args.png))
    encoded = base64.b64encode(data).decode("ascii")
    agency = registry.edit_agency(store, officer, args.id, seal_png=encoded)
    return {"agency": agency.id, "name": agency.name, "size_bytes": len(data)}

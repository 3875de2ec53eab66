"""Command-line front door for enforcement documents: PKI, issue, verify, supersede, numbers.

Names are a contract with office scripts (issue 4): ``pki init-ca``, ``pki issue --officer
ID --out FILE.p12``, ``pki import FILE.p12``, ``notice issue ID --out FILE.pdf``,
``notice verify FILE.pdf [--json]`` (exit 1 when any signature is not valid),
``notice supersede ID``. Passphrases come from ``--passphrase-file FILE`` (first line) or a
prompt — never a plain argument, so they stay out of shell history and process lists.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.signature import parse_signature
from inspect_app.notices.credentials import Credential, officer_p12
from inspect_app.notices.draft import check_output_path
from inspect_app.notices.issue import issue_notice, local_now
from inspect_app.notices.signing import verify_pdf, verify_report_dict
from inspect_app.notices.team_pki import import_certificate, init_team_ca, issue_certificate
from inspect_app.storage import documents, notices, numbering
from inspect_app.storage.store import Store

Leaf = Callable[..., Any]
MAX_PDF_BYTES = 64 << 20


def add_commands(group: Callable[[str, str], Any], notice: Any, leaf: Leaf) -> None:
    """Add the document commands: the ``pki`` group and ``notice`` sub-commands."""
    pki = group("pki", "the team's certificate authority and signing certificates")
    p = leaf(pki, "init-ca", _pki_init_ca, "create the team CA on this laptop (team lead)")
    _passphrase_option(p, "the new CA key's passphrase (8+ characters)")
    p = leaf(pki, "issue", _pki_issue, "issue an officer's signing certificate (team lead)")
    p.add_argument("--officer", required=True, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.p12")
    _passphrase_option(p, "the new PKCS#12 file's passphrase (8+ characters)")
    p.add_argument(
        "--ca-passphrase-file", type=Path, metavar="FILE", help="the CA key's passphrase"
    )
    p = leaf(pki, "import", _pki_import, "keep your PKCS#12 file on this laptop for signing")
    p.add_argument("file", type=Path, metavar="FILE.p12")
    _passphrase_option(p, "the PKCS#12 file's passphrase")
    leaf(pki, "list", _pki_list, "list the team CA and officer certificates")

    p = leaf(notice, "issue", _notice_issue, "number, sign (PAdES) and issue a draft (lead)")
    p.add_argument("id")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help="replace FILE.pdf if it exists")
    _passphrase_option(p, "your PKCS#12 passphrase")
    p = leaf(notice, "verify", _notice_verify, "check a signed PDF's signatures")
    p.add_argument("file", type=Path, metavar="FILE.pdf")
    p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="also trust this CA certificate (default: the team CA in the store)",
    )
    p = leaf(notice, "supersede", _notice_supersede, "start a corrected notice (team lead)")
    p.add_argument("id")
    p = leaf(notice, "list", _notice_list, "notices to follow: overdue first, then by deadline")
    p.add_argument("--all", action="store_true", help="include closed and superseded notices")
    p = leaf(notice, "show", _notice_show, "show a notice, its documents and supersede chain")
    p.add_argument("id")
    p = leaf(notice, "reserve-numbers", _notice_reserve, "reserve document numbers (lead)")
    p.add_argument("--agency", required=True, metavar="ID")
    p.add_argument("--for", dest="holder", required=True, metavar="REPLICA")
    p.add_argument("--count", type=int, default=20)
    p.add_argument("--year", type=int, help="default: this year")
    p = leaf(notice, "signature", _officer_signature, "set your hand-drawn signature (strokes)")
    p.add_argument("--strokes", required=True, type=Path, metavar="FILE.json")
    p = leaf(notice, "seal", _agency_seal, "set an agency's seal image (PNG, team lead)")
    p.add_argument("--agency", required=True, metavar="ID")
    p.add_argument("--png", required=True, type=Path, metavar="FILE.png")


def _passphrase_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help=f"{what}; read from its first line"
    )


def read_passphrase(file: Path | None, prompt: str, confirm: bool = False) -> bytes:
    """Return a passphrase from the first line of ``file``, or from a hidden prompt.

    Raises:
        ValidationError: the file cannot be read or is empty; no terminal to prompt on;
            the two prompted entries differ.
    """
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(f"cannot read the passphrase file {file}: {exc}") from None
        if not text or not text[0]:
            raise ValidationError(f"the passphrase file {file} is empty")
        return text[0].encode("utf-8")
    if not sys.stdin.isatty():
        raise ValidationError(f"{prompt}: give --passphrase-file FILE (no terminal to ask on)")
    first = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass("again: ") != first:
        raise ValidationError("the two passphrases differ; nothing was changed")
    if not first:
        raise ValidationError("the passphrase is empty")
    return first.encode("utf-8")


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
    check_output_path(store, args.out, False)
    ca_pass = read_passphrase(args.ca_passphrase_file, "CA key passphrase")
    new_pass = read_passphrase(args.passphrase_file, "new PKCS#12 passphrase", confirm=True)
    issued = issue_certificate(store, officer, args.officer, ca_pass, new_pass)
    from inspect_app.notices.credentials import write_private

    write_private(args.out, issued.p12)
    return {
        "officer": args.officer,
        "out": str(args.out),
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
    cas = store.db.conn.execute("SELECT id, common_name FROM team_ca WHERE withdrawn = 0")
    certs = store.db.conn.execute(
        "SELECT c.id, c.officer_id, o.name, c.not_after FROM certificate c "
        "LEFT JOIN officer o ON o.id = c.officer_id WHERE c.withdrawn = 0 ORDER BY o.name"
    )
    return {
        "team_cas": [{"fingerprint": r[0], "name": r[1]} for r in cas],
        "certificates": [
            {"fingerprint": r[0], "officer": r[1], "name": r[2], "not_after": r[3]} for r in certs
        ],
    }


def _notice_issue(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    check_output_path(store, args.out, args.force)
    p12 = officer_p12(store, officer)
    passphrase = read_passphrase(args.passphrase_file, "signing passphrase")
    result = issue_notice(store, officer, args.id, Credential(p12, passphrase), args.out)
    return {
        "id": result.notice.id,
        "number": result.notice.number,
        "status": result.notice.status,
        "sha256": result.document.id,
        "size_bytes": result.document.size_bytes,
        "path": str(result.path),
    }


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
        try:
            roots.append(path.read_bytes())
        except OSError as exc:
            raise ValidationError(f"cannot read {path}: {exc.strerror or exc}") from None
    report = verify_pdf(pdf, roots)
    result = verify_report_dict(report)
    import hashlib

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


def _notice_show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    notice = notices.get_notice(store, args.id)
    docs = [asdict(d) for d in documents.documents_of(store, notice.id)]
    return {**asdict(notice), "documents": docs}


def _notice_reserve(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    year = args.year or date.today().year
    block = numbering.reserve_block(
        store, _acting(store, args), args.agency, year, args.holder, args.count
    )
    return asdict(block)


def _officer_signature(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    try:
        text = args.strokes.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read {args.strokes}: {exc}") from None
    strokes = parse_signature(text).to_json()
    store.write([Change(OpKind.SET, "officer", officer, {"signature": strokes})], officer)
    return {"officer": officer, "points": parse_signature(strokes).point_count}


def _agency_seal(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    store._require_lead(officer)
    try:
        data = args.png.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {args.png}: {exc.strerror or exc}") from None
    encoded = base64.b64encode(data).decode("ascii")
    store.write([Change(OpKind.SET, "agency", args.agency, {"seal_png": encoded})], officer)
    return {"agency": args.agency, "size_bytes": len(data)}

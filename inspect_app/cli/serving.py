"""Command-line front door for serving a notice (送达) and its receipt (送达回证).

``notice serve`` records the service, its hand signatures and the PAdES-signed receipt in one
step (``notices/serving.serve_notice``); ``notice receipt`` makes the receipt for a service an
older version recorded without one. What each method needs is one rule,
``storage/service_rules.py``, the same for the window and received ops.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspect_app.cli.inputs import (
    add_output_options,
    output_path,
    read_strokes,
    strokes_help,
)
from inspect_app.cli.messages import translate
from inspect_app.cli.records import (
    Leaf,
    acting_officer,
    id_list,
    moment_arg,
    passphrase_option,
    signing_credential,
    time_arg,
)
from inspect_app.domain.entities import (
    NoticeStatus,
    RecipientRelation,
    ServiceMethod,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.notice import NoticeMsg, status_word
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.notices.issue import local_now
from inspect_app.storage import notices
from inspect_app.storage.store import Store


def serve_commands(notice: Any, leaf: Leaf) -> None:
    """``notice serve`` (service and signed receipt, one transaction) and ``notice receipt``."""
    p = leaf(
        notice,
        "serve",
        _notice_serve,
        translate("CommandLine", "record service of an issued notice (送达)"),
    )
    p.add_argument("id", help=translate("CommandLine", "the notice's id"))
    p.add_argument(
        "--method",
        required=True,
        choices=[str(m) for m in ServiceMethod],
        help=translate("CommandLine", "how it was served"),
    )
    p.add_argument(
        "--at",
        metavar="ISO",
        help=translate(
            "CommandLine",
            "time of service (default: now, Asia/Shanghai; by post: when it was signed for; "
            "public notice: the deemed day)",
        ),
    )
    p.add_argument(
        "--recipient",
        required=True,
        metavar="NAME",
        help=translate("CommandLine", "the person served (受送达人)"),
    )
    p.add_argument(
        "--relation",
        choices=[str(r) for r in RecipientRelation],
        help=translate(
            "CommandLine", "how the person who received it relates to the party (收件人关系)"
        ),
    )
    p.add_argument(
        "--address",
        help=translate("CommandLine", "place of service (default: the party's address)"),
    )
    p.add_argument("--note", help=translate("CommandLine", "remarks printed on the receipt"))
    p.add_argument(
        "--officer",
        dest="officers",
        action="extend",
        nargs="+",
        required=True,
        metavar="ID",
        help=translate("CommandLine", "the officer(s) who served it (送达人)"),
    )
    p.add_argument("--strokes", type=Path, metavar="FILE.json", help=strokes_help())
    p.add_argument(
        "--refused",
        action="store_true",
        help=translate(
            "CommandLine", "the recipient refused to sign: left at the premises (留置送达)"
        ),
    )
    p.add_argument(
        "--refusal-reason",
        metavar="TEXT",
        help=translate("CommandLine", "why the recipient refused (拒收事由)"),
    )
    p.add_argument(
        "--witness",
        metavar="NAME",
        help=translate("CommandLine", "who saw the refusal (见证人)"),
    )
    p.add_argument(
        "--witness-unit",
        metavar="TEXT",
        help=translate("CommandLine", "the witness's unit or identity"),
    )
    p.add_argument(
        "--witness-strokes",
        type=Path,
        metavar="FILE.json",
        help=translate("CommandLine", "the witness's hand signature (strokes JSON)"),
    )
    p.add_argument(
        "--leaving-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine", "a photo or video of leaving the document (instead of a witness)"
        ),
    )
    p.add_argument(
        "--tracking-no",
        metavar="NUMBER",
        help=translate("CommandLine", "by post: the postal tracking number"),
    )
    p.add_argument(
        "--entrusted-to",
        metavar="BODY",
        help=translate("CommandLine", "entrusted service: the body entrusted (受委托单位)"),
    )
    p.add_argument(
        "--electronic-address",
        metavar="ADDRESS",
        help=translate("CommandLine", "electronic service: the address the party agreed to"),
    )
    p.add_argument(
        "--consent-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine", "electronic service: scan of the signed 送达地址确认书 (consent)"
        ),
    )
    p.add_argument(
        "--published-at",
        metavar="YYYY-MM-DD",
        help=translate("CommandLine", "public notice: the day it was published"),
    )
    p.add_argument(
        "--waiting-days",
        type=int,
        metavar="N",
        help=translate(
            "CommandLine",
            "public notice: days until deemed served (default 30, 民事诉讼法 第九十五条)",
        ),
    )
    p.add_argument("--sign", action="store_true", help=argparse.SUPPRESS)  # always signed now
    add_output_options(
        p, "FILE.pdf", translate("CommandLine", "a copy of the signed receipt"), required=False
    )
    passphrase_option(p)

    p = leaf(
        notice,
        "receipt",
        _notice_receipt,
        translate(
            "CommandLine",
            "sign the missing receipt of a service recorded by an older version",
        ),
    )
    p.add_argument("id", help=translate("CommandLine", "the service's id"))
    add_output_options(p, "FILE.pdf", translate("CommandLine", "the signed receipt"))
    passphrase_option(p)


def _notice_serve(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    """``notice serve``: the service, its signatures, the signed receipt and ``served`` at once."""
    from inspect_app.notices.serving import serve_notice

    officer = acting_officer(store, args)
    notice = notices.get_notice(store, args.id)
    if notice.status == NoticeStatus.SERVED:
        _refuse_served(store, notice.id, notice.number, notice.served_at)
    if notice.status != NoticeStatus.ISSUED:
        raise ValidationError(NoticeMsg.SERVE_NOT_ISSUED(status=status_word(notice.status)))
    if not args.recipient.strip():
        raise ValidationError(CliMsg.RECIPIENT_NAME_NEEDED(option="--recipient"))
    if args.refused and args.strokes is not None:
        raise ValidationError(CliMsg.STROKES_OR_REFUSED(strokes="--strokes", refused="--refused"))
    officer_ids = id_list(args.officers)
    if officer not in officer_ids:
        raise ValidationError(CliMsg.RECEIPT_SERVERS_ONLY(officer="--officer", acting="--as"))
    out = output_path(store, args) if args.out is not None else None
    fields = _service_fields(store, args)
    signature = _recipient_signature(args)
    credential = signing_credential(store, officer, args.passphrase_file)
    served = serve_notice(
        store, officer, notice.id, fields, officer_ids, signature, credential, out
    )
    service = served.service
    return {
        "id": service.id,
        "notice_id": notice.id,
        "number": notice.number,
        "notice_status": notices.get_notice(store, notice.id).status,
        "method": service.method,
        "served_at": service.served_at,
        "recipient": service.recipient,
        "recipient_relation": service.recipient_relation,
        "officers": list(service.officer_ids),
        "refused": bool(args.refused),
        "witness": args.witness if args.refused else None,
        "receipt_sha256": served.receipt.id,
        "receipt_path": str(served.path) if served.path else None,
    }


def _refuse_served(store: Store, notice_id: str, number: str | None, served_at: Any) -> None:
    """A served notice is not served again; one left without a receipt says how to make it."""
    from inspect_app.storage.services import unreceipted_services

    missing = unreceipted_services(store, notice_id)
    if missing:
        raise ValidationError(
            StoreMsg.SERVICE_RECEIPT_MISSING(
                number=number or "",
                service=missing[0].service_id,
                command=f"notice receipt {missing[0].service_id} --out FILE.pdf",
            )
        )
    raise ValidationError(
        CliMsg.ALREADY_SERVED(number=number or "", served_at=moment_arg(served_at))
    )


def _service_fields(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    """The ``service`` fields from the options; attached files are stored by SHA-256 first."""
    from inspect_app.domain.entities import EvidenceKind
    from inspect_app.storage.evidence_files import store_evidence_file
    from inspect_app.storage.service_rules import PUBLIC_NOTICE_DAYS

    public = args.method == ServiceMethod.PUBLIC_NOTICE
    if args.waiting_days is not None and args.waiting_days < 1:
        raise ValidationError(
            CliMsg.WAITING_DAYS_TOO_FEW(option="--waiting-days", value=args.waiting_days)
        )
    waiting_days = PUBLIC_NOTICE_DAYS if args.waiting_days is None else args.waiting_days
    fields: dict[str, Any] = {
        "method": args.method,
        "recipient": args.recipient.strip(),
        "recipient_relation": args.relation,
        "address": args.address,
        "note": args.note,
        "tracking_no": args.tracking_no,
        "entrusted_to": args.entrusted_to,
        "electronic_address": args.electronic_address,
        "published_at": args.published_at,
        "waiting_days": waiting_days if public else None,
    }
    if args.at:
        fields["served_at"] = time_arg(args.at, "--at")
    elif not public:
        fields["served_at"] = local_now().isoformat()
    files = (
        ("consent_file", "consent_file_id", EvidenceKind.SCAN),  # the signed 送达地址确认书
        ("leaving_file", "leaving_file_id", EvidenceKind.OTHER),  # a photo or a video
    )
    for option, name, kind in files:
        path = getattr(args, option)
        if path is not None:
            fields[name] = store_evidence_file(store, path, kind).sha256
    return fields


def _recipient_signature(args: argparse.Namespace) -> dict[str, Any] | None:
    """The recipient's signature or refusal from the options (None: no signature given)."""
    if args.refused:
        witness_strokes = (
            read_strokes(args.witness_strokes).to_json() if args.witness_strokes else None
        )
        return {
            "name": args.recipient.strip(),
            "refused": True,
            "refusal_reason": args.refusal_reason,
            "witness": args.witness,
            "witness_unit": args.witness_unit,
            "witness_strokes": witness_strokes,
        }
    if args.strokes is not None:
        return {"name": args.recipient.strip(), "strokes": read_strokes(args.strokes).to_json()}
    return None


def _notice_receipt(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    """``notice receipt SERVICE_ID``: sign the receipt an older version left unmade."""
    from inspect_app.notices.serving import close_service

    officer = acting_officer(store, args)
    out = output_path(store, args)
    credential = signing_credential(store, officer, args.passphrase_file)
    closed = close_service(store, officer, args.id, credential, out)
    return {
        "id": args.id,
        "receipt_sha256": closed.document.id,
        "receipt_path": str(closed.path),
    }

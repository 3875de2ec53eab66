"""Command-line front door for the on-site documents: inspection records and service.

Names are a contract with office scripts::

    record add --site ID --agency ID --start ISO [--end ISO] --place TEXT --officer ID …
    record edit ID [fields …]     record show ID     record list [--notice ID]
    record sign ID --officer-id ID --strokes FILE.json
    record sign ID --party NAME (--strokes FILE.json | --refused --witness NAME)
    record close ID --out FILE.pdf [--passphrase-file FILE]
    record export ID --out FILE.pdf [--force]
    notice serve ID --method M --recipient NAME --officer ID … [--relation R]
                 [--strokes FILE.json | --refused --refusal-reason TEXT
                  (--witness NAME --witness-unit TEXT --witness-strokes FILE.json |
                   --leaving-file FILE)] [--tracking-no N] [--entrusted-to BODY]
                 [--electronic-address ADDR --consent-file SCAN]
                 [--published-at DATE [--waiting-days N]] [--at ISO] [--out FILE.pdf]
    notice receipt SERVICE_ID --out FILE.pdf

Times are ISO 8601; a time without a UTC offset is read as Asia/Shanghai (the teams' legal
time). Hand signatures are JSON strokes files in the wire form of
:mod:`inspect_app.domain.signature`, read by :func:`inspect_app.cli.inputs.read_strokes`.
Closing and signing use the acting officer's imported PKCS#12 file; passphrases come from
``--passphrase-file`` or a prompt, never an argument.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from inspect_app.cli.documents import export_document
from inspect_app.cli.inputs import (
    add_output_options,
    output_path,
    read_passphrase,
    read_strokes,
    read_text,
    strokes_help,
)
from inspect_app.cli.messages import translate
from inspect_app.domain import record_turns
from inspect_app.domain.entities import (
    NoticeStatus,
    RecordKind,
    ReinspectionOutcome,
    SignerRole,
)
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.notice import status_word
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.ops import Change, OpKind
from inspect_app.domain.records import HandSignatureRecord, InspectionRecord
from inspect_app.domain.signature import parse_signature
from inspect_app.notices.closing import close_record
from inspect_app.notices.credentials import Credential, officer_p12
from inspect_app.notices.issue import TEAM_TZ, local_now
from inspect_app.notices.pki import load_credential
from inspect_app.storage import inspection_records as records
from inspect_app.storage import notices, registry
from inspect_app.storage.store import Store

Leaf = Callable[..., Any]
MIN_OFFICERS = 2
# Command-line option (argparse dest) -> inspection_record field.
_TEXT_FIELDS = {
    "site": "site_id",
    "agency": "agency_id",
    "place": "place",
    "on_site_person": "on_site_person",
    "contact": "on_site_contact",
    "party_statement": "party_statement",
}
_TIME_FIELDS = {"start": "started_at", "end": "ended_at"}
_FLAGS = {
    "certificates_shown": "certificates_shown",
    "recusal_asked": "recusal_asked",
    "recusal_requested": "recusal_requested",
}
"""Yes/no options (argparse dest) -> inspection_record field."""
_SETS = (("officers", "officers", "officer"), ("findings", "findings", "finding"))


def add_commands(group: Callable[[str, str], Any], notice: Any, leaf: Leaf) -> None:
    """Add the ``record`` group (``notice serve`` is in :mod:`inspect_app.cli.serving`)."""
    record = group(
        "record",
        translate(
            "CommandLine", "on-site inspection and re-inspection records (现场检查/复查笔录)"
        ),
    )
    record_id = translate("CommandLine", "the record's id")
    p = leaf(
        record,
        "add",
        _record_add,
        translate("CommandLine", "write an inspection (or re-inspection) record"),
    )
    _record_options(p, adding=True)
    p = leaf(
        record,
        "edit",
        _record_edit,
        translate("CommandLine", "change an open (not yet closed) record"),
    )
    p.add_argument("id", help=record_id)
    _record_options(p, adding=False)
    p = leaf(
        record,
        "show",
        _record_show,
        translate("CommandLine", "show a record, who signed and what is missing"),
    )
    p.add_argument("id", help=record_id)
    p = leaf(record, "list", _record_list, translate("CommandLine", "list records, newest first"))
    p.add_argument(
        "--notice",
        metavar="ID",
        help=translate("CommandLine", "only the re-inspections of this notice"),
    )
    p.add_argument(
        "--limit",
        type=int,
        default=200,
        help=translate("CommandLine", "at most this many (default 200)"),
    )
    p = leaf(
        record,
        "sign",
        _record_sign,
        translate("CommandLine", "add an officer's or the party's hand signature"),
    )
    p.add_argument("id", help=record_id)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--officer-id",
        metavar="ID",
        help=translate("CommandLine", "an officer of the record signs"),
    )
    who.add_argument(
        "--party",
        metavar="NAME",
        help=translate("CommandLine", "the party's person on site signs"),
    )
    _hand_options(p, translate("CommandLine", "the party refused to sign (needs --witness)"))
    _refusal_options(p)
    p = leaf(
        record,
        "close",
        _record_close,
        translate("CommandLine", "sign (PAdES) and close a complete record"),
    )
    p.add_argument("id", help=record_id)
    add_output_options(p, "FILE.pdf", translate("CommandLine", "a copy of the signed record"))
    passphrase_option(p)
    p.add_argument(
        "--co-signer",
        dest="co_signers",
        nargs=2,
        action="append",
        metavar=("OFFICER_ID", "PASSPHRASE_FILE"),
        help=translate(
            "CommandLine",
            "another officer of the record whose certificate is on this laptop e-signs too "
            "(repeatable; the passphrase from the file's first line)",
        ),
    )
    p = leaf(
        record,
        "export",
        _record_export,
        translate("CommandLine", "write a closed record's signed PDF again"),
    )
    p.add_argument("id", help=record_id)
    add_output_options(p, "FILE.pdf", translate("CommandLine", "the signed PDF, byte for byte"))


def _record_options(p: argparse.ArgumentParser, adding: bool) -> None:
    """The fields of ``record add`` (required ones marked) and ``record edit`` (all optional)."""
    p.add_argument(
        "--site",
        metavar="ID",
        help=translate("CommandLine", "the party inspected (re-inspection: the notice's)"),
    )
    p.add_argument(
        "--agency",
        metavar="ID",
        help=translate("CommandLine", "whose record it is (re-inspection: the notice's)"),
    )
    p.add_argument(
        "--start",
        required=adding,
        metavar="ISO",
        help=translate("CommandLine", "when the inspection began, e.g. 2026-11-28T09:30+08:00"),
    )
    p.add_argument(
        "--end",
        metavar="ISO",
        help=translate("CommandLine", "when the inspection ended (needed to close)"),
    )
    p.add_argument(
        "--place",
        required=adding,
        metavar="TEXT",
        help=translate("CommandLine", "where the inspection took place"),
    )
    officer_help = (
        translate("CommandLine", "an officer taking part (two or more)")
        if adding
        else translate("CommandLine", "replaces the officers")
    )
    p.add_argument(
        "--officer",
        dest="officers",
        action="extend",
        nargs="+",
        required=adding,
        metavar="ID",
        help=officer_help,
    )
    p.add_argument(
        "--finding",
        dest="findings",
        action="extend",
        nargs="+",
        metavar="ID",
        help=translate("CommandLine", "findings the record covers"),
    )
    p.add_argument(
        "--photo",
        dest="photos",
        action="extend",
        nargs="+",
        metavar="SHA256",
        help=translate("CommandLine", "evidence photos (their SHA-256, see 'finding show')"),
    )
    p.add_argument(
        "--on-site-person",
        metavar="NAME",
        help=translate("CommandLine", "the party's person present"),
    )
    p.add_argument(
        "--contact",
        metavar="TEXT",
        help=translate("CommandLine", "that person's phone or other contact"),
    )
    flag_help = {
        "certificates_shown": translate("CommandLine", "the officers showed their certificates"),
        "recusal_asked": translate(
            "CommandLine", "the party was told of its right to ask for recusal"
        ),
        "recusal_requested": translate("CommandLine", "the party asked for an officer's recusal"),
    }
    for option in _FLAGS:
        p.add_argument(
            f"--{option.replace('_', '-')}",
            dest=option,
            action=argparse.BooleanOptionalAction,
            default=False if adding else None,
            help=flag_help[option],
        )
    text = p.add_mutually_exclusive_group()
    text.add_argument(
        "--narrative",
        metavar="TEXT",
        help=translate("CommandLine", "what was inspected and found"),
    )
    text.add_argument(
        "--narrative-file",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "the same, from a file"),
    )
    p.add_argument(
        "--party-statement",
        metavar="TEXT",
        help=translate("CommandLine", "what the party said (陈述)"),
    )
    p.add_argument(
        "--recorder",
        metavar="ID",
        help=translate("CommandLine", "the recorder (记录人), one of the officers"),
    )
    turns = p.add_mutually_exclusive_group()
    turns.add_argument(
        "--turns",
        type=Path,
        metavar="FILE.json",
        help=translate(
            "CommandLine",
            'the questions and answers (问/答): a JSON list of {"q": …, "a": …}; replaces them',
        ),
    )
    turns.add_argument(
        "--question",
        dest="questions",
        action="append",
        metavar="TEXT",
        help=translate(
            "CommandLine", "a question asked (repeatable, each with its --answer); replaces them"
        ),
    )
    p.add_argument(
        "--answer",
        dest="answers",
        action="append",
        metavar="TEXT",
        help=translate("CommandLine", "the answer to the --question before it (may be empty)"),
    )
    p.add_argument(
        "--confirmation",
        metavar="TEXT",
        help=translate(
            "CommandLine",
            "the party's confirmation above their signature "
            "(default: 以上笔录我已看过，与事实相符)",
        ),
    )
    if adding:
        p.add_argument(
            "--reinspect",
            metavar="NOTICE_ID",
            help=translate("CommandLine", "a re-inspection of this notice"),
        )
    p.add_argument(
        "--outcome",
        choices=[str(o) for o in ReinspectionOutcome],
        help=translate("CommandLine", "what a re-inspection found"),
    )


def _hand_options(p: argparse.ArgumentParser, refused_help: str) -> None:
    p.add_argument("--strokes", type=Path, metavar="FILE.json", help=strokes_help())
    p.add_argument("--refused", action="store_true", help=refused_help)
    p.add_argument(
        "--witness",
        metavar="NAME",
        help=translate("CommandLine", "who saw the refusal (见证人)"),
    )


def _refusal_options(p: argparse.ArgumentParser) -> None:
    """The rest of a refusal: its reason, the witness's unit and hand signature."""
    p.add_argument(
        "--reason",
        metavar="TEXT",
        help=translate("CommandLine", "with --refused: why the party refused (拒签事由)"),
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


def passphrase_option(p: argparse.ArgumentParser) -> None:
    """Add ``--passphrase-file FILE`` (the acting officer's PKCS#12 passphrase)."""
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine",
            "your PKCS#12 passphrase; read from its first line (default: a prompt)",
        ),
    )


def acting_officer(store: Store, args: argparse.Namespace) -> str:
    """The acting officer's id (``--as`` or the default), known in the store."""
    from inspect_app.cli import _acting as acting

    return acting(store, args)


# -- reading input --------------------------------------------------------------------------------
def time_arg(value: str, option: str) -> str:
    """An ISO 8601 time; a time without an offset is Asia/Shanghai. Raises ValidationError."""
    try:
        if "T" not in value and " " not in value:
            raise ValueError(value)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(CliMsg.BAD_TIME(option=option, value=value)) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=TEAM_TZ)
    return parsed.isoformat(timespec="seconds")


def _hand(args: argparse.Namespace, party: bool) -> tuple[str | None, bool, str | None]:
    """(strokes JSON, refused, witness) from --strokes / --refused --witness, checked.

    ``party``: the party signs (a record), else the recipient (a service).

    Raises:
        ValidationError: both or neither of a signature and a refusal; a refusal without a
            witness, or a witness without a refusal; an unreadable strokes file.
    """
    if args.refused:
        if args.strokes is not None:
            raise ValidationError(
                CliMsg.STROKES_OR_REFUSED(strokes="--strokes", refused="--refused")
            )
        if not (args.witness and args.witness.strip()):
            refusal = (
                CliMsg.PARTY_REFUSAL_NEEDS_WITNESS
                if party
                else CliMsg.RECIPIENT_REFUSAL_NEEDS_WITNESS
            )
            raise ValidationError(refusal(option="--witness NAME"))
        return None, True, args.witness
    if args.witness:
        raise ValidationError(
            CliMsg.WITNESS_ONLY_FOR_REFUSAL(witness="--witness", refused="--refused")
        )
    if args.strokes is None:
        needed = CliMsg.PARTY_SIGNATURE_NEEDED if party else CliMsg.RECIPIENT_SIGNATURE_NEEDED
        raise ValidationError(needed(strokes="--strokes FILE.json", refused="--refused"))
    return read_strokes(args.strokes).to_json(), False, None


def moment_arg(value: str | None) -> datetime | str:
    """A stored ISO time as a message parameter (the text itself when it does not parse)."""
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)


def id_list(values: Sequence[str] | None) -> list[str]:
    """Ids in the order given, without repeats."""
    return list(dict.fromkeys(values or ()))


def signing_credential(store: Store, officer: str, passphrase_file: Path | None) -> Credential:
    """The acting officer's imported PKCS#12 and passphrase, checked before anything is written.

    Raises:
        NotFoundError: no certificate imported for the officer on this laptop.
        PkiError: the passphrase does not open it.
        ValidationError: it is another officer's certificate.
    """
    p12 = officer_p12(store, officer)
    passphrase = read_passphrase(passphrase_file, CliMsg.PASSPHRASE_SIGNING())
    if load_credential(p12, passphrase).officer_id != officer:
        raise ValidationError(CliMsg.CERTIFICATE_OF_ANOTHER())
    return Credential(p12, passphrase)


# -- views ----------------------------------------------------------------------------------------
def _officer(store: Store, officer_id: str) -> dict[str, Any]:
    """An officer's id, name and certificate number (a withdrawn officer still shows)."""
    try:
        officer = registry.get_officer(store, officer_id)
    except NotFoundError:
        return {"id": officer_id, "name": None, "certificate_no": None}
    return {"id": officer.id, "name": officer.name, "certificate_no": officer.certificate_no}


def _signature_view(store: Store, signature: HandSignatureRecord) -> dict[str, Any]:
    """A hand signature without its stroke data: who, when, how many points, or the refusal."""
    name = signature.name
    if signature.role == SignerRole.OFFICER and signature.officer_id:
        name = _officer(store, signature.officer_id)["name"] or name
    strokes = parse_signature(signature.strokes) if signature.strokes else None
    return {
        "id": signature.id,
        "role": signature.role,
        "name": name,
        "officer_id": signature.officer_id,
        "signed_at": signature.signed_at,
        "points": strokes.point_count if strokes else 0,
        "refused": bool(signature.refused),
        "witness": signature.witness,
        "refusal_reason": signature.refusal_reason,
        "witness_unit": signature.witness_unit,
        "witness_signed": bool(signature.witness_strokes),
    }


def _record_view(store: Store, record: InspectionRecord) -> dict[str, Any]:
    """A record as ``record show`` prints it: fields, officers, signatures, gaps."""
    signatures = records.signatures_of(store, record.id)
    signed = {s.officer_id for s in signatures if s.role == SignerRole.OFFICER}
    officers = [{**_officer(store, i), "signed": i in signed} for i in record.officer_ids]
    number = notices.get_notice(store, record.notice_id).number if record.notice_id else None
    return {
        "id": record.id,
        "kind": record.kind,
        "status": "closed" if record.document_id else "open",
        "site_id": record.site_id,
        "site": registry.get_site(store, record.site_id).name,
        "agency_id": record.agency_id,
        "notice_id": record.notice_id,
        "notice_number": number,
        "started_at": record.started_at,
        "ended_at": record.ended_at,
        "place": record.place,
        "on_site_person": record.on_site_person,
        "on_site_contact": record.on_site_contact,
        "certificates_shown": bool(record.certificates_shown),
        "recusal_asked": bool(record.recusal_asked),
        "recusal_requested": bool(record.recusal_requested),
        "narrative": record.narrative,
        "party_statement": record.party_statement,
        "recorder_id": record.recorder_id,
        "turns": [
            {"q": t.question, "a": t.answer}
            for t in (record_turns.parse(record.turns) if record.turns else ())
        ],
        "party_confirmation": record.party_confirmation,
        "outcome": record.outcome,
        "sha256": record.document_id,
        "officers": officers,
        "findings": list(record.finding_ids),
        "photos": list(record.photo_ids),
        "signatures": [_signature_view(store, s) for s in signatures],
        "gaps": [] if record.document_id else records.record_gaps(store, record.id),
    }


# -- record commands ------------------------------------------------------------------------------
def _fields(args: argparse.Namespace) -> dict[str, Any]:
    """The record fields given on the command line (None = not given)."""
    fields: dict[str, Any] = {}
    for option, field in _TEXT_FIELDS.items():
        if getattr(args, option) is not None:
            fields[field] = getattr(args, option)
    for option, field in _TIME_FIELDS.items():
        if getattr(args, option) is not None:
            fields[field] = time_arg(getattr(args, option), f"--{option}")
    for option, field in _FLAGS.items():
        if getattr(args, option) is not None:
            fields[field] = bool(getattr(args, option))
    if args.narrative_file is not None:
        fields["narrative"] = read_text(args.narrative_file, CliMsg.WHAT_NARRATIVE_FILE())
    elif args.narrative is not None:
        fields["narrative"] = args.narrative
    if args.outcome is not None:
        fields["outcome"] = args.outcome
    if args.recorder is not None:
        fields["recorder_id"] = args.recorder
    if args.confirmation is not None:
        fields["party_confirmation"] = args.confirmation
    turns = _turns(args)
    if turns is not None:
        fields["turns"] = turns
    return fields


def _turns(args: argparse.Namespace) -> str | None:
    """The 问/答 turns given (stored form), or None when neither --turns nor --question.

    Raises:
        ValidationError: an unreadable or invalid turns file, or not one --answer for each
            --question.
    """
    answers = args.answers or []
    if args.turns is not None:
        if answers:
            raise ValidationError(
                CliMsg.QUESTIONS_ANSWERS_MISMATCH(answer="--answer", question="--question")
            )
        return record_turns.dump(
            record_turns.parse(read_text(args.turns, CliMsg.WHAT_TURNS_FILE()))
        )
    if args.questions is None:
        if answers:
            raise ValidationError(
                CliMsg.QUESTIONS_ANSWERS_MISMATCH(answer="--answer", question="--question")
            )
        return None
    if len(answers) != len(args.questions):
        raise ValidationError(
            CliMsg.QUESTIONS_ANSWERS_MISMATCH(answer="--answer", question="--question")
        )
    body = [{"q": q, "a": a} for q, a in zip(args.questions, answers, strict=True)]
    return record_turns.dump(record_turns.parse(json.dumps(body, ensure_ascii=False)))


def _reinspection(store: Store, args: argparse.Namespace, fields: dict[str, Any]) -> list[str]:
    """Fill a re-inspection's notice, party and agency from the notice; return its findings."""
    notice = notices.get_notice(store, args.reinspect)
    if notice.status == NoticeStatus.ISSUED:
        raise ValidationError(CliMsg.REINSPECT_NOT_SERVED_YET(command="notice serve ID …"))
    if notice.status != NoticeStatus.SERVED:
        raise ValidationError(CliMsg.REINSPECT_NOT_SERVED(status=status_word(notice.status)))
    if fields.setdefault("site_id", notice.site_id) != notice.site_id:
        raise ValidationError(CliMsg.REINSPECT_OTHER_PARTY(option="--site"))
    fields.setdefault("agency_id", notice.agency_id)
    fields.update(kind=RecordKind.REINSPECTION, notice_id=notice.id)
    return list(notice.finding_ids)


def _record_add(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = acting_officer(store, args)
    fields = _fields(args)
    officer_ids = id_list(args.officers)
    if len(officer_ids) < MIN_OFFICERS:
        raise ValidationError(CliMsg.TWO_OFFICERS_TAKE_PART(options="--officer ID --officer ID"))
    finding_ids = id_list(args.findings)
    if args.reinspect:
        notice_findings = _reinspection(store, args, fields)
        finding_ids = finding_ids or notice_findings
    else:
        if args.outcome:
            raise ValidationError(
                CliMsg.OUTCOME_ONLY_REINSPECTION(
                    outcome="--outcome", reinspect="--reinspect NOTICE_ID"
                )
            )
        missing = [
            o for o, f in (("--site", "site_id"), ("--agency", "agency_id")) if f not in fields
        ]
        if len(missing) > 1:
            raise ValidationError(CliMsg.GIVE_SITE_AND_AGENCY(site="--site", agency="--agency"))
        if missing:
            raise ValidationError(CliMsg.GIVE_OPTION(option=missing[0]))
        fields["kind"] = RecordKind.INSPECTION
    record = records.add_record(
        store, officer, fields, officer_ids, finding_ids, id_list(args.photos)
    )
    return _record_view(store, record)


def _record_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = acting_officer(store, args)
    record = records.get_record(store, args.id)
    if record.document_id:
        raise ValidationError(SyncMsg.JUDGE_CLOSED())
    fields = _fields(args)
    if "outcome" in fields and record.kind != RecordKind.REINSPECTION:
        raise ValidationError(CliMsg.OUTCOME_ONLY_REINSPECTION_RECORD(option="--outcome"))
    changes = [Change(OpKind.SET, "inspection_record", record.id, fields)] if fields else []
    wanted = {"officers": args.officers, "findings": args.findings, "photos": args.photos}
    current = {
        "officers": record.officer_ids,
        "findings": record.finding_ids,
        "photos": record.photo_ids,
    }
    if args.officers is not None and len(id_list(args.officers)) < MIN_OFFICERS:
        raise ValidationError(CliMsg.RECORD_TWO_OFFICERS())
    if fields.get("recorder_id"):
        officer_ids = id_list(args.officers) if args.officers is not None else record.officer_ids
        records.check_recorder(fields["recorder_id"], officer_ids)
    dropped_officers: list[str] = []
    for set_name, given in wanted.items():
        if given is None:
            continue
        new, old = id_list(given), list(current[set_name])
        added = [i for i in new if i not in old]
        removed = [i for i in old if i not in new]
        if added:
            changes.append(Change(OpKind.ADD, "inspection_record", record.id, {set_name: added}))
        if removed:
            changes.append(
                Change(OpKind.REMOVE, "inspection_record", record.id, {set_name: removed})
            )
        if set_name == "officers":
            dropped_officers = removed
    if not changes:
        raise ValidationError(
            CliMsg.NOTHING_TO_CHANGE(
                options="--end, --narrative, --certificates-shown, --recusal-asked, --officer, "
                "--recorder, --question, --confirmation, --outcome"
            )
        )
    signatures = records.signatures_of(store, record.id)
    # A removed officer's hand signature must not stay on the record.
    changes += [
        Change(OpKind.WITHDRAW, "signature", s.id, {})
        for s in signatures
        if s.role == SignerRole.OFFICER and s.officer_id in dropped_officers
    ]
    store.write(changes, officer)
    result = _record_view(store, records.get_record(store, record.id))
    kept = [s for s in signatures if s.officer_id not in dropped_officers]
    result["warnings"] = [CliMsg.SIGNED_BEFORE_CHANGE(count=len(kept))] if kept else []
    return result


def _record_show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return _record_view(store, records.get_record(store, args.id))


def _record_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    if args.limit < 1:
        raise ValidationError(CliMsg.LIMIT_TOO_SMALL(option="--limit"))
    if args.notice:
        notices.get_notice(store, args.notice)
        found = records.records_of_notice(store, args.notice)[: args.limit]
    else:
        found = records.list_records(store, limit=args.limit)
    sites: dict[str, str] = {}
    listed = []
    for record in found:
        if record.site_id not in sites:
            sites[record.site_id] = registry.get_site(store, record.site_id).name
        listed.append(
            {
                "id": record.id,
                "kind": record.kind,
                "status": "closed" if record.document_id else "open",
                "site": sites[record.site_id],
                "started_at": record.started_at,
                "place": record.place,
                "notice_id": record.notice_id,
                "outcome": record.outcome,
                "sha256": record.document_id,
            }
        )
    return {"records": listed}


def _record_sign(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = acting_officer(store, args)
    # add_signature does not check that the subject exists: a typo would sign nothing.
    record = records.get_record(store, args.id)
    if record.document_id:
        raise ValidationError(CliMsg.RECORD_CLOSED_NO_SIGNATURES())
    now = local_now().isoformat()
    if args.officer_id:
        if args.refused or args.witness:
            raise ValidationError(CliMsg.OFFICER_CANNOT_REFUSE(option="--strokes"))
        if args.officer_id not in record.officer_ids:
            raise ValidationError(CliMsg.NOT_RECORD_OFFICER(command="record edit ID --officer …"))
        if args.strokes is None:
            raise ValidationError(CliMsg.OFFICER_SIGNATURE_NEEDED(option="--strokes FILE.json"))
        name = registry.get_officer(store, args.officer_id).name
        change = records.signature_change(
            record.id,
            SignerRole.OFFICER,
            now,
            name=name,
            strokes=read_strokes(args.strokes).to_json(),
            officer_id=args.officer_id,
        )
    else:
        if not args.party.strip():
            raise ValidationError(CliMsg.PARTY_NAME_NEEDED(option="--party"))
        strokes, refused, witness = _hand(args, party=True)
        extras = {"--reason": args.reason, "--witness-unit": args.witness_unit}
        extras["--witness-strokes"] = args.witness_strokes
        given = [option for option, value in extras.items() if value is not None]
        if given and not refused:
            raise ValidationError(
                CliMsg.WITNESS_ONLY_FOR_REFUSAL(witness=", ".join(given), refused="--refused")
            )
        witness_strokes = (
            read_strokes(args.witness_strokes).to_json() if args.witness_strokes else None
        )
        change = records.signature_change(
            record.id,
            SignerRole.PARTY,
            now,
            name=args.party,
            strokes=strokes,
            refused=refused,
            witness=witness,
            refusal_reason=args.reason,
            witness_unit=args.witness_unit,
            witness_strokes=witness_strokes,
        )
    view = _signature_view(store, records.add_signature(store, officer, change))
    gaps = records.record_gaps(store, record.id)
    return {"record_id": record.id, "signature_id": view.pop("id"), **view, "gaps": gaps}


def _record_close(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = acting_officer(store, args)
    record = records.get_record(store, args.id)
    if record.document_id:
        raise ValidationError(CliMsg.RECORD_ALREADY_CLOSED(sha=record.document_id))
    if officer not in record.officer_ids:
        raise ValidationError(CliMsg.CLOSE_PARTICIPANTS_ONLY(option="--as"))
    gaps = records.record_gaps(store, record.id)
    if gaps:
        raise records.not_closable_error(gaps)
    closes_notice = record.outcome == ReinspectionOutcome.RECTIFIED and record.notice_id
    if closes_notice:
        status = notices.get_notice(store, str(record.notice_id)).status
        if status != NoticeStatus.SERVED:
            raise ValidationError(CliMsg.CLOSE_NOTICE_NOT_SERVED(status=status_word(status)))
    out = output_path(store, args)
    credential = signing_credential(store, officer, args.passphrase_file)
    co_signers = [
        (co_id, signing_credential(store, co_id, Path(passphrase_file)))
        for co_id, passphrase_file in args.co_signers or ()
    ]
    closed = close_record(store, officer, record.id, credential, out, co_signers)
    result: dict[str, Any] = {
        "id": record.id,
        "e_signed_by": [officer, *(co_id for co_id, _ in co_signers)],
        "kind": closed.document.kind,
        "sha256": closed.document.id,
        "size_bytes": closed.document.size_bytes,
        "signed_by": closed.document.signed_by,
        "signed_at": closed.document.signed_at,
        "path": str(closed.path),
    }
    if record.notice_id:
        result["notice_id"] = record.notice_id
        result["notice_status"] = notices.get_notice(store, record.notice_id).status
    return result


def _record_export(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    record = records.get_record(store, args.id)
    if not record.document_id:
        raise ValidationError(CliMsg.RECORD_STILL_OPEN(command="record close ID --out FILE.pdf"))
    return {"id": record.id, **export_document(store, record.document_id, args)}


# -- service --------------------------------------------------------------------------------------

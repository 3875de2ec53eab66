"""``inspect-app evidence list|add|edit|explain|move``: a case's evidence register.

    inspect-app evidence list --notice ID [--case-file register.csv]
    inspect-app evidence add --notice ID --kind video --file clip.mp4 --source "执法记录仪 DSJ-01"
        [--start 2026-11-28T09:40:00+08:00 --end …] [--description …] [--proves …]
    inspect-app evidence edit --notice ID ITEM --proves "证明……"
    inspect-app evidence explain --notice ID ITEM "拍摄设备时钟未校准，…"   # team leads
    inspect-app evidence move --notice ID ITEM --up | --down

``ITEM`` is an item's number in the register, its key (``photo:<sha>``), or the first 8+
characters of its record or photo id. The rules are the core's
(``storage/evidence_register.py``, ``evidence_files.py``, ``evidence_checks.py``), the same
the window's register dialog calls.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspect_app.cli.messages import say, translate
from inspect_app.domain.entities import EvidenceKind
from inspect_app.storage.evidence_register import RegisterItem
from inspect_app.storage.store import Store

FILE_KINDS = tuple(
    k.value for k in EvidenceKind if k not in (EvidenceKind.RECORD, EvidenceKind.PHOTO)
)


def add_commands(group: Any, leaf: Any) -> None:
    """Add the ``evidence`` group and its commands."""
    evidence = group("evidence", translate("CommandLine", "a case's evidence register (证据清单)"))
    notice_help = translate("CommandLine", "the notice (the case)")
    item_help = translate("CommandLine", "the item: its number, key or id prefix")

    def with_notice(p: argparse.ArgumentParser) -> None:
        p.add_argument("--notice", required=True, metavar="ID", help=notice_help)

    p = leaf(
        evidence,
        "list",
        _list,
        translate("CommandLine", "list the register, its doubts and the leads' answers"),
    )
    with_notice(p)
    p.add_argument(
        "--case-file",
        type=Path,
        metavar="FILE.csv",
        help=translate(
            "CommandLine", "also write the case file's register with the explanations (CSV)"
        ),
    )
    p.add_argument("--force", action="store_true", help=translate("CommandLine", "replace FILE"))
    p = leaf(
        evidence,
        "add",
        _add,
        translate("CommandLine", "store a clip, recording, extract or scan in the case"),
    )
    with_notice(p)
    p.add_argument("--kind", required=True, choices=FILE_KINDS)
    p.add_argument("--file", required=True, type=Path, metavar="FILE")
    p.add_argument("--source", help=translate("CommandLine", "who or what made it"))
    p.add_argument("--start", help=translate("CommandLine", "start time, ISO 8601 with offset"))
    p.add_argument("--end", help=translate("CommandLine", "end time, ISO 8601 with offset"))
    p.add_argument("--description", help=translate("CommandLine", "what it is or shows"))
    p.add_argument("--proves", help=translate("CommandLine", "what it proves (证明……)"))
    p = leaf(
        evidence,
        "edit",
        _edit,
        translate("CommandLine", "change what an item proves, its source or description"),
    )
    with_notice(p)
    p.add_argument("item", help=item_help)
    p.add_argument("--proves", help=translate("CommandLine", "what it proves (empty: default)"))
    p.add_argument("--source", help=translate("CommandLine", "who or what made it"))
    p.add_argument("--description", help=translate("CommandLine", "what it is or shows"))
    p = leaf(
        evidence,
        "explain",
        _explain,
        translate(
            "CommandLine",
            "answer a warning about an item (team leads; goes into the case file, not the "
            "decision)",
        ),
    )
    with_notice(p)
    p.add_argument("item", help=item_help)
    p.add_argument("text", help=translate("CommandLine", "the explanation"))
    p = leaf(evidence, "move", _move, translate("CommandLine", "move an item within its group"))
    with_notice(p)
    p.add_argument("item", help=item_help)
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("--up", action="store_true", help=translate("CommandLine", "one place up"))
    way.add_argument("--down", action="store_true", help=translate("CommandLine", "one place down"))


def _acting(store: Store, args: argparse.Namespace) -> str:
    from inspect_app.cli import _acting as acting

    return acting(store, args)


def item_dict(item: RegisterItem) -> dict[str, Any]:
    """One register item for ``--json`` and the human output."""
    return {
        "item_no": item.number,
        "evidence_type": item.type_zh,
        "evidence_kind": item.kind,
        "item_key": item.key,
        "source": item.source,
        "started_at": item.recorded_at,
        "ended_at": item.ended_at,
        "content": item.description,
        "proves": item.proves,
        "sha256": item.sha256,
        "explanation": item.explanation,
    }


def _register(store: Store, notice_id: str) -> dict[str, Any]:
    from inspect_app.storage.evidence_checks import evidence_doubts
    from inspect_app.storage.evidence_register import build_register

    items = build_register(store, notice_id)
    return {
        "notice_id": notice_id,
        "evidence_items": [item_dict(i) for i in items],
        "doubts": [
            {"item_no": d.item.number, "message": d.message, "answer": d.answer}
            for d in evidence_doubts(store, notice_id, items)
        ],
    }


def _list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    result = _register(store, args.notice)
    if args.case_file is not None:
        from inspect_app.notices.files import check_output_path, write_atomic
        from inspect_app.storage.evidence_case_file import case_file_csv

        check_output_path(args.case_file, store.data_dir, args.force)
        write_atomic(args.case_file, case_file_csv(store, args.notice, say))
        result["case_file"] = str(args.case_file)
    return result


def _add(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.storage.evidence_files import store_evidence_file
    from inspect_app.storage.evidence_items import add_file_item
    from inspect_app.storage.evidence_rules import check_item_times

    officer = _acting(store, args)
    check_item_times(args.start, args.end)  # the judge's rule, before the file is stored
    stored = store_evidence_file(store, args.file, args.kind)
    item = add_file_item(
        store,
        officer,
        args.notice,
        args.kind,
        {
            "file_id": stored.sha256,
            "media_type": stored.media_type,
            "size_bytes": stored.size_bytes,
            "original_name": args.file.name[:255],
            "source": args.source,
            "recorded_at": args.start or stored.started_at,
            "ended_at": args.end or stored.ended_at,
            "description": args.description,
            "proves": args.proves,
        },
    )
    return item_dict(item)


def _edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.storage.evidence_items import set_item_fields

    fields = {
        k: getattr(args, k)
        for k in ("proves", "source", "description")
        if getattr(args, k) is not None
    }
    return item_dict(set_item_fields(store, _acting(store, args), args.notice, args.item, **fields))


def _explain(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.storage.evidence_items import set_item_fields

    item = set_item_fields(
        store, _acting(store, args), args.notice, args.item, explanation=args.text
    )
    return item_dict(item)


def _move(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.storage.evidence_items import move_item

    move_item(store, _acting(store, args), args.notice, args.item, -1 if args.up else 1)
    return _register(store, args.notice)

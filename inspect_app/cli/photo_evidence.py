"""``inspect-app photo caption|order|annotate``: a photo as evidence, from the command line.

    inspect-app photo caption SHA256 "暗管出口，黄褐色废水"
    inspect-app photo order --finding ID SHA256 --to 0          # first in the evidence order
    inspect-app photo annotate SHA256 --marks marks.json        # or --clear
    inspect-app photo stamp on                                  # time and GPS on print copies
    inspect-app photo export SHA256 --out DSCN0010.jpg          # the original, byte for byte

The rules are :mod:`inspect_app.storage.photo_evidence` and
:mod:`inspect_app.domain.annotation` (the same the window's viewer calls); the marks file
holds the annotation's stored form (``{"v": 1, "shapes": [...]}``, see that module).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from inspect_app.cli.inputs import add_output_options, output_path
from inspect_app.cli.messages import translate
from inspect_app.domain import annotation
from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.messages import Msg
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.storage.blobs import check_sha256
from inspect_app.storage.findings import set_caption
from inspect_app.storage.photo_evidence import evidence_order, move_photo, set_annotation
from inspect_app.storage.store import Store

MAX_MARKS_FILE = annotation.MAX_JSON * 4


def add_commands(photo: Any, leaf: Any) -> None:
    """Add ``photo caption``, ``photo order`` and ``photo annotate``."""
    sha_help = translate("CommandLine", "the photo's SHA-256")
    p = leaf(
        photo,
        "caption",
        _caption,
        translate("CommandLine", "say what a photo shows (printed in the decision's evidence)"),
    )
    p.add_argument("sha256", help=sha_help)
    p.add_argument("text", help=translate("CommandLine", "the caption (empty: none)"))
    p = leaf(
        photo,
        "order",
        _order,
        translate("CommandLine", "move a photo in its finding's evidence order"),
    )
    p.add_argument(
        "--finding", required=True, metavar="ID", help=translate("CommandLine", "the finding")
    )
    p.add_argument("sha256", help=sha_help)
    p.add_argument(
        "--to",
        type=int,
        required=True,
        help=translate("CommandLine", "its new place, 0 = first"),
    )
    p = leaf(
        photo,
        "annotate",
        _annotate,
        translate("CommandLine", "draw marks over a photo (the original file is never changed)"),
    )
    p.add_argument("sha256", help=sha_help)
    marks = p.add_mutually_exclusive_group(required=True)
    marks.add_argument(
        "--marks",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "a JSON file of marks (the form `photo annotate` prints)"),
    )
    marks.add_argument(
        "--clear", action="store_true", help=translate("CommandLine", "remove every mark")
    )
    p = leaf(
        photo,
        "stamp",
        _stamp,
        translate(
            "CommandLine",
            "on this laptop, print time, position and finding on photos in documents (on/off)",
        ),
    )
    p.add_argument("state", choices=("on", "off"))
    p = leaf(
        photo,
        "export",
        _export,
        translate(
            "CommandLine",
            "write a photo's original file, byte for byte as the camera wrote it (the data "
            "folder keeps it encrypted)",
        ),
    )
    p.add_argument("sha256", help=sha_help)
    add_output_options(p, "FILE.jpg", translate("CommandLine", "the original photo file"))


def _acting(store: Store, args: argparse.Namespace) -> str:
    from inspect_app.cli import _acting as acting

    return acting(store, args)


def _export(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    """Copy one original out of the (sealed) photo store: ``blobs.copy_out`` checks its hash."""
    out = output_path(store, args)
    sha = str(args.sha256).strip().lower()
    missing = StoreMsg.RECORD_NOT_FOUND(entity=StoreMsg.ENTITY_PHOTO, id=args.sha256)
    try:
        check_sha256(sha)
    except ValueError as exc:
        raise NotFoundError(missing) from exc
    if not store.exists("photo", sha) or not store.blobs.has(sha):
        raise NotFoundError(missing)
    store.blobs.copy_out(sha, out)
    return {"id": sha, "out": str(out), "size_bytes": out.stat().st_size}


def _caption(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    set_caption(store, _acting(store, args), args.sha256, args.text)
    return {"id": args.sha256, "caption": args.text.strip() or None}


def _order(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    move_photo(store, _acting(store, args), args.finding, args.sha256, args.to)
    return {"finding": args.finding, "photos": evidence_order(store, args.finding)}


def _annotate(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    shapes: list[annotation.Shape] = []
    if args.marks is not None:
        if args.marks.stat().st_size > MAX_MARKS_FILE:
            raise ValidationError(Msg.ANNOTATION_TOO_MANY(limit=annotation.MAX_SHAPES))
        try:
            text = args.marks.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise ValidationError(Msg.ANNOTATION_NOT_JSON()) from None
        shapes = annotation.parse(text.strip())
    stored = set_annotation(store, _acting(store, args), args.sha256, shapes)
    return {"id": args.sha256, "marks": len(shapes), "annotation": stored}


def _stamp(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.notices.annotated import STAMP_SETTING

    store.set_setting(STAMP_SETTING, args.state)
    return {"evidence_stamp": args.state}

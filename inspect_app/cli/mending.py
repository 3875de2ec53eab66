"""Command line: mending mistakes (issue 12) — the same rules as the window.

``patrol edit`` (date, basin, area, purpose, team), ``finding move``, ``… withdraw --reason``
for findings, parties and patrols, ``finding remove-photo`` (a photo link), and ``… history``
(a record's history from the op log). Every rule lives in ``storage/patrols.py``,
``storage/mending.py`` and ``storage/history.py``; this module only reads arguments.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from inspect_app.cli.messages import translate
from inspect_app.domain.entities import label
from inspect_app.domain.merge import LIFECYCLE
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage import mending, patrols
from inspect_app.storage.history import FieldChange, record_history
from inspect_app.storage.scope_words import absent_error
from inspect_app.storage.store import Store

Leaf = Callable[..., Any]


def add_commands(patrol: Any, finding: Any, site: Any, leaf: Leaf) -> None:
    """Add the mending commands to the ``patrol``, ``finding`` and ``site`` groups."""
    reason_help = translate("CommandLine", "why it is withdrawn (kept in its history)")
    patrol_id = translate("CommandLine", "the patrol's id")
    p = leaf(
        patrol,
        "edit",
        _patrol_edit,
        translate("CommandLine", "change a patrol's date, basin, area, purpose or team"),
    )
    p.add_argument("id", help=patrol_id)
    p.add_argument("--date", help="YYYY-MM-DD")
    p.add_argument(
        "--basin", help=translate("CommandLine", "basin code or name (see 'basin list')")
    )
    p.add_argument("--area", help=translate("CommandLine", "the area patrolled"))
    p.add_argument("--purpose", help=translate("CommandLine", "what the patrol is for"))
    p.add_argument(
        "--add-officer",
        action="append",
        default=[],
        metavar="ID",
        help=translate("CommandLine", "an officer who joins the team (repeat for each)"),
    )
    p.add_argument(
        "--remove-officer",
        action="append",
        default=[],
        metavar="ID",
        help=translate("CommandLine", "an officer who leaves the team (repeat for each)"),
    )
    p = leaf(patrol, "withdraw", _patrol_withdraw, translate("CommandLine", "withdraw a patrol"))
    p.add_argument("id", help=patrol_id)
    p.add_argument("--reason", required=True, help=reason_help)
    p = leaf(patrol, "history", _history("patrol"), translate("CommandLine", "a patrol's history"))
    p.add_argument("id", help=patrol_id)

    finding_id = translate("CommandLine", "the finding's id")
    p = leaf(
        finding, "move", _finding_move, translate("CommandLine", "move a finding to another patrol")
    )
    p.add_argument("id", help=finding_id)
    p.add_argument(
        "--patrol", required=True, metavar="ID", help=translate("CommandLine", "the patrol")
    )
    p = leaf(
        finding,
        "withdraw",
        _finding_withdraw,
        translate("CommandLine", "withdraw a finding (kept in history)"),
    )
    p.add_argument("id", help=finding_id)
    p.add_argument("--reason", required=True, help=reason_help)
    p = leaf(
        finding,
        "remove-photo",
        _finding_remove_photo,
        translate("CommandLine", "take a photo off a finding's evidence (the photo stays)"),
    )
    p.add_argument("id", help=finding_id)
    p.add_argument("photo", metavar="SHA256", help=translate("CommandLine", "the photo's SHA-256"))
    p.add_argument("--reason", required=True, help=reason_help)
    p = leaf(
        finding, "history", _history("finding"), translate("CommandLine", "a finding's history")
    )
    p.add_argument("id", help=finding_id)

    site_id = translate("CommandLine", "the site's id")
    p = leaf(site, "withdraw", _site_withdraw, translate("CommandLine", "withdraw a site (party)"))
    p.add_argument("id", help=site_id)
    p.add_argument("--reason", required=True, help=reason_help)
    p = leaf(site, "history", _history("site"), translate("CommandLine", "a site's history"))
    p.add_argument("id", help=site_id)


def _acting(store: Store, args: argparse.Namespace) -> str:
    from inspect_app.cli import _acting as acting

    return acting(store, args)


def _patrol_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    fields = {
        k: getattr(args, k)
        for k in ("date", "basin", "area", "purpose")
        if getattr(args, k) is not None
    }
    team = None
    if args.add_officer or args.remove_officer:
        current = patrols.get_patrol(store, args.id).officer_ids
        team = [o for o in current if o not in args.remove_officer]
        team += [o for o in args.add_officer if o not in team]
    edited = patrols.edit_patrol(store, officer, args.id, officer_ids=team, **fields)
    return asdict(edited)


def _patrol_withdraw(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    mending.withdraw_patrol(store, _acting(store, args), args.id, args.reason)
    return {"id": args.id, "withdrawn": True, "reason": args.reason.strip()}


def _finding_move(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    patrols.move_finding(store, _acting(store, args), args.id, args.patrol)
    return {"id": args.id, "patrol_id": args.patrol}


def _finding_withdraw(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    mending.withdraw_finding(store, _acting(store, args), args.id, args.reason)
    return {"id": args.id, "withdrawn": True, "reason": args.reason.strip()}


def _finding_remove_photo(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    sha = args.photo.strip().lower()
    mending.withdraw_photo_link(store, _acting(store, args), args.id, sha, args.reason)
    return {"id": args.id, "photo": sha, "removed": True, "reason": args.reason.strip()}


def _site_withdraw(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    mending.withdraw_site(store, _acting(store, args), args.id, args.reason)
    return {"id": args.id, "withdrawn": True, "reason": args.reason.strip()}


def _history(entity: str) -> Callable[[Store, argparse.Namespace], dict[str, Any]]:
    def show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
        found = args.id.strip()
        if not store.exists(entity, found, include_withdrawn=True) and not store.history(
            entity, found
        ):
            raise absent_error(store, entity, found)  # no such record: an error, exit 1
        history = record_history(store, entity, args.id)
        return {
            "id": args.id,
            "history": [
                {
                    "op_id": e.op_id,
                    "kind": e.kind,
                    "wall": e.wall,
                    "officer": e.officer,
                    "replica": e.replica,
                    "reason": e.reason,
                    "changes": _joined([_change(c) for c in e.changes]),
                }
                for e in history.entries
            ],
            "conflicts": [
                StoreMsg.HISTORY_CANDIDATE(
                    field=label(c.field),
                    value=_shown(c.value),
                    officer=candidate.officer or "—",
                    replica=candidate.replica_label or candidate.replica[:12],
                    time=_moment(candidate.wall),
                )
                for c in history.conflicts
                for candidate in c.candidates
            ],
        }

    return show


def _joined(changes: list[Message]) -> Message | None:
    """Several changes as one message (``a; b; c``), None for none."""
    if not changes:
        return None
    joined = changes[-1]
    for change in reversed(changes[:-1]):
        joined = SyncMsg.SYNC_AND(first=change, rest=joined)
    return joined


def _shown(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


def _moment(wall: str) -> datetime | str:
    try:
        return datetime.fromisoformat(wall).astimezone()
    except ValueError:
        return wall


def _change(change: FieldChange) -> Message:
    """One change as a keyed message (``field: old → new``; a set: added / removed members)."""
    if change.field == LIFECYCLE:
        if change.new:
            return StoreMsg.HISTORY_RESOLVED_WITHDRAWN()
        return StoreMsg.HISTORY_RESOLVED_KEPT()
    field = label(change.field)
    if change.added is not None:
        members = "、".join(str(m) for m in change.new)
        made = StoreMsg.HISTORY_ADDED if change.added else StoreMsg.HISTORY_REMOVED
        return made(field=field, members=members)
    if change.old is None:
        return StoreMsg.HISTORY_SET_TO(field=field, new=_shown(change.new))
    return StoreMsg.HISTORY_CHANGED(field=field, old=_shown(change.old), new=_shown(change.new))

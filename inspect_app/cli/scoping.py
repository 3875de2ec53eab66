"""``replica scope`` and the scoped-pull lines of ``db check`` (issue 15).

::

    inspect-app replica scope REPLICA_ID                          # show its scope
    inspect-app --as LEAD replica scope REPLICA_ID basin:fujiang region:5109
    inspect-app --as LEAD replica scope REPLICA_ID --everything   # receives everything again

A scope is what a laptop receives from a province hub that keeps scope tags: the records of
its keys and what they depend on (``docs/design/scoped-pull.md``). Setting one is a team
lead's decision, judged like every op (``Judge._scope_change``); it travels by sync.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from inspect_app.cli.messages import translate
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.scope import ScopeInfo, scope_of, set_scope
from inspect_app.storage.scope_words import describe_scope
from inspect_app.storage.store import CheckReport, Store

Leaf = Callable[..., Any]


def add_commands(replica: Any, leaf: Leaf) -> None:
    """Add ``replica scope`` to the ``replica`` group."""
    p = leaf(
        replica,
        "scope",
        _replica_scope,
        translate(
            "CommandLine",
            "show or set a replica's scope: what it receives from the hub (team lead)",
        ),
    )
    p.add_argument("id", help=translate("CommandLine", "the replica's id"))
    p.add_argument(
        "keys",
        nargs="*",
        metavar="KEY",
        help=translate(
            "CommandLine",
            "scope keys: agency:ID, basin:CODE or region:CODE (4 or 6 digits); none: show "
            "the scope",
        ),
    )
    p.add_argument(
        "--everything",
        action="store_true",
        help=translate("CommandLine", "the replica receives everything (clears its scope)"),
    )


def _acting(store: Store, args: argparse.Namespace) -> str:
    from inspect_app.cli import _acting as acting

    return acting(store, args)


def _replica_scope(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    """Show a replica's scope, or (keys or ``--everything``, a lead acting) set it."""
    if args.keys and args.everything:
        raise ValidationError(SyncMsg.SCOPE_BOTH(option="--everything"))
    if args.keys or args.everything:
        info = set_scope(
            store, _acting(store, args), args.id, None if args.everything else args.keys
        )
    else:
        info = scope_of(store, args.id)
    json_mode = bool(getattr(args, "json", False))
    out = scope_json(info, json_mode)
    if not json_mode and info.keys is not None:  # a person reads names, never raw keys
        out["scope"] = describe_scope(store, info.keys)
    return out


def scope_json(info: ScopeInfo, json_mode: bool) -> dict[str, Any]:
    """A scope as ``replica scope`` prints it.

    ``scope``: the keys, or null (``--json``) / left out (a person's lines) when the replica
    receives everything; ``summary``: one keyed sentence saying what it receives.
    """
    out: dict[str, Any] = {"replica_id": info.replica_id}
    if info.keys is not None or json_mode:
        out["scope"] = info.keys
    out["summary"] = (
        SyncMsg.SCOPE_EVERYTHING()
        if info.keys is None
        else SyncMsg.SCOPE_LIMITED(count=len(info.keys))
    )
    return out


def check_json(report: CheckReport, json_mode: bool) -> dict[str, Any]:
    """``db check``'s lines about a scoped laptop (nothing on an unscoped one).

    ``not_here`` (``--json`` only): the SHA-256 of evidence files that belong only to records
    held as dependencies and are not on this laptop; ``scope_notes``: one keyed sentence for
    the out-of-scope chain gaps and one for those files, when there are any. Neither is a
    problem (``CheckReport.ok`` ignores them).
    """
    out: dict[str, Any] = {}
    notes = []
    if report.outside_gaps:
        notes.append(SyncMsg.CHECK_OUTSIDE_GAPS(count=report.outside_gaps))
    if report.not_here:
        notes.append(SyncMsg.CHECK_NOT_HERE(count=len(report.not_here)))
        if json_mode:
            out["not_here"] = list(report.not_here)
    if notes:
        out["scope_notes"] = notes
    return out

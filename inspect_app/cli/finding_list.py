"""``finding list``: the findings as searched and filtered (``storage.search``).

Contract (office scripts rely on these names)::

    inspect-app finding list [--query TEXT] [--basin NAME] [--region CODE] [--category CODE]
        [--severity S] [--status S] [--from DATE] [--to DATE] [--officer ID] [--party ID]
        [--patrol ID] [--overdue] [--conflicted] [--no-evidence] [--held]
        [--sort KEY] [--ascending] [--limit N] [--offset N] [--json]

The filters are the ones ``export findings`` takes (``cli.exports.add_finding_filters``),
checked by the same rule (``storage.query_checks.check_finding_query``: an unknown basin,
category or region, ``--from`` after ``--to``, an id that is not there are errors, exit code 1),
so a list and its export always hold the same findings. ``--json`` prints ``total`` (how many
match), ``offset``, ``limit`` and ``findings``: one object per finding with the English keys of
``storage.search.FindingHit`` (``id``, ``observed_at``, ``created_at``, ``category``,
``severity``, ``status``, ``description``, ``latitude``, ``longitude``, ``site_id``,
``party_name``, ``credit_code``, ``region``, ``patrol_id``, ``basin``, ``created_by``,
``officer_name``, ``photo_count``, ``conflicted``), newest observation first unless ``--sort``
says otherwise. Without ``--json`` each finding is one line in the command line's language.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict, replace
from typing import Any

from inspect_app.cli.exports import add_finding_filters, finding_query
from inspect_app.cli.messages import translate
from inspect_app.storage.store import Store

DEFAULT_LIMIT = 100
SORT_KEYS = ("observed_at", "created_at", "category", "severity", "status", "party", "basin")

# What a person reads of each finding (the JSON keeps every field of the hit).
_HUMAN_KEYS = (
    ("id", "id"),
    ("observed_at", "observed_at"),
    ("category", "category"),
    ("severity", "severity"),
    ("status", "status"),
    ("party_name", "party_name"),
    ("basin", "basin"),
    ("officer_name", "officer"),
    ("photo_count", "photos"),
    ("description", "description"),
)


def add_list_command(finding: Any, leaf: Callable[..., Any]) -> None:
    """Add ``finding list`` to the ``finding`` group."""
    p = leaf(
        finding,
        "list",
        list_findings,
        translate(
            "CommandLine",
            "list findings: search their text, their party's, notices' and records' "
            "(Chinese words of any length) and filter them",
        ),
    )
    add_finding_filters(p)
    p.add_argument(
        "--conflicted",
        action="store_true",
        default=None,
        help=translate("CommandLine", "only findings with an open sync conflict"),
    )
    p.add_argument(
        "--no-evidence",
        action="store_true",
        default=None,
        help=translate("CommandLine", "only findings without a photo"),
    )
    p.add_argument(
        "--held",
        action="store_true",
        default=None,
        help=translate("CommandLine", "only findings with a held or quarantined change"),
    )
    p.add_argument(
        "--sort",
        choices=SORT_KEYS,
        default="observed_at",
        help=translate("CommandLine", "the order (default: observed_at, newest first)"),
    )
    p.add_argument(
        "--ascending",
        action="store_true",
        help=translate("CommandLine", "oldest or smallest first"),
    )
    p.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=translate("CommandLine", "show at most N findings (0: all; default: 100)"),
    )
    p.add_argument(
        "--offset",
        type=int,
        default=0,
        metavar="N",
        help=translate("CommandLine", "skip the first N findings"),
    )


def list_findings(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    """The ``finding list`` command: ``total``, ``offset``, ``limit`` and the ``findings``."""
    from inspect_app.storage.query_checks import check_finding_query
    from inspect_app.storage.search import count_findings, find_findings

    query = replace(
        finding_query(args),
        conflicted=args.conflicted,
        no_evidence=args.no_evidence,
        held=args.held,
        sort=args.sort,
        descending=not args.ascending,
    )
    # the one rule (as the exports): an unknown basin, a reversed date range or a record
    # named by id that is not there is an error, never an empty list
    check_finding_query(query, store)
    limit = max(0, args.limit)
    offset = max(0, args.offset)
    hits = find_findings(store, query, limit=limit, offset=offset)
    total = count_findings(store, query)
    if getattr(args, "json", False):
        found = [asdict(h) for h in hits]
        return {"total": total, "offset": offset, "limit": limit, "findings": found}
    shown = [{word: getattr(h, key) for key, word in _HUMAN_KEYS} for h in hits]
    return {"total": total, "findings": shown}

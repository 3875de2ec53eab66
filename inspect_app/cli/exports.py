"""Command-line front door for exports: ``export findings`` and ``export notices``.

Contract (office scripts rely on these names)::

    inspect-app export findings [--format csv|xlsx|geojson|kml] --out FILE [--force]
        [--query TEXT] [--basin NAME] [--region CODE] [--category CODE] [--severity S]
        [--status S] [--from DATE] [--to DATE] [--officer ID] [--party ID] [--patrol ID]
        [--overdue] [--json]
    inspect-app export notices [--format csv|xlsx] --out FILE [--force] [--stage S …]
        [--party ID] [--json]

Without ``--format`` the name's ending says it (``.csv``, ``.xlsx``, ``.geojson``/``.json``,
``.kml``); with it, the name must end so (``--format kml --out x.csv`` is refused and the
right name suggested: ``exports.jobs.export_format``). The filters are the finding list's
(``storage.search.FindingQuery``), checked by the same rule
(``storage.query_checks.check_finding_query``): an unknown basin or ``--from`` after ``--to``
is an error, and so is an export that matches nothing — exit code 1, no file written or
replaced. The headers are in the command line's language (``--lang``), GeoJSON/KML property
keys stay English. ``--json`` prints the summary: ``path``, ``format``, ``rows``,
``skipped_no_position`` (findings left out of a GeoJSON/KML file: neither they nor their party
have a position), ``placed_at_party`` (findings placed at their party's position, having none
of their own), ``bytes`` and ``summary`` (the sentence, keyed); without it the same in the
command line's language.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from inspect_app.cli.inputs import add_output_options
from inspect_app.cli.messages import current_language, render, translate
from inspect_app.domain.entities import FindingStatus, NoticeStatus, Severity
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import CHINESE, Msg
from inspect_app.storage.store import Store

Leaf = Callable[..., Any]
FINDING_FORMATS = ("csv", "xlsx", "geojson", "kml")
NOTICE_FORMATS = ("csv", "xlsx")


def add_commands(group: Callable[[str, str], Any], leaf: Leaf) -> None:
    """Add the ``export`` group: ``export findings`` and ``export notices``."""
    export = group(
        "export",
        translate("CommandLine", "write findings or the register of notices to a file"),
    )
    p = leaf(
        export,
        "findings",
        _export_findings,
        translate(
            "CommandLine",
            "findings (as filtered) to CSV or XLSX for Excel, GeoJSON or KML for QGIS and "
            "map services; findings without a position are left out of GeoJSON and KML",
        ),
    )
    p.add_argument(
        "--format",
        choices=FINDING_FORMATS,
        help=translate("CommandLine", "the file format"),
    )
    p.epilog = translate(
        "CommandLine",
        "Without --format the file format is the one the name of --out ends in (.csv, .xlsx, "
        ".geojson or .kml); with it, the name must end in that format's suffix. In GeoJSON and "
        "KML a finding without a position of its own is placed at its party's; one whose party "
        "has none either is left out, and the summary says how many. Filters that cannot match "
        "(an unknown basin, --from after --to) and an export that matches nothing are errors: "
        "no file is written or replaced.",
    )
    add_output_options(p, "FILE", translate("CommandLine", "the file to write"))
    add_finding_filters(p)
    p = leaf(
        export,
        "notices",
        _export_notices,
        translate(
            "CommandLine",
            "the register of notices (number, stage, dates, deadline, party, findings, "
            "officer) to CSV or XLSX",
        ),
    )
    p.add_argument(
        "--format",
        choices=NOTICE_FORMATS,
        help=translate("CommandLine", "the file format"),
    )
    p.epilog = translate(
        "CommandLine",
        "Without --format the file format is the one the name of --out ends in (.csv or "
        ".xlsx); with it, the name must end in that format's suffix. An export that matches "
        "no notice is an error: no file is written or replaced.",
    )
    add_output_options(p, "FILE", translate("CommandLine", "the file to write"))
    p.add_argument(
        "--stage",
        action="append",
        choices=[s.value for s in NoticeStatus],
        dest="stages",
        help=translate("CommandLine", "only notices at this stage (repeat for several)"),
    )
    p.add_argument(
        "--party", metavar="ID", help=translate("CommandLine", "only this party's notices")
    )


def add_finding_filters(p: argparse.ArgumentParser) -> None:
    """The finding list's filters as options (read back by :func:`finding_query`)."""
    p.add_argument(
        "--query",
        default="",
        metavar="TEXT",
        help=translate("CommandLine", "words that must all occur (Chinese or not)"),
    )
    p.add_argument("--basin", metavar="NAME", help=translate("CommandLine", "basin code or name"))
    p.add_argument(
        "--region",
        metavar="CODE",
        help=translate("CommandLine", "the party's GB/T 2260 region, or a prefix of it"),
    )
    p.add_argument(
        "--category", metavar="CODE", help=translate("CommandLine", "code from 'category list'")
    )
    p.add_argument(
        "--severity",
        choices=[s.value for s in Severity],
        help=translate("CommandLine", "how serious it is"),
    )
    p.add_argument(
        "--status",
        choices=[s.value for s in FindingStatus],
        help=translate("CommandLine", "where the finding stands"),
    )
    p.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        help=translate("CommandLine", "observed on or after this date, YYYY-MM-DD"),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        help=translate("CommandLine", "observed on or before this date, YYYY-MM-DD"),
    )
    p.add_argument(
        "--officer", metavar="ID", help=translate("CommandLine", "recorded by this officer")
    )
    p.add_argument("--party", metavar="ID", help=translate("CommandLine", "the party concerned"))
    p.add_argument("--patrol", metavar="ID", help=translate("CommandLine", "the patrol"))
    p.add_argument(
        "--overdue",
        action="store_true",
        default=None,
        help=translate("CommandLine", "only findings of a notice past its deadline"),
    )


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(Msg.TIME_NOT_A_DATE(field=option, value=value)) from None


def finding_query(args: argparse.Namespace) -> Any:
    """The ``FindingQuery`` of the filter options (:func:`add_finding_filters`).

    Raises:
        ValidationError: a date is not ``YYYY-MM-DD``.
    """
    from inspect_app.storage.search import FindingQuery

    return FindingQuery(
        text=args.query or "",
        basin=args.basin,
        region=args.region,
        date_from=_date(args.date_from, "--from"),
        date_to=_date(args.date_to, "--to"),
        category=args.category,
        severity=args.severity,
        status=args.status,
        officer=args.officer,
        party=args.party,
        patrol=args.patrol,
        overdue=args.overdue,
    )


def _words(args: argparse.Namespace) -> Any:
    from inspect_app.exports.rows import Words

    language = current_language()  # --lang, else the locale (chosen before parsing)
    return Words(render=lambda message: render(message, language), chinese=language == CHINESE)


def _summary(summary: Any) -> dict[str, Any]:
    return {**summary.as_json(), "summary": summary.message()}


def _export_findings(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.exports.jobs import export_findings

    # the query, the name and an empty result are checked by the export itself (one rule)
    done = export_findings(
        store, args.out, args.format, finding_query(args), _words(args), bool(args.force)
    )
    return _summary(done)


def _export_notices(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.exports.jobs import export_notices
    from inspect_app.exports.rows import NoticeFilter

    only = NoticeFilter(stages=tuple(args.stages or ()), party=args.party)
    done = export_notices(store, args.out, args.format, only, _words(args), bool(args.force))
    return _summary(done)

"""The scriptable command line: the same services as the window, for office scripts and tests.

Contract (office scripts rely on these names)::

    inspect-app [--data-dir DIR] [--as OFFICER_ID] [--json] [--lang zh_CN|en] COMMAND …

With ``--json`` every command prints one JSON object on stdout. Errors print one line on
stderr and exit 1 (2 for usage errors); a traceback is never shown (it goes to the log).
Output cut short by the reader (``inspect-app … | head``) ends quietly with exit 141.

Errors and refusals are in the language of ``--lang``, else of the locale (``LANG`` …, see
:mod:`inspect_app.cli.messages`). JSON keeps the English text and adds, for a keyed message,
its ``message_id`` and ``params``: a user error with ``--json`` also prints
``{"error": …, "message_id": …, "params": {…}}`` on stdout (``message_id`` null while that
error is not keyed yet), and each refused file of ``errors`` carries them next to ``reason``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inspect_app import __version__
from inspect_app.cli import documents, records
from inspect_app.cli.inputs import add_output_options, one_line, output_path
from inspect_app.cli.messages import cli_language, render
from inspect_app.domain.errors import InspectError, NotFoundError, ValidationError
from inspect_app.domain.messages import ENGLISH, LANGUAGES, Message, Msg
from inspect_app.domain.progress import CancelFlag
from inspect_app.domain.records import Agency
from inspect_app.notices.draft import draft_notice
from inspect_app.paths import default_data_dir
from inspect_app.photos.importer import run_import
from inspect_app.photos.ingest import IngestedPhoto
from inspect_app.storage import findings, hygiene, patrols, receive, registry
from inspect_app.storage.reference_data import reference
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, replicas

log = logging.getLogger(__name__)
OFFICER_ENV = "INSPECT_APP_OFFICER"
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a command cut off by `head`
_ERROR_MESSAGES = "_error_messages"
"""Result key (dropped before printing) of the keyed messages of the refused files."""

_language = ENGLISH
"""The language errors are printed in (set by :func:`main` from ``--lang`` or the locale)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Print one usage line and exit 2 (argparse's convention for usage errors)."""
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message}\n")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    sup = argparse.SUPPRESS
    common.add_argument("--data-dir", default=sup, help="store folder (default: per-user)")
    common.add_argument(
        "--as",
        dest="acting",
        default=sup,
        metavar="OFFICER_ID",
        help="the officer acting (default: $INSPECT_APP_OFFICER or 'officer use')",
    )
    common.add_argument("--json", action="store_true", default=sup, help="print one JSON object")
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=sup,
        help="language of errors (default: the locale, LANG / LC_MESSAGES)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser (``command`` is None when no command was given)."""
    common = _common()
    parser = _Parser(
        prog="inspect-app",
        parents=[common],
        description="Field inspections and rectification notices. "
        "Without a command the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"inspect-app {__version__}")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation (resources, fonts, translations, SQLite, Qt, a scratch "
        "store, a signed PDF, a HEIC photo): one line per item, exit 0 when all pass",
    )
    parser.add_argument("--self-check-qt", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    def group(name: str, help_text: str) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        sub = commands.add_parser(name, help=help_text)
        return sub.add_subparsers(dest="action", required=True, parser_class=_Parser)

    def leaf(grp: Any, name: str, func: Callable[..., dict[str, Any]], help_text: str) -> Any:
        p = grp.add_parser(name, help=help_text, parents=[common])
        p.set_defaults(func=func)
        return p

    agency = group("agency", "issuing agencies")
    p = leaf(agency, "add", _agency_add, "add an agency")
    p.add_argument("--name", required=True)
    p.add_argument("--code", required=True, help="short code for document numbers, e.g. 遂环")
    p.add_argument("--region", required=True, help="GB/T 2260 region code, e.g. 510900")
    p.add_argument("--reconsideration-body", help="the government hearing 行政复议")
    p.add_argument("--litigation-court", help="the court hearing 行政诉讼")
    leaf(agency, "list", _agency_list, "list agencies")
    p = leaf(agency, "edit", _agency_edit, "change an agency")
    p.add_argument("id")
    p.add_argument("--name")
    p.add_argument("--code", help="short code for document numbers (numbers issued keep theirs)")
    p.add_argument("--region", help="GB/T 2260 region code")
    p.add_argument("--reconsideration-body", help="the government hearing 行政复议")
    p.add_argument("--litigation-court", help="the court hearing 行政诉讼")
    documents.add_agency_commands(agency, leaf)

    officer = group("officer", "enforcement officers")
    p = leaf(officer, "add", _officer_add, "add an officer")
    p.add_argument("--name", required=True)
    p.add_argument("--cert", required=True, help="enforcement certificate number (执法证号)")
    p.add_argument("--agency", required=True, metavar="ID")
    p.add_argument("--role", choices=["inspector", "lead"], default="inspector")
    leaf(officer, "list", _officer_list, "list officers")
    p = leaf(officer, "use", _officer_use, "act as this officer on this laptop from now on")
    p.add_argument("id")

    category = group("category", "finding categories")
    leaf(category, "list", _category_list, "list finding categories and their legal basis")
    basin = group("basin", "cross-border river basins")
    leaf(basin, "list", _basin_list, "list river basins")

    site = group("site", "sites / parties")
    p = leaf(site, "add", _site_add, "add a site (party)")
    p.add_argument("--name", required=True)
    p.add_argument("--credit-code", help="unified social credit code (GB 32100-2015)")
    p.add_argument("--address")
    p.add_argument("--legal-rep")
    p.add_argument("--region", help="GB/T 2260 code")
    p.add_argument("--lat", help="WGS84 latitude, decimal degrees")
    p.add_argument("--lon", help="WGS84 longitude, decimal degrees")
    p = leaf(site, "edit", _site_edit, "change a site ('' clears an optional field)")
    p.add_argument("id")
    p.add_argument("--name")
    p.add_argument("--credit-code", help="unified social credit code (GB 32100-2015)")
    p.add_argument("--address")
    p.add_argument("--legal-rep")
    p.add_argument("--region", help="GB/T 2260 code")
    p.add_argument("--lat", help="WGS84 latitude, decimal degrees (with --lon)")
    p.add_argument("--lon", help="WGS84 longitude, decimal degrees (with --lat)")
    p = leaf(site, "list", _site_list, "list or search sites")
    p.add_argument("--search", default="")

    patrol = group("patrol", "patrols")
    p = leaf(patrol, "add", _patrol_add, "start a patrol")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--basin", required=True, help="basin code or name (see 'basin list')")
    p.add_argument("--officer", action="append", required=True, metavar="ID", dest="officers")
    p.add_argument("--area")
    p.add_argument("--purpose")
    leaf(patrol, "list", _patrol_list, "list patrols")

    finding = group("finding", "findings")
    p = leaf(finding, "add", _finding_add, "log a finding")
    p.add_argument("--patrol", required=True, metavar="ID")
    p.add_argument("--site", metavar="ID")
    p.add_argument("--category", required=True, help="code from 'category list'")
    p.add_argument("--description", default=None)
    p.add_argument("--severity", choices=["minor", "major", "serious"], default="minor")
    p.add_argument("--observed-at", help="ISO 8601 local time, e.g. 2026-05-01T10:30:00+08:00")
    p.add_argument("--legal-basis")
    p.add_argument("--photo", action="extend", nargs="+", default=[], metavar="FILE")
    p = leaf(finding, "edit", _finding_edit, "change a finding")
    p.add_argument("id")
    for name in ("description", "category", "site", "observed-at", "legal-basis", "lat", "lon"):
        p.add_argument(f"--{name}")
    p.add_argument("--severity", choices=["minor", "major", "serious"])
    p.add_argument("--status", choices=["open", "notified", "rectified", "closed"])
    p = leaf(finding, "show", _finding_show, "show a finding, its photos and history")
    p.add_argument("id")
    p = leaf(finding, "list", _finding_list, "list a patrol's findings")
    p.add_argument("--patrol", required=True, metavar="ID")
    p = leaf(finding, "withdraw", _finding_withdraw, "withdraw a finding (kept in history)")
    p.add_argument("id")

    photo = group("photo", "evidence photos")
    p = leaf(photo, "import", _photo_import, "import photo files or folders into a finding")
    p.add_argument("--finding", required=True, metavar="ID")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR")

    notice = group("notice", "rectification notices")
    p = leaf(notice, "draft", _notice_draft, "draft a 责令改正违法行为决定书 PDF")
    p.add_argument(
        "--finding", action="extend", nargs="+", required=True, metavar="ID", dest="findings"
    )
    add_output_options(p, "FILE.pdf", "the draft's PDF")
    p.add_argument("--agency", metavar="ID", help="issuing agency (default: by the site's region)")
    p.add_argument("--order", help="what the party must do (default: by category)")
    p.add_argument("--deadline", help="YYYY-MM-DD")
    documents.add_commands(group, notice, leaf)
    records.add_commands(group, notice, leaf)

    replica = group("replica", "this laptop's sync identity and enrolled replicas")
    leaf(replica, "show", _replica_show, "show this replica's id and public key")
    leaf(replica, "list", _replica_list, "list the replicas known here")
    p = leaf(replica, "enroll", _replica_enroll, "enrol another replica (team lead)")
    p.add_argument("id")
    p.add_argument("public_key")
    p.add_argument("--label")
    p = leaf(
        replica,
        "reset",
        _replica_reset,
        "new identity for a cloned or restored laptop (then enrol it again)",
    )
    p.add_argument("--force", action="store_true", help="even if no clone was detected")
    p.add_argument(
        "--restored",
        action="store_true",
        help="this laptop was restored from a backup: also write again the ops of its other "
        "history (no other machine holds this identity)",
    )
    p = leaf(replica, "revoke", _replica_revoke, "revoke a replica (team lead)")
    p.add_argument("id")

    sync = group("sync", "exchange records by bundle file")
    p = leaf(sync, "export", _sync_export, "write a signed bundle file")
    add_output_options(p, "FILE", "the bundle file")
    p.add_argument(
        "--for",
        dest="for_replica",
        metavar="REPLICA",
        help="only what that replica is believed to lack",
    )
    p = leaf(sync, "import", _sync_import, "verify and apply a bundle file")
    p.add_argument("file", type=Path)
    for name, help_text in (
        ("push", "send the office hub the photos and ops it lacks"),
        ("pull", "fetch new ops and missing photos from the office hub"),
        ("both", "push, then pull"),
    ):
        p = leaf(sync, name, _sync_hub, help_text)
        p.add_argument("--hub", required=True, metavar="URL", help="e.g. http://10.0.0.5:8765")
        p.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    held = sync.add_parser("quarantine", help="ops set aside here: held or quarantined")
    held_cmds = held.add_subparsers(dest="quarantine_action", required=True, parser_class=_Parser)
    leaf(held_cmds, "list", _quarantine_list, "list every op not applied here, and why")
    leaf(held_cmds, "retry", _quarantine_retry, "judge every set-aside op again now")
    hub = group("hub", "run this store as the office hub")
    leaf(hub, "refusals", _hub_refusals, "requests the hub refused, counted per peer and reason")
    p = leaf(hub, "serve", _hub_serve, "serve push/pull over HTTP until Ctrl-C")
    p.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765)

    conflict = group("conflict", "sync conflicts")
    leaf(conflict, "list", _conflict_list, "list open and resolved conflicts")
    p = leaf(conflict, "resolve", _conflict_resolve, "resolve a conflict (team lead)")
    p.add_argument("id")
    p.add_argument("--value", required=True)

    db = group("db", "store maintenance")
    leaf(db, "digest", _db_digest, "hash of the synced content, to compare replicas")
    leaf(db, "check", _db_check, "check SQLite integrity and the op-log hash chain")
    p = leaf(db, "rebuild", _db_rebuild, "rebuild the tables from the op log")
    p.add_argument("--force", action="store_true", help="rebuild even if the chain is broken")
    leaf(db, "info", _db_info, "show where the store is and how big it is")
    return parser


# -- helpers -------------------------------------------------------------------------------------
def _acting_or_none(store: Store, args: argparse.Namespace) -> str | None:
    """The acting officer (``--as``, ``$INSPECT_APP_OFFICER``, 'officer use'), checked, or None.

    Raises:
        ValidationError: the officer named is not a live officer of this store.
    """
    officer = getattr(args, "acting", None) or os.environ.get(OFFICER_ENV)
    officer = officer or store.setting("current_officer")
    if not officer:
        return None
    try:
        registry.get_officer(store, officer)
    except NotFoundError:
        raise ValidationError(f"no officer {officer} in this store: see 'officer list'") from None
    return officer


def _acting(store: Store, args: argparse.Namespace) -> str:
    officer = _acting_or_none(store, args)
    if not officer:
        if registry.list_officers(store):
            raise ValidationError(
                "no officer chosen on this laptop: choose who you are with 'officer use ID' "
                "(see 'officer list'), or pass --as OFFICER_ID"
            )
        raise ValidationError("no officer yet: add one with 'officer add', or pass --as OFFICER_ID")
    return officer


def _photo_json(item: IngestedPhoto) -> dict[str, Any]:
    facts = item.facts
    return {
        "file": str(item.source),
        "sha256": item.sha256,
        "taken_at": facts.taken_at,
        "latitude": facts.latitude,
        "longitude": facts.longitude,
        "altitude": facts.altitude,
        "orientation": facts.orientation,
        "width": facts.width,
        "height": facts.height,
        "camera": " ".join(filter(None, [facts.camera_make, facts.camera_model])) or None,
        "gps_status": facts.gps_status,
        "damaged": facts.damaged,
        "duplicate": not item.created,
    }


def _require_paths(paths: Sequence[str]) -> None:
    """Refuse before anything is written when a named photo path does not exist."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise ValidationError(Msg.PHOTO_PATHS_MISSING(paths=", ".join(missing)))


def _import(store: Store, officer: str, finding_id: str, paths: Sequence[str]) -> dict[str, Any]:
    missing = [p for p in paths if not Path(p).exists()]
    report = run_import(
        store, officer, finding_id, [Path(p) for p in paths if p not in missing], CancelFlag()
    )
    refused = [(p, Msg.PHOTO_NO_SUCH_PATH()) for p in missing]
    refused += [(str(r.source), r.message) for r in report.refused]
    return {
        "photos": [_photo_json(p) for p in report.imported],
        "errors": [_refused_json(file, message) for file, message in refused],
        _ERROR_MESSAGES: refused,
    }


def _refused_json(file: str, message: Message) -> dict[str, Any]:
    """One refused file for ``errors``: the English reason, its message id and parameters."""
    return {
        "file": file,
        "reason": message.english(),
        "message_id": message.id,
        "params": message.json_params(),
    }


# -- commands ------------------------------------------------------------------------------------
def _agency_add(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    acting = _acting_or_none(store, args)
    agency = registry.add_agency(
        store,
        args.name,
        args.code,
        args.region,
        args.reconsideration_body,
        args.litigation_court,
        acting,
    )
    return _agency_json(agency)


def _agency_json(agency: Agency) -> dict[str, Any]:
    """An agency without its seal image (base64 PNG): ``seal`` says whether it has one."""
    fields = {k: v for k, v in asdict(agency).items() if k != "seal_png"}
    return {**fields, "seal": bool(agency.seal_png)}


def _agency_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"agencies": [_agency_json(a) for a in registry.list_agencies(store)]}


def _given(args: argparse.Namespace, names: dict[str, str], what: str) -> dict[str, Any]:
    """The fields given as options (argparse dest -> field); refuses an empty change."""
    fields = {f: getattr(args, a) for a, f in names.items() if getattr(args, a) is not None}
    if not fields:
        options = ", ".join("--" + a.replace("_", "-") for a in names)
        raise ValidationError(f"nothing to change: give at least one of {options} ({what})")
    return fields


def _agency_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    names = {
        "name": "name",
        "code": "code",
        "region": "region",
        "reconsideration_body": "reconsideration_body",
        "litigation_court": "litigation_court",
    }
    fields = _given(args, names, "the seal: 'agency seal ID --png FILE'")
    return _agency_json(registry.edit_agency(store, _acting(store, args), args.id, **fields))


def _officer_add(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    acting = _acting_or_none(store, args)
    officer = registry.add_officer(store, args.name, args.cert, args.agency, args.role, acting)
    return asdict(officer)


def _officer_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    current = store.setting("current_officer")
    return {"current": current, "officers": [asdict(o) for o in registry.list_officers(store)]}


def _officer_use(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = registry.get_officer(store, args.id)
    store.set_setting("current_officer", officer.id)
    return asdict(officer)


def _category_list(store: Store | None, args: argparse.Namespace) -> dict[str, Any]:
    cats = reference().categories
    return {"codes": [c.code for c in cats], "categories": [asdict(c) for c in cats]}


def _basin_list(store: Store | None, args: argparse.Namespace) -> dict[str, Any]:
    basins = reference().basins
    return {"codes": [b.code for b in basins], "basins": [asdict(b) for b in basins]}


def _site_add(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    site = registry.add_site(
        store,
        _acting(store, args),
        args.name,
        credit_code=args.credit_code,
        address=args.address,
        legal_representative=args.legal_rep,
        region=args.region,
        latitude=args.lat,
        longitude=args.lon,
    )
    return asdict(site)


def _site_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    if (args.lat is None) != (args.lon is None):
        raise ValidationError("give a position as both --lat and --lon")
    names = {
        "name": "name",
        "credit_code": "credit_code",
        "address": "address",
        "legal_rep": "legal_representative",
        "region": "region",
        "lat": "latitude",
        "lon": "longitude",
    }
    fields = _given(args, names, "'' clears an optional field")
    fields = {k: (v if k == "name" or v.strip() else None) for k, v in fields.items()}
    return asdict(registry.edit_site(store, _acting(store, args), args.id, **fields))


def _site_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"sites": [asdict(s) for s in registry.find_sites(store, args.search, limit=1000)]}


def _patrol_add(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    patrol = patrols.add_patrol(
        store, _acting(store, args), args.date, args.basin, args.officers, args.area, args.purpose
    )
    return asdict(patrol)


def _patrol_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"patrols": [asdict(p) for p in patrols.list_patrols(store)]}


def _finding_add(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    _require_paths(args.photo)
    finding = findings.add_finding(
        store,
        officer,
        args.patrol,
        args.category,
        site_id=args.site,
        description=args.description,
        observed_at=args.observed_at,
        severity=args.severity,
        legal_basis=args.legal_basis,
    )
    result: dict[str, Any] = {"photos": [], "errors": [], _ERROR_MESSAGES: []}
    if args.photo:
        result = _import(store, officer, finding.id, args.photo)
    finding = findings.get_finding(store, finding.id)
    out = {**asdict(finding), **result}
    _refusals_later(out)
    return out


def _refusals_later(result: dict[str, Any]) -> None:
    """Mark a result whose refused files must turn into exit 1 after it is printed."""
    result["_exit_error"] = bool(result.get("errors"))


def _finding_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    names = {
        "description": "description",
        "category": "category",
        "site": "site_id",
        "observed_at": "observed_at",
        "legal_basis": "legal_basis",
        "lat": "latitude",
        "lon": "longitude",
        "severity": "severity",
        "status": "status",
    }
    fields = {f: getattr(args, a) for a, f in names.items() if getattr(args, a) is not None}
    if not fields:
        raise ValidationError(
            "nothing to change: give at least one of --description, "
            "--severity, --status, --category, --site …"
        )
    return asdict(findings.edit_finding(store, _acting(store, args), args.id, **fields))


def _finding_show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    finding = findings.get_finding(store, args.id)
    return {
        **asdict(finding),
        "photos": [asdict(p) for p in findings.photos_of(store, finding.id)],
        "history": [op.body() | {"op_id": op.op_id} for op in store.history("finding", args.id)],
    }


def _finding_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    patrols.get_patrol(store, args.patrol)
    ids = findings.finding_ids(store, args.patrol)
    return {"findings": [asdict(findings.get_finding(store, i)) for i in ids]}


def _finding_withdraw(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    findings.withdraw_finding(store, _acting(store, args), args.id)
    return {"id": args.id, "withdrawn": True}


def _photo_import(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    officer = _acting(store, args)
    findings.get_finding(store, args.finding)
    result = _import(store, officer, args.finding, args.paths)
    out = {"id": args.finding, **result}
    _refusals_later(out)
    return out


def _notice_draft(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    out = output_path(store, args)
    result = draft_notice(
        store,
        _acting(store, args),
        args.findings,
        out,
        agency_id=args.agency,
        order=args.order,
        deadline=args.deadline,
        overwrite=args.force,
    )
    return {
        "id": result.notice.id,
        "path": str(result.path),
        "warnings": result.warnings,
        "findings": list(result.notice.finding_ids),
    }


def _replica_show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"id": store.replica_id, "public_key": store.public_key}


def _replica_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"replicas": [asdict(r) for r in replicas.list_replicas(store)]}


def _replica_enroll(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    acting = _acting_or_none(store, args)
    return asdict(replicas.enroll(store, acting, args.id, args.public_key, args.label))


def _replica_reset(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    blocked = store.setting("write_blocked")
    if not blocked and not args.force:
        raise ValidationError(
            "no clone or restore was detected on this laptop; use --force to "
            "give it a new identity anyway"
        )
    done = store.reset_identity(adopt_other_history=args.restored)
    new = done.replica_id
    return {
        "id": new,
        "public_key": store.public_key,
        "previous_id": done.previous_id,
        "rewritten": done.rewritten,
        "not_rewritten": done.not_rewritten,
        "next_step": f"a team lead enrols it: replica enroll {new} {store.public_key}",
    }


def _replica_revoke(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return asdict(replicas.revoke(store, _acting(store, args), args.id))


def _sync_export(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    out = output_path(store, args)
    if args.for_replica and not store.exists("replica", args.for_replica, include_withdrawn=True):
        raise ValidationError(
            f"no replica {args.for_replica} is known here: see 'replica list' (or leave out "
            "--for to export everything)"
        )
    report = bundle.export_bundle(store, out, args.for_replica, force=args.force)
    return asdict(report)


def _sync_import(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    report = asdict(bundle.import_bundle(store, args.file))
    report["_exit_error"] = bool(receive.news(report["quarantined"]))
    return report


def _sync_hub(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.sync import hub_client  # httpx only when syncing with a hub

    run_sync = {"push": hub_client.push, "pull": hub_client.pull, "both": hub_client.both}
    report = run_sync[args.action](store, args.hub, timeout=args.timeout)
    report["_exit_error"] = not report["ok"]
    return report


def _quarantine_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"set_aside": receive.set_aside(store)}


def _quarantine_retry(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    report = receive.retry(store)
    return {"released": report.released, "set_aside": len(receive.set_aside(store))}


def _hub_refusals(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.sync.hub_refusals import read_refusals

    def stamp(seconds: float) -> str:
        return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")

    return {
        "refusals": [
            asdict(r) | {"first_seen": stamp(r.first_seen), "last_seen": stamp(r.last_seen)}
            for r in read_refusals(store.data_dir)
        ]
    }


def _hub_serve(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.sync import hub  # starlette/uvicorn only when serving

    hub.serve(store, args.host, args.port)
    return {"replica_id": store.replica_id, "stopped": True}


def _conflict_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"conflicts": conflicts.list_conflicts(store)}


def _conflict_resolve(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return conflicts.resolve(store, _acting(store, args), args.id, args.value)


def _db_digest(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"digest": conflicts.store_digest(store), "ops": store.op_count()}


def _db_check(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    report = store.check()
    tidy = hygiene.check_data_dir(store.data_dir)
    out = {
        "ok": report.ok and not tidy.problems,
        "ops": report.op_count,
        "integrity": report.integrity,
        "tables_match_log": report.tables_match_log,
        "chain_breaks": [asdict(b) for b in report.chain_breaks],
        "photo_problems": [{"sha256": sha, "problem": why} for sha, why in report.photo_problems],
        # set aside by design, not breaks (see 'sync quarantine list'): ops held in the log
        # and kept outside it, by code; forked replicas; chains still waiting for ops
        "set_aside": {
            "held": report.held,
            "quarantined": report.quarantined,
            "forks": report.forks,
            "waiting_gaps": report.waiting_gaps,
        },
        "write_blocked": report.write_blocked,
        **_hygiene_json(store, tidy),
        "_exit_error": not report.ok or bool(tidy.problems),
    }
    return out


def _hygiene_json(store: Store, tidy: hygiene.HygieneReport) -> dict[str, Any]:
    """What ``db check`` says about the data folder's permissions and temporary files.

    ``permissions_tightened`` counts what was found looser than owner-only (and tightened
    now; the first 20 are named); ``temp_files`` lists the temporary files present (stale
    ones are removed when a store opens; a recent one may be another process's write);
    ``temp_files_removed`` what the opening of this store removed; ``hygiene_problems`` what
    could not be made owner-only or read (these fail the check).
    """
    now = time.time()
    temps = []
    for path in tidy.kept:
        try:
            info = path.stat()
        except OSError:
            continue  # finished or removed meanwhile
        rel = tidy.relative([path])[0]
        temps.append({"path": rel, "bytes": info.st_size, "age_seconds": int(now - info.st_mtime)})
    opened = getattr(store, "hygiene", None)  # set by Store.open when it tidies the folder
    removed = opened.relative(opened.removed) if isinstance(opened, hygiene.HygieneReport) else []
    return {
        "permissions_tightened": len(tidy.tightened),
        "permissions_examples": [str(c) for c in tidy.tightened[:20]],
        "temp_files": temps,
        "temp_files_removed": removed,
        "hygiene_problems": tidy.problems,
    }


def _db_rebuild(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    count = store.rebuild(force=args.force)
    return {"ops_applied": count, "digest": store.digest()}


def _db_info(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {
        "data_dir": str(store.data_dir),
        "replica_id": store.replica_id,
        "ops": store.op_count(),
    }


# -- output and entry ----------------------------------------------------------------------------
def _print_human(result: dict[str, Any]) -> None:
    for key, value in result.items():
        if isinstance(value, list):
            print(f"{key}: {len(value)}")
            for item in value:
                if isinstance(item, dict):
                    summary = "  ".join(f"{k}={v}" for k, v in item.items() if v not in (None, ""))
                    print(f"  - {summary}")
                else:
                    print(f"  - {item}")
        else:
            print(f"{key}: {value}")


_NO_STORE = {_category_list, _basin_list}


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; return the exit code. Raises InspectError for user errors."""
    func = args.func
    if func in _NO_STORE:
        result = func(None, args)
    else:
        explicit = getattr(args, "data_dir", None)
        if explicit is not None and not explicit.strip():
            raise ValidationError("--data-dir is empty: give the store folder")
        data_dir = default_data_dir(explicit)
        with Store.open(data_dir) as store:
            if getattr(args, "acting", None):
                _acting_or_none(store, args)  # a mistyped --as is an error for every command
            result = func(store, args)
    failed = bool(result.pop("_exit_error", False))
    refused: list[tuple[str, Message]] = result.pop(_ERROR_MESSAGES, [])
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, default=str))
    else:
        if "errors" in result:  # each reason in the reader's language, no ids
            result["errors"] = [{"file": f, "reason": render(m, _language)} for f, m in refused]
        _print_human(result)
    sys.stdout.flush()  # a reader that went away (`| head`) is seen here, not at exit
    if failed:
        if "errors" in result:
            for file, message in refused:
                _error(f"{file}: {render(message, _language)}")
        elif "quarantined" in result:
            for item in receive.news(result["quarantined"]):
                _error(f"op {item['op_id'][:12]} quarantined: {item['reason']}")
        elif "signatures" in result:
            print("error: the document's signatures are not all valid (see above)", file=sys.stderr)
        elif "chain_breaks" in result:
            for problem in result.get("hygiene_problems", []):
                _error(problem)
            print(
                "error: the store failed its check "
                "(see chain_breaks / integrity / photo_problems / hygiene_problems)",
                file=sys.stderr,
            )
        return 1
    return 0


def _error(message: str) -> None:
    """Print one error line on stderr (a multi-line message is joined with "; ")."""
    print(f"error: {one_line(message)}", file=sys.stderr)


def _report(exc: InspectError, json_mode: bool) -> None:
    """Print a user error: one line on stderr, in the reader's language.

    With ``--json`` also one JSON object on stdout: the English text, the message id and the
    parameters (a null id and no parameters while the error is not keyed yet).
    """
    keyed = exc.keyed_message
    _error(render(keyed, _language) if keyed is not None else str(exc))
    if json_mode:
        out = {
            "error": str(exc),
            "message_id": keyed.id if keyed is not None else None,
            "params": keyed.json_params() if keyed is not None else {},
        }
        try:
            print(json.dumps(out, ensure_ascii=False), flush=True)
        except BrokenPipeError:
            _quiet_stdout()


def _quiet_stdout() -> None:
    """Send what is left of stdout to the null device: the reader has gone (`| head`)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Parse ``argv`` and run the command; never raises (errors → stderr, exit 1)."""
    global _language
    parser = build_parser()
    args = parser.parse_args(argv)
    _language = cli_language(getattr(args, "lang", None))
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return run(args)
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except InspectError as exc:
        _report(exc, bool(getattr(args, "json", False)))
        return 1
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except OSError as exc:
        _error(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return 1
    except Exception as exc:  # noqa: BLE001 - the last guard: no traceback in the user's face
        log.exception("unexpected error")
        _error(f"unexpected {type(exc).__name__}: {exc} (details in the log)")
        return 1

"""The scriptable command line: the same services as the window, for office scripts and tests.

Contract (office scripts rely on these names)::

    inspect-app [--data-dir DIR] [--as OFFICER_ID] [--json] [--lang zh_CN|en] COMMAND …

With ``--json`` every command prints one JSON object on stdout. Errors print one line on
stderr and exit 1 (2 for usage errors); a traceback is never shown (it goes to the log).
Output cut short by the reader (``inspect-app … | head``) ends quietly with exit 141.

Everything a person reads — the help, usage lines and argparse's own errors, the command
line's errors (``error: …``, ``错误：…``), prompts and warnings — is in the language of
``--lang``, else of the locale (``LANG`` …, see :mod:`inspect_app.cli.messages`); ``--lang``
is read before the arguments are parsed (:func:`choose_language`), and also sets the
window's language for that run. Help strings are context ``CommandLine`` of the catalog
(``translate("CommandLine", …)`` where each option is declared); the command line's own
sentences are ``CliMsg`` (``inspect_app.domain.messages.cli``); argparse's words are
translated by :mod:`inspect_app.cli.parsing`.

JSON keeps the English text and adds, for a keyed message, its ``message_id`` and
``params``: a user error with ``--json`` also prints
``{"error": …, "message_id": …, "params": {…}}`` on stdout (``message_id`` null while that
error is not keyed yet), each refused file of ``errors`` carries them next to ``reason``, and
a keyed value in a result (a warning, a next step) is ``{"text": …, "message_id": …,
"params": {…}}``. A usage error (exit 2) is the usage and a line on stderr; with ``--json``
also ``{"error": …, "message_id": "cli.usage_error", "params": {"message": …}}`` on stdout.
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
from inspect_app.cli import (
    documents,
    evidence,
    exports,
    finding_list,
    hub_migrating,
    joining,
    laws,
    mending,
    photo_evidence,
    protection,
    records,
    scoping,
    serving,
)
from inspect_app.cli.human import print_human
from inspect_app.cli.inputs import add_output_options, one_line, output_path
from inspect_app.cli.messages import (
    argv_language,
    cli_language,
    render,
    say,
    translate,
    use_language,
)
from inspect_app.cli.parsing import Parser
from inspect_app.cli.revocation import add_hub_tsa_options, hub_tsa_service
from inspect_app.cli.sync_output import fetch_kind, in_words, set_aside_reason, shaped
from inspect_app.domain.errors import InspectError, NotFoundError, ValidationError
from inspect_app.domain.messages import ENGLISH, LANGUAGES, Message, Msg
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.progress import CancelFlag
from inspect_app.domain.records import Agency
from inspect_app.notices.draft import draft_notice
from inspect_app.paths import default_data_dir
from inspect_app.photos.importer import run_import
from inspect_app.photos.ingest import IngestedPhoto
from inspect_app.storage import finding_status, findings, hygiene, patrols, receive, registry
from inspect_app.storage.reference_data import reference
from inspect_app.storage.scope_words import absent_error
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, conflicts, replicas

log = logging.getLogger(__name__)
OFFICER_ENV = "INSPECT_APP_OFFICER"
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a command cut off by `head`
_ERROR_MESSAGES = "_error_messages"
"""Result key (dropped before printing) of the keyed messages of the refused files."""
_HYGIENE_MESSAGES = "_hygiene_messages"
"""Result key (dropped before printing) of ``db check``'s keyed hygiene problems (stderr)."""

_language = ENGLISH
"""The language errors are printed in (set by :func:`main` from ``--lang`` or the locale)."""


def choose_language(argv: Sequence[str]) -> str:
    """Set the command line's language from ``argv``'s ``--lang``, else the locale; return it.

    Called before :func:`build_parser`: the help and argparse's errors are in that language
    (and, with ``--json``, a usage error also prints its JSON object).
    """
    global _language
    options = argv[: list(argv).index("--")] if "--" in argv else argv
    Parser.json_errors = "--json" in options
    _language = use_language(cli_language(argv_language(argv)))
    return _language


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    sup = argparse.SUPPRESS
    common.add_argument(
        "--data-dir",
        default=sup,
        help=translate("CommandLine", "store folder (default: per-user)"),
    )
    common.add_argument(
        "--as",
        dest="acting",
        default=sup,
        metavar="OFFICER_ID",
        help=translate(
            "CommandLine", "the officer acting (default: $INSPECT_APP_OFFICER or 'officer use')"
        ),
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=sup,
        help=translate("CommandLine", "print one JSON object"),
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=sup,
        help=translate(
            "CommandLine",
            "language of the help, the messages and the window (default: the locale, "
            "LANG / LC_MESSAGES; the window: the language chosen in it)",
        ),
    )
    protection.add_global_options(common)  # --store-passphrase-file, --no-encryption (issue 14)
    return common


def build_parser() -> argparse.ArgumentParser:
    """Return the command-line parser (``command`` is None when no command was given).

    Its help is in the command line's language, chosen before (:func:`choose_language`).
    """
    common = _common()
    parser = Parser(
        prog="inspect-app",
        parents=[common],
        description=translate(
            "CommandLine",
            "Field inspections and rectification notices. Without a command the window opens.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"inspect-app {__version__}",
        help=translate("CommandLine", "show the version and exit"),
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=translate(
            "CommandLine",
            "check this installation (resources, fonts, translations, SQLite, Qt, a scratch "
            "store, a signed PDF, a HEIC photo): one line per item, exit 0 when all pass",
        ),
    )
    parser.add_argument("--self-check-qt", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", parser_class=Parser)

    def group(name: str, help_text: str) -> argparse._SubParsersAction:  # type: ignore[type-arg]
        sub = commands.add_parser(name, help=help_text, description=help_text)
        return sub.add_subparsers(dest="action", required=True, parser_class=Parser)

    def leaf(grp: Any, name: str, func: Callable[..., dict[str, Any]], help_text: str) -> Any:
        p = grp.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(func=func)
        return p

    region_help = translate("CommandLine", "GB/T 2260 region code, e.g. 510900")
    body_help = translate("CommandLine", "the government hearing 行政复议")
    court_help = translate("CommandLine", "the court hearing 行政诉讼")
    agency = group("agency", translate("CommandLine", "issuing agencies"))
    p = leaf(agency, "add", _agency_add, translate("CommandLine", "add an agency"))
    p.add_argument("--name", required=True, help=translate("CommandLine", "the agency's name"))
    p.add_argument(
        "--code",
        required=True,
        help=translate("CommandLine", "short code for document numbers, e.g. 遂环"),
    )
    p.add_argument("--region", required=True, help=region_help)
    p.add_argument("--reconsideration-body", help=body_help)
    p.add_argument("--litigation-court", help=court_help)
    leaf(agency, "list", _agency_list, translate("CommandLine", "list agencies"))
    p = leaf(agency, "edit", _agency_edit, translate("CommandLine", "change an agency"))
    p.add_argument("id", help=translate("CommandLine", "the agency's id"))
    p.add_argument("--name", help=translate("CommandLine", "the agency's name"))
    p.add_argument(
        "--code",
        help=translate(
            "CommandLine", "short code for document numbers (numbers issued keep theirs)"
        ),
    )
    p.add_argument("--region", help=translate("CommandLine", "GB/T 2260 region code"))
    p.add_argument("--reconsideration-body", help=body_help)
    p.add_argument("--litigation-court", help=court_help)
    documents.add_agency_commands(agency, leaf)

    officer = group("officer", translate("CommandLine", "enforcement officers"))
    p = leaf(officer, "add", _officer_add, translate("CommandLine", "add an officer"))
    p.add_argument("--name", required=True, help=translate("CommandLine", "the officer's name"))
    p.add_argument(
        "--cert",
        required=True,
        help=translate("CommandLine", "enforcement certificate number (执法证号)"),
    )
    p.add_argument(
        "--agency",
        required=True,
        metavar="ID",
        help=translate("CommandLine", "the officer's agency"),
    )
    p.add_argument(
        "--role",
        choices=["inspector", "lead"],
        default="inspector",
        help=translate("CommandLine", "inspector (default) or team lead"),
    )
    leaf(officer, "list", _officer_list, translate("CommandLine", "list officers"))
    p = leaf(
        officer,
        "use",
        _officer_use,
        translate("CommandLine", "act as this officer on this laptop from now on"),
    )
    p.add_argument("id", help=translate("CommandLine", "the officer's id"))

    category = group("category", translate("CommandLine", "finding categories"))
    leaf(
        category,
        "list",
        _category_list,
        translate("CommandLine", "list finding categories and their legal basis"),
    )
    basin = group("basin", translate("CommandLine", "cross-border river basins"))
    leaf(basin, "list", _basin_list, translate("CommandLine", "list river basins"))

    site = group("site", translate("CommandLine", "sites / parties"))
    credit_help = translate("CommandLine", "unified social credit code (GB 32100-2015)")
    address_help = translate("CommandLine", "the party's address")
    legal_rep_help = translate("CommandLine", "the party's legal representative")
    region_code_help = translate("CommandLine", "GB/T 2260 code")
    p = leaf(site, "add", _site_add, translate("CommandLine", "add a site (party)"))
    p.add_argument("--name", required=True, help=translate("CommandLine", "the party's name"))
    p.add_argument("--credit-code", help=credit_help)
    p.add_argument("--address", help=address_help)
    p.add_argument("--legal-rep", help=legal_rep_help)
    p.add_argument("--region", help=region_code_help)
    p.add_argument("--lat", help=translate("CommandLine", "WGS84 latitude, decimal degrees"))
    p.add_argument("--lon", help=translate("CommandLine", "WGS84 longitude, decimal degrees"))
    p = leaf(
        site,
        "edit",
        _site_edit,
        translate("CommandLine", "change a site ('' clears an optional field)"),
    )
    p.add_argument("id", help=translate("CommandLine", "the site's id"))
    p.add_argument("--name", help=translate("CommandLine", "the party's name"))
    p.add_argument("--credit-code", help=credit_help)
    p.add_argument("--address", help=address_help)
    p.add_argument("--legal-rep", help=legal_rep_help)
    p.add_argument("--region", help=region_code_help)
    p.add_argument(
        "--lat", help=translate("CommandLine", "WGS84 latitude, decimal degrees (with --lon)")
    )
    p.add_argument(
        "--lon", help=translate("CommandLine", "WGS84 longitude, decimal degrees (with --lat)")
    )
    p = leaf(site, "list", _site_list, translate("CommandLine", "list or search sites"))
    p.add_argument(
        "--search",
        default="",
        help=translate("CommandLine", "part of a name or credit code"),
    )

    patrol = group("patrol", translate("CommandLine", "patrols"))
    p = leaf(patrol, "add", _patrol_add, translate("CommandLine", "start a patrol"))
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument(
        "--basin",
        required=True,
        help=translate("CommandLine", "basin code or name (see 'basin list')"),
    )
    p.add_argument(
        "--officer",
        action="append",
        required=True,
        metavar="ID",
        dest="officers",
        help=translate("CommandLine", "an officer on the patrol (repeat for each)"),
    )
    p.add_argument("--area", help=translate("CommandLine", "the area patrolled"))
    p.add_argument("--purpose", help=translate("CommandLine", "what the patrol is for"))
    leaf(patrol, "list", _patrol_list, translate("CommandLine", "list patrols"))

    finding = group("finding", translate("CommandLine", "findings"))
    severities = ["minor", "major", "serious"]
    p = leaf(finding, "add", _finding_add, translate("CommandLine", "log a finding"))
    p.add_argument(
        "--patrol", required=True, metavar="ID", help=translate("CommandLine", "the patrol")
    )
    p.add_argument("--site", metavar="ID", help=translate("CommandLine", "the party concerned"))
    p.add_argument(
        "--category", required=True, help=translate("CommandLine", "code from 'category list'")
    )
    p.add_argument("--description", default=None, help=translate("CommandLine", "what was found"))
    p.add_argument(
        "--severity",
        choices=severities,
        default="minor",
        help=translate("CommandLine", "how serious it is (default: minor)"),
    )
    p.add_argument(
        "--observed-at",
        help=translate("CommandLine", "ISO 8601 local time, e.g. 2026-05-01T10:30:00+08:00"),
    )
    p.add_argument(
        "--legal-basis",
        help=translate("CommandLine", "the provision violated (default: by category)"),
    )
    p.add_argument(
        "--photo",
        action="extend",
        nargs="+",
        default=[],
        metavar="FILE",
        help=translate("CommandLine", "evidence photos to import with it"),
    )
    p = leaf(finding, "edit", _finding_edit, translate("CommandLine", "change a finding"))
    p.add_argument("id", help=translate("CommandLine", "the finding's id"))
    p.add_argument("--description", help=translate("CommandLine", "what was found"))
    p.add_argument("--category", help=translate("CommandLine", "code from 'category list'"))
    p.add_argument("--site", help=translate("CommandLine", "the party concerned"))
    p.add_argument(
        "--observed-at",
        help=translate("CommandLine", "ISO 8601 local time, e.g. 2026-05-01T10:30:00+08:00"),
    )
    p.add_argument("--legal-basis", help=translate("CommandLine", "the provision violated"))
    p.add_argument("--lat", help=translate("CommandLine", "WGS84 latitude, decimal degrees"))
    p.add_argument("--lon", help=translate("CommandLine", "WGS84 longitude, decimal degrees"))
    p.add_argument(
        "--severity", choices=severities, help=translate("CommandLine", "how serious it is")
    )
    p.add_argument(
        "--status",
        choices=finding_status.STATUS_CHOICES,
        help=translate("CommandLine", "where the finding stands"),
    )
    p = leaf(
        finding,
        "status",
        _finding_status,
        translate(
            "CommandLine",
            "set a status no document sets: no violation found, or handed over to the local "
            "authority (移交属地); the others follow the decision's documents",
        ),
    )
    p.add_argument("id", help=translate("CommandLine", "the finding's id"))
    p.add_argument(
        "status",
        choices=finding_status.STATUS_CHOICES,
        help=translate("CommandLine", "no_violation, handed_over, or open to take one back"),
    )
    p.add_argument(
        "--authority",
        help=translate("CommandLine", "the receiving local authority (required for handed_over)"),
    )
    p.add_argument("--reason", help=translate("CommandLine", "why (required for handed_over)"))
    p = leaf(
        finding,
        "show",
        _finding_show,
        translate("CommandLine", "show a finding, its photos and history"),
    )
    p.add_argument("id", help=translate("CommandLine", "the finding's id"))
    finding_list.add_list_command(finding, leaf)
    mending.add_commands(patrol, finding, site, leaf)  # edit, move, withdraw, history

    photo = group("photo", translate("CommandLine", "evidence photos"))
    p = leaf(
        photo,
        "import",
        _photo_import,
        translate("CommandLine", "import photo files or folders into a finding"),
    )
    p.add_argument(
        "--finding", required=True, metavar="ID", help=translate("CommandLine", "the finding")
    )
    p.add_argument(
        "paths",
        nargs="+",
        metavar="FILE|DIR",
        help=translate("CommandLine", "photo files, or folders of them"),
    )
    photo_evidence.add_commands(photo, leaf)  # caption, order, annotate

    notice = group("notice", translate("CommandLine", "rectification notices"))
    p = leaf(
        notice,
        "draft",
        _notice_draft,
        translate("CommandLine", "draft a 责令改正违法行为决定书 PDF"),
    )
    p.add_argument(
        "--finding",
        action="extend",
        nargs="+",
        required=True,
        metavar="ID",
        dest="findings",
        help=translate("CommandLine", "the findings it covers (one party)"),
    )
    add_output_options(p, "FILE.pdf", translate("CommandLine", "the draft's PDF"))
    p.add_argument(
        "--agency",
        metavar="ID",
        help=translate("CommandLine", "issuing agency (default: by the site's region)"),
    )
    p.add_argument(
        "--order", help=translate("CommandLine", "what the party must do (default: by category)")
    )
    p.add_argument("--deadline", help="YYYY-MM-DD")
    documents.add_commands(group, notice, leaf)
    records.add_commands(group, notice, leaf)
    serving.serve_commands(notice, leaf)
    evidence.add_commands(group, leaf)  # a case's evidence register (issue 13)
    exports.add_commands(group, leaf)
    joining.add_commands(group, leaf)  # team offer / join / request / enrol
    laws.add_commands(group, leaf)  # law list / law show: the table decisions cite (issue 13)

    replica = group(
        "replica", translate("CommandLine", "this laptop's sync identity and enrolled replicas")
    )
    leaf(
        replica,
        "show",
        _replica_show,
        translate("CommandLine", "show this replica's id and public key"),
    )
    leaf(replica, "list", _replica_list, translate("CommandLine", "list the replicas known here"))
    p = leaf(
        replica,
        "enroll",
        _replica_enroll,
        translate("CommandLine", "enrol another replica (team lead)"),
    )
    p.add_argument("id", help=translate("CommandLine", "the replica's id"))
    p.add_argument("public_key", help=translate("CommandLine", "its public key"))
    p.add_argument("--label", help=translate("CommandLine", "a name for it, e.g. whose laptop"))
    p = leaf(
        replica,
        "reset",
        _replica_reset,
        translate(
            "CommandLine", "new identity for a cloned or restored laptop (then enrol it again)"
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CommandLine", "even if no clone was detected"),
    )
    p.add_argument(
        "--restored",
        action="store_true",
        help=translate(
            "CommandLine",
            "this laptop was restored from a backup: also write again the ops of its other "
            "history (no other machine holds this identity)",
        ),
    )
    p = leaf(
        replica, "revoke", _replica_revoke, translate("CommandLine", "revoke a replica (team lead)")
    )
    p.add_argument("id", help=translate("CommandLine", "the replica's id"))
    scoping.add_commands(replica, leaf)  # replica scope (issue 15)

    sync = group("sync", translate("CommandLine", "exchange records by bundle file"))
    p = leaf(sync, "export", _sync_export, translate("CommandLine", "write a signed bundle file"))
    add_output_options(p, "FILE", translate("CommandLine", "the bundle file"))
    p.add_argument(
        "--for",
        dest="for_replica",
        metavar="REPLICA",
        action="append",
        help=translate("CommandLine", "only what that replica is believed to lack"),
    )
    p.add_argument(
        "--unsealed",
        action="store_true",
        help=translate(
            "CommandLine",
            "do not encrypt the bundle, for a new laptop joining the team (a bundle is "
            "encrypted for the laptops it is for: each --for REPLICA, which may be repeated, "
            "else every enrolled laptop; and this one)",
        ),
    )
    p = leaf(
        sync, "import", _sync_import, translate("CommandLine", "verify and apply a bundle file")
    )
    p.add_argument("file", type=Path, help=translate("CommandLine", "the bundle file"))
    for name, help_text in (
        ("push", translate("CommandLine", "send the office hub the photos and ops it lacks")),
        ("pull", translate("CommandLine", "fetch new ops and missing photos from the office hub")),
        ("both", translate("CommandLine", "push, then pull")),
    ):
        p = leaf(sync, name, _sync_hub, help_text)
        _hub_options(p)
    p = leaf(  # issue 15: fetch on demand (sync/hub_scope_client.py)
        sync,
        "fetch",
        _sync_fetch,
        translate(
            "CommandLine",
            "fetch one record outside this laptop's scope from the office hub, with its photos;"
            " it is kept up to date from then on",
        ),
    )
    p.add_argument(
        "entity",
        metavar="KIND",
        help=translate(
            "CommandLine",
            "the kind of record: finding, patrol, site (a party), notice or inspection_record; "
            "its Chinese word is accepted too",
        ),
    )
    p.add_argument("id", help=translate("CommandLine", "the id of the record to fetch"))
    _hub_options(p)
    held_help = translate("CommandLine", "ops set aside here: held or quarantined")
    held = sync.add_parser("quarantine", help=held_help, description=held_help)
    held_cmds = held.add_subparsers(dest="quarantine_action", required=True, parser_class=Parser)
    leaf(
        held_cmds,
        "list",
        _quarantine_list,
        translate("CommandLine", "list every op not applied here, and why"),
    )
    leaf(
        held_cmds,
        "retry",
        _quarantine_retry,
        translate("CommandLine", "judge every set-aside op again now"),
    )
    hub = group("hub", translate("CommandLine", "run this store as the office hub"))
    leaf(
        hub,
        "refusals",
        _hub_refusals,
        translate("CommandLine", "requests the hub refused, counted per peer and reason"),
    )
    p = leaf(
        hub, "serve", _hub_serve, translate("CommandLine", "serve push/pull over HTTP until Ctrl-C")
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help=translate("CommandLine", "interface (default 127.0.0.1)"),
    )
    p.add_argument(
        "--port", type=int, default=8765, help=translate("CommandLine", "port (default 8765)")
    )
    add_hub_tsa_options(p)  # RFC 3161 TSA + B-LTA copies (issue 13, cli/revocation.py)
    p.add_argument(  # issue 15: the province hub's op log in PostgreSQL (sync/hub_pg.py)
        "--database",
        metavar="postgresql://…",
        help=translate(
            "CommandLine",
            "keep the hub's op log in this PostgreSQL database (several hub processes may share"
            " it); --data-dir is then this process's local cache",
        ),
    )
    p.add_argument(
        "--hub-key",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine",
            "with --database: the key file that seals the hub's identity (default hub.key in"
            " the data folder; created with the hub, copied to every hub process)",
        ),
    )
    p.add_argument(  # issue 15: the hub's photos (sync/hub_blobs.py)
        "--blobs",
        metavar="DIR|s3://bucket/prefix",
        help=translate(
            "CommandLine",
            "keep the hub's photos in this folder or S3-compatible bucket, shared by every hub"
            " process (default: the data folder); s3://bucket/prefix?endpoint=URL, credentials"
            " from the AWS_* environment variables",
        ),
    )
    hub_migrating.add_hub_migrate(hub, leaf)  # SQLite hub → PostgreSQL (issue 15)

    conflict = group("conflict", translate("CommandLine", "sync conflicts"))
    leaf(
        conflict,
        "list",
        _conflict_list,
        translate("CommandLine", "list open and resolved conflicts"),
    )
    p = leaf(
        conflict,
        "resolve",
        _conflict_resolve,
        translate("CommandLine", "resolve a conflict (team lead)"),
    )
    p.add_argument(
        "id", help=translate("CommandLine", "the conflict's id (or its first characters)")
    )
    p.add_argument(
        "--value",
        required=True,
        help=translate(
            "CommandLine", "the value that stands (for a withdrawal: withdrawn or keep)"
        ),
    )

    db = group("db", translate("CommandLine", "store maintenance"))
    leaf(
        db,
        "digest",
        _db_digest,
        translate("CommandLine", "hash of the synced content, to compare replicas"),
    )
    leaf(
        db,
        "check",
        _db_check,
        translate("CommandLine", "check SQLite integrity and the op-log hash chain"),
    )
    p = leaf(
        db, "rebuild", _db_rebuild, translate("CommandLine", "rebuild the tables from the op log")
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CommandLine", "rebuild even if the chain is broken"),
    )
    leaf(
        db, "info", _db_info, translate("CommandLine", "show where the store is and how big it is")
    )
    protection.add_db_commands(db, leaf)  # encrypt, passphrase, recover (issue 14)
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
        raise ValidationError(
            CliMsg.UNKNOWN_OFFICER(officer=officer, command="officer list")
        ) from None
    return officer


def _acting(store: Store, args: argparse.Namespace) -> str:
    officer = _acting_or_none(store, args)
    if not officer:
        if registry.list_officers(store):
            raise ValidationError(
                CliMsg.NO_OFFICER_CHOSEN(
                    use="officer use ID", list="officer list", option="--as OFFICER_ID"
                )
            )
        raise ValidationError(CliMsg.NO_OFFICER_YET(add="officer add", option="--as OFFICER_ID"))
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
    from inspect_app.storage.plausibility import import_warnings, warnings_as_dicts

    missing = [p for p in paths if not Path(p).exists()]
    report = run_import(
        store, officer, finding_id, [Path(p) for p in paths if p not in missing], CancelFlag()
    )
    refused = [(p, Msg.PHOTO_NO_SUCH_PATH()) for p in missing]
    refused += [(str(r.source), r.message) for r in report.refused]
    # What the photos just imported are doubtful about (the one rule, storage/plausibility.py).
    doubts = import_warnings(store, finding_id, [p.sha256 for p in report.imported])
    return {
        "photos": [_photo_json(p) for p in report.imported],
        "errors": [_refused_json(file, message) for file, message in refused],
        "warnings": warnings_as_dicts(doubts),
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


def _given(
    args: argparse.Namespace, names: dict[str, str], refusal: CliMsg, **params: str
) -> dict[str, Any]:
    """The fields given as options (argparse dest -> field); refuses an empty change.

    Raises:
        ValidationError: no field given (``refusal``, with the ``{options}`` to choose from
            and ``params``).
    """
    fields = {f: getattr(args, a) for a, f in names.items() if getattr(args, a) is not None}
    if not fields:
        options = ", ".join("--" + a.replace("_", "-") for a in names)
        raise ValidationError(refusal(options=options, **params))
    return fields


def _agency_edit(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    names = {
        "name": "name",
        "code": "code",
        "region": "region",
        "reconsideration_body": "reconsideration_body",
        "litigation_court": "litigation_court",
    }
    fields = _given(
        args, names, CliMsg.NOTHING_TO_CHANGE_AGENCY, command="agency seal ID --png FILE"
    )
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
    from inspect_app.domain.legal_citation import format_citation
    from inspect_app.storage.laws import law_table

    table = law_table()
    cats = reference().categories
    rows = []
    for category in cats:
        row = asdict(category)
        for name in ("violated_candidates", "basis_candidates"):
            candidates = getattr(category, name)
            # printed as the decision prints them; the default ones marked (*)
            row[name] = [
                format_citation(c.citation, table) + ("（*）" if c.default else "")
                for c in candidates
            ]
        rows.append(row)
    return {"codes": [c.code for c in cats], "categories": rows}


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
        raise ValidationError(CliMsg.POSITION_NEEDS_BOTH(lat="--lat", lon="--lon"))
    names = {
        "name": "name",
        "credit_code": "credit_code",
        "address": "address",
        "legal_rep": "legal_representative",
        "region": "region",
        "lat": "latitude",
        "lon": "longitude",
    }
    fields = _given(args, names, CliMsg.NOTHING_TO_CHANGE_SITE)
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
            CliMsg.NOTHING_TO_CHANGE(
                options="--description, --severity, --status, --category, --site"
            )
        )
    return asdict(findings.edit_finding(store, _acting(store, args), args.id, **fields))


def _finding_show(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.storage.plausibility import finding_warnings, warnings_as_dicts

    if not store.exists("finding", args.id.strip(), include_withdrawn=True):
        raise absent_error(store, "finding", args.id.strip())  # perhaps outside the scope
    finding = findings.get_finding(store, args.id)
    return {
        **asdict(finding),
        "photos": [asdict(p) for p in findings.photos_of(store, finding.id)],
        # Doubtful photos (storage/plausibility.py), accepted ones with who and why.
        "warnings": warnings_as_dicts(finding_warnings(store, finding.id)),
        # Where it stands by its documents (the stored status of older stores is ignored).
        "state": finding_status.state_dict(finding_status.finding_state(store, finding.id)),
        "history": [op.body() | {"op_id": op.op_id} for op in store.history("finding", args.id)],
    }


def _finding_status(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    state = finding_status.set_status(
        store, _acting(store, args), args.id, args.status, args.authority, args.reason
    )
    return {"id": args.id, **finding_status.state_dict(state)}


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
    from inspect_app.sync.joining import laptop_code

    return {
        "id": store.replica_id,
        "public_key": store.public_key,
        "laptop_code": laptop_code(store.public_key),
    }


def _replica_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"replicas": [asdict(r) for r in replicas.list_replicas(store)]}


def _replica_enroll(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    acting = _acting_or_none(store, args)
    return asdict(replicas.enroll(store, acting, args.id, args.public_key, args.label))


def _replica_reset(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    blocked = store.setting("write_blocked")
    if not blocked and not args.force:
        raise ValidationError(CliMsg.NO_CLONE_DETECTED(option="--force"))
    done = store.reset_identity(adopt_other_history=args.restored)
    new = done.replica_id
    return {
        "id": new,
        "public_key": store.public_key,
        "previous_id": done.previous_id,
        "rewritten": done.rewritten,
        "not_rewritten": done.not_rewritten,
        "next_step": CliMsg.NEXT_STEP_ENROL(command=f"replica enroll {new} {store.public_key}"),
    }


def _replica_revoke(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return asdict(replicas.revoke(store, _acting(store, args), args.id))


def _sync_export(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    out = output_path(store, args)
    for target in args.for_replica or []:
        if not store.exists("replica", target, include_withdrawn=True):
            raise ValidationError(
                CliMsg.UNKNOWN_REPLICA(replica=target, list="replica list", option="--for")
            )
    report = bundle.export_bundle(
        store, out, args.for_replica, force=args.force, unsealed=args.unsealed
    )
    result = asdict(report)
    del result["warning"]  # asdict made a dict of it: the keyed sentence instead
    return {**result, "warnings": [report.warning] if report.warning else []}


def _sync_import(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    report = asdict(bundle.import_bundle(store, args.file))
    failed = bool(receive.news(report["quarantined"]))
    return {**shaped(report, _language, _json_mode(args)), "_exit_error": failed}


def _json_mode(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "json", False))


def _sync_hub(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.sync import hub_client  # httpx only when syncing with a hub

    run_sync = {"push": hub_client.push, "pull": hub_client.pull, "both": hub_client.both}
    report = run_sync[args.action](store, args.hub, timeout=args.timeout)
    return {**_sync_shaped(store, report, args), "_exit_error": not report["ok"]}


def _sync_shaped(store: Store, report: dict[str, Any], args: argparse.Namespace) -> Any:
    """A sync result for the reader: keyed sentences shaped; for a person, scope in words."""
    result = shaped(report, _language, _json_mode(args))
    return result if _json_mode(args) else in_words(store, result)


def _sync_fetch(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.sync import hub_scope_client  # httpx only when syncing with a hub

    report = hub_scope_client.fetch_record(
        store, args.hub, fetch_kind(args.entity), args.id.strip(), timeout=args.timeout
    )
    return {**_sync_shaped(store, report, args), "_exit_error": not report["ok"]}


def _quarantine_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"set_aside": shaped(receive.set_aside(store), _language, _json_mode(args))}


def _quarantine_retry(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    report = receive.retry(store)
    return {"released": report.released, "set_aside": len(receive.set_aside(store))}


def _hub_refusals(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    from inspect_app.sync.hub_refusals import read_refusals

    def stamp(seconds: float) -> str:
        return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")

    rows = [
        asdict(r) | {"first_seen": stamp(r.first_seen), "last_seen": stamp(r.last_seen)}
        for r in read_refusals(store.data_dir)
    ]
    for row in rows:  # older rows: the English text only
        if row["detail_keyed"] is None:
            del row["detail_keyed"]
    # the keyed detail in the reader's language (its English and keyed form in --json)
    return {"refusals": shaped(rows, _language, _json_mode(args))}


def _hub_serve(store: Store | None, args: argparse.Namespace) -> dict[str, Any]:
    """``hub serve``: opens its own store (with ``--database``: the PostgreSQL hub's cache)."""
    from inspect_app.sync import hub  # starlette/uvicorn only when serving

    explicit = getattr(args, "data_dir", None)
    if explicit is not None and not explicit.strip():
        raise ValidationError(CliMsg.DATA_DIR_EMPTY(option="--data-dir"))
    data_dir = default_data_dir(explicit)
    protection.prepare(data_dir, args)
    log = None
    if getattr(args, "database", None):
        from inspect_app.sync.hub_pg import open_pg_hub  # psycopg only for this hub

        log = open_pg_hub(data_dir, args.database, getattr(args, "hub_key", None))
        opened: Store = log.store
    else:
        from inspect_app.sync.hub_pg_cache import is_cache, moved_to  # no psycopg here

        opened = Store.open(data_dir)
        moved = moved_to(opened)
        if moved is not None:  # served again, the office hub's folder would fork the hub
            opened.close()
            raise ValidationError(
                SyncMsg.HUB_MOVED(folder=data_dir, database=moved, option="--database")
            )
        if is_cache(opened):  # a PostgreSQL hub's cache served alone would swallow the pushes
            opened.close()
            raise ValidationError(
                SyncMsg.HUB_CACHE_NEEDS_DATABASE(
                    folder=data_dir, option="--database postgresql://…"
                )
            )
    blobs = None
    if getattr(args, "blobs", None):  # photos shared by the hub processes (sync/hub_blobs.py)
        from inspect_app.sync.hub_blobs import open_hub_blobs, shared_blobs_key

        key = shared_blobs_key(log.key) if log is not None else opened.data_key
        try:
            blobs = open_hub_blobs(args.blobs, data_dir, key)
        except BaseException:
            opened.close()
            raise
    with opened:
        hub.serve(
            opened,
            args.host,
            args.port,
            announce=lambda message: render(message, _language),
            tsa=hub_tsa_service(args),
            hub_log=log,
            blobs=blobs,
        )
        return {"replica_id": opened.replica_id, "stopped": True}


def _conflict_list(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"conflicts": conflicts.list_conflicts(store)}


def _conflict_resolve(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return conflicts.resolve(store, _acting(store, args), args.id, args.value)


def _db_digest(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    return {"digest": conflicts.store_digest(store), "ops": store.op_count()}


def _db_check(store: Store, args: argparse.Namespace) -> dict[str, Any]:
    report, photos_elsewhere = _cache_check(store)
    tidy = hygiene.check_data_dir(store.data_dir)
    out = {
        "ok": report.ok and not tidy.problems,
        "ops": report.op_count,
        "integrity": report.integrity,
        "tables_match_log": report.tables_match_log,
        "chain_breaks": [asdict(b) for b in report.chain_breaks],
        "photo_problems": [
            {"sha256": sha, "problem": why.english(), "message_id": why.id}
            for sha, why in report.photo_problems
        ],
        # set aside by design, not breaks (see 'sync quarantine list'): ops held in the log
        # and kept outside it, by code; forked replicas; chains still waiting for ops
        "set_aside": {
            "held": report.held,
            "quarantined": report.quarantined,
            "forks": report.forks,
            "waiting_gaps": report.waiting_gaps,
            "outside_gaps": report.outside_gaps,  # scoped pull (issue 15): by design
        },
        **scoping.check_json(report, _json_mode(args)),
        "write_blocked": report.write_blocked,
        # issue 14: encrypted, or clear (opted out / older version: a warning, never a failure)
        "protection": report.protection.line if report.protection else None,
        "protection_warnings": list(report.protection.warnings) if report.protection else [],
        "services_without_receipt": _unreceipted_json(store),  # issue 13: how to make them
        **_hygiene_json(store, tidy),
        "_exit_error": not report.ok or bool(tidy.problems),
    }
    if photos_elsewhere is not None:  # a PostgreSQL hub process's cache (hub_pg_cache.is_cache)
        out["photos_elsewhere"] = photos_elsewhere
    return out


def _cache_check(store: Store) -> tuple[Any, Message | None]:
    """``store.check()``; for a PostgreSQL hub process's cache, without its missing photos.

    Such a cache holds no photos of its own: they live in the hub's photo store (``--blobs``),
    so a photo missing here is no problem; the message saying so is returned beside the report
    (None for any other folder). A photo present here and altered is still one.
    """
    from dataclasses import replace

    from inspect_app.domain.messages.store import StoreMsg
    from inspect_app.sync.hub_pg_cache import is_cache  # no psycopg here

    report = store.check()
    if not is_cache(store):
        return report, None
    missing = StoreMsg.STORE_EVIDENCE_MISSING.id
    kept = [(sha, why) for sha, why in report.photo_problems if why.id != missing]
    return replace(report, photo_problems=kept), SyncMsg.HUB_CACHE_PHOTOS_ELSEWHERE(
        option="--blobs"
    )


def _unreceipted_json(store: Store) -> list[dict[str, Any]]:
    """Served decisions an older version left without a signed receipt, and the way out."""
    from inspect_app.domain.messages.store import StoreMsg
    from inspect_app.storage.services import unreceipted_services

    found = []
    for item in unreceipted_services(store):
        command = f"notice receipt {item.service_id} --out FILE.pdf"
        message = StoreMsg.SERVICE_RECEIPT_MISSING(
            number=item.number or "", service=item.service_id, command=command
        )
        found.append(
            {
                "notice_id": item.notice_id,
                "service_id": item.service_id,
                "problem": message.english(),
                "message_id": message.id,
            }
        )
    return found


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
        "hygiene_problems": [problem.english() for problem in tidy.problems],
        _HYGIENE_MESSAGES: tidy.problems,
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
    """Print a result for a person: field words and value words in the reader's language."""
    print_human(result, _language)


def _json_value(value: object) -> object:
    """What ``json`` cannot write itself: a keyed message as its English, id and parameters.

    So a result may hold :class:`Message` values (a draft's ``warnings``, a record's ``gaps``):
    ``{"text": …, "message_id": …, "params": {…}}`` in ``--json``, the sentence in the reader's
    language otherwise (:mod:`inspect_app.cli.human`). Anything else is written as its ``str()``.
    """
    if isinstance(value, Message):
        return {"text": value.english(), "message_id": value.id, "params": value.json_params()}
    return str(value)


_NO_STORE = {
    _category_list,
    _basin_list,
    hub_migrating.hub_migrate,
    _hub_serve,  # opens its own store: with --database, the PostgreSQL hub's cache
    *protection.OWN_OPENING,
}


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; return the exit code. Raises InspectError for user errors."""
    func = args.func
    if func in _NO_STORE:
        result = func(None, args)
    else:
        explicit = getattr(args, "data_dir", None)
        if explicit is not None and not explicit.strip():
            raise ValidationError(CliMsg.DATA_DIR_EMPTY(option="--data-dir"))
        data_dir = default_data_dir(explicit)
        protection.prepare(data_dir, args)  # set up or unlock: the passphrase sources
        with Store.open(data_dir) as store:
            if getattr(args, "acting", None):
                _acting_or_none(store, args)  # a mistyped --as is an error for every command
            result = func(store, args)
    failed = bool(result.pop("_exit_error", False))
    refused: list[tuple[str, Message]] = result.pop(_ERROR_MESSAGES, [])
    hygiene_problems: list[Message] = result.pop(_HYGIENE_MESSAGES, [])
    if getattr(args, "json", False):
        print(json.dumps(result, ensure_ascii=False, default=_json_value))
    else:
        if "errors" in result:  # each reason in the reader's language, no ids
            result["errors"] = [{"file": f, "reason": render(m, _language)} for f, m in refused]
        _print_human(result)
    sys.stdout.flush()  # a reader that went away (`| head`) is seen here, not at exit
    if failed:
        if "errors" in result:
            for file, message in refused:
                _error(say(CliMsg.REFUSED_FILE(file=file, reason=message)))  # the file, why
        elif "quarantined" in result:
            for item in receive.news(result["quarantined"]):
                reason = set_aside_reason(item)
                _error(say(CliMsg.OP_QUARANTINED(op=item["op_id"][:12], reason=reason)))
        elif "signatures" in result:
            _error(say(CliMsg.SIGNATURES_INVALID()))
        elif "chain_breaks" in result:
            for problem in hygiene_problems:
                _error(render(problem, _language))
            _error(
                say(
                    CliMsg.CHECK_FAILED(
                        fields="chain_breaks / integrity / photo_problems / hygiene_problems"
                    )
                )
            )
        return 1
    return 0


def _error(message: str) -> None:
    """Print one error line on stderr, in the reader's language (``error: …``, ``错误：…``).

    ``message`` is already in that language; a multi-line one is joined with "; ".
    """
    print(say(CliMsg.ERROR_LINE(message=one_line(message))), file=sys.stderr)


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
    """Parse ``argv`` and run the command; never raises (errors → stderr, exit 1).

    The language (``--lang``, else the locale) is chosen before parsing, so usage errors and
    ``--help`` are in it too (usage errors exit 2).
    """
    global _language
    argv = list(sys.argv[1:] if argv is None else argv)
    choose_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    _language = use_language(cli_language(getattr(args, "lang", None) or argv_language(argv)))
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
        _error(say(CliMsg.INTERRUPTED()))
        return 130
    except OSError as exc:
        problem = exc.strerror or str(exc)  # what the operating system said
        if exc.filename:
            _error(say(CliMsg.OS_ERROR(problem=problem, path=str(exc.filename))))
        else:
            _error(say(CliMsg.OS_ERROR_NO_PATH(problem=problem)))
        return 1
    except Exception as exc:  # noqa: BLE001 - the last guard: no traceback in the user's face
        log.exception("unexpected error")
        _error(say(CliMsg.UNEXPECTED(kind=type(exc).__name__, problem=str(exc))))
        return 1


def _hub_options(p: argparse.ArgumentParser) -> None:
    """``--hub URL`` (required) and ``--timeout S`` of the commands that talk to a hub."""
    p.add_argument(
        "--hub",
        required=True,
        metavar="URL",
        help=translate("CommandLine", "the office hub, e.g. http://10.0.0.5:8765"),
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        help=translate("CommandLine", "seconds per request (default 30)"),
    )

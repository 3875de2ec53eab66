"""``inspect-app hub migrate``: an office's SQLite hub into PostgreSQL (issue 15).

    inspect-app --data-dir NEW_DIR hub migrate --from DIR --to postgresql://USER@HOST:PORT/DB
                [--hub-key FILE] [--blobs DIR|s3://bucket/prefix] [--check] [--json]

The source folder is unlocked like any store (``--store-passphrase-file``, the variable, or a
prompt): a wrong passphrase is refused before the database is reached, so nothing is written.
``--data-dir`` is the data folder of the first ``hub serve --database`` process (new: set up
encrypted like any folder; its projection cache is made there from the database and checked),
``--hub-key`` the hub key file (default ``hub.key`` there; :mod:`inspect_app.sync.hub_pg`).
Progress lines go to stderr in the reader's language; the result is printed as for every
command (``--json``: one object).
The work itself is :mod:`inspect_app.sync.hub_migrate`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from inspect_app.cli import protection
from inspect_app.cli.messages import say, translate
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.storage.store import Store


def add_hub_migrate(hub: Any, leaf: Any) -> Any:
    """Add ``hub migrate`` to the ``hub`` group (``leaf`` as in :func:`cli.build_parser`)."""
    p = leaf(
        hub,
        "migrate",
        hub_migrate,
        translate(
            "CommandLine",
            "move this office's hub (a store folder) into a PostgreSQL database, verified: "
            "the same hub identity, every op at its position (laptops keep syncing), photos "
            "into the chosen photo store; safe to run again after an interruption",
        ),
    )
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="DIR",
        help=translate("CommandLine", "the data folder the hub was served from"),
    )
    p.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="URL",
        help=translate(
            "CommandLine", "an empty PostgreSQL database for the hub: postgresql://USER@HOST/DB"
        ),
    )
    p.add_argument(
        "--hub-key",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine",
            "the hub key file every hub process is given (default: hub.key in --data-dir; "
            "made when missing; keep a copy: without it the hub cannot be opened)",
        ),
    )
    p.add_argument(
        "--blobs",
        metavar="DIR|s3://bucket/prefix",
        help=translate(
            "CommandLine",
            "where the hub keeps photos from now on, as for 'hub serve': a folder shared by "
            "the hub processes, or s3://bucket/prefix (default: photos in --data-dir)",
        ),
    )
    p.add_argument(
        "--check",
        action="store_true",
        help=translate(
            "CommandLine",
            "only verify a finished migration against the hub folder, before serving from it",
        ),
    )
    return p


def hub_migrate(_store: None, args: argparse.Namespace) -> dict[str, Any]:
    """Run ``hub migrate``: it opens the source and the first process's folder itself.

    ``--data-dir`` is the data folder of the first ``hub serve --database`` process: set up
    encrypted with the same passphrase source if new, its cache made there and verified.
    """
    from inspect_app.sync import hub_migrate as migrating
    from inspect_app.sync.hub_migrate_check import check

    source = migrating.source_folder(Path(args.source).expanduser())
    migrating.check_target(args.target)
    protection.prepare(source, args)  # a wrong passphrase stops here: nothing written anywhere
    data_dir = protection.data_dir_from(args)
    if data_dir.resolve() == source.resolve():
        raise ValidationError(SyncMsg.HUB_MIGRATE_DATA_IN_USE(folder=data_dir, option="--data-dir"))
    protection.prepare(data_dir, args)

    def progress(message: Message) -> None:
        print(say(message), file=sys.stderr, flush=True)

    with Store.open(source) as store:
        run = check if args.check else migrating.migrate
        report = run(store, args.target, data_dir, args.hub_key, args.blobs, progress)
    if getattr(args, "json", False):
        return {**asdict(report), "message": report.message()}
    shown = ("replica_id", "ops", "set_aside", "forks", "photos", "digest")
    return {**{k: getattr(report, k) for k in shown}, "message": report.message()}

"""Composition root: arguments, logging, paths; starts the command line or the window."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from inspect_app.paths import default_data_dir
from inspect_app.storage.hygiene import PRIVATE_FILE_MODE, make_private_dir, posix_permissions

LOG_NAME = "inspect_app.log"


def setup_logging(data_dir: Path) -> Path | None:
    """Log to ``data_dir/inspect_app.log`` (rotating, 1 MB × 3); return the log path.

    The data folder is made here first, owner-only (0700), and so is the log (0600).
    """
    try:
        make_private_dir(data_dir)
        path = data_dir / LOG_NAME
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    if posix_permissions():
        with contextlib.suppress(OSError):  # another account's log: still log, tidy reports it
            path.chmod(PRIVATE_FILE_MODE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``inspect-app``: a command runs the CLI, no command opens the window."""
    from inspect_app import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(argv)
    explicit = getattr(args, "data_dir", None)
    if args.command is not None:
        if explicit is None or explicit.strip():
            setup_logging(default_data_dir(explicit))
        return cli.main(argv)
    data_dir = default_data_dir(explicit)
    setup_logging(data_dir)
    from inspect_app.ui.main import run_gui

    return run_gui(data_dir, [sys.argv[0], *argv])

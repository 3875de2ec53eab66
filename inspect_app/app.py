"""Composition root: arguments, logging, paths; starts the command line or the window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from inspect_app import __version__
from inspect_app.diagnostics import active_log_files, install_exception_hooks, start_logging
from inspect_app.paths import default_data_dir

log = logging.getLogger("inspect_app")


def _report_on_stderr(exc: BaseException, in_main_thread: bool) -> None:
    """The command line's word on an exception nothing caught: one line, as its other errors."""
    if not in_main_thread:
        return  # logged; the command's own outcome says whether it worked
    files = active_log_files()
    where = f" (details in the log: {files.log})" if files else ""
    print(f"error: unexpected {type(exc).__name__}: {exc}{where}", file=sys.stderr)


def _no_display() -> bool:
    """On Linux/BSD, no X11 or Wayland display and no Qt platform chosen: Qt would abort."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``inspect-app``: a command runs the CLI, no command opens the window."""
    from inspect_app import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    args = cli.build_parser().parse_args(argv)
    start_logging()  # the user's log folder (or $INSPECT_APP_LOG_DIR), for both front doors
    # the command's name only: its arguments may name parties or people
    what = " ".join(w for w in (args.command, getattr(args, "action", None)) if w)
    if args.self_check or args.self_check_qt:
        what = "self-check"
    log.info("inspect-app %s: %s", __version__, what or "window")
    if args.self_check_qt:  # the self-check's child process (see inspect_app.self_check)
        from inspect_app.ui.self_check_qt import probe

        return probe()
    if args.self_check:
        from inspect_app import self_check

        install_exception_hooks(_report_on_stderr)
        return self_check.main()
    if args.command is not None:
        install_exception_hooks(_report_on_stderr)
        return cli.main(argv)
    if _no_display():
        print(
            "error: no graphical display here (DISPLAY and WAYLAND_DISPLAY are not set): start "
            "the window from the desktop, or give a command (inspect-app --help); "
            "QT_QPA_PLATFORM=offscreen runs it without a screen",
            file=sys.stderr,
        )
        return 1
    from inspect_app.ui.main import run_gui

    return run_gui(default_data_dir(getattr(args, "data_dir", None)), [sys.argv[0], *argv])

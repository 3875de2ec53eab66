"""Composition root: arguments, logging, paths; starts the command line or the window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from inspect_app import __version__
from inspect_app.diagnostics import active_log_files, install_exception_hooks, start_logging
from inspect_app.domain.messages import LANGUAGES, Message
from inspect_app.paths import default_data_dir

log = logging.getLogger("inspect_app")


def _report_on_stderr(exc: BaseException, in_main_thread: bool) -> None:
    """The command line's word on an exception nothing caught: one line, as its other errors."""
    if not in_main_thread:
        return  # logged; the command's own outcome says whether it worked
    from inspect_app.domain.messages.cli import CliMsg

    files = active_log_files()
    kind, problem = type(exc).__name__, str(exc)
    _error_line(
        CliMsg.UNEXPECTED_LOGGED(kind=kind, problem=problem, log=files.log)
        if files
        else CliMsg.UNEXPECTED(kind=kind, problem=problem)
    )


def _error_line(message: Message) -> None:
    """Print ``error: …`` on stderr in the command line's language (``--lang``, the locale)."""
    from inspect_app.cli.messages import say
    from inspect_app.domain.messages.cli import CliMsg

    print(say(CliMsg.ERROR_LINE(message=message)), file=sys.stderr)


def _no_display() -> bool:
    """On Linux/BSD, no X11 or Wayland display and no Qt platform chosen: Qt would abort."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _window_arguments(argv: Sequence[str]) -> dict[str, str] | None:
    """``argv`` when it only opens the window: ``{"data_dir": …, "lang": …}`` (either may miss).

    Only ``--data-dir DIR`` and ``--lang zh_CN|en`` (also as ``--option=value``) are read here,
    as the parser reads them (the last one wins); anything else — a command, ``--help``, an
    abbreviation, a bad value — returns None and goes through the command line's parser, which
    says what is wrong. This keeps the command-line package (and reportlab, pyHanko, … that
    its commands import) out of the window's start.
    """
    found: dict[str, str] = {}
    options = {"--data-dir": "data_dir", "--lang": "lang"}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if name not in options:
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if name == "--lang" and value not in LANGUAGES:
            return None
        found[options[name]] = value
    return found


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``inspect-app``: a command runs the CLI, no command opens the window.

    ``--lang zh_CN|en`` chooses the language of the help, the messages and, for this run,
    the window (over the language chosen in it, which stays stored).
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    window = _window_arguments(argv)
    if window is None:
        return _command_line(argv)
    start_logging()  # the user's log folder (or $INSPECT_APP_LOG_DIR), for both front doors
    log.info("inspect-app %s: %s", __version__, "window")
    return _window(argv, window.get("data_dir"), window.get("lang"))


def _command_line(argv: list[str]) -> int:
    """Parse ``argv`` with the command line's parser: a command, a self-check, or the window."""
    from inspect_app import cli

    cli.choose_language(argv)  # before parsing: --help and usage errors in that language
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
    return _window(argv, getattr(args, "data_dir", None), getattr(args, "lang", None))


def _window(argv: list[str], data_dir: str | None, language: str | None) -> int:
    """Open the window (or say on stderr that there is no display to open it on)."""
    if _no_display():
        from inspect_app.cli.messages import argv_language, cli_language, use_language
        from inspect_app.domain.messages.cli import CliMsg

        use_language(cli_language(argv_language(argv)))
        _error_line(
            CliMsg.NO_DISPLAY(
                display="DISPLAY",
                wayland="WAYLAND_DISPLAY",
                help="inspect-app --help",
                offscreen="QT_QPA_PLATFORM=offscreen",
            )
        )
        return 1
    from inspect_app.ui.main import run_gui

    return run_gui(default_data_dir(data_dir), [sys.argv[0], *argv], language=language)

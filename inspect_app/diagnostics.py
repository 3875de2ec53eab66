"""The app's log, crash file and diagnostics text — for the window and the command line alike.

:func:`start_logging` is called once at start by the composition root: a rotating log file
(``inspect_app.log``, 1 MB × 3) and a crash file (``crash.log``, where :mod:`faulthandler`
writes the Python stacks of a hard crash) in the user's log folder (:func:`log_dir`). Nothing
is added on stderr: the command line keeps its one-line errors. :func:`install_exception_hooks`
routes uncaught exceptions (``sys.excepthook``, ``threading.excepthook``) to the log first.

:func:`diagnostics_text` is what "Copy diagnostics" puts on the clipboard: versions, the OS
and the log's tail, scrubbed by :func:`scrub` — no records, no data-folder contents. The Qt
parts (message handler, dialog) live in ``ui/crash.py``; this module never imports PySide6.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import platform
import re
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TextIO

from inspect_app import __version__
from inspect_app.paths import APP_NAME
from inspect_app.sqlite_engine import sqlite3
from inspect_app.storage.hygiene import PRIVATE_FILE_MODE, make_private_dir, posix_permissions

log = logging.getLogger(__name__)

LOG_DIR_ENV = "INSPECT_APP_LOG_DIR"
LOG_NAME = "inspect_app.log"
CRASH_NAME = "crash.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
TAIL_LINES = 200
"""Lines of the log put into the diagnostics text."""
CRASH_TAIL_LINES = 60

Notify = Callable[[BaseException, bool], None]
"""Called after an uncaught exception was logged: ``(exception, in_main_thread)``."""


@dataclass(frozen=True)
class LogFiles:
    """Where this run logs.

    Attributes:
        folder: the log folder.
        log: the rotating log file.
        crash: the file :mod:`faulthandler` writes a hard crash's stacks to.
    """

    folder: Path
    log: Path
    crash: Path


_active: LogFiles | None = None
_handler: logging.Handler | None = None
_crash_stream: TextIO | None = None


def log_dir() -> Path:
    """Return the log folder: ``$INSPECT_APP_LOG_DIR``, else the platform's (platformdirs).

    On Linux ``~/.local/state/inspect_app/log``; on Windows ``inspect_app/Logs`` in the
    user's local application data folder.
    """
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def active_log_files() -> LogFiles | None:
    """The files :func:`start_logging` set up in this process, if any."""
    return _active


def start_logging(folder: Path | None = None) -> LogFiles | None:
    """Log to a rotating file in ``folder`` (default :func:`log_dir`); enable the crash file.

    Called once at start; calling it again with another folder moves the log there. The
    folder is made owner-only (0700) and so are the files (0600). When the folder cannot be
    written the app runs on without a log file (and prints nothing about it: the command line
    keeps stderr for its own errors).

    Returns:
        The files, or None when the log folder cannot be written.
    """
    global _active, _handler, _crash_stream
    folder = folder or log_dir()
    if _active is not None and _active.folder == folder:
        return _active
    root = logging.getLogger()
    stop_logging()
    try:
        make_private_dir(folder)
        files = LogFiles(folder, folder / LOG_NAME, folder / CRASH_NAME)
        handler = RotatingFileHandler(
            files.log, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
        crash = files.crash.open("a", encoding="utf-8")
    except OSError:
        _handler = logging.NullHandler()  # not Python's last resort, which prints on stderr
        root.addHandler(_handler)
        return None
    for path in (files.log, files.crash):
        if posix_permissions():
            with contextlib.suppress(OSError):
                path.chmod(PRIVATE_FILE_MODE)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    )
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    faulthandler.enable(file=crash, all_threads=True)
    _active, _handler, _crash_stream = files, handler, crash
    return files


def stop_logging() -> None:
    """Undo :func:`start_logging` (close the log, disable the crash file); for tests."""
    global _active, _handler, _crash_stream
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
    if _crash_stream is not None:
        faulthandler.disable()
        _crash_stream.close()
    _active = _handler = _crash_stream = None


def install_exception_hooks(notify: Notify | None = None) -> None:
    """Log every uncaught exception (main thread and other threads), then call ``notify``.

    Ctrl+C (``KeyboardInterrupt``) keeps Python's own behaviour.

    Args:
        notify: told of each exception once it is logged (the window shows a dialog, the
            command line prints one line); it must not raise.
    """

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        flush_log()
        if notify is not None:
            notify(exc, threading.current_thread() is threading.main_thread())

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        flush_log()
        if notify is not None:
            notify(args.exc_value, False)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook


def flush_log() -> None:
    """Write out what the log handlers buffered (before a crash or a dialog)."""
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):
            handler.flush()


def _cipher_version() -> str:
    """The page-cipher engine's version, or ``none`` (a build whose stores cannot be encrypted)."""
    from inspect_app.storage.database import cipher_version

    return cipher_version() or "none"


def versions() -> list[tuple[str, str]]:
    """The app's and its platform's versions, as ``(what, version)`` lines."""
    found = [
        ("inspect_app", __version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("SQLite", sqlite3.sqlite_version),
        ("Page cipher", _cipher_version()),
        ("OS", platform.platform()),
        ("Machine", platform.machine()),
    ]
    with contextlib.suppress(OSError, AttributeError):
        release = platform.freedesktop_os_release()
        found.insert(4, ("Distribution", release.get("PRETTY_NAME", release.get("NAME", "?"))))
    found.append(("Frozen", "yes" if getattr(sys, "frozen", False) else "no"))
    return found


_CJK = re.compile(
    r"[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]+"
)
_LONG_NUMBER = re.compile(r"(?<![\w.])\d{11,}(?![\w.])")


def scrub(text: str, replacements: Mapping[str, str] | None = None) -> str:
    """Take personal data out of ``text`` before it leaves the laptop.

    - each key of ``replacements`` (e.g. the data folder's path) becomes its value;
    - the user's home folder becomes ``~``;
    - Chinese (and other CJK) text becomes ``[text]``: the app logs in English, so CJK text in
      a log line came from the records or from file names (parties, people, places);
    - numbers of 11 digits or more (telephones, ID and certificate numbers) become ``[number]``.
    """
    pairs = sorted((replacements or {}).items(), key=lambda kv: -len(kv[0]))
    for old, new in pairs:
        if old:
            text = text.replace(old, new)
    text = _scrub_home(text)
    text = _CJK.sub("[text]", text)
    return _LONG_NUMBER.sub("[number]", text)


def _scrub_home(text: str) -> str:
    homes: list[str] = []
    with contextlib.suppress(RuntimeError, OSError):
        home = Path.home()
        homes = [str(home), os.path.realpath(home)]
    flags = re.IGNORECASE if os.name == "nt" else 0
    for home_text in sorted(set(homes), key=len, reverse=True):
        if len(home_text) < 2:  # "/" as a home folder: nothing to hide
            continue
        variants = {home_text, home_text.replace("\\", "/")}
        for variant in variants:
            # the home folder itself, not a longer name that starts alike (/home/ann → /home/anna)
            pattern = re.escape(variant) + r"(?![\w.-])"
            text = re.sub(pattern, "~", text, flags=flags)
    return text


def tail(path: Path, lines: int, max_bytes: int = 256_000) -> list[str]:
    """The last ``lines`` lines of a text file (of its last ``max_bytes``); [] if unreadable."""
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - max_bytes))
            data = f.read()
    except OSError:
        return []
    found = data.decode("utf-8", errors="replace").splitlines()
    if len(data) == max_bytes and found:
        found = found[1:]  # the first line was cut
    return found[-lines:]


def diagnostics_text(
    extra: Iterable[tuple[str, str]] = (),
    replacements: Mapping[str, str] | None = None,
    files: LogFiles | None = None,
) -> str:
    """The text "Copy diagnostics" puts on the clipboard, scrubbed by :func:`scrub`.

    It holds the versions (:func:`versions`, then ``extra``: the window adds Qt's), where the
    log is, the log's last lines and the last hard crash's stacks, if any. It never reads the
    data folder.

    Args:
        extra: more ``(what, version)`` lines.
        replacements: strings to replace before scrubbing (e.g. the data folder's path).
        files: the log files (default: those of this run).
    """
    files = files or _active
    rows = [*versions(), *extra]
    width = max(len(k) for k, _v in rows)
    out = ["inspect_app diagnostics", ""]
    out += [f"{k.ljust(width)}  {v}" for k, v in rows]
    if files is None:
        out += ["", "No log file in this run."]
    else:
        out += ["", f"Log folder: {files.folder}", "", f"--- last lines of {LOG_NAME} ---"]
        out += tail(files.log, TAIL_LINES) or ["(empty)"]
        crash = tail(files.crash, CRASH_TAIL_LINES)
        if crash:
            out += ["", f"--- last lines of {CRASH_NAME} ---", *crash]
    return scrub("\n".join(out) + "\n", replacements)

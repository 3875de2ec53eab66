"""The log, the crash file and the diagnostics text, without Qt (as the command line uses them)."""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inspect_app import __version__, diagnostics
from inspect_app.diagnostics import (
    CRASH_NAME,
    LOG_DIR_ENV,
    LOG_NAME,
    diagnostics_text,
    scrub,
    start_logging,
    stop_logging,
)
from inspect_app.sqlite_engine import sqlite3

HOME = str(Path.home())


@pytest.fixture
def logs(tmp_path: Path):
    """Logging started in ``tmp_path/logs`` for this test; pytest's own crash dumps restored."""
    files = start_logging(tmp_path / "logs")
    assert files is not None
    yield files
    stop_logging()
    faulthandler.enable(file=sys.__stderr__)


def run_app(tmp_path: Path, *args: str, env: dict[str, str] | None = None):
    """``python -m inspect_app ARGS`` with its log folder in ``tmp_path/logs``."""
    return subprocess.run(
        [sys.executable, "-m", "inspect_app", *args],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        env={**os.environ, LOG_DIR_ENV: str(tmp_path / "logs"), **(env or {})},
    )


def test_log_dir_comes_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "x"))
    assert diagnostics.log_dir() == tmp_path / "x"
    monkeypatch.delenv(LOG_DIR_ENV)
    assert diagnostics.log_dir().name in ("log", "Logs")  # platformdirs' user log folder


def test_scrub_takes_out_home_names_and_long_numbers() -> None:
    text = (
        f"open {HOME}/notices/某某化工有限公司-2026-12-31.pdf failed\n"
        f"{HOME}x is another user's folder\n"
        "phone 13812345678, cert 51090020230001, op 3f2a9c0d1e12345678901b\n"
        "/srv/team-data/inspect.sqlite3"
    )
    out = scrub(text, {"/srv/team-data": "<data folder>"})
    assert out.splitlines()[0] == "open ~/notices/[text]-2026-12-31.pdf failed"
    assert out.splitlines()[1].startswith(f"{HOME}x ")  # not the home folder: left alone
    assert "13812345678" not in out and "51090020230001" not in out
    assert "3f2a9c0d1e12345678901b" in out  # ids and hashes are kept
    assert "<data folder>/inspect.sqlite3" in out


def test_diagnostics_hold_versions_and_the_log_tail_but_no_personal_data(logs) -> None:
    log = logging.getLogger("inspect_app.test")
    log.warning("photo %s/Pictures/现场/IMG_0001.HEIC refused", HOME)
    log.error("party 重庆某化工有限公司 legal rep 刘某某 phone 13812345678")

    text = diagnostics_text([("Qt", "6.x")], {str(logs.folder.parent): "<tmp>"})

    assert f"inspect_app   {__version__}" in text
    assert platform.python_version() in text and sqlite3.sqlite_version in text
    assert "Qt" in text and "OS" in text
    assert "~/Pictures/[text]/IMG_0001.HEIC refused" in text
    assert "party [text] legal rep [text] phone [number]" in text
    assert HOME not in text and "重庆" not in text and "13812345678" not in text


def test_log_and_crash_files_are_private(logs) -> None:
    if os.name == "nt":
        pytest.skip("file modes are POSIX")
    assert stat.S_IMODE(logs.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(logs.log.stat().st_mode) == 0o600
    assert stat.S_IMODE(logs.crash.stat().st_mode) == 0o600


def test_the_cli_logs_to_the_log_folder_and_keeps_stderr_quiet(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_app(tmp_path, "--data-dir", str(data), "category", "list")
    assert done.returncode == 0 and done.stdout and done.stderr == ""
    logged = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert f"inspect-app {__version__}: category list" in logged
    assert not (data / LOG_NAME).exists()


def test_an_uncaught_exception_is_logged_and_said_in_one_line(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import threading
        from inspect_app.app import _report_on_stderr
        from inspect_app.diagnostics import install_exception_hooks, start_logging
        start_logging()
        install_exception_hooks(_report_on_stderr)
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
        raise ValueError("boom")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, LOG_DIR_ENV: str(tmp_path / "logs")},
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("error: unexpected ValueError: boom (details in the log: ")
    logged = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    assert "uncaught exception in thread worker" in logged and "ZeroDivisionError" in logged
    assert "uncaught exception\n" in logged and "ValueError: boom" in logged


def test_a_hard_crash_leaves_its_stacks_in_the_crash_file(tmp_path: Path) -> None:
    script = (
        "import faulthandler\n"
        "from inspect_app.diagnostics import start_logging\n"
        "start_logging()\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, LOG_DIR_ENV: str(tmp_path / "logs")},
    )
    assert done.returncode != 0
    crash = (tmp_path / "logs" / CRASH_NAME).read_text(encoding="utf-8")
    assert "Fatal Python error" in crash and "<string>" in crash
    files = diagnostics.LogFiles(
        tmp_path / "logs", tmp_path / "logs" / LOG_NAME, tmp_path / "logs" / CRASH_NAME
    )
    assert "Fatal Python error" in diagnostics_text(files=files)


def test_diagnostics_need_no_qt() -> None:
    code = "import sys, inspect_app.diagnostics, inspect_app.app; print('PySide6' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"

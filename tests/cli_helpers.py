"""Run ``inspect-app`` as a user would: one subprocess per command, on a given data folder.

Import with ``from cli_helpers import run, run_json, ...`` (``tests/`` is on pytest's
``pythonpath``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import document_world


def run(
    data_dir: Path, *args: str, expect: int = 0, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m inspect_app --data-dir DATA_DIR ARGS`` (no stdin, ``env`` added).

    Asserts the exit code is ``expect`` and that no traceback was printed.
    """
    result = subprocess.run(
        [sys.executable, "-m", "inspect_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )
    assert result.returncode == expect, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return result


def run_json(data_dir: Path, *args: str, expect: int = 0) -> dict[str, Any]:
    """Run a command with ``--json`` (as :func:`run`) and return its parsed output."""
    return json.loads(run(data_dir, "--json", *args, expect=expect).stdout)


ERROR_PREFIXES = ("error: ", "错误：")
"""How an error line starts: in English, and in Chinese (``--lang zh_CN`` or a Chinese locale)."""


def refused(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a command that must be refused: exit 1 and, as the README says, one line on
    stderr starting ``error:`` (``错误：`` in Chinese)."""
    result = run(data_dir, *args, expect=1, env=env)
    assert result.stderr.startswith(ERROR_PREFIXES), result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return result


def fail(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> str:
    """Run a command that must be refused (see :func:`refused`); return its error line."""
    return refused(data_dir, *args, env=env).stderr


def write(tmp_path: Path, name: str, data: str | bytes) -> str:
    """Write ``tmp_path / name`` (text as UTF-8); return its path as an argument."""
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def secret(tmp_path: Path, name: str, passphrase: str | bytes) -> str:
    """Write a passphrase file (the passphrase and a line end); return its path."""
    if isinstance(passphrase, bytes):
        passphrase = passphrase.decode("utf-8")
    return write(tmp_path, name, passphrase + "\n")


def strokes_file(tmp_path: Path, name: str, shift: int = 0) -> str:
    """Write a strokes file of :func:`document_world.strokes`; return its path."""
    return write(tmp_path, name, document_world.strokes(shift))

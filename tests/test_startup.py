"""The window's start: no command line, no PDF or spreadsheet stack, nothing before the paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspect_app.app import _window_arguments

HEAVY = ("inspect_app.cli", "reportlab", "pyhanko", "openpyxl", "shapely")
"""Packages the first paint does not need (STYLE: heavy modules imported where used)."""


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {}),
        (["--data-dir", "/d"], {"data_dir": "/d"}),
        (["--data-dir=/d", "--lang", "zh_CN"], {"data_dir": "/d", "lang": "zh_CN"}),
        (["--lang=en", "--lang", "zh_CN"], {"lang": "zh_CN"}),  # the last one wins
        (["--data-dir=-odd"], {"data_dir": "-odd"}),
    ],
)
def test_window_only_arguments_skip_the_parser(argv: list[str], expected: dict) -> None:
    assert _window_arguments(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["finding", "list"],  # a command
        ["--help"],
        ["--version"],
        ["--self-check"],
        ["--lang", "fr"],  # the parser says what is wrong
        ["--lang"],
        ["--data-dir"],
        ["--data-dir", "--lang", "en"],
        ["--data", "/d"],  # an abbreviation: argparse's business
        ["--json"],
        ["--", "x"],
    ],
)
def test_everything_else_goes_through_the_command_line(argv: list[str]) -> None:
    assert _window_arguments(argv) is None


def test_the_window_starts_without_the_command_line_or_pdf_stack(tmp_path: Path) -> None:
    """``inspect-app`` (no command) paints its window before importing any heavy package."""
    code = (
        "import sys\n"
        "from inspect_app.app import main\n"
        f"code = main(['--data-dir', {str(tmp_path / 'data')!r}])\n"
        f"heavy = {HEAVY!r}\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in heavy or any(\n"
        "    m == h or m.startswith(h + '.') for h in heavy))\n"
        "print('loaded:', ','.join(loaded))\n"
        "sys.exit(code)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECT_APP_PRINT_TITLE_AND_QUIT": "0",
        "INSPECT_APP_LOG_DIR": str(tmp_path / "logs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    title, loaded = done.stdout.strip().splitlines()[-2:]
    assert title  # the window was painted: its title printed by the hook
    assert loaded == "loaded:", f"imported before the first paint: {loaded}"

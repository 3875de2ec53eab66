"""``inspect-app --self-check``: every item passes on this installation, and fails when broken.

Run as a user would: the real command in a child process (the Qt item starts its own child).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ITEMS = ["resources", "fonts", "sqlite", "qt", "store", "pdf", "heic"]


def _self_check(tmp_path: Path, **env: str) -> tuple[int, dict[str, str], str]:
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECT_APP_LOG_DIR": str(tmp_path / "logs"),
        **env,
    }
    done = subprocess.run(
        [sys.executable, "-m", "inspect_app", "--self-check"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
    verdicts = {}
    for line in done.stdout.splitlines():
        found = re.match(r"(PASS|WARN|FAIL)\s+(\S+)\s", line)
        if found:
            verdicts[found.group(2)] = found.group(1)
    return done.returncode, verdicts, done.stdout + done.stderr


def test_every_item_passes_here(tmp_path: Path) -> None:
    user_state = tmp_path / "user-state"
    code, verdicts, said = _self_check(tmp_path, INSPECT_APP_STATE_DIR=str(user_state))
    assert not user_state.exists() or not any(user_state.rglob("*"))  # scratch stays scratch
    assert list(verdicts) == ITEMS, said
    assert code == 0, said
    assert all(v == "PASS" for k, v in verdicts.items() if k != "sqlite"), said
    assert "all items passed" in said
    assert "川渝" in said  # the window title, translated by the shipped .qm


def test_a_broken_installation_fails_item_by_item(tmp_path: Path) -> None:
    garbage = tmp_path / "not-a-font.ttf"
    garbage.write_bytes(b"this is not a TrueType font")
    code, verdicts, said = _self_check(
        tmp_path, QT_QPA_PLATFORM="no-such-platform", INSPECT_APP_CJK_FONT=str(garbage)
    )
    assert code == 1, said
    assert verdicts["qt"] == "FAIL" and "Qt could not start" in said, said
    assert verdicts["fonts"] == "FAIL", said
    assert verdicts["store"] == "PASS" and verdicts["heic"] == "PASS", said  # the others still ran
    assert "FAILED: fonts, qt" in said
    assert "Traceback" not in said


def test_no_display_is_a_clear_error_not_an_abort(tmp_path: Path) -> None:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    environment["INSPECT_APP_DATA_DIR"] = str(tmp_path / "data")
    environment["INSPECT_APP_LOG_DIR"] = str(tmp_path / "logs")
    done = subprocess.run(
        [sys.executable, "-m", "inspect_app"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("error: no graphical display here"), done.stderr
    assert "Aborted" not in done.stderr and "qt.qpa" not in done.stderr

"""Shared test fixtures: the real photo fixtures in ``../shared/fixtures``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from fixture_photos import photo_path
from server_fixtures import pg_cluster, pg_url, s3_bucket, s3_server  # noqa: F401  (issue 15)

# The GUI tests run offscreen on the smallest screen the app supports: 1024×700 (issue 12).
# Qt's offscreen platform reads the screen from a JSON file (``configfile=``). The docs'
# screenshots at 1366×768 are the same tests with the other screen, e.g.
#   INSPECT_APP_SCREENSHOT=1 QT_QPA_PLATFORM=offscreen:configfile=tests/laptop_screen_1366.json \
#     .venv/bin/python -m pytest tests/ui/test_join_team_ui.py
LAPTOP_SCREEN = Path(__file__).with_name("laptop_screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"
# High-water marks (storage/high_water.py) of this test run live in a temporary folder.
os.environ.setdefault("INSPECT_APP_STATE_DIR", tempfile.mkdtemp(prefix="inspect-state-"))
os.environ.setdefault("INSPECT_APP_LOG_DIR", tempfile.mkdtemp(prefix="inspect-logs-"))

# Issue 14: the whole suite runs on ENCRYPTED stores (SQLCipher store, sealed files): every new
# data folder a test (or a CLI subprocess, which inherits the environment) opens is set up
# encrypted with the passphrase in TEST_PASSPHRASE_FILE, cheaply (``INSPECT_APP_KDF_PROFILE=fast``:
# 8 MiB × 1 pass Argon2id; ``db check`` names such key files weak, which warns, never fails).
# ``INSPECT_APP_TEST_CLEAR=1`` runs the suite on clear stores instead (no passphrase file).
TEST_PASSPHRASE = "测试口令 correct horse"
"""The passphrase of every data folder the suite sets up encrypted."""
os.environ.setdefault("INSPECT_APP_KDF_PROFILE", "fast")
if os.environ.get("INSPECT_APP_TEST_CLEAR") != "1":
    if not os.environ.get("INSPECT_APP_STORE_PASSPHRASE_FILE"):
        _secret_dir = Path(tempfile.mkdtemp(prefix="inspect-passphrase-"))
        (_secret_dir / "passphrase.txt").write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
        os.environ["INSPECT_APP_STORE_PASSPHRASE_FILE"] = str(_secret_dir / "passphrase.txt")
else:
    os.environ.pop("INSPECT_APP_STORE_PASSPHRASE_FILE", None)
ENCRYPTED_SUITE = bool(os.environ.get("INSPECT_APP_STORE_PASSPHRASE_FILE"))
"""True when the suite's new data folders are set up encrypted (the default)."""


@pytest.fixture
def clear_new_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """New data folders of this test are set up clear (no passphrase file in the environment)."""
    monkeypatch.delenv("INSPECT_APP_STORE_PASSPHRASE_FILE", raising=False)


@pytest.fixture
def photos_dir() -> Path:
    """The folder of real fixture photos."""
    return photo_path("SOURCES.md").parent

"""Shared test fixtures: the real photo fixtures in ``../shared/fixtures``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from fixture_photos import photo_path

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


@pytest.fixture
def photos_dir() -> Path:
    """The folder of real fixture photos."""
    return photo_path("SOURCES.md").parent

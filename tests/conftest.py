"""Shared test fixtures: the real photo fixtures in ``../shared/fixtures``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from fixture_photos import photo_path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# High-water marks (storage/high_water.py) of this test run live in a temporary folder.
os.environ.setdefault("INSPECT_APP_STATE_DIR", tempfile.mkdtemp(prefix="inspect-state-"))
os.environ.setdefault("INSPECT_APP_LOG_DIR", tempfile.mkdtemp(prefix="inspect-logs-"))


@pytest.fixture
def photos_dir() -> Path:
    """The folder of real fixture photos."""
    return photo_path("SOURCES.md").parent

"""Shared test fixtures: the real photo fixtures in ``../shared/fixtures``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fixture_photos import photo_path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def photos_dir() -> Path:
    """The folder of real fixture photos."""
    return photo_path("SOURCES.md").parent

"""The one way tests reach the real photo fixtures in ``../shared/fixtures`` (read-only).

``$INSPECT_APP_FIXTURES`` overrides the folder. Under ``CI=true`` a missing fixture fails the
test; elsewhere it skips with the path it looked for.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES_ENV = "INSPECT_APP_FIXTURES"


def fixtures_root() -> Path:
    """Return the shared fixtures folder (``$INSPECT_APP_FIXTURES`` or ``../shared/fixtures``)."""
    env = os.environ.get(FIXTURES_ENV)
    return Path(env) if env else REPO.parent / "shared" / "fixtures"


def photo_path(name: str) -> Path:
    """Path of one real fixture photo; fails under CI and skips elsewhere when it is missing."""
    path = fixtures_root() / "photos" / name
    if not path.is_file():
        message = f"fixture photo missing: {path} (set {FIXTURES_ENV})"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path

"""The lock file agrees with pyproject.toml, and the tests run what it pins."""

from __future__ import annotations

import importlib.metadata
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import lock  # noqa: E402
import pytest  # noqa: E402


def test_every_direct_requirement_is_locked_inside_its_range() -> None:
    assert lock.check_lock() == []


def test_a_lock_outside_the_ranges_is_caught() -> None:
    text = lock.LOCK.read_text(encoding="utf-8")
    old = f"ruff=={lock.locked_versions(text)['ruff']}"
    problems = lock.check_lock(text.replace(old, "ruff==0.6.0"))
    assert problems == ["ruff==0.6.0 is outside ==0.17.6"]
    missing = lock.check_lock(text.replace("pi-heif==", "pi-heif-gone=="))
    assert missing == ["pi-heif is not in lock.txt"]


@pytest.mark.skipif(
    os.environ.get(lock.LOWEST_ENV) == "1", reason="the lower-bounds run differs on purpose"
)
def test_this_environment_runs_the_locked_versions() -> None:
    pinned = lock.locked_versions()
    for name in ("pyside6-essentials", "pyhanko", "sqlite-utils", "reportlab", "pi-heif", "ruff"):
        assert importlib.metadata.version(name) == pinned[name], name

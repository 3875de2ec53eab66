"""The sources of an older version of the app, extracted from git, and how to run them.

Tests of stores and bundles written by an older version (``test_issue13_old_stores.py``: v9,
``test_issue14_hostile_old.py``: v10) run that version's own code in a subprocess.
"""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from pathlib import Path

import pytest
from fixture_photos import fixtures_root

ROOT = Path(__file__).resolve().parents[2]


def extract_sources(commit: str, into: Path) -> Path:
    """``inspect_app`` and ``tests`` as they were at ``commit``, extracted into ``into``.

    Skips the test when git or the commit is not at hand (a source tarball, not a clone).
    """
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "inspect_app", "tests"],
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"the older sources are not at hand (git archive {commit}): {exc}")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def old_version_env(tree: Path) -> dict[str, str]:
    """The environment that runs the code in ``tree`` on the real fixture photos."""
    return {
        **os.environ,
        "PYTHONPATH": f"{tree}{os.pathsep}{tree / 'tests'}",
        "INSPECT_APP_FIXTURES": str(fixtures_root()),
    }

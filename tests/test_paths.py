"""The resource root: inside the package, or where a frozen app's bootloader put it.

Each case runs in a fresh interpreter on a copy of the package laid out as that install
would be; ``sys._MEIPASS`` is set the way PyInstaller's bootloader sets it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import inspect_app
from inspect_app import paths

PACKAGE = Path(inspect_app.__file__).resolve().parent

PROBE = """
import sys
if len(sys.argv) > 1:
    sys._MEIPASS = sys.argv[1]
from inspect_app import paths
try:
    print(paths.resource_root())
except paths.ResourcesMissingError as exc:
    print("ERROR", exc)
"""


def package_without_resources(site: Path) -> Path:
    """Copy the package's code (no ``resources/``) into ``site``; return the copy."""
    target = site / "inspect_app"
    shutil.copytree(
        PACKAGE, target, ignore=shutil.ignore_patterns("resources", "__pycache__", "*.pyc")
    )
    return target


def probe(site: Path, meipass: Path | None = None) -> str:
    """Run :data:`PROBE` with only ``site`` (and the test venv's packages) importable."""
    env = {**os.environ, "PYTHONPATH": str(site)}
    args = [sys.executable, "-c", PROBE] + ([str(meipass)] if meipass else [])
    done = subprocess.run(
        args, capture_output=True, text=True, timeout=60, env=env, cwd=site, check=True
    )
    return done.stdout.strip()


def test_checkout_resources_are_package_data() -> None:
    assert paths.resource_root() == PACKAGE / "resources"
    assert paths.resource("reference", "categories.json").is_file()


def test_installed_copy_finds_its_own_resources(tmp_path: Path) -> None:
    copy = package_without_resources(tmp_path)
    shutil.copytree(PACKAGE / "resources" / "reference", copy / "resources" / "reference")
    assert probe(tmp_path) == str(copy / "resources")


@pytest.mark.parametrize("layout", ["inspect_app/resources", "resources"])
def test_frozen_app_resources_beside_the_bootloader(tmp_path: Path, layout: str) -> None:
    site = tmp_path / "site"
    package_without_resources(site)
    meipass = tmp_path / "_internal"
    (meipass / layout / "reference").mkdir(parents=True)
    assert probe(site, meipass) == str(meipass / layout)


def test_no_resources_anywhere_says_reinstall(tmp_path: Path) -> None:
    site = tmp_path / "site"
    copy = package_without_resources(site)
    meipass = tmp_path / "_internal"
    meipass.mkdir()
    out = probe(site, meipass)
    assert out.startswith("ERROR") and "reinstall the app" in out and "重新安装" in out
    assert str(copy / "resources") in out and str(meipass / "resources") in out

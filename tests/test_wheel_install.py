"""``pip install .`` (not editable) into a clean venv gives a working app.

The project is copied to a scratch folder (so the build writes nothing into the checkout and
sees only what a source tree holds), installed with ``pip install --no-deps`` into a fresh
venv, and the installed ``inspect-app`` runs ``category list`` and ``notice draft``: both need
the package data (reference JSON, the bundled font). The dependencies are not downloaded
again: a ``.pth`` file in the new venv names the site-packages of the venv running the tests,
as a plain path line, so that venv's own ``.pth`` files (among them the editable install of
this checkout) are not processed and the checkout stays off ``sys.path``. Building the wheel
needs ``setuptools>=68`` in pip's isolated build environment (from pip's cache or the package
index, as the set-up's own ``pip install`` does). About 15-30 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from datetime import date, timedelta
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SKIP_TOP = {".git", ".venv", "build", "dist", "tests", "benchmarks", "docs", "packaging"}
"""Top-level entries a source install does not need (the build must not rely on them)."""


def copy_source(target: Path) -> Path:
    """Copy the project's source (package, pyproject, README …) to ``target``; return it."""
    target.mkdir()
    for entry in REPO.iterdir():
        if entry.name in SKIP_TOP or entry.name.startswith(".") or entry.suffix == ".egg-info":
            continue
        if entry.is_dir():
            shutil.copytree(
                entry,
                target / entry.name,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"),
            )
        else:
            shutil.copy2(entry, target / entry.name)
    return target


def venv_site_packages(venv: Path) -> Path:
    """The purelib folder of ``venv`` (same layout as this interpreter's)."""
    found = sysconfig.get_paths(vars={"base": str(venv), "platbase": str(venv)})["purelib"]
    return Path(found)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the project installed from a copy of its source; its ``bin``."""
    root = tmp_path_factory.mktemp("wheel")
    source = copy_source(root / "src")
    venv = root / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60
    )
    site = venv_site_packages(venv)
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "inspect_app_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n")
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "--disable-pip-version-check",
            "install",
            "--no-deps",
            "--no-compile",
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=root,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return bindir


def clean_env() -> dict[str, str]:
    """This environment without variables that would point the app elsewhere."""
    drop = {"PYTHONPATH", "INSPECT_APP_CJK_FONT", "INSPECT_APP_DATA_DIR", "VIRTUAL_ENV"}
    return {k: v for k, v in os.environ.items() if k not in drop}


def app(bindir: Path, data_dir: Path, *args: str) -> dict:
    """Run the installed ``inspect-app --json`` on ``data_dir``; return its JSON output."""
    exe = bindir / ("inspect-app.exe" if os.name == "nt" else "inspect-app")
    done = subprocess.run(
        [str(exe), "--data-dir", str(data_dir), "--json", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=data_dir.parent,
        env=clean_env(),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return json.loads(done.stdout)


def test_the_installed_package_is_not_the_checkout(installed: Path, tmp_path: Path) -> None:
    python = installed / ("python.exe" if os.name == "nt" else "python")
    code = (
        "import inspect_app, importlib.metadata as m;"
        "from inspect_app import paths;"
        "from inspect_app.notices.fonts import cjk_font_path;"
        "print(inspect_app.__file__); print(paths.resource_root()); print(cjk_font_path());"
        "print(m.version('inspect-app'));"
        "from inspect_app.notices import fonts;"
        "need = [('i18n', 'inspect_app_zh_CN.qm'), ('fonts', 'README.md')]"
        " + [('fonts', f) for f in fonts.BUNDLED_FONT_FILES];"
        "print(all(paths.resource(*p).is_file() for p in need))"
    )
    done = subprocess.run(
        [str(python), "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=clean_env(),
        check=True,
    )
    module, root, font, version, complete = done.stdout.splitlines()
    assert complete == "True", "the wheel lacks the .qm, a font or the fonts README"
    venv = installed.parent
    for path in (module, root, font):
        assert Path(path).is_relative_to(venv), path
        assert not Path(path).is_relative_to(REPO), path
    assert Path(root).name == "resources" and Path(root).parent.name == "inspect_app"
    assert version


def test_category_list_and_notice_draft_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "store"
    codes = app(installed, data, "category", "list")["codes"]
    assert "water_outfall" in codes
    agency = app(
        installed, data, "agency", "add", "--name", "遂宁市生态环境局", "--code", "遂环",
        "--region", "510900",
    )["id"]  # fmt: skip
    lead = app(
        installed, data, "officer", "add", "--name", "张三", "--cert", "51090012345",
        "--agency", agency, "--role", "lead",
    )["id"]  # fmt: skip
    site = app(
        installed, data, "site", "add", "--name", "遂宁某某化工有限公司",
        "--credit-code", "91350100M000100Y43", "--address", "遂宁市船山区河东路1号",
        "--legal-rep", "王五", "--region", "510903",
    )["id"]  # fmt: skip
    patrol = app(
        installed, data, "patrol", "add", "--date", "2026-11-30", "--basin", "涪江",
        "--officer", lead,
    )["id"]  # fmt: skip
    finding = app(
        installed, data, "finding", "add", "--patrol", patrol, "--site", site,
        "--category", "water_outfall", "--description", "厂区东侧雨水排口有暗管排放废水",
    )["id"]  # fmt: skip
    pdf = tmp_path / "notice.pdf"
    due = (date.today() + timedelta(days=31)).isoformat()
    draft = app(
        installed, data, "notice", "draft", "--finding", finding, "--out", str(pdf),
        "--deadline", due,
    )  # fmt: skip
    assert draft["id"] and pdf.stat().st_size > 0
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        if os.environ.get("CI") == "true":
            pytest.fail("pdffonts not installed (apt-get install poppler-utils)")
        return
    fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk), fonts

#!/usr/bin/env python3
"""Set up a checkout and run the app or every check — needs nothing but python3.

    python3 packaging/bootstrap.py run [ARGS…]   set up, then start the app (ARGS go to it)
    python3 packaging/bootstrap.py test          set up, then ruff, import-linter and pytest
    python3 packaging/bootstrap.py setup         set up only
    python3 packaging/bootstrap.py build [OPTS]  set up, then the frozen app and the .deb in dist/
                                                 (packaging/build.py; OPTS go to it)

`test` also builds the frozen app and the .deb and smoke-tests them (packaging/smoke_frozen.py).

Set-up, each step skipped when already done:
0. Python 3.11 or newer, else it stops and says what is needed.
1. Debian packages (apt-get, as root or with password-less sudo): poppler-utils (pdftotext,
   pdffonts, pdfsig for the PDF tests), libnss3-tools (certutil: a trust store for pdfsig),
   postgresql (the server binaries initdb/pg_ctl/postgres: the hub's tests start a throwaway
   cluster of their own, tests/pg_cluster.py, and never use the package's own cluster),
   haproxy and nginx-light (the operations guide's load balancer configs, run by
   tests/test_ops_setup.py),
   binutils (objdump and strip) and, for Debian's own python3, libpython3.X (the frozen build),
   the shared libraries Qt needs, and python3-venv if venv cannot bootstrap pip; gcc and
   libc6-dev (and, for Debian's own python3, python3.X-dev) to compile the SQLite engine.
   (The CJK fonts ship inside the package, inspect_app/resources/fonts; none comes from apt.)
   Without root it prints the apt-get command and goes on.
2. A virtual environment in .venv: the locked dependencies (requirements/lock.txt, hashes
   checked; regenerate with packaging/lock.py) and the project itself (editable); then the
   SQLite engine, pysqlite3 with SQLite3 Multiple Ciphers, built once per machine and cached
   (packaging/engine.py --install: 70–95 s the first time, then a cached wheel).
3. The signature-stamp font cache (a 1000-unit copy of WenQuanYi Micro Hei for pyHanko, about
   20 s once per machine; kept in the user cache folder).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed"
LOCK = ROOT / "requirements" / "lock.txt"
MIN_PYTHON = (3, 11)  # pyproject.toml requires-python

# postgresql: the hub's tests (tests/pg_cluster.py) run a real, throwaway PostgreSQL cluster.
# haproxy, nginx-light: tests/test_ops_setup.py runs the operations guide's load balancer configs.
TEST_PACKAGES = ["poppler-utils", "libnss3-tools", "postgresql", "haproxy", "nginx-light"]
BUILD_PACKAGES = ["binutils"]  # objdump for PyInstaller, strip for the bundle
# packaging/engine.py compiles the SQLite engine (pysqlite3 + SQLite3 Multiple Ciphers)
ENGINE_PACKAGES = ["gcc", "libc6-dev"]
if sys.base_prefix.startswith("/usr"):  # Debian's own python3: PyInstaller bundles its library
    BUILD_PACKAGES.append(f"libpython3.{sys.version_info.minor}")
    ENGINE_PACKAGES.append(f"python3.{sys.version_info.minor}-dev")  # Python.h
QT_PACKAGES = ["libgl1", "libegl1", "libxkbcommon0", "libfontconfig1", "libglib2.0-0",
               "libdbus-1-3"]
DESKTOP_PACKAGES = ["libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
                    "libxcb-shape0", "libxcb-randr0", "libxcb-render-util0", "libxcb-image0",
                    "libxcb-xinerama0"]


def say(message: str) -> None:
    """Print one set-up step."""
    print(f"[bootstrap] {message}", flush=True)


def missing_debian_packages(names: list[str]) -> list[str]:
    """Return the names that dpkg does not list as installed ([] off Debian)."""
    if not shutil.which("dpkg-query"):
        return []
    missing = []
    for name in names:
        result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name],
                                capture_output=True, text=True)
        if "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def apt_install(names: list[str]) -> bool:
    """Install Debian packages if we may; return True when they are (now) installed."""
    missing = missing_debian_packages(names)
    if not missing:
        return True
    prefix: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"],
                                                   capture_output=True).returncode == 0:
            prefix = ["sudo", "-n"]
        else:
            say("please install: sudo apt-get install " + " ".join(missing))
            return False
    if not shutil.which("apt-get"):
        say("not a Debian-like system; please install: " + " ".join(missing))
        return False
    say("installing Debian packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=False, env=env)
    result = subprocess.run([*prefix, "apt-get", "install", "-y", "-qq",
                             "--no-install-recommends", *missing], env=env)
    return result.returncode == 0


def ensure_venv() -> None:
    """Create .venv (installing python3-venv if needed) and install the project into it."""
    python = BIN / "python"
    if not python.exists():
        probe = subprocess.run([sys.executable, "-c", "import ensurepip, venv"],
                               capture_output=True)
        if probe.returncode != 0:
            apt_install(["python3-venv", f"python3.{sys.version_info.minor}-venv"])
        say(f"creating {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    inputs = [ROOT / "pyproject.toml", LOCK, ROOT / "packaging" / "engine.py"]
    if STAMP.exists() and all(STAMP.stat().st_mtime >= f.stat().st_mtime for f in inputs):
        return
    say("installing the locked dependencies (requirements/lock.txt) and the project into .venv")
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, "--require-hashes", "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    say("the SQLite engine: pysqlite3 with SQLite3 Multiple Ciphers (packaging/engine.py)")
    engine = subprocess.run([str(python), str(ROOT / "packaging" / "engine.py"), "--install"])
    if engine.returncode != 0:
        say("the SQLite engine could not be built or installed (see above); the app needs it")
        raise SystemExit(engine.returncode)
    STAMP.touch()


def check_python() -> None:
    """Stop with a clear word when this Python is older than the project needs."""
    if sys.version_info < MIN_PYTHON:
        found = ".".join(map(str, sys.version_info[:3]))
        need = ".".join(map(str, MIN_PYTHON))
        say(f"Python {need} or newer is needed; this is Python {found} ({sys.executable}).")
        say("Debian 12 / Ubuntu 22.04 and newer have it (python3); on Windows install it from "
            "python.org, then run this script with that python.")
        raise SystemExit(2)


def setup(desktop: bool) -> None:
    """Install what the app (and its tests) need; see the module docstring."""
    check_python()
    if not shutil.which("apt-get") and not shutil.which("dpkg-query"):
        say("no apt here (Windows or a non-Debian system): install by hand what the tests use "
            "- poppler's pdftotext, pdffonts and pdfsig and NSS's certutil on PATH (the PDF "
            "tests fail without them), PostgreSQL's server binaries (initdb, pg_ctl, postgres: "
            "on PATH, or their folder in INSPECT_APP_PG_BINDIR; the hub's tests), a C "
            "compiler for the SQLite engine (Windows: the Microsoft C++ Build Tools) - and, "
            "for the .deb, dpkg-deb; going on with the venv")
    apt_install(TEST_PACKAGES + BUILD_PACKAGES + ENGINE_PACKAGES + QT_PACKAGES
                + (DESKTOP_PACKAGES if desktop else []))
    ensure_venv()
    warm_stamp_font()


def warm_stamp_font() -> None:
    """Build the signature-stamp font cache once (about 20 s), not at the first signature."""
    code = "from inspect_app.notices.stamp_font import stamp_font_path; stamp_font_path()"
    result = subprocess.run([str(BIN / "python"), "-c", code], capture_output=True, text=True)
    if result.returncode != 0:
        say("could not prepare the signature-stamp font (it is built at the first signature): "
            + (result.stderr.strip().splitlines() or ["?"])[-1])


def run_checks() -> int:
    """Run ruff, import-linter and the whole pytest suite (Qt offscreen); return an exit code."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [
        [str(BIN / "ruff"), "check", "."],
        [str(BIN / "lint-imports")],
        [str(BIN / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
    ]
    for step in steps:
        say("running " + " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)))
        code = subprocess.run(step, cwd=ROOT, env=env).returncode
        if code != 0:
            say(f"FAILED ({code}): {' '.join(step)}")
            return code
    say("all checks passed")
    return 0


def build(options: list[str]) -> int:
    """Freeze the app and make the .deb (packaging/build.py, run by the venv's Python)."""
    return subprocess.run([str(BIN / "python"), str(ROOT / "packaging" / "build.py"),
                           "--python", str(BIN / "python"), *options], cwd=ROOT).returncode


def build_and_smoke() -> int:
    """Build the frozen app and the .deb, then run packaging/smoke_frozen.py on them."""
    code = build([])
    if code != 0:
        say(f"FAILED ({code}): packaging/build.py")
        return code
    smoke = [sys.executable, str(ROOT / "packaging" / "smoke_frozen.py")]
    if not shutil.which("dpkg-deb"):
        smoke += ["--bundle", str(ROOT / "dist" / "inspect-app")]
    code = subprocess.run(smoke, cwd=ROOT).returncode
    if code != 0:
        say(f"FAILED ({code}): packaging/smoke_frozen.py")
    return code


def main(argv: list[str]) -> int:
    """Dispatch ``run``, ``test`` or ``setup``."""
    if not argv or argv[0] not in {"run", "test", "setup", "build"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    setup(desktop=True)  # the build bundles libxcb-util, one of the desktop packages
    if command == "test":
        return run_checks() or build_and_smoke()
    if command == "build":
        return build(rest)
    if command == "run":
        return subprocess.run([str(BIN / "python"), str(ROOT / "main.py"), *rest]).returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

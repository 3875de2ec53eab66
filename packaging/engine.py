#!/usr/bin/env python3
"""Build (once) and install the app's SQLite engine: pysqlite3 with SQLite3 Multiple Ciphers.

The store is encrypted with the AEGIS-256 page cipher of SQLite3 Multiple Ciphers (sqlite3mc),
which keeps an encrypted store within the 15 % of a clear one that issue 14 asks for (SQLCipher's
AES-256-CBC + HMAC did not). No wheel on PyPI carries sqlite3mc for every platform, so this
script makes one from two pinned, hash-checked sources:

- pysqlite3 0.6.1's sdist (PyPI; zlib licence): the ``sqlite3`` module of CPython under the
  name ``pysqlite3``, whose ``setup.py`` compiles a ``sqlite3.c`` found beside it;
- the sqlite3mc 2.4.0 amalgamation (SQLite 3.53.4 inside; MIT) as shipped in the npm package
  ``better-sqlite3-multiple-ciphers`` 13.0.3 (``package/deps/sqlite3/sqlite3.c`` and ``.h``).

The wheel, ``pysqlite3-0.6.1+sqlite3mc.2.4.0-…whl``, is built with ``pip wheel`` (setuptools
from the lock; a C compiler and Python's headers needed, 70–95 s) into a cache folder named
by a hash of the sources, this script and the Python/platform, and re-used from there:

    python packaging/engine.py                 build the wheel if not cached; print its path
    python packaging/engine.py --install       …and install it into this Python when it does not
                                               already report sqlite3mc 2.4.0
    python packaging/engine.py --print-wheel   print only the wheel's path (for scripts)

Cache: ``$XDG_CACHE_HOME`` or ``~/.cache`` (Windows: ``%LOCALAPPDATA%``) +
``inspect-app/engine/<key>/``. Standard library only; run it with the venv's python.
Exit status 0 when done, 2 with a one-line reason (no compiler, a download that fails its
hash, …) on stderr.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import ssl
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

SQLITE3MC_VERSION = "2.4.0"
WHEEL_VERSION = f"0.6.1+sqlite3mc.{SQLITE3MC_VERSION}"
"""The built distribution's version: pysqlite3's own plus a PEP 440 local label."""


@dataclass(frozen=True)
class Source:
    """One pinned download: where it comes from and the SHA-256 (hex) it must have."""

    name: str
    url: str
    sha256: str


PYSQLITE3 = Source(
    "pysqlite3-0.6.1.tar.gz",
    "https://files.pythonhosted.org/packages/28/43/6f1f3adc88f9f77a0f49a2959f6aac5f56900da5e60c65fa6fbcc9c0afae/pysqlite3-0.6.1.tar.gz",
    "dd7d2b7f3a29aebdbf569c359658b091d3345b5691d9ea765a5c3febe8872bf9",
)
SQLITE3MC = Source(
    "better-sqlite3-multiple-ciphers-13.0.3.tgz",
    "https://registry.npmjs.org/better-sqlite3-multiple-ciphers/-/better-sqlite3-multiple-ciphers-13.0.3.tgz",
    "24a11e221247fc003f755ad0f82126bc6b0295d0be1c06f3cb3e48d9db8eb898",
)
SOURCES = (PYSQLITE3, SQLITE3MC)
PYSQLITE3_ROOT = "pysqlite3-0.6.1"
AMALGAMATION = ("package/deps/sqlite3/sqlite3.c", "package/deps/sqlite3/sqlite3.h")

PROBE = (
    "import pysqlite3.dbapi2 as d; c = d.connect(':memory:');"
    " print(c.execute('select sqlite3mc_version()').fetchone()[0])"
)
"""Prints e.g. ``SQLite3 Multiple Ciphers 2.4.0`` when the engine is the one built here."""


class EngineError(Exception):
    """A step failed; the message says what to do (shown without a traceback)."""


def say(message: str) -> None:
    """Print one step on stderr (stdout carries only ``--print-wheel``'s path)."""
    print(f"[engine] {message}", file=sys.stderr, flush=True)


def cache_root() -> Path:
    """The user's cache folder for the engine (not created here)."""
    if os.name == "nt":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "inspect-app" / "engine"


def build_key() -> str:
    """A hash of everything the wheel depends on: sources, this script, Python and platform."""
    digest = hashlib.sha256()
    for source in SOURCES:
        digest.update(source.sha256.encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(f"{sys.implementation.cache_tag} {sysconfig.get_platform()}".encode())
    return digest.hexdigest()[:24]


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, as lowercase hex."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _ssl_context() -> ssl.SSLContext:
    """The system trust store, plus pip's configured certificate bundle when one is set."""
    cafile = os.environ.get("PIP_CERT") or os.environ.get("SSL_CERT_FILE")
    if not cafile and Path("/etc/ssl/certs/ca-certificates.crt").is_file():
        cafile = "/etc/ssl/certs/ca-certificates.crt"
    return ssl.create_default_context(cafile=cafile if cafile and Path(cafile).is_file() else None)


def fetch(source: Source, downloads: Path, local: Path | None = None) -> Path:
    """Return a verified copy of ``source`` in ``downloads``, downloading it when needed.

    ``local`` is a folder that may already hold the file under ``source.name`` (offline builds).
    Raises EngineError when no copy with the pinned SHA-256 can be had.
    """
    target = downloads / f"{source.sha256[:16]}-{source.name}"
    if target.is_file() and sha256_of(target) == source.sha256:
        return target
    downloads.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(target.suffix + ".part")
    candidate = local / source.name if local else None
    try:
        if candidate and candidate.is_file():
            shutil.copyfile(candidate, temporary)
        else:
            say(f"downloading {source.url}")
            context = _ssl_context()
            with (
                urllib.request.urlopen(source.url, timeout=120, context=context) as reply,
                temporary.open("wb") as out,
            ):
                shutil.copyfileobj(reply, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise EngineError(f"cannot download {source.url}: {error}") from error
    found = sha256_of(temporary)
    if found != source.sha256:
        temporary.unlink(missing_ok=True)
        raise EngineError(
            f"{source.name}: SHA-256 {found} is not the pinned {source.sha256}; not used"
        )
    os.replace(temporary, target)
    return target


def _check_member(member: tarfile.TarInfo) -> PurePosixPath:
    """The member's relative path; EngineError when it is not a plain file/folder inside."""
    path = PurePosixPath(member.name)
    if path.is_absolute() or ".." in path.parts or member.name.startswith(("/", "\\")):
        raise EngineError(f"archive member {member.name!r} points outside the folder")
    if "\\" in member.name or ":" in member.name:
        raise EngineError(f"archive member {member.name!r} has an unsafe name")
    if not (member.isfile() or member.isdir()):
        raise EngineError(f"archive member {member.name!r} is a link or device; refused")
    return path


def safe_extract(archive: Path, destination: Path, only: tuple[str, ...] = ()) -> list[Path]:
    """Extract a .tar.gz into ``destination``: regular files and folders only, none outside.

    ``only``: member names to extract (all when empty; each must be present). Every member is
    checked first, so a bad archive extracts nothing. Returns the extracted files' paths.
    Raises EngineError for an absolute or ``..`` path, a link or device, or a missing member.
    """
    with tarfile.open(archive, "r:gz") as tar:
        members = tar.getmembers()
        for member in members:
            _check_member(member)
        chosen = [m for m in members if not only or m.name in only]
        missing = set(only) - {m.name for m in chosen}
        if missing:
            raise EngineError(f"{archive.name} lacks {', '.join(sorted(missing))}")
        root = destination.resolve()
        written = []
        for member in chosen:
            target = (root / member.name).resolve()
            if not target.is_relative_to(root):
                raise EngineError(f"archive member {member.name!r} points outside the folder")
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            extracted = tar.extractfile(member)
            assert extracted is not None  # a regular file (checked above)
            with extracted, target.open("wb") as out:
                shutil.copyfileobj(extracted, out, 1 << 20)
            written.append(target)
    return written


def prepare_tree(work: Path, local: Path | None, downloads: Path) -> Path:
    """Unpack pysqlite3 into ``work`` with the sqlite3mc amalgamation beside its setup.py."""
    sdist = fetch(PYSQLITE3, downloads, local)
    npm = fetch(SQLITE3MC, downloads, local)
    safe_extract(sdist, work)
    tree = work / PYSQLITE3_ROOT
    safe_extract(npm, work / "npm", only=AMALGAMATION)
    for name in AMALGAMATION:
        shutil.copyfile(work / "npm" / name, tree / PurePosixPath(name).name)
    shutil.rmtree(tree / "pysqlite3.egg-info", ignore_errors=True)  # stale: setuptools remakes it
    pyproject = tree / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    if 'version = "0.6.1"' not in text:
        raise EngineError("pysqlite3's pyproject.toml has no version 0.6.1 line")
    pyproject.write_text(
        text.replace('version = "0.6.1"', f'version = "{WHEEL_VERSION}"', 1), encoding="utf-8"
    )
    return tree


def check_compiler() -> None:
    """Raise EngineError naming what to install when no C compiler or no Python.h is found."""
    if os.name == "nt":
        return  # MSVC is found by setuptools itself; its failure is translated in build_wheel
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if not shutil.which(compiler) and not shutil.which("cc"):
        raise EngineError(
            f"no C compiler ({compiler}) to build the SQLite engine: install it, e.g. "
            "`sudo apt-get install build-essential` (Debian/UOS/Kylin: gcc and libc6-dev)"
        )
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").is_file():
        minor = f"3.{sys.version_info.minor}"
        raise EngineError(
            f"Python's C headers are missing ({include}/Python.h): install python{minor}-dev "
            "(Debian's python3: `sudo apt-get install python3-dev`)"
        )


def build_wheel(tree: Path, out: Path) -> Path:
    """Run ``pip wheel`` on the prepared tree; return the one wheel written into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    say("compiling pysqlite3 with SQLite3 Multiple Ciphers (1–2 minutes, once)")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--disable-pip-version-check",
            "-q",
            "-w",
            str(out),
            str(tree),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        log = done.stdout + done.stderr
        if "Microsoft Visual C++" in log or "vcvarsall" in log:
            raise EngineError(
                "no C compiler: install the Microsoft C++ Build Tools "
                "(https://visualstudio.microsoft.com/visual-cpp-build-tools/, "
                "workload 'Desktop development with C++')"
            )
        if "Python.h" in log:
            raise EngineError("Python's C headers are missing: install python3-dev")
        if "invalid command 'bdist_wheel'" in log:
            raise EngineError(
                "the `wheel` package is missing (setuptools older than 70.1 needs it): install "
                "the locked dependencies first (requirements/lock.txt) or `pip install wheel`"
            )
        tail = "\n".join(log.strip().splitlines()[-25:])
        raise EngineError(f"building the engine failed:\n{tail}")
    wheels = sorted(out.glob("pysqlite3-*.whl"))
    if len(wheels) != 1:
        raise EngineError(f"pip wheel left {len(wheels)} wheels in {out}")
    return wheels[0]


def cached_wheel(local: Path | None = None) -> Path:
    """The engine's wheel for this Python: from the cache, else built into it (atomically)."""
    root = cache_root()
    final = root / build_key()
    wheels = sorted(final.glob("pysqlite3-*.whl")) if final.is_dir() else []
    if wheels:
        return wheels[0]
    check_compiler()
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="build-", dir=root) as scratch:
        work = Path(scratch)
        tree = prepare_tree(work / "src", local, root / "downloads")
        wheel = build_wheel(tree, work / "wheel")
        staged = work / "done"
        staged.mkdir()
        shutil.move(str(wheel), staged / wheel.name)
        try:
            os.replace(staged, final)  # another build may have won the race: keep its wheel
        except OSError:
            if not any(final.glob("pysqlite3-*.whl")):
                raise
    return sorted(final.glob("pysqlite3-*.whl"))[0]


def installed_version(python: str = sys.executable) -> str | None:
    """``SQLite3 Multiple Ciphers X.Y.Z`` as the installed pysqlite3 reports it, else None."""
    done = subprocess.run([python, "-c", PROBE], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def install(wheel: Path, python: str = sys.executable) -> None:
    """Install the wheel into ``python``'s environment, then check it reports sqlite3mc."""
    subprocess.run(
        [
            python,
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "--no-deps",
            "--force-reinstall",
            str(wheel),
        ],
        check=True,
    )
    found = installed_version(python)
    if found != f"SQLite3 Multiple Ciphers {SQLITE3MC_VERSION}":
        raise EngineError(f"after installing {wheel.name}, pysqlite3 reports {found!r}")


def main(argv: list[str] | None = None) -> int:
    """Command line; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--install",
        action="store_true",
        help="install the wheel unless pysqlite3 already has sqlite3mc " + SQLITE3MC_VERSION,
    )
    parser.add_argument("--print-wheel", action="store_true", help="print only the wheel path")
    parser.add_argument(
        "--sources",
        type=Path,
        metavar="DIR",
        help="a folder holding the pinned archives (offline; hashes checked)",
    )
    args = parser.parse_args(argv)
    wanted = f"SQLite3 Multiple Ciphers {SQLITE3MC_VERSION}"
    try:
        if args.install and not args.print_wheel and installed_version() == wanted:
            say(f"pysqlite3 already has {wanted}")
            return 0
        wheel = cached_wheel(args.sources)
        if args.install and installed_version() != wanted:
            say(f"installing {wheel.name}")
            install(wheel)
    except (EngineError, subprocess.CalledProcessError) as error:
        say(str(error))
        return 2
    if args.print_wheel:
        print(wheel, flush=True)
    else:
        say(f"wheel: {wheel}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Compile the UI translations: every ``.ts`` in ``inspect_app/resources/i18n`` to a ``.qm``.

The app never compiles translations itself (a frozen app has no ``lrelease``): it loads the
``.qm`` committed next to each ``.ts``. Run this after editing a ``.ts`` and commit both;
``tests/ui/test_language.py`` fails while a committed ``.qm`` differs from what ``lrelease``
makes of its ``.ts`` (``lrelease`` output is byte-for-byte reproducible).

Uses the ``lrelease`` shipped inside the PySide6 package (found without importing Qt), so
it needs only the standard library and an installed PySide6::

    .venv/bin/python packaging/compile_translations.py          # write the .qm files
    .venv/bin/python packaging/compile_translations.py --check  # exit 1 if one is stale
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "inspect_app" / "resources" / "i18n"
"""Where the ``.ts`` sources and their compiled ``.qm`` files live."""


def lrelease_path() -> Path:
    """Return the ``lrelease`` executable inside the installed PySide6 package.

    Raises:
        FileNotFoundError: PySide6 is not installed, or its ``lrelease`` is missing.
    """
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed (pip install pyside6-essentials)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    tool = folder / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if not tool.is_file():
        raise FileNotFoundError(f"{tool} does not exist (PySide6 without its tools?)")
    return tool


def compile_ts(ts: Path, qm: Path) -> None:
    """Compile one ``.ts`` to ``qm`` with ``lrelease`` (overwriting it).

    Raises:
        RuntimeError: ``lrelease`` failed; the message holds its output.
        FileNotFoundError: see :func:`lrelease_path`.
    """
    done = subprocess.run(
        [str(lrelease_path()), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0 or not qm.is_file():
        raise RuntimeError(f"lrelease failed for {ts}: {done.stdout}{done.stderr}".strip())


def install_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` beside ``qm`` and move it over ``qm`` in one step.

    A running Qt program maps a loaded ``.qm`` into memory: writing into that file in place
    crashes it (SIGBUS) on its next lookup, so the new file replaces the old one whole.
    """
    fresh = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
    try:
        compile_ts(ts, fresh)
        os.replace(fresh, qm)
    finally:
        fresh.unlink(missing_ok=True)


def compiled_bytes(ts: Path) -> bytes:
    """Return what ``lrelease`` makes of ``ts`` now (compiled in a temporary folder)."""
    with tempfile.TemporaryDirectory() as scratch:
        qm = Path(scratch) / (ts.stem + ".qm")
        compile_ts(ts, qm)
        return qm.read_bytes()


def stale_translations(folder: Path = I18N_DIR) -> list[Path]:
    """Return the ``.qm`` files in ``folder`` that are missing or differ from their ``.ts``."""
    stale = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.read_bytes() != compiled_bytes(ts):
            stale.append(qm)
    return stale


def main(argv: list[str] | None = None) -> int:
    """Command line (see the module docstring); returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a .qm is missing or stale"
    )
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = stale_translations()
            for qm in stale:
                print(f"stale: {qm} (run packaging/compile_translations.py)", file=sys.stderr)
            return 1 if stale else 0
        for ts in sorted(I18N_DIR.glob("*.ts")):
            install_qm(ts, ts.with_suffix(".qm"))
            print(f"wrote {ts.with_suffix('.qm')}")
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

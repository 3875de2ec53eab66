"""The catalog holds exactly what the code says, every entry translated (one place to translate).

``pyside6-lupdate`` — the tool a translator runs (``inspect_app/resources/i18n/README.md``) —
is run over the sources into a copy of the ``.ts``: it must find nothing new, nothing
obsolete and nothing unfinished. A string added to the code without its translation, or a
translation left behind by removed code, fails here.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from inspect_app.domain.messages import all_kinds

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "inspect_app" / "resources" / "i18n" / "inspect_app_zh_CN.ts"
SOURCES = ("inspect_app/ui", "inspect_app/domain/messages", "inspect_app/cli")
"""The folders the README's lupdate command reads."""

Entry = tuple[str, str, str | None]


def _lupdate() -> Path:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    folder = Path(next(iter(spec.submodule_search_locations)))
    tool = folder / ("lupdate.exe" if os.name == "nt" else "lupdate")
    if not tool.is_file():
        pytest.fail(f"{tool} is missing: PySide6 without its tools")
    return tool


def _entries(ts: Path) -> dict[Entry, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment")): m
        for c in root.iter("context")
        for m in c.iter("message")
    }


def test_the_catalog_is_exactly_what_the_code_says(tmp_path: Path) -> None:
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    files = sorted(str(p) for folder in SOURCES for p in (ROOT / folder).rglob("*.py"))
    done = subprocess.run(
        [str(_lupdate()), *files, "-ts", str(copy), "-no-obsolete"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    committed, found = _entries(TS), _entries(copy)
    obsolete = sorted(set(committed) - set(found))
    assert not obsolete, (
        f"{len(obsolete)} translations of strings the code no longer has: {obsolete[:10]}"
    )
    unfinished = sorted(k for k, m in found.items() if m.find("translation").get("type"))
    assert not unfinished, f"{len(unfinished)} strings without a translation: {unfinished[:10]}"
    assert set(found) == set(committed)


def test_no_two_message_ids_say_the_same() -> None:
    """One sentence, one id: a second id with the same English is a second place to translate."""
    by_english: dict[str, list[str]] = {}
    for kind in all_kinds():
        by_english.setdefault(kind.english, []).append(kind.id)
    twice = {english: ids for english, ids in by_english.items() if len(ids) > 1}
    assert not twice, twice

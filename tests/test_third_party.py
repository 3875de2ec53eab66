"""The shipped third-party summary matches pyproject.toml and the installed licences."""

from __future__ import annotations

import sys

import pytest
from packaging.utils import canonicalize_name
from third_party import SUMMARY, runtime_requirements, summary


@pytest.mark.skipif(sys.platform != "linux", reason="the summary is resolved on Linux")
def test_third_party_summary_is_current() -> None:
    assert SUMMARY.read_text(encoding="utf-8") == summary(), (
        "dependencies changed: regenerate with "
        "`.venv/bin/python tests/third_party.py > inspect_app/resources/licenses/THIRD-PARTY.txt`"
    )


def test_every_runtime_dependency_is_listed_with_a_licence() -> None:
    text = SUMMARY.read_text(encoding="utf-8")
    direct = text.split("Direct dependencies", 1)[1].split("Packages they bring", 1)[0]
    names = {canonicalize_name(line) for line in direct.splitlines()[2:] if line[:1].isalnum()}
    assert names == {canonicalize_name(r.name) for r in runtime_requirements()}
    assert direct.count("licence: ") == len(names)

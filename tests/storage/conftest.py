from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_team import Team, make_team

from inspect_app.storage.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def team(store: Store) -> Team:
    return make_team(store)

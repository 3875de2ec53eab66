"""Fixtures of the export tests: a store with Chinese findings, and the window over it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from store_team import Team, make_team

from inspect_app.storage import findings, registry
from inspect_app.storage.store import Store


@dataclass
class Seeded:
    """The team, and the findings made: with a position, without one, a formula-like text."""

    team: Team
    placed: str
    unplaced: str
    formula: str


def seed(store: Store) -> Seeded:
    """A team (遂宁, 涪江 patrol) and three findings, two of them placed in Sichuan."""
    team = make_team(store)
    lead = team.lead.id
    other = registry.add_site(store, lead, "射洪市某养殖场", region="510922")
    placed = findings.add_finding(
        store,
        lead,
        team.patrol.id,
        "water_outfall",
        team.site.id,
        "排污口超标排放，废水呈黄褐色",
        "2026-11-30T10:30:00+08:00",
        severity="serious",
        latitude="30.5123456",
        longitude="105.5678912",
    )
    unplaced = findings.add_finding(
        store,
        lead,
        team.patrol.id,
        "water_outfall",
        other.id,
        "养殖废水直排，未见处理设施",
        "2026-11-30T14:05:00+08:00",
    )
    formula = findings.add_finding(
        store,
        team.inspector.id,
        team.patrol.id,
        "water_outfall",
        team.site.id,
        '=HYPERLINK("http://x","点击")',
        "2026-11-29T09:00:00+08:00",
        latitude="-0.5",
        longitude="-100.25",
    )
    return Seeded(team, placed.id, unplaced.id, formula.id)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def seeded(store: Store) -> Seeded:
    return seed(store)

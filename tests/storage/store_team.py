"""A small team in a store, shared by the storage tests."""

from __future__ import annotations

from dataclasses import dataclass

from inspect_app.domain.records import Agency, Officer, Patrol, Site
from inspect_app.storage import patrols, registry
from inspect_app.storage.store import Store


@dataclass
class Team:
    store: Store
    agency: Agency
    lead: Officer
    inspector: Officer
    site: Site
    patrol: Patrol


def make_team(store: Store) -> Team:
    """An agency, a lead and an inspector, a site and a patrol in ``store``."""
    agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead")
    inspector = registry.add_officer(store, "李四", "50010054321", agency.id)
    site = registry.add_site(store, lead.id, "某某化工有限公司", credit_code="91350100M000100Y43")
    patrol = patrols.add_patrol(store, lead.id, "2026-11-30", "fujiang", [lead.id, inspector.id])
    return Team(store, agency, lead, inspector, site, patrol)

"""A draft's "finding far from the party's site" warning uses the one distance function."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_team import make_team

from inspect_app.domain.messages.notice import NoticeMsg
from inspect_app.notices.draft import FAR_FROM_SITE_KM, build_content
from inspect_app.storage import registry
from inspect_app.storage.findings import add_finding
from inspect_app.storage.plausibility import distance_m
from inspect_app.storage.store import Store

SITE = ("30.5330", "105.5930")  # 遂宁市船山区


@pytest.mark.parametrize(("north_km", "warned"), [(2.0, False), (12.0, True)])
def test_finding_far_from_the_site_warns_with_the_great_circle_distance(
    tmp_path: Path, north_km: float, warned: bool
) -> None:
    with Store.open(tmp_path / "data") as store:
        team = make_team(store)
        registry.edit_site(store, team.lead.id, team.site.id, latitude=SITE[0], longitude=SITE[1])
        # north_km due north: one degree of latitude is distance_m(…, lat + 1, …) metres.
        degree_m = distance_m(30.533, 105.593, 31.533, 105.593)
        lat = f"{30.533 + north_km * 1000 / degree_m:.7f}"
        finding = add_finding(
            store,
            team.lead.id,
            team.patrol.id,
            "water_outfall",
            site_id=team.site.id,
            latitude=lat,
            longitude=SITE[1],
        )
        warnings = build_content(store, team.lead.id, [finding.id])[3]
    far = [w for w in warnings if w.msg is NoticeMsg.FINDING_FAR_FROM_SITE]
    assert (north_km > FAR_FROM_SITE_KM) is warned
    assert far == ([NoticeMsg.FINDING_FAR_FROM_SITE(km=round(north_km))] if warned else [])

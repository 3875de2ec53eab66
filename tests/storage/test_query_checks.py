"""The one rule for a finding filter: what does not exist is refused, never an empty list."""

from __future__ import annotations

from datetime import date

import pytest
from store_team import Team

from inspect_app.domain.errors import NotFoundError, ValidationError
from inspect_app.domain.messages.store import StoreMsg
from inspect_app.storage.query_checks import (
    check_finding_query,
    check_notice_filter,
    region_prefix_known,
)
from inspect_app.storage.search import FindingQuery
from inspect_app.storage.store import Store


def _refused(query: FindingQuery, store: Store | None = None) -> StoreMsg:
    with pytest.raises(ValidationError) as refused:
        check_finding_query(query, store)
    return refused.value.keyed_message.msg


@pytest.mark.parametrize(
    "query",
    [
        FindingQuery(),
        FindingQuery(text="排污 超标", sort="party", descending=False),
        FindingQuery(basin="fujiang"),
        FindingQuery(basin="涪江"),
        FindingQuery(basin=" Fujiang "),  # a name as typed, any case
        FindingQuery(region="51"),
        FindingQuery(region="5109"),
        FindingQuery(region="510903"),
        FindingQuery(region="500000"),
        FindingQuery(category="water_outfall"),
        FindingQuery(severity="serious", status="open"),
        FindingQuery(date_from=date(2026, 11, 30), date_to=date(2026, 11, 30)),
        FindingQuery(date_from=date(2026, 11, 30)),
        FindingQuery(bbox=(30.0, 105.0, 31.0, 106.0)),
        FindingQuery(bbox=(-90, -180, 90, 180)),
        FindingQuery(overdue=True, conflicted=False, no_evidence=True, held=True),
    ],
)
def test_what_can_match_is_accepted(query: FindingQuery) -> None:
    check_finding_query(query)


@pytest.mark.parametrize(
    ("query", "msg"),
    [
        (FindingQuery(basin="嘉陵"), StoreMsg.QUERY_UNKNOWN_BASIN),  # 嘉陵江 is the name
        (FindingQuery(basin=""), StoreMsg.QUERY_UNKNOWN_BASIN),
        (FindingQuery(region="5"), StoreMsg.QUERY_UNKNOWN_REGION),  # no GB/T 2260 level
        (FindingQuery(region="5199"), StoreMsg.QUERY_UNKNOWN_REGION),  # no such prefecture
        (FindingQuery(region="440300"), StoreMsg.QUERY_UNKNOWN_REGION),  # not in the data
        (FindingQuery(region="51a"), StoreMsg.QUERY_UNKNOWN_REGION),
        (FindingQuery(category="outfall"), StoreMsg.QUERY_UNKNOWN_CATEGORY),
        (FindingQuery(severity="high"), StoreMsg.QUERY_UNKNOWN_SEVERITY),
        (FindingQuery(status="done"), StoreMsg.QUERY_UNKNOWN_STATUS),
        (
            FindingQuery(date_from=date(2026, 12, 5), date_to=date(2026, 11, 30)),
            StoreMsg.QUERY_DATES_REVERSED,
        ),
        (FindingQuery(bbox=(31.0, 105.0, 30.0, 106.0)), StoreMsg.QUERY_BAD_BOX),  # S > N
        (FindingQuery(bbox=(30.0, 106.0, 31.0, 105.0)), StoreMsg.QUERY_BAD_BOX),  # W > E
        (FindingQuery(bbox=(30.0, 105.0, 95.0, 106.0)), StoreMsg.QUERY_BAD_BOX),
        (FindingQuery(bbox=(30.0, float("nan"), 31.0, 106.0)), StoreMsg.QUERY_BAD_BOX),
        (FindingQuery(bbox=(30.0, 105.0, 31.0)), StoreMsg.QUERY_BAD_BOX),  # type: ignore[arg-type]
    ],
)
def test_what_cannot_match_is_refused_with_its_keyed_message(
    query: FindingQuery, msg: StoreMsg
) -> None:
    assert _refused(query) is msg


def test_the_refusal_says_what_was_given_and_what_is_valid() -> None:
    with pytest.raises(ValidationError) as refused:
        check_finding_query(FindingQuery(basin="嘉陵"))
    params = refused.value.keyed_message.params
    assert params["name"] == "'嘉陵'" and "jialing (嘉陵江)" in str(params["valid"])
    with pytest.raises(ValidationError) as reversed_:
        check_finding_query(FindingQuery(date_from=date(2026, 12, 5), date_to=date(2026, 11, 30)))
    assert "2026-12-05" in str(reversed_.value) and "2026-11-30" in str(reversed_.value)


def test_records_named_by_id_must_exist_when_the_store_is_given(store: Store, team: Team) -> None:
    named = FindingQuery(patrol=team.patrol.id, party=team.site.id, officer=team.lead.id)
    check_finding_query(named, store)
    check_finding_query(FindingQuery(party="no-such-party"))  # without the store: not read
    for query in (
        FindingQuery(patrol="no-such-patrol"),
        FindingQuery(party="no-such-party"),
        FindingQuery(officer="no-such-officer"),
    ):
        with pytest.raises(NotFoundError):
            check_finding_query(query, store)


def test_the_register_filter(store: Store, team: Team) -> None:
    check_notice_filter(("draft", "issued", "served", "closed", "superseded"), team.site.id, store)
    with pytest.raises(ValidationError) as refused:
        check_notice_filter(("sent",))
    assert refused.value.keyed_message.msg is StoreMsg.QUERY_UNKNOWN_STAGE
    with pytest.raises(NotFoundError):
        check_notice_filter((), "no-such-party", store)


def test_region_prefixes_are_the_levels_of_gb_t_2260() -> None:
    assert [region_prefix_known(c) for c in ("50", "51", "5109", "510903")] == [True] * 4
    assert [region_prefix_known(c) for c in ("", "5", "510", "51090", "5109031")] == [False] * 5

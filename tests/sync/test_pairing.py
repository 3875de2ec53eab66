"""Pairing a new laptop with a real hub by the lead's short code (issue 12).

A real hub on 127.0.0.1 (uvicorn in a thread), the lead's laptop A (enrolled there) and a
new, empty laptop C: A opens a pairing, C pairs with the code, receives the team, works,
and its records reach A through the hub; both screens' codes agree. Then what a hostile
LAN gives the hub: wrong codes (and a flood of them), a used code again, an inspector
opening a pairing, a malformed body, another laptop reading the slot.
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from hub_fixtures import World, make_world

from inspect_app.domain.errors import InspectError, ValidationError
from inspect_app.domain.messages.joining import JoinMsg
from inspect_app.storage import registry
from inspect_app.storage.receive import trusted_key
from inspect_app.storage.store import Store
from inspect_app.sync import hub_client, joining, pairing


@pytest.fixture
def world(tmp_path: Path):
    made = make_world(tmp_path)
    hub_client.push(made.a, made.url)  # the hub learns the team (and who the lead is)
    yield made
    made.close()


def _keyed_id(exc: InspectError) -> str | None:
    return exc.keyed_message.id if exc.keyed_message is not None else None


def test_a_new_laptop_pairs_by_code_and_syncs(world: World, tmp_path: Path) -> None:
    ticket = pairing.open_pairing(world.a, world.url, world.lead)
    assert len(ticket.code) == pairing.CODE_DIGITS and ticket.code.isdigit()
    assert ticket.hub_code == joining.laptop_code(world.hub.public_key)
    assert pairing.pairing_state(world.a, world.url, ticket.slot)["state"] == "open"

    new = Store.open(tmp_path / "laptop-c")
    paired = pairing.pair_with_hub(new, world.url, ticket.code, "王芳的笔记本")
    assert paired.hub_code == ticket.hub_code  # the new laptop's screen shows the same hub
    assert trusted_key(new, world.hub.replica_id) == world.hub.public_key
    assert {o.name for o in registry.list_officers(new)} == {"张三", "李四"}  # the team came

    state = pairing.pairing_state(world.a, world.url, ticket.slot)
    assert state["state"] == "paired" and state["label"] == "王芳的笔记本"
    assert state["laptop_code"] == paired.laptop_code == joining.laptop_code(new.public_key)

    me = joining.choose_officer(new, world.inspector)
    registry.add_site(new, me.id, "射洪市某某纸业有限公司")
    pushed = hub_client.push(new, world.url)
    assert pushed["ok"] and not pushed["quarantined"]
    hub_client.pull(world.a, world.url)
    found = registry.find_sites(world.a, "射洪市某某")
    assert [s.name for s in found] == ["射洪市某某纸业有限公司"]

    with pytest.raises(InspectError) as error:  # a code serves one laptop
        pairing.pair_with_hub(Store.open(tmp_path / "laptop-d"), world.url, ticket.code, "x")
    assert _keyed_id(error.value) == JoinMsg.PAIRING_WRONG_CODE.id
    new.close()


def test_wrong_codes_enrol_nothing_and_a_flood_closes_the_slots(
    world: World, tmp_path: Path
) -> None:
    ticket = pairing.open_pairing(world.a, world.url, world.lead)
    guesser = Store.open(tmp_path / "guesser")
    wrong = f"{(int(ticket.code) + 1) % 10**8:08d}"
    with pytest.raises(InspectError) as error:
        pairing.pair_with_hub(guesser, world.url, wrong, "guess")
    assert _keyed_id(error.value) == JoinMsg.PAIRING_WRONG_CODE.id
    assert trusted_key(world.hub, guesser.replica_id) is None
    assert trusted_key(guesser, world.hub.replica_id) is None  # nothing trusted either
    for n in range(pairing.MAX_WRONG_PROOFS):
        proof = pairing.code_proof(f"{n:08d}x", guesser.replica_id, guesser.public_key)
        body = {"replica": guesser.replica_id, "public_key": guesser.public_key,
                "label": "", "proof": proof}  # fmt: skip
        assert httpx.post(f"{world.url}/pair", json=body).status_code == 403
    with pytest.raises(InspectError):  # now even the right code is void
        pairing.pair_with_hub(guesser, world.url, ticket.code, "late")
    assert pairing.pairing_state(world.a, world.url, ticket.slot)["state"] == "gone"
    guesser.close()


def test_only_a_lead_opens_a_pairing_and_only_its_laptop_reads_it(
    world: World, tmp_path: Path
) -> None:
    with pytest.raises(InspectError) as error:
        pairing.open_pairing(world.a, world.url, world.inspector)
    assert _keyed_id(error.value) == JoinMsg.PAIRING_NOT_LEAD.id
    ticket = pairing.open_pairing(world.a, world.url, world.lead)
    assert pairing.pairing_state(world.b, world.url, ticket.slot) == {"state": "gone"}


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[]",
        json.dumps({"replica": "x" * 32, "public_key": "0" * 64, "proof": "0" * 64}).encode(),
        json.dumps({"replica": "0" * 32, "public_key": "0" * 64, "proof": "0" * 3}).encode(),
        json.dumps(
            {"replica": "0" * 32, "public_key": "0" * 64, "label": "x" * 500, "proof": "0" * 64}
        ).encode(),  # fmt: skip
        b"{" * 5000,
    ],
)
def test_a_malformed_pair_request_is_a_clear_400(world: World, body: bytes) -> None:
    response = httpx.post(
        f"{world.url}/pair", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code in (400, 413)
    assert "error" in response.json() and "Traceback" not in response.text


def test_a_laptop_with_a_team_does_not_pair(world: World) -> None:
    ticket = pairing.open_pairing(world.a, world.url, world.lead)
    with pytest.raises(ValidationError) as error:
        pairing.pair_with_hub(world.a, world.url, ticket.code, "A")  # A has a team
    assert _keyed_id(error.value) == JoinMsg.ALREADY_IN_A_TEAM.id


def test_pairing_leaves_the_hubs_label_to_the_lead(world: World, tmp_path: Path) -> None:
    """The lead names the hub; a pairing laptop writes no label of its own, so no conflict."""
    from inspect_app.sync import conflicts, replicas

    hub_id = world.hub.replica_id
    replicas.enroll(world.a, world.lead, hub_id, world.hub.public_key, "市局同步服务器")
    assert hub_client.push(world.a, world.url)["ok"]
    ticket = pairing.open_pairing(world.a, world.url, world.lead)
    new = Store.open(tmp_path / "laptop-c")
    pairing.pair_with_hub(new, world.url, ticket.code, "王芳的笔记本")
    assert replicas.get_replica(new, hub_id).label == "市局同步服务器"
    joining.choose_officer(new, world.inspector)
    assert hub_client.push(new, world.url)["ok"]
    hub_client.pull(world.a, world.url)
    for store in (world.hub, world.a, new):
        on_hub_label = [c for c in conflicts.list_conflicts(store) if c["entity"] == "replica"]
        assert on_hub_label == [], on_hub_label
        assert replicas.get_replica(store, hub_id).label == "市局同步服务器"
    new.close()

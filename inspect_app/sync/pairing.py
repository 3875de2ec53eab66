"""Pairing a new laptop with the office hub by a short code (issue 12, "Joining a team").

The steps:

1. A team lead, on a laptop enrolled on the hub, opens a pairing (:func:`open_pairing`,
   ``POST /pairing``, signed): the hub answers a slot and an **8-digit code**, valid
   :data:`PAIRING_TTL_S` seconds, which the lead's screen shows.
2. The new, empty laptop sends the hub its replica id, public key and label with a proof of
   the code (:func:`pair_with_hub`, ``POST /pair``, not signed — the hub does not know it
   yet): HMAC-SHA256 keyed by the code over the id and key, so the code itself never crosses
   the network and the proof binds it to that key. The hub checks the proof against its open
   slots, enrols the laptop in the lead's name (a normal enrolment op, judged as any other)
   and answers its own id and key. The laptop enrols the hub and pulls the team's records.
3. Both screens then show codes to compare (:func:`~inspect_app.sync.joining.laptop_code`):
   the lead's screen shows the new laptop's code as the hub received it
   (:func:`pairing_state`, ``GET /pairing/{slot}``) and the hub's code; the new laptop
   shows its own and the hub's. Matching codes rule out a machine in the middle of the LAN
   (which could otherwise learn the code by brute force of the proof, 10^8 tries); a
   mismatch tells the lead to revoke.

Guessing: a slot closes after its one use or its time; :data:`MAX_WRONG_PROOFS` wrong
proofs close every open slot (each guess has one chance in 10^8 per slot). Open slots are
kept where the hub keeps its log (:mod:`.hub_log`): in the office hub process's memory (a
restart forgets them: the lead opens a new one), in PostgreSQL for the province hub (any of its
processes answers any step; the code stored hashed and sealed under the hub key).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages.joining import JoinMsg
from inspect_app.domain.messages.sync import SyncMsg
from inspect_app.domain.scope import MAX_KEY_LEN, MAX_KEYS, check_scope_field
from inspect_app.storage import registry
from inspect_app.storage.scope_check import checked_keys
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.sync.hub_log import MemoryPairingSlots, PairingSlots, PairingState

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

    from inspect_app.sync.hub import Hub

PAIRING_TTL_S = 600
"""How long a pairing code is valid (seconds)."""
CODE_DIGITS = 8
MAX_WRONG_PROOFS = 20
"""Wrong proofs (over all slots) after which every open slot is closed."""
MAX_OPEN_SLOTS = 16
MAX_PAIR_BODY_BYTES = 2_048
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_SLOT = re.compile(r"[0-9a-f]{32}")


def code_proof(code: str, replica: str, public_key: str) -> str:
    """HMAC-SHA256 keyed by the pairing code over ``replica`` + ``public_key`` (hex)."""
    digits = "".join(c for c in code if c.isdigit())
    message = f"{replica}\x00{public_key}".encode("ascii")
    return hmac.new(digits.encode("ascii"), message, hashlib.sha256).hexdigest()


@dataclass
class PairingSlot:
    """One open pairing on the hub.

    Attributes:
        slot: its id (32 hex), for the lead's polling.
        code: the 8-digit code (kept only in memory).
        officer: the team lead in whose name the new laptop is enrolled.
        opened_by: the lead's laptop (replica id); only it may read the slot.
        expires: Unix time after which the code is void.
        replica / public_key / label: the laptop that paired, once one has.
        scope: the new laptop's ``replica.scope`` the lead chose (canonical JSON text of
            checked keys), written with its enrolment; None = everything.
    """

    slot: str
    code: str
    officer: str
    opened_by: str
    expires: float
    replica: str | None = None
    public_key: str | None = None
    label: str | None = None
    scope: str | None = None


class PairingDesk:
    """The hub's open pairings and the count of wrong proofs (thread- and process-safe).

    Args:
        clock: Unix time in seconds.
        slots: where the slots live (default: this process's memory; the PostgreSQL hub
            keeps them in its database, so any hub process answers any step).
        own_write: runs a write of the hub's own replica (the enrolment) safely — on the
            PostgreSQL hub under its lock for the hub's own writes (default: as it is).
    """

    def __init__(
        self,
        clock: Any = time.time,
        slots: PairingSlots | None = None,
        own_write: Callable[[Callable[[], Any]], Any] | None = None,
    ) -> None:
        self.clock = clock
        self.slots: PairingSlots = slots if slots is not None else MemoryPairingSlots()
        self.own_write = own_write if own_write is not None else (lambda write: write())

    def open(
        self, store: Store, requester: str, officer: str, scope: list[str] | None = None
    ) -> PairingSlot:
        """Open a slot for ``officer`` (a live team lead on the hub) asked by ``requester``.

        ``scope``: the keys the new laptop receives (None = everything), checked against the
        hub's store (``storage/scope_check.checked_keys``) and written with its enrolment,
        in the lead's name, so its very first pull is scoped.

        Raises:
            ValidationError: ``officer`` is not a live team lead known to the hub; a scope
                key is malformed or names nothing the hub knows.
        """
        with store._lock:
            lead = next(
                (o for o in registry.list_officers(store) if o.id == officer and o.role == "lead"),
                None,
            )
        if lead is None:
            raise ValidationError(JoinMsg.PAIRING_NOT_LEAD(officer=officer))
        chosen = None if scope is None else check_scope_field(checked_keys(store, scope), "scope")
        with self.slots.session() as state:
            self._tidy(state)
            if len(state.slots) >= MAX_OPEN_SLOTS:
                oldest = min(state.slots.values(), key=lambda s: s.expires)
                del state.slots[oldest.slot]
            code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
            slot = PairingSlot(
                secrets.token_hex(16),
                code,
                officer,
                requester,
                self.clock() + PAIRING_TTL_S,
                scope=chosen,
            )
            state.slots[slot.slot] = slot
            state.wrong = 0
            return slot

    def state(self, slot_id: str, requester: str) -> dict[str, Any]:
        """The slot as its lead's laptop may see it: open, paired (with whom) or gone."""
        with self.slots.session() as state:
            slot = state.slots.get(slot_id)
            if slot is None or slot.opened_by != requester:
                return {"state": "gone"}
            if slot.replica is not None:
                return {
                    "state": "paired",
                    "replica": slot.replica,
                    "public_key": slot.public_key,
                    "label": slot.label,
                }
            if slot.expires < self.clock():
                return {"state": "expired"}
            return {"state": "open", "expires_in": int(slot.expires - self.clock())}

    def pair(
        self, store: Store, proof: str, replica: str, public_key: str, label: str
    ) -> PairingSlot:
        """Enrol the laptop whose proof matches an open slot; close that slot.

        Raises:
            ValidationError: no open slot matches (wrong or expired code, or too many wrong
                proofs), or the enrolment is refused (e.g. the id is enrolled with another
                key).
        """
        with self.slots.session() as state:
            self._tidy(state)
            found = next(
                (
                    s
                    for s in state.slots.values()
                    if s.replica is None
                    and hmac.compare_digest(code_proof(s.code, replica, public_key), proof)
                ),
                None,
            )
            if found is None:
                state.wrong += 1
                if state.wrong >= MAX_WRONG_PROOFS:
                    state.slots = {k: s for k, s in state.slots.items() if s.replica is not None}
                raise ValidationError(JoinMsg.PAIRING_WRONG_CODE())
            found.replica, found.public_key, found.label = replica, public_key, label
        try:
            self.own_write(
                lambda: replicas.enroll(
                    store, found.officer, replica, public_key, label or None, scope=found.scope
                )
            )
        except ValidationError:
            with self.slots.session() as state:
                again = state.slots.get(found.slot)
                if again is not None:
                    again.replica = again.public_key = again.label = None
            raise
        return found

    def _tidy(self, state: PairingState) -> None:
        now = self.clock()
        state.slots = {
            k: s for k, s in state.slots.items() if s.expires >= now or s.replica is not None
        }


# -- the hub's routes (hub.py adds them) ----------------------------------------------------
async def open_route(request: Request, hub: Hub, replica: str) -> Response:
    """``POST /pairing`` (signed): open a slot, the new laptop's scope optional.

    ``{"officer": id, "scope": [key, …]}`` → ``{"slot", "code", "expires_in", "scope"}``
    (``scope``: the checked keys, or null = everything).
    """
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import JSONResponse

    from inspect_app.sync.hub import HttpError, json_body

    payload = json_body(request)
    officer = payload.get("officer") if isinstance(payload, dict) else None
    scope = payload.get("scope") if isinstance(payload, dict) else None
    if (
        not isinstance(officer, str)
        or len(officer) > 64
        or not (
            scope is None
            or (
                isinstance(scope, list)
                and len(scope) <= MAX_KEYS
                and all(isinstance(k, str) and len(k) <= MAX_KEY_LEN for k in scope)
            )
        )
    ):
        shape = '{"officer": OFFICER_ID, "scope": [KEY, ...] (optional)}'
        raise HttpError(400, JoinMsg.PAIRING_BODY(shape=shape))
    try:
        slot = await run_in_threadpool(hub.pairing.open, hub.store, replica, officer, scope)
    except ValidationError as exc:
        raise HttpError(
            409, exc.keyed_message or JoinMsg.PAIRING_NOT_LEAD(officer=officer)
        ) from None
    keys = None if slot.scope is None else json.loads(slot.scope)
    return JSONResponse(
        {"slot": slot.slot, "code": slot.code, "expires_in": PAIRING_TTL_S, "scope": keys}
    )


async def state_route(request: Request, hub: Hub, replica: str) -> Response:
    """``GET /pairing/{slot}`` (signed): the slot's state for the laptop that opened it."""
    from starlette.responses import JSONResponse

    from inspect_app.sync.hub import HttpError

    slot = str(request.path_params["slot"])
    if not _SLOT.fullmatch(slot):
        raise HttpError(400, JoinMsg.PAIRING_BODY(shape="/pairing/SLOT (32 hex)"))
    return JSONResponse(hub.pairing.state(slot, replica))


async def pair_route(request: Request, hub: Hub, replica: str) -> Response:
    """``POST /pair`` (not signed): a new laptop's id, key, label and code proof."""
    from starlette.concurrency import run_in_threadpool
    from starlette.responses import JSONResponse

    from inspect_app.sync.hub import HttpError, read_body

    body = await read_body(request, MAX_PAIR_BODY_BYTES)
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        payload = None
    shape = '{"replica", "public_key", "label", "proof"}'
    if not isinstance(payload, dict):
        raise HttpError(400, JoinMsg.PAIRING_BODY(shape=shape))
    new, key = payload.get("replica"), payload.get("public_key")
    label, proof = payload.get("label", ""), payload.get("proof")
    if not (
        isinstance(new, str)
        and _HEX32.fullmatch(new)
        and isinstance(key, str)
        and _HEX64.fullmatch(key)
        and isinstance(label, str)
        and len(label) <= 60
        and isinstance(proof, str)
        and len(proof) == 64
    ):
        raise HttpError(400, JoinMsg.PAIRING_BODY(shape=shape))
    try:
        await run_in_threadpool(hub.pairing.pair, hub.store, proof, new, key, label)
    except ValidationError as exc:
        raise HttpError(403, exc.keyed_message or JoinMsg.PAIRING_WRONG_CODE()) from None
    return JSONResponse({"replica_id": hub.store.replica_id, "public_key": hub.store.public_key})


# -- the laptops' side ----------------------------------------------------------------------
@dataclass(frozen=True)
class PairingTicket:
    """What the lead's screen shows: the slot, the code, how long it is valid, the hub.

    ``scope``: the keys the new laptop will receive (as the hub took them), None = everything.
    """

    slot: str
    code: str
    expires_in: int
    hub_id: str
    hub_code: str
    scope: list[str] | None = None


def open_pairing(
    store: Store, url: str, officer: str, scope: list[str] | None = None
) -> PairingTicket:
    """Open a pairing on the hub at ``url`` for ``officer`` (a team lead, this laptop's).

    ``scope``: the keys the new laptop receives (None = everything; ``replica scope``
    changes it later). Checked here first (``storage/scope_check.checked_keys``: basin names
    become codes), then by the hub, which writes them with the enrolment in the lead's name:
    the new laptop's first pull is already scoped.

    Raises:
        ValidationError: a scope key is malformed or names nothing here.
        HubSyncError: the hub cannot be reached, or refuses (not a lead on the hub, this
            laptop not enrolled there, a key it does not know), or ignores the scope (an
            older hub: ``join.pairing_scope_ignored``).
    """
    from inspect_app.sync.hub_client import HubSession, HubSyncError, hub_said
    from inspect_app.sync.joining import laptop_code

    keys = None if scope is None else checked_keys(store, scope)
    with HubSession(store, url) as session:
        info = session.hello()
        asked: dict[str, Any] = {"officer": officer}
        if keys is not None:
            asked["scope"] = keys
        body = json.dumps(asked).encode("utf-8")
        response = session.request(
            "POST",
            "/pairing",
            content=body,
            headers={"Content-Type": "application/json"},
            expect=(200, 409),
        )
        if response.status_code != 200:  # the hub's own reason (e.g. not a team lead)
            raise HubSyncError(hub_said(response))
        answer = response.json()
    taken = answer.get("scope")
    if keys is not None and not isinstance(taken, list):
        ignored = JoinMsg.PAIRING_SCOPE_IGNORED(option="--scope", command="replica scope")
        raise HubSyncError(ignored)
    return PairingTicket(
        str(answer["slot"]),
        str(answer["code"]),
        int(answer["expires_in"]),
        info.replica_id,
        laptop_code(info.public_key),
        None if taken is None else [str(k) for k in taken],
    )


def pairing_state(store: Store, url: str, slot: str) -> dict[str, Any]:
    """The slot's state as the hub says (``open`` / ``paired`` with the laptop / gone).

    A paired answer also carries ``laptop_code``, the code of the key the hub received.
    """
    from inspect_app.sync.hub_client import HubSession
    from inspect_app.sync.joining import laptop_code

    with HubSession(store, url) as session:
        session.hello()
        state = dict(session.request("GET", f"/pairing/{slot}").json())
    if state.get("state") == "paired" and _HEX64.fullmatch(str(state.get("public_key", ""))):
        state["laptop_code"] = laptop_code(str(state["public_key"]))
    return state


@dataclass(frozen=True)
class Paired:
    """A new laptop paired with the hub: the hub's identity and code, what the pull got."""

    hub_id: str
    hub_code: str
    laptop_code: str
    pulled: dict[str, Any]


def pair_with_hub(store: Store, url: str, code: str, label: str) -> Paired:
    """Pair this new, empty laptop with the hub by the lead's code, then pull the team.

    Raises:
        ValidationError: this laptop already has a team.
        HubSyncError: the hub cannot be reached, or refuses the code (wrong or expired).
    """
    import httpx

    from inspect_app.sync import hub_client
    from inspect_app.sync.joining import check_empty, laptop_code

    check_empty(store)
    payload = {
        "replica": store.replica_id,
        "public_key": store.public_key,
        "label": label.strip()[:60],
        "proof": code_proof(code, store.replica_id, store.public_key),
    }
    base = url.rstrip("/")
    try:
        response = httpx.post(f"{base}/pair", json=payload, timeout=hub_client.DEFAULT_TIMEOUT_S)
    except httpx.HTTPError as exc:
        raise hub_client.HubUnreachableError(
            SyncMsg.HUB_CONNECTION_FAILED(url=base, error=str(exc), tries=1)
        ) from exc
    if response.status_code != 200:
        raise hub_client.HubSyncError(hub_client.hub_said(response))
    try:
        answer = response.json()
        hub_id, hub_key = str(answer["replica_id"]), str(answer["public_key"])
    except (ValueError, KeyError, TypeError) as exc:
        raise hub_client.HubSyncError(SyncMsg.HUB_NOT_A_HUB(url=base, path="/pair")) from exc
    replicas.enroll(store, None, hub_id, hub_key, None)  # the lead's name for it comes by pull
    pulled = hub_client.pull(store, base)
    return Paired(hub_id, laptop_code(hub_key), laptop_code(store.public_key), pulled)

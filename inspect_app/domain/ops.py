"""Operations: the only way anything in the store changes.

A :class:`Change` is what a use case asks for (create a finding, set its severity …). The
store turns it into an :class:`Op` by adding who, where and when: the replica (device) id,
the replica's next sequence number, the previous op's id on that replica (a hash chain), a
hybrid-logical-clock timestamp, the officer and the entity heads it saw. The op id is the
SHA-256 of the op's canonical JSON (RFC 8785), so any change to a stored op shows.
"""

from __future__ import annotations

import enum
import json
import re
from dataclasses import dataclass, field
from typing import Any

from inspect_app.domain.canonical import canonical_json, check_value, sha256_hex
from inspect_app.domain.hlc import Hlc

OP_FORMAT_VERSION = 1


class OpKind(enum.StrEnum):
    """What an op does to its entity."""

    CREATE = "create"  # a new entity with its initial fields
    SET = "set"  # change scalar fields
    ADD = "add"  # add members to a reference set (photos of a finding, officers of a patrol)
    REMOVE = "remove"  # remove members from a reference set
    WITHDRAW = "withdraw"  # tombstone: the entity no longer counts; nothing is deleted
    RESTORE = "restore"  # lifts the withdrawals in its deps (an undo): the entity counts again
    RESOLVE = "resolve"  # a team lead's choice closing a conflict (deps name the writes)


@dataclass(frozen=True)
class Change:
    """A requested change of one entity, before the store stamps it into an :class:`Op`.

    ``data`` holds field → value for create/set (values: str, int, bool or None; never
    float), or ``{"set_name": [member ids]}`` for add/remove.
    """

    kind: OpKind
    entity: str
    entity_id: str
    data: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None  # why (a withdrawal's reason): the op's ``reason`` annotation

    def __post_init__(self) -> None:
        check_value(self.data, f"{self.entity}.{self.kind}")


@dataclass(frozen=True)
class Op:
    """One stored operation of the append-only op log.

    Attributes:
        op_id: SHA-256 (hex) of :meth:`body_json`.
        replica: id of the replica (device) that wrote it.
        seq: 1, 2, 3 … per replica, no gaps.
        prev: op id of the same replica's previous op, None for ``seq == 1``.
        hlc: hybrid logical clock text (see :mod:`inspect_app.domain.hlc`).
        wall: the writer's wall clock, ISO 8601 UTC with ``Z``.
        officer: id of the officer acting, None only while setting up agencies/officers.
        kind, entity, entity_id, data: what changed (see :class:`Change`).
        deps: op ids of the entity's heads when the op was made (its causal past).
    """

    op_id: str
    replica: str
    seq: int
    prev: str | None
    hlc: str
    wall: str
    officer: str | None
    kind: OpKind
    entity: str
    entity_id: str
    data: dict[str, Any]
    deps: tuple[str, ...]
    version: int = OP_FORMAT_VERSION
    reason: str | None = None

    def body(self) -> dict[str, Any]:
        """Return the hashed body: every attribute but ``op_id``.

        ``reason`` (why, e.g. a withdrawal's reason) is an *annotation*: an extra top-level
        key, present only when given, that changes no meaning — so every format-1 reader
        stores, relays and applies the op as before (ARCHITECTURE.md "Op format versions").
        """
        annotations = {} if self.reason is None else {"reason": self.reason}
        return annotations | {
            "v": self.version,
            "replica": self.replica,
            "seq": self.seq,
            "prev": self.prev,
            "hlc": self.hlc,
            "wall": self.wall,
            "officer": self.officer,
            "kind": str(self.kind),
            "entity": self.entity,
            "id": self.entity_id,
            "data": self.data,
            "deps": list(self.deps),
        }

    def body_json(self) -> str:
        """Return the canonical JSON of :meth:`body` (what ``op_id`` hashes); computed once."""
        cached = self.__dict__.get("_body_json")
        if cached is None:
            cached = canonical_json(self.body())
            object.__setattr__(self, "_body_json", cached)  # a cache, not state: frozen stays
        return cached

    @classmethod
    def make(cls, **fields: Any) -> Op:
        """Build an op from its attributes (all but ``op_id``) and compute its id."""
        text = cls(op_id="", **fields).body_json()
        op = cls(op_id=sha256_hex(text), **fields)
        object.__setattr__(op, "_body_json", text)
        return op

    @classmethod
    def from_body_json(cls, text: str) -> Op:
        """Parse a stored or received body; its id is the SHA-256 of exactly these bytes.

        Forward compatibility (ARCHITECTURE.md "Op format versions"): the text must be the
        canonical JSON of its own value (so every replica computes the same id), and the
        envelope keys below must be there with their types; anything else — a newer ``v``,
        an unknown ``kind``, entity or field, an extra top-level key — is kept byte-exact
        (``body_json()`` returns ``text``) for the judge to hold and the sync to relay.

        Raises:
            ValueError: if the text is not canonical JSON of an object with the envelope
                keys (``v``, ``replica``, ``seq``, ``prev``, ``hlc``, ``wall``, ``officer``,
                ``kind``, ``entity``, ``id``, ``data``, ``deps``) of the right types.
        """
        try:
            body = _DECODER.decode(text)
        except (ValueError, RecursionError) as exc:
            raise ValueError(f"malformed op body: {exc}") from None
        if not isinstance(body, dict):
            raise ValueError("malformed op body: not a JSON object")
        problem = _envelope_problem(body)
        if problem:
            raise ValueError(f"malformed op body: {problem}")
        if _CANONICAL.encode(body) != text:
            raise ValueError("malformed op body: not in canonical form (RFC 8785)")
        kind_text = body["kind"]
        kind: OpKind | str = (
            OpKind(kind_text) if kind_text in OpKind._value2member_map_ else kind_text
        )
        op = cls(
            op_id=sha256_hex(text),
            replica=body["replica"],
            seq=body["seq"],
            prev=body["prev"],
            hlc=body["hlc"],
            wall=body["wall"],
            officer=body["officer"],
            kind=kind,  # type: ignore[arg-type]
            entity=body["entity"],
            entity_id=body["id"],
            data=body["data"],
            deps=tuple(body["deps"]),
            version=body["v"],
            reason=body["reason"] if isinstance(body.get("reason"), str) else None,
        )
        object.__setattr__(op, "_body_json", text)
        return op


_MAX_SAFE_INT = 2**53 - 1
_WALL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")
_MAX_ENVELOPE_TEXT = 200
_TEXT_KEYS = ("replica", "hlc", "wall", "kind", "entity", "id")


def _no_float(text: str) -> Any:
    raise ValueError(f"a float ({text[:20]}) is not allowed in an op")


def _safe_int(text: str) -> int:
    value = int(text)
    if abs(value) > _MAX_SAFE_INT:
        raise ValueError(f"integer {text[:20]} is outside ±2**53 (RFC 8785)")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in an op")


# One parse per op: floats, unsafe integers and NaN are refused while decoding, and the
# canonical form is checked by re-encoding once (the value space of domain.canonical).
_DECODER = json.JSONDecoder(parse_float=_no_float, parse_int=_safe_int, parse_constant=_no_constant)
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _envelope_problem(body: dict[str, Any]) -> str | None:
    """What is wrong with an op body's envelope (the keys every format version keeps)."""
    try:
        v, seq, prev, officer = body["v"], body["seq"], body["prev"], body["officer"]
        data, deps = body["data"], body["deps"]
        texts = [body[key] for key in _TEXT_KEYS]
    except KeyError as exc:
        return f"missing {exc}"
    if type(v) is not int or type(seq) is not int:
        return "'v' and 'seq' must be whole numbers"
    for value in (*texts, *(x for x in (prev, officer) if x is not None)):
        if type(value) is not str or len(value) > _MAX_ENVELOPE_TEXT:
            return "a text field of the envelope has the wrong type or is too long"
    if type(data) is not dict or type(deps) is not list:
        return "'data' must be an object and 'deps' a list"
    try:
        Hlc.parse(body["hlc"])
    except ValueError:
        return "'hlc' is not a hybrid logical clock timestamp"
    if not _WALL.fullmatch(body["wall"]):
        return "'wall' is not a UTC time like 2026-12-05T08:30:00.000Z"
    if body["v"] < 1 or body["seq"] < 1:
        return "'v' and 'seq' must be at least 1"
    if (body["seq"] == 1) != (body["prev"] is None):
        return "'prev' must be null exactly for seq 1"
    if len(body["deps"]) > 10_000 or not all(
        isinstance(d, str) and len(d) == 64 for d in body["deps"]
    ):
        return "'deps' must be a list of op ids"
    return None

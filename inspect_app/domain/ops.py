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
from dataclasses import dataclass, field
from typing import Any

from inspect_app.domain.canonical import canonical_json, check_value, sha256_hex

OP_FORMAT_VERSION = 1


class OpKind(enum.StrEnum):
    """What an op does to its entity."""

    CREATE = "create"  # a new entity with its initial fields
    SET = "set"  # change scalar fields
    ADD = "add"  # add members to a reference set (photos of a finding, officers of a patrol)
    REMOVE = "remove"  # remove members from a reference set
    WITHDRAW = "withdraw"  # tombstone: the entity no longer counts; nothing is deleted
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

    def body(self) -> dict[str, Any]:
        """Return the hashed body: every attribute but ``op_id``."""
        return {
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
        """Parse a stored body and recompute its id (the caller compares it with the stored id).

        Raises:
            ValueError: if the text is not a well-formed op body.
        """
        try:
            body = json.loads(text)
            op = cls.make(
                replica=body["replica"],
                seq=body["seq"],
                prev=body["prev"],
                hlc=body["hlc"],
                wall=body["wall"],
                officer=body["officer"],
                kind=OpKind(body["kind"]),
                entity=body["entity"],
                entity_id=body["id"],
                data=body["data"],
                deps=tuple(body["deps"]),
                version=body["v"],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"malformed op body: {exc}") from exc
        return op

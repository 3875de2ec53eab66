"""Scope keys, and which keys and edges an op gives its record (scoped pull, issue 15).

A laptop's *scope* is a set of keys (``replica.scope``, set by a team lead); a record is in a
laptop's scope when one of its keys is in that set. The hub tags every op for the keys of
its record (``sync/hub_scope.py``); this module is the one place that says, from an op
alone, which keys its record gets (:func:`own_keys`) and which other records it names
(:func:`edges_of`). Stdlib only, so the hub and the laptop use the same code.
Design: ``docs/design/scoped-pull.md`` sections 1.1–1.3 and 2.2.

Keys (1.1): ``all`` (global records every replica needs), ``agency:<agency id>``,
``basin:<basin code>``, ``region:<4 or 6 digits>`` (GB/T 2260 city or district),
``origin:<replica id>`` and ``pin:<replica id>`` (implicit, never stored in a scope), and
``*`` (everything).

Edges (1.2, 1.3), ``src`` → ``dst`` between records written ``<entity>:<id>``:

* ``f`` — *follows*: ``src`` gets every member key of ``dst`` (a finding is where its patrol
  and its site are; a photo is where the records listing it are).
* ``d`` — *depends on*: the judge reads ``dst`` to decide an op of ``src``
  (``storage/judge.py`` and the rule modules it calls), so wherever ``src`` goes, ``dst``
  goes whole, as a dependency. A new judge rule reading another record must add its edge
  here (:func:`judge_dependencies`); ``tests/storage/test_scope_verdicts.py`` guards it.

When a field is both (``finding.patrol_id``), both edges are given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg
from inspect_app.domain.ops import Op, OpKind

if TYPE_CHECKING:
    from inspect_app.domain.entities import EntitySpec

# domain.entities imports check_scope_field from here (replica.scope), so its registry is
# read lazily: importing this module never imports entities.


def _spec(entity: str) -> EntitySpec | None:
    from inspect_app.domain.entities import ENTITIES

    return ENTITIES.get(entity)


EVERYTHING = "*"
"""A scope holding everything (an office desktop, a lead taking the whole province)."""
ALL_KEY = "all"
"""The key of global records, implicitly in every replica's scope."""
MAX_KEYS = 64
"""At most this many keys in a ``replica.scope``."""
MAX_KEY_LEN = 80
"""At most this many characters in one key."""
KEY_FORMS = "agency:<id>, basin:<code>, region:5101, region:510104, *"
"""How a key is written (in words for a person: ``SyncMsg.SCOPE_KEY_FORMS``)."""

GLOBAL_ENTITIES = frozenset({"agency", "replica", "team_ca", "crl", "number_block"})
"""Entities whose records are in ``all``: the judge's "who" rules read them for every op
(``receive.known_key``, ``Judge._replica_standing``, ``_appoint_lead``, ``_numbering``,
``_number_in_block``, ``lasting.judge_rule``). An entity this app does not know is global too."""

OWN_KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "officer": ("agency_id",),
    "patrol": ("basin", "officers"),  # and the creator's agency (op.officer of the create)
    "site": ("region",),
    "notice": ("agency_id",),
    "inspection_record": ("agency_id",),
}
"""Fields (or sets) whose values give the record its own keys (design 1.2): ``agency_id`` →
``agency:<id>``, ``basin`` → ``basin:<code>``, ``region`` → :func:`region_keys`, a patrol's
``officers`` → ``agency:<each officer's agency>``."""

FOLLOWS: dict[str, tuple[str, ...]] = {
    "certificate": ("officer_id",),
    "finding": ("patrol_id", "site_id"),
    "notice": ("site_id", "supersedes", "findings"),
    "inspection_record": ("site_id", "notice_id", "findings"),
    "evidence_item": ("notice_id",),
    "service": ("notice_id",),
    "signature": ("subject_id",),
    "document": ("subject_id",),
    "warning_acceptance": ("finding_id",),
}
"""Fields or sets of an entity naming records it *follows* (gets their member keys)."""

FOLLOWED_BY: dict[str, tuple[tuple[str, str], ...]] = {
    "photo": (
        ("finding", "photos"),
        ("inspection_record", "photos"),
        ("warning_acceptance", "photo_id"),
    ),
}
"""Entities that follow the records naming them: (naming entity, its field or set)."""

NOT_FOLLOWED: frozenset[tuple[str, str]] = frozenset(
    {
        ("officer", "agency_id"),
        ("patrol", "officers"),
        ("notice", "agency_id"),
        ("notice", "issued_by"),
        ("notice", "superseded_by"),
        ("inspection_record", "agency_id"),
        ("inspection_record", "recorder_id"),
        ("inspection_record", "officers"),
        ("service", "officers"),
        ("signature", "officer_id"),
        ("document", "signed_by"),
        ("document", "upgrade_of"),
        ("number_block", "agency_id"),
        ("crl", "ca_id"),
        ("evidence_item", "subject_id"),
    }
)
"""Reference fields and sets that give a dependency edge only (no follow): each reference of
``ENTITIES`` is in :data:`FOLLOWS`, :data:`FOLLOWED_BY` or here (a test enforces the choice)."""

RECORD_FIELDS: dict[tuple[str, str], str | None] = {
    ("signature", "subject_id"): None,  # an inspection record, a service or a notice
    ("document", "subject_id"): None,
    ("evidence_item", "subject_id"): None,  # a photo or a record, when one has the id
    ("document", "upgrade_of"): "document",  # lasting.judge_upgrade reads the original
    ("crl", "ca_id"): "team_ca",  # lasting.judge_crl reads the team CA
}
"""Fields naming a record without ``FieldSpec.ref`` that the judge reads: (entity, field) →
the named entity, or None when only the id is known (looked up by ``resolve``)."""

SERVICE_OF = ("service", "notice_id")
"""``Judge._served_with_service`` reads a notice's services: a service naming a notice gives
the reverse edge notice → service (``d``), so a notice goes with the services its "served"
op needs, whichever arrived first."""

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_REGION_KEY = re.compile(r"[0-9]{4}|[0-9]{6}")
_REGION = re.compile(r"[0-9]{6}")
_BASIN = re.compile(r"\S(?:.*\S)?")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_DATA_KINDS = (OpKind.CREATE, OpKind.SET, OpKind.RESOLVE)


@dataclass(frozen=True)
class Edge:
    """One edge: ``src`` follows (``kind`` ``"f"``) or depends on (``"d"``) ``dst``.

    Records are :func:`record_key` text.
    """

    src: str
    dst: str
    kind: str


def record_key(entity: str, entity_id: str) -> str:
    """The record's text ``"<entity>:<id>"`` (e.g. ``"finding:3f2a…"``)."""
    return f"{entity}:{entity_id}"


def split_record(record: str) -> tuple[str, str]:
    """(entity, id) of a :func:`record_key` text, split at the first colon.

    Raises:
        ValueError: no colon, or an empty entity or id.
    """
    entity, colon, entity_id = str(record).partition(":")
    if not colon or not entity or not entity_id:
        raise ValueError(f"not a record key: {record!r}")
    return entity, entity_id


def region_keys(region: str | None) -> list[str]:
    """The keys of a 6-digit GB/T 2260 code: ``"510104"`` → city and district keys.

    ``["region:5101", "region:510104"]``; None or anything but 6 digits → ``[]``. The
    2-digit province is no key (a whole province is ``*``).
    """
    if not isinstance(region, str) or not _REGION.fullmatch(region):
        return []
    return [f"region:{region[:4]}", f"region:{region}"]


def _key_ok(key: object) -> bool:
    if not isinstance(key, str) or not key or len(key) > MAX_KEY_LEN:
        return False
    if key == EVERYTHING:
        return True
    kind, colon, value = key.partition(":")
    if not colon:
        return False
    if kind == "agency":
        return bool(_UUID.fullmatch(value))
    if kind == "region":
        return bool(_REGION_KEY.fullmatch(value))
    if kind == "basin":
        return bool(_BASIN.fullmatch(value)) and not _CONTROL.search(value)
    return False


def check_scope_field(value: Any, name: str) -> Any:
    """The ``FieldSpec`` checker of ``replica.scope``: its canonical text, or None.

    Accepts a list of keys or its JSON text; returns the canonical JSON text (RFC 8785) of
    the sorted, unique keys — ``'["*"]'`` when ``*`` is among them; None stays None
    (everything). At most :data:`MAX_KEYS` keys of at most :data:`MAX_KEY_LEN` characters,
    each ``*``, ``agency:<agency id>``, ``basin:<code>`` or ``region:<4 or 6 digits>``.

    Raises:
        ValidationError: ``field.not_scope`` for anything else.
    """
    if value is None:
        return None
    keys: Any = value
    if isinstance(value, str):
        try:
            keys = json.loads(value)
        except ValueError:
            keys = None
    if not isinstance(keys, (list, tuple)) or not all(_key_ok(k) for k in keys):
        raise _not_scope(name, value)
    unique = sorted(set(keys))
    if len(unique) > MAX_KEYS:
        raise _not_scope(name, value)
    if EVERYTHING in unique:
        unique = [EVERYTHING]
    return json.dumps(unique, separators=(",", ":"), ensure_ascii=False)


def _not_scope(name: str, value: Any) -> ValidationError:
    from inspect_app.domain.entities import label
    from inspect_app.domain.messages import Place
    from inspect_app.domain.messages.sync import SyncMsg

    def cut(text: str) -> str:
        return text if len(text) <= 80 else text[:77] + "…"

    if isinstance(value, (list, tuple)):  # the keys as typed: joined in the reader's way
        shown: Place | str = Place(
            cut("、".join(str(k) for k in value)), cut(", ".join(str(k) for k in value))
        )
    else:
        shown = cut(str(value))
    forms = SyncMsg.SCOPE_KEY_FORMS(
        agency="agency:", basin="basin:", region="region:", everything=EVERYTHING
    )
    return ValidationError(
        Msg.FIELD_NOT_SCOPE(
            field=label(name), limit=MAX_KEYS, max_len=MAX_KEY_LEN, forms=forms, value=shown
        )
    )


def scope_keys(value: str | None) -> frozenset[str] | None:
    """The keys of a stored ``replica.scope``; None means everything (absent, null, or ``*``).

    Raises:
        ValueError: the text is not a JSON list of text (never so for a judged value).
    """
    if value is None:
        return None
    keys = json.loads(value)
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise ValueError(f"not a scope: {value!r}")
    return None if EVERYTHING in keys else frozenset(keys)


def implicit_keys(replica_id: str) -> frozenset[str]:
    """The keys in every replica's scope: ``all``, ``origin:<id>`` and ``pin:<id>``."""
    return frozenset({ALL_KEY, f"origin:{replica_id}", f"pin:{replica_id}"})


def is_global(entity: str) -> bool:
    """True for an entity whose records every replica holds (key ``all``), unknown ones too."""
    return entity in GLOBAL_ENTITIES or _spec(entity) is None


def own_keys(op: Op, officer_agency: Callable[[str], str | None]) -> frozenset[str]:
    """The keys ``op``'s own data gives its record (design 1.2), never the inherited ones.

    Global and unknown entities → ``{"all"}``. Otherwise from a create, set or resolve:
    ``agency_id`` → ``agency:<id>``, ``basin`` → ``basin:<code>``, ``region`` →
    :func:`region_keys` (per :data:`OWN_KEY_FIELDS`); a patrol's officers (an ``add``) and
    the creator of a patrol (``op.officer`` of its create) → ``agency:<their agency>``, each
    agency read with ``officer_agency(officer id)`` (None: not known, no key).
    """
    if is_global(op.entity):
        return frozenset({ALL_KEY})
    fields = OWN_KEY_FIELDS.get(op.entity, ())
    keys: set[str] = set()
    people: list[str] = []
    if op.kind in _DATA_KINDS:
        for name in fields:
            value = op.data.get(name)
            if not isinstance(value, str) or not value:
                continue
            if name == "agency_id":
                keys.add(f"agency:{value}")
            elif name == "basin":
                keys.add(f"basin:{value}")
            elif name == "region":
                keys.update(region_keys(value))
        if op.entity == "patrol" and op.kind == OpKind.CREATE and op.officer:
            people.append(op.officer)
    if op.kind == OpKind.ADD and "officers" in fields:
        members = op.data.get("officers")
        if isinstance(members, list):
            people += [m for m in members if isinstance(m, str)]
    for officer in people:
        agency = officer_agency(officer)
        if agency:
            keys.add(f"agency:{agency}")
    return frozenset(keys)


@dataclass(frozen=True)
class _Plan:
    """What an entity's ops can name, read once from its ``EntitySpec`` and the tables above."""

    fields: dict[str, str | None]  # field -> named entity (None: found by ``resolve``)
    sets: dict[str, str]  # reference set -> member entity
    follows: frozenset[str]  # fields/sets whose record the op's record follows
    followed: frozenset[str]  # fields/sets whose record follows the op's record
    depended: frozenset[str]  # fields whose record depends on the op's record


_PLANS: dict[str, _Plan] = {}


def _plan(entity: str) -> _Plan | None:
    """The entity's :class:`_Plan` (cached), or None for an entity this app does not know."""
    plan = _PLANS.get(entity)
    if plan is not None:
        return plan
    spec = _spec(entity)
    if spec is None:
        return None  # not cached: unknown names come from other apps' ops
    fields: dict[str, str | None] = {n: f.ref for n, f in spec.fields.items() if f.ref}
    fields |= {name: target for (e, name), target in RECORD_FIELDS.items() if e == entity}
    named = {**fields, **spec.sets}
    followed = {
        name
        for name, target in named.items()
        if target is not None and (entity, name) in FOLLOWED_BY.get(target, ())
    }
    plan = _PLANS[entity] = _Plan(
        fields,
        dict(spec.sets),
        frozenset(FOLLOWS.get(entity, ())),
        frozenset(followed),
        frozenset(name for e, name in (SERVICE_OF,) if e == entity),
    )
    return plan


def _named(
    op: Op, plan: _Plan | None, resolve: Callable[[str], str | None]
) -> list[tuple[str, str]]:
    """(field or set name, record key) of every record ``op``'s data names."""
    found: list[tuple[str, str]] = []
    if plan is None or not isinstance(op.data, dict):
        return found
    if op.kind in _DATA_KINDS:
        for name, value in op.data.items():
            if name in plan.fields and isinstance(value, str) and value:
                entity = plan.fields[name]
                named = f"{entity}:{value}" if entity else resolve(value)
                if named:
                    found.append((name, named))
    elif op.kind == OpKind.ADD:
        for name, members in op.data.items():
            entity = plan.sets.get(name)
            if entity is not None and isinstance(members, list):
                found += [(name, f"{entity}:{m}") for m in members if isinstance(m, str) and m]
    return found


def judge_dependencies(op: Op, resolve: Callable[[str], str | None]) -> list[str]:
    """The records the judge reads to decide ``op`` besides its own (design 1.3), as keys.

    The acting officer (``_officer_exists``, ``require_lead``); every ``ref`` field and
    reference-set member added (``_references``); a signature's or document's subject
    (``_new_signature``, ``_closed_before``); a B-LTA copy's original
    (``lasting.judge_upgrade``); a CRL's team CA (``lasting.judge_crl``); an evidence item's
    subject when ``resolve`` finds it. Reads of global records are listed too (harmless).
    The one read the op's data cannot name from its own record — a notice's services
    (``Judge._served_with_service``) — is the reverse edge :func:`edges_of` gives from each
    service (:data:`SERVICE_OF`).
    """
    found = [] if not op.officer else [record_key("officer", op.officer)]
    found += [dst for _, dst in _named(op, _plan(op.entity), resolve)]
    return list(dict.fromkeys(found))


def edges_of(op: Op, resolve: Callable[[str], str | None]) -> list[Edge]:
    """The follow and dependency edges ``op`` names, in a stable order without repeats.

    ``d`` from the op's record to each of :func:`judge_dependencies`; ``f`` from the op's
    record to what it follows (:data:`FOLLOWS`); ``f`` from each photo to the record listing
    it (:data:`FOLLOWED_BY`); and ``d`` from a notice to each service naming it
    (:data:`SERVICE_OF`). ``resolve(id)`` gives the record key of an id named without its
    entity (a ``subject_id``), or None — then no edge (the hub keeps it pending).
    """
    src = record_key(op.entity, op.entity_id)
    plan = _plan(op.entity)
    named = _named(op, plan, resolve)
    triples = [(src, f"officer:{op.officer}", "d")] if op.officer else []
    triples += [(src, dst, "d") for _, dst in named]
    if plan is not None:
        for name, dst in named:
            if name in plan.follows:
                triples.append((src, dst, "f"))
            if name in plan.followed:
                triples.append((dst, src, "f"))
            if name in plan.depended:
                triples.append((dst, src, "d"))
    return [Edge(*t) for t in dict.fromkeys(triples)]

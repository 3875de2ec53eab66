"""A real basin world for ``hub_load.py --big`` (scoped pull), built once and cached under /tmp.

One office (the team lead: agency, officer), a SQLite hub seed store that received the office's
ops, and one REAL encrypted laptop store enrolled by the lead and scoped to one basin
(``replica.scope`` = ``["basin:<BASIN>"]``, when the store knows that field). The office then
writes the basin's records: sites, patrols in the basin, findings on those patrols (with a
few later edits) — ``ops`` signed ops in all. The laptop holds what pairing gives it (the
team's enrolments and its scope), nothing of the basin.

The hub's log is: the *prefix* (the hub's own op and the office's team ops, positions
1..``prefix``), then the basin (positions ``prefix+1``..``real``). ``hub_load_scoped`` keeps
the prefix in place and spreads the basin evenly through a big synthetic log.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hub_load_fleet import CACHE

BASIN = "qiongjiang"
"""The one basin whose 20k ops are real (琼江, a code of ``reference/basins.json``)."""


WORLD_VERSION = 2
"""Bumped when the world's recipe changes (a cached world of another recipe is not reused)."""


def scope_supported() -> bool:
    """True when this code's ``replica`` entity has the ``scope`` field (issue 15, S2)."""
    from inspect_app.domain.entities import spec_for

    return "scope" in spec_for("replica").fields


def cache_tag() -> str:
    """Part of a cached folder's name: the store's schema version and whether scopes exist
    (a store built by other code is rebuilt, not reused)."""
    from inspect_app.storage.migrations import SCHEMA_VERSION

    return f"v{SCHEMA_VERSION}{'-scoped' if scope_supported() else ''}"


def scope_value(keys: list[str]) -> str:
    """``replica.scope`` text for ``keys``: canonical JSON of a sorted unique list."""
    return json.dumps(sorted(set(keys)), separators=(",", ":"), ensure_ascii=False)


def set_scope(store: object, lead: str, replica_id: str, keys: list[str]) -> None:
    """The lead's op setting ``replica_id``'s scope (skipped when the field does not exist)."""
    from inspect_app.domain.ops import Change, OpKind

    if scope_supported():
        store.write(  # type: ignore[attr-defined]
            [Change(OpKind.SET, "replica", replica_id, {"scope": scope_value(keys)})], lead
        )


@dataclass
class World:
    """A built world: folders and the hub log's shape."""

    folder: Path
    hub_seed: Path
    laptop: Path
    prefix: int
    real: int
    scoped: bool


def build_world(ops: int, say: Callable[[str], None] = print) -> World:
    """The world of one basin holding ``ops`` ops (built now if missing; time printed).

    Raises:
        OSError: the cache folder cannot be written.
    """
    folder = CACHE / f"world{WORLD_VERSION}-{ops}-{cache_tag()}"
    manifest = folder / "world.json"
    if not manifest.exists():
        began = time.perf_counter()
        if folder.exists():
            shutil.rmtree(folder)
        _build(folder, ops)
        say(f"built basin world of {ops:,} ops in {time.perf_counter() - began:.0f} s (cached)")
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return World(
        folder,
        folder / "hub-seed",
        folder / "laptop",
        int(data["prefix"]),
        int(data["real"]),
        bool(data["scoped"]),
    )


def _build(folder: Path, ops: int) -> None:
    from inspect_app.domain.entities import new_id
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.storage import patrols, registry
    from inspect_app.storage.receive import receive
    from inspect_app.storage.store import Store
    from inspect_app.sync import replicas

    work = folder / "work"
    work.mkdir(parents=True)
    office = Store.open(work / "office")
    hub = Store.open(folder / "hub-seed")
    laptop = Store.open(folder / "laptop")
    agency = registry.add_agency(office, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(office, "李四", "51100012345", agency.id, "lead").id
    replicas.enroll(hub, None, office.replica_id, office.public_key, "office")
    replicas.enroll(office, lead, hub.replica_id, hub.public_key, "hub")
    replicas.enroll(office, lead, laptop.replica_id, laptop.public_key, "laptop")
    replicas.enroll(laptop, None, office.replica_id, office.public_key, "office")
    set_scope(office, lead, laptop.replica_id, [f"basin:{BASIN}"])
    team = _own(office)
    sites = [
        registry.add_site(office, lead, f"琼江沿岸企业 {n}", region="510903").id
        for n in range(max(ops // 400, 2))
    ]
    patrol_ids = [
        patrols.add_patrol(
            office, lead, f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", BASIN, [lead]
        ).id
        for n in range(max(ops // 100, 2))
    ]
    made: list[str] = []
    n = 0  # ops written; every tenth is an edit
    created = 0  # findings: the k-th uses patrol k and site k (every site and patrol used)
    while (left := ops - (len(_own(office)) - len(team))) > 0:
        batch: list[Change] = []
        for _ in range(min(left, 1000)):
            n += 1
            if n % 10 == 0 and made:  # a later edit of an earlier finding
                target = made[(n * 7919) % len(made)]
                edit = {"description": f"排污口异常，复核第{n}次：已责令整改"}
                batch.append(Change(OpKind.SET, "finding", target, edit))
                continue
            fid = new_id()
            made.append(fid)
            created += 1
            fields = {
                "patrol_id": patrol_ids[created % len(patrol_ids)],
                "site_id": sites[created % len(sites)],
                "category": "water",
                "description": f"排污口异常 第{n}处，水体颜色发黑，已取样",
                "severity": "minor",
                "status": "open",
            }
            batch.append(Change(OpKind.CREATE, "finding", fid, fields))
        office.write(batch, lead)
    everything = _own(office)
    receive(laptop, team + _own(hub))  # pairing: the team, not the basin
    receive(hub, everything)
    first_world = hub.db.conn.execute(
        "SELECT pos FROM ops WHERE replica = ? AND seq = ?", [office.replica_id, len(team) + 1]
    ).fetchone()[0]
    real = hub.op_count()
    for store in (hub, laptop, office):
        store.close()
    shutil.rmtree(work)
    (folder / "world.json").write_text(
        json.dumps({"prefix": int(first_world) - 1, "real": real, "scoped": scope_supported()}),
        encoding="utf-8",
    )


def _own(store: object) -> list[tuple[str, str | None]]:
    rows = store.db.conn.execute(  # type: ignore[attr-defined]
        "SELECT body, sig FROM ops WHERE replica = ? ORDER BY seq",
        [store.replica_id],  # type: ignore[attr-defined]
    ).fetchall()
    return [(str(b), s) for b, s in rows]

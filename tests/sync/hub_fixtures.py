"""A real hub (uvicorn in a background thread on 127.0.0.1) and two laptops, for the hub tests.

The hub runs on its SQLite store, or — with ``INSPECT_APP_TEST_HUB=postgresql`` (set by
``tests/sync/test_hub_pg.py`` for a second run of the hub sync tests) or ``database=URL`` — on
PostgreSQL (:mod:`inspect_app.sync.hub_pg`): its op log in a fresh database of a throwaway
cluster (``tests/pg_cluster.py``), ``World.hub`` then being the process's projection cache.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from fixture_photos import photo_path

from inspect_app.photos.importer import run_import
from inspect_app.storage import findings, patrols, registry
from inspect_app.storage.store import Store
from inspect_app.sync import replicas
from inspect_app.sync.hub import HubThread

HUB_ENV = "INSPECT_APP_TEST_HUB"
"""``postgresql``: :func:`make_world` builds the hub on PostgreSQL."""
_cluster: list[object] = []  # the process's throwaway cluster, started on first use


def hub_database() -> str | None:
    """A new PostgreSQL database URL when ``INSPECT_APP_TEST_HUB=postgresql``, else None."""
    if os.environ.get(HUB_ENV, "").strip().lower() != "postgresql":
        return None
    from pg_cluster import PgCluster

    if not _cluster:
        _cluster.append(PgCluster().start())  # stopped at exit (atexit)
    cluster = _cluster[0]
    assert isinstance(cluster, PgCluster)
    return cluster.new_database("hub")


@dataclass
class World:
    """Hub H (served at ``url``) and laptops A and B; A holds the team, nobody has synced."""

    hub: Store
    server: HubThread
    a: Store
    b: Store
    lead: str
    inspector: str
    site: str
    patrol: str

    @property
    def url(self) -> str:
        return self.server.url

    def close(self) -> None:
        self.server.stop()
        for store in (self.hub, self.a, self.b):
            store.close()


def make_world(
    folder: Path, clock: Callable[[], float] = time.time, database: str | None = None
) -> World:
    """The hub (SQLite, or PostgreSQL at ``database`` / per :data:`HUB_ENV`) and two laptops."""
    database = database or hub_database()
    log = None
    if database is not None:
        from inspect_app.sync.hub_pg import open_pg_hub

        log = open_pg_hub(folder / "hub", database)
        hub: Store = log.store
    else:
        hub = Store.open(folder / "hub")
    a = Store.open(folder / "laptop-a")
    b = Store.open(folder / "laptop-b")
    agency = registry.add_agency(a, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(a, "张三", "51090012345", agency.id, "lead").id
    inspector = registry.add_officer(a, "李四", "50015200077", agency.id).id
    # the hub's team lead (bootstrap: no lead on the hub yet) enrols both laptops there;
    # each laptop enrols the hub
    replicas.enroll(hub, None, a.replica_id, a.public_key, "laptop A")
    replicas.enroll(hub, None, b.replica_id, b.public_key, "laptop B")
    replicas.enroll(a, lead, hub.replica_id, hub.public_key, "office hub")
    replicas.enroll(b, None, hub.replica_id, hub.public_key, "office hub")
    site = registry.add_site(a, lead, "某某化工有限公司", credit_code="91350100M000100Y43").id
    patrol = patrols.add_patrol(a, lead, "2026-11-30", "fujiang", [lead, inspector]).id
    server = HubThread(hub, clock=clock, hub_log=log).start()
    return World(hub, server, a, b, lead, inspector, site, patrol)


def add_finding_with_photos(
    store: Store, officer: str, patrol: str, site: str, names: list[str], text: str = "扬尘"
) -> str:
    """A finding in ``store`` with real fixture photos attached; returns its id."""
    finding = findings.add_finding(store, officer, patrol, "air", site, text)
    if names:
        report = run_import(store, officer, finding.id, [photo_path(n) for n in names])
        assert not report.refused, report.refused
    return finding.id


def edit_many(store: Store, officer: str, finding: str, count: int) -> None:
    """``count`` ops: description edits of one finding."""
    for i in range(count):
        findings.edit_finding(store, officer, finding, description=f"第{i}次补充说明")

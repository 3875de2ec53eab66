"""Real replicas (temp SQLite stores) that have enrolled each other, for the sync tests."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from inspect_app.storage import patrols, registry
from inspect_app.storage.store import Store
from inspect_app.sync import bundle, replicas

_counter = itertools.count()


@dataclass
class Fleet:
    """N replicas, replica 0 being the office; a shared team, site and patrol."""

    stores: list[Store]
    folder: Path
    lead: str
    inspector: str
    site: str
    patrol: str

    def bundle_path(self) -> Path:
        return self.folder / f"bundle-{next(_counter)}.zip"

    def send(self, src: int, dst: int) -> bundle.ImportReport:
        """Export from ``src`` what ``dst`` lacks and import it into ``dst``."""
        source, target = self.stores[src], self.stores[dst]
        made = bundle.export_bundle(source, self.bundle_path(), target.replica_id)
        return bundle.import_bundle(target, Path(made.path))

    def settle(self) -> None:
        """Everyone exchanges with everyone, twice (relays included)."""
        for _ in range(2):
            for a, b in itertools.permutations(range(len(self.stores)), 2):
                self.send(a, b)

    def close(self) -> None:
        for store in self.stores:
            store.close()


def make_fleet(folder: Path, n: int = 3) -> Fleet:
    stores = [Store.open(folder / f"replica-{i}") for i in range(n)]
    office = stores[0]
    agency = registry.add_agency(office, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(office, "张三", "51090012345", agency.id, "lead").id
    inspector = registry.add_officer(office, "李四", "50015200077", agency.id).id
    for other in stores[1:]:
        replicas.enroll(office, lead, other.replica_id, other.public_key, f"laptop {other}")
        replicas.enroll(other, None, office.replica_id, office.public_key, "office")
    site = registry.add_site(office, lead, "某某化工有限公司", credit_code="91350100M000100Y43").id
    patrol = patrols.add_patrol(office, lead, "2026-11-30", "fujiang", [lead, inspector]).id
    fleet = Fleet(stores, folder, lead, inspector, site, patrol)
    for i in range(1, n):
        fleet.send(0, i)
    for store in stores[1:]:
        store.set_setting("current_officer", inspector)
    return fleet


@contextlib.contextmanager
def modified_software() -> Iterator[None]:
    """Writes inside skip the judge, as modified software on a laptop would.

    The ops are still made and signed by the real store code (a real replica key), so a
    receiver sees exactly what a tampered client would send.
    """
    from inspect_app.storage.judge import Judge

    original = Judge.judge
    Judge.judge = lambda self, op, authoring=False: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        Judge.judge = original  # type: ignore[method-assign]

"""Build (once, cached under /tmp) the simulated laptops and the seed hub of ``hub_load.py``.

A *fleet* is one office laptop (team lead: agency, officers, site, one patrol in each of ten
basins, the enrolment of every laptop and its scope ``basin:<its basin>``), a seed SQLite hub
that holds the office's ops, and N laptops, each a real encrypted store holding the team and
its own ``ops`` ops (findings on its basin's patrol, one with ``photos`` real fixture photos,
each made unique by a JPEG comment segment). The laptops' own signed ops and clear copies of
their photos are extracted into the cache, so a simulated laptop at run time is only its
replica id, its signing key, its basin, its ops and its photo files — the hub under test does
all the work; no laptop store is written.

The 20k-op scoped pull from big hubs (``--big``) is :mod:`hub_load_scoped` (its real basin:
:mod:`hub_load_world`); :mod:`hub_load_big` keeps the earlier baseline (a full pull of the
newest 20k ops from SQLite-built big hubs, ``--baseline``).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

CACHE = Path(os.environ.get("INSPECT_HUB_LOAD_CACHE", "/tmp/inspect_hub_load"))
PASSPHRASE = "hub-load benchmark passphrase"
PHOTOS = [
    "exifpy_gps_DSCN0010.jpg",
    "exifpy_gps_DSCN0012.jpg",
    "exifpy_gps_DSCN0021.jpg",
    "exifpy_gps_DSCN0025.jpg",
    "exifpy_gps_DSCN0027.jpg",
    "exifpy_iphone6_gps_west.jpg",
    "exifpy_nokia_8_3_gps.jpg",
    "recurser_Landscape_6.jpg",
    "recurser_Portrait_8.jpg",
]
FLEET_BASINS = (
    "yangtze",
    "jialing",
    "fujiang",
    "qujiang",
    "qiongjiang",
    "yaoshi",
    "nanxi",
    "daqingliu",
    "laixi",
    "yulin",
)
"""The ten basins of the fleet (codes of ``reference/basins.json``): laptop *i* patrols
basin *i* mod 10 and its lead scopes it to ``basin:<that basin>``."""
FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "photos"


def prepare_environment() -> Path:
    """Encrypted stores with cheap key derivation (as the tests), one passphrase file.

    Returns:
        The passphrase file (also in ``INSPECT_APP_STORE_PASSPHRASE_FILE``).
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    secret = CACHE / "passphrase.txt"
    if not secret.exists():
        secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    os.environ["INSPECT_APP_KDF_PROFILE"] = "fast"
    os.environ["INSPECT_APP_STORE_PASSPHRASE_FILE"] = str(secret)
    return secret


@dataclass
class SimLaptop:
    """What a simulated laptop sends: identity, signed ops in seq order, clear photo files.

    ``key`` and ``replica_id`` are all :class:`~inspect_app.sync.hub_client.HubSession`
    reads from a store to sign its requests.
    """

    replica_id: str
    key: Ed25519PrivateKey
    entries: list[tuple[str, str | None]]
    photos: dict[str, Path]
    basin: str = ""
    """The basin of the laptop's patrol; its scope is ``basin:<basin>`` when ``scoped``."""


@dataclass
class Fleet:
    """A built fleet: the seed hub folder and the simulated laptops."""

    folder: Path
    seed_hub: Path
    laptops: list[SimLaptop]
    seed_ops: int
    scoped: bool = False
    """True when the lead set each laptop's ``replica.scope`` (the field exists)."""


def unique_jpeg(source: Path, tag: str) -> bytes:
    """``source``'s bytes with a JPEG comment segment (COM, 0xFFFE) carrying ``tag``.

    A valid JPEG with a SHA-256 of its own: every simulated photo is a distinct upload.
    """
    data = source.read_bytes()
    text = tag.encode("ascii")
    segment = b"\xff\xfe" + (len(text) + 2).to_bytes(2, "big") + text
    return data[:2] + segment + data[2:]


def _own_entries(store: Any) -> list[tuple[str, str | None]]:
    rows = store.db.conn.execute(
        "SELECT body, sig FROM ops WHERE replica = ? ORDER BY seq", [store.replica_id]
    ).fetchall()
    return [(str(b), s) for b, s in rows]


def build_fleet(laptops: int, ops: int, photos: int, say: Callable[[str], None] = print) -> Fleet:
    """The fleet of ``laptops`` laptops × ``ops`` ops and ``photos`` photos, built or cached.

    Raises:
        OSError: the cache folder cannot be written.
    """
    from hub_load_world import cache_tag

    folder = CACHE / f"fleet-{laptops}x{ops}x{photos}-{len(FLEET_BASINS)}basins-{cache_tag()}"
    manifest = folder / "fleet.json"
    if not manifest.exists():
        t0 = time.perf_counter()
        if folder.exists():
            shutil.rmtree(folder)
        _build(folder, laptops, ops, photos)
        say(f"built fleet {folder.name} in {time.perf_counter() - t0:.1f} s (cached)")
    return load_fleet(folder)


def load_fleet(folder: Path) -> Fleet:
    """Read a fleet the builder wrote (``fleet.json`` and the laptops' files)."""
    data = json.loads((folder / "fleet.json").read_text(encoding="utf-8"))
    sims = []
    for item in data["laptops"]:
        lap = folder / "laptops" / item["replica_id"]
        entries = [tuple(e) for e in json.loads((lap / "ops.json").read_text(encoding="utf-8"))]
        sims.append(
            SimLaptop(
                item["replica_id"],
                Ed25519PrivateKey.from_private_bytes(bytes.fromhex(item["key"])),
                entries,  # type: ignore[arg-type]
                {p.name: p for p in (lap / "photos").iterdir()},
                str(item.get("basin", "")),
            )
        )
    scoped = bool(data.get("scoped", False))
    return Fleet(folder, folder / "hub-seed", sims, int(data["seed_ops"]), scoped)


def _build(folder: Path, laptops: int, ops: int, photos: int) -> None:
    from hub_load_world import scope_supported, set_scope

    from inspect_app.domain.entities import new_id
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.photos.importer import run_import
    from inspect_app.storage import findings, patrols, registry
    from inspect_app.storage.receive import receive
    from inspect_app.storage.store import Store
    from inspect_app.sync import replicas

    work = folder / "work"
    work.mkdir(parents=True)
    office = Store.open(work / "office")
    hub = Store.open(folder / "hub-seed")
    agency = registry.add_agency(office, "遂宁市生态环境局", "遂环", "510900")
    lead = registry.add_officer(office, "张三", "51090012345", agency.id, "lead").id
    site = registry.add_site(office, lead, "某某化工有限公司").id
    patrol_of = {
        basin: patrols.add_patrol(office, lead, "2026-11-30", basin, [lead]).id
        for basin in FLEET_BASINS
    }
    replicas.enroll(hub, None, office.replica_id, office.public_key, "office")
    replicas.enroll(office, lead, hub.replica_id, hub.public_key, "hub")
    listed: list[dict[str, str]] = []
    team = _own_entries(office)
    for number in range(laptops):
        basin = FLEET_BASINS[number % len(FLEET_BASINS)]
        patrol = patrol_of[basin]
        fields = {"patrol_id": patrol, "site_id": site, "category": "air", "severity": "minor"}
        store = Store.open(work / f"laptop-{number}")
        replicas.enroll(office, lead, store.replica_id, store.public_key, f"laptop {number}")
        set_scope(office, lead, store.replica_id, [f"basin:{basin}"])
        replicas.enroll(store, None, office.replica_id, office.public_key, "office")
        receive(store, team)
        finding = findings.add_finding(store, lead, patrol, "air", site, "扬尘").id
        shots = work / f"shots-{number}"
        shots.mkdir()
        paths = []
        for k in range(photos):
            source = FIXTURES / PHOTOS[(number + k) % len(PHOTOS)]
            path = shots / f"{number}-{k}.jpg"
            path.write_bytes(unique_jpeg(source, f"hub-load laptop {number} photo {k}"))
            paths.append(path)
        if paths:
            report = run_import(store, lead, finding, paths)
            assert not report.refused, report.refused
        own = store.db.conn.execute(
            "SELECT count(*) FROM ops WHERE replica = ?", [store.replica_id]
        ).fetchone()[0]
        while (left := ops - own) > 0:
            made = store.write(
                [
                    Change(OpKind.CREATE, "finding", new_id(), {**fields, "status": "open"})
                    for _ in range(min(left, 1000))
                ],
                lead,
            )
            own += len(made)
        lap = folder / "laptops" / store.replica_id
        (lap / "photos").mkdir(parents=True)
        shas = [r[0] for r in store.db.conn.execute("SELECT id FROM photo").fetchall()]
        for sha in shas:
            store.blobs.copy_out(sha, lap / "photos" / sha)
        (lap / "ops.json").write_text(json.dumps(_own_entries(store)), encoding="utf-8")
        raw = store.db.conn.execute(
            "SELECT value FROM meta WHERE key = 'replica_private_key'"
        ).fetchone()[0]
        listed.append({"replica_id": store.replica_id, "key": raw, "basin": basin})
        store.close()
        shutil.rmtree(shots)
    receive(hub, _own_entries(office))  # the team and every laptop's enrolment
    seed_ops = hub.op_count()
    hub.close()
    office.close()
    shutil.rmtree(work)
    (folder / "fleet.json").write_text(
        json.dumps({"laptops": listed, "seed_ops": seed_ops, "scoped": scope_supported()}),
        encoding="utf-8",
    )

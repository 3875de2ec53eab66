"""Signatures that last: B-T signing overhead vs B-B, the hub's B-LTA upgrade, the lookups.

    .venv/bin/python benchmarks/document_signing.py [FIXTURES_PHOTOS_DIR]

Builds the tests' document world with a decision of twelve 8-9 MP phone photos (as
``benchmarks/notice_sign.py``), starts a real hub on 127.0.0.1 with a TSA certified by the
team CA, then measures (median of 5):

* signing the rendered decision B-B (laptop clock) and B-T (timestamp from the hub over
  HTTP): the B-T overhead is the round trip to the TSA;
* the hub's B-LTA upgrade of the signed decision (DSS with chain + CRL, document timestamp),
  target < 1 s (issue 13), and the size of the copy (< 4 MB);
* the store lookups ``verify`` and the hub make per document (``lta_copy_of``, ``case_of``)
  with 10k and 100k document rows, side by side (indexed: no growth).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

import document_world  # noqa: E402 - the tests' store builder
from notice_sign import twelve_photos  # noqa: E402

from inspect_app.notices.crl import make_crl  # noqa: E402
from inspect_app.notices.issue import (  # noqa: E402
    LEAD_FIELD,
    decision_content,
    local_now,
    sign_document,
)
from inspect_app.notices.ltv import HubTimestampService, level_of  # noqa: E402
from inspect_app.notices.rectification import render_decision  # noqa: E402
from inspect_app.notices.stamp_font import stamp_font_path  # noqa: E402
from inspect_app.notices.team_pki import issue_hub_tsa  # noqa: E402
from inspect_app.notices.tsa import tsa_from_p12  # noqa: E402
from inspect_app.notices.verify_case import case_of  # noqa: E402
from inspect_app.storage import notices  # noqa: E402
from inspect_app.storage.documents import team_ca_pems  # noqa: E402
from inspect_app.storage.lasting import lta_copy_of, set_tsa_url  # noqa: E402
from inspect_app.storage.store import Store  # noqa: E402
from inspect_app.sync.hub import HubThread  # noqa: E402

RUNS = 5
TSA_PASS = b"hub-tsa-passphrase"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def lookups(store: Store, rows: int) -> tuple[float, float]:
    """Median ms of ``lta_copy_of`` and ``case_of`` with ``rows`` document rows present."""
    conn = store.db.conn
    have = conn.execute("SELECT count(*) FROM document").fetchone()[0]
    with conn:
        conn.executemany(
            "INSERT INTO document (id, kind, subject_id, size_bytes, signed_by, signed_at,"
            " level, upgrade_of, withdrawn) VALUES (?, 'decision', ?, 1, 'x', ?, ?, ?, 0)",
            [
                (
                    uuid.uuid4().hex + uuid.uuid4().hex,
                    str(uuid.uuid4()),
                    "2026-12-05T10:00:00+08:00",
                    "B-LTA" if n % 2 else "B-B",
                    uuid.uuid4().hex + uuid.uuid4().hex if n % 2 else None,
                )
                for n in range(max(0, rows - have))
            ],
        )
    probe = conn.execute("SELECT id FROM document ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    a, b = [], []
    for _ in range(50):
        t0 = time.perf_counter()
        lta_copy_of(store, probe)
        a.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        case_of(store, probe)
        b.append(time.perf_counter() - t0)
    return median_ms(a), median_ms(b)


def main() -> None:
    fixtures = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "fixtures"
    fixtures = fixtures / "photos" if (fixtures / "photos").is_dir() else fixtures
    stamp_font_path()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        document_world.build(folder / "data", twelve_photos(fixtures, folder))
        world = document_world.open_world(folder / "data")
        store, lead = world.store, world.lead.id
        issued = issue_hub_tsa(store, lead, document_world.CA_PASSPHRASE, TSA_PASS)
        service = HubTimestampService(tsa_from_p12(issued.p12, TSA_PASS))
        hub = Store.open(folder / "hub")
        notice = notices.get_notice(store, world.notice_id)
        numbered = notice.__class__(**{**notice.__dict__, "number": "遂环责改〔2026〕1号"})
        rendered = render_decision(decision_content(store, lead, numbered, local_now().date()))
        times: dict[str, list[float]] = {"B-B": [], "B-T": []}
        signed = b""
        with HubThread(hub, tsa=service) as server:
            for run in range(RUNS * 2):
                level = "B-T" if run % 2 else "B-B"
                set_tsa_url(store, server.url + "/tsa" if level == "B-T" else None)
                t0 = time.perf_counter()
                signed, _ = sign_document(
                    store,
                    lead,
                    rendered,
                    world.lead_credential,
                    field=LEAD_FIELD,
                    lock=True,
                    stamp=None,
                    reason="签发",
                    location="遂宁",
                )
                times[level].append(time.perf_counter() - t0)
                assert level_of(signed) == level, (level, level_of(signed))
        ca = team_ca_pems(store)
        crl = make_crl(
            ca[0],
            (folder / "data" / "pki" / "team-ca.key.pem").read_bytes(),
            document_world.CA_PASSPHRASE,
            [],
            1,
        ).der
        upgrades, size = [], 0
        for _ in range(RUNS):
            t0 = time.perf_counter()
            lta = service.upgrade(signed, ca, [crl])
            upgrades.append(time.perf_counter() - t0)
            size = len(lta)
        bb, bt = median_ms(times["B-B"]), median_ms(times["B-T"])
        print(f"decision with 12 photos, signed PDF {len(signed) / 1e6:.2f} MB")
        print(f"sign B-B (laptop clock)      {bb:7.0f} ms")
        print(f"sign B-T (hub TSA over HTTP) {bt:7.0f} ms   overhead {bt - bb:+.0f} ms")
        print(
            f"B-LTA upgrade at the hub     {median_ms(upgrades):7.0f} ms   target < 1000 ms;"
            f" copy {size / 1e6:.2f} MB (target < 4 MB)"
        )
        print("store lookups per document   rows     lta_copy_of   case_of")
        for rows in (10_000, 100_000):
            a, b = lookups(store, rows)
            print(f"                             {rows:>7}  {a:8.3f} ms  {b:8.3f} ms")
        hub.close()
        store.close()


if __name__ == "__main__":
    main()

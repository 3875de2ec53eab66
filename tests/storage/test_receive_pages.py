"""A first pull's fast path changes no verdict and no row: pages of any size give one store.

``receive()`` writes the text index once per batch (``storage/index_later.py``), writes a
record it creates without deleting first (``projection.recompute_many``) and checks
signatures on a kept worker process (``keys.SignatureBatches(kept=True)``). The same log
received in pages of 1, 7 and 1,000 and in one batch (settling records early or not) must
give the same verdicts, rows, text index and search hits — and the ones of the store that
wrote the ops itself, op by op through ``index_entity`` (the unchanged local-write path).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from store_team import Team

from inspect_app.storage import findings, receive, registry
from inspect_app.storage.findings import NewPhoto
from inspect_app.storage.search_index import index_digest, search_records
from inspect_app.storage.store import Store
from inspect_app.sync import replicas

# Rows every receiver must share with the writer (each receiver has its own enrolment of A).
COMPARED = (
    "SELECT * FROM finding ORDER BY id",
    "SELECT * FROM site ORDER BY id",
    "SELECT * FROM patrol ORDER BY id",
    "SELECT * FROM finding_photos ORDER BY 1, 2",
    "SELECT * FROM heads WHERE entity != 'replica' ORDER BY 1, 2, 3",
    "SELECT * FROM conflicts ORDER BY 1",
    "SELECT entity, entity_id, doc FROM search_doc ORDER BY 1, 2",
)
SEARCHES = ("排污", "扬尘", "化工", "某", "整改 复查", "新名字", "water", "第3轮")


def _jpeg(n: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (n * 40 % 256, 90, 30)).save(out, "JPEG")
    return out.getvalue()


def _history(team: Team, tmp_path: Path) -> list[tuple[str, str | None]]:
    """Findings made, edited, photographed, withdrawn, in conflict; a site renamed."""
    a, lead, inspector = team.store, team.lead.id, team.inspector.id
    made = []
    for n in range(40):
        description = f"扬尘 第{n}处 排污口" if n % 3 else f"化工 废水 第{n}处"
        finding = findings.add_finding(
            a, lead, team.patrol.id, "water_outfall", team.site.id, description
        )
        made.append(finding.id)
    for round_ in range(3):
        for n, finding_id in enumerate(made):
            if (n + round_) % 4 == 0:
                officer = inspector if n % 2 else lead
                description = f"整改 复查 第{round_}轮 {n}"
                findings.edit_finding(a, officer, finding_id, description=description)
    for n in range(3):
        sha, _ = a.blobs.put_bytes(_jpeg(n))
        meta = {"width": 32, "height": 24, "format": "JPEG", "size_bytes": 1}
        findings.attach_photos(a, lead, made[n], [NewPhoto(sha, meta)])
    findings.withdraw_finding(a, lead, made[5])
    registry.edit_site(a, lead, team.site.id, name="某某化工 新名字有限公司")
    # A second laptop edits the same descriptions concurrently: conflicts on A.
    c = Store.open(tmp_path / "C")
    replicas.enroll(a, lead, c.replica_id, c.public_key, "C")
    replicas.enroll(c, None, a.replica_id, a.public_key, "A")
    rows = a.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    receive.receive(c, [(str(b), s) for b, s in rows])
    for n in (1, 2, 7):
        findings.edit_finding(c, lead, made[n], description=f"C 的说法 {n}")
        findings.edit_finding(a, lead, made[n], description=f"A 的说法 {n}")
    theirs = c.db.conn.execute(
        "SELECT body, sig FROM ops WHERE replica = ? ORDER BY pos", [c.replica_id]
    ).fetchall()
    receive.receive(a, [(str(b), s) for b, s in theirs])
    c.close()
    assert a.db.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 3
    rows = a.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    return [(str(body), sig) for body, sig in rows]


def _received(folder: Path, source: Store, entries: list, page: int) -> Store:
    target = Store.open(folder)
    replicas.enroll(target, None, source.replica_id, source.public_key, "A")
    for start in range(0, len(entries), page):
        receive.receive(target, entries[start : start + page])
    return target


def _picture(store: Store) -> tuple[object, ...]:
    conn = store.db.conn
    rows = tuple(tuple(conn.execute(query).fetchall()) for query in COMPARED)
    held = tuple(conn.execute("SELECT op_id, code FROM held ORDER BY 1").fetchall())
    hits = tuple(tuple(search_records(store, text)) for text in SEARCHES)
    return rows, held, hits, index_digest(conn)


@pytest.mark.parametrize("settle_from", [1, 4096])
def test_pages_of_any_size_give_the_writers_rows_index_and_hits(
    team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settle_from: int
) -> None:
    monkeypatch.setattr(receive, "SETTLE_FROM", settle_from)
    monkeypatch.setattr(receive, "PARALLEL_FROM", 7)  # the kept worker for pages of 7 on
    entries = _history(team, tmp_path)
    writer = _picture(team.store)
    assert writer[2][0] and writer[2][5], "the searches find something"
    for page in (1, 7, 1000, len(entries)):
        got = _received(tmp_path / f"B{page}", team.store, entries, page)
        check = got.check()  # the photos' bytes travel apart: only their files are missing
        assert check.tables_match_log and not check.chain_breaks, page
        assert check.integrity == ["ok"], page
        assert _picture(got) == writer, f"pages of {page}"
        got.close()


def test_an_edit_in_a_later_batch_replaces_the_document(team: Team, tmp_path: Path) -> None:
    """A record indexed by one batch and changed by the next: its old words are gone."""
    finding = findings.add_finding(
        team.store, team.lead.id, team.patrol.id, "water_outfall", None, "旧的描述"
    )
    first = team.store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    findings.edit_finding(team.store, team.lead.id, finding.id, description="新的说明")
    last = team.store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos").fetchall()
    got = _received(tmp_path / "B", team.store, [(str(b), s) for b, s in first], 1000)
    assert [h.id for h in search_records(got, "旧的")] == [finding.id]
    receive.receive(got, [(str(b), s) for b, s in last[len(first) :]])
    assert search_records(got, "旧的") == [] and [h.id for h in search_records(got, "说明")] == [
        finding.id
    ]
    assert got.check().ok
    got.close()


def test_a_failed_batch_leaves_no_index_work_behind(team: Team, tmp_path: Path) -> None:
    """A batch that raises writes nothing, and the next batch indexes as usual."""
    from inspect_app.storage import index_later

    findings.add_finding(team.store, team.lead.id, team.patrol.id, "water_outfall", None, "排污")
    entries = [
        (str(b), s) for b, s in team.store.db.conn.execute("SELECT body, sig FROM ops ORDER BY pos")
    ]
    target = Store.open(tmp_path / "B")
    replicas.enroll(target, None, team.store.replica_id, team.store.public_key, "A")

    def fail() -> None:
        raise RuntimeError("the pull cursor could not move")

    with pytest.raises(RuntimeError):
        receive.receive(target, entries, also=fail)
    assert index_later.pending_for(target.db.conn) is None
    assert target.db.conn.execute("SELECT count(*) FROM search_doc").fetchone()[0] == 0
    assert receive.receive(target, entries).accepted == len(entries)
    assert len(search_records(target, "排污")) == 1 and target.check().ok
    target.close()


def test_the_kept_worker_serves_consecutive_pages_and_a_dead_one_is_replaced(
    team: Team,
) -> None:
    """Pages of one pull share one signature process; one that died is started again."""
    import os
    import signal

    from inspect_app.storage import keys

    rows = team.store.db.conn.execute("SELECT op_id, sig FROM ops").fetchall()
    items = [(team.store.public_key, op_id, sig) for op_id, sig in rows]
    items[1] = (items[1][0], items[1][1], items[2][2])  # another op's signature

    def pid_and_verdicts() -> tuple[int, list[bool]]:
        with keys.SignatureBatches(len(items), parallel_from=1, kept=True) as batches:
            assert batches.parallel
            ticket = batches.submit(items)
            verdicts = ticket.future.result()  # the worker's own answer
            pid = batches._pool.submit(os.getpid).result()  # type: ignore[union-attr]
        return pid, verdicts

    first, verdicts = pid_and_verdicts()
    again, _ = pid_and_verdicts()
    assert first == again != os.getpid()
    assert verdicts == keys.verify_chunk(items) and verdicts.count(False) == 1
    os.kill(first, signal.SIGKILL)
    with keys.SignatureBatches(len(items), parallel_from=1, kept=True) as batches:
        assert batches.submit(items).verdicts() == verdicts  # checked here, the worker dead
    replaced, _ = pid_and_verdicts()
    assert replaced not in (first, os.getpid())
    keys._stop_kept_worker()
    assert keys._kept["pool"] is None

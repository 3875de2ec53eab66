"""Issue 13's command-line doors given bad input: one keyed error line, exit 1, nothing written.

Regression (found by a review pass, fixed): ``evidence add`` stored a clip or scan whose end
time was before its start, or whose start was years ahead (``--start``/``--end``); the rule
is now the judge's (``storage/evidence_rules.check_item_times``), and the CLI asks it before
it copies the file into the store. The other cases held already and stay held: files that
are not what they claim (a ZIP named .mp4, an empty file, a folder, a symlink loop), a
nonsense citation, an unknown law or certificate, and ``notice verify`` of a file that is no
PDF, a truncated PDF, or another project's unsigned PDF (made with reportlab).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import document_world
from cli_helpers import fail

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def _stored(world: World) -> tuple[int, set[Path]]:
    """(ops in the log, files under the blob folder): what a refused command must not change."""
    ops = int(world.store.db.conn.execute("SELECT count(*) FROM ops").fetchone()[0])
    return ops, {p for p in world.store.photos_dir.rglob("*") if p.is_file()}


def test_evidence_add_refuses_bad_files_and_times(world: World, tmp_path: Path) -> None:
    before = _stored(world)
    add = ("--as", world.lead.id, "evidence", "add", "--notice", world.notice_id)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    late = fail(world.data_dir, *add, "--kind", "scan", "--file", str(scan),
                "--start", "2026-11-28T10:00:00+08:00",
                "--end", "2026-11-28T09:00:00+08:00")  # fmt: skip
    assert "the end time 2026-11-28 09:00 is before the start time" in late
    ahead = fail(world.data_dir, "--lang", "zh_CN", *add, "--kind", "scan", "--file", str(scan),
                 "--start", "2031-11-28T10:00:00+08:00")  # fmt: skip
    assert "开始时间 2031年11月28日 10:00 晚于当前时间" in ahead
    zipped = tmp_path / "DSJ-0001.mp4"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("clip.txt", "not a clip")
    (tmp_path / "empty.mp4").write_bytes(b"")
    (tmp_path / "folder.mp4").mkdir()
    os.symlink(tmp_path / "loop.mp4", tmp_path / "loop.mp4")
    expected = {
        "DSJ-0001.mp4": "not a video clip file",
        "empty.mp4": "is empty",
        "folder.mp4": "Is a directory",
        "loop.mp4": "symbolic links",
        "missing.mp4": "No such file",
    }
    for name, words in expected.items():
        error = fail(world.data_dir, *add, "--kind", "video", "--file", str(tmp_path / name))
        assert words in error, (name, error)
    assert _stored(world) == before  # the CLI's own process wrote nothing
    assert world.store.check().ok


def test_citations_laws_certificates_and_foreign_pdfs(world: World, tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    data, lead = world.data_dir, world.lead.id
    before = _stored(world)
    error = fail(data, "--as", lead, "notice", "edit", world.notice_id, "--violated", "nonsense:0")
    assert "'nonsense:0' is not a citation" in error
    assert "not in the bundled table of laws" in fail(data, "law", "show", "no_such_law_2099")
    revoke = ("--as", lead, "pki", "revoke", "--certificate", "deadbeefdeadbeef")
    assert "no certificate deadbeefdeadbeef" in fail(data, *revoke, "--reason", "key_compromise")
    other = tmp_path / "other-project.pdf"
    page = canvas.Canvas(str(other))
    page.drawString(72, 720, "Quarterly report of another project")
    page.save()
    whole = other.read_bytes()
    (tmp_path / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "photo.pdf").write_bytes(b"\xff\xd8\xff\xe0 a JPEG named .pdf")
    for name in ("other-project.pdf", "truncated.pdf", "photo.pdf"):
        error = fail(data, "notice", "verify", str(tmp_path / name))
        assert "signatures are not all valid" in error, (name, error)
    assert _stored(world) == before

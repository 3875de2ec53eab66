"""``inspect-app evidence``: the register of a case from the command line (issue 13)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import document_world
from cli_helpers import fail, run_json
from evidence_clips import write_mp4

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def test_add_edit_move_explain_and_case_file(world: World, tmp_path: Path) -> None:
    data, notice = world.data_dir, world.notice_id
    document_world.make_record(world)  # 2026-11-28 09:30 – 11:05
    clip = write_mp4(tmp_path / "DSJ-0002.mp4", datetime(2026, 11, 28, 6, 0, tzinfo=UTC), 125)
    added = run_json(
        data,
        "--as",
        world.inspector.id,
        "evidence",
        "add",
        "--notice",
        notice,
        "--kind",
        "video",
        "--file",
        str(clip),
        "--source",
        "执法记录仪 DSJ-02",
    )
    assert added["item_no"] == 5 and added["evidence_type"] == "视听资料"
    assert added["started_at"] == "2026-11-28T14:00:00+08:00"  # from the mvhd box
    assert "时长02:05" in added["content"]
    listed = run_json(data, "evidence", "list", "--notice", notice)
    kinds = [i["evidence_kind"] for i in listed["evidence_items"]]
    assert kinds == ["record", "photo", "photo", "photo", "video"]
    open_doubts = [d for d in listed["doubts"] if d["answer"] is None]
    assert [d["message"]["message_id"] for d in open_doubts] == ["notice.evidence_clip_off_record"]
    edited = run_json(
        data, "--as", world.inspector.id, "evidence", "edit", "--notice", notice, "3",
        "--proves", "证明雨水排放口有黄褐色废水",
    )  # fmt: skip
    assert edited["proves"] == "证明雨水排放口有黄褐色废水"
    moved = run_json(
        data, "--as", world.inspector.id, "evidence", "move", "--notice", notice, "3", "--up"
    )
    assert moved["evidence_items"][1]["proves"] == "证明雨水排放口有黄褐色废水"
    error = fail(
        data, "--as", world.inspector.id, "evidence", "explain", "--notice", notice, "5", "补拍"
    )
    assert "team lead" in error
    explained = run_json(
        data, "--as", world.lead.id, "evidence", "explain", "--notice", notice, "5",
        "下午复核时补充录制，时间与笔录不一致属实",
    )  # fmt: skip
    assert explained["explanation"].startswith("下午复核")
    out = tmp_path / "案卷证据目录.csv"
    listed = run_json(data, "evidence", "list", "--notice", notice, "--case-file", str(out))
    assert all(d["answer"] for d in listed["doubts"])
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[5][1] == "视听资料" and rows[5][8].startswith("下午复核")
    bad = tmp_path / "note.mp4"
    bad.write_bytes(b"not a clip at all")
    error = fail(
        data, "--as", world.inspector.id, "evidence", "add", "--notice", notice,
        "--kind", "video", "--file", str(bad),
    )  # fmt: skip
    assert "note.mp4" in error

"""The mending commands (issue 12) through the real command line: patrol edit, finding move,
withdraw with a reason, remove a photo from a finding, and a record's history."""

from __future__ import annotations

import json

import document_world
from cli_helpers import fail, run, run_json

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def test_mending_commands(world: World) -> None:
    data, lead, inspector = world.data_dir, world.lead.id, world.inspector.id
    world.store.close()  # the command line opens its own
    edited = run_json(data, "patrol", "edit", world.patrol_id, "--remove-officer", inspector)
    assert edited["officer_ids"] == [lead]
    run_json(data, "patrol", "edit", world.patrol_id, "--add-officer", inspector)
    error = fail(data, "patrol", "edit", world.patrol_id, "--remove-officer", lead)
    assert "张三" in error
    out = run(data, "--json", "patrol", "edit", world.patrol_id, "--remove-officer", lead, expect=1)
    assert json.loads(out.stdout)["message_id"] == "patrol.recorder_stays"
    other = run_json(
        data, "patrol", "add", "--date", "2026-11-29", "--basin", "fujiang", "--officer", lead
    )["id"]
    moved = run_json(data, "finding", "move", world.finding_id, "--patrol", other)
    assert moved == {"id": world.finding_id, "patrol_id": other}
    chinese = fail(
        data, "--lang", "zh_CN", "finding", "withdraw", world.finding_id, "--reason", "重复"
    )
    assert chinese.startswith("错误：") and "草稿" in chinese
    removed = run_json(
        data, "finding", "remove-photo", world.finding_id, world.photo_ids[0], "--reason", "不符"
    )
    assert removed["removed"] is True
    error = fail(data, "patrol", "withdraw", world.patrol_id, "--reason", " ")
    assert "reason" in error
    assert run_json(data, "patrol", "withdraw", world.patrol_id, "--reason", "误建")["withdrawn"]
    history = run_json(data, "finding", "history", world.finding_id)["history"]
    assert history[0]["kind"] == "remove" and history[0]["reason"] == "不符"
    moved = history[1]["changes"]
    assert moved["message_id"] == "history.changed" and moved["params"]["new"] == "2026-11-29"
    human = run(data, "--lang", "zh_CN", "patrol", "history", world.patrol_id).stdout
    assert "误建" in human and "执法人员：添加 张三、李四" in human

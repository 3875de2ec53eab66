"""``inspect-app finding status`` and ``finding show``: the same status rule as the window.

Closing by hand is refused with what to do next (English and Chinese), 移交属地 needs the
receiving authority and the reason, ``finding edit --status`` meets the same rule, and
``finding show`` gives the state derived from the documents.
"""

from __future__ import annotations

import document_world
from cli_helpers import fail, run_json
from document_world import World, issue

document_template = document_world.document_template
world = document_world.world


def test_closing_by_hand_is_refused_with_what_to_do(world: World) -> None:
    data, finding = world.data_dir, world.finding_id
    line = fail(data, "finding", "status", finding, "closed")
    assert line.startswith(f"error: finding {finding[:8]} cannot be closed (销号): no decision")
    line = fail(data, "--lang", "zh_CN", "finding", "status", finding, "closed")
    assert line.startswith(f"错误：问题 {finding[:8]} 不能销号：尚未对其下达决定书")
    number = issue(world)
    line = fail(data, "finding", "edit", finding, "--status", "closed")
    assert f"decision {number} has not been served" in line and "送达回证" in line
    line = fail(data, "finding", "status", finding, "served")
    assert "never set by hand" in line
    shown = run_json(data, "finding", "show", finding)
    assert shown["state"]["status"] == "notified" and shown["status"] == "notified"
    assert shown["state"]["notice"]["number"] == number and shown["state"]["overdue"] is False


def test_handed_over_needs_authority_and_reason(world: World) -> None:
    data, finding = world.data_dir, world.finding_id
    line = fail(
        data, "finding", "status", finding, "handed_over", "--authority", "射洪市生态环境局"
    )
    assert "needs both the receiving authority and the reason" in line
    done = run_json(
        data,
        "finding",
        "status",
        finding,
        "handed_over",
        "--authority",
        "射洪市生态环境局",
        "--reason",
        "属地管辖",
    )
    assert (done["status"], done["handed_over_to"], done["reason"]) == (
        "handed_over",
        "射洪市生态环境局",
        "属地管辖",
    )
    shown = run_json(data, "finding", "show", finding)
    assert shown["state"]["status"] == "handed_over"
    back = run_json(data, "finding", "status", finding, "open")
    assert back["status"] == "open" and back["handed_over_to"] is None

"""Joining a team through the command line, between two real data folders (issue 12).

The office lead sets up a team and exports a bundle; the new laptop checks it (``team
offer``), joins with the office code read off the lead's ``replica show``, picks its officer,
writes its request; the lead enrols it from the file; the laptop's work then reaches the
office. A wrong code is refused in Chinese too, and nothing is trusted.
"""

from __future__ import annotations

from pathlib import Path

from cli_helpers import fail, run, run_json


def test_a_laptop_joins_a_team_with_codes_not_hex(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    agency = run_json(office, "agency", "add", "--name", "遂宁市生态环境局", "--code", "遂环",
                      "--region", "510900")["id"]  # fmt: skip
    lead = run_json(office, "officer", "add", "--name", "张三", "--cert",
                    "51090012345", "--agency", agency, "--role", "lead")["id"]  # fmt: skip
    inspector = run_json(office, "--as", lead, "officer", "add", "--name", "李四",
                         "--cert", "51090054321", "--agency", agency)["id"]  # fmt: skip
    bundle = tmp_path / "office.zip"
    run(office, "sync", "export", "--out", str(bundle))
    code = run_json(office, "replica", "show")["laptop_code"]  # what the lead's screen shows

    offer = run_json(laptop, "team", "offer", str(bundle))
    assert offer["laptop_code"] == code and offer["agencies"] == ["遂宁市生态环境局"]
    error = fail(laptop, "--lang", "zh_CN", "team", "join", str(bundle), "--code", "0000")
    assert error.startswith("错误：") and "0000" in error
    assert run_json(laptop, "officer", "list")["officers"] == []  # nothing was imported

    joined = run_json(laptop, "team", "join", str(bundle), "--code", code.replace(" ", ""))
    assert joined["accepted"] > 0 and any(inspector in line for line in joined["officers"])
    run(laptop, "officer", "use", inspector)
    request = tmp_path / "request.json"
    made = run_json(laptop, "team", "request", "--label", "李四的笔记本", "--out", str(request))
    assert made["laptop_code"] == run_json(laptop, "replica", "show")["laptop_code"]

    human = run(office, "--lang", "zh_CN", "--as", lead, "team", "enrol", str(request)).stdout
    assert "李四的笔记本" in human and made["laptop_code"] in human
    run(laptop, "site", "add", "--name", "射洪市某某纸业有限公司")
    back = tmp_path / "back.zip"
    run(laptop, "sync", "export", "--out", str(back))
    imported = run_json(office, "sync", "import", str(back))
    assert imported["accepted"] > 0 and not imported["quarantined"]
    # the request's text (what a scanner types from the QR code) is accepted as well
    again = run_json(office, "--as", lead, "team", "enrol", made["request_text"])
    assert again["status"] == "active"


def test_a_laptop_pairs_with_a_real_hub_by_the_leads_code(tmp_path: Path) -> None:
    from hub_fixtures import make_world

    from inspect_app.sync import hub_client

    world = make_world(tmp_path)
    try:
        hub_client.push(world.a, world.url)
        a, c = world.a.data_dir, tmp_path / "laptop-c"
        ticket = run_json(a, "--as", world.lead, "team", "pairing", "--hub", world.url)
        assert len(ticket["code"]) == 8
        paired = run_json(c, "team", "pair", "--hub", world.url, "--code", ticket["code"],
                          "--label", "王芳的笔记本")  # fmt: skip
        assert paired["hub_code"] == ticket["hub_code"]
        assert any(world.inspector in line for line in paired["officers"])
        state = run_json(a, "--as", world.lead, "team", "pairing", "--hub", world.url,
                         "--slot", ticket["slot"])  # fmt: skip
        assert state["state"] == "paired" and state["laptop_code"] == paired["laptop_code"]
        error = fail(c, "--lang", "zh_CN", "team", "pair", "--hub", world.url,
                     "--code", ticket["code"])  # fmt: skip
        assert "团队" in error  # this laptop has a team now: said in Chinese
    finally:
        world.close()

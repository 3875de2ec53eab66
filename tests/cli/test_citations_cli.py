"""``notice edit --violated/--order-basis/--attach-law-texts`` and ``law list/show``."""

from __future__ import annotations

import json

import document_world
from cli_helpers import refused, run, run_json

document_template = document_world.document_template
world = document_world.world
World = document_world.World


def test_notice_edit_sets_the_citations(world: World, tmp_path):
    data = world.data_dir
    edited = run_json(
        data,
        "notice",
        "edit",
        world.notice_id,
        "--violated",
        "water_pollution:22",
        "--order-basis",
        "water_pollution:84:1",
        "--order-basis",
        "administrative_penalty_2021:28:1",
        "--no-attach-law-texts",
    )
    assert edited["violated_text"] == ["《中华人民共和国水污染防治法》第二十二条"]
    assert edited["order_basis_text"] == [
        "《中华人民共和国水污染防治法》第八十四条第一款",
        "《中华人民共和国行政处罚法》第二十八条第一款",
    ]
    assert json.loads(edited["order_basis"])[0] == {
        "law": "water_pollution_2017",
        "article": 84,
        "paragraph": 1,
        "item": None,
    }
    assert edited["attach_law_texts"] in (0, False)

    # only the option given changes; the rest stays
    again = run_json(data, "notice", "edit", world.notice_id, "--attach-law-texts")
    assert again["attach_law_texts"] in (1, True)
    assert again["violated_text"] == edited["violated_text"]

    unknown = refused(data, "notice", "edit", world.notice_id, "--violated", "water_pollution:22:2")
    assert "has 1 paragraph" in unknown.stderr
    bad = refused(data, "notice", "edit", world.notice_id, "--violated", "第二十二条")
    assert "LAW:ARTICLE" in bad.stderr
    chinese = refused(
        data, "--lang", "zh_CN", "notice", "edit", world.notice_id, "--order-basis", "forest:1"
    )
    assert "内置法律条文表中没有法律 forest" in chinese.stderr
    assert "nothing to change" in refused(data, "notice", "edit", world.notice_id).stderr

    cleared = run_json(data, "notice", "edit", world.notice_id, "--violated", "")
    assert cleared["violated_text"] == [] and cleared["violated_provisions"] is None
    out = str(tmp_path / "d.pdf")
    blocked = refused(
        data, "notice", "issue", world.notice_id, "--out", out, "--passphrase-file", "/dev/null"
    )
    assert "no violated provision" in blocked.stderr


def test_law_list_and_show(world: World):
    data = world.data_dir
    listed = run_json(data, "law", "list")
    ids = [law["id"] for law in listed["laws"]]
    assert "water_pollution_2017" in ids and "administrative_penalty_2021" in ids
    shown = run_json(data, "law", "show", "administrative_penalty:28:1")
    assert shown["citation"] == "《中华人民共和国行政处罚法》第二十八条第一款"
    assert shown["articles"][0]["text"].startswith("行政机关实施行政处罚时")
    assert shown["version"] == "2021年1月22日修订，2021年7月15日起施行"
    whole = run_json(data, "law", "show", "water_pollution_2017")
    assert [a["article"] for a in whole["articles"]][:2] == ["第十条", "第二十二条"]
    human = run(data, "law", "show", "water_pollution:83::2").stdout
    assert "（二）超过水污染物排放标准" in human
    assert "no article 200" in refused(data, "law", "show", "water_pollution:200").stderr
    assert "forest" in refused(data, "law", "show", "forest").stderr

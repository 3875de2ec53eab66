"""The command line as a Chinese-speaking clerk meets it: no English outside names and codes.

Real commands (``inspect_app.cli.main``) run in ``--lang zh_CN`` over a real store in a
temporary folder: officers, agencies, parties, patrols, findings with a real fixture photo and
a file that is no photo, a drafted notice, a sync bundle and a damaged one, the store's check,
the replicas, usage errors and the self-check's lines. Everything printed is searched for Latin
words (:func:`english_words`, the idea of ``tests/ui/dialog_walk.english_words``): only what a
user types or reads as a name may remain — options, metavars, commands, formats, units, ids,
paths and the data this test typed. ``--json`` keeps its English keys and values.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fixture_photos import photo_path

from inspect_app import cli, self_check
from inspect_app.cli.human import lines
from inspect_app.cli.messages import use_language
from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.storage.reference_data import reference

ALLOWED = {
    # formats, standards, units and products a Chinese line names as they are
    *("PDF", "PNG", "JPEG", "HEIF", "HEIC", "TIFF", "WebP", "JSON", "ZIP", "SHA", "PAdES"),
    *("GB", "T", "WGS84", "ISO", "KiB", "TrueType", "SQLite", "Qt", "WAL", "Python"),
    *("inspect-app", "linux", "zh_CN", "en", "CA", "HTTP", "Ctrl-C", "LANG", "LC_MESSAGES"),
    "YYYY-MM-DD",
    *("pki", "recovery-key"),  # the command db check names while a folder has no recovery copy
    *("SQLCipher", "sqlite3mc", "AEGIS-256", "AES-256", "Argon2id", "MiB"),  # protection, engine
}
"""Latin words any Chinese output may hold."""

LONG_OPTION = re.compile(r"--[a-z][a-z-]*")
METAVAR = re.compile(r"\b[A-Z][A-Z_|.]*[A-Z]\b")  # DATA_DIR, OFFICER_ID, FILE|DIR
CHOICES = re.compile(r"\{[^}\s]*\}")  # {zh_CN,en}: the values an option takes, typed as shown


def english_words(texts: Iterable[str], allowed: Iterable[str] = ()) -> set[str]:
    """Latin words of two letters or more outside :data:`ALLOWED` and ``allowed``.

    Paths, ids and hashes, ISO times, options (``--out``), metavars (``FILE``) and choice
    lists (``{a,b}``) are what a user types or reads as a code: removed before looking.
    """
    words: set[str] = set()
    permitted = ALLOWED | set(allowed)
    for text in texts:
        plain = CHOICES.sub(" ", text)
        plain = LONG_OPTION.sub(" ", plain)
        plain = re.sub(r"(?:[A-Za-z]:)?[/\\][\w./\\-]+", " ", plain)  # paths
        plain = re.sub(r"[\w.-]+\.(?:jpg|jpeg|heic|png|pdf|zip|ttf|ttc)\b", " ", plain)  # files
        plain = re.sub(r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b", " ", plain)  # uuids
        plain = re.sub(r"\b[0-9A-Fa-f]{8,}\b", " ", plain)  # ids and hashes
        plain = re.sub(r"\b\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:\d\d)?", " ", plain)  # times
        plain = METAVAR.sub(" ", plain)
        for word in re.findall(r"[A-Za-z][A-Za-z0-9_'-]*[A-Za-z0-9]", plain):
            if word not in permitted and word.strip("'-") not in permitted:
                words.add(word)
    return words


class Clerk:
    """Runs commands in Chinese on one data folder and keeps everything they printed."""

    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir = data_dir
        self.capsys = capsys
        self.seen: list[str] = []

    def __call__(self, *args: str, expect: int = 0, lang: str = "zh_CN") -> tuple[str, str]:
        """Run ``inspect-app --data-dir … --lang zh_CN ARGS``; return (stdout, stderr)."""
        argv = ["--data-dir", str(self.data_dir), "--lang", lang, *args]
        try:
            code = cli.main(argv)
        except SystemExit as exit_:  # argparse: --help and usage errors
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        assert code == expect, (args, out, err)
        assert "Traceback" not in err
        if lang == "zh_CN":
            self.seen += [out, err]
        return out, err

    def json(self, *args: str) -> dict[str, Any]:
        """Run a command with ``--json`` (not kept: its keys and values stay English)."""
        argv = ["--data-dir", str(self.data_dir), "--json", *args]
        assert cli.main(argv) == 0
        return json.loads(self.capsys.readouterr().out)


@pytest.fixture
def clerk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Clerk:
    """A clerk with an agency, a team lead and an inspector, a party and a patrol."""
    yield Clerk(tmp_path / "data", capsys)
    use_language(ENGLISH)


def _build(clerk: Clerk, tmp_path: Path) -> dict[str, str]:
    """The case of the walk: returns the ids it made."""
    clerk("agency", "add", "--name", "遂宁市生态环境局", "--code", "遂环", "--region", "510900")
    agency = clerk.json("agency", "list")["agencies"][0]["id"]
    lead = clerk.json(
        "officer", "add", "--name", "张三", "--cert", "51090012345", "--agency", agency,
        "--role", "lead",
    )["id"]  # fmt: skip
    clerk("officer", "use", lead)
    clerk(
        "officer", "add", "--name", "李四", "--cert", "51090012346", "--agency", agency
    )  # fmt: skip
    site = clerk.json(
        "site", "add", "--name", "遂宁某化工有限公司", "--address", "遂宁市船山区河东路1号",
        "--region", "510903", "--lat", "30.52", "--lon", "105.59",
    )["id"]  # fmt: skip
    patrol = clerk.json("patrol", "add", "--date", "2026-05-01", "--basin", "fujiang",
                        "--officer", lead)["id"]  # fmt: skip
    finding = clerk.json(
        "finding", "add", "--patrol", patrol, "--site", site, "--category", "water_outfall",
        "--description", "雨水排口有暗管排放废水", "--severity", "major",
        "--observed-at", "2026-05-01T10:30:00+08:00",
    )["id"]  # fmt: skip
    return {"agency": agency, "lead": lead, "site": site, "patrol": patrol, "finding": finding}


def test_the_common_commands_say_nothing_in_english(
    clerk: Clerk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _build(clerk, tmp_path)
    for group in ("officer", "agency", "site", "patrol"):
        clerk(group, "list")
    clerk("finding", "list", "--patrol", ids["patrol"])
    not_a_photo = tmp_path / "现场.jpg"
    not_a_photo.write_bytes(b"not a jpeg")
    photo = photo_path("recurser_Landscape_6.jpg")
    far = photo_path("exifpy_gps_DSCN0010.jpg")  # taken in Italy in 2008: three doubts
    out, err = clerk("photo", "import", "--finding", ids["finding"], str(not_a_photo),
                     str(photo), str(far), expect=1)  # fmt: skip
    assert f"错误：{not_a_photo}：" in err, err  # the file, a full-width colon, then why
    assert "照片：2" in out and "未导入的文件：1" in out, out
    out, _ = clerk("finding", "show", ids["finding"])
    assert "严重程度：较重" in out and "问题类别：违法设置排污口" in out, out
    assert "状态：" in out and "status" not in out, out
    assert "存疑情形=距检查对象过远" in out and "存疑情形=非巡查当日拍摄" in out, out
    deadline = (date.today() + timedelta(days=40)).isoformat()
    out, _ = clerk("notice", "draft", "--finding", ids["finding"], "--deadline", deadline,
                   "--out", str(tmp_path / "决定书.pdf"))  # fmt: skip
    notice = clerk.json("notice", "list")["notices"][0]["id"]
    out, _ = clerk("notice", "show", notice)
    assert "状态：草稿" in out, out
    clerk("notice", "list")
    bundle = tmp_path / "bundle.zip"
    clerk("sync", "export", "--out", str(bundle))
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bundle.read_bytes()[:300])
    _, err = clerk("sync", "import", str(damaged), expect=1)
    assert err.startswith("错误："), err
    clerk("sync", "quarantine", "list")
    out, _ = clerk("db", "check")
    assert "数据库完整性：1" in out and "  - 完好" in out, out
    for command in (("db", "info"), ("db", "digest"), ("replica", "show"), ("replica", "list")):
        clerk(*command)
    clerk("conflict", "list")
    clerk("category", "list")
    clerk("basin", "list")
    data = _reference_data() | {"P6000"}  # the camera of the photo: NIKON COOLPIX P6000
    assert english_words(clerk.seen, data) == set()


def _reference_data() -> set[str]:
    """Latin words of the reference data (English names, codes, notes): data, not UI text."""
    ref = reference()
    texts = [c.code for c in ref.categories] + [b.code for b in ref.basins]
    texts += [c.name_en for c in ref.categories] + [b.name_en for b in ref.basins]
    texts += [getattr(c, "note", "") or "" for c in [*ref.categories, *ref.basins]]
    texts += [b.name_zh for b in ref.basins]
    return {w for t in texts for w in re.findall(r"[A-Za-z][A-Za-z0-9_'-]*[A-Za-z0-9]", t)}


def test_english_output_keeps_its_keys_and_values(clerk: Clerk, tmp_path: Path) -> None:
    """The words are for a Chinese reader: in English the keys and values are the store's."""
    ids = _build(clerk, tmp_path)
    out, _ = clerk("finding", "show", ids["finding"], lang="en")
    assert "severity: major" in out and "status: open" in out, out
    assert "category: water_outfall" in out, out
    found = clerk.json("finding", "show", ids["finding"])
    assert found["severity"] == "major" and found["status"] == "open"


def test_help_headings_and_usage_lines_are_laid_out_for_chinese(clerk: Clerk) -> None:
    out, _ = clerk("finding", "add", "--help")
    assert "选项：" in out and "选项:" not in out, out
    usage = out.split("\n\n")[0].splitlines()
    assert usage[0].startswith("用法：inspect-app finding add ")
    # under the first argument: 用法： is six columns wide (three characters), then the prog
    start = 6 + len("inspect-app finding add ")
    assert all(line.startswith(" " * start) and line[start] != " " for line in usage[1:]), usage
    out, _ = clerk("notice", "--help")
    assert "位置参数：" in out, out
    assert english_words([out], _command_names()) == set()


def _command_names() -> set[str]:
    """Every command and sub-command name (what a user types after ``inspect-app``)."""
    names: set[str] = set()
    todo = [cli.build_parser()]
    while todo:
        parser = todo.pop()
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    names.update({name, *re.findall(r"[a-z]+", name)})
                    todo.append(sub)
    return names


def test_usage_errors_name_the_commands_not_an_internal_slot(clerk: Clerk) -> None:
    _, err = clerk("notice", expect=2)
    assert "action" not in err and "请指定要执行的命令：draft, issue" in err, err
    _, err = clerk("sync", "quarantine", expect=2)
    assert "quarantine_action" not in err and "：list, retry" in err, err
    _, err = clerk("notice", "frob", expect=2)
    assert "action" not in err and "'frob'" in err, err
    assert english_words(clerk.seen, _command_names() | {"frob"}) == set()


def test_a_usage_error_prints_json_with_json(clerk: Clerk) -> None:
    out, err = clerk("--json", "officer", "add", "--name", "张三", expect=2)
    said = json.loads(out)
    assert said["message_id"] == "cli.usage_error"
    assert said["params"] == {"message": "the following arguments are required: --cert, --agency"}
    assert said["error"].startswith("usage error: ")
    assert "错误：缺少以下必需参数：--cert, --agency" in err, err
    out, _ = clerk("officer", "add", "--name", "张三", expect=2)
    assert out == ""  # without --json, stdout stays empty


def test_the_self_check_lines_are_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """The items that need neither Qt nor a scratch store, run for real and printed."""
    use_language(CHINESE)
    try:
        lines = [
            self_check._timed("resources", self_check.check_resources),
            self_check._timed("sqlite", self_check.check_sqlite),
            self_check._timed("heic", self_check.check_heic),
            self_check.CheckLine("fonts", "FAIL", "", 0.2, None),
        ]
        printed = [self_check.format_line(line) for line in lines]
    finally:
        use_language(ENGLISH)
    assert printed[0].startswith("通过  资源文件 "), printed
    assert printed[1].startswith(("通过  SQLite ", "警告  SQLite ")), printed
    assert printed[2].startswith("通过  HEIC 照片") and "HEIF 图片，拍摄时间" in printed[2]
    assert printed[2].endswith("秒]"), printed
    assert english_words(printed, {"sample"}) == set()
    english = self_check.format_line(lines[2])
    assert english.startswith("PASS  heic       sample.heic: 64×96 HEIF, taken "), english


def test_a_supersede_chains_missing_links_are_said_in_chinese(clerk: Clerk, tmp_path: Path) -> None:
    """``notice show``'s chain: a withdrawn draft and a notice this laptop lacks, as words."""
    ids = _build(clerk, tmp_path)
    deadline = (date.today() + timedelta(days=40)).isoformat()
    clerk("notice", "draft", "--finding", ids["finding"], "--deadline", deadline,
          "--out", str(tmp_path / "决定书.pdf"))  # fmt: skip
    notice = clerk.json("notice", "list")["notices"][0]["id"]
    chain = [
        {"id": notice, "number": None, "status": "draft", "this": True},
        {"id": "0" * 32, "number": None, "status": "withdrawn", "this": False},
        {"id": "1" * 32, "number": None, "status": "not on this laptop", "this": False},
    ]
    printed = lines({"chain": chain}, CHINESE)
    assert printed[0] == "取代关系：3", printed
    assert "状态=草稿  当前决定书=是" in printed[1], printed
    assert "状态=已撤销" in printed[2] and "状态=本机没有此决定书" in printed[3], printed
    assert english_words(printed) == set()
    assert lines({"chain": chain}, ENGLISH)[2].endswith("status=withdrawn  this=False")

"""The command line in Chinese and English: help, usage, argparse's errors, its own errors.

``--lang`` is read before the arguments are parsed; help strings come from context
``CommandLine`` of the one catalog, argparse's own words from context ``argparse``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import refused, run

from inspect_app import cli
from inspect_app.cli import messages as cli_messages
from inspect_app.cli.messages import argv_language, contexts, current_language, use_language
from inspect_app.cli.parsing import ARGPARSE_TEXTS, argparse_text, wrap
from inspect_app.domain.entities import Role
from inspect_app.domain.messages import CHINESE, ENGLISH
from inspect_app.storage.registry import add_agency, add_officer
from inspect_app.storage.store import Store

CHINESE_ENV = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENGLISH_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
CJK = re.compile(r"[\u4e00-\u9fff]")
HELP_WORDS = {
    # formats, standards, units and programs a help line names
    *("GB", "T", "WGS84", "ISO", "PDF", "PKCS#12", "CA", "PEM", "JSON", "SHA-256", "PAdES"),
    *("HTTP", "Ctrl-C", "SQLite", "Qt", "HEIC", "PNG", "KB", "LANG", "LC_MESSAGES"),
    *("$INSPECT_APP_OFFICER", "YYYY-MM-DD", "inspect-app", "e.g", "http://10.0.0.5:8765"),
    "$INSPECT_APP_STORE_PASSPHRASE_FILE",  # where the store's passphrase file is named (issue 14)
    *("GeoJSON", "KML", "CSV", "XLSX", "GPS", "ZIP"),  # file formats, a position's source
    *("CRL", "TSA", "RFC"),  # a revocation list (RFC 5280), a timestamp authority (RFC 3161)
    *("B-B", "B-T", "B-LTA"),  # PAdES baseline levels (ETSI EN 319 142-1)
    # values typed after an option that takes free text: conflict resolve --value
    *("withdrawn", "keep"),
    # a typed legal citation (notice edit --violated): its form and example law aliases
    *("LAW:ARTICLE", "PARAGRAPH", "ITEM", "water_pollution:22", "water_pollution:84:2"),
    *("LAW", "ARTICLE", "water_pollution", "water_pollution_2017"),
    "administrative_penalty:28:1",
    # the example of a strokes file: its keys and coordinates
    *("w", "h", "x", "y", "strokes", "x0", "y0", "x1", "y1"),
    *("q", "a"),  # the keys of a questions-and-answers file (record add --turns)
    # the province hub (issue 15): its database, object store and key file's default name
    *("PostgreSQL", "postgresql", "S3", "AWS_", "endpoint", "URL", "hub.key"),
    *("agency", "basin", "region"),  # a scope key's kind, typed as is: basin:CODE (issue 15)
    "inspection_record",  # a kind of record sync fetch takes, typed as is (issue 15)
}
"""Latin words a Chinese help text may hold besides option names, metavars and commands."""


@pytest.fixture
def chinese() -> Iterator[None]:
    """The command line in Chinese for one test (English again after it)."""
    before = current_language()
    use_language(CHINESE)
    yield
    use_language(before)


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every sub-command's parser below it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from _parsers(sub)


def _typed_words(parser: argparse.ArgumentParser) -> set[str]:
    """What a user types and the help shows as it is: options, metavars, choices, commands."""
    words = set(parser.prog.split())
    for sub in _parsers(parser):
        words.update(sub.prog.split())
        for action in sub._actions:
            words.update(action.option_strings)
            words.update(str(c) for c in action.choices or ())
            metavar = action.metavar
            words.update(metavar if isinstance(metavar, tuple) else [metavar or ""])
            words.add(str(action.dest).upper() if action.option_strings else action.dest)
    return {part for w in words for part in w.split("|") if part}  # FILE|DIR: each word


def _latin_words(text: str, typed: set[str]) -> set[str]:
    """The Latin words of ``text`` that are neither typed words nor :data:`HELP_WORDS`."""
    left = set()
    for raw in re.findall(r"[\w$#./:{}|,'\[\]-]*[A-Za-z][\w$#./:{}|,'\[\]-]*", text):
        for word in re.split(r"[{},|\[\]]", raw):
            word = word.strip("'.,:;/")
            if not re.search(r"[A-Za-z]", word) or CJK.search(word) or word[0].isdigit():
                continue  # a Chinese word, or an example value (2026-05-01T10:30:00)
            if word in typed or word in HELP_WORDS or word.split("=")[0] in typed:
                continue
            if all(part in typed or part in HELP_WORDS for part in re.split(r"[./]", word)):
                continue
            left.add(word)
    return left


def test_every_help_is_chinese_under_zh_cn(chinese: None) -> None:
    """Each command's --help: Chinese text, and no English word but what a user types."""
    parser = cli.build_parser()
    typed = _typed_words(parser)
    for sub in _parsers(parser):
        text = sub.format_help()
        assert text.startswith("用法："), sub.prog
        assert "选项" in text and "显示本帮助信息并退出" in text, sub.prog
        assert not _latin_words(text, typed), (sub.prog, _latin_words(text, typed))
        for action in sub._actions:
            if action.help in ARGPARSE_TEXTS:
                continue  # argparse's own (-h): translated as it is shown, checked above
            if action.help and action.help != argparse.SUPPRESS:
                shown = action.help.strip("YMD-")  # a bare YYYY-MM-DD format is allowed
                assert not shown or CJK.search(action.help), (sub.prog, action.help)


def test_every_help_string_and_argparse_word_is_translated() -> None:
    """The catalog holds a finished Chinese entry for every help string and argparse word."""
    help_texts = set()
    for sub in _parsers(cli.build_parser()):  # English: the sources
        help_texts.add(sub.description or "")
        help_texts.update(a.help or "" for a in sub._actions if a.help != argparse.SUPPRESS)
    help_texts -= {"", "YYYY-MM-DD", "show this help message and exit"}
    entries = contexts(CHINESE)
    sources = {source for _, source in entries["CommandLine"]}
    filled = [  # a template such as "{what}; never inside the data folder", filled in
        re.compile(".+".join(re.escape(part) for part in re.split(r"\{\w+\}", source)))
        for source in sources
        if re.search(r"\{\w+\}", source)
    ]
    missing = {h for h in help_texts - sources if not any(t.fullmatch(h) for t in filled)}
    assert not missing, missing
    argparse_sources = {source for _, source in entries["argparse"]}
    assert set(ARGPARSE_TEXTS) <= argparse_sources
    for (_, source), target in entries["argparse"].items():
        placeholders = re.findall(r"%(?:\(\w+\))?[sr]", source)
        assert sorted(re.findall(r"%(?:\(\w+\))?[sr]", target)) == sorted(placeholders), source


def test_help_and_usage_errors_in_chinese_and_english(tmp_path: Path) -> None:
    data = tmp_path / "data"
    top = run(data, "--help", env=CHINESE_ENV).stdout
    assert top.startswith("用法：inspect-app") and "现场检查与责令改正决定书" in top
    assert "show this help message" not in top and "positional arguments" not in top
    sub = run(data, "--lang", "zh_CN", "record", "sign", "--help", env=ENGLISH_ENV).stdout
    assert "添加执法人员或当事人的手写签名" in sub and "--officer-id ID" in sub
    assert "add an officer's" not in sub
    english = run(data, "--lang", "en", "record", "sign", "--help", env=CHINESE_ENV).stdout
    assert english.startswith("usage: inspect-app record sign")
    assert "add an officer's or the party's hand signature" in english and not CJK.search(
        english.replace("见证人", "").replace("拒签事由", "")
    )

    missing = run(data, "site", "add", expect=2, env=CHINESE_ENV).stderr
    assert missing.startswith("用法：inspect-app site add")
    assert missing.endswith("\n错误：缺少以下必需参数：--name\n")
    choice = run(data, "--lang", "zh_CN", "officer", "add", "--role", "x", expect=2).stderr
    assert "错误：参数 --role：无效的选项值 'x'（可选：" in choice and "'lead'" in choice
    unknown = run(data, "--lang=zh_CN", "site", "add", "--name", "某厂", "--bogus", expect=2)
    assert unknown.stderr.endswith("错误：无法识别的参数：--bogus\n")
    english_error = run(data, "site", "add", expect=2, env=ENGLISH_ENV).stderr
    assert english_error.endswith("\nerror: the following arguments are required: --name\n")


def test_the_command_lines_own_errors_follow_the_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    args = ("site", "edit", "nope", "--lat", "30.5")
    line = refused(data, *args, env=CHINESE_ENV).stderr
    assert line == "错误：位置须同时给出 --lat 和 --lon\n"
    english = refused(data, "--lang", "en", *args, env=CHINESE_ENV).stderr
    assert english == "error: give a position as both --lat and --lon\n"
    shown = refused(data, "--json", *args, env=CHINESE_ENV)
    assert shown.stderr == line
    assert json.loads(shown.stdout) == {
        "error": "give a position as both --lat and --lon",
        "message_id": "cli.position_needs_both",
        "params": {"lat": "--lat", "lon": "--lon"},
    }
    nobody = refused(data, "--json", "--as", "nobody", "officer", "list", env=CHINESE_ENV)
    assert nobody.stderr == "错误：本数据库中没有执法人员 nobody：请查看 officer list\n"
    assert json.loads(nobody.stdout)["message_id"] == "cli.unknown_officer"


def test_no_terminal_for_a_prompt_is_said_in_chinese(tmp_path: Path) -> None:
    """No terminal to ask a passphrase on: said in Chinese, naming the passphrase asked for."""
    data = tmp_path / "data"
    with Store.open(data) as store:
        agency = add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = add_officer(store, "张伟", "51090020230001", agency.id, Role.LEAD)
    args = ("--as", lead.id, "pki", "init-ca")
    line = refused(data, "--lang", "zh_CN", *args).stderr
    assert line == ("错误：新 CA 私钥口令：没有可供输入的终端，请给出 --passphrase-file FILE\n")
    shown = json.loads(refused(data, "--json", *args, env=ENGLISH_ENV).stdout)
    assert shown["error"] == (
        "new CA key passphrase: give --passphrase-file FILE (no terminal to ask on)"
    )
    assert shown["message_id"] == "cli.passphrase_no_terminal"
    assert shown["params"]["prompt"] == "new CA key passphrase"


def test_the_window_takes_lang_for_this_run(tmp_path: Path) -> None:
    """``inspect-app --lang zh_CN`` opens the window in Chinese on an English system (and back)."""
    home = tmp_path / "home"
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))},
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "QT_QPA_PLATFORM": "offscreen",
        "INSPECT_APP_PRINT_TITLE_AND_QUIT": "0",
    }

    def title(*args: str, lang: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "inspect_app", "--data-dir", str(tmp_path / "data"), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
            env={**env, "LANG": lang},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().splitlines()[-1]

    assert CJK.search(title("--lang", "zh_CN", lang="C.UTF-8"))
    assert not CJK.search(title("--lang", "en", lang="zh_CN.UTF-8"))
    settings = list((home / ".config").rglob("*.conf"))
    assert not any("language" in p.read_text(encoding="utf-8") for p in settings)


def test_lang_is_read_before_parsing() -> None:
    assert argv_language(["--lang", "zh_CN", "site", "add"]) == "zh_CN"
    assert argv_language(["site", "add", "--lang=en"]) == "en"
    assert argv_language(["site", "add", "--", "--lang", "zh_CN"]) is None
    assert argv_language(["--lang"]) is None
    assert cli.choose_language(["--lang", "zh_CN"]) == CHINESE == current_language()
    assert cli.choose_language(["--lang", "en"]) == ENGLISH == current_language()


def test_argparse_errors_are_translated_part_by_part(chinese: None) -> None:
    assert argparse_text("argument --role: invalid choice: 'x' (choose from 'a', 'b')") == (
        "参数 --role：无效的选项值 'x'（可选：'a', 'b'）"
    )
    assert argparse_text("the following arguments are required: --name, --code") == (
        "缺少以下必需参数：--name, --code"
    )
    assert argparse_text("argument --at: expected one argument") == "参数 --at：需要一个参数值"
    assert argparse_text("argument --count: invalid int value: 'x'") == (
        "参数 --count：无效的 int 值：'x'"
    )
    assert argparse_text("argument --party: not allowed with argument --officer-id") == (
        "参数 --party：不能与参数 --officer-id 同时使用"
    )
    assert argparse_text("something argparse may say one day") == (
        "something argparse may say one day"
    )
    use_language(ENGLISH)
    assert argparse_text("expected one argument") == "expected one argument"


def test_an_untranslated_help_string_stays_english(
    chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_messages, "contexts", lambda language: {})
    assert cli_messages.translate("CommandLine", "list agencies") == "list agencies"


def test_chinese_help_wraps_by_display_width() -> None:
    lines = wrap("检查本机安装是否完好（资源文件、字体、翻译、SQLite、Qt）：每项输出一行", 20)
    assert len(lines) > 1
    assert all(sum(2 if CJK.match(c) or c in "（）：、" else 1 for c in ln) <= 20 for ln in lines)
    assert "".join(lines).replace(" ", "") == (
        "检查本机安装是否完好（资源文件、字体、翻译、SQLite、Qt）：每项输出一行"
    )
    assert not any(line.startswith(("：", "、", "）")) for line in lines)

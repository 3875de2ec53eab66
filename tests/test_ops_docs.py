"""The province hub's operations guide (docs/hub-operations*.md) against the real program.

What can be checked mechanically, in English and Chinese alike:

* every ``inspect-app …`` command written in the guides or in the example files (code blocks,
  inline code, a systemd ``ExecStart=``) names subcommands that exist and options that the
  real ``inspect-app <subcommand> --help`` lists (the CLI run as a subprocess, as a user would);
* every file the guides link or name (``docs/…``, ``inspect_app/…``, ``benchmarks/…``) exists,
  and every example file is linked from both guides;
* both guides show the same commands and name exactly the hub's PostgreSQL tables;
* the example configurations parse and agree with the guides and with each other: the hub
  processes' ports (load balancers, systemd instances), the connection limit per process
  against the hub's per-peer limit, the health check against the hub's nonce rule, the
  PostgreSQL role and database names, the pgBackRest stanza, ``synchronous_standby_names``
  against the machines' ``cluster_name``; Patroni's YAML with PyYAML (skipped when absent);
* run for real in ``tests/test_ops_setup.py``: the health check, the multi-host URL, the SQL
  queries, a database restart, the set-up behind HAProxy.
"""

from __future__ import annotations

import configparser
import functools
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from inspect_app.sync.hub_pg_schema import TABLES
from inspect_app.sync.hub_protocol import MAX_CONNECTIONS_PER_PEER

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EXAMPLES = DOCS / "examples"
GUIDES = (DOCS / "hub-operations.md", DOCS / "hub-operations.zh_CN.md")
ENGLISH, CHINESE = GUIDES

_FENCE = re.compile(r"^[ \t]*```[^\n]*\n(.*?)^[ \t]*```", re.S | re.M)  # lists indent them
_INLINE = re.compile(r"`([^`]+)`")  # a span may wrap onto the next line
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_NAMED_FILE = re.compile(r"`((?:docs|inspect_app|benchmarks|tests|packaging)/[^`\s]+)`")
_COMMAND = re.compile(r"(?:^|(?<=[\s/`]))inspect-app(?=\s)(.*)$")
_OPTION = re.compile(r"^--[a-z][a-z0-9-]*")
_CHOICES = re.compile(r"^usage:.*?\{([a-z0-9_,-]+)\}", re.S)
_INSTANCE = re.compile(r"inspect-app-hub@(\d+)")


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@functools.cache
def _help(path: tuple[str, ...]) -> str:
    """``inspect-app PATH --help`` (English), run as a subprocess; fails when it does not exist."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    done = subprocess.run(
        [sys.executable, "-m", "inspect_app", "--lang", "en", *path, "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        stdin=subprocess.DEVNULL,
        env={**env, "LANG": "C.UTF-8"},
        check=False,
    )
    assert done.returncode == 0, f"inspect-app {' '.join(path)}: {done.stderr}"
    return done.stdout


def _subcommands(path: tuple[str, ...]) -> set[str]:
    """The subcommands ``inspect-app PATH`` offers (from its usage line)."""
    found = _CHOICES.search(_help(path))
    return set(found.group(1).split(",")) if found else set()


def _options(path: tuple[str, ...]) -> set[str]:
    """Every long option ``inspect-app PATH --help`` lists (the global ones included)."""
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*)", _help(path)))


def command_lines(text: str) -> list[str]:
    """Every ``inspect-app …`` command in ``text``: in code blocks (continuation lines joined,
    comments cut) and in inline code; the words after ``inspect-app``."""
    found: list[str] = []
    for block in _FENCE.findall(text):
        for line in block.replace("\\\n", " ").splitlines():
            match = _COMMAND.search(line.split(" #", 1)[0])
            if match:
                found.append(match.group(1).strip())
    prose = _FENCE.sub("", text)
    for span in _INLINE.findall(prose):
        match = _COMMAND.search(" ".join(span.split()))
        if match:
            found.append(match.group(1).strip())
    return found


def _words(command: str) -> list[str]:
    return shlex.split(command.replace("${", "{"), posix=True)


def _command_path(command: str) -> tuple[str, ...]:
    """The subcommands a documented command names (``("hub", "serve")``)."""
    path: tuple[str, ...] = ()
    for word in _words(command):
        if not word.startswith("-") and word in _subcommands(path):
            path = (*path, word)
    return path


def check_command(command: str) -> list[str]:
    """What is wrong with one documented command (empty when it matches the real CLI)."""
    path = _command_path(command)
    words = _words(command)
    options = _options(path)
    problems = [
        f"inspect-app {' '.join(path)}: no option {option.group(0)}"
        for option in map(_OPTION.match, words)
        if option and option.group(0) not in options
    ]
    if _subcommands(path) and any(not w.startswith("-") for w in words):
        problems.append(f"no such command: inspect-app {command}")
    return problems


def _examples() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.is_file())


def _all_commands() -> list[tuple[str, str]]:
    """(where, command) for both guides and every example file."""
    out = [(g.name, c) for g in GUIDES for c in command_lines(_text(g))]
    for example in _examples():
        for line in _text(example).splitlines():
            match = _COMMAND.search(line.removeprefix("ExecStart="))
            if match and not line.lstrip().startswith("#"):
                out.append((example.name, match.group(1).strip()))
    return out


# -- commands and options ----------------------------------------------------------------------


def test_the_guides_name_hub_commands() -> None:
    """The extraction itself works: the guides show ``hub serve`` and ``hub refusals``."""
    commands = [c for _, c in _all_commands()]
    assert any("hub serve" in c for c in commands), commands
    assert any("hub refusals" in c for c in commands), commands
    assert check_command("hub serve --no-such-option") == [
        "inspect-app hub serve: no option --no-such-option"
    ]
    assert check_command("hub no-such-command") == [
        "no such command: inspect-app hub no-such-command"
    ]


def test_every_documented_command_and_option_exists() -> None:
    problems = [f"{where}: {p}" for where, c in _all_commands() for p in check_command(c)]
    assert not problems, "\n".join(problems)


def test_every_option_named_alone_exists() -> None:
    """An option written alone in the prose (`` `--blobs` ``) belongs to a documented command."""
    known: set[str] = set()
    for _, command in _all_commands():
        known |= _options(_command_path(command))
    for guide in GUIDES:
        alone = [
            span.split()[0]
            for span in _INLINE.findall(_FENCE.sub("", _text(guide)))
            if _OPTION.match(span)
        ]
        assert alone, guide.name
        assert not set(alone) - known, (guide.name, set(alone) - known)


def test_both_guides_show_the_same_commands() -> None:
    english = sorted(set(command_lines(_text(ENGLISH))))
    chinese = sorted(set(command_lines(_text(CHINESE))))
    assert english == chinese


def test_the_tables_named_are_the_hubs_tables() -> None:
    """Every table of the PostgreSQL hub is named in the guides, and no other ``hub_*`` table."""
    for guide in GUIDES:
        named = {
            span
            for span in _INLINE.findall(_FENCE.sub("", _text(guide)))
            if re.fullmatch(r"hub_[a-z]+(_[a-z]+)*", span)
        }
        proposed = {"hub_locks"}  # section 14: what a port without advisory locks would add
        assert named - proposed == set(TABLES), (guide.name, named ^ set(TABLES))


# -- files -------------------------------------------------------------------------------------


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_linked_and_named_file_exists(guide: Path) -> None:
    text = _text(guide)
    missing = []
    for target in _LINK.findall(text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        if not (guide.parent / target.split("#", 1)[0]).exists():
            missing.append(target)
    for named in _NAMED_FILE.findall(text):
        if not (ROOT / named).exists():
            missing.append(named)
    assert not missing, missing


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_example_file_is_linked(guide: Path) -> None:
    links = set(_LINK.findall(_text(guide)))
    assert {f"examples/{p.name}" for p in _examples()} <= links


def test_no_placeholder_left_unfilled() -> None:
    """Upper-case markers (``SIZING_FIGURES``…) are for drafting; a shipped guide has none."""
    for guide in GUIDES:
        prose = _INLINE.sub("", _FENCE.sub("", _text(guide)))
        left = re.findall(r"\b[A-Z]{3,}(?:_[A-Z]+)+\b", prose)
        assert not left, (guide.name, left)


# -- the example configurations ------------------------------------------------------------------


def _hub_ports_haproxy() -> set[int]:
    text = _text(EXAMPLES / "haproxy.cfg")
    servers = re.findall(r"^\s*server\s+\S+\s+127\.0\.0\.1:(\d+)(.*)$", text, re.M)
    assert servers
    for _, rest in servers:
        limit = re.search(r"\bmaxconn\s+(\d+)", rest)  # one connection left for the check
        assert limit and int(limit.group(1)) < MAX_CONNECTIONS_PER_PEER, rest
    return {int(port) for port, _ in servers}


def _hub_ports_nginx() -> set[int]:
    text = _text(EXAMPLES / "nginx.conf")
    upstream = re.search(r"upstream\s+\S+\s*\{(.*?)\}", text, re.S)
    assert upstream
    servers = re.findall(r"^\s*server\s+127\.0\.0\.1:(\d+)([^;]*);", upstream.group(1), re.M)
    assert servers
    for _, rest in servers:
        limit = re.search(r"max_conns=(\d+)", rest)
        assert limit and int(limit.group(1)) <= MAX_CONNECTIONS_PER_PEER, rest
    return {int(port) for port, _ in servers}


def test_load_balancers_and_systemd_instances_name_the_same_hub_processes() -> None:
    haproxy, nginx = _hub_ports_haproxy(), _hub_ports_nginx()
    assert haproxy == nginx
    for guide in GUIDES:
        instances = {int(p) for p in _INSTANCE.findall(_text(guide))}
        assert instances == haproxy, guide.name
        assert all(f":{port}" in _text(guide) for port in haproxy), guide.name
    unit = _text(EXAMPLES / "inspect-app-hub@.service")
    assert {int(p) for p in _INSTANCE.findall(unit)} == haproxy
    frontend = re.search(r"^\s*bind\s+:(\d+)", _text(EXAMPLES / "haproxy.cfg"), re.M)
    listen = re.search(r"^\s*listen\s+(\d+);", _text(EXAMPLES / "nginx.conf"), re.M)
    assert frontend and listen and frontend.group(1) == listen.group(1)
    for guide in GUIDES:
        assert f"load balancer :{frontend.group(1)}" in _text(guide) or (
            f"负载均衡器 :{frontend.group(1)}" in _text(guide)
        ), guide.name


def test_the_systemd_unit_parses_and_runs_hub_serve() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)  # Environment= repeats
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit_text = _text(EXAMPLES / "inspect-app-hub@.service")
    unit.read_string(unit_text)
    assert set(unit.sections()) == {"Unit", "Service", "Install"}
    service = unit["Service"]
    words = _words(service["ExecStart"])
    assert words[0].endswith("/inspect-app")
    assert words[words.index("--port") + 1] == "%i"
    assert words[words.index("--host") + 1] == "127.0.0.1"
    data = words[words.index("--data-dir") + 1]
    assert data.endswith("/%i")
    writable = service["ReadWritePaths"].split()
    assert any(data.startswith(p) for p in writable)
    key = words[words.index("--hub-key") + 1]  # the first process creates it: writable
    state = re.search(r"^Environment=INSPECT_APP_STATE_DIR=(\S+)$", unit_text, re.M)
    assert state and any(state.group(1).startswith(p) for p in writable)
    for guide in GUIDES:  # no step removes marks a hub process does not keep (section 7)
        assert "high-water/" not in _text(guide), guide.name
    assert any(key.startswith(p) for p in writable)
    for guide in GUIDES:
        assert key in _text(guide), guide.name
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_the_systemd_unit_passes_systemd_analyze(tmp_path: Path) -> None:
    """``systemd-analyze verify`` accepts the unit as is (unknown keys and bad values are
    reported on stderr), with this venv's ``inspect-app`` in place of ``/opt/inspect-app``."""
    tool = shutil.which("systemd-analyze")
    launcher = Path(sys.executable).with_name("inspect-app")
    if tool is None or not launcher.exists():
        pytest.skip("systemd-analyze or the inspect-app launcher is not installed here")
    text = _text(EXAMPLES / "inspect-app-hub@.service")
    assert "/opt/inspect-app/bin/inspect-app" in text
    unit = tmp_path / "inspect-app-hub@8801.service"
    unit.write_text(text.replace("/opt/inspect-app/bin/inspect-app", str(launcher)), "utf-8")
    done = subprocess.run(
        [tool, "verify", str(unit)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def _settings(path: Path) -> dict[str, str]:
    """``key = value`` lines of a postgresql.conf (comments and quotes removed)."""
    out = {}
    for line in _text(path).splitlines():
        line = re.sub(r"\s+#.*$", "", line).strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        out[key.strip()] = value.strip().strip("'")
    return out


def test_postgresql_conf_keeps_commits_on_a_standby_and_archives() -> None:
    conf = _settings(EXAMPLES / "postgresql.conf")
    assert conf["synchronous_commit"] == "on"
    assert conf["wal_level"] in {"replica", "logical"}
    assert conf["wal_log_hints"] == "on"  # pg_rewind, as the guides say
    names = re.fullmatch(r"(?:ANY|FIRST) (\d+) \(([^)]*)\)", conf["synchronous_standby_names"])
    assert names
    machines = [n.strip() for n in names.group(2).split(",")]
    assert conf["cluster_name"] in machines
    assert int(names.group(1)) < len(machines)
    stanza = re.search(r"--stanza=(\w+)", conf["archive_command"])
    backrest = configparser.ConfigParser(interpolation=None)
    backrest.read_string(_text(EXAMPLES / "pgbackrest.conf"))
    assert stanza and stanza.group(1) in backrest.sections()
    for guide in GUIDES:
        text = _text(guide)
        assert all(f"--stanza={stanza.group(1)}" in c for c in re.findall(r"pgbackrest .*", text))
        for machine in machines:
            assert machine in text, (guide.name, machine)


def test_pg_hba_lets_the_hub_role_into_its_database_only() -> None:
    rules = []
    for line in _text(EXAMPLES / "pg_hba.conf").splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            assert fields[0] in {"local", "host", "hostssl", "hostnossl"}, line
            assert len(fields) == (4 if fields[0] == "local" else 5), line
            rules.append(fields)
    hub_rules = [r for r in rules if r[2] == "inspect_hub"]
    assert hub_rules and all(r[1] == "inspect_hub" and r[-1] == "scram-sha-256" for r in hub_rules)
    for guide in GUIDES:
        text = _text(guide)
        assert "CREATE ROLE inspect_hub LOGIN" in text
        assert "CREATE DATABASE inspect_hub OWNER inspect_hub" in text
        assert "CREATE ROLE replicator LOGIN REPLICATION" in text
    assert any(r[1] == "replication" and r[2] == "replicator" for r in rules)


def test_patroni_sketch_parses_and_is_synchronous() -> None:
    yaml = pytest.importorskip("yaml")
    config = yaml.safe_load(_text(EXAMPLES / "patroni.yml"))
    dcs = config["bootstrap"]["dcs"]
    assert dcs["synchronous_mode"] is True
    assert dcs["postgresql"]["use_pg_rewind"] is True
    assert len(config["etcd3"]["hosts"]) % 2 == 1  # an odd number of etcd members
    ttl = dcs["ttl"]
    for guide in GUIDES:
        assert f"{ttl} s" in _text(guide) or f"{ttl} 秒" in _text(guide), guide.name
    hba = [line.split() for line in config["postgresql"]["pg_hba"]]
    assert ["hostssl", "inspect_hub", "inspect_hub"] in [r[:3] for r in hba]

"""Issue 14 on the command line: passphrase sources, db passphrase, recovery with the lead's key.

Real subprocesses of ``inspect-app`` on real data folders. The suite's own passphrase
variable is removed for these runs, so each test says exactly which source it gives: the
option, the variable, a prompt on a real pseudo-terminal, or none at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fixture_photos import photo_path

from inspect_app.storage.protection import keyfile, session, unlocking
from inspect_app.storage.protection.unlocking import PASSPHRASE_FILE_ENV

PHOTO = "exifpy_gps_DSCN0010.jpg"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != PASSPHRASE_FILE_ENV}
    return {**env, **extra}


def cli(
    data_dir: Path, *args: str, expect: int = 0, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``inspect-app --data-dir DATA_DIR ARGS`` with no passphrase variable, no terminal."""
    done = subprocess.run(
        [sys.executable, "-m", "inspect_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        env=env if env is not None else _env(),
    )
    assert done.returncode == expect, (args, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    return done


def cli_json(data_dir: Path, *args: str, expect: int = 0, **kw: object) -> dict[str, object]:
    out = cli(data_dir, "--json", *args, expect=expect, **kw).stdout  # type: ignore[arg-type]
    return json.loads(out.splitlines()[-1])


def _secret(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _hashes(folder: Path) -> dict[str, tuple[str, int]]:
    """SHA-256 and mtime (ns) of every file under ``folder``."""
    return {
        str(p.relative_to(folder)): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_mtime_ns,
        )
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# -- passphrase sources ----------------------------------------------------------------------
def test_a_new_folder_needs_a_choice_without_a_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    refused = cli_json(data, "officer", "list", expect=1)
    assert refused["message_id"] == "protection.new_folder_needs_choice"
    assert not (data / "inspect.sqlite3").exists() and not (data / keyfile.KEY_FILE).exists()
    zh = cli(data, "--lang", "zh_CN", "officer", "list", expect=1).stderr
    assert zh.startswith("错误：") and "--no-encryption" in zh


def test_passphrase_file_option_variable_wrong_and_locked(tmp_path: Path) -> None:
    data, good = tmp_path / "data", _secret(tmp_path, "good.txt", "河长制巡查 2026")
    bad = _secret(tmp_path, "bad.txt", "not the passphrase")
    cli(data, "--store-passphrase-file", str(good), "officer", "list")
    assert unlocking.protection_of(data) is unlocking.Protection.ENCRYPTED
    assert not (data / "inspect.sqlite3").read_bytes().startswith(b"SQLite format 3")
    before = _hashes(data)
    wrong = cli_json(data, "--store-passphrase-file", str(bad), "officer", "list", expect=1)
    assert wrong["message_id"] == "protection.wrong_passphrase"
    locked = cli_json(data, "officer", "list", expect=1)
    assert locked["message_id"] == "protection.locked"
    assert _hashes(data) == before  # nothing changed by a refusal
    cli(data, "officer", "list", env=_env(**{PASSPHRASE_FILE_ENV: str(good)}))
    # the option wins over the variable
    cli(data, "--store-passphrase-file", str(good), "officer", "list",
        env=_env(**{PASSPHRASE_FILE_ENV: str(bad)}))  # fmt: skip
    # a new passphrase must be long enough
    short = _secret(tmp_path, "short.txt", "abc")
    too_short = cli_json(tmp_path / "d2", "--store-passphrase-file", str(short), "officer",
                         "list", expect=1)  # fmt: skip
    assert too_short["message_id"] == "protection.passphrase_too_short"


def test_no_encryption_is_explicit(tmp_path: Path) -> None:
    data, good = tmp_path / "data", _secret(tmp_path, "good.txt", "河长制巡查 2026")
    both = cli_json(data, "--no-encryption", "--store-passphrase-file", str(good), "officer",
                    "list", expect=1)  # fmt: skip
    assert both["message_id"] == "protection.choose_one"
    cli(data, "--no-encryption", "officer", "list")
    assert unlocking.protection_of(data) is unlocking.Protection.CLEAR_OPTED_OUT
    cli(data, "officer", "list")  # a clear folder needs no passphrase
    enc = tmp_path / "enc"
    cli(enc, "--store-passphrase-file", str(good), "officer", "list")
    again = cli_json(enc, "--no-encryption", "officer", "list", expect=1)
    assert again["message_id"] == "protection.no_encryption_not_new"


def _on_a_terminal(
    data: Path, args: list[str], answers: list[str], lang: str = "en"
) -> tuple[int, str]:
    """Run a command on a real pseudo-terminal, typing ``answers`` at its prompts."""
    import fcntl
    import pty
    import select
    import termios

    master, slave = pty.openpty()

    def controlling_terminal() -> None:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "inspect_app", "--lang", lang, "--data-dir", str(data), *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=_env(),
        preexec_fn=controlling_terminal,  # noqa: PLW1509 - a test's own child
    )
    os.close(slave)
    seen, since, pending = b"", b"", list(answers)  # since: the output after the last answer
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1.0)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break  # the child closed the terminal
        if not chunk:
            break
        seen, since = seen + chunk, since + chunk
        if pending and since.rstrip().endswith((b":", "：".encode())):
            os.write(master, pending.pop(0).encode() + b"\n")
            since = b""
    else:
        proc.kill()
    os.close(master)
    return proc.wait(timeout=60), seen.decode("utf-8", "replace")


def test_prompts_on_a_terminal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, shown = _on_a_terminal(data, ["officer", "list"], ["河长制巡查 2026", "河长制巡查 2026"])
    assert code == 0, shown
    assert "new store passphrase" in shown and "again" in shown
    assert unlocking.protection_of(data) is unlocking.Protection.ENCRYPTED
    code, shown = _on_a_terminal(
        data, ["officer", "list"], ["wrong one", "河长制巡查 2026"], "zh_CN"
    )
    assert code == 0, shown
    assert "数据库口令" in shown and "该口令无法解锁" in shown
    code, shown = _on_a_terminal(data, ["officer", "list"], ["x1", "x2", "x3"])
    assert code == 1 and "does not unlock" in shown and "Traceback" not in shown


# -- db passphrase ---------------------------------------------------------------------------
def test_change_passphrase_rewrites_only_the_key_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    old = _secret(tmp_path, "old.txt", "旧口令 old passphrase")
    new = _secret(tmp_path, "new.txt", "新口令 new passphrase")
    with_old = ("--store-passphrase-file", str(old))
    agency = cli_json(data, *with_old, "agency", "add", "--name", "遂宁市生态环境局", "--code",
                      "遂环", "--region", "510900")["id"]  # fmt: skip
    lead = cli_json(data, *with_old, "officer", "add", "--name", "张伟", "--cert", "51090001",
                    "--agency", str(agency), "--role", "lead")["id"]  # fmt: skip
    patrol = cli_json(data, *with_old, "--as", str(lead), "patrol", "add", "--date",
                      "2026-05-01", "--basin", "fujiang", "--officer", str(lead))["id"]  # fmt: skip
    cli(data, *with_old, "--as", str(lead), "finding", "add", "--patrol", str(patrol),
        "--category", "water_discharge", "--photo", str(photo_path(PHOTO)))  # fmt: skip
    cli(data, *with_old, "db", "check")  # the store settles (checkpoint, derived files)
    before = _hashes(data)
    short = _secret(tmp_path, "short.txt", "abc")
    refused = cli_json(data, *with_old, "db", "passphrase", "--new-passphrase-file", str(short),
                       expect=1)  # fmt: skip
    assert refused["message_id"] == "protection.passphrase_too_short"
    done = cli_json(data, *with_old, "db", "passphrase", "--new-passphrase-file", str(new))
    assert done["passphrase_changed"] is True
    after = _hashes(data)
    changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
    assert changed == {keyfile.KEY_FILE}, changed
    wrong = cli_json(data, *with_old, "officer", "list", expect=1)
    assert wrong["message_id"] == "protection.wrong_passphrase"
    cli(data, "--store-passphrase-file", str(new), "db", "check")


# -- recovery --------------------------------------------------------------------------------
def test_recovery_with_the_leads_key_end_to_end(tmp_path: Path) -> None:
    office, laptop = tmp_path / "office", tmp_path / "laptop"
    office_pass = _secret(tmp_path, "office.txt", "办公室口令 office 2026")
    laptop_pass = _secret(tmp_path, "laptop.txt", "李四的口令 laptop 2026")
    ca_pass = _secret(tmp_path, "ca.txt", "团队CA口令 ca 2026")
    at_office = ("--store-passphrase-file", str(office_pass))
    at_laptop = ("--store-passphrase-file", str(laptop_pass))
    agency = cli_json(office, *at_office, "agency", "add", "--name", "遂宁市生态环境局",
                      "--code", "遂环", "--region", "510900")["id"]  # fmt: skip
    lead = cli_json(office, *at_office, "officer", "add", "--name", "张三", "--cert",
                    "51090012345", "--agency", str(agency), "--role", "lead")["id"]  # fmt: skip
    inspector = cli_json(office, *at_office, "--as", str(lead), "officer", "add", "--name",
                         "李四", "--cert", "51090054321", "--agency",
                         str(agency))["id"]  # fmt: skip
    made = cli_json(office, *at_office, "--as", str(lead), "pki", "init-ca", "--passphrase-file",
                    str(ca_pass))  # fmt: skip
    pem = Path(str(made["recovery_key"]))
    assert pem.is_file() and b"ENCRYPTED PRIVATE KEY" in pem.read_bytes()
    assert made["advice"]["message_id"] == "protection.recovery_key_advice"  # type: ignore[index]
    # the office laptop wrapped its own key for the recovery key at once (no reopen needed)
    assert len(keyfile.load(office).recovery) == 1  # type: ignore[union-attr]

    bundle = tmp_path / "office.zip"
    cli(office, *at_office, "sync", "export", "--out", str(bundle))
    code = str(cli_json(office, *at_office, "replica", "show")["laptop_code"])
    cli(laptop, *at_laptop, "team", "join", str(bundle), "--code", code.replace(" ", ""))
    cli(laptop, *at_laptop, "officer", "use", str(inspector))
    patrol = cli_json(laptop, *at_laptop, "patrol", "add", "--date", "2026-05-01", "--basin",
                      "fujiang", "--officer", str(inspector))["id"]  # fmt: skip
    finding = cli_json(laptop, *at_laptop, "finding", "add", "--patrol", str(patrol),
                       "--category", "water_discharge", "--description", "暗管直排",
                       "--photo", str(photo_path(PHOTO)))  # fmt: skip
    sha = finding["photos"][0]["sha256"]  # type: ignore[index]
    recovery = keyfile.load(laptop).recovery  # type: ignore[union-attr]
    assert [r["recipient"] for r in recovery] == [
        r["recipient"] for r in keyfile.load(office).recovery
    ]  # type: ignore[union-attr]  # noqa: E501

    # the officer forgets the passphrase
    forgot = _secret(tmp_path, "forgot.txt", "记不清了 forgotten")
    assert cli_json(laptop, "--store-passphrase-file", str(forgot), "officer", "list",
                    expect=1)["message_id"] == "protection.wrong_passphrase"  # fmt: skip
    # a wrong recovery passphrase, or another key, changes nothing
    before = _hashes(laptop)
    bad = cli_json(laptop, "db", "recover", "--recovery-key", str(pem),
                   "--recovery-passphrase-file", str(forgot), "--new-passphrase-file",
                   str(forgot), expect=1)  # fmt: skip
    assert bad["message_id"] == "protection.recovery_key_unreadable"
    assert _hashes(laptop) == before
    # the lead's recovery key sets a new one
    new_pass = _secret(tmp_path, "new.txt", "新口令 brand new 2026")
    done = cli_json(laptop, "db", "recover", "--recovery-key", str(pem),
                    "--recovery-passphrase-file", str(ca_pass), "--new-passphrase-file",
                    str(new_pass))  # fmt: skip
    assert done["recovered"] is True and int(done["ops"]) > 0  # type: ignore[call-overload]
    shown = cli_json(laptop, "--store-passphrase-file", str(new_pass), "finding", "show",
                     str(finding["id"]))  # fmt: skip
    assert shown["description"] == "暗管直排" and shown["photos"][0]["id"] == sha  # type: ignore[index]
    # the evidence reads byte-exact with the recovered key
    session.forget_all()
    from inspect_app.storage.store import Store

    unlocking.unlock(laptop, "新口令 brand new 2026")
    with Store.open(laptop) as store:
        from inspect_app.storage.blobs import BlobStore

        with BlobStore(store.photos_dir, store.data_key).open(sha) as f:
            assert f.read() == photo_path(PHOTO).read_bytes()
    session.forget_all()


def test_recovery_key_for_an_older_team_ca_and_only_a_lead_sets_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CA made before issue 14 gets its recovery key by 'pki recovery-key' (a lead only)."""
    from inspect_app.domain.ops import Change, OpKind
    from inspect_app.notices.pki import create_ca
    from inspect_app.storage import registry
    from inspect_app.storage.documents import record_team_ca, team_cas
    from inspect_app.storage.protection.recovery import team_recovery_keys
    from inspect_app.storage.store import Store

    data, secret = tmp_path / "data", _secret(tmp_path, "pass.txt", "办公室口令 office 2026")
    ca_pass = _secret(tmp_path, "ca.txt", "团队CA口令 ca 2026")
    monkeypatch.setenv(PASSPHRASE_FILE_ENV, str(secret))
    with Store.open(data) as store:
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead", None)
        inspector = registry.add_officer(
            store, "李四", "51090054321", agency.id, "inspector", lead.id
        )
        material = create_ca(
            "遂宁市生态环境局 执法文书签名CA", "遂宁市生态环境局", b"ca passphrase"
        )
        record_team_ca(store, lead.id, material.fingerprint, material.cert_pem.decode(), "旧CA")
        ca_id = team_cas(store)[0]["fingerprint"]
        with pytest.raises(Exception) as refused:  # an inspector may not set the team's key
            store.write([Change(OpKind.SET, "team_ca", ca_id, {"recovery_key": "ab" * 32})],
                        inspector.id)  # fmt: skip
        assert "lead" in str(refused.value)
    session.forget_all()
    with_pass = ("--store-passphrase-file", str(secret))
    made = cli_json(data, *with_pass, "--as", lead.id, "pki", "recovery-key", "--passphrase-file",
                    str(ca_pass))  # fmt: skip
    assert Path(str(made["key"])).is_file()
    again = cli_json(data, *with_pass, "--as", lead.id, "pki", "recovery-key",
                     "--passphrase-file", str(ca_pass), expect=1)  # fmt: skip
    assert again["message_id"] == "protection.recovery_key_exists"
    with Store.open(data) as store:
        assert len(team_recovery_keys(store.db.conn)) == 1
    assert len(keyfile.load(data).recovery) == 1  # type: ignore[union-attr]
    session.forget_all()

#!/usr/bin/env python3
"""Smoke-test the frozen app as installed by the .deb — standard library only.

    python3 packaging/smoke_frozen.py [--deb dist/inspect-app_*.deb | --bundle dist/inspect-app]

With ``--deb`` (the default: the newest ``dist/*.deb``) the package is unpacked with
``dpkg-deb -x`` into a scratch root and checked: its files, the desktop entry, the wrapper on
PATH. Then, with the frozen binary, as a new user (HOME, data, state and log folders in a
temporary folder):

1. ``--self-check`` exits 0;
2. ``--version`` and ``--help``;
3. the command line on an encrypted data folder (SQLite3 Multiple Ciphers, AEGIS-256 pages;
   set up by the first command with the passphrase file ``INSPECT_APP_STORE_PASSPHRASE_FILE``
   names, as a user's would be):
   ``category list``, an agency, a lead, a site, a patrol, a finding, ``photo import`` of the
   fixture photos (``$INSPECT_APP_FIXTURES`` or ``../shared/fixtures``) including a HEIC
   photo, stored sealed, and ``notice draft`` to a PDF;
4. protection at rest: the store file has no ``SQLite format 3`` header; a new process
   reopens it with the passphrase (``agency list``, ``db check``); a wrong passphrase is
   refused (exit 1, ``protection.wrong_passphrase``) and so is none at all
   (``protection.locked``), each leaving the store file as it was; ``--no-encryption`` sets up
   a clear store that plain SQLite reads;
5. the window offscreen in zh_CN for a few seconds: its title is Chinese
   (``INSPECT_APP_PRINT_TITLE_AND_QUIT``, a hook in ``inspect_app/ui/main.py``);
6. Linux: Qt's trimmed ICU data still does what the app may ask of it — QCollator sorts
   Chinese names in pinyin order, GB18030 and GBK text decodes (``INSPECT_APP_ICU_PROBE``, a
   run-time hook in ``packaging/pyi_rth_icu_probe.py``; see ``packaging/icu_data.py``).

Ends with ``smoke: N passed, N failed``; exit 1 when any step failed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALL_DIR = "opt/inspect-app"
FIXTURE_PHOTOS = [  # photos the app must take (the whole folder also has broken ones)
    "exifpy_gps_DSCN0010.jpg",
    "exifpy_nokia_8_3_gps.jpg",
    "recurser_Portrait_8.jpg",
    "pillow_hopper.heic",
]
CJK = re.compile(r"[\u4e00-\u9fff]")
PASSPHRASE = "巡查 2026 smoke 口令"  # what a user types: Chinese, spaces, Latin, digits
SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every clear SQLite file
SEALED_MAGIC = b"IASEAL\x01\n"  # storage/protection/sealed_stream.py: MAGIC
STORE_FILE = "inspect.sqlite3"  # storage/protection/unlocking.py: STORE_FILE
KEY_FILE = "protection.json"  # storage/protection/keyfile.py


class Smoke:
    """Runs the checks, counting passes and failures."""

    def __init__(self, binary: Path, scratch: Path) -> None:
        self.binary = binary
        self.scratch = scratch
        self.passed = 0
        self.failed = 0
        home = scratch / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.passphrase_file = scratch / "passphrase.txt"
        self.passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))},
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "INSPECT_APP_DATA_DIR": str(scratch / "data"),
            "INSPECT_APP_STATE_DIR": str(scratch / "state"),
            "INSPECT_APP_LOG_DIR": str(scratch / "logs"),
            # the data folder is set up encrypted by the first command, then unlocked with it
            "INSPECT_APP_STORE_PASSPHRASE_FILE": str(self.passphrase_file),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        for key in ("INSPECT_APP_OFFICER", "INSPECT_APP_PRINT_TITLE_AND_QUIT"):
            self.env.pop(key, None)

    def check(self, name: str, step: Callable[[], str]) -> None:
        """Run one step; it returns a short note or raises AssertionError."""
        started = time.monotonic()
        try:
            note = step()
        except (AssertionError, subprocess.SubprocessError, OSError, ValueError) as exc:
            self.failed += 1
            print(f"FAIL  {name}: {exc}  [{time.monotonic() - started:.1f} s]", flush=True)
            return
        self.passed += 1
        print(f"PASS  {name}: {note}  [{time.monotonic() - started:.1f} s]", flush=True)

    def run(self, *args: str, expect: int | None = 0, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """Run the frozen binary with ``args``; assert its exit code and no traceback."""
        done = subprocess.run([str(self.binary), *args], capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=timeout,
                              stdin=subprocess.DEVNULL, env={**self.env, **(env or {})})
        detail = (done.stdout + done.stderr).strip()[-2000:]
        if expect is not None:
            assert done.returncode == expect, f"exit {done.returncode}, not {expect}: {detail}"
        assert "Traceback" not in done.stderr, detail
        return done

    def json(self, *args: str, expect: int | None = 0) -> dict:
        """Run a command with ``--json``; return its object."""
        return json.loads(self.run("--json", *args, expect=expect).stdout)


def unpack(deb: Path, root: Path) -> Path:
    """``dpkg-deb -x`` the package into ``root``; check its layout; return the frozen binary."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    binary = root / INSTALL_DIR / "inspect-app"
    assert os.access(binary, os.X_OK), f"{binary} missing or not executable"
    return binary


def check_package(deb: Path, root: Path) -> str:
    """The .deb's files, owners, metadata, desktop entry and icon."""
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    owners = {line.split()[1] for line in listing}
    assert owners == {"root/root"}, f"owners {owners}"
    allowed = ("./opt/inspect-app/", "./usr/bin/inspect-app", "./usr/share/icons/hicolor/",
               "./usr/share/applications/inspect-app.desktop", "./usr/share/doc/inspect-app/")
    parents = {"./", "./opt/", "./usr/", "./usr/bin/", "./usr/share/", "./usr/share/icons/",
               "./usr/share/applications/", "./usr/share/doc/"}
    paths = [line.split()[5] for line in listing]
    outside = [p for p in paths if p not in parents and not p.startswith(allowed)]
    assert not outside, f"unexpected paths {outside[:5]}"
    control = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    assert f"Architecture: {arch}" in control, control
    for needed in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1"):
        assert needed in control, f"Depends lacks {needed}"
    scripts = [s for s in ("preinst", "postinst", "prerm") if f" {s} " in control]
    assert not scripts, f"maintainer scripts {scripts}: removal must leave nothing"
    assert "Recommends:" not in control, "Recommends: apt would install them by default"
    desktop = (root / "usr/share/applications/inspect-app.desktop").read_text(encoding="utf-8")
    assert re.search(r"^Name=.*[A-Za-z]", desktop, re.M), "desktop: no English Name"
    assert re.search(r"^Name\[zh_CN\]=.*[\u4e00-\u9fff]", desktop, re.M), "no Name[zh_CN]"
    assert re.search(r"^Exec=inspect-app\b", desktop, re.M) and "Icon=inspect-app" in desktop
    icons = list((root / "usr/share/icons/hicolor").rglob("inspect-app.*"))
    assert icons, "no icon"
    size = sum(p.stat().st_size for p in (root / INSTALL_DIR).rglob("*")
               if p.is_file() and not p.is_symlink())
    return (f"{len(listing)} entries, root-owned, only a postrm (/opt), {len(icons)} icons, "
            f"/opt/inspect-app {size / 1e6:.0f} MB")


def check_wrapper(root: Path) -> str:
    """``/usr/bin/inspect-app`` runs the app, and picks the IBus input module for fcitx."""
    wrapper = root / "usr/bin/inspect-app"
    text = wrapper.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh") and "/opt/inspect-app/inspect-app" in text
    probe = wrapper.with_name("inspect-app-probe")
    probe.write_text(text.replace('exec /opt/inspect-app/inspect-app "$@"',
                                  'printf "%s" "${QT_IM_MODULE:-}"'), encoding="utf-8")
    base = {k: v for k, v in os.environ.items()
            if k not in ("QT_IM_MODULE", "XMODIFIERS", "GTK_IM_MODULE",
                         "INSPECT_APP_QT_IM_MODULE")}
    cases = [({}, ""), ({"QT_IM_MODULE": "fcitx"}, "ibus"), ({"XMODIFIERS": "@im=fcitx"}, "ibus"),
             ({"QT_IM_MODULE": "xim"}, "xim"), ({"QT_IM_MODULE": "ibus"}, "ibus"),
             ({"QT_IM_MODULE": "fcitx", "INSPECT_APP_QT_IM_MODULE": "fcitx"}, "fcitx")]
    for extra, expected in cases:
        got = subprocess.run(["sh", str(probe)], capture_output=True, text=True,
                             env={**base, **extra}, check=True).stdout
        assert got == expected, f"{extra}: QT_IM_MODULE={got!r}, expected {expected!r}"
    probe.unlink()
    real = wrapper.with_name("inspect-app-here")
    real.write_text(text.replace("/opt/inspect-app/", str(root / INSTALL_DIR) + "/"),
                    encoding="utf-8")
    version = subprocess.run(["sh", str(real), "--version"], capture_output=True, text=True,
                             timeout=60, check=True).stdout.strip()
    real.unlink()
    return f"{version}; QT_IM_MODULE rules hold in {len(cases)} cases"


def fixtures_root() -> Path:
    """``$INSPECT_APP_FIXTURES`` or ``../shared/fixtures`` (as tests/fixture_photos.py)."""
    env = os.environ.get("INSPECT_APP_FIXTURES")
    return Path(env) if env else ROOT.parent / "shared" / "fixtures"


def cli_smoke(smoke: Smoke) -> None:
    """Category list, a finding with the fixture photos (HEIC included), a notice draft."""
    ids: dict[str, str] = {}

    def categories() -> str:
        codes = smoke.json("category", "list")["codes"]
        assert "water_outfall" in codes, codes
        plain = smoke.run("category", "list").stdout
        return f"{len(codes)} categories; plain output {len(plain.splitlines())} lines"

    def setup() -> str:
        ids["agency"] = smoke.json("agency", "add", "--name", "遂宁市生态环境局", "--code",
                                   "遂环", "--region", "510900")["id"]
        ids["lead"] = smoke.json("officer", "add", "--name", "张三", "--cert", "51090012345",
                                 "--agency", ids["agency"], "--role", "lead")["id"]
        ids["site"] = smoke.json("site", "add", "--name", "遂宁某某化工有限公司",
                                 "--credit-code", "91350100M000100Y43", "--address",
                                 "遂宁市船山区河东路1号", "--legal-rep", "王五",
                                 "--region", "510903")["id"]
        ids["patrol"] = smoke.json("patrol", "add", "--date", date.today().isoformat(),
                                   "--basin", "涪江", "--officer", ids["lead"])["id"]
        ids["finding"] = smoke.json("finding", "add", "--patrol", ids["patrol"], "--site",
                                    ids["site"], "--category", "water_outfall",
                                    "--description", "厂区东侧雨水排口有暗管排放废水",
                                    "--severity", "major")["id"]
        return "agency, lead, site, patrol, finding " + ids["finding"][:8]

    def photos() -> str:
        folder = fixtures_root() / "photos"
        files = [folder / name for name in FIXTURE_PHOTOS]
        missing = [str(f) for f in files if not f.is_file()]
        assert not missing, f"fixture photos missing: {missing} (set INSPECT_APP_FIXTURES)"
        out = smoke.json("photo", "import", "--finding", ids["finding"], *map(str, files))
        assert out["errors"] == [], out["errors"]
        names = {Path(p["file"]).name for p in out["photos"]}
        assert names == set(FIXTURE_PHOTOS), names
        sealed = 0
        for photo in out["photos"]:
            stored = smoke.scratch / "data" / "photos" / photo["sha256"][:2] / photo["sha256"]
            data = stored.read_bytes()
            original = (folder / Path(photo["file"]).name).read_bytes()
            assert data.startswith(SEALED_MAGIC), f"{stored.name[:12]}… is not sealed"
            assert original[:64] not in data, f"{stored.name[:12]}… holds its plaintext"
            sealed += 1
        return f"{len(names)} photos imported (HEIC included), {sealed} stored sealed"

    def draft() -> str:
        pdf = smoke.scratch / "notice.pdf"
        deadline = (date.today() + timedelta(days=31)).isoformat()
        out = smoke.json("notice", "draft", "--finding", ids["finding"], "--out", str(pdf),
                         "--deadline", deadline)
        data = pdf.read_bytes()
        assert out["id"] and data.startswith(b"%PDF") and len(data) > 10_000, out
        return f"notice {out['id'][:8]} drafted, {len(data) // 1024} KiB PDF"

    smoke.check("cli category list", categories)
    smoke.check("cli agency/officer/site/patrol/finding add", setup)
    if "finding" in ids:
        smoke.check("cli photo import (JPEG + HEIC), sealed", photos)
        smoke.check("cli notice draft", draft)


def protection_smoke(smoke: Smoke) -> None:
    """Protection at rest in the frozen app (SQLite3 Multiple Ciphers, bundled as pysqlite3).

    The encrypted store :func:`cli_smoke` made: no SQLite header, reopened, refused without
    its passphrase; and a clear store set up with ``--no-encryption``.
    """
    data = smoke.scratch / "data"
    store = data / STORE_FILE

    def fingerprint() -> str:
        return hashlib.sha256(store.read_bytes()).hexdigest()

    def encrypted() -> str:
        head = store.read_bytes()[:16]
        assert (data / KEY_FILE).is_file(), f"no {KEY_FILE} in the data folder"
        assert head != SQLITE_HEADER, "the store file starts with the SQLite header: clear"
        return f"{store.stat().st_size // 1024} KiB, first bytes {head[:6].hex()}…, {KEY_FILE}"

    def reopened() -> str:
        agencies = smoke.json("agency", "list")["agencies"]
        assert [a["name"] for a in agencies] == ["遂宁市生态环境局"], agencies
        smoke.run("db", "check")
        return "agency list in a new process; db check exit 0"

    def refused(passphrase: str | None, message_id: str) -> str:
        before = fingerprint()
        env = dict(smoke.env)
        if passphrase is None:
            env.pop("INSPECT_APP_STORE_PASSPHRASE_FILE")
        else:
            wrong = smoke.scratch / "wrong.txt"
            wrong.write_text(passphrase + "\n", encoding="utf-8")
            env["INSPECT_APP_STORE_PASSPHRASE_FILE"] = str(wrong)
        done = subprocess.run([str(smoke.binary), "--json", "agency", "list"],
                              capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=120, stdin=subprocess.DEVNULL, env=env)
        assert done.returncode != 0, f"exit 0: {done.stdout[-300:]}"
        assert "Traceback" not in done.stderr, done.stderr[-1000:]
        assert "遂宁市" not in done.stdout, "an agency was listed"
        answer = json.loads(done.stdout.strip().splitlines()[-1])
        assert answer.get("message_id") == message_id, answer
        assert fingerprint() == before, "the store file changed"
        return f"exit {done.returncode}, {message_id}, store file unchanged"

    def clear() -> str:
        folder = smoke.scratch / "clear"
        env = {"INSPECT_APP_DATA_DIR": str(folder)}
        done = subprocess.run(
            [str(smoke.binary), "--no-encryption", "--json", "agency", "add", "--name",
             "培训用环境局", "--code", "培训", "--region", "510900"],
            capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=120,
            stdin=subprocess.DEVNULL,
            env={k: v for k, v in {**smoke.env, **env}.items()
                 if k != "INSPECT_APP_STORE_PASSPHRASE_FILE"})
        assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-500:]}"
        head = (folder / STORE_FILE).read_bytes()[:16]
        assert head == SQLITE_HEADER, f"clear store starts with {head!r}"
        return "set up clear (SQLite header), agency added"

    smoke.check("encrypted store: no SQLite header", encrypted)
    smoke.check("encrypted store: reopened with its passphrase", reopened)
    smoke.check("encrypted store: wrong passphrase refused",
                lambda: refused("not the passphrase 口令", "protection.wrong_passphrase"))
    smoke.check("encrypted store: no passphrase refused",
                lambda: refused(None, "protection.locked"))
    smoke.check("--no-encryption: clear store", clear)


def window_smoke(smoke: Smoke, hold_ms: int = 3000) -> str:
    """The window offscreen in zh_CN for ``hold_ms``; its title must be Chinese."""
    env = {"LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN", "QT_QPA_PLATFORM": "offscreen",
           "INSPECT_APP_PRINT_TITLE_AND_QUIT": str(hold_ms)}
    done = smoke.run(env=env, timeout=120)
    title = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    if os.name == "nt":  # Qt takes the language from Windows itself, not from LANG
        assert title, f"no window title ({done.stderr[-500:]})"
        return f"title {title!r} (language not forced on Windows)"
    assert CJK.search(title), f"window title not Chinese: {title!r} ({done.stderr[-500:]})"
    return f"title {title!r} after {hold_ms} ms, exit 0"


def icu_smoke(smoke: Smoke) -> str:
    """Pinyin collation and GB18030/GBK decoding through the frozen app's own Qt and ICU."""
    done = smoke.run(expect=None, env={"INSPECT_APP_ICU_PROBE": "1"}, timeout=120)
    lines = done.stdout.strip().splitlines()
    assert lines, f"no probe output (exit {done.returncode}): {done.stderr[-500:]}"
    result = json.loads(lines[-1])
    assert done.returncode == 0 and result.get("ok"), f"exit {done.returncode}: {result}"
    return f"pinyin order {result['collated']}, GB18030 and GBK decode"


def main(argv: list[str] | None = None) -> int:
    """Run every check; return 0 when all passed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--deb", type=Path, help="the .deb (default: newest dist/*.deb)")
    source.add_argument("--bundle", type=Path, help="a one-folder bundle instead of a .deb")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="inspect-smoke-"))
    try:
        deb = args.deb
        if args.bundle is None and deb is None:
            debs = sorted((ROOT / "dist").glob("*.deb"), key=lambda p: p.stat().st_mtime)
            assert debs, "no dist/*.deb: run `python3 packaging/bootstrap.py build` first"
            deb = debs[-1]
        if deb is not None:
            root = scratch / "root"
            binary = unpack(deb, root)
            print(f"smoke: {deb.name} unpacked into {root}", flush=True)
        else:
            root = None
            binary = args.bundle / ("inspect-app.exe" if os.name == "nt" else "inspect-app")
        smoke = Smoke(binary, scratch)
        if root is not None and deb is not None:
            smoke.check("deb contents", lambda: check_package(deb, root))
            smoke.check("/usr/bin wrapper", lambda: check_wrapper(root))

        def self_check() -> str:
            done = smoke.run("--self-check", expect=None, timeout=600)
            print(done.stdout.rstrip(), flush=True)
            assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-1000:]}"
            return "exit 0"

        smoke.check("--self-check", self_check)
        smoke.check("--version", lambda: smoke.run("--version").stdout.strip())
        smoke.check("--help", lambda: f"{len(smoke.run('--help').stdout.splitlines())} lines")
        cli_smoke(smoke)
        protection_smoke(smoke)
        smoke.check("window zh_CN offscreen", lambda: window_smoke(smoke))
        if sys.platform.startswith("linux"):  # Qt uses ICU on Linux only
            smoke.check("Qt ICU data: collation, codecs", lambda: icu_smoke(smoke))
        print(f"smoke: {smoke.passed} passed, {smoke.failed} failed", flush=True)
        return 0 if smoke.failed == 0 else 1
    finally:
        if args.keep:
            print(f"smoke: scratch kept in {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""``inspect-app --self-check``: does this installation work, item by item?

For an agency's IT staff after installing (and for CI on the frozen build): one line per item,
``PASS``, ``WARN`` or ``FAIL``, exit status 0 when nothing failed. Every item does the real
work on scratch data in a temporary folder that is removed afterwards; the user's own data
folder is never opened.

Items (issue 9): package resources present; the bundled CJK fonts embed in a PDF; the Qt
platform plugin loads and the Chinese translation loads (both in a child process, because a
platform plugin that cannot load aborts the process that tries); SQLite at least 3.51.3 (the
WAL-reset fix, https://sqlite.org/wal.html#walresetbug) or a warning; a scratch store writes,
checks and rebuilds; a notice is drafted as PDF, signed with a throwaway certificate and
verified; a HEIC photo decodes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspect_app import __version__, paths
from inspect_app.domain.messages import Message
from inspect_app.domain.messages.cli import CliMsg
from inspect_app.domain.messages.protection import ProtectMsg
from inspect_app.domain.team_time import team_today
from inspect_app.sqlite_engine import ENGINE_SETUP_COMMAND, sqlite3
from inspect_app.storage.high_water import STATE_DIR_ENV

if TYPE_CHECKING:
    from inspect_app.storage.store import Store

SQLITE_WAL_RESET_FIX = (3, 51, 3)
"""The first SQLite release with the WAL-reset database-corruption fix (2026-03)."""

QT_PROBE_FLAG = "--self-check-qt"
"""Hidden command-line flag: run only the Qt probe and print its findings as JSON."""

QT_PROBE_TIMEOUT_S = 60

REQUIRED_RESOURCES: tuple[tuple[str, ...], ...] = (
    ("reference", "categories.json"),
    ("reference", "basins.json"),
    ("reference", "regions.json"),
    ("i18n", "inspect_app_zh_CN.qm"),
    ("i18n", "inspect_app_zh_CN.ts"),  # the command line's messages are read from the source
    ("selfcheck", "sample.heic"),
)
"""Package data the app cannot start or work without (fonts are checked by their own item)."""


@dataclass(frozen=True)
class CheckLine:
    """One item's verdict.

    Attributes:
        item: short name, e.g. ``"fonts"``.
        status: ``"PASS"``, ``"WARN"`` or ``"FAIL"``.
        detail: what was found (a version, a path, a reason), one line, in English.
        seconds: how long the item took.
        message: ``detail`` as a keyed message (``CliMsg.SELF_CHECK_*``, or a core error's),
            printed in the command line's language; None when the detail is plain text (a
            path, an unexpected exception's own words).
    """

    item: str
    status: str
    detail: str
    seconds: float = 0.0
    message: Message | None = None


class _FailedError(Exception):
    """An item's failure with the one-line reason to print (a keyed message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.english())
        self.message = message


class _WarnedError(_FailedError):
    """An item that works, with a caveat to print."""


def own_command() -> list[str]:
    """The command that starts this very installation (the frozen binary, or this Python).

    Returns:
        ``[binary]`` in a frozen app, else ``[python, "-m", "inspect_app"]``.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "inspect_app"]


# -- items ------------------------------------------------------------------------------------


def check_resources() -> str:
    """Every required resource file is present and non-empty; return where they are."""
    missing = [
        "/".join(parts)
        for parts in REQUIRED_RESOURCES
        if not paths.resource(*parts).is_file() or paths.resource(*parts).stat().st_size == 0
    ]
    if missing:
        raise _FailedError(
            CliMsg.SELF_CHECK_MISSING(folder=paths.resource_root(), files=", ".join(missing))
        )
    json.loads(paths.resource("reference", "categories.json").read_text(encoding="utf-8"))
    return str(paths.resource_root())


def check_fonts() -> Message:
    """Each bundled CJK face is TrueType and embeds (subset) into a PDF with Chinese text."""
    from reportlab.pdfgen import canvas

    from inspect_app.notices import fonts

    name = fonts.register_reportlab_font()
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setFont(name, 12)
    page.drawString(72, 720, "责令改正违法行为决定书 遂宁市生态环境局")
    page.save()
    pdf = out.getvalue()
    if b"/FontFile2" not in pdf:
        raise _FailedError(CliMsg.SELF_CHECK_FONT_NOT_EMBEDDED(font=name))
    found = [fonts.bundled_font_path(f).name for f in fonts.BUNDLED_FONT_FILES]
    return CliMsg.SELF_CHECK_FONTS(fonts=", ".join(found))


def check_sqlite() -> Message:
    """SQLite has page ciphers (encrypted stores open) and the WAL-reset fix (else a warning)."""
    from inspect_app.storage.database import cipher_version

    cipher = cipher_version()
    if cipher is None:
        raise _FailedError(ProtectMsg.ENCRYPTION_UNAVAILABLE(command=ENGINE_SETUP_COMMAND))
    version = tuple(int(p) for p in sqlite3.sqlite_version.split(".")[:3])
    shown = f"{sqlite3.sqlite_version} (sqlite3mc {cipher.split()[-1]})"  # "… Ciphers 2.4.0"
    if version < SQLITE_WAL_RESET_FIX:
        raise _WarnedError(CliMsg.SELF_CHECK_SQLITE_OLD(product="SQLite", version=shown))
    return CliMsg.SELF_CHECK_SQLITE(product="SQLite", version=shown)


def check_qt() -> Message:
    """The Qt platform plugin loads and the Chinese translation translates (child process)."""
    env = {**os.environ}
    try:
        done = subprocess.run(
            [*own_command(), QT_PROBE_FLAG],
            capture_output=True,
            text=True,
            timeout=QT_PROBE_TIMEOUT_S,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise _FailedError(CliMsg.SELF_CHECK_QT_TIMEOUT(seconds=QT_PROBE_TIMEOUT_S)) from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        said = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise _FailedError(CliMsg.SELF_CHECK_QT_NO_START(code=str(done.returncode), said=said))
    found = json.loads(lines[-1])
    qt, platform, title = (str(found.get(k)) for k in ("qt", "platform", "title"))
    if not found.get("translated"):
        raise _FailedError(CliMsg.SELF_CHECK_QT_UNTRANSLATED(qt=qt, platform=platform, title=title))
    said = CliMsg.SELF_CHECK_QT if found.get("qt_own") else CliMsg.SELF_CHECK_QT_OWN_MISSING
    return said(qt=qt, platform=platform, title=title)


class ScratchStore:
    """A throwaway store in a temporary folder, shared by the store and the PDF items."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store: Store | None = None
        self.lead = ""
        self.finding = ""

    def check_store(self) -> Message:
        """Write a small case, check it, rebuild the tables from the log, compare digests.

        The case: an agency, two officers, a party, a patrol and a finding. The scratch folder
        is set up encrypted (issue 14: a random passphrase, cheap Argon2id parameters), and
        the store file must come out without a clear SQLite header.
        """
        import secrets

        from inspect_app.storage import database, findings, patrols, registry
        from inspect_app.storage.protection import kdf, keyfile, session
        from inspect_app.storage.store import DB_NAME, Store

        data = self.folder / "data"
        data.mkdir(mode=0o700, exist_ok=True)
        made, key = keyfile.new_encrypted(secrets.token_urlsafe(16), kdf.FAST)
        made.save(data)
        session.remember(data, key)
        store = self.store = Store.open(data)
        agency = registry.add_agency(store, "遂宁市生态环境局", "遂环", "510900")
        lead = registry.add_officer(store, "张三", "51090012345", agency.id, "lead").id
        second = registry.add_officer(store, "李四", "51090012346", agency.id, officer=lead).id
        site = registry.add_site(
            store,
            lead,
            "遂宁某某化工有限公司",
            credit_code="91350100M000100Y43",
            address="遂宁市船山区河东路1号",
            legal_representative="王五",
            region="510903",
        ).id
        patrol = patrols.add_patrol(store, lead, "2026-11-30", "fujiang", [lead, second]).id
        self.finding = findings.add_finding(
            store, lead, patrol, "water_outfall", site, "雨水排口有暗管排放废水", severity="major"
        ).id
        self.lead = lead
        check = store.check()
        if not check.ok:
            raise _FailedError(CliMsg.SELF_CHECK_STORE_BAD(report=str(check)))
        if database.is_clear_sqlite(data / DB_NAME):
            raise _FailedError(ProtectMsg.SELF_CHECK_WRITTEN_CLEAR(version=sqlite3.sqlite_version))
        before = store.digest()
        store.rebuild()
        if store.digest() != before:
            raise _FailedError(CliMsg.SELF_CHECK_REBUILD_DIFFERS())
        return CliMsg.SELF_CHECK_STORE(ops=store.op_count())

    def check_pdf(self) -> Message:
        """Draft a notice from the scratch finding, sign it and verify it.

        Signed with a throwaway certificate of a fresh one-year team CA, verified with
        pyHanko against that CA.
        """
        from inspect_app.domain.document_content import SignatureBox
        from inspect_app.domain.messages.notice import bullet_list
        from inspect_app.notices import pki, signing
        from inspect_app.notices.draft import draft_notice

        if self.store is None or not self.finding:
            raise _FailedError(CliMsg.SELF_CHECK_NOT_REACHED())
        due = (team_today() + dt.timedelta(days=30)).isoformat()
        out = self.folder / "notice.pdf"
        draft_notice(self.store, self.lead, [self.finding], out, deadline=due)
        pdf = out.read_bytes()
        passphrase = os.urandom(16).hex().encode()
        ca = pki.create_ca("自检CA", "inspect_app self-check", passphrase, years=1)
        officer = pki.OfficerIdentity(
            officer_id="00000000-0000-4000-8000-000000000001",
            name="自检",
            certificate_no="00000000000",
            agency_name="inspect_app self-check",
            role="lead",
        )
        issued = pki.issue_officer_certificate(
            ca.cert_pem, ca.key_pem, passphrase, officer, passphrase, years=1
        )
        fielded = signing.add_signature_fields(
            pdf, [SignatureBox("SelfCheck", 0, (72, 72, 272, 132))], lock_field="SelfCheck"
        )
        signed = signing.sign_pdf(
            fielded,
            "SelfCheck",
            issued.p12,
            passphrase,
            stamp_png=None,
            reason="自检",
            location="self-check",
        )
        report = signing.verify_pdf(signed, [ca.cert_pem])
        if not report.ok:
            problems = (
                bullet_list(report.messages) if report.messages else "; ".join(report.problems)
            )
            raise _FailedError(CliMsg.SELF_CHECK_PDF_BAD(problems=problems))
        return CliMsg.SELF_CHECK_PDF(size=len(pdf) // 1024)

    def close(self) -> None:
        """Close the scratch store (the folder is removed by its owner)."""
        if self.store is not None:
            from inspect_app.storage.protection import session

            self.store.close()
            session.forget(self.store.data_dir)
            self.store = None


def check_heic() -> Message:
    """The bundled HEIC sample (HEVC-coded, with EXIF time and GPS) decodes with its facts."""
    from inspect_app.photos.exif import read_facts

    sample = paths.resource("selfcheck", "sample.heic")
    facts = read_facts(sample)  # PhotoRejectedError when libheif cannot decode it
    if facts.format != "HEIF" or facts.damaged or facts.taken_at is None:
        problems = ", ".join(str(p) for p in facts.problems)
        raise _FailedError(
            CliMsg.SELF_CHECK_HEIC_BAD(
                name=sample.name, format=str(facts.format), problems=problems
            )
        )
    return CliMsg.SELF_CHECK_HEIC(
        name=sample.name, width=facts.width, height=facts.height, taken=str(facts.taken_at)
    )


# -- the run ----------------------------------------------------------------------------------


def _timed(item: str, work: Callable[[], Message | str]) -> CheckLine:
    start = time.perf_counter()
    message: Message | None = None
    try:
        found, status = work(), "PASS"
        message = found if isinstance(found, Message) else None
        detail = found.english() if isinstance(found, Message) else found
    except _WarnedError as exc:
        detail, status, message = str(exc), "WARN", exc.message
    except _FailedError as exc:
        detail, status, message = str(exc), "FAIL", exc.message
    except Exception as exc:  # noqa: BLE001 - a self-check reports, it does not crash
        keyed = getattr(exc, "keyed_message", None)  # an InspectError's own message
        message = keyed if isinstance(keyed, Message) else None
        detail, status = f"{type(exc).__name__}: {exc}", "FAIL"
    return CheckLine(item, status, detail, time.perf_counter() - start, message)


def run_checks() -> list[CheckLine]:
    """Run every item (each one isolated: one failure does not stop the others)."""
    lines = [
        _timed("resources", check_resources),
        _timed("fonts", check_fonts),
        _timed("sqlite", check_sqlite),
        _timed("qt", check_qt),
    ]
    with tempfile.TemporaryDirectory(prefix="inspect-app-self-check-") as folder:
        # the scratch store's high-water marks stay in the scratch folder, not the user's
        os.environ[STATE_DIR_ENV] = str(Path(folder) / "state")
        scratch = ScratchStore(Path(folder))
        try:
            lines.append(_timed("store", scratch.check_store))
            lines.append(_timed("pdf", scratch.check_pdf))
        finally:
            scratch.close()
    lines.append(_timed("heic", check_heic))
    return lines


def _verdict_word(status: str) -> str:
    """``PASS`` / ``WARN`` / ``FAIL`` in the command line's language (通过 / 警告 / 失败)."""
    from inspect_app.cli.human import self_check_word

    return self_check_word(status)


def _item_word(item: str) -> str:
    """An item's name in the command line's language (``fonts`` → 字体; ``qt`` stays Qt)."""
    from inspect_app.cli.human import self_check_word

    return self_check_word(item)


def _padded(text: str, columns: int) -> str:
    """``text`` followed by spaces up to ``columns`` display columns (a CJK character is two)."""
    from inspect_app.cli.parsing import display_width

    return text + " " * max(0, columns - display_width(text))


def format_line(line: CheckLine) -> str:
    """One item's line in the command line's language: verdict, item, detail, seconds.

    English (what scripts and CI read): ``PASS  fonts      … [0.1 s]``; Chinese: ``通过  字体
    …  [0.1 秒]``.
    """
    from inspect_app.cli.messages import say

    detail = say(line.message) if line.message is not None else line.detail
    seconds = say(CliMsg.SELF_CHECK_SECONDS(seconds=f"{line.seconds:.1f}"))
    verdict = _padded(_verdict_word(line.status), 4)
    return f"{verdict}  {_padded(_item_word(line.item), 9)}  {detail}  [{seconds}]"


def main(stream: io.TextIOBase | None = None) -> int:
    """Print one line per item and a summary; return 0 when nothing failed, else 1.

    In the command line's language (``--lang``, else the locale: chosen by the caller before).
    """
    from inspect_app.cli.messages import say

    out = stream or sys.stdout
    header = CliMsg.SELF_CHECK_HEADER(
        program="inspect-app",
        version=__version__,
        platform=sys.platform,
        python=f"Python {sys.version.split()[0]}",
    )
    print(say(header), file=out, flush=True)
    lines = run_checks()
    for line in lines:
        print(format_line(line), file=out, flush=True)
    failed = [line.item for line in lines if line.status == "FAIL"]
    summary = (
        CliMsg.SELF_CHECK_FAILED(items=", ".join(_item_word(item) for item in failed))
        if failed
        else CliMsg.SELF_CHECK_PASSED()
    )
    print(say(summary), file=out, flush=True)
    return 1 if failed else 0

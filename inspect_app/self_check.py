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
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspect_app import __version__, paths
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
        detail: what was found (a version, a path, a reason), one line.
        seconds: how long the item took.
    """

    item: str
    status: str
    detail: str
    seconds: float = 0.0


class _FailedError(Exception):
    """An item's failure with the one-line reason to print."""


class _WarnedError(Exception):
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
        raise _FailedError(f"missing in {paths.resource_root()}: {', '.join(missing)}")
    json.loads(paths.resource("reference", "categories.json").read_text(encoding="utf-8"))
    return str(paths.resource_root())


def check_fonts() -> str:
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
        raise _FailedError(f"the font {name} was not embedded")
    found = [fonts.bundled_font_path(f).name for f in fonts.BUNDLED_FONT_FILES]
    return f"{', '.join(found)} (embedded as TrueType)"


def check_sqlite() -> str:
    """SQLite is new enough for WAL mode without the WAL-reset bug."""
    version = tuple(int(p) for p in sqlite3.sqlite_version.split(".")[:3])
    if version < SQLITE_WAL_RESET_FIX:
        raise _WarnedError(
            f"SQLite {sqlite3.sqlite_version} predates 3.51.3, which fixed a rare corruption "
            "when two connections write or checkpoint one store at once (the WAL-reset bug); "
            "do not run the window and a writing command on the same data folder together"
        )
    return f"SQLite {sqlite3.sqlite_version}"


def check_qt() -> str:
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
        raise _FailedError(f"the Qt probe did not finish in {QT_PROBE_TIMEOUT_S} s") from exc
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        said = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise _FailedError(f"Qt could not start (exit {done.returncode}): {said}")
    found = json.loads(lines[-1])
    if not found.get("translated"):
        raise _FailedError(
            f"Qt {found.get('qt')} on '{found.get('platform')}' started, but the Chinese "
            f"translation did not load ({found.get('title')!r})"
        )
    return (
        f"Qt {found['qt']}, platform '{found['platform']}', zh_CN title "
        f"{found['title']!r}, Qt's own zh_CN strings {'loaded' if found['qt_own'] else 'missing'}"
    )


class ScratchStore:
    """A throwaway store in a temporary folder, shared by the store and the PDF items."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store: Store | None = None
        self.lead = ""
        self.finding = ""

    def check_store(self) -> str:
        """Write a small case, check it, rebuild the tables from the log, compare digests.

        The case: an agency, two officers, a party, a patrol and a finding.
        """
        from inspect_app.storage import findings, patrols, registry
        from inspect_app.storage.store import Store

        store = self.store = Store.open(self.folder / "data")
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
            raise _FailedError(f"the scratch store does not check out: {check}")
        before = store.digest()
        store.rebuild()
        if store.digest() != before:
            raise _FailedError("rebuilding the scratch store changed its tables")
        return f"{store.op_count()} ops written, checked and rebuilt"

    def check_pdf(self) -> str:
        """Draft a notice from the scratch finding, sign it and verify it.

        Signed with a throwaway certificate of a fresh one-year team CA, verified with
        pyHanko against that CA.
        """
        from inspect_app.domain.document_content import SignatureBox
        from inspect_app.notices import pki, signing
        from inspect_app.notices.draft import draft_notice

        if self.store is None or not self.finding:
            raise _FailedError("not reached: the scratch store failed")
        due = (dt.date.today() + dt.timedelta(days=30)).isoformat()
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
            raise _FailedError("the signed notice does not verify: " + "; ".join(report.problems))
        return f"notice drafted ({len(pdf) // 1024} KiB), signed (PAdES) and verified"

    def close(self) -> None:
        """Close the scratch store (the folder is removed by its owner)."""
        if self.store is not None:
            self.store.close()
            self.store = None


def check_heic() -> str:
    """The bundled HEIC sample (HEVC-coded, with EXIF time and GPS) decodes with its facts."""
    from inspect_app.photos.exif import read_facts

    sample = paths.resource("selfcheck", "sample.heic")
    facts = read_facts(sample)  # PhotoRejectedError when libheif cannot decode it
    if facts.format != "HEIF" or facts.damaged or facts.taken_at is None:
        raise _FailedError(f"{sample.name} read as {facts.format}, problems: {facts.problems}")
    return f"{sample.name}: {facts.width}×{facts.height} HEIF, taken {facts.taken_at}"


# -- the run ----------------------------------------------------------------------------------


def _timed(item: str, work: Callable[[], str]) -> CheckLine:
    start = time.perf_counter()
    try:
        detail, status = work(), "PASS"
    except _WarnedError as exc:
        detail, status = str(exc), "WARN"
    except _FailedError as exc:
        detail, status = str(exc), "FAIL"
    except Exception as exc:  # noqa: BLE001 - a self-check reports, it does not crash
        detail, status = f"{type(exc).__name__}: {exc}", "FAIL"
    return CheckLine(item, status, detail, time.perf_counter() - start)


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


def main(stream: io.TextIOBase | None = None) -> int:
    """Print one line per item and a summary; return 0 when nothing failed, else 1."""
    out = stream or sys.stdout
    print(
        f"inspect-app {__version__} self-check ({sys.platform}, Python {sys.version.split()[0]})",
        file=out,
        flush=True,
    )
    lines = run_checks()
    for line in lines:
        print(
            f"{line.status:<4}  {line.item:<9}  {line.detail}  [{line.seconds:.1f} s]",
            file=out,
            flush=True,
        )
    failed = [line.item for line in lines if line.status == "FAIL"]
    print(
        "self-check: " + ("all items passed" if not failed else "FAILED: " + ", ".join(failed)),
        file=out,
        flush=True,
    )
    return 1 if failed else 0

"""Render every enforcement document from a sample store, signed, and save page-1 PNGs here.

    .venv/bin/python docs/render_examples.py [OUT_DIR]

Builds the tests' sample store (``tests/document_world.py``: real fixture photos, a team CA,
two officers), issues the decision, records and closes an inspection record (the party
refuses to sign, with a witness), serves the decision with a drawn signature, and closes a
re-inspection. Writes the signed PDFs and ``pdftoppm -png -r 80`` page-1 images of each to
``OUT_DIR`` (default: ``docs/``; the PDFs only when OUT_DIR is given).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

import document_world  # noqa: E402

from inspect_app.domain.entities import (  # noqa: E402
    RecordKind,
    ReinspectionOutcome,
    ServiceMethod,
    SignerRole,
)
from inspect_app.notices.closing import close_record, close_service  # noqa: E402
from inspect_app.notices.issue import issue_notice, local_now  # noqa: E402
from inspect_app.storage.inspection_records import (  # noqa: E402
    add_record,
    add_signature,
    signature_change,
)
from inspect_app.storage.services import record_service  # noqa: E402

PLACEHOLDER = "00000000-0000-4000-8000-000000000000"


def _start(kind: RecordKind) -> str:
    """Inspections happened on the patrol day; a re-inspection follows the service (now)."""
    if kind == RecordKind.REINSPECTION:
        return local_now().isoformat()
    return "2026-11-28T09:30:00+08:00"


def _end(kind: RecordKind) -> str:
    if kind == RecordKind.REINSPECTION:
        return local_now().isoformat()
    return "2026-11-28T11:05:00+08:00"


def _record(w: document_world.World, kind: RecordKind, refuse: bool, **extra: object) -> str:
    now = local_now().isoformat()
    fields = {
        "kind": kind,
        "site_id": w.site.id,
        "agency_id": w.agency.id,
        "started_at": _start(kind),
        "ended_at": _end(kind),
        "place": "遂宁某某化工有限公司厂区及雨水排放口",
        "on_site_person": "刘某（环保专员）",
        "on_site_contact": "13800000000",
        "certificates_shown": True,
        "recusal_asked": True,
        "recusal_requested": False,
        "narrative": "执法人员出示执法证件后，对厂区雨水排放口进行检查。排放口有黄褐色废水"
        "外排至涪江，现场pH试纸显示约11；污水处理站曝气池未运行。现场拍摄照片2张。",
        "party_statement": "以上记录属实。",
        **extra,
    }
    record = add_record(
        w.store, w.lead.id, fields, [w.lead.id, w.inspector.id], [w.finding_id], w.photo_ids[:2]
    )
    for officer, shift in ((w.lead, 0), (w.inspector, 40)):
        add_signature(
            w.store,
            officer.id,
            signature_change(
                record.id,
                SignerRole.OFFICER,
                now,
                officer_id=officer.id,
                strokes=document_world.strokes(shift),
            ),
        )
    party = (
        signature_change(
            record.id, SignerRole.PARTY, now, name="刘某", refused=True, witness="园区管委会 陈某"
        )
        if refuse
        else signature_change(
            record.id, SignerRole.PARTY, now, name="刘某", strokes=document_world.strokes(80)
        )
    )
    add_signature(w.store, w.lead.id, party)
    return record.id


def main() -> None:
    """Render the four documents and write their page-1 PNGs (see the module docstring)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    keep_pdfs = len(sys.argv) > 1
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        document_world.build(folder / "data")
        w = document_world.open_world(folder / "data")
        pdfs = {}
        pdfs["inspection-record"] = folder / "inspection-record.pdf"
        record = _record(w, RecordKind.INSPECTION, refuse=True)
        close_record(
            w.store, w.inspector.id, record, w.inspector_credential, pdfs["inspection-record"]
        )
        pdfs["decision"] = folder / "decision.pdf"
        issue_notice(w.store, w.lead.id, w.notice_id, w.lead_credential, pdfs["decision"])
        service = record_service(
            w.store,
            w.inspector.id,
            w.notice_id,
            {
                "method": ServiceMethod.IN_PERSON,
                "served_at": local_now().isoformat(),
                "recipient": "王某某",
                "address": "四川省遂宁市船山区工业园区8号",
            },
            [w.inspector.id, w.lead.id],
            signature_change(
                PLACEHOLDER,
                SignerRole.RECIPIENT,
                local_now().isoformat(),
                name="王某某",
                strokes=document_world.strokes(20),
            ),
        )
        pdfs["service-receipt"] = folder / "service-receipt.pdf"
        close_service(
            w.store, w.inspector.id, service.id, w.inspector_credential, pdfs["service-receipt"]
        )
        recheck = _record(
            w,
            RecordKind.REINSPECTION,
            refuse=False,
            notice_id=w.notice_id,
            outcome=ReinspectionOutcome.RECTIFIED,
            narrative="复查：雨水排放口已封堵，生产废水经处理后达标排放。",
        )
        pdfs["reinspection-record"] = folder / "reinspection-record.pdf"
        close_record(w.store, w.lead.id, recheck, w.lead_credential, pdfs["reinspection-record"])
        w.store.close()
        for name, pdf in pdfs.items():
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "80",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(out / f"{name}-page1"),
                ],
                check=True,
            )
            if name == "decision":  # the signature stamp and QR code are on the last page
                pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True)
                last = next(
                    line.split()[-1]
                    for line in pages.stdout.splitlines()
                    if line.startswith("Pages")
                )
                subprocess.run(
                    [
                        "pdftoppm",
                        "-png",
                        "-r",
                        "80",
                        "-f",
                        last,
                        "-l",
                        last,
                        "-singlefile",
                        str(pdf),
                        str(out / f"{name}-last-page"),
                    ],
                    check=True,
                )
            if keep_pdfs:
                shutil.copy(pdf, out / pdf.name)
            print(f"{name}: {pdf.stat().st_size:,} bytes -> {out / (name + '-page1.png')}")


if __name__ == "__main__":
    main()

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
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

import document_world  # noqa: E402
import pdf_tools  # noqa: E402

from inspect_app.domain.entities import RecordKind, ReinspectionOutcome  # noqa: E402
from inspect_app.notices.closing import close_record, close_service  # noqa: E402
from inspect_app.notices.issue import issue_notice  # noqa: E402

INSPECTION_NARRATIVE = (
    "执法人员出示执法证件后，对厂区雨水排放口进行检查。排放口有黄褐色废水"
    "外排至涪江，现场pH试纸显示约11；污水处理站曝气池未运行。现场拍摄照片2张。"
)


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
        record = document_world.make_record(w, narrative=INSPECTION_NARRATIVE)
        document_world.sign_record(w, record, party_refuses=True)
        close_record(
            w.store, w.inspector.id, record, w.inspector_credential, pdfs["inspection-record"]
        )
        pdfs["decision"] = folder / "decision.pdf"
        issue_notice(w.store, w.lead.id, w.notice_id, w.lead_credential, pdfs["decision"])
        service = document_world.serve_in_person(w)
        pdfs["service-receipt"] = folder / "service-receipt.pdf"
        close_service(
            w.store, w.inspector.id, service.id, w.inspector_credential, pdfs["service-receipt"]
        )
        recheck = document_world.make_record(
            w,
            RecordKind.REINSPECTION,
            notice_id=w.notice_id,
            outcome=ReinspectionOutcome.RECTIFIED,
            narrative="复查：雨水排放口已封堵，生产废水经处理后达标排放。",
        )
        document_world.sign_record(w, recheck)
        pdfs["reinspection-record"] = folder / "reinspection-record.pdf"
        close_record(w.store, w.lead.id, recheck, w.lead_credential, pdfs["reinspection-record"])
        w.store.close()
        for name, pdf in pdfs.items():
            pdf_tools.page_png(pdf, out / f"{name}-page1", 80)
            if name == "decision":  # the signature stamp and QR code are on the last page
                pdf_tools.last_page_png(pdf, out / f"{name}-last-page", 80)
            if keep_pdfs:
                shutil.copy(pdf, out / pdf.name)
            print(f"{name}: {pdf.stat().st_size:,} bytes -> {out / (name + '-page1.png')}")


if __name__ == "__main__":
    main()

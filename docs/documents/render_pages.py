"""Render every enforcement document from sample content, sign it, and save page images here.

    .venv/bin/python docs/documents/render_pages.py [OUT_DIR] [--pdfs]

Uses the tests' sample content (``tests/notices/conftest.py`` and ``document_samples.py``:
real fixture photos, two officers, drawn signatures) and the tests' team PKI
(``tests/pki_fixtures.py``), so it needs no store and follows the renderers as they change.
Each document is rendered, gets its signature fields and is signed (PAdES B-B), then every
page is rasterised with ``pdftoppm -png -r 60`` into ``OUT_DIR`` (default: this folder) as
``<document>-p<N>.png``. ``--pdfs`` also writes the signed PDFs. The decision carries a
sample agency seal (a red ring with a star, drawn here), pressed over the 落款.
"""

from __future__ import annotations

import dataclasses
import io
import math
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "notices")]

import document_samples  # noqa: E402
import pki_fixtures  # noqa: E402
from fixture_photos import photo_path  # noqa: E402

from inspect_app.domain.document_content import RenderedDocument  # noqa: E402
from inspect_app.notices.inspection_record import render_inspection_record  # noqa: E402
from inspect_app.notices.rectification import render_decision  # noqa: E402
from inspect_app.notices.service_receipt import render_service_receipt  # noqa: E402
from inspect_app.notices.signature_render import stamp_png  # noqa: E402
from inspect_app.notices.signing import add_signature_fields, sign_pdf  # noqa: E402

DPI = 60


def _notice_samples() -> Any:
    """``tests/notices/conftest.py`` as a module (its builders of the sample decision)."""
    import importlib.util

    path = ROOT / "tests" / "notices" / "conftest.py"
    spec = importlib.util.spec_from_file_location("notice_samples", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample_seal(side: int = 400) -> bytes:
    """A sample agency seal as a PNG: a red ring and a five-pointed star on transparency."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (214, 24, 32, 255)
    draw.ellipse((6, 6, side - 6, side - 6), outline=red, width=side // 28)
    c, outer, inner = side / 2, side * 0.17, side * 0.065
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = math.pi / 2 + k * math.pi / 5
        points.append((c + radius * math.cos(angle), c - radius * math.sin(angle)))
    draw.polygon(points, fill=red)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _signed(
    rendered: RenderedDocument, field: str, who: pki_fixtures.OfficerP12, lock: bool
) -> bytes:
    """Add the fields of ``rendered`` and sign ``field`` as ``who`` (with a drawn signature)."""
    with_fields = add_signature_fields(
        rendered.pdf, rendered.signature_boxes, lock_field=field if lock else None
    )
    return sign_pdf(
        with_fields,
        field,
        who.issued.p12,
        who.passphrase,
        stamp_png=stamp_png(document_samples.cursive_strokes(7), None),
        reason="签名",
        location=pki_fixtures.AGENCY,
        signer_label=who.officer.name,
    )


def documents(work: Path) -> dict[str, Callable[[], bytes]]:
    """The signed sample documents by name, each built on demand (PDF bytes)."""
    samples = _notice_samples()
    build_content = samples.build_content
    evidence = samples.build_evidence(photo_path("SOURCES.md").parent, work)
    lead = pki_fixtures.build_officer(pki_fixtures.LEAD)
    inspector = pki_fixtures.build_officer(pki_fixtures.INSPECTOR)
    decision = dataclasses.replace(
        build_content(evidence),
        draft=False,
        notice_id="3d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d",
        signatory="王五",
        qr_payload="inspect-notice:3d2c1b0a;sha256=0f1e2d3c",
        seal_png=sample_seal(),
    )
    record = document_samples.inspection_record(evidence)
    recheck = dataclasses.replace(
        document_samples.inspection_record(evidence[:1]),
        reinspection=True,
        notice_number="遂环责改字〔2025〕5号",
        outcome="当事人已封堵雨水排放口，污水处理站恢复运行，现场未见废水外排，已按期改正。",
    )
    return {
        "decision": lambda: _signed(render_decision(decision), "TeamLead", lead, True),
        "decision-draft": lambda: render_decision(build_content(evidence)).pdf,
        "inspection-record": lambda: _signed(
            render_inspection_record(record), "Officer", inspector, False
        ),
        "reinspection-record": lambda: _signed(
            render_inspection_record(recheck), "Officer", inspector, False
        ),
        "service-receipt": lambda: _signed(
            render_service_receipt(document_samples.service_receipt()), "Officer", inspector, False
        ),
        "service-receipt-left": lambda: _signed(
            render_service_receipt(
                document_samples.service_receipt(method="留置送达", refused=True)
            ),
            "Officer",
            inspector,
            False,
        ),
    }


def main() -> None:
    """Render, sign and rasterise every sample document (see the module docstring)."""
    from PIL import Image

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in documents(Path(tmp)).items():
            pdf = build()
            path = Path(tmp) / f"{name}.pdf"
            path.write_bytes(pdf)
            if "--pdfs" in sys.argv:
                (out / path.name).write_bytes(pdf)
            for old in out.glob(f"{name}-p*.png"):
                old.unlink()
            subprocess.run(
                ["pdftoppm", "-png", "-r", str(DPI), str(path), str(out / f"{name}-p")],
                check=True,
            )
            pages = sorted(out.glob(f"{name}-p*.png"))
            for page in pages:  # 256 colours: a third of the size, no visible loss at 60 dpi
                with Image.open(page) as image:
                    small = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT)
                small.save(page, "PNG", optimize=True)
            print(f"{name}: {len(pdf):,} bytes, {len(pages)} page(s)")


if __name__ == "__main__":
    main()

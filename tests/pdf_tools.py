"""Independent PDF checks for tests: poppler (``pdfsig``, ``pdffonts``, ``pdftotext``,
``pdftoppm``) and small documents to sign or tamper with.

Import with ``from pdf_tools import ...`` (``tests/`` is on pytest's ``pythonpath``).

* :func:`page_png` and :func:`last_page_png` render a page to PNG with ``pdftoppm`` (a
  decision's signature stamp and QR code are on its last page).
* :func:`pdfsig_report` runs poppler's ``pdfsig`` with a private NSS database that trusts the
  given CA certificates, so its output says "Certificate is Trusted." for our team CA.
  ``pdfsig`` checks the cryptography and the chain of each signature; it does **not** analyse
  incremental updates made after a signature (see the reference notes, section 1.6).
* :func:`unsigned_pdf` renders a small A4 page with Chinese text (the app's embedded
  WenQuanYi Micro Hei) and dashed signature boxes, with reportlab.
* :func:`append_overpaint` and :func:`flip_signed_byte` tamper with a signed file.

The poppler helpers skip the calling test when the tools are missing (Debian packages
``poppler-utils`` and ``libnss3-tools``), and fail it under ``CI=true``.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from inspect_app.domain.document_content import SignatureBox

DEFAULT_BOXES: tuple[SignatureBox, ...] = (
    SignatureBox("Officer1", 0, (57, 307, 213, 378)),
    SignatureBox("Officer2", 0, (221, 307, 377, 378)),
    SignatureBox("TeamLead", 0, (386, 307, 542, 378)),
)
"""Three signature boxes on page 1 (PDF points), as the notice layout leaves them."""


def require_tool(name: str) -> str:
    """Return the path of a command-line tool, or skip (fail under ``CI=true``) without it."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} not installed (apt-get install poppler-utils libnss3-tools)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def pdfsig_report(pdf_path: Path, ca_pem_paths: Sequence[Path]) -> str:
    """Run ``pdfsig`` on a file with the given CA certificates trusted; return its stdout.

    A throwaway NSS database is created in a temp folder
    (``certutil -N -d sql:DIR --empty-password``), each CA is added with trust ``C,C,C``
    (``certutil -A -d sql:DIR -n ca<i> -t C,C,C -i ca.pem``), then
    ``pdfsig -nssdir sql:DIR file`` runs. With no CA, nothing is trusted.

    Look for ``"Signature is Valid."`` and ``"Certificate is Trusted."`` per signature (one
    ``Signature #n:`` block each).
    """
    certutil = require_tool("certutil")
    pdfsig = require_tool("pdfsig")
    with tempfile.TemporaryDirectory(prefix="nssdb-") as folder:
        db = f"sql:{folder}"
        subprocess.run(
            [certutil, "-N", "-d", db, "--empty-password"],
            check=True,
            capture_output=True,
        )
        for index, pem in enumerate(ca_pem_paths):
            subprocess.run(
                [certutil, "-A", "-d", db, "-n", f"ca{index}", "-t", "C,C,C", "-i", str(pem)],
                check=True,
                capture_output=True,
            )
        result = subprocess.run(
            [pdfsig, "-nssdir", db, str(pdf_path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    return result.stdout + result.stderr


def pdfsig_blocks(report: str) -> list[str]:
    """Split a ``pdfsig`` report into one text block per signature field, in file order.

    Empty fields appear too ("The signature form field is not signed.").
    """
    return report.split("Signature #")[1:]


def pdfsig_signed(report: str) -> dict[str, str]:
    """Map field name -> ``pdfsig`` block for the fields that carry a signature."""
    signed = {}
    for block in pdfsig_blocks(report):
        if "is not signed" in block:
            continue
        match = re.search(r"Signature Field Name: (.+)", block)
        signed[match.group(1).strip() if match else f"#{len(signed) + 1}"] = block
    return signed


def pdffonts(pdf_path: Path) -> str:
    """Return ``pdffonts`` output (one line per font, with ``emb``/``sub``/``uni`` columns)."""
    tool = require_tool("pdffonts")
    return subprocess.run(
        [tool, str(pdf_path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def pdftotext(pdf_path: Path) -> str:
    """Return the text of a PDF (``pdftotext``), signature stamps included."""
    tool = require_tool("pdftotext")
    return subprocess.run(
        [tool, str(pdf_path), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def page_count(pdf_path: Path) -> int:
    """Return the number of pages of a PDF (the ``Pages:`` line of ``pdfinfo``)."""
    tool = require_tool("pdfinfo")
    info = subprocess.run(
        [tool, str(pdf_path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))


def page_png(pdf_path: Path, prefix: Path, dpi: int, page: int = 1) -> Path:
    """Render one page of a PDF to ``PREFIX.png`` at ``dpi`` (``pdftoppm -singlefile``).

    Returns:
        The path of the PNG.
    """
    tool = require_tool("pdftoppm")
    pages = ["-f", str(page), "-l", str(page)]
    subprocess.run(
        [tool, "-png", "-r", str(dpi), *pages, "-singlefile", str(pdf_path), str(prefix)],
        check=True,
    )
    return Path(f"{prefix}.png")


def last_page_png(pdf_path: Path, prefix: Path, dpi: int) -> Path:
    """Render the last page of a PDF, as :func:`page_png` does; return the PNG's path."""
    return page_png(pdf_path, prefix, dpi, page_count(pdf_path))


def unsigned_pdf(
    boxes: Sequence[SignatureBox] = DEFAULT_BOXES, title: str = "责令改正违法行为通知书"
) -> bytes:
    """Render a one-page A4 PDF with Chinese text and dashed boxes where the fields go."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from inspect_app.notices.fonts import register_reportlab_font

    font = register_reportlab_font()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle(title)
    page.setFont(font, 18)
    page.drawCentredString(A4[0] / 2, 760, title)
    page.setFont(font, 10.5)
    page.drawString(57, 720, "四川某某化工有限公司：经我局执法人员于2025年3月14日现场检查，")
    page.drawString(57, 702, "发现你单位污水处理设施未正常运行（pH值约为11，COD=356mg/L）。")
    page.setDash(2, 2)
    for box in boxes:
        x1, y1, x2, y2 = box.box
        page.rect(x1, y1, x2 - x1, y2 - y1)
        page.drawString(x1, y2 + 3, f"{box.name}（签名）")
    page.showPage()
    page.save()
    return out.getvalue()


def stroke_png(width: int = 300, height: int = 120) -> bytes:
    """Return an RGBA PNG with a blue hand-drawn-like stroke on a transparent background."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [(10, height - 20), (width // 3, 20), (2 * width // 3, height - 30), (width - 10, 30)]
    draw.line(points, fill=(20, 40, 160, 255), width=6)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def append_overpaint(pdf: bytes, page: int = 0) -> bytes:
    """Append an incremental update that paints a red box over a page (a forged edit).

    The signed bytes are untouched, so every signature still verifies cryptographically and
    ``pdfsig`` keeps saying "Signature is Valid."; only an analysis of the update (pyHanko's
    diff policy) sees that it is not form filling.
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    stream = generic.StreamObject(stream_data=b"q 1 0 0 rg 50 300 500 120 re f Q")
    writer.add_stream_to_page(page, writer.add_object(stream))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def flip_signed_byte(pdf: bytes, marker: bytes = b"ReportLab") -> bytes:
    """Change one byte inside the first signed revision, keeping the file parseable.

    The byte is the first letter of ``marker`` (by default inside the ``/Producer`` string
    reportlab writes), so the PDF still opens but no longer matches its signatures.
    """
    index = pdf.index(marker)
    data = bytearray(pdf)
    data[index] ^= 0x20  # 'R' -> 'r'
    return bytes(data)

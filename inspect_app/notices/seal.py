"""The 落款 of a decision with the agency seal pressed over it (GB/T 9704-2012 §7.3.5.1).

:class:`SignOff` prints the issuing agency's name centred over the date (the date four
characters in from the right) and, for an issued decision whose agency has a seal, the seal
at its real size over both; :func:`seal_print_png` prepares the stored seal image for print.
The seal is part of the page, drawn by reportlab before any signature, never inside the
PAdES signature box (whose stamp keeps the hand signature, name and time).
"""

from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from inspect_app.domain.errors import ValidationError
from inspect_app.notices.layout import BODY_SIZE, CONTENT_WIDTH, draw_text, styles, text_width

SEAL_DIAMETER = 42 * mm
"""The agency seal's printed size: a 42 mm circle, the size of the official seal of a local
government department (县级以上地方人民政府工作部门) under 《国务院关于国家行政机关和企业事业
单位社会团体印章管理的规定》(国发〔1999〕25号) as quoted by secondary sources; the printed seal
is scaled to its visible disc, so a PNG with margins still prints 42 mm across."""
SEAL_OPACITY = 0.88
"""Seal ink over the 落款: the text stays readable through it, as through real seal ink."""
SEAL_MAX_PIXELS = 600
"""The seal image is embedded at most this wide (about 360 dpi at 42 mm)."""
DATE_RIGHT_INDENT = 4 * BODY_SIZE
"""GB/T 9704-2012 §7.3.5.1: the date stands four characters in from the right (右空四字)."""


@lru_cache(maxsize=4)
def seal_print_png(seal_png: bytes) -> bytes:
    """The seal cropped to its visible disc, at most :data:`SEAL_MAX_PIXELS` wide, as RGBA PNG.

    A seal without transparency (red on white paper) gets its alpha from its darkness, so
    the paper disappears; the alpha is then scaled by :data:`SEAL_OPACITY`.

    Raises:
        ValidationError: the bytes are not a readable image (``SigningMsg.SEAL_NOT_AN_IMAGE``).
    """
    from PIL import ImageChops, UnidentifiedImageError

    from inspect_app.domain.messages.signing import SigningMsg

    try:
        with PILImage.open(io.BytesIO(seal_png)) as raw:
            has_alpha = raw.mode in ("RGBA", "LA", "PA") or "transparency" in raw.info
            seal = raw.convert("RGBA")
    except (UnidentifiedImageError, OSError, PILImage.DecompressionBombError) as exc:
        raise ValidationError(SigningMsg.SEAL_NOT_AN_IMAGE()) from exc
    if not has_alpha:
        red, green, blue, _ = seal.split()
        seal.putalpha(ImageChops.invert(ImageChops.darker(ImageChops.darker(red, green), blue)))
    box = seal.getchannel("A").point(lambda v: 255 if v > 24 else 0).getbbox()
    if box is not None:
        seal = seal.crop(box)
    seal.thumbnail((SEAL_MAX_PIXELS, SEAL_MAX_PIXELS), PILImage.Resampling.LANCZOS)
    seal.putalpha(seal.getchannel("A").point(lambda v: round(v * SEAL_OPACITY)))
    out = io.BytesIO()
    seal.save(out, "PNG", optimize=True)
    return out.getvalue()


class SignOff(Flowable):
    """The 落款 of a decision: the agency centred over the date, the seal pressed over both.

    GB/T 9704-2012 §7.3.5.1: the date stands four characters in from the right; the agency's
    name is centred over it; the seal, red and upright, is centred on them and presses down
    on both (压字) so that they sit a little below its centre, its top within a line of the
    text above. The seal prints at its real size (:data:`SEAL_DIAMETER`), drawn after the
    text so it lies over it. Without a seal only the two lines are printed.

    When drawn on a canvas made by :func:`build_pdf`, the seal's rectangle (page index and
    box in PDF points) is kept in ``canvas.seal_boxes`` for tests.
    """

    def __init__(self, agency: str, date_text: str, seal_png: bytes | None = None) -> None:
        super().__init__()
        self.agency = agency
        self.date_text = date_text
        self.seal = seal_print_png(seal_png) if seal_png else None
        style = styles()["sign"]
        self.font, self.size, self.leading = style.fontName, style.fontSize, style.leading
        # Seal centre: the middle of the agency line, so both lines sit below the centre;
        # the flowable reaches down to the seal's lower edge, so nothing below runs into it.
        centre_above_date = self.leading + 0.35 * self.size
        below = SEAL_DIAMETER / 2 - centre_above_date if self.seal else 0.0
        self.date_base = max(0.3 * self.size, below + 2)
        self.agency_base = self.date_base + self.leading
        self.seal_centre_y = self.date_base + centre_above_date
        seal_top = self.seal_centre_y + SEAL_DIAMETER / 2
        self.height = max(seal_top if self.seal else 0, self.agency_base + self.size) + 2
        self.width = CONTENT_WIDTH

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: D102 - reportlab override
        self.width = avail_width
        return self.width, self.height

    def draw(self) -> None:  # noqa: D102 - reportlab override
        canv = self.canv
        date_width = text_width(self.date_text, self.font, self.size)
        date_x = self.width - DATE_RIGHT_INDENT - date_width
        centre_x = date_x + date_width / 2
        agency_width = text_width(self.agency, self.font, self.size)
        # measured from the right: in a narrow column the name may reach left of the column
        agency_x = min(centre_x - agency_width / 2, self.width - agency_width)
        canv.saveState()
        canv.setFillColor(colors.black)
        draw_text(canv, agency_x, self.agency_base, self.agency, self.font, self.size)
        draw_text(canv, date_x, self.date_base, self.date_text, self.font, self.size)
        if self.seal is not None:
            side = SEAL_DIAMETER
            x0, y0 = centre_x - side / 2, self.seal_centre_y - side / 2
            canv.drawImage(
                ImageReader(io.BytesIO(self.seal)), x0, y0, width=side, height=side, mask="auto"
            )
            record = getattr(canv, "seal_boxes", None)
            if record is not None:
                ax0, ay0 = canv.absolutePosition(x0, y0)
                ax1, ay1 = canv.absolutePosition(x0 + side, y0 + side)
                record.append((canv.getPageNumber() - 1, (ax0, ay0, ax1, ay1)))
        canv.restoreState()


__all__: list[str] = ["SEAL_DIAMETER", "SignOff", "seal_print_png"]

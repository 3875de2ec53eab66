"""Make the self-check's HEIC sample, ``inspect_app/resources/selfcheck/sample.heic``.

Our own drawing (no third-party image), HEVC-coded, with EXIF time, GPS (Suining) and
orientation. pi-heif, which the app ships, decodes only; this script needs the full
``pillow-heif`` (with the x265 encoder, GPL) and is run once, by hand, in a throwaway venv::

    python3 -m venv /tmp/heicgen && /tmp/heicgen/bin/pip install pillow-heif
    /tmp/heicgen/bin/python packaging/make_heic_sample.py

Made with pillow-heif 1.9.0 (libheif 1.23.7, x265 4.3). The encoder's licence does not reach
its output; nothing of x265 is bundled with the app.
"""

from pathlib import Path

import pillow_heif  # type: ignore[import-not-found]
from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "inspect_app/resources/selfcheck/sample.heic"


def main() -> None:
    """Draw, tag and save the sample."""
    pillow_heif.register_heif_opener()
    img = Image.new("RGB", (96, 64), (40, 110, 170))
    draw = ImageDraw.Draw(img)
    draw.rectangle([8, 8, 40, 56], fill=(240, 200, 40))  # a tall block at the left
    draw.ellipse([56, 16, 88, 48], fill=(220, 60, 50))
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x010F] = "inspect_app"  # Make
    exif[0x0110] = "self-check sample"  # Model
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2026:11:30 10:20:00"  # DateTimeOriginal
    sub[0x9011] = "+08:00"  # OffsetTimeOriginal
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (30.0, 30.0, 36.0)  # 30°30'36" N
    gps[3], gps[4] = "E", (105.0, 35.0, 24.0)  # 105°35'24" E
    img.save(OUT, format="HEIF", quality=80, exif=exif.tobytes())


if __name__ == "__main__":
    main()

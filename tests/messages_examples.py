"""Example parameters for every keyed message (``inspect_app.domain.messages.Msg``).

A new message needs its example here: ``tests/test_messages.py`` renders each one in every
language and fails for a message without one.
"""

from __future__ import annotations

from pathlib import Path

from inspect_app.domain.messages import Msg, Param

EXAMPLES: dict[Msg, dict[str, Param]] = {
    Msg.PHOTO_NOT_FOUND: {"name": "排污口1.jpg"},
    Msg.PHOTO_IS_FOLDER: {"name": "现场照片"},
    Msg.PHOTO_FILE_UNREADABLE: {"name": "排污口1.jpg", "reason": "Permission denied"},
    Msg.PHOTO_EMPTY: {"name": "排污口1.jpg"},
    Msg.PHOTO_TOO_LARGE: {"name": "bomb.png", "pixels": 300_000_000, "limit": 250_000_000},
    Msg.PHOTO_TOO_MANY_PIXELS: {"name": "bomb.png", "limit": 250_000_000},
    Msg.PHOTO_NOT_DECODABLE: {"name": "cut.jpg", "reason": "image file is truncated"},
    Msg.PHOTO_BROKEN_HEADER: {"name": "odd.tif", "error": "SyntaxError: not a TIFF file"},
    Msg.PHOTO_EMPTY_SIZE: {"name": "odd.png", "width": 0, "height": 480},
    Msg.PHOTO_AVIF: {"name": "IMG_0001.AVIF"},
    Msg.PHOTO_NOT_AN_IMAGE: {"name": "笔录.docx"},
    Msg.PHOTO_HEIF_NO_DECODER: {"name": "IMG_0003.HEIC"},
    Msg.PHOTO_HEIF_DAMAGED: {"name": "IMG_0003.HEIC", "problem": "Invalid input: No 'ftyp' box"},
    Msg.PHOTO_FOLDER_CHOSEN: {"name": "现场照片"},
    Msg.PHOTO_NOT_REGULAR_FILE: {"name": "fifo"},
    Msg.PHOTO_READ_FAILED: {"name": "排污口1.jpg", "error": "MemoryError: "},
    Msg.PHOTO_STORE_FAILED: {"name": "排污口1.jpg", "reason": "No space left on device"},
    Msg.PHOTO_FOLDER_EMPTY: {"folder": Path("/media/相机/DCIM"), "endings": ".jpg, .png"},
    Msg.PHOTO_FOLDER_UNREADABLE: {
        "folder": Path("/media/相机/DCIM"),
        "reason": "Permission denied",
    },
    Msg.PHOTO_RECORD_CLOSED: {},
    Msg.PHOTO_PATHS_MISSING: {"paths": "a.jpg, b.jpg"},
    Msg.PHOTO_NO_SUCH_PATH: {},
}
"""Parameters of each message, as the core passes them (typed values)."""

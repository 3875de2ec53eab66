"""Canonical JSON for op ids: RFC 8785 (JCS) restricted to the values an op may hold.

An op holds only ``str``, ``int`` (within ±2**53), ``bool``, ``None``, lists and objects with
ASCII string keys. Floats are refused: WGS84 coordinates travel as decimal strings, so no
replica can round a value differently. For that value space, sorted keys, no whitespace and
UTF-8 output coincide with RFC 8785.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

JSONValue = str | int | bool | None | list["JSONValue"] | dict[str, "JSONValue"]

_MAX_SAFE_INT = 2**53 - 1


def check_value(value: Any, where: str = "op") -> None:
    """Raise ``TypeError`` if ``value`` holds anything but the allowed JSON values (no floats)."""
    if value is None or isinstance(value, (str, bool)):
        return
    if isinstance(value, int):
        if abs(value) > _MAX_SAFE_INT:
            raise TypeError(f"{where}: integer {value} is outside ±2**53 (RFC 8785)")
        return
    if isinstance(value, float):
        raise TypeError(f"{where}: floats are not allowed in an op; use a decimal string")
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            check_value(item, f"{where}[{i}]")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or not key.isascii():
                raise TypeError(f"{where}: object keys must be ASCII strings, got {key!r}")
            check_value(item, f"{where}.{key}")
        return
    raise TypeError(f"{where}: {type(value).__name__} is not allowed in an op")


def canonical_json(value: Any) -> str:
    """Return the canonical JSON text of ``value`` (sorted keys, no spaces, UTF-8 characters).

    Raises:
        TypeError: if ``value`` holds a float or another type an op may not hold.
    """
    check_value(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_hex(text: str) -> str:
    """Return the SHA-256 of ``text`` encoded as UTF-8, as 64 lowercase hex characters."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()

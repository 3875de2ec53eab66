"""WGS84 coordinates as decimal strings (never floats in an op).

Latitude and longitude are kept as decimal-degree strings with up to 7 decimals
(about 1 cm), e.g. ``"30.5728000"``; parsing is exact (:class:`decimal.Decimal`).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Msg

DECIMALS = 7
_QUANT = Decimal(1).scaleb(-DECIMALS)
_DECIMAL_TEXT = re.compile(r"^[+-]?\d{1,3}(\.\d{1,15})?$")


def normalise_degrees(value: str | int | Decimal, axis: str) -> str:
    """Return ``value`` as a 7-decimal WGS84 degree string.

    Args:
        value: decimal degrees (text such as ``"30.5728"``, an int or a Decimal).
        axis: ``"latitude"`` (−90…90) or ``"longitude"`` (−180…180).

    Raises:
        ValidationError: when the value is not a number or out of range.
    """
    limit = 90 if axis == "latitude" else 180
    name = Msg.LABEL_LATITUDE if axis == "latitude" else Msg.LABEL_LONGITUDE
    if isinstance(value, float):
        raise ValidationError(Msg.COORDINATE_FLOAT(axis=name))
    text = str(value).strip()
    if not _DECIMAL_TEXT.match(text):
        raise ValidationError(Msg.COORDINATE_NOT_DECIMAL(axis=name, value=repr(value)))
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(Msg.COORDINATE_NOT_A_NUMBER(axis=name, value=repr(value))) from None
    if not -limit <= number <= limit:
        raise ValidationError(Msg.COORDINATE_OUT_OF_RANGE(axis=name, value=str(value), limit=limit))
    rounded = number.quantize(_QUANT)
    return format(abs(rounded) if rounded == 0 else rounded, f".{DECIMALS}f")  # never "-0"


def format_position(latitude: str | None, longitude: str | None) -> str:
    """Return ``"30.572800, 104.066100"`` (6 decimals for display) or ``""`` when unknown."""
    if latitude is None or longitude is None:
        return ""
    return f"{Decimal(latitude):.6f}, {Decimal(longitude):.6f}"

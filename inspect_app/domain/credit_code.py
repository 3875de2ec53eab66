"""Unified social credit code (统一社会信用代码) validation per GB 32100-2015.

Shape of a code (18 characters)::

    position  1    registration authority code (登记管理部门代码)
    position  2    organisation category code (机构类别代码)
    positions 3-8  administrative division code of the registering authority (GB/T 2260)
    positions 9-17 entity identification code (主体标识码, the old 组织机构代码)
    position  18   check character

Every character is taken from the 31-character alphabet ``0123456789ABCDEFGHJKLMNPQRTUWXY``
(the letters I, O, Z, S and V are not used). The check character is computed from the first
17 characters: ``C18 = 31 - (sum(value(Ci) * Wi) mod 31)``, with a result of 31 written as ``0``.
Standard library only.
"""

from __future__ import annotations

from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import Message, Msg

CREDIT_CODE_LENGTH = 18
"""Length of a unified social credit code in characters (GB 32100-2015 §4)."""

CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The 31 characters allowed in a code; the index of a character is its numeric value."""

CREDIT_CODE_ALPHABET_SIZE = len(CREDIT_CODE_ALPHABET)
"""31: the modulus of the check-character computation."""

CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
"""Weights of positions 1-17 (3**(i-1) mod 31) used for the check character."""

_VALUES = {char: value for value, char in enumerate(CREDIT_CODE_ALPHABET)}


def credit_code_check_char(first17: str) -> str:
    """Return the GB 32100-2015 check character for the first 17 characters of a code.

    Args:
        first17: the first 17 characters, upper-case, each from :data:`CREDIT_CODE_ALPHABET`.

    Returns:
        One character of :data:`CREDIT_CODE_ALPHABET`.

    Raises:
        ValidationError: if ``first17`` is not 17 characters long or holds a character outside
            the alphabet.
    """
    if len(first17) != CREDIT_CODE_LENGTH - 1:
        raise ValidationError(Msg.CREDIT_CODE_PREFIX_LENGTH(length=len(first17)))
    total = 0
    for position, (char, weight) in enumerate(zip(first17, CREDIT_CODE_WEIGHTS, strict=True), 1):
        value = _VALUES.get(char)
        if value is None:
            raise ValidationError(_bad_char_message(char, position))
        total += value * weight
    check = CREDIT_CODE_ALPHABET_SIZE - total % CREDIT_CODE_ALPHABET_SIZE
    return CREDIT_CODE_ALPHABET[0 if check == CREDIT_CODE_ALPHABET_SIZE else check]


def validate_credit_code(code: str) -> str:
    """Normalise and validate a unified social credit code (GB 32100-2015).

    Surrounding whitespace is stripped and letters are upper-cased before checking.

    Args:
        code: the code as typed or scanned, e.g. ``" 91350100m000100y43 "``.

    Returns:
        The normalised 18-character code, e.g. ``"91350100M000100Y43"``.

    Raises:
        ValidationError: with a message naming what is wrong: the length, the first character
            outside the alphabet (and its position), or the check character expected.
    """
    if not isinstance(code, str):
        raise ValidationError(Msg.CREDIT_CODE_NOT_TEXT())
    normalised = code.strip().upper()
    if not normalised:
        raise ValidationError(Msg.CREDIT_CODE_EMPTY())
    if len(normalised) != CREDIT_CODE_LENGTH:
        raise ValidationError(Msg.CREDIT_CODE_WRONG_LENGTH(length=len(normalised), code=normalised))
    for position, char in enumerate(normalised, 1):
        if char not in _VALUES:
            raise ValidationError(_bad_char_message(char, position))
    expected = credit_code_check_char(normalised[:17])
    if normalised[17] != expected:
        raise ValidationError(
            Msg.CREDIT_CODE_CHECK_CHARACTER(
                code=normalised, expected=expected, actual=normalised[17]
            )
        )
    return normalised


def _bad_char_message(char: str, position: int) -> Message:
    """Return the message for a character outside the GB 32100-2015 alphabet."""
    if char in "IOZSV":
        return Msg.CREDIT_CODE_UNUSED_LETTER(char=char, position=position)
    return Msg.CREDIT_CODE_BAD_CHARACTER(
        char=char, position=position, alphabet=CREDIT_CODE_ALPHABET
    )

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspect_app.domain.credit_code import (
    CREDIT_CODE_ALPHABET,
    credit_code_check_char,
    validate_credit_code,
)
from inspect_app.domain.errors import ValidationError

# Published codes whose check characters were recomputed with GB 32100-2015.
VALID = [
    "91350100M000100Y43",  # the worked example used in GB 32100-2015 explanations
    "914403001922038216",  # 华为技术有限公司
    "91440300708461136T",  # 深圳市腾讯计算机系统有限公司
    "91330100799655058B",  # 阿里巴巴（中国）有限公司
    "91110000710931141J",  # 国家电网有限公司
]


@pytest.mark.parametrize("code", VALID)
def test_published_codes_validate(code: str) -> None:
    assert validate_credit_code(code) == code
    assert credit_code_check_char(code[:17]) == code[17]


def test_normalises_case_and_whitespace() -> None:
    assert validate_credit_code("  91350100m000100y43\n") == "91350100M000100Y43"


def test_wrong_check_digit_names_expected() -> None:
    with pytest.raises(ValidationError, match="应为 3") as info:
        validate_credit_code("91350100M000100Y44")
    assert "check character should be 3" in str(info.value)


@pytest.mark.parametrize(
    ("code", "bad"), [("9135010OM000100Y43", "O"), ("91350100M000100I43", "I")]
)
def test_bad_characters(code: str, bad: str) -> None:
    with pytest.raises(ValidationError, match=f"“{bad}”"):
        validate_credit_code(code)


@pytest.mark.parametrize("code", ["", "9135010", "91350100M000100Y431"])
def test_wrong_length(code: str) -> None:
    with pytest.raises(ValidationError, match="18"):
        validate_credit_code(code)


def test_check_char_of_31_is_zero() -> None:
    # find a prefix whose check value is 31 (written "0")
    prefix = "91350100M000100Y4"
    for char in CREDIT_CODE_ALPHABET:
        candidate = prefix[:-1] + char
        if credit_code_check_char(candidate) == "0":
            assert validate_credit_code(candidate + "0")
            return
    pytest.fail("no prefix with check character 0 found")


@given(st.text(alphabet=CREDIT_CODE_ALPHABET, min_size=17, max_size=17))
def test_any_prefix_with_computed_check_validates(prefix: str) -> None:
    code = prefix + credit_code_check_char(prefix)
    assert validate_credit_code(code.lower()) == code


@given(
    st.text(alphabet=CREDIT_CODE_ALPHABET, min_size=17, max_size=17),
    st.sampled_from(CREDIT_CODE_ALPHABET),
)
def test_any_other_check_char_is_rejected(prefix: str, wrong: str) -> None:
    if wrong == credit_code_check_char(prefix):
        return
    with pytest.raises(ValidationError):
        validate_credit_code(prefix + wrong)

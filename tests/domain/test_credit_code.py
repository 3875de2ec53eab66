from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspect_app.cli.messages import render
from inspect_app.domain.credit_code import (
    CREDIT_CODE_ALPHABET,
    credit_code_check_char,
    validate_credit_code,
)
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import CHINESE, Msg

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


def chinese(error: ValidationError) -> str:
    """The error as a Chinese window or command line shows it."""
    assert error.keyed_message is not None
    return render(error.keyed_message, CHINESE)


def test_wrong_check_digit_names_expected() -> None:
    with pytest.raises(ValidationError, match="check character should be 3") as info:
        validate_credit_code("91350100M000100Y44")
    assert str(info.value) == (
        "91350100M000100Y44: check character should be 3, not 4; please re-check the code."
    )
    assert chinese(info.value) == (
        "统一社会信用代码校验位错误：91350100M000100Y44 的第18位应为 3，实际为 4，请核对。"
    )
    assert info.value.keyed_message.json_params() == {
        "code": "91350100M000100Y44",
        "expected": "3",
        "actual": "4",
    }


@pytest.mark.parametrize(
    ("code", "bad", "position"),
    [("9135010OM000100Y43", "O", 8), ("91350100M000100I43", "I", 16), ("9#", "#", 2)],
)
def test_bad_characters(code: str, bad: str, position: int) -> None:
    code = code.ljust(18, "0")
    with pytest.raises(ValidationError, match=f"character '{re.escape(bad)}' at position") as info:
        validate_credit_code(code)
    assert f"第{position}位含非法字符“{bad}”" in chinese(info.value)
    assert not re.search(r"[\u4e00-\u9fff]", str(info.value)), "the English has no Chinese"


def test_unused_letters_are_named_in_both_languages() -> None:
    with pytest.raises(ValidationError) as info:
        validate_credit_code("9135010OM000100Y43")
    assert info.value.keyed_message == Msg.CREDIT_CODE_UNUSED_LETTER(char="O", position=8)
    assert "I, O, Z, S and V" in str(info.value)
    assert "不使用字母 I、O、Z、S、V" in chinese(info.value)


@pytest.mark.parametrize("code", ["", "9135010", "91350100M000100Y431"])
def test_wrong_length(code: str) -> None:
    with pytest.raises(ValidationError, match="18") as info:
        validate_credit_code(code)
    assert "18位" in chinese(info.value)
    assert not re.search(r"[\u4e00-\u9fff]", str(info.value))


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

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspect_app.cli.messages import render
from inspect_app.domain.errors import ValidationError
from inspect_app.domain.messages import CHINESE
from inspect_app.domain.signature import (
    GRID_HEIGHT,
    GRID_WIDTH,
    MAX_POINTS,
    MAX_STROKES,
    SignatureStrokes,
    check_signature_field,
    parse_signature,
)

VALID = '{"w":1000,"h":400,"strokes":[[0,0,10,20,1000,400],[500,200]]}'


def body(strokes: list[list[object]], **extra: object) -> str:
    return json.dumps({"w": GRID_WIDTH, "h": GRID_HEIGHT, "strokes": strokes, **extra})


points = st.tuples(st.integers(0, GRID_WIDTH), st.integers(0, GRID_HEIGHT))
signatures = st.builds(
    lambda first, rest: SignatureStrokes(GRID_WIDTH, GRID_HEIGHT, (first, *rest)),
    st.lists(points, min_size=2, max_size=30).map(tuple),
    st.lists(st.lists(points, min_size=1, max_size=30).map(tuple), max_size=8).map(tuple),
)


def test_valid_round_trip() -> None:
    signature = parse_signature(VALID)
    assert signature.strokes == (((0, 0), (10, 20), (1000, 400)), ((500, 200),))
    assert signature.point_count == 4
    assert signature.bounds() == (0, 0, 1000, 400)
    assert signature.to_json() == VALID


def test_whitespace_is_normalised_away() -> None:
    spaced = '{ "w": 1000, "h": 400, "strokes": [ [1, 2, 3, 4] ] }'
    assert parse_signature(spaced).to_json() == '{"w":1000,"h":400,"strokes":[[1,2,3,4]]}'


@given(signatures)
def test_round_trip_property(signature: SignatureStrokes) -> None:
    text = signature.to_json()
    assert parse_signature(text) == signature
    assert parse_signature(text).to_json() == text
    assert check_signature_field(text, "signature") == text


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("not json", "not valid stroke data"),
        ("[]", "exactly w, h and strokes"),
        (body([[1, 2, 3, 4]], extra=1), "exactly w, h and strokes"),
        ('{"w":1000,"strokes":[[1,2,3,4]]}', "exactly w, h and strokes"),
        (body([[1.0, 2, 3, 4]]), "whole numbers"),
        (body([[1, 2, 3.5, 4]]), "whole numbers"),
        (body([[True, 2, 3, 4]]), "whole numbers"),
        ('{"w":1000.0,"h":400,"strokes":[[1,2,3,4]]}', "whole numbers"),
        ('{"w":true,"h":400,"strokes":[[1,2,3,4]]}', "whole numbers"),
        (body([[1, 2, "3", 4]]), "whole numbers"),
        (body([[1, 2, 1001, 4]]), "outside its grid"),
        (body([[1, 2, 3, 401]]), "outside its grid"),
        (body([[-1, 2, 3, 4]]), "outside its grid"),
        ('{"w":0,"h":400,"strokes":[[0,0,0,0]]}', "grid size"),
        (body([[1, 2, 3]]), "x, y pairs"),
        (body([{"x": 1}]), "x, y pairs"),
        (body({"a": [1, 2, 3, 4]}), "at most"),  # type: ignore[arg-type]
        (body([]), "empty"),
        (body([[5, 5]]), "empty"),  # a single dot is not a signature
        (body([[5, 5], [6, 6]]), "empty"),  # nor are several dots
        (body([[1, 2, 3, 4]] * (MAX_STROKES + 1)), "at most"),
        (body([[1, 2] * (MAX_POINTS + 1)]), "more than"),
        ("x" * 200_001, "too large"),
    ],
)
def test_rejects(text: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        parse_signature(text)


@pytest.mark.parametrize("value", [None, b'{"w":1000}', 42, {"w": 1000}, ["strokes"]])
def test_rejects_what_is_not_text(value: object) -> None:
    with pytest.raises(ValidationError, match="must be text"):
        parse_signature(value)  # type: ignore[arg-type]


def test_field_check_names_the_field() -> None:
    assert check_signature_field(None, "party_signature") is None
    with pytest.raises(ValidationError, match="^party_signature: ") as info:
        check_signature_field(body([[5, 5]]), "party_signature")
    # the problem stays a keyed message inside the field's: Chinese all through
    message = info.value.keyed_message
    assert message is not None and message.id == "field.problem"
    assert render(message, CHINESE) == "party_signature：签名为空：请至少签写一笔"
    assert message.json_params() == {
        "field": "party_signature",
        "problem": "the signature is empty: sign with at least one stroke",
    }


def test_bounds_of_nothing_is_an_error() -> None:
    with pytest.raises(ValidationError):
        SignatureStrokes(GRID_WIDTH, GRID_HEIGHT, ()).bounds()

"""Keyed messages: what the core tells a person, as an id with named, typed parameters.

The machinery is in :mod:`inspect_app.domain.messages.catalog`; each family of messages is one
module of this package (:data:`~inspect_app.domain.messages.catalog.FAMILIES`). The names
imported here are the ones the rest of the app uses.
"""

from inspect_app.domain.messages.catalog import (
    CHINESE,
    CONTEXT,
    ENGLISH,
    FAMILIES,
    LANGUAGES,
    JsonParam,
    Message,
    MessageKind,
    Param,
    Place,
    Template,
    all_kinds,
    fill,
    format_param,
    placeholders,
    translate,
    translate_params,
)
from inspect_app.domain.messages.common import Msg

__all__ = [
    "CHINESE",
    "CONTEXT",
    "ENGLISH",
    "FAMILIES",
    "LANGUAGES",
    "JsonParam",
    "Message",
    "MessageKind",
    "Msg",
    "Param",
    "Place",
    "Template",
    "all_kinds",
    "fill",
    "format_param",
    "placeholders",
    "translate",
    "translate_params",
]

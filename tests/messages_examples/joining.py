"""Example parameters for the messages of ``inspect_app.domain.messages.joining`` (``JoinMsg``)."""

from __future__ import annotations

from inspect_app.domain.messages import Param
from inspect_app.domain.messages.joining import JoinMsg

EXAMPLES: dict[JoinMsg, dict[str, Param]] = {
    JoinMsg.ALREADY_IN_A_TEAM: {"officers": 2},
    JoinMsg.NO_TEAM_IN_BUNDLE: {},
    JoinMsg.CODE_MISMATCH: {"typed": "1234 5678"},
    JoinMsg.NOT_AN_OFFICER_HERE: {"officer": "5c1e2f3a"},
    JoinMsg.REQUEST_UNREADABLE: {"detail": "JSON: Expecting value"},
    JoinMsg.REQUEST_BAD_SIGNATURE: {},
    JoinMsg.REQUEST_TOO_LARGE: {"size": 10002, "limit": 4096},
    JoinMsg.PAIRING_NOT_LEAD: {"officer": "5c1e2f3a"},
    JoinMsg.PAIRING_WRONG_CODE: {},
    JoinMsg.PAIRING_BODY: {"shape": "JSON: officer"},
    JoinMsg.PAIRING_SCOPE_IGNORED: {"option": "--scope", "command": "replica scope"},
    JoinMsg.ENROLLED: {"label": "李四的笔记本", "code": "4821 0937 5512 0043", "officer": "李四"},
}

"""The teams' legal time: every "today", deadline and signing moment counts in Beijing time.

Sichuan and Chongqing both keep China Standard Time (UTC+8, no daylight saving), and the
procedure rules count deadlines in calendar days of that zone (生态环境行政处罚办法 第七十八条:
期间以时、日、月、年计算). A laptop's own clock zone is not the team's: a machine set to UTC
(a restored image, a test runner) is a day behind between 16:00 and 24:00 UTC. Every "today"
the app decides with therefore comes from :func:`team_today`, never from ``date.today()``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

TEAM_TZ = timezone(timedelta(hours=8), "CST")
"""China Standard Time, the zone of both provinces' agencies: UTC+8, no daylight saving since
1991 — a fixed offset, so it needs no time-zone database (Windows has none without ``tzdata``)."""


def team_today() -> date:
    """Return the calendar day it is now in the team's zone (:data:`TEAM_TZ`).

    Returns:
        The current date in Beijing time, whatever zone the machine's clock is set to.
    """
    return datetime.now(TEAM_TZ).date()


def team_now() -> datetime:
    """Return the current moment as an aware datetime in the team's zone (:data:`TEAM_TZ`)."""
    return datetime.now(TEAM_TZ)

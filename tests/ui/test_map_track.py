"""A patrol's path on the map is thinned: thousands of findings never cost a stall (issue 11).

``thin_track`` drops points within a few pixels of the one before and keeps at most
``TRACK_MAX_POINTS`` (+ the last); a short path is drawn exactly.
"""

from __future__ import annotations

import random

from inspect_app.ui.widgets.map.painting import TRACK_MAX_POINTS, TRACK_STEP_PX, thin_track


def test_a_long_path_is_thinned_and_a_short_one_kept() -> None:
    rng = random.Random(7)
    size = 2**20  # a zoom where 5,000 points over a few km are far apart on screen
    units = [(0.8 + rng.random() * 0.001, 0.4 + rng.random() * 0.001) for _ in range(5_000)]
    drawn = thin_track(units, (0.0, 0.0), size)
    assert 2 <= len(drawn) <= TRACK_MAX_POINTS + 1
    assert (drawn[0].x(), drawn[0].y()) == (units[0][0] * size, units[0][1] * size)
    short = [(0.1, 0.1), (0.1 + 10 / size, 0.1), (0.1 + 20 / size, 0.1 + 20 / size)]
    assert len(thin_track(short, (0.0, 0.0), size)) == 3
    close = [(0.1, 0.1), (0.1 + 1 / size, 0.1), (0.1 + (TRACK_STEP_PX + 1) / size, 0.1)]
    assert len(thin_track(close, (0.0, 0.0), size)) == 2  # the 1-pixel step is dropped

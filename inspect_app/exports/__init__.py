"""Exports for the tools people already use: findings and the register of notices as files.

Findings (as filtered by :class:`~inspect_app.storage.search.FindingQuery`, the finding list's
own filter) to CSV, XLSX, GeoJSON and KML; the register of notices to CSV and XLSX. The one
entry point of each is in :mod:`.jobs` (the window and ``inspect-app export`` both call it);
:mod:`.rows` declares the columns and streams the rows from one cursor, :mod:`.formats` holds
one writer per format family, :mod:`.output` the checked, streamed, atomic output file.

Headers are in the requested language (``--lang`` / the window's), rendered by the front door
from ``StoreMsg.EXPORT_COLUMN_*``; GeoJSON properties and KML ``ExtendedData`` keep stable
English keys (``observed_at``, ``category_code`` …) so that scripts and QGIS styles do not
depend on the language. openpyxl is imported only when an XLSX file is written.

Before anything is written an export checks its filter by the finding list's one rule
(:mod:`inspect_app.storage.query_checks`), the file's name against the format
(:func:`.jobs.export_format`: the name says the format, or must agree with it) and refuses an
export that would hold nothing; the file is then neither written nor replaced. In GeoJSON and
KML a finding without a position of its own is placed at its party's (``position_source``).
"""

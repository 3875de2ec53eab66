"""App-wide signals: what changed in the store, so views refresh without knowing each other.

The flow is: UI action → task (``ui/tasks.py``) → service → storage → an event here → models
refresh the rows they show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals emitted on the GUI thread after a write committed.

    Each carries the id of the record that changed, except the sync signals:
    ``bundle_imported`` carries the :class:`~inspect_app.sync.bundle.ImportReport` (anything
    may have changed: views reload), ``conflicts_changed`` a fresh ``list_conflicts`` snapshot
    taken on the writer thread, ``hub_synced`` the hub client's summary dict (anything may
    have changed: views reload as after an import), ``set_aside_released`` how many changes
    set aside earlier were applied by Sync ▸ Changes set aside… ▸ Check again (views reload as
    after an import), and ``replicas_changed`` nothing.
    """

    officers_changed = Signal()
    current_officer_changed = Signal(str)
    patrol_added = Signal(str)
    finding_added = Signal(str)
    finding_changed = Signal(str)
    photos_imported = Signal(str)
    site_added = Signal(str)
    notice_drafted = Signal(str)
    language_changed = Signal(str)
    bundle_imported = Signal(object)  # ImportReport
    hub_synced = Signal(object)  # dict: hub_client.push/pull/both summary
    conflicts_changed = Signal(object)  # list[dict] from sync.conflicts.list_conflicts
    replicas_changed = Signal()
    set_aside_released = Signal(int)  # how many set-aside changes were applied now

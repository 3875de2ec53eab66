"""Make a store with the app as it was at schema v9 (run by ``test_issue13_old_stores``).

Run as a script with ``PYTHONPATH`` set to an extracted v9 tree (``git archive``) and its
``tests`` folder, so every line of the store is written by the v9 code::

    PYTHONPATH=V9:V9/tests python v9_store_maker.py FOLDER

It builds v9's document world (team CA, certificates, three photos), closes a signed on-site
record, issues the decision, serves it in person and closes the receipt, and leaves a second
draft of the same finding; the ids go into ``FOLDER/world.json`` (``v9_*`` keys).
"""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from pathlib import Path


def main(folder: Path) -> None:
    """Build the v9 store in ``folder`` (see the module docstring)."""
    import document_world as dw  # v9's, from PYTHONPATH

    import inspect_app
    from inspect_app.notices.closing import close_record, close_service
    from inspect_app.storage import notices
    from inspect_app.storage.migrations import schema_version

    dw.build(folder)
    w = dw.open_world(folder)
    try:
        record = dw.make_record(w)
        dw.sign_record(w, record)
        closed = close_record(w.store, w.inspector.id, record, w.inspector_credential)
        number = dw.issue(w)
        service = dw.serve_in_person(w)
        receipt = close_service(w.store, w.inspector.id, service.id, w.inspector_credential)
        deadline = (date.today() + timedelta(days=60)).isoformat()
        draft = notices.create_draft(
            w.store,
            w.lead.id,
            w.agency.id,
            w.site.id,
            [w.finding_id],
            order_text="立即停止违法排污",
            deadline=deadline,
        )
        ids = json.loads((folder / "world.json").read_text())
        ids |= {
            "v9_record": record,
            "v9_record_sha": closed.document.id,
            "v9_number": number,
            "v9_service": service.id,
            "v9_receipt_sha": receipt.document.id,
            "v9_draft": draft.id,
            "v9_schema": schema_version(w.store.db),
            "v9_code": inspect_app.__file__,
        }
        (folder / "world.json").write_text(json.dumps(ids))
    finally:
        w.store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

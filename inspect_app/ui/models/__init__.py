"""Qt item models: thin adapters that hold ids and fetch records lazily from the store.

Each is a :class:`~inspect_app.ui.models.table.TableModel` or
:class:`~inspect_app.ui.models.table.ListModel` given its rows and a table of columns and row
roles; the base answers Qt's ``rowCount`` / ``columnCount`` / ``headerData`` / ``data`` /
``roleNames`` from that table.
"""

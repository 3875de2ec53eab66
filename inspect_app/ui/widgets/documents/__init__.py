"""Dialogs of enforcement documents: issue, verify, serve, inspection records, certificates.

Every write and every slow step (PDF rendering and signing, reading a PDF to verify it) runs
off the GUI thread through :class:`~inspect_app.ui.tasks.TaskManager`: signing and store
writes on the one writer thread (with its own store), verification on the shared pool. The
dialogs show a busy bar meanwhile and the core's refusals as sentences in the UI language
(:mod:`inspect_app.ui.core_messages`), never a traceback. The core's PDF stack is imported
inside the jobs, so opening the window does not load it.

Passphrases are read from a password field when a job starts, handed to the job as bytes
and cleared from the field once the job succeeded; they are never stored or logged.

One module per dialog; :mod:`.common` holds their base class and shared helpers.
"""

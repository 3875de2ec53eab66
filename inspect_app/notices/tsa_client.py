"""Asking the office hub's timestamp authority over HTTP (RFC 3161 over HTTP, RFC 3161 s. 3.4).

:func:`hub_timestamper` gives pyHanko a ``TimeStamper`` that POSTs the TimeStampReq to the
hub's ``/tsa`` (``application/timestamp-query``) with ``httpx`` (already the sync client's
HTTP library) and a short timeout (:data:`TSA_TIMEOUT_S`), so signing a decision, a record or
a receipt gets a PAdES B-T timestamp when the hub is reachable and falls back to B-B at once
when it is not (:func:`inspect_app.notices.signing.sign_pdf`).

The hub's address comes from the last successful sync
(:func:`inspect_app.storage.lasting.tsa_url`, set by the hub client when the hub says it runs
a TSA).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from inspect_app.notices.tsa import QUERY_TYPE, REPLY_TYPE
from inspect_app.storage.lasting import tsa_url
from inspect_app.storage.store import Store

if TYPE_CHECKING:
    from pyhanko.sign.timestamps import TimeStamper

TSA_TIMEOUT_S = 3.0
"""Seconds to wait for the hub's timestamp before signing B-B (issuing is never blocked)."""


def hub_timestamper(url: str, timeout: float = TSA_TIMEOUT_S) -> TimeStamper:
    """A pyHanko ``TimeStamper`` asking the TSA at ``url`` (e.g. ``http://hub:8765/tsa``).

    Any transport failure, non-200 answer or wrong content type raises pyHanko's
    ``TimestampRequestError`` (the signer then signs B-B). pyHanko asks twice per signature
    (a first token sizes the signature's space): both go over one kept-alive connection.
    """
    import httpx
    from asn1crypto import tsp
    from pyhanko.sign.timestamps import TimeStamper, TimestampRequestError

    client = httpx.Client(timeout=timeout)  # one connection for pyHanko's two requests

    class _Hub(TimeStamper):
        async def async_request_tsa_response(self, req: Any) -> Any:
            try:
                response = client.post(
                    url,
                    content=req.dump(),
                    headers={"Content-Type": QUERY_TYPE, "Accept": REPLY_TYPE},
                )
            except httpx.HTTPError as exc:
                raise TimestampRequestError(f"TSA {url}: {type(exc).__name__}") from exc
            if (
                response.status_code != 200
                or response.headers.get("content-type", "").split(";")[0] != REPLY_TYPE
            ):
                raise TimestampRequestError(f"TSA {url}: HTTP {response.status_code}")
            return tsp.TimeStampResp.load(response.content)

    return _Hub()


def store_timestamper(store: Store) -> TimeStamper | None:
    """The hub's TSA as last seen by this laptop's sync, or None (then sign B-B)."""
    url = tsa_url(store)
    return hub_timestamper(url) if url else None

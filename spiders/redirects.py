"""Redirect policy (no SSRF): a redirect or meta refresh may lead to the same host or to public addresses only.

Scrapy's redirect and meta-refresh middlewares put the URLs already visited in ``request.meta["redirect_urls"]``
and send the new request through the downloader middlewares again. This middleware sits before robots.txt
and the download: a redirected request to another host whose address is loopback, private, link-local (the
cloud metadata address 169.254.169.254 among them), shared, reserved or otherwise not global is dropped
with `PrivateRedirect`, which the spider records as the failed check "redirected to a private address". A
company opts in with ``allow_private_redirects = true`` (request meta ``ALLOW_KEY``).
"""

from __future__ import annotations

import ipaddress
import logging
from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from w3lib.url import parse_url

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

#: request.meta key: the company allows redirects to private addresses of other hosts.
ALLOW_KEY = "allow_private_redirects"
DEFAULT_PORTS = {"http": 80, "https": 443}

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class PrivateRedirect(IgnoreRequest):
    """A redirect to a non-public address of another host was refused."""

    def __init__(self, url: str, address: str) -> None:
        super().__init__(f"redirected to a private address: {url} ({address})")
        self.url = url
        self.address = address


def origin(scheme: str | None, host: str | None, port: int | None) -> tuple[str, int | None]:
    """(host, port) with the scheme's default port made explicit: what "the same host" compares."""
    return (host or "").lower().rstrip("."), port or DEFAULT_PORTS.get(scheme or "")


def literal_address(host: str) -> Address | None:
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_public(address: Address) -> bool:
    """Globally routable: not loopback, private, link-local (metadata), shared (CGNAT), reserved, multicast."""
    return address.is_global and not address.is_multicast


class RedirectGuardMiddleware:
    """Drop a redirected request that leaves the first host for a non-public address."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        return cls()

    async def process_request(self, request: Request) -> None:
        visited = request.meta.get("redirect_urls")
        if not visited or request.meta.get(ALLOW_KEY, False):
            return
        first = parse_url(visited[0])
        target = urlparse_cached(request)
        if origin(first.scheme, first.hostname, first.port) == origin(target.scheme, target.hostname, target.port):
            return
        host = target.hostname or ""
        address = literal_address(host)
        if address is None:
            address = await self.resolve(host)
        if address is not None and not is_public(address):
            logger.info("refusing a redirect from %s to %s (%s)", visited[0], request.url, address)
            raise PrivateRedirect(request.url, str(address))

    @staticmethod
    async def resolve(host: str) -> Address | None:
        """The address the download would connect to (None: unresolvable; the download then reports it)."""
        from twisted.internet import reactor

        try:
            found = await maybe_deferred_to_future(reactor.resolve(host))  # type: ignore[arg-type]  # twisted declares resolve(name: str) as bytes-like
        except Exception:  # DNS failure: the download itself fails with a clear reason
            return None
        return literal_address(found)

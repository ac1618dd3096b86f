"""Redirect policy (no SSRF): a redirect or meta refresh may lead to the same host or to public addresses only.

Scrapy's redirect and meta-refresh middlewares put the URLs already visited in ``request.meta["redirect_urls"]``
and send the new request through the downloader middlewares again. This middleware sits before robots.txt
and the download: a redirected request to another host whose address is loopback, private, link-local (the
cloud metadata address 169.254.169.254 among them), shared, reserved or otherwise not global is dropped
with `PrivateRedirect`, which the spider records as the failed check "redirected to a private address: URL
(address, why)". A company opts in with ``allow_private_redirects = true`` (request meta ``ALLOW_KEY``).

IPv6 is judged as carefully as IPv4 (::1, ::, fe80::/10, fc00::/7, and IPv6 addresses carrying a non-public
IPv4 one: mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, 6to4, Teredo, NAT64), and so is IPv4 written the
old ways the resolver still reads (2130706433, 0177.0.0.1, 0x7f.1). A host name is resolved the way the
download resolves it, and the answer is judged the same way.
"""

from __future__ import annotations

import ipaddress
import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

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
    """The address a host names by itself: IPv4, IPv6 (with or without brackets, zone), or IPv4 written the
    old way the resolver still reads (2130706433, 0177.0.0.1, 0x7f.1); None for a name."""
    host = unquote(host).strip("[]")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return legacy_ipv4(host)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


LEGACY_PART = r"(?:0x[0-9a-f]*|[0-9]+)"
LEGACY_IPV4 = re.compile(rf"{LEGACY_PART}(?:\.{LEGACY_PART}){{0,3}}\.?", re.IGNORECASE)


def legacy_ipv4(host: str) -> ipaddress.IPv4Address | None:
    """IPv4 in the inet_aton forms (WHATWG URL's IPv4 parser): 1 to 4 parts, each decimal, octal (leading 0)
    or hex (0x); the last part fills the remaining bytes. None when the host is not such a number."""
    if len(host) > 64 or not LEGACY_IPV4.fullmatch(host):
        return None
    parts = host.rstrip(".").split(".")
    values = []
    for part in parts:
        if part[:2].lower() == "0x":
            values.append(int(part[2:] or "0", 16))
        elif len(part) > 1 and part.startswith("0"):
            if not set(part) <= set("01234567"):
                return None
            values.append(int(part, 8))
        else:
            values.append(int(part))
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        return None
    number = last
    for i, v in enumerate(head):
        number += v << (8 * (3 - i))
    return ipaddress.IPv4Address(number)


#: NAT64 prefixes whose last 32 bits are an IPv4 address: the well-known one and the local-use one (RFC 8215).
NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
#: IPv4-compatible addresses (deprecated, ::a.b.c.d); :: and ::1 are themselves.
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries and may lead to: mapped, compatible, 6to4, Teredo, NAT64."""
    found = []
    if address.ipv4_mapped is not None:
        found.append(address.ipv4_mapped)
    if address.sixtofour is not None:
        found.append(address.sixtofour)
    if address.teredo is not None:
        found.extend(address.teredo)  # (server, client)
    if any(address in net for net in NAT64) or (address in IPV4_COMPATIBLE and int(address) > 1):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def refusal(address: Address) -> str | None:
    """Why a redirect may not lead to this address (None: globally routable). An IPv6 address embedding a
    non-public IPv4 one is refused first (with that reason); then anything unspecified, loopback, link-local
    (cloud metadata), multicast, private or unique-local, reserved, shared (CGNAT) or otherwise not global.
    IPv4-mapped and well-known-prefix NAT64 addresses are judged by the IPv4 address they reach."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:  # the IPv4 address itself, written as IPv6
            return refusal(address.ipv4_mapped)
        for inner in embedded_ipv4(address):
            why = refusal(inner)
            if why is not None:
                return f"embeds {inner}, {why}"
        if address in NAT64[0]:
            return None
    for what, flag in (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("private", address.is_private),
        ("reserved", address.is_reserved),
        ("not globally routable", not address.is_global),
    ):
        if flag:
            return what
    return None


def is_public(address: Address) -> bool:
    """Globally routable: not loopback, private, link-local (metadata), shared (CGNAT), reserved, multicast."""
    return refusal(address) is None


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
        why = None if address is None else refusal(address)
        if why is not None:
            logger.info("refusing a redirect from %s to %s (%s, %s)", visited[0], request.url, address, why)
            raise PrivateRedirect(request.url, f"{address}, {why}")

    @staticmethod
    async def resolve(host: str) -> Address | None:
        """The address the download would connect to (None: unresolvable; the download then reports it)."""
        from twisted.internet import reactor

        try:
            found = await maybe_deferred_to_future(reactor.resolve(host))  # type: ignore[arg-type]  # twisted declares resolve(name: str) as bytes-like
        except Exception:  # DNS failure: the download itself fails with a clear reason
            return None
        return literal_address(found)

"""robots.txt for every request, however many companies share a host.

Scrapy's `RobotsTxtMiddleware` keeps one Deferred per host while robots.txt downloads, and every request to
that host awaits it. Awaiting a Deferred adds a callback that returns None, so only the first waiter gets the
parser: the others get None, which reads as "no robots.txt, allowed" (with three companies on one host the
third fetched a disallowed page). Here each waiter gets its own Deferred, fed without consuming the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

if TYPE_CHECKING:
    from scrapy.robotstxt import RobotParser


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with the parser handed to every request that waited for it."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            self._parsers[netloc] = Deferred()
            robots = Request(
                f"{url.scheme}://{netloc}/robots.txt",
                priority=self.DOWNLOAD_PRIORITY,
                meta={"dont_obey_robotstxt": True},
                callback=NO_CALLBACK,
            )
            try:
                response = await self.crawler.engine.download_async(robots)
                await self._parse_robots(response, netloc, request)
            except Exception as exc:  # robots.txt unreachable: allowed, as Scrapy does (the fetch reports)
                self._robots_error(exc, netloc)
            self._stats.inc_value("robotstxt/request_count")
        parser = self._parsers[netloc]
        if isinstance(parser, Deferred):
            return await maybe_deferred_to_future(_waiter(parser))
        return parser


def _waiter(shared: Deferred[Any]) -> Deferred[Any]:
    """A Deferred of its own that fires with the shared one's result, which stays there for the next waiter."""
    own: Deferred[Any] = Deferred()

    def relay(result: Any) -> Any:
        own.callback(result)
        return result

    shared.addCallback(relay)
    return own

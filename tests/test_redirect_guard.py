"""The redirect guard against IPv6 and oddly written addresses (SSRF): a page on 127.0.0.1 redirects the fetcher
to loopback servers on ::1 and 127.0.0.2 written every which way, and to private IPv6 ranges. Each redirect is
a recorded failed check with the reason, the target is never fetched; with the company's opt-in the same
redirects to 127.0.0.2 do reach that server (so "no hit" means the guard held, not that the address was
unreachable). The crawl's resolver is IPv4 only, so an opted-in redirect to ::1 passes the guard and then fails
to download; the guard refuses IPv6 anyway, should the download ever speak it."""

from __future__ import annotations

import ipaddress

import pytest
from fakes.policy_http import PolicyServer, html_page
from test_fetch import run_crawl

from spiders.redirects import legacy_ipv4, literal_address, refusal

ADMIN = html_page("Admin console", "Internal admin page: secret tokens live here.")

# slug -> (Location template, expected words of the reason); {v4} is 127.0.0.2's port, {v6} is ::1's.
REFUSED = {
    "ipv6-loopback": ("http://[::1]:{v6}/admin/ipv6-loopback", "::1, loopback"),
    "ipv6-unspecified": ("http://[::]:{v6}/admin/ipv6-unspecified", "::, unspecified"),
    "ipv6-link-local": ("http://[fe80::1]:{v6}/admin/ipv6-link-local", "fe80::1, link-local"),
    "ipv6-link-local-zone": ("http://[fe80::1%25lo]:{v6}/admin/ipv6-link-local-zone", "link-local"),
    "ipv6-unique-local": ("http://[fd00::1]:{v6}/admin/ipv6-unique-local", "fd00::1, private"),
    "ipv4-mapped": ("http://[::ffff:127.0.0.2]:{v4}/admin/ipv4-mapped", "127.0.0.2, loopback"),
    "ipv4-mapped-private": ("http://[::ffff:10.0.0.1]:{v4}/admin/ipv4-mapped-private", "10.0.0.1, private"),
    "ipv4-compatible": ("http://[::127.0.0.2]:{v4}/admin/ipv4-compatible", "embeds 127.0.0.2, loopback"),
    "6to4": ("http://[2002:7f00:2::]:{v4}/admin/6to4", "embeds 127.0.0.2, loopback"),
    "6to4-private": ("http://[2002:a00:1::1]:{v4}/admin/6to4-private", "embeds 10.0.0.1, private"),
    "teredo": ("http://[2001:0:4136:e378:8000:63bf:80ff:fffd]:{v4}/admin/teredo", "embeds 127.0.0.2, loopback"),
    "nat64": ("http://[64:ff9b::7f00:2]:{v4}/admin/nat64", "embeds 127.0.0.2, loopback"),
    "nat64-metadata": ("http://[64:ff9b::a9fe:a9fe]/admin/nat64-metadata", "embeds 169.254.169.254, link-local"),
    "decimal": ("http://2130706434:{v4}/admin/decimal", "127.0.0.2, loopback"),
    "octal": ("http://0177.0.0.02:{v4}/admin/octal", "127.0.0.2, loopback"),
    "hex": ("http://0x7f.2:{v4}/admin/hex", "127.0.0.2, loopback"),
    "hex-whole": ("http://0x7f000002:{v4}/admin/hex-whole", "127.0.0.2, loopback"),
    "short": ("http://127.2:{v4}/admin/short", "127.0.0.2, loopback"),
}
# Reached with the opt-in: the same forms do lead to the local servers.
ALLOWED = {
    "allowed-ipv4-mapped": ("http://[::ffff:127.0.0.2]:{v4}/admin/allowed-ipv4-mapped", "v4"),
    "allowed-decimal": ("http://2130706434:{v4}/admin/allowed-decimal", "v4"),
    "allowed-hex": ("http://0x7f.2:{v4}/admin/allowed-hex", "v4"),
}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory):
    with PolicyServer("127.0.0.1") as site, PolicyServer("127.0.0.2") as v4, PolicyServer("::1") as v6:
        ports = {"v4": v4.httpd.server_address[1], "v6": v6.httpd.server_address[1]}
        companies = []
        for slug, (location, _) in REFUSED.items():
            target = location.format(**ports)
            for server in (v4, v6):
                server.route(target[target.index("/admin") :], body=ADMIN)
            site.route(f"/{slug}", body=b"", statuses=[302], headers={"Location": target})
            companies.append({"slug": slug, "name": slug, "url": site.url(f"/{slug}")})
        for slug, (location, _) in ALLOWED.items():
            target = location.format(**ports)
            for server in (v4, v6):
                server.route(f"/admin/{slug}", body=ADMIN)
            site.route(f"/{slug}", body=b"", statuses=[302], headers={"Location": target})
            companies.append({"slug": slug, "name": slug, "url": site.url(f"/{slug}"), "allow_private_redirects": True})
        site.route("/allowed-ipv6-loopback", body=b"", statuses=[302], headers={"Location": f"{v6.base}/admin/x"})
        companies.append(
            {
                "slug": "allowed-ipv6-loopback",
                "name": "-",
                "url": site.url("/allowed-ipv6-loopback"),
                "allow_private_redirects": True,
            }
        )
        # a meta refresh into ::1 is held the same way
        refresh = f'<html><head><meta http-equiv="refresh" content="0; url=http://[::1]:{ports["v6"]}/admin/refresh">'
        site.route("/refresh", body=refresh.encode())
        v6.route("/admin/refresh", body=ADMIN)
        companies.append({"slug": "refresh", "name": "refresh", "url": site.url("/refresh")})
        by_company, _summary, stderr = run_crawl(tmp_path_factory.mktemp("guard"), companies)
        yield by_company, {"v4": v4, "v6": v6}, stderr


@pytest.mark.parametrize("slug", sorted(REFUSED))
def test_a_redirect_into_a_non_public_address_is_a_failed_check(guarded, slug):
    by_company, servers, _ = guarded
    (fetched,) = by_company[slug]
    assert fetched["error"] is not None and fetched["error"].startswith("redirected to a private address"), fetched
    assert REFUSED[slug][1] in fetched["error"], fetched["error"]
    assert fetched["body_len"] == 0 and "secret" not in fetched["body"]
    for server in servers.values():
        assert server.hits_of(f"/admin/{slug}") == []


def test_a_meta_refresh_into_ipv6_loopback_is_refused(guarded):
    by_company, servers, _ = guarded
    (fetched,) = by_company["refresh"]
    assert fetched["error"] is not None and "::1, loopback" in fetched["error"], fetched
    assert servers["v6"].hits_of("/admin/refresh") == []


@pytest.mark.parametrize("slug", sorted(ALLOWED))
def test_with_the_opt_in_the_same_forms_reach_the_local_servers(guarded, slug):
    by_company, servers, _ = guarded
    (fetched,) = by_company[slug]
    assert fetched["error"] is None and fetched["status"] == 200 and "Admin console" in fetched["body"], fetched
    assert len(servers[ALLOWED[slug][1]].hits_of(f"/admin/{slug}")) == 1


def test_with_the_opt_in_an_ipv6_redirect_passes_the_guard(guarded):
    by_company, _servers, _ = guarded
    (fetched,) = by_company["allowed-ipv6-loopback"]
    assert fetched["error"] is None or not fetched["error"].startswith("redirected to a private address"), fetched
    assert fetched["final_url"].startswith("http://[::1]:")


def test_nothing_crashed(guarded):
    _by_company, _servers, stderr = guarded
    assert "Traceback" not in stderr, stderr


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("0X7F.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1.2", "10.1.0.2"),
        ("0xa9.0376.43518", "169.254.169.254"),
        ("8.8.8.8.", "8.8.8.8"),
    ],
)
def test_ipv4_written_the_old_ways_is_read_as_the_resolver_reads_it(host, address):
    assert legacy_ipv4(host) == ipaddress.IPv4Address(address)
    assert literal_address(host) == ipaddress.IPv4Address(address)


@pytest.mark.parametrize("host", ["example.com", "08.0.0.1", "256.0.0.1", "1.2.3.4.5", "4294967296", "1e3", "0x1g"])
def test_names_and_impossible_numbers_are_not_addresses(host):
    assert legacy_ipv4(host) is None


@pytest.mark.parametrize("address", ["8.8.8.8", "2606:4700::1", "::ffff:8.8.8.8", "2002:808:808::", "64:ff9b::808:808"])
def test_public_addresses_and_their_ipv6_forms_pass(address):
    assert refusal(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("100.64.0.1", "not globally routable"),
        ("ff02::1", "multicast"),
        ("240.0.0.1", "private"),
        ("64:ff9b:1::a00:1", "embeds 10.0.0.1, private"),
        ("2001:0:4136:e378:8000:63bf:f5ff:fffe", "embeds 10.0.0.1, private"),
    ],
)
def test_other_non_public_addresses_are_refused(address, why):
    assert refusal(ipaddress.ip_address(address)) == why

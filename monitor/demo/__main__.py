"""`make demo` (`python -m monitor.demo`): the whole monitoring loop, offline, narrated step by step.

It starts a local website serving the five seed policies, points a fresh configuration at it, and runs the
real `policy-monitor` command line exactly as a user would: seed, check, edit two policies (one materially,
one cosmetically), check again, then look at the history and the diff. Everything lives in a temporary
folder that is removed at the end, even on Ctrl-C. The exit status is non-zero when the monitor does not
do what the demo promises (the material edit must alert, the cosmetic one must not).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from monitor.demo.documents import Document
from monitor.demo.site import PolicySite, repo_seeds_dir
from monitor.fetch.browser import chromium_missing

#: The material edit: AloPal stops promising never to sell personal data.
MATERIAL = (
    "alopal",
    "AloPal will never rent or sell your Personal Information to others.",
    "AloPal may rent or sell your Personal Information, including health information, to our advertising partners.",
)
#: The cosmetic edits: AltoStack rewords a heading and re-wraps a paragraph. Same practices, new bytes.
COSMETIC = [
    ("altostack", "\nData protection principles\n", "\nOur data protection principles\n"),
    (
        "altostack",
        "we are responsible for deciding how we hold and use personal information about you.",
        "we are responsible\nfor deciding how we hold and use personal information about you.",
    ),
]
WIDTH = 100
#: AloPal's other documents: a sub-processor table, a DPA as a PDF, a cookie policy rendered by JavaScript.
SUBPROCESSORS = (
    ("Amazon Web Services, Inc.", "Cloud hosting", "United States"),
    ("Stripe Payments Europe Ltd.", "Payment processing", "Ireland"),
    ("Zendesk, Inc.", "Customer support", "United States"),
)
NEW_SUBPROCESSOR = ("Acme Analytics Inc.", "product analytics", "United States")


class DemoFailed(Exception):
    """The monitor did not behave as the demo says it should."""


_ALERT = re.compile(r"─{20,}\n(alert \d+ for [^\n]*\n.*?)\n─{20,}", re.S)


def console_alerts(output: str) -> list[str]:
    """The alerts `check` printed on the console (each between two rules, headed 'alert N for ...')."""
    return _ALERT.findall(output)


def say(text: str = "") -> None:
    for paragraph in textwrap.dedent(text).strip("\n").split("\n\n"):
        print(textwrap.fill(" ".join(paragraph.split()), WIDTH) if paragraph.strip() else "")
        print()
    sys.stdout.flush()


def step(number: int, title: str) -> None:
    print(f"\n== Step {number}: {title} ==\n", flush=True)


class Demo:
    def __init__(self, workdir: Path, site: PolicySite):
        self.workdir = workdir
        self.site = site
        self.config = workdir / "config.toml"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICY_MONITOR_"))}
        self.env["PYTHONUNBUFFERED"] = "1"
        # The command line must be this very checkout's, whatever is installed in the environment.
        root = str(Path(__file__).resolve().parents[2])
        self.env["PYTHONPATH"] = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
        self.env["NO_PROXY"] = self.env["no_proxy"] = "127.0.0.1,localhost"
        self.problems: list[str] = []
        self.browser_missing = chromium_missing()

    def publish_documents(self) -> None:
        """AloPal's sub-processor list, its DPA as a PDF and (with a browser) a cookie policy built by JavaScript."""
        seeds = repo_seeds_dir()
        self.site.set_document(
            "alopal", "subprocessors", Document("AloPal", "Sub-processors", "subprocessors", rows=SUBPROCESSORS)
        )
        dpa = (seeds / "aloscale.txt").read_text(encoding="utf-8")
        self.site.set_document("alopal", "dpa.pdf", Document("AloPal", "Data Processing Addendum", "pdf", text=dpa))
        cookies = (seeds / "allocloud.md").read_text(encoding="utf-8")
        self.site.set_document("alopal", "cookies", Document("AloPal", "Cookie Policy", "js", text=cookies))

    def document_lines(self) -> list[str]:
        lines = [
            "[[companies.documents]]            # AloPal's sub-processor list: a table",
            'type = "subprocessors"',
            f'url = "{self.site.document_url("alopal", "subprocessors")}"',
            "",
            "[[companies.documents]]            # its data processing addendum: a PDF",
            'type = "dpa"',
            f'url = "{self.site.document_url("alopal", "dpa.pdf")}"',
            "",
        ]
        if self.browser_missing is None:
            lines += [
                "[[companies.documents]]            # its cookie policy: an app shell filled in by JavaScript",
                'type = "cookie_policy"',
                f'url = "{self.site.document_url("alopal", "cookies")}"',
                'render = "auto"                   # read in headless Chromium when the plain page is empty',
                "",
            ]
        return lines

    # -- running the real command line ----------------------------------------------------------------

    def run(self, *args: str, show: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
        """Run `policy-monitor ARGS` in the demo folder (where config.toml is), printing what a user sees."""
        if show:
            print(f"$ policy-monitor {' '.join(args)}", flush=True)
        proc = subprocess.run(
            [sys.executable, "-m", "monitor", *args],
            cwd=self.workdir,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if show:
            for line in proc.stdout.rstrip("\n").splitlines():
                print(f"  {line}")
            print(flush=True)
        if proc.returncode != 0:
            raise DemoFailed(
                f"`policy-monitor {' '.join(args)}` exited with status {proc.returncode}:\n"
                f"{proc.stderr.strip()[-3000:]}"
            )
        return proc

    def history(self, slug: str) -> dict[str, Any]:
        out = self.run("history", slug, "--json", show=False).stdout
        return json.loads(next(line for line in out.splitlines() if line.startswith("{")))

    def expect(self, ok: bool, problem: str) -> None:
        if not ok:
            self.problems.append(problem)
            print(f"  !! unexpected: {problem}", flush=True)

    # -- the story ------------------------------------------------------------------------------------

    def write_config(self) -> None:
        seeds = self.workdir / "seeds"
        shutil.copytree(repo_seeds_dir(), seeds, ignore=shutil.ignore_patterns("README*"))
        lines = [
            "# A demo configuration: five companies served by a local website, checked on demand.",
            "[monitor]",
            'database = "policy-monitor.sqlite3"',
            'schedule = "0 */6 * * *"       # the daemon (`policy-monitor run`) would check every 6 hours',
            "timeout_seconds = 10",
            "retries = 1",
            "jitter_seconds = 0",
            "delivery_wait_seconds = 10",
            "",
        ]
        for slug in self.site.slugs:
            seed = next(seeds.glob(f"{slug}.*"))
            name = json.dumps(self.site.policy(slug).name)
            lines += [
                "[[companies]]",
                f'slug = "{slug}"',
                f"name = {name}",
                f'url = "{self.site.url(slug)}"',
                f'seed = "seeds/{seed.name}"',
                "",
            ]
            if slug == "alopal":
                lines += self.document_lines()
        lines += [
            "# Who is told about what. Without a Slack token in the environment, alerts go to the console.",
            "[[subscribers]]",
            'name = "privacy-team"',
            'channel = "#privacy-alerts"',
            'companies = ["*"]',
            'min_severity = "major"           # only material changes',
        ]
        self.config.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def edit(self, slug: str, old: str, new: str) -> None:
        text = self.site.text(slug)
        if old not in text:
            raise DemoFailed(f"the demo's edit of {slug} no longer matches its seed policy: {old.strip()!r}")
        self.site.set_policy(slug, text.replace(old, new, 1))

    def play(self) -> None:
        step(1, "a local website with five privacy policies")
        say(f"""
            policy-monitor watches the privacy policies that companies publish on their websites. For this
            demo, a small web server on your own machine plays the part of five companies' websites, each
            serving its privacy policy as an ordinary web page. Like real sites, the pages carry a menu, a
            cookie banner, a sidebar and a footer that change on every visit; only the policy text matters.
            The server runs at {self.site.base_url}/ with these pages:""")
        for slug in self.site.slugs:
            print(f"  {self.site.policy(slug).name:<20} {self.site.url(slug)}")
        self.publish_documents()
        print("  and three more documents of AloPal (see step 10):")
        for name in ("subprocessors", "dpa.pdf", "cookies"):
            print(f"  {'':<20} {self.site.document_url('alopal', name)}")
        print()

        step(2, "configure the monitor")
        self.write_config()
        say(f"""
            The monitor is configured by one file, config.toml. This one lists the five companies, the address
            of each policy, and a 'seed' file per company: the last known text of its policy, captured
            earlier. It also names a subscriber, the privacy team, who wants to hear about material changes
            only. No Slack token is set, so alerts are printed here instead of posted to Slack. The
            demo works in a temporary folder: {self.workdir}""")
        print(textwrap.indent(self.config.read_text(encoding="utf-8"), "  | "))

        step(3, "import the known policies (seed)")
        say("""
            'seed' stores each seed file as the company's first snapshot: the baseline every later check
            is compared with. Running it again changes nothing.""")
        self.run("seed")

        step(4, "the first check")
        say("""
            'check' fetches every policy page once, extracts the policy text from the page (leaving the
            menu, banner and footer aside), compares it with the last snapshot and judges any difference.
            The web pages are renderings of the very policies we seeded, so nothing material should come
            up, and nobody should be alerted.""")
        self.run("check")
        for slug in self.site.slugs:
            doc = self.history(slug)
            material = [c for c in doc["changes"] if c["material"]]
            self.expect(not material, f"{slug}: the first check judged an unedited policy materially changed")

        step(5, "two companies edit their policies")
        name_m = self.site.policy(MATERIAL[0]).name
        name_c = self.site.policy(COSMETIC[0][0]).name
        say(f"""
            Now two companies publish new versions. {name_m} makes a material change: it used to promise
            never to sell personal information, and now says it may sell it to advertising partners.
            {name_c} makes cosmetic changes only: it rewords a heading and re-wraps a paragraph. Its
            practices are the same.""")
        self.edit(*MATERIAL)
        print(f"  {name_m}:\n    - {MATERIAL[1]}\n    + {MATERIAL[2]}\n")
        for edit in COSMETIC:
            self.edit(*edit)
            print(f"  {name_c}:\n    - {edit[1].strip()!r}\n    + {edit[2].strip()!r}\n")

        step(6, "the second check")
        say(f"""
            The monitor checks again. It should record both new versions, judge {name_m}'s change MATERIAL
            and alert the privacy team about it (the alert is printed below, after the check lines), and
            judge {name_c}'s change cosmetic: recorded in the history, but no alert.""")
        second = self.run("check")
        material_doc = self.history(MATERIAL[0])
        cosmetic_doc = self.history(COSMETIC[0][0])
        latest = material_doc["changes"][0] if material_doc["changes"] else None
        self.expect(
            latest is not None and latest["material"] and "advertising" in json.dumps(latest),
            f"{MATERIAL[0]}: the material edit was not recorded as a material change",
        )
        self.expect(
            not any(c["material"] for c in cosmetic_doc["changes"]),
            f"{COSMETIC[0][0]}: the cosmetic edit was judged material",
        )
        alerts = console_alerts(second.stdout)
        self.expect(any(name_m in a for a in alerts), f"{MATERIAL[0]}: no alert was printed for the material change")
        self.expect(
            not any(name_c in a for a in alerts), f"{COSMETIC[0][0]}: an alert was printed for a cosmetic change"
        )
        self.expect(len(alerts) == 1, f"expected exactly one alert, {len(alerts)} were printed")

        step(7, f"the history of {name_m}")
        say("""
            'history' lists every check of a company (newest first), the snapshots kept and the changes
            found. An unchanged check costs one line; a change points from one snapshot to the next.""")
        self.run("history", MATERIAL[0])

        step(8, "what changed, exactly")
        say("""
            'diff' shows the latest change: each sentence that differs, before (-) and after (+), with
            the classifier's verdict, its practice categories and why.""")
        self.run("diff", MATERIAL[0])

        step(9, "and the cosmetic one")
        say(f"""
            {name_c}'s new version is kept too, so nothing is lost, but it is labelled 'not material'
            and nobody was disturbed.""")
        self.run("history", COSMETIC[0][0], "--limit", "3")
        self.play_documents()

    def play_documents(self) -> None:
        step(10, "more than one document per company: a sub-processor list, a PDF, a JavaScript page")
        say("""
            A vendor publishes more than a privacy policy. The configuration above also follows three other
            documents of AloPal: its sub-processor list (a table of who processes data, for what, where), its
            data processing addendum (a PDF) and its cookie policy (a page whose text is inserted by
            JavaScript, read in headless Chromium). Each was recorded at the first check.""")
        if self.browser_missing is not None:
            print(f"  (skipping the JavaScript page: {self.browser_missing})\n")
        documents = {"subprocessors": "new", "dpa": "new"}
        if self.browser_missing is None:
            documents["cookie_policy"] = "new"
        for document in documents:
            out = self.run("history", "alopal", "--document", document, "--json", show=False).stdout
            doc = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
            first = doc["checks"][-1] if doc["checks"] else {}
            self.expect(first.get("outcome") == "new", f"alopal {document}: not captured at the first check ({first})")
        say("""
            Now AloPal adds a sub-processor, Acme Analytics Inc., for product analytics in the United States,
            and re-generates its DPA with another page layout (same words, different page breaks, headers and
            page numbers). The first is material (a new party receives data, in another country); the second
            is no change at all.""")
        rows = (*SUBPROCESSORS[:1], NEW_SUBPROCESSOR, *SUBPROCESSORS[1:])
        self.site.set_document(
            "alopal", "subprocessors", Document("AloPal", "Sub-processors", "subprocessors", rows=rows)
        )
        dpa = self.site.document("alopal", "dpa.pdf")
        self.site.set_document(
            "alopal", "dpa.pdf", Document("AloPal", dpa.title, "pdf", text=dpa.text, lines_per_page=23)
        )
        third = self.run("check", "--company", "alopal")
        alerts = console_alerts(third.stdout)
        self.expect(any("Acme Analytics Inc." in a for a in alerts), "no alert named the new sub-processor")
        self.expect(len(alerts) == 1, f"expected exactly one alert (the new sub-processor), {len(alerts)} printed")
        self.run("history", "alopal", "--document", "subprocessors", "--limit", "3")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # `kill` cleans up like Ctrl-C


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m monitor.demo",
        description="Run policy-monitor's whole loop offline against a bundled local website, narrated "
        "(seed, check, two policy edits, check, history, diff). Exits non-zero if the monitor "
        "misjudges the demo's edits.",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary folder (config, database) and print its path at the end"
    )
    args = parser.parse_args(argv)
    if not repo_seeds_dir().is_dir():
        print(
            f"demo: the seed policies are missing ({repo_seeds_dir()}); run from a checkout of the project",
            file=sys.stderr,
        )
        return 2
    signal.signal(signal.SIGTERM, _interrupt)
    workdir = Path(tempfile.mkdtemp(prefix="policy-monitor-demo-"))
    site = None
    try:
        site = PolicySite.from_seeds(repo_seeds_dir())
        demo = Demo(workdir, site)
        demo.play()
        print("\n== Result ==\n")
        if demo.problems:
            print("The demo did NOT go as expected:")
            for problem in demo.problems:
                print(f"  - {problem}")
            return 1
        print("As expected: the material edit was alerted, the cosmetic edit was recorded without an alert,")
        print("and the unedited policies stayed quiet. Try it on your own policies: edit config.toml and run")
        print("`make run` (seed, then the daemon) or `policy-monitor check`.")
        return 0
    except DemoFailed as exc:
        print(f"\n== Result ==\n\nThe demo failed: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ndemo interrupted; cleaning up", file=sys.stderr)
        return 130
    finally:
        if site is not None:
            site.stop()
        if args.keep:
            print(f"\n(kept the demo folder: {workdir})")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())

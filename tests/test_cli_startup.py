"""Start-up: `classify` compares two files, so it must not load the database layer (SQLAlchemy, the store, the
check runtime): a privacy team classifying a pair per call pays for what the command uses, nothing more."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PROBE = """
import io, json, sys
from monitor import cli
out = io.StringIO()
code = cli.main(["classify", sys.argv[1], sys.argv[2], "--json"], out=out)
loaded = sorted(m for m in ("sqlalchemy", "monitor.store", "monitor.runtime.check", "scrapy") if m in sys.modules)
print(json.dumps({"code": code, "material": json.loads(out.getvalue())["material"], "loaded": loaded}))
"""


def test_classify_loads_no_database_layer(tmp_path: Path) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("# Privacy\n\nWe collect your name.\n", encoding="utf-8")
    new.write_text("# Privacy\n\nWe collect your name and we sell your browsing history.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(old), str(new)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "material": True, "loaded": []}

"""PDF text (monitor.text.pdf): real PDFs made with fpdf2, re-paginated, edited, scanned, broken."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.capture.assess import assess
from monitor.classify.documents import classify_document
from monitor.config.settings import Company, MonitorSettings
from monitor.demo.pdfdoc import policy_pdf
from monitor.domain.values import Fetched, Format
from monitor.text.normalise import normalise
from monitor.text.pdf import PdfError, pdf_text, strip_furniture

fpdf = pytest.importorskip("fpdf", reason="fpdf2 is a test extra: pip install -e '.[test]'")

SEED = Path(__file__).resolve().parents[1] / "seeds" / "alopal.txt"
COMPANY = Company(slug="acme.dpa", name="Acme", url="https://acme.example/dpa.pdf", document="dpa", doc_type="dpa")
SETTINGS = MonitorSettings(database="sqlite://")
SELLS = (
    "AloPal will never rent or sell your Personal Information to others.",
    "AloPal may rent or sell your Personal Information, including health data, to advertising partners.",
)


def policy() -> str:
    return normalise(SEED.read_text(encoding="utf-8"), Format.TEXT)


def fpdf_policy(text: str, *, page_height: float, top: float, header: str = "Acme - Privacy Policy") -> bytes:
    """A PDF as a word processor makes one: proportional font, running header, "Page i of n" footer."""

    class Doc(fpdf.FPDF):
        def header(self) -> None:
            self.set_font("helvetica", size=8)
            self.cell(0, 6, header, new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("helvetica", size=8)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    doc = Doc(format=(210, page_height))
    doc.set_margins(20, top, 20)
    doc.set_auto_page_break(True, margin=18)
    doc.add_page()
    for block in text.split("\n"):
        heading = block.startswith("# ")
        doc.set_font("helvetica", style="B" if heading else "", size=12 if heading else 10)
        line = block[2:] if heading else block
        doc.multi_cell(0, 5, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
        doc.ln(2)
    return bytes(doc.output())


def capture(body: bytes, previous: str | None = None):
    f = Fetched(
        company=COMPANY.slug,
        url=COMPANY.url,
        fetched_at=datetime.now(UTC),
        status=200,
        headers={"content-type": "application/pdf"},
        body=body,
    )
    return assess(f, COMPANY, previous, SETTINGS)


def test_a_repaginated_pdf_reads_the_same_and_keeps_the_policy() -> None:
    text = policy()
    a4 = fpdf_policy(text, page_height=297, top=15)
    short = fpdf_policy(text, page_height=180, top=25)
    first, second = capture(a4), capture(short)
    assert first.ok and second.ok, (first.reason, second.reason)
    assert first.text == second.text
    assert "Page 1 of" not in first.text and "Acme - Privacy Policy" not in first.text
    assert "AloPal will never rent or sell your Personal Information to others." in first.text
    assert classify_document("dpa", first.text, second.text).severity.value == "none"


def test_a_material_edit_inside_a_repaginated_pdf_is_material() -> None:
    text = policy()
    assert SELLS[0] in text
    before = capture(fpdf_policy(text, page_height=297, top=15))
    after = capture(fpdf_policy(text.replace(*SELLS), page_height=200, top=20))
    assert before.ok and after.ok
    judged = classify_document("dpa", before.text, after.text)
    assert judged.material and "third_party_sharing" in judged.categories, judged.summary


def test_the_demo_writer_pages_differently_but_reads_the_same() -> None:
    text = policy()
    a = capture(policy_pdf(text, title="AloPal - DPA", lines_per_page=40))
    b = capture(policy_pdf(text, title="AloPal - DPA", lines_per_page=17))
    assert a.ok and b.ok and a.text == b.text
    assert "Page 1 of" not in a.text


def test_a_pdf_without_a_text_layer_is_a_failed_check() -> None:
    doc = fpdf.FPDF()
    for _ in range(3):
        doc.add_page()
        doc.set_fill_color(40, 40, 40)
        doc.rect(20, 20, 170, 250, style="F")  # a scanned page: pixels, no text
    result = capture(bytes(doc.output()))
    assert not result.ok and result.reason == "PDF without text, probably scanned"


@pytest.mark.parametrize(
    "body", [b"%PDF-1.4\n1 0 obj << >> endobj\n", b"%PDF-1.7\n" + bytes(range(256)) * 40, b"%PDF-"]
)
def test_a_broken_pdf_is_a_failed_check_with_a_reason(body: bytes) -> None:
    result = capture(body)
    assert not result.ok and "PDF" in (result.reason or ""), result.reason
    with pytest.raises(PdfError):
        pdf_text(body)


def test_furniture_is_what_recurs_at_page_edges_not_body_text() -> None:
    words = ("storage", "hosting", "support", "billing")
    body = [f"Clause {i} of the agreement covers personal data processing for {{}}." for i in range(10)]
    pages = [["ACME CONFIDENTIAL", *(b.format(w) for b in body), f"- {n} -"] for n, w in enumerate(words, 1)]
    pages[2].insert(4, "ACME CONFIDENTIAL")  # the same words inside a page's body (not at its edge) stay
    lines = strip_furniture(pages)
    assert lines.count("ACME CONFIDENTIAL") == 1
    assert [line for line in lines if line.startswith("Clause 0 ")] == [body[0].format(w) for w in words]
    assert len(lines) == 4 * len(body) + 1


def test_a_pdf_document_may_be_seeded_with_its_pdf(tmp_path: Path) -> None:
    from monitor.app import open_store, seed
    from monitor.config.load import load_config

    (tmp_path / "dpa.pdf").write_bytes(fpdf_policy(policy(), page_height=297, top=15))
    config_path = tmp_path / "config.toml"
    config_path.write_text(
        '[monitor]\ndatabase = "db.sqlite3"\n[[companies]]\nslug = "acme"\nname = "Acme"\n'
        '[[companies.documents]]\ntype = "dpa"\nurl = "https://acme.example/dpa.pdf"\nseed = "dpa.pdf"\n',
        encoding="utf-8",
    )
    config = load_config(config_path)
    store = open_store(config)
    try:
        (result,) = seed(config, store)
        assert result.company == "acme.dpa" and result.status == "seeded"
        snapshot = store.latest_snapshot("acme.dpa")
        assert snapshot is not None and snapshot.text == capture(fpdf_policy(policy(), page_height=200, top=20)).text
    finally:
        store.close()

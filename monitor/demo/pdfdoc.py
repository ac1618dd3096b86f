"""A small PDF writer for the demo site: a policy as a paginated PDF with running header, footer and page numbers.

Hand-written PDF 1.4 (Helvetica, WinAnsi text, no dependency), so that the demo can serve the same policy with
another pagination (``lines_per_page``) and show that the monitor reads both as the same text.
"""

from __future__ import annotations

import textwrap


def _escape(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def policy_lines(text: str, width: int = 88) -> list[tuple[str, bool]]:
    """(line, is_heading) of a canonical text, paragraphs wrapped at `width` characters."""
    out: list[tuple[str, bool]] = []
    for block in text.splitlines():
        if block.startswith("# "):
            out.append((block[2:], True))
            continue
        prefix = "- " if block.startswith("- ") else ""
        body = block[len(prefix) :]
        for i, line in enumerate(textwrap.wrap(body, width - len(prefix)) or [""]):
            out.append(((prefix if i == 0 else "  " * bool(prefix)) + line, False))
    return out


def policy_pdf(text: str, *, title: str, lines_per_page: int = 40, width: int = 88) -> bytes:
    """The canonical policy `text` as a PDF of A4 pages with a running header and "Page i of n" footers."""
    lines = policy_lines(text, width)
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # the page tree, once the page objects are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for number, page in enumerate(pages, 1):
        ops = [b"BT /F1 8 Tf 56 810 Td (" + _escape(title) + b") Tj ET"]
        y = 780
        for line, heading in page:
            font = b"/F2 11" if heading else b"/F1 10"
            ops.append(b"BT " + font + b" Tf 56 " + str(y).encode() + b" Td (" + _escape(line) + b") Tj ET")
            y -= 18
        ops.append(b"BT /F1 8 Tf 270 30 Td (" + _escape(f"Page {number} of {len(pages)}") + b") Tj ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
        content_ref = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> "
            b">> /Contents " + str(content_ref).encode() + b" 0 R >>"
        )
        kids.append(f"{len(objects)} 0 R".encode())
    objects[1] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count " + str(len(kids)).encode() + b" >>"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)

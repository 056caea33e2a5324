"""WARC files for the tests, written with warcio (a second WARC implementation beside FastWARC).

:func:`damaged_warc` writes the issue's damaged crawl: good pages, a page whose
charset is only in the HTTP header, a gzip-encoded body, a 404, a revisit,
request and metadata records, a corrupt gzip member and a truncated tail.
:data:`DAMAGED_EXPECTED` is what reading it must count.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Sequence
from pathlib import Path

import pytest

warcio = pytest.importorskip("warcio", reason="warcio (the test extra) writes the test WARC files")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402


def page(title: str, words: str, *, charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(
        f"<p>{words} This is sentence {i} of the story, long enough to be kept.</p>"
        for i in range(6)
    )
    return (
        f"<!doctype html><html><head>{meta}<title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{paragraphs}</article></body></html>"
    )


class Writer:
    """A WARC being written, remembering where each record starts."""

    def __init__(self, *, gzip_records: bool = True) -> None:
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gzip_records)
        self.offsets: list[int] = []

    def response(
        self,
        url: str,
        body: bytes,
        *,
        status: str = "200 OK",
        headers: Sequence[tuple[str, str]] = (("Content-Type", "text/html; charset=utf-8"),),
    ) -> None:
        http = StatusAndHeaders(status, list(headers), protocol="HTTP/1.1")
        record = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http
        )
        self._write(record)

    def request(self, url: str) -> None:
        http = StatusAndHeaders(
            f"GET {url} HTTP/1.1", [("Host", "example.org")], is_http_request=True
        )
        self._write(self.writer.create_warc_record(url, "request", http_headers=http))

    def metadata(self, url: str) -> None:
        record = self.writer.create_warc_record(
            url,
            "metadata",
            payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
            warc_content_type="application/warc-fields",
        )
        self._write(record)

    def warcinfo(self) -> None:
        self._write(self.writer.create_warcinfo_record("test.warc.gz", {"software": "tests"}))

    def revisit(self, url: str) -> None:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(
            url,
            digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            refers_to_uri=url,
            refers_to_date="2024-01-01T00:00:00Z",
            http_headers=http,
        )
        self._write(record)

    def _write(self, record: object) -> None:
        self.offsets.append(self.buffer.tell())
        self.writer.write_record(record)

    def data(self) -> bytes:
        return self.buffer.getvalue()


GOOD_PAGES = [
    (f"https://news.example.org/{i}", page(f"Story number {i}", f"Words of story {i}."))
    for i in range(4)
]
#: Only the HTTP header says windows-1252; the page declares nothing.
LATIN_TITLE = "Großer Preis für Müller"
LATIN_PAGE = page(LATIN_TITLE, "Die Straße nach Köln ist lang, sagt Jürgen.", charset=None)
GZIPPED_TITLE = "A gzip-encoded page"


def damaged_warc(path: Path) -> dict[str, object]:
    """Write the damaged crawl to ``path``; what is in it (pages by URL, offsets)."""
    w = Writer()
    w.warcinfo()
    for url, html in GOOD_PAGES[:2]:
        w.request(url)
        w.response(url, html.encode("utf-8"))
        w.metadata(url)
    w.response(
        "https://news.example.org/latin",
        LATIN_PAGE.encode("cp1252"),
        headers=[("Content-Type", "text/html; charset=windows-1252")],
    )
    gz_body = gzip.compress(page(GZIPPED_TITLE, "Compressed words here.").encode("utf-8"))
    w.response(
        "https://news.example.org/gz",
        gz_body,
        headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
    )
    w.response("https://news.example.org/missing", b"<html>gone</html>", status="404 Not Found")
    w.revisit(GOOD_PAGES[0][0])
    corrupt_index = len(w.offsets)
    w.response(GOOD_PAGES[2][0], GOOD_PAGES[2][1].encode("utf-8"))  # to be corrupted
    w.response(GOOD_PAGES[3][0], GOOD_PAGES[3][1].encode("utf-8"))
    tail_index = len(w.offsets)
    w.response("https://news.example.org/cut", page("Cut short", "Lost words.").encode("utf-8"))
    data = bytearray(w.data())
    start, end = w.offsets[corrupt_index], w.offsets[corrupt_index + 1]
    middle = (start + end) // 2
    data[middle : middle + 16] = b"\x00" * 16  # deflate data that cannot be inflated
    tail_start = w.offsets[tail_index]
    del data[tail_start + (len(data) - tail_start) // 2 :]  # the last member cut in half
    path.write_bytes(bytes(data))
    return {"offsets": w.offsets, "corrupt": start, "tail": tail_start}


#: What reading :func:`damaged_warc` must count.
DAMAGED_EXPECTED = {
    "records": 14,
    "articles": 5,  # two good, the latin one, the gzipped one, the one after the damage
    "errors": {"damaged": 1, "truncated": 1},
    "skipped": {
        "warcinfo record": 1,
        "request record": 2,
        "metadata record": 2,
        "revisit record": 1,
        "status 4xx": 1,
    },
}

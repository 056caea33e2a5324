"""newsdoc.warc: WARC records in, pages and counts out; damage loses only what is damaged.

The WARC files are written by warcio (the test extra), a second implementation
beside the FastWARC that newsdoc reads with, and read back by both.
"""

from __future__ import annotations

import gzip
import io
import warnings
from pathlib import Path

import pytest

import newsdoc
from newsdoc.errors import NewsdocWarning
from newsdoc.readers.html import parse_html

fastwarc = pytest.importorskip("fastwarc", reason="the warc extra (fastwarc) is not installed")

from warc_fixtures import (  # noqa: E402
    DAMAGED_EXPECTED,
    GOOD_PAGES,
    GZIPPED_TITLE,
    LATIN_TITLE,
    Writer,
    damaged_warc,
    page,
)

from newsdoc.cli.sources import is_input_name  # noqa: E402
from newsdoc.dask import output_name  # noqa: E402
from newsdoc.warc import (  # noqa: E402
    WarcCounts,
    WarcPage,
    is_warc_name,
    parse_page,
    parse_warc,
    read_warc,
)

pytestmark = pytest.mark.engines


def _read(
    path: Path, *, analyze: bool = False
) -> tuple[list[newsdoc.arrow.ArticleRow], WarcCounts, list[str]]:
    counts = WarcCounts()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", NewsdocWarning)
        rows = list(parse_warc(path, counts=counts, analyze=analyze))
    return rows, counts, [str(w.message) for w in caught]


def test_damaged_crawl_every_count_adds_up(tmp_path: Path) -> None:
    path = tmp_path / "damaged.warc.gz"
    layout = damaged_warc(path)
    rows, counts, warned = _read(path)
    assert counts.as_dict() == DAMAGED_EXPECTED
    assert counts.balanced
    assert counts.records == counts.articles + counts.error_count + counts.skipped_count
    # one row per response that is neither skipped nor lost: articles and errors
    assert len(rows) == counts.articles + counts.error_count
    errors = [row for row in rows if row.error is not None]
    assert [row.offset for row in errors] == [layout["corrupt"], layout["tail"]]
    assert "damaged" in errors[0].error and "resumed" in errors[0].error
    assert len(warned) == 1 and str(layout["corrupt"]) in warned[0].replace(",", "")


def test_damaged_crawl_good_pages_read_right(tmp_path: Path) -> None:
    path = tmp_path / "damaged.warc.gz"
    damaged_warc(path)
    rows, _, _ = _read(path)
    by_url = {row.url: row for row in rows if row.article is not None}
    for url, html in (*GOOD_PAGES[:2], GOOD_PAGES[3]):
        expected = newsdoc.parse(html.encode("utf-8"), format="html", url=url, analyze=False)
        assert by_url[url].article == expected
        assert by_url[url].status == 200 and by_url[url].record_id.startswith("<urn:uuid:")
        assert by_url[url].date is not None and by_url[url].date.tzinfo is not None
    latin = by_url["https://news.example.org/latin"].article
    assert latin.headline == LATIN_TITLE
    assert "Straße nach Köln" in latin.paragraphs[0].text
    assert by_url["https://news.example.org/gz"].article.headline == GZIPPED_TITLE


def test_offsets_agree_with_warcio(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    for gzip_records, name in ((True, "a.warc.gz"), (False, "a.warc")):
        w = Writer(gzip_records=gzip_records)
        for url, html in GOOD_PAGES:
            w.request(url)
            w.response(url, html.encode("utf-8") * 30)  # records larger than a read buffer
        path = tmp_path / name
        path.write_bytes(w.data())
        with path.open("rb") as file:
            records = ArchiveIterator(file)
            theirs = [
                records.get_record_offset() for record in records if record.rec_type == "response"
            ]
        ours = [p.offset for p in read_warc(path)]
        assert ours == theirs == w.offsets[1::2]


def test_whole_file_gzip_reads_the_same_pages(tmp_path: Path) -> None:
    w = Writer(gzip_records=False)
    for url, html in GOOD_PAGES:
        w.response(url, html.encode("utf-8"))
    plain = tmp_path / "a.warc"
    plain.write_bytes(w.data())
    whole = tmp_path / "b.warc.gz"
    whole.write_bytes(gzip.compress(w.data()))
    a = [(p.url, p.body) for p in read_warc(plain)]
    b = [(p.url, p.body) for p in read_warc(whole)]
    assert a == b and len(a) == len(GOOD_PAGES)
    assert {p.offset for p in read_warc(whole)} == {0}  # one stream: no offset per record


@pytest.mark.parametrize("gzip_records", [True, False], ids=["gzip", "plain"])
def test_a_file_cut_anywhere_loses_nothing_silently(tmp_path: Path, gzip_records: bool) -> None:
    w = Writer(gzip_records=gzip_records)
    for url, html in GOOD_PAGES[:3]:
        w.response(url, html.encode("utf-8"))
    data = w.data()
    ends = [*w.offsets[1:], len(data)]
    path = tmp_path / "cut.warc"
    step = 7 if gzip_records else 23
    for cut in range(1, len(data), step):
        path.write_bytes(data[:cut])
        _rows, counts, _ = _read(path)
        assert counts.balanced, cut
        whole = sum(1 for end in ends if end <= cut)
        assert counts.articles >= whole, cut  # every record before the cut is read
        lost = counts.records - counts.articles
        if cut not in w.offsets:
            # the record the cut falls in is an error row, unless all its content was there
            # (only the gzip trailer or the blank lines that end a record were cut)
            next_end = min(end for end in ends if end > cut)
            assert counts.error_count == 1 or (
                counts.articles == whole + 1 and next_end - cut <= 16
            ), cut
        assert lost == counts.error_count


def test_skips_by_reason(tmp_path: Path) -> None:
    w = Writer()
    w.response("https://a.example/img", b"\x89PNG\r\n", headers=[("Content-Type", "image/png")])
    w.response("https://a.example/moved", b"", status="301 Moved Permanently")
    w.response("https://a.example/err", b"oops", status="503 Service Unavailable")
    w.response("https://a.example/untyped", page("Untyped", "No type header.").encode(), headers=[])
    w.response("https://a.example/text", b"just text, no type", headers=[])
    path = tmp_path / "s.warc.gz"
    path.write_bytes(w.data())
    rows, counts, _ = _read(path)
    assert counts.skipped == {"not HTML": 2, "status 3xx": 1, "status 5xx": 1}
    assert [row.url for row in rows] == ["https://a.example/untyped"]  # sniffed as HTML
    assert counts.balanced


def test_content_encodings(tmp_path: Path) -> None:
    import zlib

    html = page("Encoded", "Some words.").encode("utf-8")
    chunked = (
        b"".join(
            f"{len(part):x}\r\n".encode() + part + b"\r\n" for part in (html[:100], html[100:])
        )
        + b"0\r\n\r\n"
    )
    w = Writer()
    w.response(
        "https://e.example/deflate",
        zlib.compress(html),
        headers=[("Content-Type", "text/html"), ("Content-Encoding", "deflate")],
    )
    w.response(
        "https://e.example/chunked",
        chunked,
        headers=[("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
    )
    broken = bytearray(gzip.compress(html))
    broken[20:40] = b"\x00" * 20
    w.response(
        "https://e.example/broken",
        bytes(broken),
        headers=[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
    )
    w.response("https://e.example/after", html)
    path = tmp_path / "e.warc.gz"
    path.write_bytes(w.data())
    pages = list(read_warc(path))
    assert [p.body == html for p in pages] == [True, True, False, True]
    assert pages[2].reason == "content encoding" and pages[2].error


def test_http_charset_ranks_below_bom_and_above_meta() -> None:
    text = "Der Preis liegt bei 5 € pro Stück, sagt die Händlerin."
    html = (
        '<html><head><meta charset="windows-1252"><title>Preis</title></head>'
        f"<body><p>{text}</p></body></html>"
    )
    latin9 = html.encode("iso-8859-15")
    assert text not in parse_html(latin9).paragraphs[0].text  # the page's own label is wrong
    assert parse_html(latin9, http_charset="iso-8859-15").paragraphs[0].text == text
    # a byte order mark wins over the header
    assert (
        parse_html(b"\xef\xbb\xbf" + html.encode("utf-8"), http_charset="iso-8859-15")
        .paragraphs[0]
        .text
        == text
    )
    # a header that does not fit the bytes (a server's default) is ignored
    assert parse_html(html.encode("utf-8"), http_charset="iso-8859-1").paragraphs[0].text == text
    assert (
        parse_html(html.encode("utf-8"), http_charset="no-such-charset").paragraphs[0].text == text
    )
    assert (
        newsdoc.parse(latin9, http_charset="iso-8859-15", analyze=False).paragraphs[0].text == text
    )


def test_counts_merge_and_round_trip() -> None:
    a = WarcCounts(records=3, articles=1, errors={"truncated": 1}, skipped={"request record": 1})
    b = WarcCounts(records=2, articles=2)
    a.merge(b)
    assert a.as_dict() == {
        "records": 5,
        "articles": 3,
        "errors": {"truncated": 1},
        "skipped": {"request record": 1},
    }
    assert WarcCounts.from_dict(a.as_dict()) == a and a.balanced
    assert (
        a.summary() == "5 records: 3 articles, 1 errors (1 truncated), 1 skipped (1 request record)"
    )


def test_parse_page_keeps_warnings_and_provenance(tmp_path: Path) -> None:
    w = Writer()
    w.response("https://p.example/a", page("A page", "Words.").encode())
    path = tmp_path / "p.warc.gz"
    path.write_bytes(w.data())
    (p,) = read_warc(path)
    row = parse_page(p, analyze=True)
    assert row.article is not None and row.error is None
    assert (row.source, row.offset, row.url, row.status) == (
        str(path),
        0,
        "https://p.example/a",
        200,
    )


def test_a_bug_is_an_error_row_worded_as_the_command_line_words_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsdoc.cli.convert import bug_report as cli_bug_report
    from newsdoc.errors import bug_report

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("no such thing")

    monkeypatch.setattr(newsdoc.pipeline, "parse", broken)
    row = parse_page(WarcPage(url="https://p.example/a", body=b"<p>text</p>"))
    assert row.article is None and row.error is not None
    try:
        broken()
    except KeyError as error:
        assert row.error == bug_report(error) == cli_bug_report(error)
    assert row.error.startswith("internal error, a bug in newsdoc (please report it): KeyError")
    assert "in broken)" in row.error  # where it was raised


class _Kept(io.BytesIO):
    """A buffer that FastWARC's writer may close without losing what it holds."""

    def close(self) -> None:
        pass


def _zstd_warc(w: Writer, *, dictionary: bool) -> bytes:
    """The records of an uncompressed ``w`` as a ``.warc.zst``: a zstd frame per record.

    With ``dictionary``, one trained on the records is written first, in a
    skippable frame, and every frame is compressed with it.
    """
    from fastwarc.stream_io import ZstdWriter, zstd_train_dictionary_from_samples

    data = w.data()
    records = [data[a:b] for a, b in zip(w.offsets, [*w.offsets[1:], len(data)], strict=True)]
    out = _Kept()
    trained = zstd_train_dictionary_from_samples(records * 8, 1024) if dictionary else None
    writer = ZstdWriter(out, dictionary=trained)
    for record in records:
        writer.write(record)
        writer.finish()  # ends the frame: the next record starts one of its own
    writer.close()
    return out.getvalue()


def _zstd_crawl() -> Writer:
    w = Writer(gzip_records=False)
    w.warcinfo()
    for n in range(3):
        for url, html in GOOD_PAGES:
            w.response(f"{url}/{n}", html.encode("utf-8"))
    w.response("https://news.example.org/gone", b"gone", status="404 Not Found")
    return w


@pytest.mark.parametrize("dictionary", [False, True], ids=["plain", "dictionary"])
def test_zstd_reads_what_gzip_reads(tmp_path: Path, dictionary: bool) -> None:
    w = _zstd_crawl()
    gzipped = tmp_path / "a.warc.gz"
    gzipped.write_bytes(gzip.compress(w.data()))
    zstd = tmp_path / "a.warc.zst"
    zstd.write_bytes(_zstd_warc(w, dictionary=dictionary))
    assert zstd.read_bytes()[:4] == (b"\x5d\x2a\x4d\x18" if dictionary else b"\x28\xb5\x2f\xfd")
    counts, expected = WarcCounts(), WarcCounts()
    got = [(p.url, p.record_id, p.status, p.body) for p in read_warc(zstd, counts=counts)]
    want = [(p.url, p.record_id, p.status, p.body) for p in read_warc(gzipped, counts=expected)]
    assert got == want and len(got) == 3 * len(GOOD_PAGES)
    assert counts == expected and counts.skipped == {"warcinfo record": 1, "status 4xx": 1}
    offsets = [p.offset for p in read_warc(zstd)]
    assert offsets == sorted(set(offsets)) and offsets[0] > 0  # a frame each, after warcinfo's


@pytest.mark.parametrize("dictionary", [False, True], ids=["plain", "dictionary"])
def test_zstd_damage_loses_only_the_damaged_frame(tmp_path: Path, dictionary: bool) -> None:
    w = _zstd_crawl()
    data = _zstd_warc(w, dictionary=dictionary)
    path = tmp_path / "a.warc.zst"
    path.write_bytes(data)
    offsets = [p.offset or 0 for p in read_warc(path)]
    broken = bytearray(data)
    broken[offsets[4] + 20 : offsets[4] + 40] = b"x" * 20  # inside the 5th page's frame
    path.write_bytes(bytes(broken))
    rows, counts, warned = _read(path)
    assert counts.balanced and counts.errors == {"damaged": 1} and len(warned) == 1
    assert counts.articles == 3 * len(GOOD_PAGES) - 1  # the frames after it are read
    assert [r.offset for r in rows if r.error] == [offsets[4]]
    path.write_bytes(data[:-25])  # the tail cut: the 404's frame
    _rows, counts, _ = _read(path)
    assert counts.balanced and counts.errors == {"damaged": 1}
    assert counts.articles == 3 * len(GOOD_PAGES)


def test_names_and_missing_file(tmp_path: Path) -> None:
    assert is_warc_name("a.warc") and is_warc_name("A.WARC.GZ") and not is_warc_name("a.html.gz")
    assert is_warc_name("a.warc.zst") and is_input_name("a.warc.zst") and is_input_name("a.warc.gz")
    assert output_name("/crawls/CC-NEWS-1.warc.zst") == "CC-NEWS-1.parquet"
    with pytest.raises(newsdoc.ParseError, match="cannot read"):
        list(read_warc(tmp_path / "missing.warc.gz"))


@pytest.mark.corpus
def test_corpus_pages_through_a_warc_read_as_files(tmp_path: Path) -> None:
    from conftest import shared_path

    folder = shared_path("corpus", "aeb", "html")
    files = sorted(folder.glob("*.html.gz"))[:12]
    w = Writer()
    for i, file in enumerate(files):
        w.response(
            f"https://corpus.example/{i}",
            gzip.decompress(file.read_bytes()),
            headers=[("Content-Type", "text/html")],
        )
    path = tmp_path / "corpus.warc.gz"
    path.write_bytes(w.data())
    rows, counts, _ = _read(path)
    assert counts.articles == len(files) and counts.balanced
    for i, (file, row) in enumerate(zip(files, rows, strict=True)):
        expected = newsdoc.parse(
            gzip.decompress(file.read_bytes()),
            format="html",
            url=f"https://corpus.example/{i}",
            analyze=False,
        )
        assert row.article == expected, file.name


# --- the command line ------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_converts_a_crawl_to_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    from newsdoc.cli import main

    path = tmp_path / "damaged.warc.gz"
    layout = damaged_warc(path)
    out = tmp_path / f"out-{jobs}.jsonl"
    assert main(["convert", str(path), "-o", str(out), "--jobs", jobs]) == 1  # two errors
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == DAMAGED_EXPECTED["articles"]
    urls = [newsdoc.from_json(line).url for line in lines]
    assert urls == [
        GOOD_PAGES[0][0],
        GOOD_PAGES[1][0],
        "https://news.example.org/latin",
        "https://news.example.org/gz",
        GOOD_PAGES[3][0],
    ]  # in record order
    err = capsys.readouterr().err
    assert f"{path}@{layout['corrupt']}: error: damaged" in err
    assert f"{path}@{layout['tail']}: error: the record ends" in err
    assert "14 records: 5 articles, 2 errors (1 damaged, 1 truncated), 7 skipped" in err


def test_cli_converts_a_zstd_crawl_found_in_a_folder(tmp_path: Path) -> None:
    from newsdoc.cli import main

    crawls = tmp_path / "crawls"
    crawls.mkdir()
    w = _zstd_crawl()
    (crawls / "a.warc.zst").write_bytes(_zstd_warc(w, dictionary=True))
    (tmp_path / "a.warc.gz").write_bytes(gzip.compress(w.data()))
    zstd_out, gzip_out = tmp_path / "zstd.jsonl", tmp_path / "gzip.jsonl"
    assert main(["convert", str(crawls), "-o", str(zstd_out), "--jobs", "1", "-q"]) == 0
    assert main(["convert", str(tmp_path / "a.warc.gz"), "-o", str(gzip_out), "-q"]) == 0
    lines = zstd_out.read_text("utf-8").splitlines()
    assert len(lines) == 3 * len(GOOD_PAGES) and lines == gzip_out.read_text("utf-8").splitlines()


def test_cli_parquet_has_a_row_per_article_and_error(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the arrow extra is not installed")
    from newsdoc.cli import main

    path = tmp_path / "damaged.warc.gz"
    layout = damaged_warc(path)
    html = tmp_path / "page.html"
    html.write_text(GOOD_PAGES[0][1], "utf-8")
    out = tmp_path / "out.parquet"
    assert main(["convert", str(path), str(html), "-o", str(out), "-q", "-j", "2"]) == 1
    table = pq.read_table(out).to_pylist()
    assert len(table) == 5 + 2 + 1
    errors = [(row["offset"], row["source"]) for row in table if row["error"]]
    assert [offset for offset, _ in errors] == [layout["corrupt"], layout["tail"]]
    last = table[-1]
    assert last["source"] == str(html) and last["offset"] is None and last["headline"]
    assert newsdoc.from_json(table[0]["json"]).url == GOOD_PAGES[0][0]


def test_cli_refuses_a_crawl_to_one_article_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdoc.cli import main

    path = tmp_path / "a.warc.gz"
    damaged_warc(path)
    with pytest.raises(SystemExit):
        main(["convert", str(path), "--to", "json"])
    assert "use --to jsonl or --to parquet" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["convert", str(path), "--to", "parquet"])
    assert "--to parquet writes one file: use -o FILE" in capsys.readouterr().err

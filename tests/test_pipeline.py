"""newsdoc.parse composes reader and analysis; newsdoc.formats is the one table of formats."""

from __future__ import annotations

import gzip
import inspect
import json
from pathlib import Path

import pytest

import newsdoc
from newsdoc import formats
from newsdoc.cli import BATCH_FORMATS, build_parser
from newsdoc.formats import FORMATS, UnknownFormatError, format_for_path, get_format

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "moscowtimes-2013-11-06.txt"
PAGE = (
    "<!doctype html><html lang='en'><head><title>Council delays vote</title></head><body>"
    "<article><h1>Council delays vote</h1><p>The council delayed its vote on the budget on "
    'Tuesday. "We need more time," Mayor Ann Lee told reporters after the meeting.</p>'
    "<p>The vote is now expected next month, officials said, after a review.</p></article>"
    "</body></html>"
)


# --- the registry ------------------------------------------------------------------


def test_every_format_is_well_formed() -> None:
    names = [alias for f in FORMATS.values() for alias in (f.name, *f.aliases)]
    assert len(names) == len(set(names))
    for name, found in FORMATS.items():
        assert found.name == name
        assert found.read is not None or found.write is not None, name
        assert found.extensions and all(
            e.startswith(".") and e == e.lower() for e in found.extensions
        )
        assert "/" in found.media_type
        assert get_format(name) is found
        for alias in found.aliases:
            assert get_format(alias) is found


def test_an_unknown_format_is_a_newsdoc_error() -> None:
    with pytest.raises(UnknownFormatError, match="unknown format 'docx'") as caught:
        get_format("docx")
    assert isinstance(caught.value, newsdoc.NewsdocError)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("a.html", "html"),
        ("A.HTM", "html"),
        ("a.md", "markdown"),
        ("a.txt", "markdown"),
        ("a.json", "json"),
        ("a.ninjs.json", "ninjs"),  # the longest extension wins
        ("a.jsonld", "jsonld"),
        ("a.ndjson", "jsonl"),
        ("a.html.gz", "html"),
        ("a.csv", None),
    ],
)
def test_file_names_announce_their_format(path: str, expected: str | None) -> None:
    found = format_for_path(path)
    assert (found.name if found is not None else None) == expected


def test_every_reader_has_one_shape() -> None:
    article = newsdoc.parse(PAGE)
    documents = {
        "html": PAGE,
        "markdown": newsdoc.to_markdown(article),
        "json": newsdoc.to_json(article),
    }
    readers = [f for f in FORMATS.values() if f.read is not None]
    assert {f.name for f in readers} == set(documents)
    for found in readers:
        assert found.read is not None
        for data in (documents[found.name], documents[found.name].encode("utf-8")):
            read = found.read(data, url="https://example.com/council")
            assert isinstance(read, newsdoc.Article), found.name
            assert read.url is not None
    for function in (newsdoc.parse_html, newsdoc.parse_text, newsdoc.from_json):
        for name in ("url", "http_charset"):
            parameter = inspect.signature(function).parameters[name]
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is None


@pytest.mark.parametrize("format", ["html", "markdown"])
def test_the_http_charset_decodes_bytes_in_every_reader_that_has_bytes_to_decode(
    format: str,
) -> None:
    headline = "Škoda řekla, že dodávky obnoví"
    document = (
        f"<html><head><title>{headline}</title></head><body><p>{headline}.</p></body></html>"
        if format == "html"
        else f"# {headline}\n\n{headline}.\n"
    )
    data = document.encode("cp1250")  # not UTF-8, and nothing in it names its charset
    article = newsdoc.parse(data, format=format, http_charset="windows-1250", analyze=False)
    assert article.headline == headline


def test_valid_utf8_text_stays_utf8_whatever_the_http_charset_says() -> None:
    # servers label text ISO-8859-1 by default: UTF-8 bytes must not become mojibake
    data = "# Grüße aus Köln\n\nEin Text.\n".encode()
    article = newsdoc.parse(data, format="markdown", http_charset="iso-8859-1", analyze=False)
    assert article.headline == "Grüße aus Köln"


@pytest.mark.parametrize("label", ["hex", "zlib", "no-such-charset", "undefined"])
def test_an_http_charset_that_is_no_text_encoding_is_passed_over(label: str) -> None:
    data = "# Caf\xe9 cr\xe8me\n\nDu texte en fran\xe7ais, encore du texte.\n".encode("cp1252")
    unhinted = newsdoc.parse(data, format="markdown", analyze=False)
    article = newsdoc.parse(data, format="markdown", http_charset=label, analyze=False)
    assert article.headline == unhinted.headline == "Café crème"


def test_every_writer_has_one_shape() -> None:
    article = newsdoc.parse(EXAMPLE)
    for found in FORMATS.values():
        if found.write is None:
            continue
        compact, indented = found.write(article), found.write(article, indent=2)
        assert isinstance(compact, str) and compact.strip(), found.name
        if found.name in ("json", "jsonld", "ninjs"):
            assert json.loads(compact) == json.loads(indented)
            assert indented.count("\n") > compact.count("\n")
    jsonl = get_format("jsonl").write
    assert jsonl is not None and "\n" not in jsonl(article, indent=4)


def test_the_command_line_offers_what_the_registry_lists() -> None:
    convert = build_parser()._subparsers._group_actions[0].choices["convert"]  # type: ignore[union-attr]
    choices = {a.dest: a.choices for a in convert._actions if a.choices}
    assert set(choices["to"]) == {*formats.writer_names(), *BATCH_FORMATS}
    assert set(choices["reader"]) == {"auto", *formats.reader_names()}


def test_registry_loads_no_reader_or_writer_until_used() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, newsdoc.formats as f; f.FORMATS; "
        "print(sorted(m for m in sys.modules "
        "if m.startswith(('newsdoc.readers', 'newsdoc.writers'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- parse -------------------------------------------------------------------------


def test_parse_reads_and_analyses_once() -> None:
    article = newsdoc.parse(PAGE)
    assert article == newsdoc.analyze(newsdoc.parse_html(PAGE))
    assert [p.name for p in article.people] == ["Ann Lee"]
    assert newsdoc.parse(PAGE, analyze=False) == newsdoc.parse_html(PAGE)


def test_parse_picks_the_reader_by_content_or_by_name() -> None:
    assert newsdoc.detect_format(PAGE) == "html"
    assert newsdoc.detect_format(EXAMPLE.read_text("utf-8")) == "markdown"
    assert newsdoc.detect_format(newsdoc.to_json(newsdoc.parse(PAGE))) == "json"
    # a .json file is newsdoc JSON whatever it holds: other JSON is an error, not text
    assert newsdoc.detect_format('{"a": 1}', name="data.json.gz") == "json"


@pytest.mark.parametrize(
    "start", ["<script src='/jquery.js'></script>", "<link rel='stylesheet' href='/a.css'>"]
)
def test_a_page_that_opens_with_a_script_or_a_link_is_html(start: str) -> None:
    # pages saved with their scripts before the doctype (news-ml lenouvelliste)
    assert newsdoc.detect_format(f"{start}\n<!DOCTYPE html><html><body><p>x</p>") == "html"


def test_a_str_naming_a_file_is_refused_with_the_way_out() -> None:
    with pytest.raises(newsdoc.ParseError, match=r"pass pathlib\.Path\(") as caught:
        newsdoc.parse(str(EXAMPLE))
    assert str(EXAMPLE) in str(caught.value)
    assert newsdoc.parse(EXAMPLE) == newsdoc.parse(EXAMPLE.read_text("utf-8"))


def test_parse_reads_gzipped_files(tmp_path: Path) -> None:
    packed = tmp_path / "example.txt.gz"
    packed.write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    assert newsdoc.parse(packed) == newsdoc.parse(EXAMPLE)


def test_a_missing_file_is_a_parse_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    with pytest.raises(newsdoc.ParseError, match=f"{missing}: cannot read"):
        newsdoc.parse(missing)


def test_a_format_named_by_the_caller_is_used() -> None:
    as_text = newsdoc.parse(PAGE, format="text", analyze=False)
    assert "<article>" in as_text.text  # read as text: the markup is the text
    with pytest.raises(newsdoc.ParseError, match="writes ninjs but does not read it"):
        newsdoc.parse(PAGE, format="ninjs")


def test_an_analysis_the_document_carries_is_kept() -> None:
    analysed = newsdoc.parse(PAGE)
    edited = analysed.evolve(quotes=(), citations=())
    # hand-corrected: no quotes, the people kept; parse must not analyse it again
    for document in (newsdoc.to_json(edited), newsdoc.to_html(edited)):
        assert newsdoc.parse(document) == edited
    # a document stored without analysis gets one
    bare = newsdoc.parse(PAGE, analyze=False)
    assert newsdoc.parse(newsdoc.to_json(bare)) == analysed
    assert newsdoc.parse(newsdoc.to_json(bare), analyze=False) == bare


def test_url_fills_a_missing_url_in_every_reader() -> None:
    url = "https://example.com/council"
    bare = newsdoc.parse(PAGE, analyze=False)
    assert bare.url is None
    for document in (PAGE, newsdoc.to_markdown(bare), newsdoc.to_json(bare)):
        assert newsdoc.parse(document, url=url, analyze=False).url == url

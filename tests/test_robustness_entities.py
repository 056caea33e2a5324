"""Entity bombs, external entities and DTDs are never expanded or fetched.

Two guards watch for fetching: the suite's autouse fixture (tests/conftest.py)
fails any Python-level connection, and a listening socket on the loopback
interface catches connections that C code (libxml2 has its own HTTP and FTP
clients) would open behind Python's back.  The external entities point at a
file with a unique marker and at /etc/passwd; neither may show in the result.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_robustness import outcome

import newsdoc
from newsdoc import Article

SECRET = "c2VjcmV0LW1hcmtlci1uZXdzZG9j"  # in the file the external entities name


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    return path


@pytest.fixture
def listener() -> Iterator[str]:
    """A loopback server that nothing may connect to; yields its base URL."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    port = server.getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
        try:
            connection, peer = server.accept()
        except BlockingIOError:
            return
        connection.close()
        pytest.fail(f"newsdoc opened a connection to the loopback server from {peer}")
    finally:
        server.close()


def _passwd_lines() -> list[str]:
    try:
        lines = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    return [line for line in lines if len(line) > 10]


def _all_entry_points(page: str) -> Iterator[tuple[str, Callable[[], Article]]]:
    data = page.encode("utf-8")
    yield "parse_html(str)", lambda: newsdoc.parse_html(page)
    yield "parse_html(bytes)", lambda: newsdoc.parse_html(data)
    yield "parse(str)", lambda: newsdoc.parse(page)
    yield "parse(bytes)", lambda: newsdoc.parse(data)
    yield "parse_text", lambda: newsdoc.parse_text(page)


def _results(page: str) -> Iterator[tuple[str, str]]:
    """(entry point, everything the parsed article holds as JSON) for each entry point."""
    for name, call in _all_entry_points(page):
        article = outcome(call)
        if article is not None:
            yield name, newsdoc.to_json(article)


def _external_pages(file_url: str, http: str) -> list[str]:
    body = "<body><article><h1>Headline &xxe;</h1><p>Before &xxe; after.</p></article></body>"
    return [
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{file_url}">]><html>{body}</html>',
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{file_url}">]><html>{body}</html>',
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html>{body}</html>',
        f'<!DOCTYPE html [<!ENTITY % dtd SYSTEM "{http}/evil.dtd"> %dtd;]><html>{body}</html>',
        f'<!DOCTYPE html SYSTEM "{http}/external.dtd"><html>{body}</html>',
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{http}/x.dtd">'
        f'<html xmlns="http://www.w3.org/1999/xhtml">{body}</html>',
        f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{http}/entity">]><html>{body}</html>',
        '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><article><p>Text '
        f'<xi:include href="{file_url}" parse="text"/> and '
        f'<xi:include href="{http}/inc" parse="text"/></p></article></body></html>',
        # things a reader might be tempted to fetch: JSON-LD contexts, images, stylesheets,
        # frames, redirects, oEmbed and AMP links
        "<html><head>"
        f'<script type="application/ld+json">{{"@context": "{http}/ctx", '
        '"@type": "NewsArticle", "headline": "H"}</script>'
        f'<link rel="stylesheet" href="{http}/s.css">'
        f'<link rel="amphtml" href="{http}/amp"><link rel="alternate" '
        f'type="application/json+oembed" href="{http}/oembed">'
        f'<meta http-equiv="refresh" content="0;url={http}/r"><base href="{http}/">'
        f'<meta property="og:image" content="{http}/og.jpg"></head><body><article>'
        f'<h1>H</h1><p>Text.</p><img src="{http}/i.jpg"><iframe src="{http}/f"></iframe>'
        f'<svg><image href="{http}/svg.png"/></svg></article></body></html>',
    ]


def test_external_entities_are_not_expanded_nor_fetched(secret_file: Path, listener: str) -> None:
    passwd = _passwd_lines()
    for page in _external_pages(secret_file.as_uri(), listener):
        for name, result in _results(page):
            assert SECRET not in result, f"{name} expanded an external entity: {page[:80]}"
            leaked = [line for line in passwd if line in result]
            assert not leaked, f"{name} read /etc/passwd: {page[:80]}"


def test_external_entity_in_a_file_read_by_path(
    tmp_path: Path, secret_file: Path, listener: str
) -> None:
    for i, page in enumerate(_external_pages(secret_file.as_uri(), listener)):
        path = tmp_path / f"page{i}.html"
        path.write_text(page, encoding="utf-8")
        article = outcome(lambda path=path: newsdoc.parse(path))  # type: ignore[misc]
        if article is not None:
            assert SECRET not in newsdoc.to_json(article)


def _billion_laughs(doctype: str, levels: int = 10) -> str:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        f"<!DOCTYPE {doctype} [{''.join(entities)}]>"
        f"<html><body><article><h1>Laughs &lol{levels - 1};</h1>"
        f"<p>A paragraph &lol{levels - 1}; of text.</p></article></body></html>"
    )


@pytest.mark.parametrize("doctype", ["html", "lolz"])
def test_billion_laughs_is_not_expanded(doctype: str) -> None:
    page = _billion_laughs(doctype)
    for name, result in _results(page):
        # fully expanded, the bomb is 3 GB; even one level would add 30 characters
        assert "lollollol" not in result, f"{name} expanded an entity"
        assert len(result) < 20 * len(page), f"{name} output grew to {len(result):,} chars"


def test_quadratic_blowup_is_not_expanded() -> None:
    # one entity of 50,000 characters referenced 50,000 times: 2.5 GB if expanded
    big = "x" * 50_000
    page = (
        f'<!DOCTYPE html [<!ENTITY a "{big}">]><html><body><article><p>'
        + "&a;" * 50_000
        + "</p></article></body></html>"
    )
    for name, result in _results(page):
        assert len(result) < 4 * len(page), f"{name} output grew to {len(result):,} chars"


def test_html_entities_still_decode() -> None:
    """The guard against entity expansion keeps the HTML named entities working."""
    page = (
        "<html><head><title>Caf&eacute; &amp; bar</title></head><body><article>"
        "<h1>Caf&eacute; &amp; bar</h1>"
        + "<p>Fish &amp; chips cost &pound;5 &mdash; a &quot;bargain&quot;, said Ann.</p>" * 3
        + "</article></body></html>"
    )
    article = outcome(lambda: newsdoc.parse_html(page))
    assert article is not None
    text = newsdoc.to_json(article)
    assert "&amp;" not in text and "&eacute;" not in text and "&pound;" not in text

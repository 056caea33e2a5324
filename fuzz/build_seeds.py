"""Build the seed corpora of the fuzz harnesses into fuzz/corpus/<entry>/ (gitignored).

Seeds come from ../shared (the aeb and postlight pages, the text fixtures) when
it is there, and from the repository's own examples and test data, so a clone
without ../shared still gets a working corpus.  Pages are cut to ``MAX_SEED``
bytes: libFuzzer mutates small inputs much faster, and the start of a page
(head, metadata, first paragraphs) is where most of the reader's paths are.

    python fuzz/build_seeds.py            # then see fuzz/README.md
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
CORPUS = HERE / "corpus"
MAX_SEED = 64 * 1024
MAX_PAGES = 120  # per corpus: enough variety, a corpus libFuzzer loads in seconds

sys.path.insert(0, str(ROOT / "src"))


def _pages() -> Iterator[bytes]:
    for name in ("aeb", "postlight"):
        folder = SHARED / "corpus" / name / "html"
        for path in sorted(folder.glob("*.html.gz"))[:MAX_PAGES]:
            yield gzip.decompress(path.read_bytes())
    for folder in ("html", "metadata"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.html")):
            yield path.read_bytes()


def _texts() -> Iterator[bytes]:
    for folder in (
        SHARED / "fixtures" / "text",
        ROOT / "examples",
        ROOT / "tests" / "data" / "text",
    ):
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".md"):
                yield path.read_bytes()
    truth = SHARED / "corpus" / "aeb" / "ground-truth.json"
    if truth.exists():
        bodies = json.loads(truth.read_text(encoding="utf-8"))
        for key in sorted(bodies)[: MAX_PAGES // 2]:
            yield str(bodies[key].get("articleBody", "")).encode("utf-8")


def _markdown(pages: list[bytes]) -> Iterator[bytes]:
    """to_markdown of parsed pages: the Markdown-like text parse_text reads best."""
    import newsdoc

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for data in pages[:40]:
            try:
                yield newsdoc.to_markdown(newsdoc.parse_html(data)).encode("utf-8")
            except newsdoc.NewsdocError:
                continue


def _documents(texts: list[bytes], pages: list[bytes]) -> Iterator[bytes]:
    """newsdoc JSON of parsed texts and pages: valid documents to mutate."""
    import newsdoc

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for data in texts + pages[:20]:
            try:
                article = newsdoc.parse(data)
            except newsdoc.NewsdocError:
                continue
            yield newsdoc.to_json(article).encode("utf-8")
    for path in sorted((ROOT / "tests" / "data").glob("*.json")):
        yield path.read_bytes()


def _write(entry: str, seeds: list[bytes]) -> int:
    folder = CORPUS / entry
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for seed in seeds:
        seed = seed[:MAX_SEED]
        path = folder / hashlib.sha1(seed).hexdigest()
        if not path.exists():
            path.write_bytes(seed)
            written += 1
    return written


def main() -> None:
    if not SHARED.exists():
        print("../shared is not there: seeding from the repository's own data only")
    pages = list(_pages())
    texts = list(_texts()) + list(_markdown(pages))
    documents = list(_documents(texts, pages))
    corpora = {
        "parse_html": pages,
        "parse_text": texts,
        "parse": pages[::4] + texts + documents[::2],
        "from_json": documents,
    }
    for entry, seeds in corpora.items():
        added = _write(entry, seeds)
        print(f"fuzz/corpus/{entry}: {len(seeds)} seeds ({added} new)")


if __name__ == "__main__":
    main()

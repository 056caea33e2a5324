"""Score newsdoc's HTML metadata on ../shared/corpus/postlight: title, authors, date.

Run alone (``python benchmarks/metadata_eval.py [--failures] [--only FIELD]``):
it builds each page's tree as ``parse_html`` does and runs only
``extract_metadata``, so it takes seconds.  How a field counts as right: ``scoring.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import (
    score_authors,
    score_authors_exact,
    score_date,
    score_date_strict,
    score_title,
)

from newsdoc.readers.html.metadata import PageMetadata, extract_metadata
from newsdoc.readers.html.tree import load_tree

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "postlight"
FIELDS = ("title", "authors", "authors-exact", "date", "date-strict")


def author_answer(meta: PageMetadata) -> list[str] | str | None:
    """The names to score: the byline's people, else its text (an organisation)."""
    if meta.byline is None:
        return None
    if meta.byline.authors:
        return [person.name for person in meta.byline.authors]
    return meta.byline.text


def evaluate(corpus: Path = CORPUS) -> tuple[dict[str, list[bool]], list[str], float]:
    """Per-field results, the failure lines, and the seconds spent in extract_metadata."""
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    results: dict[str, list[bool]] = {field: [] for field in FIELDS}
    failures: list[str] = []
    spent = 0.0
    for name, truth in sorted(expected.items()):
        data = gzip.decompress((corpus / "html" / f"{name}.gz").read_bytes())
        root = load_tree(data)  # the tree parse_html reads: same decoding, same parser
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            meta = extract_metadata(root, url=truth.get("url"))
        spent += time.perf_counter() - start
        checks = []
        if truth.get("title"):
            checks.append(("title", truth["title"], meta.headline, score_title))
        if truth.get("author"):
            answer = author_answer(meta)
            checks.append(("authors", truth["author"], answer, score_authors))
            checks.append(("authors-exact", truth["author"], answer, score_authors_exact))
        if truth.get("date_published"):
            checks.append(("date", truth["date_published"], meta.published, score_date))
            checks.append(
                ("date-strict", truth["date_published"], meta.published, score_date_strict)
            )
        for field, want, got, scorer in checks:
            ok = scorer(want, got)  # type: ignore[operator]
            results[field].append(ok)
            if not ok:
                failures.append(f"{field:8} {name:42} want {want!r:.70}  got {got!r:.90}")
    return results, failures, spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every failure")
    parser.add_argument("--only", choices=FIELDS, help="list failures of one field only")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} is not available")
    results, failures, spent = evaluate()
    if args.failures or args.only:
        for line in failures:
            if args.only is None or line.startswith(args.only):
                print(line)
        print()
    print("| field | pages | right | score |")
    print("| --- | ---: | ---: | ---: |")
    for field, oks in results.items():
        print(f"| {field} | {len(oks)} | {sum(oks)} | {sum(oks) / max(1, len(oks)):.3f} |")
    print(f"\nextract_metadata: {spent * 1000 / 164:.2f} ms per page")


if __name__ == "__main__":
    main()

"""How often language detection is right, on the shared corpora's article bodies.

Run from the repository root: ``python benchmarks/language_eval.py``.  Each body
is the page read by ``newsdoc.parse(..., analyze=False)`` (paragraph texts),
and only bodies of ``--min-words`` words or more count (50 by default: the
target is 98% there).  The expected language comes from:

- ``../shared/fixtures/quotes/dev-gold.json``: ``lang``, set by reading the text;
- ``../shared/corpus/readability``: ``expected-metadata.json.gz``'s ``lang``
  (the page's declared tag: a few are wrong, listed so they can be checked);
- ``../shared/corpus/aeb``: ``--aeb`` counts its pages as English unless the
  page declares another language (a few Portuguese, Russian, Korean, Italian).

A detection is right when it names the expected primary subtag; for a language
that has no word lists and no script of its own (Czech, Latin), the right answer
is ``None`` (unsure: the declared tag is kept).

Pages whose declared tag is wrong, found by reading them, count in the language
they are written in (``_READ``): the three Readability test pages of "Lorem ipsum"
filler declared ``en`` are Latin (``la``, no word lists: expected ``None``); in
aeb, two pages declared ``en`` are German, two declared ``de`` are English, and two
with no tag (counted as English) are Portuguese.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
import warnings
from collections import Counter
from pathlib import Path

import newsdoc
from newsdoc.analysis import detect_language, supported_languages
from newsdoc.analysis.language import _SCRIPTS, primary_subtag

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# languages told by their script alone (Cyrillic is told by the word lists)
_SCRIPT_LANGUAGES = frozenset(name for name, _ in _SCRIPTS) - {"cyrillic"}
_AEB = "corpus/aeb/html/"
# the language of pages whose declared tag is wrong, by reading them (see above)
_READ = {
    "corpus/readability/pages/data-url-image/source.html.gz": "la",
    "corpus/readability/pages/hidden-nodes/source.html.gz": "la",
    "corpus/readability/pages/missing-paragraphs/source.html.gz": "la",
    # Digitalisierung im Gesundheitswesen; DMEXCO 2018 in Köln
    _AEB + "57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2.html.gz": "de",
    _AEB + "ba07d1e64775f4090e39116c382111f5a2cfe9528dd179673f4e9bfcea370c15.html.gz": "de",
    # retiring early; the morning's tech news
    _AEB + "f81c6c05d9cbc93316992fa23ef74ec405194e292611f2e94f6a814868903665.html.gz": "en",
    _AEB + "fde930b01859de8311c6a14f8aa8c72be0659b551367803deb6736cf3526cf2e.html.gz": "en",
    # NASCAR standings; the Stock Car calendar
    _AEB + "11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32.html.gz": "pt",
    _AEB + "cc03ddb5ef7d5f1fdb8a87f5e6dfd058a2a70acedf2551655a898dc5c18eb79e.html.gz": "pt",
}


def _cases(aeb: bool) -> list[tuple[str, str, bytes]]:
    """(name, expected primary subtag, page bytes)."""
    cases: list[tuple[str, str, bytes]] = []
    seen: set[str] = set()
    gold = json.loads((SHARED / "fixtures" / "quotes" / "dev-gold.json").read_text("utf-8"))
    for entry in gold["articles"]:
        seen.add(entry["file"])
        cases.append(
            (entry["file"], entry["lang"], gzip.decompress((SHARED / entry["file"]).read_bytes()))
        )
    for meta in sorted(
        (SHARED / "corpus" / "readability" / "pages").glob("*/expected-metadata.json.gz")
    ):
        source = meta.parent / "source.html.gz"
        name = str(source.relative_to(SHARED))
        lang = json.loads(gzip.decompress(meta.read_bytes())).get("lang")
        if name in seen or not lang:
            continue
        cases.append((name, primary_subtag(lang), gzip.decompress(source.read_bytes())))
    if aeb:
        for path in sorted((SHARED / "corpus" / "aeb" / "html").glob("*.html.gz")):
            name = str(path.relative_to(SHARED))
            if name in seen:
                continue
            data = gzip.decompress(path.read_bytes())
            declared = newsdoc.parse(data, format="html", analyze=False).language
            cases.append((name, primary_subtag(declared) if declared else "en", data))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--min-words", type=int, default=50)
    parser.add_argument("--aeb", action="store_true", help="also the aeb pages (see above)")
    args = parser.parse_args()
    warnings.simplefilter("ignore", newsdoc.NewsdocWarning)
    supported = set(supported_languages()) | _SCRIPT_LANGUAGES
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong = []
    seconds = 0.0
    for name, expected, data in _cases(args.aeb):
        article = newsdoc.parse(data, format="html", analyze=False)
        text = "\n".join(p.text for p in article.paragraphs)
        if len(text.split()) < args.min_words:
            continue
        expected = _READ.get(name, expected)
        start = time.process_time()
        found = detect_language(text)
        seconds += time.process_time() - start
        want = expected if expected in supported else None
        total[expected] += 1
        if found == want:
            right[expected] += 1
        else:
            wrong.append(f"{name}: expected {expected}, detected {found}")
    print("| lang | bodies | right |")
    print("|---|---|---|")
    for lang in sorted(total, key=lambda x: -total[x]):
        print(f"| {lang} | {total[lang]} | {right[lang]} |")
    n, r = sum(total.values()), sum(right.values())
    print(f"\n{r} of {n} right ({r / n:.1%}); {seconds * 1000 / n:.2f} ms per body (CPU)")
    for line in wrong:
        print(line)


if __name__ == "__main__":
    main()

"""Quotations, speakers and people scored against the hand-made gold, per language.

Run from the repository root: ``python benchmarks/quotes_eval.py``.  Needs
``../shared/fixtures/quotes/dev-gold.json`` and the corpora it names.  Every
article is read the way a user reads it, ``newsdoc.parse(path)`` (page,
language detection and analysis), and its quotes and people are compared with
the gold, following the gold's README:

- texts are compared after collapsing whitespace (no-break spaces included),
  removing quotation marks and apostrophes, trimming outer spaces and
  punctuation, and case folding;
- a prediction matches a gold quote (one-to-one, within the article) when one
  text contains the other, or when their places in the article's text overlap
  by at least half of the shorter one (reported speech in pieces around its
  attribution, "The museum, Roe said, would open", is placed by its longest piece);
- a prediction that matches an ``ambiguous`` entry is neither credited nor a
  false positive; one that matches a ``not_quotes`` entry is a false positive
  (and counted in its own column);
- a speaker is right when the predicted name (the person's name, else the words
  naming the speaker) equals the gold speaker case-insensitively or is
  contained in it as whole words (a surname alone).

Columns: direct and partial quotations (``d+p``) precision, recall, F1; the
share of matched direct and partial quotations with a named gold speaker whose
speaker is right (``spk``); indirect speech precision and recall; people
recall and precision (a person matches when one name holds the other's words,
as "Ricking" in "Marianne Ricking"); not-quotes returned; and the analysis
speed in MB of paragraph text (UTF-8) per second of ``newsdoc.analyze``,
best of ``--runs`` (CPU time: the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import newsdoc
from newsdoc import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "fixtures" / "quotes" / "dev-gold.json"

# quotation marks, and the invisible characters the readers remove (the gold's texts were
# copied from the pages with their soft hyphens: "US \u00adforces")
_MARKS = str.maketrans(dict.fromkeys("\"“”„‟«»‹›'‘’‚`´\u00ad\u200b\u2060\ufeff", ""))
_EDGE = " \t\n.,;:!?…—–-()[]"
# definite articles a predicted speaker may open with where the gold has none
_ARTICLES = frozenset(("the", "el", "la", "los", "las", "le", "les", "der", "die", "das", "il"))


def normalize(text: str) -> str:
    """A text as compared: marks removed, whitespace collapsed, ends trimmed, case folded."""
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    return " ".join(text.split()).strip(_EDGE).casefold()


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _contains_words(outer: str, inner: str) -> bool:
    """Whether the words of ``inner`` occur in ``outer`` as a run of whole words."""
    a, b = _words(outer), _words(inner)
    if not b:
        return False
    return any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))


@dataclass
class _Text:
    """The article's text, normalised, to place quotations in it."""

    body: str

    def place(self, text: str) -> tuple[int, int] | None:
        if not text:
            return None
        at = self.body.find(text)
        return None if at < 0 else (at, at + len(text))


def _matches(pred: str, gold: str, where: _Text) -> bool:
    if not pred or not gold:
        return False
    if pred in gold or gold in pred:
        return True
    a, b = where.place(pred), where.place(gold)
    if a is None or b is None:
        return False
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and overlap >= min(a[1] - a[0], b[1] - b[0]) / 2


def speaker_right(pred: str | None, gold: str | None) -> bool:
    """The predicted speaker is the gold one, or a part of its name (a surname alone)."""
    if not pred or not gold:
        return False
    if normalize(pred) == normalize(gold) or _contains_words(gold, pred):
        return True
    # "The Arab League" for "Arab League": a leading article is no part of the name
    first, _, rest = normalize(pred).partition(" ")
    return first in _ARTICLES and bool(rest) and (rest == normalize(gold))


def _predicted_speaker(quote: newsdoc.Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else quote.speaker_text


@dataclass
class Tally:
    """Counts for one language."""

    articles: int = 0
    dp_gold: int = 0
    dp_pred: int = 0
    dp_hit: int = 0
    spk_total: int = 0  # matched d+p whose gold speaker is named
    spk_right: int = 0
    ind_gold: int = 0
    ind_pred: int = 0
    ind_hit: int = 0
    people_gold: int = 0
    people_found: int = 0
    people_pred: int = 0
    people_right: int = 0
    not_quotes: int = 0
    text_bytes: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)


def _match(
    preds: list[newsdoc.Quote],
    gold: list[dict[str, Any]],
    ambiguous: list[str],
    not_quotes: list[str],
    where: _Text,
    pieces: dict[int, list[str]] | None = None,
) -> tuple[list[tuple[newsdoc.Quote, dict[str, Any]]], list[newsdoc.Quote], int]:
    """One-to-one matches, the false positives, and how many of them are not-quotes.

    ``pieces`` gives the text of each piece of the quotations in several (by ``id``).
    """
    pieces = pieces or {}
    free = list(gold)
    pairs = []
    wrong = []
    not_quote_hits = 0
    for quote in preds:
        text = normalize(quote.text)
        hit = next((g for g in free if _matches(text, normalize(g["text"]), where)), None)
        if hit is None and len(quote.spans) > 1:
            # a quotation in pieces ("The museum, Roe said, would open"): its text joins
            # them, so it is placed in the article by its longest piece
            piece = normalize(max(pieces.get(id(quote), [""]), key=len))
            hit = next((g for g in free if _matches(piece, normalize(g["text"]), where)), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((quote, hit))
            continue
        if any(_matches(text, a, where) for a in ambiguous):
            continue
        if any(_matches(text, n, where) for n in not_quotes):
            not_quote_hits += 1
        wrong.append(quote)
    return pairs, wrong, not_quote_hits


def _unmatched(
    name: str,
    golds: list[dict[str, Any]],
    pairs: list[tuple[newsdoc.Quote, dict[str, Any]]],
    wrong: list[newsdoc.Quote],
    kind: str | None,
) -> list[str]:
    """The gold quotations nobody found and the quotations found that no gold has, as lines.

    ``kind`` names both sides ("indirect"); ``None`` names each by its own kind.
    """
    matched = {id(g) for _, g in pairs}
    lines = [
        f"{name}: missed {kind or gold['kind']} {gold['text'][:70]!r}"
        for gold in golds
        if id(gold) not in matched
    ]
    lines += [f"{name}: extra {kind or quote.kind.value} {quote.text[:70]!r}" for quote in wrong]
    return lines


def score_article(entry: dict[str, Any], article: Article, tally: Tally) -> None:
    """Add one article's counts to ``tally``."""
    where = _Text(normalize(" ".join(p.text for p in article.paragraphs)))
    ambiguous = [normalize(a["text"]) for a in entry.get("ambiguous", [])]
    not_quotes = [normalize(n["text"]) for n in entry.get("not_quotes", [])]
    direct = ("direct", "partial")
    gold_dp = [q for q in entry["quotes"] if q["kind"] in direct]
    gold_ind = [q for q in entry["quotes"] if q["kind"] == "indirect"]
    pred_dp = [q for q in article.quotes if q.kind.value in direct]
    pred_ind = [q for q in article.quotes if q.kind.value == "indirect"]
    pairs, wrong, nq = _match(pred_dp, gold_dp, ambiguous, not_quotes, where)
    tally.dp_gold += len(gold_dp)
    tally.dp_pred += len(pairs) + len(wrong)
    tally.dp_hit += len(pairs)
    tally.not_quotes += nq
    name = entry["file"].split("/")[-1]
    for quote, gold in pairs:
        if gold.get("speaker"):
            tally.spk_total += 1
            if speaker_right(_predicted_speaker(quote), gold["speaker"]):
                tally.spk_right += 1
            else:
                tally.misses.append(
                    f"{name}: speaker {_predicted_speaker(quote)!r} for {gold['speaker']!r}"
                    f" ({gold['text'][:50]!r})"
                )
    tally.misses += _unmatched(name, gold_dp, pairs, wrong, None)
    texts = [p.text for p in article.paragraphs]
    pieces = {
        id(q): [texts[s.paragraph][s.start : s.end] for s in q.spans]
        for q in pred_ind
        if len(q.spans) > 1
    }
    ipairs, iwrong, nq = _match(pred_ind, gold_ind, ambiguous, not_quotes, where, pieces)
    tally.ind_gold += len(gold_ind)
    tally.ind_pred += len(ipairs) + len(iwrong)
    tally.ind_hit += len(ipairs)
    tally.misses += _unmatched(name, gold_ind, ipairs, iwrong, "indirect")
    gold_people = [p["name"] for p in entry.get("people", [])]
    found = [p.name for p in article.people]
    tally.people_gold += len(gold_people)
    tally.people_pred += len(found)
    tally.people_found += sum(
        any(_contains_words(f, g) or _contains_words(g, f) for f in found) for g in gold_people
    )
    tally.people_right += sum(
        any(_contains_words(f, g) or _contains_words(g, f) for g in gold_people) for f in found
    )
    for f in found:
        if not any(_contains_words(f, g) or _contains_words(g, f) for g in gold_people):
            tally.misses.append(f"{name}: not a gold person {f!r}")


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None or p + r == 0:
        return None if p is None or r is None else 0.0
    return 2 * p * r / (p + r)


def figures(tally: Tally) -> dict[str, Any]:
    """The scores of one language as a dict (the table's columns)."""
    p = _ratio(tally.dp_hit, tally.dp_pred)
    r = _ratio(tally.dp_hit, tally.dp_gold)
    return {
        "articles": tally.articles,
        "dp_gold": tally.dp_gold,
        "dp_p": p,
        "dp_r": r,
        "dp_f1": _f1(p or 0.0, r) if tally.dp_gold else None,
        "speaker": _ratio(tally.spk_right, tally.spk_total),
        "ind_gold": tally.ind_gold,
        "ind_p": _ratio(tally.ind_hit, tally.ind_pred),
        "ind_r": _ratio(tally.ind_hit, tally.ind_gold),
        "people_r": _ratio(tally.people_found, tally.people_gold),
        "people_p": _ratio(tally.people_right, tally.people_pred),
        "not_quotes": tally.not_quotes,
        "mb_s": tally.text_bytes / 1e6 / tally.seconds if tally.seconds else None,
    }


def _cell(value: float | int | None, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


def table(results: dict[str, dict[str, Any]]) -> str:
    """A Markdown table of :func:`figures` per language."""
    head = (
        "| lang | art | d+p gold | d+p P | d+p R | d+p F1 | speaker | ind gold | ind P | ind R "
        "| people R | people P | not-quotes | MB/s |"
    )
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for lang, f in results.items():
        lines.append(
            f"| {lang} | {f['articles']} | {f['dp_gold']} | {_cell(f['dp_p'])} | "
            f"{_cell(f['dp_r'])} | {_cell(f['dp_f1'])} | {_cell(f['speaker'])} | "
            f"{f['ind_gold']} | {_cell(f['ind_p'])} | {_cell(f['ind_r'])} | "
            f"{_cell(f['people_r'])} | {_cell(f['people_p'])} | {f['not_quotes']} | "
            f"{_cell(f['mb_s'], 1)} |"
        )
    return "\n".join(lines)


def _time_analysis(article: Article, runs: int, repeat: int) -> float:
    """CPU seconds of ``analyze`` on ``article``, ``repeat`` times, best of ``runs``."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        for _ in range(repeat):
            newsdoc.analyze(article)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--runs", type=int, default=3, help="speed: best of N runs")
    parser.add_argument("--repeat", type=int, default=5, help="speed: analyses per run")
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    parser.add_argument("--lang", action="append", help="only these languages")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not args.gold.exists():
        raise SystemExit(f"{args.gold} is not available")
    warnings.simplefilter("ignore", newsdoc.NewsdocWarning)
    gold = json.loads(args.gold.read_text("utf-8"))
    tallies: dict[str, Tally] = defaultdict(Tally)
    for entry in gold["articles"]:
        lang = entry["lang"]
        if args.lang and lang not in args.lang:
            continue
        path = SHARED / entry["file"]
        article = newsdoc.parse(path)
        tally = tallies[lang]
        tally.articles += 1
        score_article(entry, article, tally)
        bare = newsdoc.parse(path, analyze=False)
        tally.text_bytes += args.repeat * sum(len(p.text.encode()) for p in bare.paragraphs)
        tally.seconds += _time_analysis(bare, args.runs, args.repeat)
    order = sorted(tallies, key=lambda lang: (lang != "en", -tallies[lang].dp_gold))
    results = {lang: figures(tallies[lang]) for lang in order}
    print(table(results))
    if args.misses:
        for lang in order:
            print(f"\n## {lang}")
            print("\n".join(tallies[lang].misses))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()

"""The Article Extraction Benchmark's body-text metric, exactly as ../shared/README.md states it.

Both texts are split into ``\\w+`` tokens; the multisets of 4-token shingles are
compared; per page, tp, fp and fn are normalised by their sum.  Precision and
recall are averaged over the pages, leaving out of each mean the pages whose
formula would divide by zero (no prediction for precision, no truth for
recall), and F1 is computed from the two means.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

__all__ = ["page_counts", "page_scores", "score_pages", "shingles"]

_TOKEN = re.compile(r"\w+")
_SIZE = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of ``text`` (shorter texts give one shingle)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return Counter()
    if len(tokens) < _SIZE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + _SIZE]) for i in range(len(tokens) - _SIZE + 1))


def page_counts(predicted: str, truth: str) -> tuple[float, float, float]:
    """tp, fp and fn for one page, normalised by their sum (all 0 when both are empty)."""
    pred = shingles(predicted)
    true = shingles(truth)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def page_scores(predicted: str, truth: str) -> tuple[float | None, float | None]:
    """Precision and recall of one page, ``None`` where the formula would divide by zero."""
    tp, fp, fn = page_counts(predicted, truth)
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def score_pages(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """F1, precision and recall over ``(predicted, truth)`` pairs."""
    precisions: list[float] = []
    recalls: list[float] = []
    for predicted, truth in pairs:
        page_precision, page_recall = page_scores(predicted, truth)
        if page_precision is not None:
            precisions.append(page_precision)
        if page_recall is not None:
            recalls.append(page_recall)
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall

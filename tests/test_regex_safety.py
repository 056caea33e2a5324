"""Every regular expression in newsdoc runs in bounded time on adversarial strings.

A safety net against catastrophic (exponential) and quadratic backtracking:
scraped pages are hostile input, and one bad pattern on a 1 MB paragraph of
spaces hangs a worker.  The audit collects every pattern the package holds:

- compiled ``re.Pattern`` objects at module level, in classes, and in
  module-level tuples, lists, sets and dicts (rules kept as data), and
- every ``re.<function>("literal", ...)`` call in the source (patterns built
  inside functions from literals), found by walking the AST.

Each one is applied the way the code applies it: with ``match``/``fullmatch``
when every call on its name is anchored, otherwise with ``search`` (the
harshest use: every start position; ``split``, ``sub``, ``finditer`` cost the
same).  The strings: 100,000-character runs of a character of every Unicode
category the pattern mentions (and of spaces, letters, digits, quotes,
punctuation), ended by a character that makes the match fail, and runs of
alternating pairs.  One call must finish within a generous bound; it is a
safety net, not a speed target.  Patterns compiled at run time from
non-literal strings are covered when a cached builder without arguments makes
them (``dates._foreign_month()``: annotated to return a pattern) or when
:data:`BUILT_AT_RUN_TIME` lists the calls that make them; not covered: other
run-time patterns, and inputs built from the pattern's literal words.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import signal
import time
import unicodedata
from collections.abc import Callable, Iterator
from re import _parser as sre_parse  # type: ignore[attr-defined]
from types import ModuleType
from typing import Any

import attrs
import pytest

import newsdoc
from newsdoc.pipeline import _HTML_START
from newsdoc.readers import bylines, dates

# A hang guard, not a speed measurement (speed lives in benchmarks/): on 100,000 characters
# a linear pattern takes milliseconds (the slowest 0.5 s) and a quadratic one minutes, so
# the bound sits far from both and a busy machine cannot decide the outcome.
BOUND = 10.0  # seconds for one search
ABORT = 12.0  # a catastrophic pattern is stopped here (sre checks signals while matching)
SIZE = 100_000
PAIR_SIZE = 50_000
MAX_PAIR_CHARS = 5

# Characters every pattern is tried on, besides those it mentions.
BASE_CHARS = ' \t\naA1."“-'
# Ends a run so that a match anchored after it fails and the engine backtracks.
FAIL_TAILS = ("\x01",)

# Patterns only ever applied to input of bounded length: (module, pattern) -> (length, why).
# Each is still audited, on strings of that length.  Keep this short and justified.
BOUNDED_INPUT: dict[tuple[str, str], tuple[int, str]] = {
    ("newsdoc.analysis.people", r"\s+([a-z]+)"): (
        30,
        "_followed_by_outlet_noun() matches only the 30 characters after a name",
    ),
}


# Patterns compiled at run time from an argument, each built for every argument the
# package's data gives: module -> a function returning the objects that hold them.
BUILT_AT_RUN_TIME: dict[str, Callable[[], list[Any]]] = {
    # a byline's reading in each language that reads apart (its openers, conjunctions, sources)
    "newsdoc.readers.bylines": lambda: list(map(bylines._reading_in, sorted(bylines._READ_APART))),
}


# --- collecting the patterns ----------------------------------------------------------


IMPORT_ERRORS: dict[str, str] = {}


def _modules() -> Iterator[ModuleType]:
    yield newsdoc
    for info in pkgutil.walk_packages(newsdoc.__path__, "newsdoc.", onerror=_record_error):
        try:
            yield importlib.import_module(info.name)
        except Exception as error:  # a module that cannot be audited fails its own test
            IMPORT_ERRORS[info.name] = f"{type(error).__name__}: {error}"


def _record_error(name: str) -> None:
    IMPORT_ERRORS[name] = "cannot be imported"


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[Any]]:
    if isinstance(value, re.Pattern):
        yield value
    elif depth < 3 and isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in (*value.keys(), *value.values()):
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and attrs.has(type(value)):
        for item in attrs.astuple(value, recurse=False):
            yield from _patterns_in(item, depth + 1)


def _objects(module: ModuleType) -> Iterator[re.Pattern[Any]]:
    for value in vars(module).values():
        yield from _patterns_in(value)
        if inspect.isclass(value) and value.__module__ == module.__name__:
            for member in vars(value).values():
                yield from _patterns_in(member)


def _built(module: ModuleType) -> Iterator[re.Pattern[Any]]:
    """The patterns ``module`` compiles at run time: its cached builders without arguments
    (``@functools.cache def _foreign_month() -> re.Pattern[str]``), and
    :data:`BUILT_AT_RUN_TIME`'s."""
    for value in vars(module).values():
        if (
            inspect.isfunction(getattr(value, "__wrapped__", None))
            and hasattr(value, "cache_info")
            and value.__module__ == module.__name__
            and "Pattern" in str(inspect.signature(value).return_annotation)
            and not inspect.signature(value).parameters
        ):
            yield from _patterns_in(value())
    for built in BUILT_AT_RUN_TIME.get(module.__name__, list)():
        yield from _patterns_in(built)


_RE_FUNCTIONS = frozenset(
    {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}
)


def _flags(node: ast.expr | None) -> int | None:
    """The value of a flags argument made of ``re.X`` names and ``|``; None if not literal."""
    if node is None:
        return 0
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        flag = getattr(re, node.attr, None)
        return int(flag) if isinstance(flag, re.RegexFlag) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _flags(node.left), _flags(node.right)
        return None if left is None or right is None else left | right
    return None


def _literal_calls(module: ModuleType) -> Iterator[tuple[re.Pattern[Any], str]]:
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and (
                (node.func.value.id == "re" and node.func.attr in _RE_FUNCTIONS)
                # newsdoc.patterns.compile: re.compile, cached
                or (node.func.value.id == "patterns" and node.func.attr == "compile")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, (str, bytes))
        ):
            continue
        flag_node = next((k.value for k in node.keywords if k.arg == "flags"), None)
        if flag_node is None:
            position = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2,
                        "finditer": 2, "split": 3, "sub": 4, "subn": 4}[node.func.attr]  # fmt: skip
            flag_node = node.args[position] if len(node.args) > position else None
        flags = _flags(flag_node)
        if flags is not None:
            yield re.compile(node.args[0].value, flags), node.func.attr


def _sources() -> dict[str, ast.Module]:
    trees = {}
    for module in _modules():
        try:
            trees[module.__name__] = ast.parse(inspect.getsource(module))
        except (OSError, TypeError):
            continue
    return trees


_ANCHORED = frozenset({"match", "fullmatch"})


def _uses(trees: dict[str, ast.Module]) -> dict[tuple[str, str], set[str]]:
    """For every (module, name), the methods called on it: ``_RULE.match(...)`` -> {"match"}.

    A ``match`` with a start position (``_RULE.match(text, i)``) counts as
    ``search``: a loop over positions has search's cost.  A name imported from
    another module (``from .x import _RULE as R``) also counts its uses there.
    """
    uses: dict[tuple[str, str], set[str]] = {}
    for module, tree in trees.items():
        imported: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    imported[alias.asname or alias.name] = alias.name
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", None)
            if name is None:
                continue
            method = node.func.attr
            if method in _ANCHORED and len(node.args) + len(node.keywords) > 1:
                method = "search"
            uses.setdefault((module, name), set()).add(method)
            if name in imported:
                uses.setdefault(("*", imported[name]), set()).add(method)
    return uses


def _names(module: ModuleType) -> dict[int, set[str]]:
    """id(pattern) -> the names it is bound to in the module and its classes."""
    names: dict[int, set[str]] = {}
    for name, value in vars(module).items():
        if isinstance(value, re.Pattern):
            names.setdefault(id(value), set()).add(name)
        elif inspect.isclass(value) and value.__module__ == module.__name__:
            for attr, member in vars(value).items():
                if isinstance(member, re.Pattern):
                    names.setdefault(id(member), set()).add(attr)
    return names


def _key(pattern: re.Pattern[Any]) -> tuple[str, str, int]:
    return (type(pattern.pattern).__name__, repr(pattern.pattern), pattern.flags)


def collect() -> dict[tuple[str, str, int], tuple[str, re.Pattern[Any], frozenset[str]]]:
    """Every pattern in the package, with the module that holds it and how it is applied.

    The methods are ``{"match"}`` / ``{"fullmatch"}`` when every call on the
    pattern's names is anchored; otherwise ``{"search"}``, the harshest.
    """
    trees = _sources()
    uses = _uses(trees)
    found: dict[tuple[str, str, int], tuple[str, re.Pattern[Any], frozenset[str]]] = {}

    def add(module: str, pattern: re.Pattern[Any], methods: set[str]) -> None:
        applied = frozenset(methods) if methods and methods <= _ANCHORED else frozenset({"search"})
        key = _key(pattern)
        if key in found:  # the same pattern in two places: audit it the harshest way
            module0, pattern0, applied0 = found[key]
            applied = frozenset({"search"}) if applied != applied0 else applied
            found[key] = (module0, pattern0, applied)
        else:
            found[key] = (module, pattern, applied)

    for module in _modules():
        names = _names(module)
        for pattern in _objects(module):
            methods: set[str] = set()
            for name in names.get(id(pattern), ()):
                methods |= uses.get((module.__name__, name), set()) | uses.get(("*", name), set())
            add(module.__name__, pattern, methods if id(pattern) in names else set())
        for pattern, function in _literal_calls(module):
            if function == "compile" and _key(pattern) in found:
                continue  # the module-level object above, whose uses are known
            add(module.__name__, pattern, {function})
        for pattern in _built(module):
            if _key(pattern) not in found:  # (a shared one, "_BY" in a reading, is known)
                add(module.__name__, pattern, set())  # (applied as search: the harshest)
    return found


PATTERNS = collect()


# --- adversarial strings ---------------------------------------------------------------

_CATEGORY_CHARS = {
    "CATEGORY_DIGIT": "7",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_SPACE": " \n",
    "CATEGORY_NOT_SPACE": "a",
    "CATEGORY_WORD": "aZ_",
    "CATEGORY_NOT_WORD": " .",
    "CATEGORY_LINEBREAK": "\n",
    "CATEGORY_NOT_LINEBREAK": "a",
}


def _mentioned(parsed: Any, out: set[str]) -> None:
    """Add to ``out`` characters from every literal, class and range in a parsed pattern."""
    for op, value in parsed:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            out.add(chr(value))
        elif name == "RANGE":
            low, high = value
            out.update({chr(low), chr(high), chr((low + high) // 2)})
        elif name == "CATEGORY":
            out.update(_CATEGORY_CHARS.get(str(value), ""))
        elif name == "IN":
            _mentioned(value, out)
        elif name == "BRANCH":
            for branch in value[1]:
                _mentioned(branch, out)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP"):
            _mentioned(value[-1], out)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _mentioned(value[2], out)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _mentioned(value[1], out)
        elif name == "GROUPREF_EXISTS":
            for branch in value[1:]:
                if branch is not None:
                    _mentioned(branch, out)


def _representatives(chars: set[str], per_category: int = 1) -> list[str]:
    """A few characters of each Unicode category: a run of one letter backtracks like another."""
    kept: dict[str, list[str]] = {}
    for char in sorted(chars):
        group = kept.setdefault(unicodedata.category(char), [])
        if len(group) < per_category:
            group.append(char)
    return sorted(c for group in kept.values() for c in group)


def adversarial(pattern: re.Pattern[Any], size: int = SIZE) -> Iterator[tuple[str, str]]:
    """(description, string) pairs built to make ``pattern`` backtrack."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode()
    chars: set[str] = set()
    _mentioned(sre_parse.parse(source, pattern.flags & ~re.ASCII & ~re.LOCALE), chars)
    if pattern.flags & re.IGNORECASE:
        chars |= {c.swapcase() for c in chars if len(c.swapcase()) == 1}
    own = _representatives({c for c in chars if c.isprintable() or c in "\n\t"})
    for char in _representatives(set(own) | set(BASE_CHARS)):
        for tail in FAIL_TAILS:
            yield f"{char!r} * {size:,} + {tail!r}", char * size + tail
    picked = (own + [c for c in "a ." if c not in own])[:MAX_PAIR_CHARS]
    half = min(size, PAIR_SIZE) // 2
    for i, first in enumerate(picked):
        for second in picked[i + 1 :]:
            yield f"{first + second!r} * {half:,} + '\\x01'", (first + second) * half + "\x01"
    yield "letters and spaces", "word " * (size // 5) + "\x01"
    yield "quoted words", '"word" ' * (size // 7)


class _Aborted(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Aborted


def timed_search(
    pattern: re.Pattern[Any], text: str | bytes, method: str = "search", abort: float = ABORT
) -> float:
    """Seconds one ``pattern.<method>(text)`` takes; ``inf`` if it was aborted."""
    can_abort = hasattr(signal, "setitimer")
    if can_abort:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, abort)
    start = time.perf_counter()
    try:
        getattr(pattern, method)(text)
        return time.perf_counter() - start
    except _Aborted:
        return float("inf")
    finally:
        if can_abort:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


# --- the tests ---------------------------------------------------------------------------


def test_every_module_can_be_audited() -> None:
    assert not IMPORT_ERRORS, IMPORT_ERRORS


def test_the_audit_finds_the_patterns() -> None:
    modules = {module for module, _, _ in PATTERNS.values()}
    assert len(PATTERNS) >= 3 and "newsdoc.pipeline" in modules, sorted(modules)
    # _HTML_START is only ever applied with .match(): audited the way it is used
    anchored = [m for _, p, m in PATTERNS.values() if p.pattern == _HTML_START.pattern]
    assert anchored == [frozenset({"match"})]
    # and those built at run time: by a cached builder, and per language
    built = {p.pattern for _, p, _ in PATTERNS.values()}
    assert dates._year_month_day().pattern in built
    source = bylines._reading_in("vi").source
    assert source is not None and source.pattern in built


def test_the_audit_catches_a_catastrophic_pattern() -> None:
    """The harness itself: known-bad patterns are flagged, a linear one is not.

    The bad ones take minutes to years, so a short abort proves the point quickly.
    """
    nested = re.compile(r"(\w+\s?)+$")  # exponential
    assert any(timed_search(nested, s, abort=0.3) > 0.2 for _, s in adversarial(nested, 1_000))
    trailing = re.compile(r"\s+$")  # quadratic under search(): every start scans to the end
    assert any(timed_search(trailing, s, abort=0.3) > 0.2 for _, s in adversarial(trailing))
    assert timed_search(trailing, " " * SIZE + "\x01", "match") < BOUND  # linear anchored
    linear = re.compile(r"\b[A-Z][a-z]+\b")
    assert all(timed_search(linear, s) < BOUND for _, s in adversarial(linear))


def _describe(key: tuple[str, str, int]) -> str:
    module, _, methods = PATTERNS[key]
    return f"{module}:{'/'.join(sorted(methods))}:{key[1][:50]}"


@pytest.mark.parametrize("key", sorted(PATTERNS), ids=[_describe(k) for k in sorted(PATTERNS)])
def test_pattern_runs_in_bounded_time(key: tuple[str, str, int]) -> None:
    module, pattern, methods = PATTERNS[key]
    size, _why = BOUNDED_INPUT.get((module, str(pattern.pattern)), (SIZE, ""))
    slow = []
    for description, text in adversarial(pattern, size):
        subject: str | bytes = text
        if isinstance(pattern.pattern, bytes):
            subject = text.encode("utf-8")
        for method in sorted(methods):
            seconds = timed_search(pattern, subject, method)
            if seconds > BOUND:
                took = "aborted" if seconds == float("inf") else f"{seconds:.2f} s"
                slow.append(f"{method}() on {description}: {took}")
        if slow:
            break
    assert not slow, f"{module}: {pattern.pattern!r} backtracks:\n  " + "\n  ".join(slow)

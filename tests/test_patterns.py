"""newsdoc.patterns: re.compile, with the compiled patterns cached between runs."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdoc import patterns

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGE = next(iter(sorted((SHARED / "corpus" / "aeb" / "html").glob("*.html.gz"))), None)


@pytest.fixture
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache of this process's patterns, kept in ``tmp_path``."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(patterns, "_cache_path", lambda: str(path))
    monkeypatch.setattr(patterns, "_cache", None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield path
    monkeypatch.setattr(patterns, "_cache", None)


SAMPLES = [
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"\b(?:said|told|according to)\b", re.IGNORECASE),
    (r"^\s*by\s+(\w+)$", re.IGNORECASE | re.MULTILINE),
    (r"[ÀÁÂÃÄÅÆÇÈÉA-Z][a-zà-ÿ]+(?:[ -][A-Z]\w+)*", 0),
    (r"(?x) a  b # a comment", 0),
    (r"(?i)(?<=\d)(?:st|nd|rd|th)\b", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_cached_pattern_is_the_pattern_re_compiles(
    cache_file: Path, pattern: str, flags: int
) -> None:
    fresh = patterns.compile(pattern, flags)
    patterns.save()
    assert cache_file.exists()
    patterns._cache = None  # as a new process: read from the file
    cached = patterns.compile(pattern, flags)
    assert patterns._cache is not None and (pattern, int(flags)) in patterns._cache.used
    expected = re.compile(pattern, flags)
    # == compares the flags, the pattern and the engine's code
    assert fresh == expected and cached == expected
    assert cached.groupindex == expected.groupindex
    assert cached.groups == expected.groups
    assert cached.findall("In 2019-05 he said, BY Ann, said Lee 1st") == expected.findall(
        "In 2019-05 he said, BY Ann, said Lee 1st"
    )


def test_bytes_patterns_are_cached_too(cache_file: Path) -> None:
    patterns.compile(rb"\s*\{\s*\"format\"")
    patterns.save()
    patterns._cache = None
    cached = patterns.compile(rb"\s*\{\s*\"format\"")
    assert cached == re.compile(rb"\s*\{\s*\"format\"")
    assert cached.match(b' {"format"')


def test_a_bad_pattern_raises_as_re_does(cache_file: Path) -> None:
    with pytest.raises(re.error) as ours:
        patterns.compile(r"(unclosed")
    with pytest.raises(re.error) as theirs:
        re.compile(r"(unclosed")
    assert str(ours.value) == str(theirs.value)


def test_a_damaged_entry_is_compiled_anew(cache_file: Path) -> None:
    patterns.compile(r"\d+ words")
    assert patterns._cache is not None
    flags, code, *rest = patterns._cache.entries[(r"\d+ words", 0)]
    patterns._cache.entries[(r"\d+ words", 0)] = (flags, code[:3], *rest)  # type: ignore[assignment]
    assert patterns.compile(r"\d+ words") == re.compile(r"\d+ words")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal at all",
        marshal.dumps(("another Python", {(r"\d", 0): (32, [1, 2, 3], 0, {}, ())})),
        marshal.dumps([1, 2, 3]),
        marshal.dumps((sys.version, [1, 2])),
    ],
    ids=["empty", "garbage", "another version", "not a pair", "not a table"],
)
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(
    cache_file: Path, content: bytes
) -> None:
    cache_file.write_bytes(content)
    assert patterns.compile(r"\d") == re.compile(r"\d")
    patterns.save()
    version, table = marshal.loads(cache_file.read_bytes())
    assert version == sys.version and (r"\d", 0) in table


def test_nothing_is_written_when_bytecode_is_not(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert patterns.compile(r"\w+ly") == re.compile(r"\w+ly")
    patterns.save()
    assert not cache_file.exists()


def test_an_unwritable_place_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    monkeypatch.setattr(patterns, "_cache_path", lambda: str(blocker / "sub" / "cache"))
    monkeypatch.setattr(patterns, "_cache", None)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert patterns.compile(r"x+y") == re.compile(r"x+y")
    patterns.save()  # the folder cannot be made: nothing happens
    assert blocker.read_text() == "in the way"
    assert list(tmp_path.iterdir()) == [blocker]


def test_a_file_grown_too_large_keeps_what_this_process_used(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 5)
    for n in range(8):
        patterns.compile(rf"old{n}")
    patterns.save()
    assert len(marshal.loads(cache_file.read_bytes())[1]) == 8  # written before the limit counts
    patterns._cache = None
    patterns.compile(r"old1")
    patterns.compile(r"new")
    patterns.save()
    _, table = marshal.loads(cache_file.read_bytes())
    assert set(table) == {(r"old1", 0), (r"new", 0)}


def test_the_cache_goes_where_bytecode_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    here = os.path.dirname(os.path.abspath(patterns.__file__))
    monkeypatch.setattr(sys, "pycache_prefix", None)
    path = patterns._cache_path()
    assert path is not None
    assert os.path.dirname(path) == os.path.join(here, "__pycache__")
    assert sys.implementation.cache_tag in os.path.basename(path)
    monkeypatch.setattr(sys, "pycache_prefix", os.path.join(os.sep, "tmp", "prefix"))
    path = patterns._cache_path()
    assert path is not None
    relative = os.path.splitdrive(here)[1].lstrip(os.sep)
    assert os.path.dirname(path) == os.path.join(os.sep, "tmp", "prefix", relative)


def _run(code: str, prefix: Path) -> str:
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(prefix))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# Counts the patterns the process builds itself, then reads and analyses a
# page and checks every pattern newsdoc holds against a fresh re.compile.
_CONVERT = """
import gzip, json, re, sys, warnings
from newsdoc import patterns
built = []
build = patterns._build
patterns._build = lambda pattern, flags: built.append(pattern) or build(pattern, flags)
import newsdoc
warnings.simplefilter("ignore")
article = newsdoc.parse_html(gzip.open(sys.argv[1]).read())
held = [v for name, m in list(sys.modules.items()) if name.startswith("newsdoc")
        for v in vars(m).values() if isinstance(v, re.Pattern)]
held += list(sys.modules["newsdoc.analysis.people"]._REGEXES.values())
same = all(p == re.compile(p.pattern, p.flags) for p in held)
print(json.dumps({"built": len(built), "held": len(held), "same": same,
                  "json": newsdoc.to_json(article)}))
"""


@pytest.mark.skipif(PAGE is None, reason="the aeb corpus is in ../shared")
def test_a_second_process_builds_its_patterns_from_the_cache(tmp_path: Path) -> None:
    code = _CONVERT.replace("sys.argv[1]", repr(str(PAGE)))
    first = json.loads(_run(code, tmp_path))
    assert list(tmp_path.rglob("patterns.*.marshal"))
    second = json.loads(_run(code, tmp_path))
    assert first["built"] > 50  # the first process compiles them all
    assert second["built"] == 1  # the second only the interpreter check's sample
    assert first["held"] == second["held"] > 50
    assert first["same"] and second["same"]
    assert first["json"] == second["json"]


def test_the_name_pattern_is_the_same_in_every_process(tmp_path: Path) -> None:
    # built from a set of words: their order must not follow the hash seed,
    # or each process would miss the cache
    code = (
        "from newsdoc.analysis.lexicon import lexicon_for; "
        "from newsdoc.analysis.people import _name_regex; "
        "print(_name_regex(lexicon_for('en')).pattern)"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
        )
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
    assert len(outputs) == 1

"""Regular expressions, compiled once per installation as bytecode is.

:func:`compile` is :func:`re.compile`, minus most of its cost on the second
and later runs.  Compiling a pattern runs ``re``'s parser and code generator,
both written in Python: newsdoc's patterns (about 110 once a page is read and
analysed) take about 90M instructions, 15% of what ``newsdoc convert`` does
before its first page is written, and the command line pays it on every run.
What they produce, a list of integers for the ``_sre`` engine, depends only on
the pattern, its flags and the interpreter, so it is kept in a file beside
newsdoc's bytecode (in ``__pycache__``, or under ``sys.pycache_prefix``) and
later processes build each pattern straight from it.

The cache follows the rules of bytecode:

- nothing is written when ``sys.dont_write_bytecode`` is set
  (``PYTHONDONTWRITEBYTECODE``), or where newsdoc may not write (an
  installation owned by another user); every run then compiles as usual;
- the file's name carries the interpreter's cache tag and the engine's
  ``MAGIC``, so another Python never reads it;
- a damaged or foreign file is ignored and replaced.

A pattern from the cache is the pattern :func:`re.compile` gives (``==``
compares their engine code).  The first compile of each process checks that
this interpreter builds patterns the way the cache does, and without that the
cache stays off.  New patterns are written when :func:`save` runs: at exit,
or when the command line calls it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from typing import Any, AnyStr

__all__ = ["compile", "save"]

# re's own compiler, as re.compile runs it (re._compiler from Python 3.11,
# sre_compile before): the part written in Python, whose work is cached
_COMPILER: Any = getattr(re, "_compiler", None) or getattr(re, "sre_compile", None)
_PARSER: Any = getattr(_COMPILER, "_parser", None) or getattr(_COMPILER, "sre_parse", None)
_ENGINE: Any = getattr(_COMPILER, "_sre", None)

#: Entries kept when the file has grown past this (patterns of earlier
#: versions, or of many custom lexicons): then only those of this process.
MAX_ENTRIES = 2000

#: What builds a pattern: its flags as the parser leaves them, the engine's
#: code, the number of groups, and the group names both ways.
_Entry = tuple[int, list[int], int, dict[str, int], tuple["str | None", ...]]
_Key = tuple["str | bytes", int]

#: A file written by another interpreter build is not read: a fix to ``re``'s
#: code generator in a bugfix release changes the code, not ``MAGIC``.
_VERSION = sys.version


class _Cache:
    """The patterns of the file, and those this process looked up or compiled."""

    def __init__(self) -> None:
        self.path = _cache_path()
        self.entries: dict[_Key, _Entry] = _read(self.path)
        self.used: set[_Key] = set()
        self.unsaved = False
        # no file to write: no exit handler either
        self.writable = self.path is not None and not sys.dont_write_bytecode


_cache: _Cache | None = None
_enabled: bool | None = None  # None: not checked yet


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """:func:`re.compile`, served from the cache of compiled patterns when it can be."""
    global _cache
    if flags & re.DEBUG or not _is_enabled():
        return re.compile(pattern, flags)
    if _cache is None:
        _cache = _Cache()
    key = (pattern, int(flags))
    entry = _cache.entries.get(key)
    if entry is not None:
        try:
            found: re.Pattern[AnyStr] = _ENGINE.compile(pattern, *entry)
        except Exception:  # a damaged entry: whatever fails, compile anew
            pass
        else:
            _cache.used.add(key)
            return found
    entry = _build(pattern, key[1])
    if _cache.writable:
        if not _cache.unsaved:
            import atexit  # built in: nothing to load

            atexit.unregister(save)  # once, however many times it comes here
            atexit.register(save)
            _cache.unsaved = True
        _cache.entries[key] = entry
        _cache.used.add(key)
    built: re.Pattern[AnyStr] = _ENGINE.compile(pattern, *entry)
    return built


def save() -> None:
    """Write the patterns compiled by this process to the cache, if any are new.

    Runs at exit; the command line, which leaves without running exit
    handlers, calls it itself.  It never fails: the cache is only a speed-up.
    """
    if _cache is None or not _cache.unsaved or _cache.path is None:
        return
    _cache.unsaved = False
    merged = _read(_cache.path)  # with what other processes wrote in the meantime
    merged.update(_cache.entries)
    if len(merged) > MAX_ENTRIES:
        merged = {key: _cache.entries[key] for key in _cache.used}
    temporary = f"{_cache.path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(_cache.path), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(marshal.dumps((_VERSION, merged)))
        os.replace(temporary, _cache.path)  # readers see the old file or the new, whole
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(temporary)


def _build(pattern: str | bytes, flags: int) -> _Entry:
    """What ``re``'s compiler hands the engine for ``pattern`` (raises :class:`re.error`)."""
    tree = _PARSER.parse(pattern, flags)
    state = tree.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    # the opcodes are named int subclasses, which marshal does not write
    code = [int(op) for op in _COMPILER._code(tree, flags)]
    return (flags | state.flags, code, state.groups - 1, dict(state.groupdict), tuple(indexgroup))


def _is_enabled() -> bool:
    """Whether this interpreter builds patterns as :func:`_build` does (then the cache is on)."""
    global _enabled
    if _enabled is not None:
        return _enabled
    sample = r"(?i)(?P<word>\w+)\s+(?:and|or)\s+(?P=word)\b[^\W\d_]*"
    try:
        _enabled = _ENGINE.compile(sample, *_build(sample, 0)) == re.compile(sample)
    except Exception:  # another interpreter: compile as re does
        _enabled = False
    return _enabled


def _cache_path() -> str | None:
    """The cache file, where this interpreter would put newsdoc's bytecode."""
    tag = sys.implementation.cache_tag
    if tag is None:
        return None
    name = f"patterns.{tag}.sre{_ENGINE.MAGIC}.marshal"
    here = os.path.dirname(os.path.abspath(__file__))
    prefix = sys.pycache_prefix
    if prefix:  # as importlib does: the source folder's path, under the prefix
        relative = os.path.splitdrive(here)[1].lstrip(os.sep + (os.altsep or ""))
        return os.path.join(prefix, relative, name)
    return os.path.join(here, "__pycache__", name)


def _read(path: str | None) -> dict[_Key, _Entry]:
    """The cache file's patterns; none if it is missing, damaged or another version's."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as file:
            data = file.read()
        # loads, not load: load reads the file piece by piece, ten times slower
        version, table = marshal.loads(data)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table if version == _VERSION and isinstance(table, dict) else {}

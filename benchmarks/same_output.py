"""Does a change keep newsdoc's output?  Dump every corpus article as JSON, then compare two dumps.

Run once on the tree before a change and once after, then compare:

    PYTHONPATH=/path/to/old/src python benchmarks/same_output.py dump /tmp/before
    python benchmarks/same_output.py dump /tmp/after
    python benchmarks/same_output.py compare /tmp/before /tmp/after

Every page of ``../shared/corpus/{aeb,postlight,readability,news-ml}`` and every
text in ``../shared/fixtures/text`` (and ``examples/``) is read with
``newsdoc.parse`` (analysis on, the page's URL where the corpus gives one) and
written with ``newsdoc.to_json``; the warnings each raised are kept beside it.
``compare`` lists the files whose JSON or warnings differ and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def inputs() -> Iterator[tuple[str, bytes, str | None]]:
    """(name, bytes, url) of every article the comparison covers."""
    aeb = SHARED / "corpus" / "aeb"
    if aeb.is_dir():
        truth = json.loads((aeb / "ground-truth.json").read_text("utf-8"))
        for path in sorted((aeb / "html").glob("*.html.gz")):
            key = path.name.removesuffix(".html.gz")
            yield f"aeb/{key}", gzip.decompress(path.read_bytes()), truth.get(key, {}).get("url")
    postlight = SHARED / "corpus" / "postlight"
    if postlight.is_dir():
        expected = json.loads((postlight / "expected.json").read_text("utf-8"))
        for path in sorted((postlight / "html").glob("*.html.gz")):
            key = path.name.removesuffix(".html.gz")
            url = expected.get(key, {}).get("url")
            yield f"postlight/{key}", gzip.decompress(path.read_bytes()), url
    readability = SHARED / "corpus" / "readability" / "pages"
    if readability.is_dir():
        for folder in sorted(readability.iterdir()):
            source = folder / "source.html.gz"
            if source.is_file():
                yield f"readability/{folder.name}", gzip.decompress(source.read_bytes()), None
    news = SHARED / "corpus" / "news-ml" / "html"
    if news.is_dir():
        for path in sorted(news.glob("*.gz")):
            yield f"news-ml/{path.name}", gzip.decompress(path.read_bytes()), None
    for folder in (SHARED / "fixtures" / "text", ROOT / "examples"):
        for path in sorted(folder.glob("*.txt")):
            yield f"{folder.name}/{path.name}", path.read_bytes(), None


def dump(out: Path) -> int:
    import newsdoc

    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for name, data, url in inputs():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                text = newsdoc.to_json(newsdoc.parse(data, url=url))
            except newsdoc.NewsdocError as error:
                text = f"error: {type(error).__name__}: {error}"
        record = {"output": text, "warnings": sorted({str(w.message) for w in caught})}
        target = out / (hashlib.sha1(name.encode()).hexdigest()[:16] + ".json")
        target.write_text(json.dumps({"name": name, **record}, ensure_ascii=False), "utf-8")
        count += 1
    print(f"{count} articles written to {out}")
    return 0


def compare(before: Path, after: Path) -> int:
    old = {p.name: json.loads(p.read_text("utf-8")) for p in before.glob("*.json")}
    new = {p.name: json.loads(p.read_text("utf-8")) for p in after.glob("*.json")}
    differ = 0
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        name = (a or b or {}).get("name", key)
        if a is None or b is None:
            print(f"{name}: only in {'after' if a is None else 'before'}")
            differ += 1
            continue
        if a["output"] != b["output"]:
            print(f"{name}: the JSON differs")
            differ += 1
        if a["warnings"] != b["warnings"]:
            print(f"{name}: the warnings differ: {a['warnings']} -> {b['warnings']}")
            differ += 1
    print(f"{len(old)} articles before, {len(new)} after; {differ} difference(s)")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("dump").add_argument("out", type=Path)
    both = commands.add_parser("compare")
    both.add_argument("before", type=Path)
    both.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    return dump(args.out) if args.command == "dump" else compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())

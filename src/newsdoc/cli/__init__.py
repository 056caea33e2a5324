"""The ``newsdoc`` command: convert, inspect, schema.

``newsdoc convert`` turns files and folders into any output format (in
parallel with ``--jobs``), ``newsdoc inspect`` summarises what newsdoc finds in
an article, and ``newsdoc schema`` prints the JSON Schema of the format.  See
docs/cli.md.  Exit status: 0 on success, 1 when an input failed, 2 for a usage
error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from .. import __version__
from ..formats import format_for_path, reader_names, writer_names
from ..schema import FORMAT_VERSION
from .outputs import write_all
from .sources import INPUT_SUFFIXES, STDIN, is_warc

# Each command imports what it needs when it runs (convert: not the inspect
# tables; inspect: not the worker pool): start-up is paid by every run.

__all__ = ["BATCH_FORMATS", "build_parser", "main", "run"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
PROG = "newsdoc"
#: ``--to`` choices beside the registry's writers: outputs written a batch of rows at a time
#: (binary, with each row's provenance), which the registry's one-article writer cannot be.
BATCH_FORMATS = ("parquet",)


def _count(text: str) -> int:
    """argparse type: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def _add_reading_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="reader",
        choices=("auto", *reader_names()),
        default="auto",
        help="the input format (default: auto: .json files are newsdoc JSON, "
        "anything else is read as HTML or text by its content)",
    )
    parser.add_argument("--url", help="the page's URL, to resolve relative links (one input only)")
    parser.add_argument(
        "--no-analysis",
        dest="analyze",
        action="store_false",
        help="skip finding people, quotes and citations (faster)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The command line's argument parser."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read news articles (HTML, text, newsdoc JSON) and write them as JSON, "
        "HTML, Markdown, schema.org JSON-LD or IPTC ninjs.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__} (newsdoc JSON format {FORMAT_VERSION})",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    suffixes = " ".join(INPUT_SUFFIXES)
    convert = commands.add_parser(
        "convert",
        help="convert files and folders to another format",
        description="Convert articles.  One input goes to standard output (or -o FILE); "
        "several inputs go to --out-dir (keeping their paths below the folders named) or, "
        "with --to jsonl, to one JSON Lines stream, or with --to parquet to one Parquet file "
        "(-o FILE).  A WARC crawl (.warc, .warc.gz) gives an article per HTML response.",
        epilog=f"Folders are read recursively: files ending in {suffixes} .warc, or in those "
        "plus .gz (gzip is also recognised by content); hidden files are skipped.",
    )
    convert.set_defaults(parser=convert)
    convert.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="a file, a folder, or - for standard input"
    )
    convert.add_argument(
        "--to",
        choices=(*writer_names(), *BATCH_FORMATS),
        help="the output format (default: from the extension of -o FILE, else json; "
        "parquet needs the arrow extra)",
    )
    _add_reading_options(convert)
    where = convert.add_mutually_exclusive_group()
    where.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (- for standard output)"
    )
    where.add_argument("--out-dir", metavar="DIR", help="write one file per input into DIR")
    convert.add_argument(
        "-j",
        "--jobs",
        type=_count,
        default=1,
        metavar="N",
        help="convert in N processes (default: 1; 0: one per CPU)",
    )
    convert.add_argument("--force", action="store_true", help="overwrite existing outputs")
    convert.add_argument(
        "-q", "--quiet", action="store_true", help="no warnings, progress bar or summary"
    )
    convert.add_argument(
        "--indent",
        type=_count,
        default=2,
        metavar="N",
        help="indent JSON by N spaces (default: 2; 0: compact)",
    )

    inspect = commands.add_parser(
        "inspect",
        help="summarise what newsdoc finds in an article",
        description="Print the metadata of an article and tables of its people, quotes and "
        "citations.",
    )
    inspect.set_defaults(parser=inspect)
    inspect.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for standard input")
    _add_reading_options(inspect)

    schema = commands.add_parser("schema", help="print the JSON Schema of the newsdoc format")
    schema.add_argument("--indent", type=_count, default=2, metavar="N", help="default: 2")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    if sys.stderr is None:  # started with standard error closed ("2>&-"): messages go nowhere
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (open for the process's life)
    parser = build_parser()
    args = parser.parse_args(argv)
    if sys.stdout is None:  # started with standard output closed (">&-")
        sys.stderr.write(f"{PROG}: error: standard output is closed\n")
        return EXIT_FAILED
    _tolerant(sys.stdout)
    _tolerant(sys.stderr)
    try:
        status = _command(parser, args)
        sys.stdout.flush()  # here, so that a failed write is reported like any other
        return status
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{PROG}: interrupted\n")
        return EXIT_INTERRUPTED
    except OSError as error:
        # standard output failed (a closed pipe, a full disk, the file size limit):
        # reading errors are ParseErrors and convert's outputs report their own
        sys.stderr.write(
            f"{PROG}: error: cannot write standard output: {error.strerror or error}\n"
        )
        # what is left in the buffer would fail again when Python exits, noisily
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


def _command(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.command == "convert":
        return _convert(args.parser, args)
    if args.command == "inspect":
        return _inspect(args.parser, args)
    if args.command == "schema":
        from ..schema import json_schema

        _print(json.dumps(json_schema(), indent=args.indent or None) + "\n")
        return EXIT_OK
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def run() -> NoReturn:
    """The ``newsdoc`` console script: :func:`main`, then exit with its status."""
    sys.exit(main())


def _format_of(path: str) -> str:
    """The ``--to`` format an output file's name asks for (``a.md``: markdown); json if none."""
    if path.lower().endswith(".parquet"):
        return "parquet"
    found = format_for_path(path)
    return found.name if found is not None and found.write is not None else "json"


def _print(text: str) -> None:
    """Write ``text`` to standard output whole, or raise the error that stopped it.

    Through :func:`~newsdoc.cli.outputs.write_all`: unbuffered, standard output's text
    layer drops what its raw stream did not take.
    """
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # (a stream of text only: whatever a caller put there)
        stream.write(text)
        return
    stream.flush()
    if os.linesep != "\n":
        text = text.replace("\n", os.linesep)  # what the text layer does
    write_all(buffer, text.encode(stream.encoding or "utf-8", "replace"))


def _tolerant(stream: TextIO) -> None:
    """Never die on a character the terminal's encoding lacks."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="replace")


def _convert(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from .convert import Plan, Settings, default_jobs, run_convert

    inputs: list[str] = args.inputs
    crawl = any(is_warc(name) for name in inputs)
    batch = len(inputs) > 1 or os.path.isdir(inputs[0]) or crawl
    output: str | None = None if args.output in (None, STDIN) else args.output
    if args.to is None:
        args.to = _format_of(output) if output is not None else "jsonl" if crawl else "json"
    if STDIN in inputs and len(inputs) > 1:
        parser.error("- (standard input) must be the only input")
    if args.to == "parquet":
        if output is None or args.out_dir is not None:
            parser.error("--to parquet writes one file: use -o FILE")
        _need(parser, "pyarrow", "arrow", "--to parquet")
    if crawl:
        if args.to not in ("jsonl", "parquet"):
            parser.error("a WARC crawl holds many articles: use --to jsonl or --to parquet")
        _need(parser, "fastwarc", "warc", "reading WARC")
    if args.out_dir is not None and args.to == "jsonl":
        parser.error("--to jsonl writes one stream: use -o FILE or standard output, not --out-dir")
    if batch and args.out_dir is None and args.to not in ("jsonl", "parquet"):
        what = "several inputs" if len(inputs) > 1 else "a folder"
        parser.error(
            f"{what} need{'' if len(inputs) > 1 else 's'} --out-dir DIR (or --to jsonl "
            "for one JSON Lines stream)"
        )
    if (
        args.out_dir is not None
        and os.path.exists(args.out_dir)
        and not os.path.isdir(args.out_dir)
    ):
        parser.error(f"--out-dir {args.out_dir}: not a folder")
    if batch and args.url is not None:
        parser.error("--url applies to a single input")
    one_file = args.to in ("jsonl", "parquet")
    if output is not None and one_file and os.path.lexists(output) and not args.force:
        sys.stderr.write(f"{PROG}: error: {output} exists (use --force to overwrite it)\n")
        return EXIT_FAILED
    settings = Settings(
        reader=args.reader,
        to=args.to,
        url=args.url,
        analyze=args.analyze,
        indent=args.indent or None,
        force=args.force,
    )
    jobs = default_jobs() if args.jobs == 0 else args.jobs
    plan = Plan(inputs=tuple(inputs), out_dir=args.out_dir, output=output)
    return run_convert(
        plan,
        settings,
        jobs=jobs if batch else 1,
        quiet=args.quiet,
        batch=batch,
        stdout=sys.stdout.buffer,
        stderr=sys.stderr,
    )


def _need(parser: argparse.ArgumentParser, module: str, extra: str, what: str) -> None:
    """A usage error when an optional dependency is missing, naming the extra that brings it."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        parser.error(f"{what} needs {module}: pip install 'newsdoc[{extra}]'")


def _inspect(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    from .convert import collected_warnings, failure_reason, read_article
    from .inspect import render_summary
    from .sources import display_name, read_source

    files: list[str] = args.files
    if STDIN in files and len(files) > 1:
        parser.error("- (standard input) must be the only input")
    if len(files) > 1 and args.url is not None:
        parser.error("--url applies to a single input")
    width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 120))
    status = EXIT_OK
    for number, path in enumerate(files):
        name = display_name(path)
        if number:
            _print("\n")
        if len(files) > 1:
            _print(f"==> {name} <==\n")
        reason: str | None = None
        with collected_warnings() as notes:
            try:
                data = read_source(path)
                article = read_article(
                    data, name=path, reader=args.reader, url=args.url, analyze=args.analyze
                )
            except Exception as error:
                reason = failure_reason(error)
        sys.stdout.flush()
        for note in notes:
            sys.stderr.write(f"{name}: warning: {note}\n")
        if reason is not None:
            sys.stderr.write(f"{name}: error: {reason}\n")
            status = EXIT_FAILED
            continue
        _print(render_summary(article, width=width, analyzed=args.analyze))
    return status

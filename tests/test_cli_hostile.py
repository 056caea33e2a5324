"""The command line under hostile conditions: failed writes, files that are no files,
outputs that would replace inputs, inputs that break a writer.

Every failure is an error line and exit status 1; no output file is left half
written; one bad input never ends a batch; no input is ever replaced.
"""

from __future__ import annotations

import io
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsdoc
from newsdoc.cli import convert
from newsdoc.cli.convert import Plan, Settings, run_convert
from newsdoc.cli.outputs import write_all

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "moscowtimes-2013-11-06.txt"
PAGE = "<html><head><title>{n}</title></head><body><article><p>{text}</p></article></body></html>"


def batch(folder: Path, count: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = "The council met on Tuesday to discuss the budget, its members said. " * 20
    for number in range(count):
        (folder / f"p{number:02}.html").write_text(PAGE.format(n=number, text=text))
    return folder


def newsdoc_cmd(*args: str | Path, size_limit: int | None = None, **kwargs: object) -> (
    subprocess.CompletedProcess[bytes]
):  # fmt: skip
    def limit() -> None:
        if size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (size_limit, size_limit))

    return subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)],
        preexec_fn=limit,
        timeout=120,
        **kwargs,  # type: ignore[call-overload]
    )


def leftovers(folder: Path) -> list[str]:
    """Hidden temporary files an interrupted write would leave."""
    return [p.name for p in folder.rglob(".*") if p.is_file()]


# --- failed writes ------------------------------------------------------------------------


@pytest.mark.parametrize("to", ["json", "jsonl"])
def test_a_closed_pipe_is_an_error(tmp_path: Path, to: str) -> None:
    top = batch(tmp_path / "in")
    source = top if to == "jsonl" else top / "p00.html"
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    try:
        result = newsdoc_cmd("convert", source, "--to", to, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert result.returncode == 1
    assert b"cannot write standard output" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_pipe_closed_midway_is_an_error(tmp_path: Path) -> None:
    top = batch(tmp_path / "in", 40)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdoc", "convert", top, "--to", "jsonl", "--indent", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=120) in (0, 1)  # 0 only if it all fit in the pipe's buffer
    if process.returncode == 1:
        assert b"cannot write standard output" in errors
    assert b"Traceback" not in errors


@pytest.mark.parametrize("unbuffered", ["", "1"])
def test_a_pipe_closed_in_the_middle_of_one_output_is_an_error(
    tmp_path: Path, unbuffered: str
) -> None:
    # one output far larger than a pipe's buffer: its write cannot be complete when the
    # reader goes away; unbuffered, standard output is a raw stream that takes part of it
    source = tmp_path / "long.txt"
    source.write_text(EXAMPLE.read_text("utf-8") * 60)
    process = subprocess.Popen(
        [sys.executable, "-m", "newsdoc", "convert", source, "--no-analysis"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": unbuffered},
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10) == b'{\n  "forma'
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=120) == 1
    assert errors.endswith(b"newsdoc: error: cannot write standard output: Broken pipe\n")


@pytest.mark.parametrize(
    ("closed", "args", "message"),
    [
        (0, ["convert", "-"], b"<stdin>: error: standard input is closed\n"),
        (1, ["convert", EXAMPLE], b"newsdoc: error: standard output is closed\n"),
        (1, ["schema"], b"newsdoc: error: standard output is closed\n"),
        (2, ["convert", "no-such-file.html"], b""),
    ],
)
def test_a_standard_stream_closed_at_the_start_is_an_error(
    closed: int, args: list[str | Path], message: bytes
) -> None:
    # started with the descriptor closed, Python's sys.stdin / stdout / stderr is None
    result = subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)],
        preexec_fn=lambda: os.close(closed),
        stdout=None if closed == 1 else subprocess.PIPE,
        stderr=None if closed == 2 else subprocess.PIPE,
        timeout=120,
    )
    assert result.returncode == 1
    if closed != 2:
        assert result.stderr == message


class Trickle(io.RawIOBase):
    """A raw stream that takes at most ``step`` bytes a call, and breaks past ``size``."""

    def __init__(self, step: int, size: int) -> None:
        self.step, self.size, self.taken = step, size, bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        if len(self.taken) >= self.size:
            raise BrokenPipeError(32, "Broken pipe")
        part = bytes(data[: min(self.step, self.size - len(self.taken))])
        self.taken += part
        return len(part)


def test_write_all_writes_what_a_raw_stream_takes_part_by_part() -> None:
    data = bytes(range(256)) * 40
    sink = Trickle(step=7, size=len(data))
    write_all(sink, data)  # type: ignore[arg-type]
    assert bytes(sink.taken) == data
    with pytest.raises(BrokenPipeError):
        write_all(Trickle(step=7, size=100), data)  # type: ignore[arg-type]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_disk_on_standard_output_is_an_error(tmp_path: Path) -> None:
    top = batch(tmp_path / "in")
    with open("/dev/full", "wb") as full:
        result = newsdoc_cmd("convert", top, "--to", "jsonl", stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 1
    assert b"cannot write standard output: No space left on device" in result.stderr
    assert b"Traceback" not in result.stderr


def test_the_file_size_limit_leaves_no_truncated_file(tmp_path: Path) -> None:
    top = batch(tmp_path / "in")
    out = tmp_path / "out"
    out.mkdir()
    # one JSON Lines file: the run stops, the file is not there
    result = newsdoc_cmd(
        "convert", top, "--to", "jsonl", "-o", out / "all.jsonl", size_limit=3000,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert b"all.jsonl: File too large" in result.stderr
    assert list(out.iterdir()) == []
    # one file per input: each fails, none is left half written
    result = newsdoc_cmd(
        "convert", top, "--out-dir", out, "-j", "2", size_limit=1000, stderr=subprocess.PIPE
    )
    assert result.returncode == 1
    assert result.stderr.count(b"File too large") == 12
    assert list(out.iterdir()) == [] and leftovers(out) == []
    # standard output into a file
    with open(tmp_path / "stdout.jsonl", "wb") as sink:
        result = newsdoc_cmd(
            "convert", top, "--to", "jsonl", size_limit=3000, stdout=sink, stderr=subprocess.PIPE
        )
    assert result.returncode == 1
    assert b"cannot write standard output: File too large" in result.stderr


# --- files that are no files --------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifos_and_devices_are_refused_per_file(tmp_path: Path) -> None:
    top = batch(tmp_path / "in", 2)
    os.mkfifo(top / "p01b.html")  # in a folder walk, between two files
    result = newsdoc_cmd("convert", top, "--to", "jsonl", capture_output=True)
    assert result.returncode == 1
    assert result.stdout.count(b"\n") == 2  # the two pages
    assert b"p01b.html: error: not a regular file: a FIFO" in result.stderr
    for named in (top / "p01b.html", Path("/dev/zero")):
        if named.exists():
            result = newsdoc_cmd("convert", named, "--from", "html", capture_output=True)
            assert result.returncode == 1 and b"not a regular file" in result.stderr


# --- one bad input never ends a batch -----------------------------------------------------


def test_a_text_that_cannot_be_encoded_fails_only_its_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a writer gives for one input (here a lone surrogate), the others go on."""
    top = batch(tmp_path / "in", 3)
    real = convert.get_format

    class Broken:
        def __init__(self, name: str) -> None:
            self.format = real(name)
            self.extension = self.format.extension

        def write(self, article: newsdoc.Article, *, indent: int | None = None) -> str:
            text = self.format.write(article, indent=indent)  # type: ignore[misc]
            return text + "\ud800" if article.headline == "1" else text

    monkeypatch.setattr(convert, "get_format", Broken)
    out, err = io.BytesIO(), io.StringIO()
    status = run_convert(
        Plan((str(top),), None, None),
        Settings("auto", "jsonl", None, False, None, False),
        jobs=1, quiet=False, batch=True, stdout=out, stderr=err,
    )  # fmt: skip
    assert status == 1
    assert out.getvalue().count(b"\n") == 2
    assert "p01.html: error:" in err.getvalue()
    assert err.getvalue().splitlines()[-1] == "converted 2 files, 1 failed"


def test_embedded_data_with_a_lone_surrogate_fails_only_its_page(tmp_path: Path) -> None:
    top = batch(tmp_path / "in", 3)
    page = newsdoc.to_html(newsdoc.parse(EXAMPLE))
    broken = page.replace('"headline":"', '"headline":"\\ud800', 1)
    assert broken != page
    (top / "p01.html").write_text(broken, encoding="utf-8")
    result = newsdoc_cmd("convert", top, "--to", "jsonl", capture_output=True)
    lines = result.stdout.splitlines()
    assert len(lines) >= 2  # the pages around it, whatever becomes of it
    for line in lines:
        line.decode("utf-8")
    assert b"Traceback" not in result.stderr


# --- outputs and inputs -------------------------------------------------------------------


def test_no_output_replaces_an_input_of_another_named_folder(tmp_path: Path) -> None:
    """Two folders named on the command line, one the output folder: its inputs are kept."""
    first, second = batch(tmp_path / "a", 2), tmp_path / "b"
    second.mkdir()
    shutil.copy(first / "p00.html", second / "p00.htm")
    before = (first / "p00.html").read_bytes()
    result = newsdoc_cmd(
        "convert", second, first, "--out-dir", first, "--to", "html", "--force",
        capture_output=True,
    )  # fmt: skip
    assert result.returncode == 1
    assert (first / "p00.html").read_bytes() == before
    assert b"would replace the input" in result.stderr


def test_two_named_folders_giving_one_output(tmp_path: Path) -> None:
    first, second = batch(tmp_path / "a", 1), batch(tmp_path / "b", 1)
    out = tmp_path / "out"
    result = newsdoc_cmd("convert", first, second, "--out-dir", out, "--force", capture_output=True)
    assert result.returncode == 1
    assert result.stderr.count(b"is also the output of") == 2
    assert not (out / "p00.json").exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_an_output_that_is_a_named_pipe_is_written_to_not_replaced(tmp_path: Path) -> None:
    # (a device such as /dev/null is the same case: a rename would put a file in its place)
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
    result = newsdoc_cmd("convert", EXAMPLE, "-o", fifo, stderr=subprocess.PIPE)
    written, _ = reader.communicate(timeout=120)
    assert result.returncode == 0, result.stderr
    assert fifo.is_fifo()
    assert newsdoc.from_json(written).headline == newsdoc.parse(EXAMPLE).headline


def test_an_output_that_is_a_symbolic_link_replaces_the_file_it_points_to(
    tmp_path: Path,
) -> None:
    target = tmp_path / "kept" / "article.json"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(target)
    assert newsdoc_cmd("convert", EXAMPLE, "-o", link).returncode == 1  # exists: no --force
    assert newsdoc_cmd("convert", EXAMPLE, "-o", link, "--force").returncode == 0
    assert link.is_symlink() and link.resolve() == target
    assert newsdoc.from_json(target.read_bytes()).headline == newsdoc.parse(EXAMPLE).headline
    assert leftovers(tmp_path) == []


def test_output_file_that_is_an_input_is_refused_before_anything(tmp_path: Path) -> None:
    top = batch(tmp_path / "in", 2)
    before = (top / "p01.html").read_bytes()
    result = newsdoc_cmd(
        "convert", top, "--to", "jsonl", "-o", top / "p01.html", "--force", capture_output=True
    )
    assert result.returncode == 1
    assert b"would replace the input" in result.stderr
    assert (top / "p01.html").read_bytes() == before
    assert result.stdout == b""


@pytest.mark.parametrize("command", [["inspect"], ["schema"], ["convert"]])
def test_every_command_reports_a_failed_write(tmp_path: Path, command: list[str]) -> None:
    page = batch(tmp_path / "in", 1) / "p00.html"
    args = [*command, page] if command != ["schema"] else command
    read, write = os.pipe()
    os.close(read)
    try:
        result = newsdoc_cmd(*args, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert result.returncode == 1
    assert result.stderr.endswith(b"newsdoc: error: cannot write standard output: Broken pipe\n")
    if os.path.exists("/dev/full"):
        with open("/dev/full", "wb") as full:
            result = newsdoc_cmd(*args, stdout=full, stderr=subprocess.PIPE)
        assert result.returncode == 1
        assert b"No space left on device" in result.stderr and b"Traceback" not in result.stderr

"""The `newsdoc` command, run as a user runs it: a subprocess on real files.

Each behaviour is checked once through a subprocess (``run``); its variants go
through ``main()`` in this process (the ``cli`` fixture), as every subprocess
pays the library's start-up.  Expected outputs are what the library itself
gives for the same input, so these tests check the command line (files,
streams, messages, exit statuses), not the readers and writers it calls.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import EXAMPLES, shared_path

import newsdoc
from newsdoc.cli import main

EXAMPLE = EXAMPLES / "moscowtimes-2013-11-06.txt"

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title></head>
<body><article><h1>{title}</h1>
<p>The council met on Tuesday to discuss the {topic}, its members said.</p>
<p>"We will decide next week," the mayor, Anna Smith, told reporters.</p>
</article></body></html>
"""


def run(
    *args: str | Path, cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """``newsdoc ARGS`` in a subprocess; stdout and stderr as text."""
    env = {**os.environ, "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "newsdoc", *map(str, args)],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8"),
        result.stderr.decode("utf-8"),
    )


Run = Callable[..., "subprocess.CompletedProcess[str]"]


@pytest.fixture
def cli(capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Like :func:`run`, in this process: for the variants, as a subprocess costs ~0.5 s."""
    monkeypatch.setenv("COLUMNS", "100")

    def run_here(*args: str | Path) -> subprocess.CompletedProcess[str]:
        capfd.readouterr()
        try:
            status = main([str(a) for a in args])
        except SystemExit as done:
            status = int(done.code or 0)
        out, err = capfd.readouterr()
        return subprocess.CompletedProcess(args, status, out, err)

    return run_here


def expected_json(path: Path, *, indent: int | None = 2) -> str:
    """What the library writes for ``path`` (a file newsdoc.parse can read)."""
    return newsdoc.to_json(newsdoc.parse(path), indent=indent) + "\n"


def library_parse(path: Path) -> newsdoc.Article:
    """What the library reads from ``path``, gunzipped first like the command does."""
    data = path.read_bytes()
    return newsdoc.parse(gzip.decompress(data) if path.suffix == ".gz" else data)


def files_below(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """Input folder: HTML, text, gzip, a subfolder, and files a walk must skip."""
    top = tmp_path / "in"
    (top / "sub" / "deeper").mkdir(parents=True)
    (top / "council.html").write_text(PAGE.format(title="Council Delays Vote", topic="budget"))
    shutil.copy(EXAMPLE, top / "sub" / "moscow.txt")
    (top / "sub" / "deeper" / "park.html.gz").write_bytes(
        gzip.compress(PAGE.format(title="Park to Reopen", topic="park").encode())
    )
    (top / "notes.csv").write_text("a,b\n1,2\n")  # not an input extension
    (top / ".hidden.html").write_text(PAGE.format(title="Hidden", topic="secret"))
    return top


INPUTS_OF_TREE = {"council.html", "sub/moscow.txt", "sub/deeper/park.html.gz"}


def outputs_of_tree(suffix: str) -> set[str]:
    return {name.removesuffix(".gz").rsplit(".", 1)[0] + suffix for name in sorted(INPUTS_OF_TREE)}


# --- one input ----------------------------------------------------------------


def test_one_file_goes_to_stdout() -> None:
    result = run("convert", EXAMPLE)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_json(EXAMPLE)
    assert "converted" not in result.stderr  # no summary for a single conversion


def test_indent_zero_is_compact(cli: Run) -> None:
    result = cli("convert", EXAMPLE, "--indent", "0")
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_json(EXAMPLE, indent=None)
    assert result.stdout.count("\n") == 1


def with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


@pytest.mark.parametrize(
    ("to", "suffix", "render"),
    [
        ("html", ".html", newsdoc.to_html),
        ("markdown", ".md", newsdoc.to_markdown),
        (
            "jsonld",
            ".jsonld",
            lambda a: json.dumps(newsdoc.to_jsonld(a), ensure_ascii=False, indent=2),
        ),
        (
            "ninjs",
            ".ninjs.json",
            lambda a: json.dumps(newsdoc.to_ninjs(a), ensure_ascii=False, indent=2),
        ),
    ],
)
def test_every_output_format(
    to: str, suffix: str, render: Callable[[newsdoc.Article], str], tmp_path: Path, cli: Run
) -> None:
    result = cli("convert", EXAMPLE, "--to", to, "--out-dir", tmp_path)
    assert result.returncode == 0, result.stderr
    assert files_below(tmp_path) == {"moscowtimes-2013-11-06" + suffix}
    written = (tmp_path / ("moscowtimes-2013-11-06" + suffix)).read_text(encoding="utf-8")
    assert written == with_newline(render(newsdoc.parse(EXAMPLE)))


def test_from_picks_the_reader(tmp_path: Path, cli: Run) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(title="Council Delays Vote", topic="budget"), encoding="utf-8")
    url = "https://news.example.com/council"
    by_content = newsdoc.parse(page, url=url)
    assert by_content == newsdoc.parse(page, format="html", url=url)
    for reader, article in (
        ("auto", by_content),
        ("html", by_content),
        ("text", newsdoc.parse(page, format="text", url=url)),
    ):
        assert article.url == url
        result = cli("convert", page, "--from", reader, "--url", url, "--indent", "0")
        assert result.returncode == 0, result.stderr
        assert newsdoc.from_json(result.stdout) == article, reader
    as_json = cli("convert", page, "--from", "json")
    assert as_json.returncode == 1
    assert f"{page}: error: " in as_json.stderr


def test_no_analysis_skips_people_quotes_and_citations(cli: Run) -> None:
    result = cli("convert", EXAMPLE, "--no-analysis", "--indent", "0")
    assert result.returncode == 0, result.stderr
    assert newsdoc.from_json(result.stdout) == newsdoc.parse(EXAMPLE, analyze=False)


def test_the_output_name_picks_the_format(tree: Path, tmp_path: Path, cli: Run) -> None:
    page = tmp_path / "page.md"
    assert cli("convert", EXAMPLE, "-o", page).returncode == 0
    assert page.read_text(encoding="utf-8") == with_newline(
        newsdoc.to_markdown(newsdoc.parse(EXAMPLE))
    )
    lines = tmp_path / "all.jsonl"
    result = cli("convert", tree, "-o", lines, "-q")  # a folder: only JSON Lines can hold it
    assert result.returncode == 0, result.stderr
    assert len(lines.read_text(encoding="utf-8").splitlines()) == len(INPUTS_OF_TREE)
    explicit = tmp_path / "page.txt"
    assert cli("convert", EXAMPLE, "-o", explicit, "--to", "html").returncode == 0
    assert explicit.read_text(encoding="utf-8") == with_newline(
        newsdoc.to_html(newsdoc.parse(EXAMPLE))
    )


def test_dash_output_is_stdout(cli: Run) -> None:
    result = cli("convert", EXAMPLE, "-o", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_json(EXAMPLE)


def test_stdin_is_read_like_a_file() -> None:
    result = run("convert", "-", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_json(EXAMPLE)


def test_gzip_is_recognised_by_content(tmp_path: Path, cli: Run) -> None:
    packed = tmp_path / "article"  # no extension at all
    packed.write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    result = cli("convert", packed)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected_json(EXAMPLE)


def test_output_file_and_no_overwrite_without_force(tmp_path: Path, cli: Run) -> None:
    out = tmp_path / "deep" / "er" / "article.json"  # missing folders are made
    first = run("convert", EXAMPLE, "-o", out)
    assert first.returncode == 0, first.stderr
    assert first.stdout == ""
    assert out.read_text(encoding="utf-8") == expected_json(EXAMPLE)

    out.write_text("precious")
    again = cli("convert", EXAMPLE, "-o", out)
    assert again.returncode == 1
    assert str(out) in again.stderr and "--force" in again.stderr
    assert out.read_text() == "precious"

    forced = cli("convert", EXAMPLE, "-o", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8") == expected_json(EXAMPLE)
    assert files_below(tmp_path / "deep") == {"er/article.json"}  # no temporary file left


def test_json_round_trip_through_the_command(tmp_path: Path, cli: Run) -> None:
    out = tmp_path / "a.json"
    assert cli("convert", EXAMPLE, "-o", out).returncode == 0
    again = cli("convert", out, "--indent", "0")
    assert again.returncode == 0, again.stderr
    assert newsdoc.from_json(again.stdout) == newsdoc.parse(EXAMPLE)


def test_a_json_file_that_is_not_newsdoc_is_a_clear_error(tmp_path: Path, cli: Run) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"title": "not ours"}')
    result = cli("convert", other)
    assert result.returncode == 1
    assert result.stdout == ""
    assert f"{other}: error: $.format" in result.stderr
    assert "Traceback" not in result.stderr


def test_warnings_are_reported_with_the_file_name(tmp_path: Path, cli: Run) -> None:
    document = json.loads(newsdoc.to_json(newsdoc.parse(EXAMPLE)))
    document["from_the_future"] = True
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(document))
    result = cli("convert", newer)
    assert result.returncode == 0, result.stderr
    assert f"{newer}: warning: " in result.stderr
    assert "from_the_future" in result.stderr
    assert cli("convert", newer, "--quiet").stderr == ""


def test_missing_file_fails_with_reason(tmp_path: Path, cli: Run) -> None:
    missing = tmp_path / "nope.html"
    result = cli("convert", missing)
    assert result.returncode == 1
    assert f"{missing}: error: cannot read" in result.stderr


# --- batches ------------------------------------------------------------------


def test_out_dir_keeps_relative_paths(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("convert", tree, "--out-dir", out)
    assert result.returncode == 0, result.stderr
    assert files_below(out) == outputs_of_tree(".json")
    assert (out / "sub" / "moscow.json").read_text(encoding="utf-8") == expected_json(EXAMPLE)
    assert result.stderr.strip().splitlines()[-1] == "converted 3 files"


def test_files_named_directly_go_to_out_dir_by_name(tree: Path, tmp_path: Path, cli: Run) -> None:
    out = tmp_path / "out"
    result = cli(
        "convert", tree / "sub" / "moscow.txt", tree / "notes.csv", "--out-dir", out, "--to", "json"
    )
    # a file named directly is read whatever its extension, which is kept when
    # it is not one newsdoc knows (a.csv is not a.json's source in a listing)
    assert result.returncode == 0, result.stderr
    assert files_below(out) == {"moscow.json", "notes.csv.json"}


def test_jsonl_to_stdout_and_to_a_file(tree: Path, tmp_path: Path, cli: Run) -> None:
    result = run("convert", tree, "--to", "jsonl", "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    walked = sorted(INPUTS_OF_TREE)  # folders are walked in sorted order
    assert [newsdoc.from_json(line) for line in lines] == [
        library_parse(tree / name) for name in walked
    ]

    out = tmp_path / "all.jsonl"
    to_file = cli("convert", tree, "--to", "jsonl", "-o", out)
    assert to_file.returncode == 0, to_file.stderr
    assert out.read_text(encoding="utf-8") == result.stdout
    assert cli("convert", tree, "--to", "jsonl", "-o", out).returncode == 1  # exists


def test_bad_file_does_not_stop_a_batch(tree: Path, tmp_path: Path) -> None:
    (tree / "sub" / "empty.txt").write_text("   \n\n  ")
    (tree / "broken.html.gz").write_bytes(b"\x1f\x8b not really gzip")
    out = tmp_path / "out"
    result = run("convert", tree, "--out-dir", out)
    assert result.returncode == 1
    assert files_below(out) == outputs_of_tree(".json")
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 2
    assert any(line.startswith(str(tree / "sub" / "empty.txt")) for line in errors)
    assert any(line.startswith(str(tree / "broken.html.gz")) and "gzip" in line for line in errors)
    assert result.stderr.splitlines()[-1] == "converted 3 files, 2 failed"


def test_existing_outputs_fail_per_file_and_no_temporary_files(
    tree: Path, tmp_path: Path, cli: Run
) -> None:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / "sub" / "moscow.json").write_text("keep me")
    result = cli("convert", tree, "--out-dir", out)
    assert result.returncode == 1
    assert (out / "sub" / "moscow.json").read_text() == "keep me"
    assert "moscow.json exists" in result.stderr
    assert result.stderr.splitlines()[-1] == "converted 2 files, 1 failed"
    assert files_below(out) == outputs_of_tree(".json")  # nothing else, no *.tmp

    forced = cli("convert", tree, "--out-dir", out, "--force", "--quiet")
    assert forced.returncode == 0
    assert forced.stderr == ""
    assert (out / "sub" / "moscow.json").read_text(encoding="utf-8") == expected_json(EXAMPLE)


def test_outputs_never_replace_inputs_or_each_other(tmp_path: Path, cli: Run) -> None:
    top = tmp_path / "in"
    top.mkdir()
    shutil.copy(EXAMPLE, top / "a.txt")
    shutil.copy(EXAMPLE, top / "a.md")  # same output name as a.txt
    shutil.copy(EXAMPLE, top / "b.txt")
    shutil.copy(EXAMPLE, top / "b.md")  # b.json is no input: still taken twice
    assert cli("convert", top / "a.txt", "-o", top / "a.json").returncode == 0
    before = (top / "a.json").read_bytes()
    result = cli("convert", top, "--out-dir", top, "--force")
    assert result.returncode == 1
    assert "would replace the input itself" in result.stderr
    assert f"would replace the input {top / 'a.json'}" in result.stderr
    assert "is also the output of" in result.stderr
    assert (top / "a.json").read_bytes() == before
    assert not (top / "b.json").exists()
    assert result.stderr.splitlines()[-1] == "converted 0 files, 5 failed"


def test_an_output_never_replaces_an_input_read_later(tmp_path: Path, cli: Run) -> None:
    """``a.htm`` --to html gives ``a.html``, an input of the same batch: refused, --force or not."""
    top = tmp_path / "in"
    (top / "sub").mkdir(parents=True)
    page = newsdoc.to_html(newsdoc.parse(EXAMPLE))
    for name in ("a.htm", "a.html", "sub/b.htm", "sub/b.html", "c.htm"):
        (top / name).write_text(page, encoding="utf-8")
    before = {path: path.read_bytes() for path in top.rglob("*") if path.is_file()}
    for force in ((), ("--force",)):
        result = cli("convert", top, "--out-dir", top, "--to", "html", "--quiet", *force)
        assert result.returncode == 1
        for path, data in before.items():
            assert path.read_bytes() == data, path
        assert [p.name for p in top.rglob("*") if p.is_file() and p not in before] == ["c.html"]
        assert result.stderr.count("would replace the input") == 4
        (top / "c.html").unlink()
    # an input named directly is an input too, and -o FILE is planned against them
    result = cli("convert", top / "a.html", "-o", top / "a.html", "--to", "html", "--force")
    assert result.returncode == 1 and f"would replace the input {top / 'a.html'}" in result.stderr
    assert (top / "a.html").read_bytes() == before[top / "a.html"]


def test_empty_folder_is_a_failure(tmp_path: Path, cli: Run) -> None:
    (tmp_path / "empty").mkdir()
    result = cli("convert", tmp_path / "empty", "--to", "jsonl")
    assert result.returncode == 1
    assert "no input files" in result.stderr


def test_jobs_two_writes_what_jobs_one_writes(tree: Path, tmp_path: Path, cli: Run) -> None:
    (tree / "sub" / "empty.txt").write_text("")  # an error line
    document = json.loads(newsdoc.to_json(newsdoc.parse(EXAMPLE)))
    document["from_the_future"] = True
    (tree / "newer.json").write_text(json.dumps(document))  # a warning line
    for number in range(12):  # enough inputs for both workers, and a window or two
        (tree / f"page{number:02d}.html").write_text(
            PAGE.format(title=f"Page {number}", topic=f"topic {number}")
        )
    one = run("convert", tree, "--out-dir", tmp_path / "one", "--jobs", "1")
    two = run("convert", tree, "--out-dir", tmp_path / "two", "--jobs", "2")
    assert (one.returncode, two.returncode) == (1, 1)
    assert ": warning: " in one.stderr and ": error: " in one.stderr
    assert one.stderr == two.stderr.replace(str(tmp_path / "two"), str(tmp_path / "one"))
    assert files_below(tmp_path / "one") == files_below(tmp_path / "two")
    for name in files_below(tmp_path / "one"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    lines_one = cli("convert", tree, "--to", "jsonl")
    lines_two = cli("convert", tree, "--to", "jsonl", "-j", "2")
    assert (lines_one.stdout, lines_one.stderr) == (lines_two.stdout, lines_two.stderr)
    assert len(lines_one.stdout.splitlines()) == len(INPUTS_OF_TREE) + 13


def _descendants(pid: int) -> set[tuple[int, str]]:
    """The processes below ``pid``, each as its pid and start time (pids are reused)."""
    parents: dict[int, list[tuple[int, str]]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:  # it ended meanwhile
                continue
            # the fields after the command's name, which may hold spaces
            fields = stat.rsplit(")", 1)[1].split()
            parents.setdefault(int(fields[1]), []).append((int(entry), fields[19]))
    found: set[tuple[int, str]] = set()
    below = [pid]
    while below:
        for child in parents.get(below.pop(), []):
            found.add(child)
            below.append(child[0])
    return found


def _alive(process: tuple[int, str]) -> bool:
    try:
        stat = Path(f"/proc/{process[0]}/stat").read_text()
    except OSError:
        return False
    fields = stat.rsplit(")", 1)[1].split()
    return fields[19] == process[1] and fields[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="processes are read from /proc")
def test_ctrl_c_stops_a_parallel_run_cleanly(tmp_path: Path) -> None:
    top, out = tmp_path / "in", tmp_path / "out"
    top.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for number in range(600):  # far more than two workers convert before the interrupt
        (top / f"page{number:03d}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "newsdoc", "convert", top, "--out-dir", out, "--jobs", "2"]
    # a session of its own, so that the interrupt reaches the whole process
    # group, as Ctrl-C at a terminal does: the command and its workers (and
    # SIGINT handled even if this test runs where it is ignored, in the background)
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 60
        while not (out.is_dir() and any(name.endswith(".json") for name in os.listdir(out))):
            assert process.poll() is None and time.monotonic() < deadline, "no output came"
            time.sleep(0.01)
        helpers = _descendants(process.pid)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, err
    assert "interrupted" in err.decode() and "Traceback" not in err.decode()
    assert len(helpers) >= 2  # the workers, at least, were there to stop
    deadline = time.monotonic() + 10
    while any(map(_alive, helpers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, helpers))
    written = os.listdir(out)
    assert [name for name in written if not name.endswith(".json")] == []  # no *.tmp
    assert 0 < len(written) < 600
    for name in written:
        assert newsdoc.from_json((out / name).read_text(encoding="utf-8")).paragraphs


@pytest.mark.corpus
def test_aeb_pages_in_parallel(tmp_path: Path) -> None:
    pages = sorted(shared_path("corpus", "aeb", "html").glob("*.html.gz"))[:4]
    top = tmp_path / "aeb"
    top.mkdir()
    for page in pages:
        shutil.copy(page, top / page.name)
    one = run("convert", top, "--out-dir", tmp_path / "one", "-j", "1")
    two = run("convert", top, "--out-dir", tmp_path / "two", "-j", "2")
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    expected = {page.name.removesuffix(".html.gz") + ".json" for page in pages}
    assert files_below(tmp_path / "one") == files_below(tmp_path / "two") == expected
    for page in pages:
        name = page.name.removesuffix(".html.gz") + ".json"
        written = (tmp_path / "two" / name).read_text(encoding="utf-8")
        assert written == (tmp_path / "one" / name).read_text(encoding="utf-8")
        assert newsdoc.from_json(written) == newsdoc.parse(page)


# --- usage errors -------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["convert"],
        ["convert", "a.html", "b.html"],  # several inputs, nowhere to put them
        ["convert", "a.html", "--to", "docx"],
        ["convert", "a.html", "--jobs", "-1"],
        ["convert", "a.html", "--jobs", "many"],
        ["convert", "a.html", "--out-dir", "o", "-o", "f"],
        ["convert", "a.html", "--to", "jsonl", "--out-dir", "o"],
        ["convert", "-", "a.html", "--to", "jsonl"],
        ["convert", "a.html", "b.html", "--to", "jsonl", "--url", "https://example.com/"],
        ["inspect"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(
    args: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # in-process, for speed: argparse's exit is the same in a subprocess
    monkeypatch.chdir(tmp_path)
    try:
        status = main(args)
    except SystemExit as done:
        status = done.code
    captured = capsys.readouterr()
    assert status == 2
    assert "usage:" in captured.err
    assert captured.out == ""
    assert list(tmp_path.iterdir()) == []


def test_out_dir_must_be_a_folder(tmp_path: Path, cli: Run) -> None:
    (tmp_path / "file").write_text("x")
    result = cli("convert", EXAMPLE, "--out-dir", tmp_path / "file")
    assert result.returncode == 2
    assert "not a folder" in result.stderr


def test_usage_error_exit_status_from_a_subprocess(tmp_path: Path) -> None:
    result = run("convert", "a.html", "b.html", cwd=tmp_path)
    assert result.returncode == 2
    assert "--out-dir" in result.stderr
    assert result.stdout == ""


def test_folder_needs_out_dir(tree: Path, cli: Run) -> None:
    result = cli("convert", tree)
    assert result.returncode == 2
    assert "--out-dir" in result.stderr


# --- inspect, schema, version ---------------------------------------------------


def test_inspect_shows_what_the_library_finds() -> None:
    result = run("inspect", EXAMPLE)
    assert result.returncode == 0, result.stderr
    article = newsdoc.parse(EXAMPLE)
    lines = result.stdout.splitlines()
    assert all(len(line) <= 100 for line in lines if not line.startswith("URL:"))
    assert lines[0].startswith("Headline:")
    if article.headline:
        assert article.headline[:40] in result.stdout
    for author in article.authors:
        assert author.name in result.stdout
    for section, items in (
        ("People", article.people),
        ("Quotes", article.quotes),
        ("Citations", article.citations),
    ):
        heading = f"{section} ({len(items)})" if items else f"{section}: none found"
        assert heading in lines
    for person in article.people:
        assert person.name[:20] in result.stdout
    for citation in article.citations:
        assert citation.source[:20] in result.stdout
    assert f"{len(article.paragraphs)} paragraph" in result.stdout


def test_inspect_html_with_url_and_a_bad_file(tmp_path: Path, cli: Run) -> None:
    page = tmp_path / "council.html"
    page.write_text(PAGE.format(title="Council Delays Vote", topic="budget"))
    url = "https://news.example.com/council"
    result = cli("inspect", page, "--url", url)
    assert result.returncode == 0, result.stderr
    article = newsdoc.parse(page, url=url)
    if article.url:
        assert article.url in result.stdout
    if article.headline:
        assert article.headline in result.stdout

    empty = tmp_path / "empty.txt"
    empty.write_text("")
    both = cli("inspect", page, empty)
    assert both.returncode == 1
    assert f"==> {page} <==" in both.stdout
    assert both.stderr.startswith(f"{empty}: error: ")


def test_inspect_without_analysis(cli: Run) -> None:
    result = cli("inspect", EXAMPLE, "--no-analysis")
    assert result.returncode == 0, result.stderr
    assert "--no-analysis" in result.stdout
    assert "Quotes" not in result.stdout


def test_schema_and_version() -> None:
    schema = run("schema")
    assert schema.returncode == 0
    assert json.loads(schema.stdout) == newsdoc.json_schema()
    version = run("--version")
    assert version.returncode == 0
    assert newsdoc.__version__ in version.stdout

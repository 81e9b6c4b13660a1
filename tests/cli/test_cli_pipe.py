"""`pimap … | head`: a reader that goes away is not an error. The installed console script runs
in a subprocess with its stdout on a real pipe; it ends with the status of a Unix tool whose
reader left (141 = 128 + SIGPIPE), says nothing on stderr and logs nothing unexpected."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pimap_desktop.cli.main import EXIT_READER_GONE

TIMEOUT_S = 120


def _script() -> str:
    script = shutil.which("pimap", path=os.path.dirname(sys.executable))
    assert script is not None, "the pimap console script is not installed"
    return script


def _log_text(tmp_path: Path) -> str:
    """The log the subprocess wrote (its per-user folders are the test's, see conftest)."""
    logs = list((tmp_path / "xdg-state").rglob("pimap.log"))
    return "\n".join(path.read_text(encoding="utf-8") for path in logs)


def test_a_reader_that_stops_after_the_first_bytes_ends_the_command_quietly(
    printing_db_path: Path, tmp_path: Path
) -> None:
    # Half a megabyte of JSON: far more than a pipe holds, so the command is still writing
    # when the reader has had enough, as with `| head -c 100`.
    command = [_script(), "--db", str(printing_db_path), "b2b", "suggest", "--mission"]
    with subprocess.Popen(
        [*command, "PW2027", "--json", "--limit", "1000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.read(100)
        process.stdout.close()
        stderr = process.stderr.read().decode()
        status = process.wait(timeout=TIMEOUT_S)

    assert first.startswith(b"[")
    assert (status, stderr) == (EXIT_READER_GONE, "")
    log = _log_text(tmp_path)
    assert "unexpected error" not in log and "BrokenPipe" not in log


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["missions"], id="a short listing, written at the end"),
        pytest.param(["kpi", "--json"], id="a longer one, written as it goes"),
    ],
)
def test_a_reader_gone_before_the_first_line_ends_the_command_quietly(
    printing_db_path: Path, tmp_path: Path, command: list[str]
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write finds the pipe broken
    try:
        done = subprocess.run(
            [_script(), "--db", str(printing_db_path), *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    finally:
        os.close(write_end)

    assert (done.returncode, done.stderr) == (EXIT_READER_GONE, "")
    log = _log_text(tmp_path)
    assert "unexpected error" not in log and "BrokenPipe" not in log


def test_the_same_command_read_to_the_end_still_succeeds(printing_db_path: Path) -> None:
    done = subprocess.run(
        [_script(), "--db", str(printing_db_path), "missions"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0 and "PW2027" in done.stdout and done.stderr == ""

"""The suite's network guard works: a connection attempt fails the test."""

from __future__ import annotations

import socket
import urllib.request
from pathlib import Path

import pytest
from conftest import NetworkAccessError


def test_socket_connect_is_refused() -> None:
    with pytest.raises(NetworkAccessError), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))


def test_urlopen_is_refused() -> None:
    # the guard's own error, not URLError: with no network here, URLError would
    # come whether or not the guard worked
    with pytest.raises(NetworkAccessError):
        urllib.request.urlopen("http://example.com/", timeout=1)


def test_a_unix_domain_socket_is_not_the_network(tmp_path: Path) -> None:
    # multiprocessing's fork server (newsdoc convert --jobs) talks over one
    address = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        server.bind(address)
        server.listen(1)
        client.connect(address)
    with pytest.raises(NetworkAccessError), socket.socket(socket.AF_INET) as sock:
        sock.connect(("127.0.0.1", 9))

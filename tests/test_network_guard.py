"""The suite's network guard works: a connection attempt fails the test."""

from __future__ import annotations

import socket
import urllib.request

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

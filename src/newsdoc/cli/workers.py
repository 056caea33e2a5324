"""Worker processes and the pipes to them, for ``newsdoc convert --jobs N``.

:func:`start` runs ``work(link)`` in a new process and returns the parent's
:class:`Link` to it; :func:`ready` sleeps until some links have something
to read (or their worker is gone).

On Linux a worker is a plain :func:`os.fork` of the parent, talking over two
:func:`os.pipe` s: it starts at once with the library already imported, and
the parent never imports :mod:`multiprocessing`, whose modules (sockets,
subprocess, its pickler) cost 9 ms of a start-up that bounds what ``--jobs``
gains.  Elsewhere fork is unsafe (macOS) or missing (Windows), and workers
are :mod:`multiprocessing` processes, started the platform's way.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from multiprocessing.context import DefaultContext

__all__ = ["FORKED", "Link", "Worker", "ready", "start"]

#: Whether workers are forked (Linux).  Python 3.14 would otherwise start them
#: from a fresh interpreter, which imports the library again in each.
FORKED = sys.platform.startswith("linux")

#: How workers start where they are not forked (``None``: the platform's default).
START_METHOD: str | None = None

#: Bytes of the length that precedes each message on a pipe.
_HEADER = 8


class Link(Protocol):
    """One end of the pipes between the parent and a worker: whole messages.

    ``recv`` raises :class:`EOFError` once the other end is closed (its
    process ended); ``send`` raises :class:`OSError` if it is.
    """

    def send(self, message: Any) -> None: ...
    def recv(self) -> Any: ...
    def fileno(self) -> int: ...
    def close(self) -> None: ...


class _Pipes:
    """A :class:`Link` over two pipes: each message is pickled, after its length."""

    def __init__(self, incoming: int, outgoing: int) -> None:
        self.incoming = incoming
        self.outgoing = outgoing

    def send(self, message: Any) -> None:
        data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(_HEADER, "little") + data)
        while view:
            view = view[os.write(self.outgoing, view) :]

    def recv(self) -> Any:
        size = int.from_bytes(self._read(_HEADER), "little")
        return pickle.loads(self._read(size))

    def _read(self, size: int) -> bytes:
        chunks: list[bytes] = []
        while size:
            chunk = os.read(self.incoming, min(size, 1 << 20))
            if not chunk:
                raise EOFError("the other end of the pipe is closed")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def fileno(self) -> int:
        return self.incoming

    def close(self) -> None:
        descriptors = (self.incoming, self.outgoing)
        self.incoming = self.outgoing = -1  # closed: a second close does nothing
        for descriptor in descriptors:
            if descriptor >= 0:
                os.close(descriptor)


class Worker:
    """A worker process, and the parent's :class:`Link` to it."""

    def __init__(self, link: Link, join: Callable[[], object]) -> None:
        self.link = link
        self._join = join

    def join(self) -> None:
        """Wait for the process to end (close :attr:`link` first: that ends it)."""
        self._join()


def start(work: Callable[[Link], None], others: Sequence[Worker]) -> Worker:
    """Run ``work(link)`` in a new process; ``others``: the workers already running.

    ``work`` returns when its link reaches the end (the parent closed it or
    is gone).  Without fork it must be picklable (a module-level function or
    a :func:`functools.partial` of one).
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()  # else a forked worker would write its copy of the buffer again
    if FORKED:
        return _fork(work, others)
    import multiprocessing

    context = cast("DefaultContext", multiprocessing.get_context(START_METHOD))
    here, there = context.Pipe()
    process = context.Process(target=work, args=(there,), name="newsdoc-worker", daemon=True)
    process.start()
    there.close()
    return Worker(here, process.join)


def _fork(work: Callable[[Link], None], others: Sequence[Worker]) -> Worker:
    to_worker, from_worker = os.pipe(), os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        status = 1
        try:
            # its copies of the parent's ends (its own and the older workers')
            # closed, the worker sees the end of its pipe when the parent is gone
            for descriptor in (to_worker[1], from_worker[0]):
                os.close(descriptor)
            for other in others:
                other.link.close()
            work(_Pipes(to_worker[0], from_worker[1]))
            status = 0
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
        finally:
            os._exit(status)  # not the parent's clean-up: it is the parent's
    os.close(to_worker[0])
    os.close(from_worker[1])
    return Worker(_Pipes(from_worker[0], to_worker[1]), lambda: os.waitpid(pid, 0))


def ready(links: Sequence[Link]) -> list[Link]:
    """Sleep until some of ``links`` can be read or have reached their end."""
    if not FORKED:
        from multiprocessing.connection import wait

        return wait(links)  # type: ignore[arg-type,return-value]
    import select

    poll = select.poll()
    for link in links:
        poll.register(link.fileno(), select.POLLIN)  # POLLHUP comes too: the worker is gone
    readable = {descriptor for descriptor, _ in poll.poll()}
    return [link for link in links if link.fileno() in readable]

"""Worker processes and the pipes to them, for ``newsdoc convert --jobs N``.

:func:`start` runs ``work(link)`` in a new process and returns the parent's
:class:`Link` to it; :func:`ready` sleeps until the worker of some links
rings (or is gone).

On Linux a worker is a plain :func:`os.fork` of the parent, talking over
three :func:`os.pipe` s (messages each way, and the worker's bell): it starts
at once with the library already imported, and the parent never imports
:mod:`multiprocessing`, whose modules (sockets, subprocess, its pickler) cost
9 ms of a start-up that bounds what ``--jobs`` gains.  Elsewhere fork is
unsafe (macOS) or missing (Windows), and workers are :mod:`multiprocessing`
processes, started the platform's way.
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, cast

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
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
    """One end of the pipes between the parent and a worker: whole messages, and a bell.

    Messages go both ways.  On Linux a worker's messages do not wake the
    parent: the worker rings (:meth:`ring`) when it wants the parent to look,
    and the parent sleeps in :func:`ready` until a bell rings, then reads
    what is :meth:`pending`.  So the parent wakes once for several messages
    instead of once for each.  A worker's :meth:`send` also rings by itself
    whenever it has sent :data:`QUIET_BYTES` unheard, so that the pipe never
    fills with messages the parent was not told of (the worker would wait for
    a parent that sleeps).  Elsewhere every message wakes the parent.

    ``recv`` raises :class:`EOFError` once the other end is closed (its
    process ended); ``send`` raises :class:`OSError` if it is.
    """

    def send(self, message: Any) -> None:
        """Send one message (any picklable object)."""

    def recv(self) -> Any:
        """The next message, waiting for it if need be."""

    def pending(self) -> bool:
        """Whether a message, or the end, can be read without waiting."""

    def ring(self) -> None:
        """In the worker: ask the parent to read what was sent."""

    def answer(self) -> None:
        """In the parent: take in the rings heard so far."""

    def bell(self) -> Any:
        """In the parent: what :func:`ready` waits on."""

    def close(self) -> None:
        """Close this end (the other end then sees the end)."""


#: Bytes a worker writes at most between two rings: a quarter of what a pipe
#: holds on Linux (64 KiB; less if the system says so), so that unheard bytes
#: never fill it.
QUIET_BYTES = 16 * 1024


class _Pipes:
    """A :class:`Link` over pipes: each message is pickled, after its length.

    ``bell`` is the read end of the worker's bell (in the parent) or its
    write end (in the worker, ``rings``).  A worker writes a message in
    pieces of at most :data:`QUIET_BYTES` and rings after a piece once that
    many bytes are unheard: a ring always follows the bytes it announces, so
    the parent, woken, finds them, and reads a large message as it comes.
    """

    def __init__(self, incoming: int, outgoing: int, bell: int, *, rings: bool) -> None:
        self.incoming = incoming
        self.outgoing = outgoing
        self.bell_end = bell
        # the parent's messages need no bell (the worker reads them): no limit
        self.quiet = _quiet_bytes(outgoing) if rings else None
        self.unheard = 0  # bytes written since the last ring
        self._poll: Any = None

    def send(self, message: Any) -> None:
        data = pickle.dumps(message, pickle.HIGHEST_PROTOCOL)
        view = memoryview(len(data).to_bytes(_HEADER, "little") + data)
        quiet = self.quiet
        while view:
            written = os.write(self.outgoing, view if quiet is None else view[:quiet])
            view = view[written:]
            if quiet is not None:
                self.unheard += written
                if self.unheard >= quiet:
                    self.ring()

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

    def pending(self) -> bool:
        if self._poll is None:
            import select

            self._poll = select.poll()
            self._poll.register(self.incoming, select.POLLIN)  # and POLLHUP: the end
        return bool(self._poll.poll(0))

    def ring(self) -> None:
        self.unheard = 0
        os.write(self.bell_end, b"!")

    def answer(self) -> None:
        os.read(self.bell_end, 4096)  # the rings so far (none left: the worker is gone)

    def bell(self) -> int:
        return self.bell_end

    def close(self) -> None:
        descriptors = (self.incoming, self.outgoing, self.bell_end)
        self.incoming = self.outgoing = self.bell_end = -1  # a second close does nothing
        for descriptor in descriptors:
            if descriptor >= 0:
                os.close(descriptor)


def _quiet_bytes(pipe: int) -> int:
    """:data:`QUIET_BYTES`, or a quarter of what ``pipe`` holds if that is less."""
    import fcntl

    try:
        size: int = fcntl.fcntl(pipe, fcntl.F_GETPIPE_SZ)
    except (AttributeError, OSError):  # an old kernel: its pipes hold 64 KiB
        size = 4 * QUIET_BYTES
    return max(1, min(QUIET_BYTES, size // 4))


class _Connection:
    """A :class:`Link` over a :mod:`multiprocessing` connection, for workers not forked.

    Every message wakes the parent: the connection is its own bell.  (A
    message is written whole, so a bell rung after it could come too late:
    the parent must already be reading a message larger than the buffer.)
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def send(self, message: Any) -> None:
        self.connection.send(message)

    def recv(self) -> Any:
        return self.connection.recv()

    def pending(self) -> bool:
        return self.connection.poll(0)

    def ring(self) -> None:
        pass  # every message rings

    def answer(self) -> None:
        pass

    def bell(self) -> Connection:
        return self.connection

    def close(self) -> None:
        self.connection.close()


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
    process = context.Process(
        target=_run_connected, args=(work, there), name="newsdoc-worker", daemon=True
    )
    process.start()
    there.close()
    return Worker(_Connection(here), process.join)


def _run_connected(work: Callable[[Link], None], connection: Connection) -> None:
    work(_Connection(connection))


def _fork(work: Callable[[Link], None], others: Sequence[Worker]) -> Worker:
    to_worker, from_worker, bell = os.pipe(), os.pipe(), os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker
        status = 1
        try:
            # its copies of the parent's ends (its own and the older workers')
            # closed, the worker sees the end of its pipe when the parent is gone
            for descriptor in (to_worker[1], from_worker[0], bell[0]):
                os.close(descriptor)
            for other in others:
                other.link.close()
            work(_Pipes(to_worker[0], from_worker[1], bell[1], rings=True))
            status = 0
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
        finally:
            os._exit(status)  # not the parent's clean-up: it is the parent's
    for descriptor in (to_worker[0], from_worker[1], bell[1]):
        os.close(descriptor)
    parent_end = _Pipes(from_worker[0], to_worker[1], bell[0], rings=False)
    return Worker(parent_end, lambda: os.waitpid(pid, 0))


def ready(links: Sequence[Link]) -> list[Link]:
    """Sleep until the bell of some of ``links`` rings, or their worker is gone."""
    if not FORKED:
        from multiprocessing.connection import wait

        rung = wait([link.bell() for link in links])
        return [link for link in links if link.bell() in rung]
    import select

    poll = select.poll()
    for link in links:
        poll.register(link.bell(), select.POLLIN)  # POLLHUP comes too: the worker is gone
    readable = {descriptor for descriptor, _ in poll.poll()}
    return [link for link in links if link.bell() in readable]

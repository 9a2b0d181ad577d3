"""The web process's side of the check worker (worker.py): the checks that need no page run there
while this process renders the page and checks its HTML in place.

The text's analysis and the checks of HTML the page does not show (images, fields the template
leaves out) share nothing with the rendering, but Python runs one thread at a time: in one
process the gate pays for them in turn. One long-lived ``python -m cms.compliance.worker`` per
web process takes them, so a publish waits for the slower of the two sides, not for their sum.
A worker that runs past the time limit is killed (a thread cannot be) and the next check starts
a new one. While another thread of this process uses the worker, a check waits for it up to
BUSY_WAIT seconds; beyond that, or with ``COMPLIANCE_CHECK_WORKER = False``, the checks run in the
caller's thread as before; either way the results are the same code's.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import select
import subprocess
import sys
import threading
import time
from typing import Any

from django.conf import settings

logger = logging.getLogger(__name__)


class WorkerFailed(RuntimeError):
    """The worker gave no usable answer (it died, hung past the limit, or answered nonsense)."""


WORKER_COMMAND = (sys.executable, "-m", "cms.compliance.worker")
# Another thread's check takes a few milliseconds: wait for it rather than load the word lists
# (some 180 MB) into this process too; a worker stuck longer is not waited for.
BUSY_WAIT = 2.0


class CheckWorker:
    def __init__(self, command: tuple[str, ...] = WORKER_COMMAND) -> None:
        self.command = command
        self._lock = threading.Lock()
        self._owner: int | None = None  # the thread that holds the lock
        self._process: subprocess.Popen | None = None
        self._buffer = b""

    def after_fork(self) -> None:
        """In a forked child: the parent's worker and lock are not this process's to use."""
        self._lock = threading.Lock()
        self._owner, self._process, self._buffer = None, None, b""

    def _running(self) -> subprocess.Popen:
        process = self._process
        if process is None or process.poll() is not None:
            process = subprocess.Popen(
                list(self.command),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
            )
            self._process, self._buffer = process, b""
        return process

    def start(self, request: dict[str, Any], timeout: float) -> Turn | None:
        """Send one request; returns the turn that waits for its answer (call it), or None when the
        worker stays busy for BUSY_WAIT seconds or cannot be started (then the caller checks in its
        own thread)."""
        if self._owner == threading.get_ident():
            # this thread holds the worker for a check it has not read yet (a publish waiting for
            # the page's save): waiting would wait for itself
            return None
        if not self._lock.acquire(timeout=BUSY_WAIT):
            return None
        self._owner = threading.get_ident()
        try:
            process = self._running()
            self._write(process, request)
        except Exception as error:  # cannot start (no interpreter, no memory) or a broken pipe
            logger.warning("check worker could not be started or reached: %s", error)
            self._stop()
            self._release()
            return None
        return Turn(self, process, time.monotonic() + timeout)

    @staticmethod
    def _write(process: subprocess.Popen, request: dict[str, Any]) -> None:
        process.stdin.write(json.dumps(request, ensure_ascii=False).encode() + b"\n")
        process.stdin.flush()

    def _release(self) -> None:
        self._owner = None
        self._lock.release()

    def _read(self, process: subprocess.Popen, deadline: float) -> dict[str, Any]:
        """One answer line, read as it arrives; past the deadline the worker is killed."""
        descriptor = process.stdout.fileno()
        while b"\n" not in self._buffer:
            remaining = deadline - time.monotonic()
            ready = remaining > 0 and select.select([descriptor], [], [], remaining)[0]
            if not ready:
                self._stop()
                raise WorkerFailed(
                    f"no result within the time limit; the worker (pid {process.pid}) was killed"
                )
            chunk = os.read(descriptor, 1 << 16)
            if not chunk:
                self._stop()
                raise WorkerFailed(f"the worker ended (exit code {process.poll()})")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            answer = json.loads(line)
        except ValueError as error:
            self._stop()
            raise WorkerFailed(f"unreadable answer: {error}") from error
        if not isinstance(answer, dict) or "error" in answer:
            raise WorkerFailed(str(answer.get("error") if isinstance(answer, dict) else answer))
        return answer

    def _stop(self) -> None:
        process, self._process, self._buffer = self._process, None, b""
        if process is not None and process.poll() is None:
            process.kill()
            process.wait()

    def stop(self) -> None:
        # at exit a thread may still wait for an answer: kill the worker anyway after a second
        acquired = self._lock.acquire(timeout=1)
        try:
            self._stop()
        finally:
            if acquired:
                self._lock.release()


class Turn:
    """The worker held for one check: the requests sent in it, whose answers are owed in order.
    Calling it reads them all (merged: each part from the answer that has it) and frees the worker."""

    def __init__(self, worker: CheckWorker, process: subprocess.Popen, deadline: float) -> None:
        self.worker, self.process, self.deadline = worker, process, deadline
        self.owed = 1
        self.done = False
        self._claim = threading.Lock()  # a timed-out check's thread may still try to read it too

    def send(self, request: dict[str, Any]) -> bool:
        """One more request in this turn (e.g. the rendered page, once it is rendered, while the
        worker still analyses the text); False if it could not be sent (check it in this process)."""
        with self._claim:
            if self.done:
                return False
            self.owed += 1
        try:
            self.worker._write(self.process, request)
        except Exception as error:  # a broken pipe: the worker is gone, what it owes fails when read
            logger.warning("check worker could not be reached: %s", error)
            self.worker._stop()
            return False
        return True

    def __call__(self) -> dict[str, Any]:
        with self._claim:
            if self.done:
                raise WorkerFailed("the answer was read already")
            self.done = True
        merged: dict[str, Any] = {}
        read = 0
        try:
            for _ in range(self.owed):
                answer = self.worker._read(self.process, self.deadline)
                read += 1
                merged.update((part, value) for part, value in answer.items() if value is not None)
        except BaseException as error:
            # an answer still owed (or half read) would reach the next check: a new worker for it
            if read + 1 < self.owed or not isinstance(error, WorkerFailed):
                self.worker._stop()
            raise
        finally:
            self.worker._release()
        for part in ("text", "fragments", "page"):
            merged.setdefault(part, None)
        return merged


_worker = CheckWorker()
atexit.register(lambda: _worker.stop())
os.register_at_fork(after_in_child=lambda: _worker.after_fork())


def enabled() -> bool:
    return getattr(settings, "COMPLIANCE_CHECK_WORKER", True)


def start(request: dict[str, Any]) -> Turn | None:
    """The request running in the worker, as a call that waits for its answer; None: not started."""
    if not enabled():
        return None
    # inside the page's time limit: the worker is killed and named before the whole check gives up
    return _worker.start(request, 0.9 * getattr(settings, "COMPLIANCE_CHECK_TIMEOUT", 20))

"""The plain-language analysis in a process of its own, beside the page's HTML checks.

The two checkers share nothing, but Python runs one thread at a time: in one process the gate pays
for both in turn. A long-lived ``python -m plainlanguage.worker`` per web process analyses the
text while this process renders and checks the HTML, so a publish waits for the slower of the two,
not for their sum. A worker that runs past the time limit is killed (a thread cannot be) and the
next check starts a new one. While another thread of this process uses the worker, a check waits
for it up to BUSY_WAIT seconds; beyond that, or with ``COMPLIANCE_LANGUAGE_WORKER = False``, the
analysis runs in the caller's thread as before; either way the results are the same code's.
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
from collections.abc import Callable
from typing import Any

from django.conf import settings

from checkreport import Report

logger = logging.getLogger(__name__)


class WorkerFailed(RuntimeError):
    """The worker gave no usable answer (it died, hung past the limit, or answered nonsense)."""


WORKER_COMMAND = (sys.executable, "-m", "plainlanguage.worker")
# Another thread's check takes a few milliseconds: wait for it rather than load the word lists
# (some 180 MB) into this process too; a worker stuck longer is not waited for.
BUSY_WAIT = 2.0


class LanguageWorker:
    def __init__(self, command: tuple[str, ...] = WORKER_COMMAND) -> None:
        self.command = command
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._buffer = b""

    def after_fork(self) -> None:
        """In a forked child: the parent's worker and lock are not this process's to use."""
        self._lock = threading.Lock()
        self._process, self._buffer = None, b""

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

    def start(self, request: dict[str, Any], timeout: float) -> Callable[[], Report] | None:
        """Send one analysis; returns the call that waits for its report, or None when the worker
        stays busy for BUSY_WAIT seconds or cannot be started (then the caller analyses in its own
        thread)."""
        if not self._lock.acquire(timeout=BUSY_WAIT):
            return None
        try:
            process = self._running()
            process.stdin.write(json.dumps(request, ensure_ascii=False).encode() + b"\n")
            process.stdin.flush()
        except Exception as error:  # cannot start (no interpreter, no memory) or a broken pipe
            logger.warning("plain-language worker could not be started or reached: %s", error)
            self._stop()
            self._lock.release()
            return None
        deadline = time.monotonic() + timeout

        def finish() -> Report:
            try:
                return self._read(process, deadline)
            finally:
                self._lock.release()

        return finish

    def _read(self, process: subprocess.Popen, deadline: float) -> Report:
        """One answer line, read as it arrives; past the deadline the worker is killed."""
        from plainlanguage.report import TextReport

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
            if "error" in answer:
                raise WorkerFailed(answer["error"])
            return TextReport.from_dict(answer["report"])
        except (ValueError, KeyError, TypeError) as error:
            self._stop()
            raise WorkerFailed(f"unreadable answer: {error}") from error

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


_worker = LanguageWorker()
atexit.register(lambda: _worker.stop())
os.register_at_fork(after_in_child=lambda: _worker.after_fork())


def enabled() -> bool:
    return getattr(settings, "COMPLIANCE_LANGUAGE_WORKER", True)


def start_analysis(
    text: str, profile: str, glossary: tuple[str, ...], severities: dict[str, str], threshold: float | None
) -> Callable[[], Report] | None:
    """The analysis running in the worker, as a call that waits for its report; None: not started."""
    if not enabled():
        return None
    request = {
        "text": text,
        "profile": profile,
        "glossary": list(glossary),
        "severities": severities,
        "threshold": threshold,
    }
    # inside the page's time limit: the worker is killed and named before the whole check gives up
    return _worker.start(request, 0.9 * getattr(settings, "COMPLIANCE_CHECK_TIMEOUT", 20))


def stop_worker() -> None:
    _worker.stop()

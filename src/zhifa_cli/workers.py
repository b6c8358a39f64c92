"""workers: pools of worker processes that end when the process that started them dies.

A pool's workers outlive a `kill -9` of their parent: nothing tells them, and they keep a core busy on work
nobody will collect. Every pool zhifa starts (parsing, cutting terms, aligning) therefore runs
`die_with_parent` in each worker first: on Linux the kernel sends the worker SIGKILL when its parent dies
(prctl PR_SET_PDEATHSIG); elsewhere, and in case the parent was gone before that call, a watchdog thread
ends the worker once its parent process id changes (it has been re-parented).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_SECONDS = 1.0


def executor(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, initializer=die_with_parent, initargs=(os.getpid(),))


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """Workers forked inside this block inherit the parent's objects (modules, compiled patterns, record
    classes) outside their garbage collector's reach (gc.freeze): a worker's full collection would otherwise
    write into every one of them and so copy every memory page they lie on (~4,000 page faults of a parse
    pool). The parent's collector gets them back when the block ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def stop(pool: ProcessPoolExecutor) -> None:
    """End `pool` now, its queued work dropped and its workers killed: what the caller abandons (Ctrl-C, an
    error, a consumer that stops reading) nobody will collect. Without this, leaving `with executor(…)` waits
    for the work already handed out, and a worker that Ctrl-C interrupts in one job takes the next one."""
    kill = getattr(pool, "kill_workers", None)  # Python 3.14: shuts down, queued work cancelled, then kills
    if kill is not None:
        kill()
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())  # shutdown() forgets them
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError, ValueError):
            process.kill()


def fork_pool(workers: int):
    """A multiprocessing Pool of forked workers (they inherit the parent's memory, e.g. a task index),
    each with one BLAS thread: the pool is the parallelism (OpenBLAS's own threads would spin on the same
    cores, costing CPU time and gaining nothing); and each keeping the memory it frees (keep_freed_memory)."""
    return multiprocessing.get_context("fork").Pool(workers, initializer=_forked_worker, initargs=(os.getpid(),))


def _forked_worker(parent: int) -> None:
    die_with_parent(parent)
    one_blas_thread()
    keep_freed_memory()


M_TRIM_THRESHOLD, M_MMAP_MAX = -1, -4  # glibc's <malloc.h>
KEEP_FREED = 2**30


def keep_freed_memory() -> bool:
    """Ask glibc's malloc to serve even large arrays from its heap and to keep up to KEEP_FREED bytes freed
    there: an aligning worker makes and drops arrays of tens of MB over and over, and by default each one
    is fresh pages from the kernel, every page faulted in and zeroed again (the system time of a large
    matrix). Whether it was done: not on another C library."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_MAX, 0)) and bool(libc.mallopt(M_TRIM_THRESHOLD, KEEP_FREED))
    except (OSError, AttributeError):
        return False


_BLAS_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads", "openblas_set_num_threads64_",
                 "openblas_set_num_threads")


def one_blas_thread() -> bool:
    """Ask every OpenBLAS this process has loaded (numpy's, scipy's) for one thread; whether one was found.
    Best effort: without /proc or OpenBLAS nothing changes."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            paths = {line.split(maxsplit=5)[-1].strip() for line in maps if "openblas" in line.lower()}
    except OSError:
        return False
    done = False
    for path in sorted(paths):
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _BLAS_SETTERS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(1)
                done = True
                break
    return done


def die_with_parent(parent: int) -> None:
    """Worker initializer: end this process when `parent` dies."""
    _death_signal()
    if os.getppid() != parent:  # the parent died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="zhifa-parent-watch", daemon=True).start()


def _death_signal() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)

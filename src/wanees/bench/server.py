"""The server under test: `wanees serve` as a child process on a free port, and its memory.

A separate process keeps the benchmark client's own memory and CPU out of the server's figures.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

import psutil

from wanees.config import Settings

# Engine presets for --engines; "config" means the current configuration, unchanged.
ENGINE_PRESETS: dict[str, dict[str, str]] = {
    "config": {},
    "fake": {
        "WANEES_VAD__ENGINE": "energy",
        "WANEES_STT__ENGINE": "fake",
        "WANEES_LLM__ENGINE": "fake",
        "WANEES_TTS__ENGINE": "fake",
    },
    "embedded": {
        "WANEES_VAD__ENGINE": "silero",
        "WANEES_STT__ENGINE": "whisper",
        "WANEES_LLM__ENGINE": "llamacpp",
        "WANEES_TTS__ENGINE": "espeak",
    },
}


class ServerStartError(RuntimeError):
    """The server exited or never opened its port; the message points at its log."""


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class MemorySampler:
    """Samples the resident memory of a process and its children on a background thread."""

    def __init__(self, pid: int, interval_s: float = 0.1) -> None:
        self._process = psutil.Process(pid)
        self._interval_s = interval_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-rss", daemon=True)
        self.peak_bytes = 0
        self.peak_main_bytes = 0
        self.peak_children_bytes = 0
        self.samples = 0

    def tree_rss(self) -> int:
        return sum(self._rss_by_role())

    def _rss_by_role(self) -> tuple[int, int]:
        """(main process RSS, its children's unique memory).

        Helpers like espeak-ng run as child processes. A child is counted by the pages only it
        holds (USS): between fork and exec a child shares the server's whole memory, and counting
        its RSS would add the server a second time (seen as a phantom +0.9 GB peak).
        """
        try:
            main = self._process.memory_info().rss
            children = self._process.children(recursive=True)
        except psutil.Error:
            return 0, 0
        total_children = 0
        for child in children:
            try:
                total_children += child.memory_full_info().uss
            except psutil.AccessDenied:
                total_children += child.memory_info().rss
            except psutil.Error:
                continue  # a child that just exited
        return main, total_children

    def _run(self) -> None:
        while not self._stop.is_set():
            main, children = self._rss_by_role()
            self.peak_bytes = max(self.peak_bytes, main + children)
            self.peak_main_bytes = max(self.peak_main_bytes, main)
            self.peak_children_bytes = max(self.peak_children_bytes, children)
            self.samples += 1
            self._stop.wait(self._interval_s)

    def start(self) -> MemorySampler:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class ServerProcess:
    """``python -m wanees serve`` with the current configuration plus ``env_overrides``.

    Benchmark sessions are stored in a throw-away data folder (the models are still read from the
    configured cache), so benchmarking never writes into the real conversation database.
    """

    def __init__(
        self,
        *,
        env_overrides: dict[str, str],
        log_path: Path,
        startup_timeout_s: float = 300.0,
        host: str = "127.0.0.1",
    ) -> None:
        self.host = host
        self.port = free_port(host)
        self.log_path = log_path
        self._env_overrides = env_overrides
        self._startup_timeout_s = startup_timeout_s
        self._process: subprocess.Popen[bytes] | None = None
        self._data_dir: tempfile.TemporaryDirectory[str] | None = None
        self.sampler: MemorySampler | None = None
        self.startup_s: float | None = None
        self.rss_after_start_bytes: int | None = None
        # CPU seconds the server used from listening to stopping (its reaped children included):
        # set against wall time, it shows how much of the machine the server actually got.
        self.cpu_s: float | None = None
        self._cpu_at_start = 0.0

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}/ws"

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(self._env_overrides)
        cache_dir = Settings().effective_cache_dir.resolve()  # type: ignore[call-arg]
        assert self._data_dir is not None
        env.setdefault("WANEES_CACHE_DIR", str(cache_dir))
        env["WANEES_DATA_DIR"] = self._data_dir.name
        env.pop("WANEES_DATABASE_URL", None)
        env["HF_HUB_OFFLINE"] = "1"
        return env

    def start(self) -> ServerProcess:
        self._data_dir = tempfile.TemporaryDirectory(prefix="wanees-bench-")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-m", "wanees", "serve", "--host", self.host]
        command += ["--port", str(self.port)]
        began = time.perf_counter()
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(
                command, env=self._environment(), stdout=log, stderr=subprocess.STDOUT
            )
        self.sampler = MemorySampler(self._process.pid).start()
        try:
            self._wait_until_listening()
        except BaseException:
            self.stop()
            raise
        self.startup_s = time.perf_counter() - began
        self.rss_after_start_bytes = self.sampler.tree_rss()
        self._cpu_at_start = self._cpu_seconds()
        return self

    def _cpu_seconds(self) -> float:
        assert self._process is not None
        try:
            times = psutil.Process(self._process.pid).cpu_times()
        except psutil.Error:
            return 0.0
        return float(times.user + times.system + times.children_user + times.children_system)

    def _wait_until_listening(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self._startup_timeout_s
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise ServerStartError(
                    f"the server exited with code {self._process.returncode}; see {self.log_path}"
                )
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise ServerStartError(
            f"the server did not listen within {self._startup_timeout_s:.0f} s; see {self.log_path}"
        )

    def stop(self) -> None:
        if self.sampler is not None:
            self.sampler.stop()
        if self._process is not None and self._process.poll() is None:
            if self.startup_s is not None:
                self.cpu_s = self._cpu_seconds() - self._cpu_at_start
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=5)
        if self._data_dir is not None:
            self._data_dir.cleanup()
            self._data_dir = None

    @property
    def peak_rss_bytes(self) -> int | None:
        return self.sampler.peak_bytes if self.sampler else None

    def __enter__(self) -> ServerProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

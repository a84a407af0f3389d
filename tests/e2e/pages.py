"""Shared pieces of the end-to-end tests: the `wanees serve` subprocess, the Chromium page
set-up, and small helpers that read the page's state (window.wanees.snapshot())."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = Path("/usr/bin/chromium")
REPO_ROOT = Path(__file__).resolve().parents[2]
EVAL_AUDIO = REPO_ROOT.parent / "shared" / "eval" / "audio"
SCREENSHOTS = REPO_ROOT / "artifacts" / "screenshots"

# What the fake engines say (WANEES_FAKE__*), so tests can look for it on the page.
FAKE_TRANSCRIPT = "أنا تعبان شوي اليوم وما قدرت أنام زين."
FAKE_REPLY = "الله يعطيك العافية، النوم مهم وايد. تبا تخبرني شو اللي شاغل بالك الليلة؟"

BASE_ARGS = [
    "--use-fake-device-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """`wanees serve` in its own process group, restartable on the same port and data folder."""

    def __init__(self, data_dir: Path, log_path: Path, **env: str) -> None:
        self.port = _free_port()
        self.data_dir = data_dir
        self.log_path = log_path
        self.env = {
            **os.environ,
            "WANEES_HOST": "127.0.0.1",
            "WANEES_PORT": str(self.port),
            "WANEES_DATA_DIR": str(data_dir),
            "WANEES_WARMUP": "false",
            "WANEES_VAD__ENGINE": "energy",
            "WANEES_STT__ENGINE": "fake",
            "WANEES_LLM__ENGINE": "fake",
            "WANEES_TTS__ENGINE": "fake",
            # The page always asks for consent, so the server may insist on it.
            "WANEES_PRIVACY__REQUIRE_CONSENT": "true",
            "WANEES_FAKE__TRANSCRIPT": FAKE_TRANSCRIPT,
            "WANEES_FAKE__REPLY": FAKE_REPLY,
            # Short replies keep the suite quick; a long grace proves the page's playback.done.
            "WANEES_FAKE__TTS_SECONDS_PER_CHAR": "0.012",
            "WANEES_TURN__PLAYBACK_GRACE_S": "20",
            "HF_HUB_OFFLINE": "1",
            **env,
        }
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wanees", "serve"],
            cwd=self.data_dir,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"wanees serve exited; see {self.log_path}")
            try:
                if httpx.get(f"{self.url}healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"wanees serve did not become healthy; see {self.log_path}")

    def kill(self) -> None:
        """Drop everything at once, as a crash or a pulled cable would."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.process = None

    def metric(self, name: str) -> float:
        """Sum of a Prometheus counter's samples (all label sets)."""
        text = httpx.get(f"{self.url}metrics", timeout=5).text
        total = 0.0
        for line in text.splitlines():
            if line.startswith(name) and not line.startswith("#"):
                total += float(line.rsplit(" ", 1)[1])
        return total


CONSENTED = "localStorage.setItem('wanees.consent.v1', JSON.stringify({accepted: true, at: 'x'}));"


def new_page(
    browser: Browser,
    *,
    width: int = 360,
    height: int = 780,
    color_scheme: str = "light",
    consented: bool = True,
) -> Page:
    """A fresh browser profile (own localStorage). Reduced motion keeps elements still for
    Playwright's stability checks, and exercises the page's reduced-motion path."""
    context: BrowserContext = browser.new_context(
        viewport={"width": width, "height": height},
        color_scheme=color_scheme,  # type: ignore[arg-type]
        reduced_motion="reduce",
    )
    if consented:
        context.add_init_script(
            "if (!localStorage.getItem('wanees.consent.v1')) {" + CONSENTED + "}"
        )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # type: ignore[attr-defined]
    return page


def snapshot(page: Page) -> dict[str, Any]:
    return page.evaluate("window.wanees.snapshot()")  # type: ignore[no-any-return]


def wait_ready(page: Page) -> None:
    """The socket is greeted and the session started (turns may flow)."""
    page.wait_for_function("() => window.wanees && window.wanees.snapshot().ready")


def send_text(page: Page, text: str) -> None:
    page.fill("#composer-input", text)
    page.press("#composer-input", "Enter")


def wait_turns(page: Page, count: int, timeout: float = 20_000) -> None:
    """Wait until `count` turns have finished (metrics received) and the page listens again."""
    page.wait_for_function(
        f"() => {{ const s = window.wanees.snapshot();"
        f" return s.metrics.length >= {count} && s.serverState === 'listening'; }}",
        timeout=timeout,
    )


def bubbles(page: Page, role: str) -> list[str]:
    return page.locator(f"#messages .msg.{role} .msg-text").all_text_contents()

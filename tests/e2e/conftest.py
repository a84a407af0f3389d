"""End-to-end fixtures: a real `wanees serve` subprocess on fake engines, Debian's Chromium driven
by Playwright with a real Arabic clip (plus silence) as the microphone."""

from __future__ import annotations

import os
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

pytest.importorskip("playwright.sync_api")
from playwright.sync_api import Browser, Page, Playwright, sync_playwright
from tests.e2e.pages import BASE_ARGS, CHROMIUM, EVAL_AUDIO, ServerProcess, new_page


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the browser tests and run them after everything else.

    Playwright's sync API keeps its own event loop running in the main thread for as long as the
    session-scoped browser is open; asyncio tests scheduled after it would find a running loop.
    """

    def is_e2e(item: pytest.Item) -> bool:
        return "tests/e2e/" in str(item.fspath).replace(os.sep, "/")

    for item in items:
        if is_e2e(item):
            item.add_marker(pytest.mark.e2e)
    items.sort(key=is_e2e)  # stable: keeps each group's own order


# ------------------------------------------------------------------------------ the server


def _make_server(tmp_path_factory: pytest.TempPathFactory, **env: str) -> ServerProcess:
    data_dir = tmp_path_factory.mktemp("wanees-data")
    return ServerProcess(data_dir, data_dir / "server.log", **env)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    proc = _make_server(tmp_path_factory)
    proc.start()
    yield proc
    proc.stop()


@pytest.fixture
def server_factory(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[..., ServerProcess]]:
    """A private server for a test that kills or reconfigures it."""
    made: list[ServerProcess] = []

    def make(**env: str) -> ServerProcess:
        proc = _make_server(tmp_path_factory, **env)
        made.append(proc)
        proc.start()
        return proc

    yield make
    for proc in made:
        proc.stop()


# ------------------------------------------------------------------------------ the browser


@pytest.fixture(scope="session")
def mic_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real Gulf Arabic clip with silence around it: Chromium loops the file, and the silence
    lets the server's VAD end the turn."""
    clip = EVAL_AUDIO / "habibi_gulf.wav"
    if not clip.is_file():
        pytest.skip(f"evaluation clip {clip} not available")
    with wave.open(str(clip)) as source:
        rate = source.getframerate()
        speech = np.frombuffer(source.readframes(source.getnframes()), dtype="<i2")
    silence = np.zeros(rate * 3, dtype="<i2")
    path = tmp_path_factory.mktemp("mic") / "habibi_gulf_padded.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.concatenate([silence[: rate // 2], speech, silence]).tobytes())
    return path


@pytest.fixture(scope="session")
def playwright_instance() -> Iterator[Playwright]:
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright_instance: Playwright, mic_wav: Path) -> Iterator[Browser]:
    """Chromium whose microphone is the WAV file and whose permission prompts say yes."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    instance = playwright_instance.chromium.launch(
        executable_path=str(CHROMIUM),
        args=[
            "--use-fake-ui-for-media-stream",
            f"--use-file-for-fake-audio-capture={mic_wav}",
            *BASE_ARGS,
        ],
    )
    yield instance
    instance.close()


@pytest.fixture(scope="session")
def denying_browser(playwright_instance: Playwright) -> Iterator[Browser]:
    """Chromium that refuses every permission prompt (a person who pressed "Block")."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    instance = playwright_instance.chromium.launch(
        executable_path=str(CHROMIUM), args=["--deny-permission-prompts", *BASE_ARGS]
    )
    yield instance
    instance.close()


@pytest.fixture
def page_factory(browser: Browser) -> Iterator[Callable[..., Page]]:
    pages: list[Page] = []

    def make(**kwargs: Any) -> Page:
        page = new_page(browser, **kwargs)
        pages.append(page)
        return page

    yield make
    for page in pages:
        assert not page.errors, f"JavaScript errors on the page: {page.errors}"  # type: ignore[attr-defined]
        page.context.close()

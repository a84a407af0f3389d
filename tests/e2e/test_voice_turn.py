"""A whole spoken turn through the real page: consent, microphone (a real Arabic clip), live
transcript, the reply as text and as played audio, playback.done, back to listening."""

from __future__ import annotations

import re
from collections.abc import Callable

from playwright.sync_api import Page, expect
from tests.e2e.pages import FAKE_REPLY, FAKE_TRANSCRIPT, ServerProcess, bubbles, snapshot

# Records every state the main control shows, and whether it was marked locked at that moment.
RECORD_CONTROL = """
() => {
  window.__controlStates = [];
  const talk = document.getElementById('talk');
  new MutationObserver(() => window.__controlStates.push(
    [talk.dataset.state, talk.getAttribute('aria-disabled')]
  )).observe(talk, { attributes: true, attributeFilter: ['data-state'] });
}
"""


def test_spoken_turn_plays_reply_and_returns_to_listening(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory(consented=False)
    page.goto(server.url)

    consent = page.locator("#consent-dialog")
    expect(consent).to_be_visible()
    # The disclosure names the emergency number from the server's verified resources.
    expect(page.locator("#consent-emergency a[href='tel:9999']")).to_be_visible()
    page.click("#consent-accept")
    expect(consent).to_be_hidden()
    assert page.evaluate("JSON.parse(localStorage.getItem('wanees.consent.v1')).accepted")

    page.evaluate(RECORD_CONTROL)
    discarded_before = server.metric("wanees_discarded_audio_frames_total")
    page.click("#talk")

    # The clip is spoken: a user bubble grows from a partial transcript (shown as in progress)
    # to the final one.
    partial = page.locator("#messages .msg.user.partial[aria-busy='true'] .msg-text")
    expect(partial).not_to_be_empty(timeout=20_000)
    expect(page.locator("#messages .msg.user .msg-text")).to_have_text(
        FAKE_TRANSCRIPT, timeout=20_000
    )
    # The reply is shown as it is spoken; the first turn starts with the disclosure prefix.
    expect(page.locator("#messages .msg.assistant .msg-text")).to_contain_text(
        FAKE_REPLY, timeout=20_000
    )
    page.wait_for_function("() => window.wanees.snapshot().playbackDone >= 1", timeout=20_000)
    page.wait_for_function("() => window.wanees.snapshot().serverState === 'listening'")

    snap = snapshot(page)
    assert snap["audioState"] == "running"
    assert snap["played"]["buffers"] > 0 and snap["played"]["replies"] == 1
    assert snap["framesSent"] > 50  # ~40 ms frames for the whole clip
    # A 20 s playback grace means only the page's playback.done brought the server back so soon
    # that the control is listening again (the server also counts the event).
    expect(page.locator("#talk")).to_have_attribute("data-state", "listening")

    states = page.evaluate("window.__controlStates")
    seen = [state for state, _ in states]
    assert "user_speaking" in seen and "thinking" in seen and "speaking" in seen
    # While Wanees thinks or speaks the control is visibly locked.
    assert all(locked == "true" for state, locked in states if state in ("thinking", "speaking"))
    # The page stopped streaming while locked: at most a few frames in flight were discarded,
    # not the ~25 per second a page that kept sending would cost.
    discarded = server.metric("wanees_discarded_audio_frames_total") - discarded_before
    assert discarded < 10

    # One user bubble and one reply, each with a time stamp.
    assert len(bubbles(page, "user")) == 1
    assert len(bubbles(page, "assistant")) == 1
    expect(page.locator("#messages .msg time").first).to_have_attribute(
        "datetime", re.compile(r"^\d{4}-\d\d-\d\dT")
    )

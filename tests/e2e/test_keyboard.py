"""Keyboard only: consent, the main control, typing, the settings dialog with its focus trap,
Esc to close, focus returned, and the in-page delete confirmation."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Dialog, Page, expect
from tests.e2e.pages import ServerProcess, snapshot, wait_ready, wait_turns


def _focused_id(page: Page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id") or ""


def test_keyboard_only_use(server: ServerProcess, page_factory: Callable[..., Page]) -> None:
    page = page_factory(consented=False, width=1280, height=800)
    native_dialogs: list[str] = []

    def refuse_native_dialog(dialog: Dialog) -> None:
        native_dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", refuse_native_dialog)
    page.goto(server.url)

    # Consent: focus starts on the accept button; Esc must not skip it.
    expect(page.locator("#consent-dialog")).to_be_visible()
    assert _focused_id(page) == "consent-accept"
    page.keyboard.press("Escape")
    expect(page.locator("#consent-dialog")).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("#consent-dialog")).to_be_hidden()
    wait_ready(page)

    # The main control has focus; Space starts the microphone, Space again pauses it.
    assert _focused_id(page) == "talk"
    page.keyboard.press("Space")
    page.wait_for_function("() => window.wanees.snapshot().mic === 'on'")
    page.keyboard.press("Space")
    page.wait_for_function("() => window.wanees.snapshot().mic === 'paused'")
    page.keyboard.press("Enter")  # resumes (the worklet is reused, not registered twice)
    page.wait_for_function("() => window.wanees.snapshot().mic === 'on'")
    page.keyboard.press("Space")
    page.wait_for_function("() => window.wanees.snapshot().mic === 'paused'")
    expect(page.locator("#talk")).to_have_attribute("data-state", "paused")

    # Tab reaches the message box; Enter sends.
    page.keyboard.press("Tab")
    assert _focused_id(page) == "composer-input"
    page.keyboard.type("مرحبا ونيس")
    page.keyboard.press("Enter")
    wait_turns(page, 1)
    expect(page.locator("#messages .msg.user .msg-text")).to_have_text("مرحبا ونيس")

    # Walk back to the settings button and open the panel.
    for _ in range(20):
        if _focused_id(page) == "open-settings":
            break
        page.keyboard.press("Shift+Tab")
    assert _focused_id(page) == "open-settings"
    page.keyboard.press("Enter")
    dialog = page.locator("#settings-dialog")
    expect(dialog).to_be_visible()
    # Focus trap: forty Tabs and Shift+Tabs never leave the dialog.
    for key in ["Tab"] * 40 + ["Shift+Tab"] * 40:
        page.keyboard.press(key)
        assert page.evaluate(
            "document.getElementById('settings-dialog').contains(document.activeElement)"
        ), key
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    assert _focused_id(page) == "open-settings"

    # Delete via keyboard: an in-page confirmation, never window.confirm.
    page.keyboard.press("Enter")
    for _ in range(40):
        if _focused_id(page) == "open-delete":
            break
        page.keyboard.press("Tab")
    old_session = snapshot(page)["sessionId"]
    page.keyboard.press("Enter")
    expect(page.locator("#delete-dialog")).to_be_visible()
    assert _focused_id(page) == "delete-cancel"  # the safe choice is the default
    page.keyboard.press("Tab")
    assert _focused_id(page) == "delete-confirm"
    page.keyboard.press("Enter")
    page.wait_for_function(
        "(old) => window.wanees.snapshot().ready && window.wanees.snapshot().sessionId !== old",
        arg=old_session,
    )
    expect(page.locator("#messages .msg")).to_have_count(0)
    expect(page.locator("#empty")).to_be_visible()
    assert native_dialogs == []

    # The old conversation is gone for good: a reload shows a fresh page.
    page.reload()
    wait_ready(page)
    expect(page.locator("#messages .msg")).to_have_count(0)
    assert snapshot(page)["sessionId"] != old_session


def test_focus_is_visible(server: ServerProcess, page_factory: Callable[..., Page]) -> None:
    page = page_factory()
    page.goto(server.url)
    wait_ready(page)
    page.focus("#talk")
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"

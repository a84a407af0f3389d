"""The consent text tells the person how long their conversation's text is kept, as this server
is configured (privacy.retention_days), not a default written into the page."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
from tests.e2e.pages import ServerProcess

ENGLISH = "localStorage.setItem('wanees.prefs.v1', JSON.stringify({uiLang: 'en'}));"


def test_consent_names_the_servers_retention_period(
    server_factory: Callable[..., ServerProcess], page_factory: Callable[..., Page]
) -> None:
    server = server_factory(WANEES_PRIVACY__RETENTION_DAYS="7")
    page = page_factory(consented=False)
    page.goto(server.url)
    storage = page.locator("#consent-storage")
    expect(page.locator("#consent-dialog")).to_be_visible()
    # Arabic page: "after 7 days" (digits as the page writes phone numbers).
    expect(storage).to_contain_text("بعد 7 يوم")
    assert "٣٠" not in storage.inner_text()


def test_consent_says_text_is_kept_when_retention_is_off(
    server_factory: Callable[..., ServerProcess], page_factory: Callable[..., Page]
) -> None:
    server = server_factory(WANEES_PRIVACY__RETENTION_DAYS="0")
    page = page_factory(consented=False)
    page.context.add_init_script(ENGLISH)
    page.goto(server.url)
    storage = page.locator("#consent-storage")
    expect(storage).to_contain_text("until you delete it yourself")
    assert "deleted automatically" not in storage.inner_text()

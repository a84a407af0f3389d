"""The page's colour tokens: light-dark() where the browser has it, and the same colours from a
fallback block where it does not (older Safari and Firefox), so neither drifts from the other."""

from __future__ import annotations

import re
from pathlib import Path

STYLES = Path(__file__).parents[2] / "src" / "wanees" / "web" / "static" / "styles.css"
TOKEN = re.compile(r"^\s*(--[\w-]+):\s*(.+?);\s*$", re.MULTILINE)


def _split_top_level(args: str) -> tuple[str, str]:
    depth = 0
    for i, ch in enumerate(args):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            return args[:i].strip(), args[i + 1 :].strip()
    raise AssertionError(f"light-dark() without two colours: {args}")


def _block(css: str, selector: str, start: int = 0) -> dict[str, str]:
    at = css.index(selector + " {", start)
    body = css[at : css.index("}", at)]
    return dict(TOKEN.findall(body))


def test_every_light_dark_token_has_the_same_colours_in_the_fallback() -> None:
    css = STYLES.read_text(encoding="utf-8")
    tokens = {
        name: _split_top_level(value[len("light-dark(") : -1])
        for name, value in _block(css, ":root").items()
        if value.startswith("light-dark(")
    }
    assert len(tokens) > 10
    fallback_at = css.index("@supports not (color: light-dark(")
    light = _block(css, ":root", fallback_at)
    device_dark = _block(css, ':root:not([data-theme="light"])', fallback_at)
    pinned_dark = _block(css, ':root[data-theme="dark"]', fallback_at)
    assert light == {name: pair[0] for name, pair in tokens.items()}
    assert device_dark == pinned_dark == {name: pair[1] for name, pair in tokens.items()}


def test_light_dark_is_used_only_for_root_tokens() -> None:
    """A light-dark() anywhere else would have no fallback (and takes colours only)."""
    css = re.sub(r"/\*.*?\*/", "", STYLES.read_text(encoding="utf-8"), flags=re.DOTALL)
    root = css[css.index(":root {") : css.index("}", css.index(":root {"))]
    outside = css.replace(root, "").replace("@supports not (color: light-dark(#000, #fff))", "")
    assert "light-dark(" not in outside

from __future__ import annotations

from tests.conftest import REPO_ROOT

from wanees.transport.protocol import ErrorCode
from wanees.transport.schema_doc import render


def test_committed_protocol_doc_is_up_to_date() -> None:
    committed = (REPO_ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    assert committed == render(), "run `wanees protocol-schema` and commit docs/protocol.md"


def test_doc_lists_every_error_code_and_event() -> None:
    doc = render()
    for code in ErrorCode:
        assert f"| `{code.value}` |" in doc
    for event in ("session.start", "playback.done", "turn.metrics", "response.audio.done"):
        assert f'"const": "{event}"' in doc

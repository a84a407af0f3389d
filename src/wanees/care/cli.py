"""`wanees risk`: the deterministic risk detector on stdin, one JSON object per line out.

Fast by design (no model loading). With --model, the configured LLM also checks each message and
may only raise the level; a failure or timeout keeps the deterministic level.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Annotated

import typer

from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.engines.base import LLM


def _line(text: str, model_level: str | None = None) -> str:
    if not text.strip():
        return json.dumps({"level": "none", "reasons": [], "language": "ar"})
    result = assess(text).assessment
    level, reasons = result.level.value, list(result.reasons)
    if model_level is not None and _rank(model_level) > _rank(level):
        level = model_level
        reasons.append(f"model_check:{model_level}")
    return json.dumps({"level": level, "reasons": reasons, "language": result.language})


def _rank(level: str) -> int:
    return next(order for risk, order in RISK_ORDER.items() if risk.value == level)


async def _with_model(timeout_s: float | None) -> None:
    from wanees.care.model_check import model_risk_level
    from wanees.config import Settings
    from wanees.engines.registry import create

    settings = Settings()
    llm = create("llm", settings.llm.engine[0], settings)
    if not isinstance(llm, LLM):
        raise typer.BadParameter(f"{settings.llm.engine[0]!r} is not an LLM engine")
    timeout = timeout_s or settings.care.model_check_timeout_s
    await llm.warmup()
    try:
        for raw in sys.stdin:
            text = raw.rstrip("\r\n")
            model_level = None
            if text.strip():
                found = await model_risk_level(llm, text, timeout)
                model_level = found.value if found is not None else None
            sys.stdout.write(_line(text, model_level) + "\n")
            sys.stdout.flush()
    finally:
        await llm.aclose()


def risk(
    model: Annotated[
        bool, typer.Option("--model", help="Also ask the configured LLM (it may only raise)")
    ] = False,
    timeout: Annotated[
        float | None,
        typer.Option(help="Seconds per model check (default: care.model_check_timeout_s)"),
    ] = None,
) -> None:
    """Read one message per line on stdin, write one JSON risk object per line."""
    if model:
        asyncio.run(_with_model(timeout))
        return
    for raw in sys.stdin:
        sys.stdout.write(_line(raw.rstrip("\r\n")) + "\n")
        sys.stdout.flush()

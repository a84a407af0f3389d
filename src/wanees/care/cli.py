"""`wanees risk`: the risk detector on stdin, one JSON object per line out.

By default the deterministic rules and the embedding check (care/semantic: may raise an indirect
line to MEDIUM only) score each message; ``--no-semantic`` keeps the rules alone, with no model
loaded. If the embedding model is missing, a warning naming the fix goes to stderr once and the
rules' levels are written. With --model, the configured LLM also checks each message and may
only raise the level; a failure or timeout keeps the level it had.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Annotated

import typer

from wanees.care import semantic
from wanees.care.api import RISK_ORDER
from wanees.care.detector import assess
from wanees.engines.base import LLM
from wanees.transport.protocol import RiskLevel


class _Semantic:
    """The embedding check for this run, or None after one clear warning if it cannot load."""

    def __init__(self, enabled: bool) -> None:
        from wanees.config import Settings

        self.check: semantic.SemanticRiskCheck | None = None
        self.threshold = 1.0
        if not enabled:
            return
        care = Settings().care
        if not care.semantic:
            return
        try:
            self.check = semantic.get_semantic_check()
        except Exception as error:  # the rules still answer every line
            typer.echo(f"semantic check off: {error}", err=True)
            return
        self.threshold = semantic.threshold_of(care, self.check)

    def apply(self, text: str, level: RiskLevel, reasons: list[str]) -> tuple[RiskLevel, list[str]]:
        if self.check is None or not semantic.may_raise(level, reasons):
            return level, reasons
        return semantic.raised(level, reasons, self.check.probability(text), self.threshold)


def _line(text: str, model_level: str | None = None, scorer: _Semantic | None = None) -> str:
    if not text.strip():
        return json.dumps({"level": "none", "reasons": [], "language": "ar"})
    result = assess(text).assessment
    level, reasons = result.level, list(result.reasons)
    if scorer is not None:
        level, reasons = scorer.apply(text, level, reasons)
    if model_level is not None and _rank(model_level) > RISK_ORDER[level]:
        level = RiskLevel(model_level)
        reasons.append(f"model_check:{model_level}")
    return json.dumps({"level": level.value, "reasons": reasons, "language": result.language})


def _rank(level: str) -> int:
    return RISK_ORDER[RiskLevel(level)]


async def _with_model(timeout_s: float | None, scorer: _Semantic) -> None:
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
            sys.stdout.write(_line(text, model_level, scorer) + "\n")
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
    use_semantic: Annotated[
        bool,
        typer.Option(
            "--semantic/--no-semantic",
            help="The embedding check for indirect phrasing (raises to medium at most)",
        ),
    ] = True,
) -> None:
    """Read one message per line on stdin, write one JSON risk object per line."""
    scorer = _Semantic(use_semantic)
    if model:
        asyncio.run(_with_model(timeout, scorer))
        return
    for raw in sys.stdin:
        sys.stdout.write(_line(raw.rstrip("\r\n"), scorer=scorer) + "\n")
        sys.stdout.flush()

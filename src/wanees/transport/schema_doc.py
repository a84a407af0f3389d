"""`wanees protocol-schema` (placeholder: the core helper replaces this module)."""

import typer


def protocol_schema() -> None:
    """Write docs/protocol.md from the pydantic event models."""
    raise typer.Exit(2)

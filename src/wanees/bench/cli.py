"""`wanees bench` (placeholder: the benchmark helper replaces this module)."""

import typer


def bench() -> None:
    """Benchmark the voice loop over the WebSocket."""
    raise typer.Exit(2)

"""`wanees risk` (placeholder: the care helper replaces this module)."""

import typer


def risk() -> None:
    """Read one message per line on stdin, write one JSON risk object per line."""
    raise typer.Exit(2)

"""Internal pauses as the VAD hears them, and which hang-over would split a turn at them."""

from __future__ import annotations

import numpy as np
import pytest
from tests.conftest import read_clip

from wanees.bench.pauses import effective_hangover_s, internal_pauses, splits


def test_an_inserted_pause_is_found_and_only_a_short_hangover_splits_there() -> None:
    clip = np.frombuffer(read_clip("habibi_gulf.wav"), np.int16)
    cut = 2 * 16_000
    gap = np.zeros(int(0.7 * 16_000), np.int16)
    pcm = np.concatenate([clip[:cut], gap, clip[cut:]]).tobytes()

    original = {round(p.at_s, 1) for p in internal_pauses("gulf", clip.tobytes())}
    pauses = internal_pauses("gulf", pcm)
    inserted = [p for p in pauses if 1.8 <= p.at_s <= 2.1]
    assert len(inserted) == 1 and 1.9 not in original and 2.0 not in original
    # Silero hears the last word ring on for a few chunks (its window has context), so it
    # measures the 700 ms of digital silence a little short; the hang-over counts the same way.
    assert 0.55 <= inserted[0].length_s <= 0.7 + 0.064
    assert inserted[0] in splits(pauses, 450)
    assert inserted[0] not in splits(pauses, 1500)
    assert all(p.at_s < len(pcm) / 2 / 16_000 for p in pauses)


@pytest.mark.parametrize(("ms", "chunks"), [(450, 15), (500, 16), (550, 18), (600, 19)])
def test_the_hangover_is_rounded_up_to_whole_32ms_chunks(ms: int, chunks: int) -> None:
    assert effective_hangover_s(ms) == pytest.approx(chunks * 0.032)

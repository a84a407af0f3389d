"""The page's own logic, run in Chromium through Playwright (no Node test runner): the worklet's
anti-aliased downsampler, reconnection backoff, the socket URL."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page
from tests.e2e.pages import ServerProcess

DOWNSAMPLE = """
async ([inRate, freq]) => {
  const { Downsampler } = await import('/js/capture-worklet.js');
  const seconds = 1;
  const input = new Float32Array(inRate * seconds);
  for (let i = 0; i < input.length; i++) input[i] = 0.5 * Math.sin(2 * Math.PI * freq * i / inRate);
  const out = [];
  const ds = new Downsampler(inRate, 16000);
  // Feed in 128-sample blocks, as the audio thread does.
  const emit = (s) => out.push(s);
  for (let i = 0; i < input.length; i += 128) ds.process(input.subarray(i, i + 128), emit);
  const steady = out.slice(1000, out.length - 1000);
  const rms = Math.sqrt(steady.reduce((a, s) => a + s * s, 0) / steady.length);
  // What naive decimation (every 3rd sample) would have produced.
  const naive = [];
  for (let i = 0; i < input.length; i += inRate / 16000) naive.push(input[Math.floor(i)]);
  const mid = naive.slice(1000, -1000);
  const naiveRms = Math.sqrt(mid.reduce((a, s) => a + s * s, 0) / mid.length);
  return { count: out.length, rms, naiveRms };
}
"""


def test_downsampler_keeps_speech_band_and_rejects_aliases(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory()
    page.goto(server.url)
    sine_rms = 0.5 / 2**0.5

    speech = page.evaluate(DOWNSAMPLE, [48000, 1000])
    assert abs(speech["count"] - 16000) <= 2
    assert abs(speech["rms"] - sine_rms) < 0.02 * sine_rms  # passband kept within 2 %

    # 12 kHz cannot exist at 16 kHz: naive decimation folds it to 4 kHz at full strength,
    # the low-pass removes it (better than -40 dB).
    alias = page.evaluate(DOWNSAMPLE, [48000, 12000])
    assert alias["naiveRms"] > 0.3
    assert alias["rms"] < sine_rms * 0.01

    # 44.1 kHz (a fractional ratio) gives the right number of samples and keeps the band too.
    cd = page.evaluate(DOWNSAMPLE, [44100, 1000])
    assert abs(cd["count"] - 16000) <= 2
    assert abs(cd["rms"] - sine_rms) < 0.03 * sine_rms


def test_backoff_grows_with_jitter_and_is_capped(
    server: ServerProcess, page_factory: Callable[..., Page]
) -> None:
    page = page_factory()
    page.goto(server.url)
    result = page.evaluate(
        """async () => {
          const { backoffDelay, socketUrl } = await import('/js/connection.js');
          const low = [0, 1, 2, 3, 10].map((n) => backoffDelay(n, () => 0));
          const high = [0, 1, 2, 3, 10].map((n) => backoffDelay(n, () => 1));
          const url = socketUrl('abc 1', { protocol: 'https:', host: 'example.org:8443' });
          const plain = socketUrl(null, { protocol: 'http:', host: 'localhost:8000' });
          return { low, high, url, plain };
        }"""
    )
    assert result["low"] == [250, 500, 1000, 2000, 7500]
    assert result["high"] == [500, 1000, 2000, 4000, 15000]
    assert result["url"] == "wss://example.org:8443/ws?session_id=abc+1"
    assert result["plain"] == "ws://localhost:8000/ws"

// AudioWorklet: microphone audio at the context's rate (usually 48 kHz) -> 16 kHz PCM16 frames.
//
// Downsampling must low-pass first: dropping samples would fold everything above 8 kHz (sibilants,
// fan noise) back into the speech band and hurt recognition. A windowed-sinc FIR (Blackman window)
// runs at the input rate; output samples are read at fractional positions of the filtered signal
// with linear interpolation, which handles 44.1 kHz as well as the integer 48 kHz case.

const TAPS = 63;

function designLowPass(cutoff, taps) {
  // cutoff: cycles per input sample (0..0.5).
  const h = new Float32Array(taps);
  const mid = (taps - 1) / 2;
  let sum = 0;
  for (let i = 0; i < taps; i++) {
    const x = i - mid;
    const sinc = x === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
    const window =
      0.42 - 0.5 * Math.cos((2 * Math.PI * i) / (taps - 1)) + 0.08 * Math.cos((4 * Math.PI * i) / (taps - 1));
    h[i] = sinc * window;
    sum += h[i];
  }
  for (let i = 0; i < taps; i++) h[i] /= sum; // unity gain at DC
  return h;
}

export class Downsampler {
  constructor(inRate, outRate) {
    this.passthrough = inRate === outRate;
    this.step = inRate / outRate; // input samples per output sample
    // Cut a little below the output Nyquist frequency so the transition band stays mostly above it.
    this.kernel = designLowPass((0.45 * outRate) / inRate, TAPS);
    this.history = new Float32Array(TAPS * 2); // doubled ring: a contiguous window without modulo
    this.pos = 0;
    this.inputIndex = -1; // index of the newest input sample
    this.prevFiltered = 0;
    this.nextOut = 0; // fractional input index of the next output sample
  }

  /** Feed input samples; calls emit(sample) for every output sample. */
  process(input, emit) {
    if (this.passthrough) {
      for (let i = 0; i < input.length; i++) emit(input[i]);
      return;
    }
    const h = this.kernel;
    for (let i = 0; i < input.length; i++) {
      const x = input[i];
      this.history[this.pos] = x;
      this.history[this.pos + TAPS] = x;
      this.pos = (this.pos + 1) % TAPS;
      let acc = 0;
      for (let k = 0, j = this.pos; k < TAPS; k++, j++) acc += h[k] * this.history[j];
      this.inputIndex += 1;
      while (this.nextOut <= this.inputIndex) {
        const frac = this.nextOut - (this.inputIndex - 1);
        emit(this.prevFiltered + (acc - this.prevFiltered) * frac);
        this.nextOut += this.step;
      }
      this.prevFiltered = acc;
    }
  }
}

// The worklet global scope only exists inside an AudioWorklet; importing this module elsewhere
// (e.g. to test Downsampler in a page) must not fail.
if (typeof AudioWorkletProcessor !== "undefined") {
  class CaptureProcessor extends AudioWorkletProcessor {
    constructor(options) {
      super();
      const { outRate = 16000, frameMs = 40 } = options.processorOptions ?? {};
      this.downsampler = new Downsampler(sampleRate, outRate);
      this.frameSamples = Math.round((outRate * frameMs) / 1000);
      this.frame = new Int16Array(this.frameSamples);
      this.filled = 0;
      this.energy = 0;
      this.emit = (sample) => {
        const s = Math.max(-1, Math.min(1, sample));
        this.energy += s * s;
        this.frame[this.filled++] = s < 0 ? s * 0x8000 : s * 0x7fff;
        if (this.filled === this.frameSamples) this.flush();
      };
    }

    flush() {
      const rms = Math.sqrt(this.energy / this.frameSamples);
      const pcm = this.frame.buffer;
      this.port.postMessage({ pcm, rms }, [pcm]);
      this.frame = new Int16Array(this.frameSamples);
      this.filled = 0;
      this.energy = 0;
    }

    process(inputs) {
      const channel = inputs[0]?.[0];
      if (channel) this.downsampler.process(channel, this.emit);
      return true;
    }
  }
  registerProcessor("wanees-capture", CaptureProcessor);
}

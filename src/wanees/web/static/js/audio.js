// Microphone capture (AudioWorklet -> 16 kHz PCM16 frames) and gap-free reply playback.

const WORKLET_URL = new URL("./capture-worklet.js", import.meta.url);

let sharedContext = null;
let workletLoaded = null; // addModule once per context; a second registerProcessor would throw

/** The page's one AudioContext, created and resumed inside a user gesture (no autoplay popups). */
export async function unlockAudio() {
  if (!sharedContext) {
    sharedContext = new AudioContext({ latencyHint: "interactive" });
  }
  if (sharedContext.state === "suspended") {
    try {
      await sharedContext.resume();
    } catch {
      // Resuming outside a gesture can be refused; the next gesture tries again.
    }
  }
  return sharedContext;
}

export function audioContext() {
  return sharedContext;
}

/** Why the microphone could not start, as one of a few cases the page explains differently. */
export function micErrorKind(error) {
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) return "insecure";
  switch (error?.name) {
    case "NotAllowedError":
    case "SecurityError":
    case "PermissionDeniedError":
      return "denied";
    case "NotFoundError":
    case "DevicesNotFoundError":
    case "OverconstrainedError":
      return "missing";
    default:
      return "error";
  }
}

export class MicCapture {
  /** onFrame(ArrayBuffer pcm16, rms) is called for every 40 ms frame. */
  constructor({ onFrame, onEnded }) {
    this.onFrame = onFrame;
    this.onEnded = onEnded;
    this.stream = null;
    this.source = null;
    this.node = null;
    this.sink = null;
  }

  get active() {
    return this.stream !== null;
  }

  async start() {
    if (this.stream) return;
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      const error = new Error("getUserMedia is unavailable (insecure context)");
      error.name = "InsecureContextError";
      throw error;
    }
    const context = await unlockAudio();
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: {
        channelCount: 1,
        echoCancellation: true, // the reply plays from the same device
        noiseSuppression: true,
        autoGainControl: true,
      },
    });
    try {
      workletLoaded ??= context.audioWorklet.addModule(WORKLET_URL).catch((error) => {
        workletLoaded = null; // let a later attempt retry
        throw error;
      });
      await workletLoaded;
      this.source = context.createMediaStreamSource(stream);
      this.node = new AudioWorkletNode(context, "wanees-capture", {
        numberOfInputs: 1,
        numberOfOutputs: 1,
        channelCount: 1,
        channelCountMode: "explicit",
        processorOptions: { outRate: 16000, frameMs: 40 },
      });
      this.node.port.onmessage = (event) => this.onFrame(event.data.pcm, event.data.rms);
      // Some engines only pull a worklet that reaches the destination: route it through silence.
      this.sink = context.createGain();
      this.sink.gain.value = 0;
      this.source.connect(this.node).connect(this.sink).connect(context.destination);
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      throw error;
    }
    this.stream = stream;
    for (const track of stream.getAudioTracks()) {
      track.addEventListener("ended", () => {
        this.stop();
        this.onEnded?.();
      });
    }
  }

  /** Release the microphone entirely (the browser's recording indicator goes off). */
  stop() {
    this.node?.port.close();
    this.source?.disconnect();
    this.node?.disconnect();
    this.sink?.disconnect();
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = this.source = this.node = this.sink = null;
  }
}

/** Plays streamed PCM16 mono by scheduling AudioBuffers back to back on the context clock. */
export class ReplyPlayer {
  constructor({ onDone }) {
    this.onDone = onDone;
    this.sampleRate = 16000;
    this.reset();
    this.stats = { buffers: 0, seconds: 0, replies: 0 };
  }

  reset() {
    for (const source of this.sources ?? []) {
      source.onended = null;
      try {
        source.stop();
      } catch {
        // already stopped
      }
    }
    this.sources = new Set();
    this.nextTime = 0;
    this.finished = false;
    this.active = false;
    this.carry = null; // an odd trailing byte waiting for its partner
  }

  begin(sampleRate) {
    this.reset();
    this.sampleRate = sampleRate || this.sampleRate;
    this.active = true;
  }

  push(data) {
    if (!this.active) this.begin(this.sampleRate);
    let bytes = new Uint8Array(data);
    if (this.carry !== null) {
      const joined = new Uint8Array(bytes.length + 1);
      joined[0] = this.carry;
      joined.set(bytes, 1);
      bytes = joined;
      this.carry = null;
    }
    if (bytes.length % 2 === 1) {
      this.carry = bytes[bytes.length - 1];
      bytes = bytes.subarray(0, bytes.length - 1);
    }
    const count = bytes.length / 2;
    if (count === 0) return;
    const context = audioContext();
    if (!context || context.state !== "running") return; // nothing can be heard; done() ends it
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const samples = new Float32Array(count);
    for (let i = 0; i < count; i++) samples[i] = view.getInt16(i * 2, true) / 32768;
    const buffer = context.createBuffer(1, count, this.sampleRate);
    buffer.copyToChannel(samples, 0);
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.connect(context.destination);
    // A small lead on the first chunk (or after an underrun) absorbs network jitter.
    const startAt = Math.max(this.nextTime, context.currentTime + 0.05);
    source.start(startAt);
    this.nextTime = startAt + buffer.duration;
    this.sources.add(source);
    this.stats.buffers += 1;
    this.stats.seconds += buffer.duration;
    source.onended = () => {
      this.sources.delete(source);
      this.maybeDone();
    };
  }

  /** The server sent response.audio.done: report once the last scheduled buffer has ended. */
  finish() {
    if (!this.active) {
      this.onDone?.();
      return;
    }
    this.finished = true;
    this.maybeDone();
  }

  maybeDone() {
    if (!this.finished || this.sources.size > 0) return;
    this.active = false;
    this.finished = false;
    this.stats.replies += 1;
    this.onDone?.();
  }
}

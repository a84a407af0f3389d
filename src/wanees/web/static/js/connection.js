// The voice WebSocket: connects, starts or resumes the session, reconnects with exponential
// backoff and jitter, and hands typed events and reply audio to the page.

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 15000;

/** "Equal jitter" backoff: half the exponential delay fixed, half random, so many pages that lost
 * the same server do not all come back in the same instant. */
export function backoffDelay(attempt, random = Math.random) {
  const exp = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(exp / 2 + random() * (exp / 2));
}

export function socketUrl(sessionId, location = window.location) {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  const url = new URL(`${scheme}//${location.host}/ws`);
  if (sessionId) url.searchParams.set("session_id", sessionId);
  return url.toString();
}

/**
 * Events dispatched (CustomEvent detail in brackets):
 *  status  {status: connecting|online|reconnecting|offline, delay?}
 *  message {event}            every JSON server event
 *  audio   {data: ArrayBuffer} reply audio
 */
export class VoiceSocket extends EventTarget {
  constructor({ getSessionId, buildStart }) {
    super();
    this.getSessionId = getSessionId;
    this.buildStart = buildStart;
    this.ws = null;
    this.attempt = 0;
    this.timer = null;
    this.ready = false; // session.ready received on the current socket
    this.started = false; // session.start sent on the current socket
    this.stopped = true;
    this.expectClose = false;
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  start() {
    this.stopped = false;
    if (!this.ws) this.open();
  }

  open() {
    clearTimeout(this.timer);
    this.timer = null;
    this.ready = false;
    this.started = false;
    this.expectClose = false;
    this.emit("status", { status: this.attempt === 0 ? "connecting" : "reconnecting" });
    let ws;
    try {
      ws = new WebSocket(socketUrl(this.getSessionId()));
    } catch {
      this.scheduleReconnect();
      return;
    }
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    ws.onmessage = (message) => {
      if (ws !== this.ws) return;
      if (typeof message.data !== "string") {
        this.emit("audio", { data: message.data });
        return;
      }
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return; // the server only sends JSON text frames; ignore anything else
      }
      if (event.type === "session.ready") {
        this.ready = true;
        this.attempt = 0;
        this.emit("status", { status: "online" });
      }
      this.emit("message", { event });
      // The server greets with session.ready (voices, verified resources, history) before the
      // session starts; session.start follows once the person has consented.
      if (event.type === "session.ready") this.startSession();
    };
    ws.onclose = () => {
      if (ws !== this.ws) return;
      this.ws = null;
      this.ready = false;
      this.started = false;
      this.emit("status", { status: "reconnecting" });
      if (this.stopped) return;
      this.scheduleReconnect();
    };
    ws.onerror = () => {
      // onclose follows and handles reconnection.
    };
  }

  scheduleReconnect() {
    if (this.stopped || this.timer) return;
    if (!navigator.onLine) {
      // Waiting for the browser's "online" event is better than burning attempts.
      this.emit("status", { status: "offline" });
      return;
    }
    const delay = this.expectClose ? 0 : backoffDelay(this.attempt);
    this.attempt += 1;
    this.emit("status", { status: "reconnecting", delay });
    this.timer = setTimeout(() => {
      this.timer = null;
      this.open();
    }, delay);
  }

  /** Reconnect at once (the person pressed "try again", or the network came back). */
  reconnectNow() {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = null;
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) return;
    this.open();
  }

  /** Close on purpose and open a fresh socket (after deleting the session). */
  restart() {
    this.expectClose = true;
    this.attempt = 0;
    const ws = this.ws;
    if (ws && ws.readyState <= WebSocket.OPEN) {
      ws.close(1000);
    } else {
      this.ws = null;
      this.open();
    }
  }

  /** Send session.start if the socket is greeted and buildStart() allows it (consent given). */
  startSession() {
    if (!this.ready || this.started || this.ws?.readyState !== WebSocket.OPEN) return;
    const start = this.buildStart();
    if (!start) return;
    this.ws.send(JSON.stringify(start));
    this.started = true;
    this.emit("status", { status: "online" });
  }

  /** Greeted and started: turns (audio, text) may flow. */
  get isReady() {
    return this.ready && this.started && this.ws?.readyState === WebSocket.OPEN;
  }

  /** Greeted: session events (settings, delete) may be sent. */
  get isOpen() {
    return this.ready && this.ws?.readyState === WebSocket.OPEN;
  }

  send(event) {
    if (!this.isOpen) return false;
    this.ws.send(JSON.stringify(event));
    return true;
  }

  sendAudio(pcm) {
    if (!this.isReady) return false;
    // A browser buffering a lot means the network is stalled: drop audio rather than queue it
    // (stale speech arriving late would confuse the turn-taking).
    if (this.ws.bufferedAmount > 64 * 1024) return false;
    this.ws.send(pcm);
    return true;
  }
}

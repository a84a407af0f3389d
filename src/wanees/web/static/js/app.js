// Wires the page together: preferences, consent, the voice socket, microphone and playback,
// the conversation view, crisis banner, notices, settings and diagnostics.

import { MicCapture, ReplyPlayer, audioContext, micErrorKind, unlockAudio } from "./audio.js";
import { VoiceSocket } from "./connection.js";
import { ConversationView } from "./conversation.js";
import { openDialog, setupDialog } from "./dialogs.js";
import { language, setLanguage, t } from "./i18n.js";
import * as store from "./store.js";

const $ = (id) => document.getElementById(id);
const SVG_NS = "http://www.w3.org/2000/svg";
const LOCKED = new Set(["thinking", "speaking"]);
const OPEN_MIC = new Set(["listening", "user_speaking"]);
const BANNER_LEVELS = new Set(["medium", "high", "imminent"]);

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

const app = {
  prefs: store.loadPrefs(),
  sessionId: store.loadSessionId(),
  resources: store.loadResources(),
  voices: [],
  serverState: null, // listening | user_speaking | thinking | speaking, null before ready
  mic: "off", // off | starting | on | paused | blocked
  conn: "connecting", // connecting | online | reconnecting | offline
  outputRate: 16000,
  inputRate: 16000,
  crisisShown: false,
  retentionDays: null, // from session.ready: what the consent text says about keeping text
  liveTurnTyped: false,
  lastTyped: "",
  interruptedText: "",
  level: 0,
  // Observable figures for diagnostics and the end-to-end tests (no conversation content).
  stats: { framesSent: 0, playbackDone: 0, events: {}, metrics: [] },
};

// ------------------------------------------------------------------------------ preferences

function applyPrefs() {
  const root = document.documentElement;
  root.dataset.theme = app.prefs.theme;
  root.dataset.textSize = app.prefs.textSize;
  if (language() !== app.prefs.uiLang || root.lang !== app.prefs.uiLang) {
    setLanguage(app.prefs.uiLang);
    relabelDynamic();
  }
  $("diagnostics").hidden = !app.prefs.diagnostics;
}

function sessionSettings() {
  const { language: lang, voice, rate } = app.prefs;
  const settings = { language: lang, rate };
  if (voice) settings.voice = voice;
  // Mixed speech is recognised with the server's default (Arabic) model language.
  if (lang !== "mixed") settings.stt_language = lang;
  return settings;
}

// ------------------------------------------------------------------------------ the socket

const socket = new VoiceSocket({
  getSessionId: () => app.sessionId,
  buildStart: () =>
    store.hasConsent() ? { type: "session.start", settings: sessionSettings(), consent: true } : null,
});

socket.addEventListener("status", (event) => {
  const { status } = event.detail;
  app.conn = status; // the browser's own offline flag is folded in when shown
  if (status !== "online") {
    // A typed message whose turn the connection cut short may never have been stored; keep it
    // so it can be offered back once the server's history shows whether it arrived.
    if (app.liveTurnTyped && LOCKED.has(app.serverState ?? "")) app.interruptedText = app.lastTyped;
    // Whatever was playing belongs to a socket that is gone; the server is the source of truth.
    player.reset();
    app.serverState = null;
  }
  renderConnection();
  renderControl();
});

socket.addEventListener("audio", (event) => player.push(event.detail.data));

socket.addEventListener("message", (event) => {
  const message = event.detail.event;
  app.stats.events[message.type] = (app.stats.events[message.type] ?? 0) + 1;
  const handler = handlers[message.type];
  if (handler) handler(message);
});

const handlers = {
  "session.ready"(event) {
    const hadSession = app.sessionId;
    app.sessionId = event.session_id;
    store.saveSessionId(event.session_id);
    app.outputRate = event.output_sample_rate || 16000;
    app.inputRate = event.input_sample_rate || 16000;
    app.voices = Array.isArray(event.voices) ? event.voices : [];
    if (Array.isArray(event.resources) && event.resources.length) {
      app.resources = event.resources;
      store.saveResources(event.resources);
    }
    if (Number.isInteger(event.retention_days) && event.retention_days >= 0) {
      app.retentionDays = event.retention_days;
    }
    if (!event.resumed && hadSession) {
      // The server no longer has that conversation: show only what it has (nothing).
      const hadMessages = $("messages").children.length > 0;
      view.clear();
      hideCrisis();
      if (hadMessages) showNotice(t("notResumed"));
    }
    if (app.serverState === null) app.serverState = "listening";
    renderVoices();
    renderConsentEmergency();
    renderConsentStorage();
    renderDiagnosticsInfo();
    renderControl();
  },

  "session.history"(event) {
    const turns = Array.isArray(event.turns) ? event.turns : [];
    view.renderHistory(turns);
    app.liveTurnTyped = false;
    const interrupted = app.interruptedText;
    app.interruptedText = "";
    if (interrupted && turns.at(-1)?.user_text !== interrupted) {
      const input = $("composer-input");
      if (!input.value) input.value = interrupted;
      showNotice(t("interrupted"));
    }
    if (turns.some((turn) => BANNER_LEVELS.has(turn.risk_level))) showCrisis(app.resources);
  },

  "session.updated"() {
    const saved = $("settings-saved");
    saved.textContent = t("settingsSaved");
    clearTimeout(saved._timer);
    saved._timer = setTimeout(() => (saved.textContent = ""), 2500);
  },

  "session.deleted"() {
    forgetSession();
    showNotice(t("deletedNotice"));
    socket.restart(); // the server closes this socket; open a fresh session
  },

  state(event) {
    const previous = app.serverState;
    app.serverState = event.state;
    if (event.state === "user_speaking") view.ensureUser();
    if (event.state === "listening" && previous !== "listening") {
      view.endTurn();
      app.liveTurnTyped = false;
    }
    renderControl();
  },

  "transcript.partial"(event) {
    view.userPartial(event.text);
  },

  "transcript.final"(event) {
    view.userFinal(event.text, { typed: app.liveTurnTyped });
  },

  "response.text.delta"(event) {
    view.assistantDelta(event.text);
  },

  "response.text.done"(event) {
    view.assistantDone(event.text);
  },

  "response.audio.start"() {
    player.begin(app.outputRate);
  },

  "response.audio.done"() {
    player.finish();
  },

  risk(event) {
    if (BANNER_LEVELS.has(event.level)) showCrisis(event.resources?.length ? event.resources : app.resources);
  },

  "turn.metrics"(event) {
    view.tagTurn(event.turn_id);
    app.stats.metrics.push(event);
    addDiagnosticsRow(event);
  },

  error(event) {
    handleServerError(event.code);
  },
};

// ------------------------------------------------------------------------------ audio

const player = new ReplyPlayer({
  onDone: () => {
    // Tell the server the reply has been heard so it can listen again straight away.
    if (socket.send({ type: "playback.done" })) app.stats.playbackDone += 1;
  },
});

const capture = new MicCapture({
  onFrame: (pcm, rms) => {
    const open = app.mic === "on" && OPEN_MIC.has(app.serverState);
    showLevel(open ? rms : 0);
    // Strict turn-taking: while Wanees thinks or speaks the mic is locked and nothing is sent.
    if (open && socket.sendAudio(pcm)) {
      app.stats.framesSent += 1;
      if (app.stats.framesSent % 25 === 0) renderDiagnosticsInfo();
    }
  },
  onEnded: () => {
    app.mic = "blocked";
    showMicHelp("error");
    renderControl();
  },
});

function showLevel(rms) {
  const db = 20 * Math.log10(Math.max(rms, 1e-6));
  const target = Math.min(1, Math.max(0, (db + 55) / 45));
  // Rise fast, fall slowly: a meter that flickers is tiring to watch.
  app.level = target > app.level ? target : app.level * 0.85 + target * 0.15;
  $("talk").style.setProperty("--level", app.level.toFixed(3));
}

async function startMic() {
  if (app.mic === "starting" || app.mic === "on") return;
  app.mic = "starting";
  renderControl();
  try {
    await capture.start();
    app.mic = "on";
    $("mic-help").hidden = true;
  } catch (error) {
    app.mic = "blocked";
    showMicHelp(micErrorKind(error));
  }
  renderControl();
}

function pauseMic() {
  if (app.serverState === "user_speaking") {
    // Trailing silence lets the server's VAD close the utterance instead of waiting forever.
    const silence = new ArrayBuffer((app.inputRate / 25) * 2); // 40 ms of zeros
    for (let i = 0; i < 30; i += 1) socket.sendAudio(silence.slice(0));
  }
  capture.stop();
  app.mic = "paused";
  showLevel(0);
  renderControl();
}

// ------------------------------------------------------------------------------ main control

function controlState() {
  if (socket.isReady && LOCKED.has(app.serverState)) return app.serverState;
  if (app.mic === "blocked") return "blocked";
  if (app.mic === "off") return "idle";
  if (app.mic === "paused") return "paused";
  if (app.mic === "starting" || !socket.isReady) return "connecting";
  return app.serverState ?? "listening";
}

const STATE_TEXT = {
  idle: "stateIdle",
  connecting: "stateConnecting",
  listening: "stateListening",
  user_speaking: "stateUserSpeaking",
  thinking: "stateThinking",
  speaking: "stateSpeaking",
  paused: "statePaused",
  blocked: "stateMicBlocked",
};

const BUTTON_TEXT = {
  idle: "talkStart",
  connecting: "talkPause",
  listening: "talkPause",
  user_speaking: "talkPause",
  thinking: "talkLocked",
  speaking: "talkLocked",
  paused: "talkResume",
  blocked: "talkResume",
};

function renderControl() {
  const state = controlState();
  const talk = $("talk");
  talk.dataset.state = state;
  talk.setAttribute("aria-disabled", String(LOCKED.has(state)));
  $("talk-label").textContent = t(BUTTON_TEXT[state]);
  const label = $("state-label");
  const text = t(STATE_TEXT[state]);
  if (label.textContent !== text) label.textContent = text;
  $("send").setAttribute("aria-disabled", String(LOCKED.has(state)));
  document.body.dataset.turn = state;
}

async function onTalk() {
  if (!store.hasConsent()) {
    openConsent();
    return;
  }
  const state = controlState();
  if (LOCKED.has(state)) return; // the label already says why
  if (app.mic === "on" || app.mic === "starting") pauseMic();
  else await startMic();
}

// ------------------------------------------------------------------------------ typing

async function onSubmitText(event) {
  event.preventDefault();
  const input = $("composer-input");
  const text = input.value.trim();
  if (!text) {
    input.focus();
    return;
  }
  if (!store.hasConsent()) {
    openConsent();
    return;
  }
  if (LOCKED.has(controlState())) {
    showNotice(t("errorBusy"));
    return;
  }
  if (!socket.isReady) {
    showNotice(t("errorOffline"));
    return; // the text stays in the box
  }
  unlockAudio(); // this gesture also lets the spoken reply play
  if (!socket.send({ type: "text", text })) {
    showNotice(t("errorOffline"));
    return;
  }
  app.lastTyped = text;
  app.liveTurnTyped = true;
  view.userFinal(text, { typed: true });
  input.value = "";
}

// ------------------------------------------------------------------------------ notices and errors

function showNotice(text, { retry = null } = {}) {
  $("notice-text").textContent = text;
  const button = $("notice-retry");
  button.hidden = retry === null;
  button.onclick = retry
    ? () => {
        hideNotice();
        retry();
      }
    : null;
  $("notice").hidden = false;
}

function hideNotice() {
  $("notice").hidden = true;
}

function restoreTyped() {
  const input = $("composer-input");
  if (app.lastTyped && !input.value) input.value = app.lastTyped;
  input.focus();
}

function handleServerError(code) {
  const typed = app.liveTurnTyped;
  switch (code) {
    case "busy":
    case "text_too_long":
      if (typed) {
        view.discardLiveUser();
        app.liveTurnTyped = false;
        restoreTyped();
      }
      showNotice(t(code === "busy" ? "errorBusy" : "errorTextTooLong"));
      return;
    case "server_full":
      showNotice(t("errorServerFull"), { retry: () => socket.reconnectNow() });
      return;
    case "consent_required":
      showNotice(t("errorConsent"));
      openConsent();
      return;
    case "session_not_found":
      // session.ready (resumed: false) already replaced the old id and cleared the view.
      return;
    case "stt_failed":
      showNotice(t("errorStt"), { retry: () => (app.mic === "on" ? $("talk").focus() : startMic()) });
      return;
    case "llm_failed":
      showNotice(t("errorLlm"), { retry: typed ? restoreTyped : () => $("talk").focus() });
      return;
    case "tts_failed":
      showNotice(t("errorTts"));
      return;
    default:
      showNotice(t("errorGeneric"), { retry: () => socket.reconnectNow() });
  }
}

function forgetSession() {
  app.sessionId = null;
  store.saveSessionId(null);
  player.reset();
  view.clear();
  hideCrisis();
  app.stats.metrics = [];
  $("diag-rows").replaceChildren();
  $("diag-empty").hidden = false;
}

const MIC_HELP = {
  denied: ["micDeniedTitle", "micDeniedBody", true],
  missing: ["micMissingTitle", "micMissingBody", false],
  insecure: ["micInsecureTitle", "micInsecureBody", false],
  error: ["micErrorTitle", "micErrorBody", false],
};

function detectBrowser() {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return "firefox";
  if (/Safari\//.test(ua) && !/Chrom(e|ium)\/|Edg\//.test(ua)) return "safari";
  return "chrome";
}

function showMicHelp(kind) {
  const [title, body, browsers] = MIC_HELP[kind] ?? MIC_HELP.error;
  const help = $("mic-help");
  help.dataset.kind = kind;
  $("mic-help-title").textContent = t(title);
  $("mic-help-body").textContent = t(body);
  $("mic-help-browsers").hidden = !browsers;
  // Open this browser's instructions; the others stay one tap away.
  const mine = detectBrowser();
  for (const details of help.querySelectorAll("details")) details.open = details.dataset.browser === mine;
  help.hidden = false;
}

// ------------------------------------------------------------------------------ crisis banner

function telHref(number) {
  return `tel:${String(number).replace(/[^\d+]/g, "")}`;
}

function phoneIcon() {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  const use = document.createElementNS(SVG_NS, "use");
  use.setAttribute("href", "#icon-phone");
  svg.append(use);
  return svg;
}

function resourceName(resource) {
  return (language() === "ar" ? resource.name_ar : resource.name_en) || resource.name_en || resource.name_ar || "";
}

function callLink(resource) {
  const link = document.createElement("a");
  link.href = telHref(resource.number);
  link.dataset.number = resource.number;
  link.setAttribute("aria-label", t("callLabel", { name: resourceName(resource), number: resource.number }));
  const name = document.createElement("span");
  name.textContent = resourceName(resource);
  const number = document.createElement("span");
  number.className = "number";
  number.textContent = resource.number;
  link.append(phoneIcon(), name, number);
  return link;
}

function showCrisis(resources) {
  const list = Array.isArray(resources) ? resources.filter((r) => r && r.number) : [];
  app.crisisShown = true;
  app.crisisResources = list;
  const links = $("crisis-links");
  links.replaceChildren(
    ...list.map((resource) => {
      const item = document.createElement("li");
      item.append(callLink(resource));
      return item;
    }),
  );
  $("crisis").hidden = false;
  document.body.dataset.crisis = "";
  const quick = $("crisis-quick");
  const first = list.find((r) => r.kind === "emergency") ?? list[0];
  if (first) {
    quick.href = telHref(first.number);
    quick.setAttribute("aria-label", t("callLabel", { name: resourceName(first), number: first.number }));
    const number = document.createElement("span");
    number.textContent = first.number;
    quick.replaceChildren(phoneIcon(), number);
  }
  quick.hidden = !first;
}

function hideCrisis() {
  app.crisisShown = false;
  $("crisis").hidden = true;
  $("crisis-links").replaceChildren();
  $("crisis-quick").hidden = true;
  delete document.body.dataset.crisis;
}

// ------------------------------------------------------------------------------ consent

function renderConsentEmergency() {
  const item = $("consent-emergency");
  const emergency = app.resources.filter((r) => r && r.kind === "emergency" && r.number);
  if (emergency.length === 0) {
    item.textContent = t("consentEmergencyGeneric");
    return;
  }
  item.replaceChildren(document.createTextNode(t("consentEmergency")));
  for (const resource of emergency) {
    const link = document.createElement("a");
    link.className = "consent-number";
    link.href = telHref(resource.number);
    link.textContent = resource.number;
    link.setAttribute("aria-label", t("callLabel", { name: resourceName(resource), number: resource.number }));
    item.append(" ", link);
  }
}

/** How long the text is kept, as the server is configured (known once session.ready came). */
function renderConsentStorage() {
  const days = app.retentionDays;
  const item = $("consent-storage");
  if (days === null || days === undefined) item.textContent = t("consentStorageGeneric");
  else if (days === 0) item.textContent = t("consentStorageKept");
  else item.textContent = t("consentStorage", { days: new Intl.NumberFormat(document.documentElement.lang || "ar").format(days) });
}

function openConsent() {
  renderConsentEmergency();
  renderConsentStorage();
  openDialog($("consent-dialog"), { focus: "#consent-accept" });
}

function acceptConsent() {
  store.saveConsent();
  unlockAudio(); // a user gesture: later replies can play without a prompt
  $("consent-dialog").close("accepted");
  socket.start();
  socket.startSession();
  renderControl();
  $("talk").focus();
}

// ------------------------------------------------------------------------------ settings

function renderVoices() {
  const select = $("set-voice");
  const options = [new Option(t("voiceDefault"), "")];
  for (const voice of app.voices) {
    const id = voice.id ?? voice.voice ?? voice.name;
    if (!id) continue;
    const label = (language() === "ar" ? voice.label_ar : voice.label_en) ?? voice.label ?? voice.name ?? id;
    options.push(new Option(label, id));
  }
  select.replaceChildren(...options);
  select.value = app.prefs.voice;
  if (select.value !== app.prefs.voice) select.value = "";
}

function fillSettings() {
  const form = $("settings-form");
  const { prefs } = app;
  form.elements.uiLang.value = prefs.uiLang;
  form.elements.language.value = prefs.language;
  form.elements.theme.value = prefs.theme;
  form.elements.textSize.value = prefs.textSize;
  form.elements.rate.value = String(prefs.rate);
  form.elements.diagnostics.checked = prefs.diagnostics;
  renderVoices();
  renderRate();
}

function renderRate() {
  const rate = Number($("set-rate").value);
  $("rate-value").textContent = `${rate.toFixed(1)}×`;
}

function onSettingsChange(event) {
  const form = $("settings-form");
  const before = sessionSettings();
  app.prefs = {
    uiLang: form.elements.uiLang.value || app.prefs.uiLang,
    language: form.elements.language.value,
    voice: form.elements.voice.value,
    rate: Math.round(Number(form.elements.rate.value) * 10) / 10,
    theme: form.elements.theme.value || app.prefs.theme,
    textSize: form.elements.textSize.value || app.prefs.textSize,
    diagnostics: form.elements.diagnostics.checked,
  };
  store.savePrefs(app.prefs);
  renderRate();
  applyPrefs();
  const after = sessionSettings();
  // A range input fires "input" continuously while dragging; send the update once it settles.
  if (event.type === "input" && event.target.type === "range") return;
  if (JSON.stringify(before) !== JSON.stringify(after) || event.target.name === "rate") {
    socket.send({ type: "session.update", settings: after });
  }
}

function toggleLanguage() {
  app.prefs = { ...app.prefs, uiLang: app.prefs.uiLang === "ar" ? "en" : "ar" };
  store.savePrefs(app.prefs);
  applyPrefs();
}

function relabelDynamic() {
  renderConnection();
  renderControl();
  renderConsentEmergency();
  renderConsentStorage();
  renderVoices();
  if (app.crisisShown) showCrisis(app.crisisResources);
  view?.relabel();
  const help = $("mic-help");
  if (!help.hidden) showMicHelp(help.dataset.kind);
}

// ------------------------------------------------------------------------------ delete

function openDelete() {
  $("settings-dialog").close();
  openDialog($("delete-dialog"), { focus: "#delete-cancel" });
}

function confirmDelete() {
  $("delete-dialog").close("confirm");
  if (!socket.send({ type: "session.delete" })) {
    showNotice(t("deleteOffline"));
  }
}

// ------------------------------------------------------------------------------ connection pill

const CONN_TEXT = {
  connecting: "connConnecting",
  online: "connOnline",
  reconnecting: "connReconnecting",
  offline: "connOffline",
};

function renderConnection() {
  const status = navigator.onLine ? app.conn : "offline";
  $("conn").dataset.conn = status;
  $("conn-label").textContent = t(CONN_TEXT[status] ?? "connConnecting");
}

// ------------------------------------------------------------------------------ diagnostics

function seconds(value) {
  return typeof value === "number" ? value.toFixed(2) : "—";
}

function addDiagnosticsRow(metrics) {
  const row = document.createElement("tr");
  row.dataset.turnId = metrics.turn_id;
  const cells = [
    String(metrics.turn_id).slice(0, 8),
    seconds(metrics.end_of_utterance_delay),
    seconds(metrics.stt_latency),
    seconds(metrics.llm_ttft),
    seconds(metrics.tts_ttfb),
    seconds(metrics.voice_to_voice),
    seconds(metrics.reply_audio_s),
    metrics.fallback ? t("yes") : t("no"),
  ];
  for (const value of cells) {
    const cell = document.createElement("td");
    cell.textContent = value;
    row.append(cell);
  }
  $("diag-rows").append(row);
  $("diag-empty").hidden = true;
}

function renderDiagnosticsInfo() {
  $("diag-session").textContent = app.sessionId ?? "—";
  $("diag-rates").textContent = `${app.inputRate} / ${app.outputRate} Hz`;
  $("diag-frames").textContent = String(app.stats.framesSent);
}

function closeDiagnostics() {
  app.prefs = { ...app.prefs, diagnostics: false };
  store.savePrefs(app.prefs);
  applyPrefs();
}

// ------------------------------------------------------------------------------ start-up

const view = new ConversationView({
  list: $("messages"),
  empty: $("empty"),
  scroller: document.scrollingElement,
  pill: $("new-messages"),
  template: $("tpl-message"),
  reducedMotion,
});

function wire() {
  setupDialog($("consent-dialog"), { dismissable: false });
  setupDialog($("settings-dialog"));
  setupDialog($("delete-dialog"));

  $("consent-accept").addEventListener("click", acceptConsent);
  $("talk").addEventListener("click", onTalk);
  $("composer").addEventListener("submit", onSubmitText);
  $("lang-toggle").addEventListener("click", toggleLanguage);
  $("open-settings").addEventListener("click", () => {
    fillSettings();
    openDialog($("settings-dialog"));
  });
  const form = $("settings-form");
  form.addEventListener("change", onSettingsChange);
  form.addEventListener("input", onSettingsChange);
  $("open-about").addEventListener("click", () => {
    $("settings-dialog").close();
    renderConsentEmergency();
    openDialog($("consent-dialog"), { focus: "#consent-accept" });
  });
  $("open-delete").addEventListener("click", openDelete);
  $("delete-cancel").addEventListener("click", () => $("delete-dialog").close("cancel"));
  $("delete-confirm").addEventListener("click", confirmDelete);
  $("notice-dismiss").addEventListener("click", hideNotice);
  $("mic-retry").addEventListener("click", () => {
    app.mic = "off";
    startMic();
  });
  $("mic-help-close").addEventListener("click", () => ($("mic-help").hidden = true));
  $("diagnostics-close").addEventListener("click", closeDiagnostics);

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || document.querySelector("dialog[open]")) return;
    // Esc closes the open panel, most recent first.
    if (!$("diagnostics").hidden) closeDiagnostics();
    else if (!$("mic-help").hidden) $("mic-help").hidden = true;
    else if (!$("notice").hidden) hideNotice();
  });

  window.addEventListener("online", () => {
    renderConnection();
    socket.reconnectNow(); // no-op while the socket survived the outage
  });
  window.addEventListener("offline", renderConnection);
  // A page restored from the back/forward cache has a dead socket and a suspended context.
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) socket.reconnectNow();
  });
}

function boot() {
  setLanguage(app.prefs.uiLang);
  applyPrefs();
  wire();
  relabelDynamic();
  renderDiagnosticsInfo();
  // Connect at once: the greeting brings the history and the verified help lines, which the
  // consent text names; the session itself starts only after consent.
  socket.start();
  if (!store.hasConsent()) openConsent();
}

boot();

// Read-only figures for diagnostics and end-to-end tests; no conversation content.
window.wanees = Object.freeze({
  snapshot: () => ({
    state: controlState(),
    serverState: app.serverState,
    mic: app.mic,
    conn: navigator.onLine ? app.conn : "offline",
    ready: socket.isReady,
    sessionId: app.sessionId,
    framesSent: app.stats.framesSent,
    playbackDone: app.stats.playbackDone,
    played: { ...player.stats },
    events: { ...app.stats.events },
    metrics: app.stats.metrics.map((m) => ({ ...m })),
    audioState: audioContext()?.state ?? "none",
    audioRate: audioContext()?.sampleRate ?? 0,
  }),
});

// What the page remembers in this browser: preferences, consent, and the session to resume.
// localStorage can throw (private mode, quota, disabled storage); the page then still works,
// it just forgets on reload.

const KEYS = {
  prefs: "wanees.prefs.v1",
  consent: "wanees.consent.v1",
  session: "wanees.session_id",
  resources: "wanees.resources.v1",
};

export const DEFAULT_PREFS = Object.freeze({
  uiLang: "ar",
  language: "ar", // reply language: ar | en | mixed
  voice: "", // "" = the server's default voice
  rate: 1.0,
  theme: "system", // system | light | dark
  textSize: "m", // s | m | l | xl
  diagnostics: false,
});

function read(key) {
  try {
    const raw = window.localStorage.getItem(key);
    return raw === null ? null : JSON.parse(raw);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null || value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage unavailable: keep working for this page's lifetime.
  }
}

const CHOICES = {
  uiLang: ["ar", "en"],
  language: ["ar", "en", "mixed"],
  theme: ["system", "light", "dark"],
  textSize: ["s", "m", "l", "xl"],
};

/** Stored preferences, each validated so a hand-edited or stale value cannot break the page. */
export function loadPrefs() {
  const stored = read(KEYS.prefs) ?? {};
  const prefs = { ...DEFAULT_PREFS };
  for (const [key, allowed] of Object.entries(CHOICES)) {
    if (allowed.includes(stored[key])) prefs[key] = stored[key];
  }
  if (typeof stored.voice === "string") prefs.voice = stored.voice;
  const rate = Number(stored.rate);
  if (Number.isFinite(rate) && rate >= 0.5 && rate <= 2) prefs.rate = Math.round(rate * 10) / 10;
  prefs.diagnostics = stored.diagnostics === true;
  return prefs;
}

export function savePrefs(prefs) {
  write(KEYS.prefs, prefs);
}

export function hasConsent() {
  const consent = read(KEYS.consent);
  return Boolean(consent && consent.accepted === true);
}

export function saveConsent() {
  write(KEYS.consent, { accepted: true, at: new Date().toISOString() });
}

export function loadSessionId() {
  const id = read(KEYS.session);
  return typeof id === "string" && id ? id : null;
}

export function saveSessionId(id) {
  write(KEYS.session, id || null);
}

/** The last verified resources the server sent, so the consent text can name the emergency
 * number before this page has talked to the server (it is refreshed on every session.ready). */
export function loadResources() {
  const list = read(KEYS.resources);
  return Array.isArray(list) ? list : [];
}

export function saveResources(resources) {
  write(KEYS.resources, Array.isArray(resources) ? resources : []);
}

// The conversation view: bubbles built from a <template> and filled with textContent only (never
// innerHTML with data), the live turn (partial transcript, reply clauses), and auto-scroll that
// leaves a reader alone once they have scrolled up.

import { locale, t } from "./i18n.js";

const NEAR_BOTTOM_PX = 96;

function joinClause(sofar, clause) {
  if (!sofar) return clause.trimStart();
  if (/\s$/.test(sofar) || /^\s/.test(clause)) return sofar + clause;
  return `${sofar} ${clause}`;
}

export class ConversationView {
  constructor({ list, empty, scroller, pill, template, reducedMotion }) {
    this.list = list;
    this.empty = empty;
    this.scroller = scroller; // the element that scrolls (the document)
    this.pill = pill;
    this.template = template;
    this.reducedMotion = reducedMotion;
    this.live = { user: null, assistant: null };
    this.pill.addEventListener("click", () => this.scrollToEnd(true));
    window.addEventListener("scroll", () => this.onScroll(), { passive: true });
  }

  nearBottom() {
    const el = this.scroller;
    return el.scrollHeight - el.scrollTop - el.clientHeight <= NEAR_BOTTOM_PX;
  }

  onScroll() {
    if (this.nearBottom()) this.pill.hidden = true;
  }

  scrollToEnd(smooth = false) {
    this.pill.hidden = true;
    window.scrollTo({
      top: this.scroller.scrollHeight,
      behavior: smooth && !this.reducedMotion() ? "smooth" : "auto",
    });
  }

  /** Run a DOM change and keep the newest message in view, unless the reader scrolled up. */
  change(mutate, { follow: forceFollow = false } = {}) {
    const follow = forceFollow || this.nearBottom();
    mutate();
    this.empty.hidden = this.list.children.length > 0;
    if (follow) this.scrollToEnd(false);
    else this.pill.hidden = false;
  }

  createMessage(role, { text = "", time = new Date(), typed = false } = {}) {
    const node = this.template.content.firstElementChild.cloneNode(true);
    node.classList.add(role);
    if (!this.reducedMotion()) node.classList.add("appear");
    node.querySelector(".msg-who").textContent = t(role === "user" ? "you" : "wanees");
    const stamp = node.querySelector(".msg-time");
    stamp.dateTime = time.toISOString();
    stamp.textContent = new Intl.DateTimeFormat(locale(), { hour: "numeric", minute: "2-digit" }).format(time);
    if (typed) {
      const note = document.createElement("span");
      note.className = "msg-typed";
      note.textContent = t("typedNote");
      stamp.after(note);
    }
    node.querySelector(".msg-text").textContent = text;
    node.dataset.role = role;
    return node;
  }

  /** Rebuild everything from the server's history: the server is the source of truth, so a
   * reconnect never duplicates or loses turns the server stored. */
  renderHistory(turns) {
    this.live = { user: null, assistant: null };
    this.change(() => {
      this.list.replaceChildren();
      for (const turn of turns) {
        const time = new Date(turn.created_at);
        const when = Number.isNaN(time.getTime()) ? new Date() : time;
        if (turn.user_text) {
          const user = this.createMessage("user", {
            text: turn.user_text,
            time: when,
            typed: turn.input_mode === "text",
          });
          user.dataset.turnId = turn.turn_id;
          user.classList.remove("appear");
          this.list.append(user);
        }
        if (turn.reply_text) {
          const reply = this.createMessage("assistant", { text: turn.reply_text, time: when });
          reply.dataset.turnId = turn.turn_id;
          reply.classList.remove("appear");
          this.list.append(reply);
        }
      }
    }, { follow: true }); // a rebuilt view opens at its newest message
  }

  clear() {
    this.renderHistory([]);
  }

  // ---- the live turn ------------------------------------------------------------------

  ensureUser({ typed = false } = {}) {
    if (!this.live.user) {
      const node = this.createMessage("user", { typed });
      node.classList.add("partial");
      node.setAttribute("aria-busy", "true");
      this.change(() => this.list.append(node));
      this.live.user = node;
    }
    return this.live.user;
  }

  userPartial(text) {
    const node = this.ensureUser();
    this.change(() => {
      node.querySelector(".msg-text").textContent = text;
    });
  }

  userFinal(text, { typed = false } = {}) {
    const node = this.ensureUser({ typed });
    this.change(() => {
      node.querySelector(".msg-text").textContent = text;
      node.classList.remove("partial");
      node.removeAttribute("aria-busy");
    });
  }

  assistantDelta(clause) {
    if (!this.live.assistant) {
      const node = this.createMessage("assistant");
      node.classList.add("streaming");
      this.change(() => this.list.append(node));
      this.live.assistant = node;
    }
    const text = this.live.assistant.querySelector(".msg-text");
    this.change(() => {
      text.textContent = joinClause(text.textContent, clause);
    });
  }

  assistantDone(fullText) {
    if (!this.live.assistant && !fullText) return;
    if (!this.live.assistant) this.assistantDelta("");
    const node = this.live.assistant;
    this.change(() => {
      if (fullText) node.querySelector(".msg-text").textContent = fullText;
      node.classList.remove("streaming");
    });
  }

  /** The server refused a typed message (busy, too long): take its bubble back out. */
  discardLiveUser() {
    const node = this.live.user;
    this.live.user = null;
    if (node) this.change(() => node.remove());
  }

  tagTurn(turnId) {
    for (const node of [this.live.user, this.live.assistant]) {
      if (node) node.dataset.turnId = turnId;
    }
  }

  /** The turn is over (the server is listening again): drop a user bubble that never got words
   * (a cough the VAD took for speech) and settle anything still marked as in progress. */
  endTurn() {
    const { user, assistant } = this.live;
    if (user && !user.querySelector(".msg-text").textContent.trim()) {
      this.change(() => user.remove());
    } else if (user) {
      user.classList.remove("partial");
      user.removeAttribute("aria-busy");
    }
    assistant?.classList.remove("streaming");
    this.live = { user: null, assistant: null };
  }

  /** Relabel names and times after the interface language changed. */
  relabel() {
    for (const node of this.list.children) {
      node.querySelector(".msg-who").textContent = t(node.dataset.role === "user" ? "you" : "wanees");
      const stamp = node.querySelector(".msg-time");
      const time = new Date(stamp.dateTime);
      if (!Number.isNaN(time.getTime())) {
        stamp.textContent = new Intl.DateTimeFormat(locale(), { hour: "numeric", minute: "2-digit" }).format(time);
      }
      const typed = node.querySelector(".msg-typed");
      if (typed) typed.textContent = t("typedNote");
    }
  }
}

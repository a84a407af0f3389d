// Every string the interface shows, in Arabic (default) and English. Elements carry
// data-i18n="key" (text) or data-i18n-attr="attr:key;attr:key" (attributes); code calls t().
// Phone numbers never appear here: they come from the server's verified resources.

export const STRINGS = {
  ar: {
    appName: "ونيس",
    tagline: "رفيق تسولف معه بهدوء",
    skipToInput: "انتقل إلى خانة الكتابة",
    conversation: "المحادثة",
    settings: "الإعدادات",
    close: "إغلاق",
    languageToggle: "English",
    languageToggleLabel: "Switch the interface to English",
    // connection
    connOnline: "متصل",
    connConnecting: "جارٍ الاتصال…",
    connReconnecting: "انقطع الاتصال، نحاول من جديد…",
    connOffline: "لا يوجد اتصال بالإنترنت",
    // states of the main control
    stateIdle: "اضغط لنبدأ الحديث",
    stateConnecting: "لحظة، نجهّز الاتصال…",
    stateListening: "أسمعك… تكلّم براحتك",
    stateUserSpeaking: "أسمعك تتكلّم",
    stateThinking: "ونيس يفكّر…",
    stateSpeaking: "ونيس يتكلّم، الميكروفون مقفل",
    statePaused: "الميكروفون متوقف. اضغط للمتابعة",
    stateMicBlocked: "الميكروفون غير متاح. تقدر تكتب بدلًا من الكلام",
    talkStart: "ابدأ الحديث",
    talkPause: "أوقف الميكروفون",
    talkResume: "شغّل الميكروفون",
    talkLocked: "الميكروفون مقفل حتى ينتهي ونيس",
    // conversation
    emptyTitle: "أهلًا فيك، أنا ونيس",
    emptyBody:
      "أنا هنا أسمعك بدون أحكام. اضغط الزر وتكلّم بالطريقة اللي تريحك، أو اكتب لي إذا ما تقدر تتكلّم الحين.",
    emptyNote: "ونيس ذكاء اصطناعي، مو طبيب ولا بديل عن الطوارئ.",
    you: "أنت",
    wanees: "ونيس",
    typedNote: "مكتوبة",
    newMessages: "رسائل جديدة",
    composerLabel: "اكتب رسالتك",
    composerPlaceholder: "أو اكتب هنا…",
    send: "إرسال",
    // crisis
    crisisTitle: "سلامتك أهم شي",
    crisisBody: "إذا كنت في خطر أو تفكّر تأذي نفسك، تواصل الحين مع من يقدر يساعدك:",
    callLabel: "اتصل بـ {name} على {number}",
    // notices and errors
    retry: "حاول مرة ثانية",
    dismiss: "حسنًا",
    errorGeneric: "صار خلل بسيط. خذ نفَسك، ونقدر نحاول مرة ثانية.",
    errorStt: "ما قدرت أسمع كلامك زين هالمرة. تقدر تعيده؟",
    errorLlm: "تعذّر عليّ أجهّز الرد الحين. نحاول مرة ثانية؟",
    errorTts: "ما قدرت أنطق الرد، لكنه مكتوب قدامك.",
    errorBusy: "لحظة، ونيس لسا يرد. تقدر ترسل بعد ما يخلص.",
    errorServerFull: "ونيس مشغول مع ناس ثانيين الحين. بنحاول نتصل بعد شوي.",
    errorTextTooLong: "الرسالة طويلة شوي. جرّب تقسمها على أكثر من رسالة.",
    errorOffline: "ما في اتصال الحين. بنرجع نحاول تلقائيًا.",
    errorConsent: "نحتاج موافقتك قبل ما نبدأ.",
    interrupted: "انقطع الاتصال قبل ما يكتمل الرد على رسالتك الأخيرة. رجّعناها لك في خانة الكتابة إذا حاب ترسلها مرة ثانية.",
    notResumed: "ما قدرنا نرجع للمحادثة السابقة، فبدأنا محادثة جديدة.",
    deletedNotice: "انحذفت المحادثة. نقدر نبدأ من جديد متى ما حبيت.",
    // microphone help
    micDeniedTitle: "الميكروفون محجوب",
    micDeniedBody:
      "علشان أسمعك، اسمح للصفحة باستخدام الميكروفون ثم أعد تحميلها. وإلى ذاك الحين تقدر تكتب لي.",
    micMissingTitle: "ما لقينا ميكروفون",
    micMissingBody:
      "وصّل ميكروفون أو سماعة فيها ميكروفون، وتأكد إنه مفعّل في إعدادات الجهاز، ثم حاول مرة ثانية.",
    micInsecureTitle: "الميكروفون يحتاج اتصالًا آمنًا",
    micInsecureBody: "افتح الصفحة عبر https أو من نفس الجهاز (localhost) حتى يسمح المتصفح بالميكروفون.",
    micErrorTitle: "تعذّر تشغيل الميكروفون",
    micErrorBody: "ممكن يكون برنامج ثاني يستخدمه. سكّره وحاول مرة ثانية.",
    micHelpChrome: "كروم وإيدج",
    micHelpChromeSteps:
      "اضغط أيقونة القفل أو الإعدادات يسار شريط العنوان، ثم «إعدادات الموقع» ← «الميكروفون» ← «سماح»، ثم أعد تحميل الصفحة.",
    micHelpSafari: "سفاري",
    micHelpSafariSteps:
      "على الماك: قائمة سفاري ← «إعدادات هذا الموقع» ← «الميكروفون» ← «سماح». على الآيفون: اضغط «aA» في شريط العنوان ← «إعدادات الموقع» ← «الميكروفون» ← «سماح».",
    micHelpFirefox: "فايرفوكس",
    micHelpFirefoxSteps:
      "اضغط أيقونة الميكروفون المشطوب في شريط العنوان، واحذف «محجوب مؤقتًا»، ثم أعد تحميل الصفحة واختر «سماح».",
    micHelpSystem:
      "وإذا كان الميكروفون محجوبًا في النظام نفسه: ويندوز ← الإعدادات ← الخصوصية ← الميكروفون؛ ماك ← إعدادات النظام ← الخصوصية والأمن ← الميكروفون.",
    micTryAgain: "جرّب الميكروفون مرة ثانية",
    // consent
    consentTitle: "قبل ما نبدأ",
    consentWhat:
      "ونيس رفيق صوتي يعمل بالذكاء الاصطناعي. يسمعك ويرد عليك بهدوء، ويساعدك ترتّب أفكارك ومشاعرك.",
    consentNot:
      "ونيس مو طبيب ولا معالج نفسي، ما يشخّص ولا يصف علاج، وردوده ممكن تكون غير دقيقة أحيانًا.",
    consentEmergency: "ونيس مو لحالات الطوارئ. إذا كنت في خطر الحين، اتصل فورًا:",
    consentEmergencyGeneric:
      "ونيس مو لحالات الطوارئ. إذا كنت في خطر الحين، اتصل بالطوارئ فورًا، وبتظهر لك أرقام المساعدة في الصفحة.",
    // {days}: the server's retention setting, from session.ready; the generic line is shown
    // only until the server has said it.
    consentStorage:
      "ما نحفظ صوتك أبدًا. نحفظ نص المحادثة (كلامك بعد تحويله لنص وردود ونيس) على هذا الخادم فقط، حتى تقدر ترجع لها، وتنحذف تلقائيًا بعد {days} يوم. وتقدر تحذفها بنفسك في أي وقت من الإعدادات.",
    consentStorageKept:
      "ما نحفظ صوتك أبدًا. نحفظ نص المحادثة (كلامك بعد تحويله لنص وردود ونيس) على هذا الخادم فقط، حتى تقدر ترجع لها، ويبقى لين ما تحذفه بنفسك من الإعدادات.",
    consentStorageGeneric:
      "ما نحفظ صوتك أبدًا. نحفظ نص المحادثة (كلامك بعد تحويله لنص وردود ونيس) على هذا الخادم فقط، حتى تقدر ترجع لها، وتنحذف تلقائيًا بعد مدة يحددها من يشغّل الخدمة. وتقدر تحذفها بنفسك في أي وقت من الإعدادات.",
    consentAccept: "فهمت، خلنا نبدأ",
    // settings
    settingsInterface: "لغة الواجهة",
    settingsReplyLanguage: "لغة الحديث",
    langAr: "العربية",
    langEn: "الإنجليزية",
    langMixed: "مختلط (عربي وإنجليزي)",
    settingsVoice: "الصوت",
    voiceDefault: "الصوت الافتراضي",
    settingsRate: "سرعة الكلام",
    rateSlow: "أبطأ",
    rateFast: "أسرع",
    settingsTheme: "المظهر",
    themeSystem: "حسب الجهاز",
    themeLight: "فاتح",
    themeDark: "داكن",
    settingsTextSize: "حجم الخط",
    sizeS: "صغير",
    sizeM: "عادي",
    sizeL: "كبير",
    sizeXL: "أكبر",
    settingsApplyNote: "التغييرات تنطبق من الرد الجاي.",
    settingsSaved: "انحفظت الإعدادات",
    settingsDiagnostics: "إظهار لوحة التشخيص",
    settingsAbout: "عن ونيس والخصوصية",
    deleteConversation: "احذف هذي المحادثة",
    // delete
    deleteTitle: "نحذف المحادثة؟",
    deleteBody:
      "بننحذف كل اللي قلته وكل ردود ونيس في هذي المحادثة من الخادم نهائيًا. ما نقدر نرجعها بعد الحذف.",
    deleteConfirm: "نعم، احذفها",
    deleteCancel: "لا، خلّها",
    deleteOffline: "لازم يكون في اتصال علشان نحذف المحادثة. حاول بعد ما يرجع الاتصال.",
    // diagnostics
    diagnostics: "التشخيص",
    diagSession: "الجلسة",
    diagRates: "معدل العينات (دخول/خروج)",
    diagFrames: "إطارات صوت مرسلة",
    diagTurn: "الدور",
    diagEou: "نهاية الكلام",
    diagStt: "التعرّف",
    diagTtft: "أول كلمة",
    diagTtfb: "أول صوت",
    diagV2v: "صوت لصوت",
    diagReply: "مدة الرد",
    diagFallback: "بديل",
    diagEmpty: "ما في أدوار بعد.",
    seconds: "ث",
    yes: "نعم",
    no: "لا",
  },
  en: {
    appName: "Wanees",
    tagline: "A calm companion to talk with",
    skipToInput: "Skip to the message box",
    conversation: "Conversation",
    settings: "Settings",
    close: "Close",
    languageToggle: "العربية",
    languageToggleLabel: "حوّل الواجهة إلى العربية",
    connOnline: "Connected",
    connConnecting: "Connecting…",
    connReconnecting: "Connection lost, trying again…",
    connOffline: "No internet connection",
    stateIdle: "Tap to start talking",
    stateConnecting: "One moment, connecting…",
    stateListening: "I'm listening… take your time",
    stateUserSpeaking: "I can hear you",
    stateThinking: "Wanees is thinking…",
    stateSpeaking: "Wanees is speaking — microphone locked",
    statePaused: "Microphone paused. Tap to continue",
    stateMicBlocked: "The microphone is unavailable. You can type instead",
    talkStart: "Start talking",
    talkPause: "Pause the microphone",
    talkResume: "Turn the microphone on",
    talkLocked: "The microphone is locked until Wanees finishes",
    emptyTitle: "Hello, I'm Wanees",
    emptyBody:
      "I'm here to listen, without judgement. Tap the button and talk however feels right, or type to me if you can't talk right now.",
    emptyNote: "Wanees is an AI, not a doctor and not a substitute for emergency services.",
    you: "You",
    wanees: "Wanees",
    typedNote: "typed",
    newMessages: "New messages",
    composerLabel: "Type your message",
    composerPlaceholder: "Or type here…",
    send: "Send",
    crisisTitle: "Your safety comes first",
    crisisBody: "If you are in danger or thinking of harming yourself, reach someone who can help now:",
    callLabel: "Call {name} on {number}",
    retry: "Try again",
    dismiss: "OK",
    errorGeneric: "Something small went wrong. Take a breath — we can try again.",
    errorStt: "I couldn't hear that clearly this time. Could you say it again?",
    errorLlm: "I couldn't put a reply together just now. Shall we try again?",
    errorTts: "I couldn't speak the reply, but it is written here.",
    errorBusy: "One moment — Wanees is still replying. You can send when it finishes.",
    errorServerFull: "Wanees is busy with other people right now. We'll try again shortly.",
    errorTextTooLong: "That message is a little long. Try splitting it into a few messages.",
    errorOffline: "There's no connection right now. We'll keep trying on our own.",
    errorConsent: "We need your agreement before we start.",
    interrupted: "The connection dropped before your last message was answered. It is back in the message box if you'd like to send it again.",
    notResumed: "We couldn't return to the previous conversation, so a new one has started.",
    deletedNotice: "The conversation was deleted. We can start again whenever you like.",
    micDeniedTitle: "The microphone is blocked",
    micDeniedBody:
      "So I can hear you, allow this page to use the microphone, then reload. Until then, you can type to me.",
    micMissingTitle: "No microphone found",
    micMissingBody:
      "Plug in a microphone or a headset with one, check it is enabled in your device settings, then try again.",
    micInsecureTitle: "The microphone needs a secure connection",
    micInsecureBody: "Open the page over https or on this same machine (localhost) so the browser allows the microphone.",
    micErrorTitle: "The microphone could not start",
    micErrorBody: "Another app may be using it. Close that app and try again.",
    micHelpChrome: "Chrome and Edge",
    micHelpChromeSteps:
      "Click the lock or settings icon left of the address bar, then Site settings → Microphone → Allow, and reload the page.",
    micHelpSafari: "Safari",
    micHelpSafariSteps:
      "On a Mac: Safari menu → Settings for This Website → Microphone → Allow. On iPhone: tap “aA” in the address bar → Website Settings → Microphone → Allow.",
    micHelpFirefox: "Firefox",
    micHelpFirefoxSteps:
      "Click the crossed-out microphone icon in the address bar, clear “Blocked temporarily”, then reload and choose Allow.",
    micHelpSystem:
      "If the system itself blocks the microphone: Windows → Settings → Privacy → Microphone; macOS → System Settings → Privacy & Security → Microphone.",
    micTryAgain: "Try the microphone again",
    consentTitle: "Before we begin",
    consentWhat:
      "Wanees is an AI voice companion. It listens, answers calmly, and helps you sort through your thoughts and feelings.",
    consentNot:
      "Wanees is not a doctor or a therapist. It does not diagnose or prescribe, and its replies can sometimes be wrong.",
    consentEmergency: "Wanees is not for emergencies. If you are in danger now, call straight away:",
    consentEmergencyGeneric:
      "Wanees is not for emergencies. If you are in danger now, call emergency services straight away; help lines are shown on the page.",
    consentStorage:
      "Your voice is never stored. The text of the conversation (what you said, transcribed, and Wanees's replies) is kept only on this server so you can come back to it, and is deleted automatically after {days} days. You can delete it yourself at any time in Settings.",
    consentStorageKept:
      "Your voice is never stored. The text of the conversation (what you said, transcribed, and Wanees's replies) is kept only on this server so you can come back to it, until you delete it yourself in Settings.",
    consentStorageGeneric:
      "Your voice is never stored. The text of the conversation (what you said, transcribed, and Wanees's replies) is kept only on this server so you can come back to it, and is deleted automatically after a period set by whoever runs it. You can delete it yourself at any time in Settings.",
    consentAccept: "I understand, let's begin",
    settingsInterface: "Interface language",
    settingsReplyLanguage: "Conversation language",
    langAr: "Arabic",
    langEn: "English",
    langMixed: "Mixed (Arabic and English)",
    settingsVoice: "Voice",
    voiceDefault: "Default voice",
    settingsRate: "Speaking speed",
    rateSlow: "Slower",
    rateFast: "Faster",
    settingsTheme: "Appearance",
    themeSystem: "Match device",
    themeLight: "Light",
    themeDark: "Dark",
    settingsTextSize: "Text size",
    sizeS: "Small",
    sizeM: "Normal",
    sizeL: "Large",
    sizeXL: "Larger",
    settingsApplyNote: "Changes apply from the next reply.",
    settingsSaved: "Settings saved",
    settingsDiagnostics: "Show the diagnostics panel",
    settingsAbout: "About Wanees and privacy",
    deleteConversation: "Delete this conversation",
    deleteTitle: "Delete the conversation?",
    deleteBody:
      "Everything you said and every reply in this conversation will be permanently removed from the server. It cannot be recovered.",
    deleteConfirm: "Yes, delete it",
    deleteCancel: "No, keep it",
    deleteOffline: "A connection is needed to delete the conversation. Try again once it is back.",
    diagnostics: "Diagnostics",
    diagSession: "Session",
    diagRates: "Sample rates (in/out)",
    diagFrames: "Audio frames sent",
    diagTurn: "Turn",
    diagEou: "End of speech",
    diagStt: "STT",
    diagTtft: "LLM first token",
    diagTtfb: "TTS first audio",
    diagV2v: "Voice to voice",
    diagReply: "Reply audio",
    diagFallback: "Fallback",
    diagEmpty: "No turns yet.",
    seconds: "s",
    yes: "yes",
    no: "no",
  },
};

let current = "ar";

export function setLanguage(lang) {
  current = lang in STRINGS ? lang : "ar";
  document.documentElement.lang = current;
  document.documentElement.dir = current === "ar" ? "rtl" : "ltr";
  applyTranslations(document);
}

export function language() {
  return current;
}

/** The string for `key` with {placeholders} filled in; the key itself if missing (visible bug). */
export function t(key, vars = {}) {
  const table = STRINGS[current] ?? STRINGS.ar;
  const text = table[key] ?? STRINGS.ar[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

export function applyTranslations(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":");
      if (attr && key) el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
}

/** Locale for dates and times: Omani Arabic or English. */
export function locale() {
  return current === "ar" ? "ar-OM" : "en-GB";
}

"""Which language a message is in, so fixed replies and the model answer in the same mix.

Arabizi (Arabic in Latin letters with digits for sounds: "abi amoot", "2nte7ar") is Arabic.
"""

from __future__ import annotations

import re

from wanees.care.arabizi import looks_like_arabizi
from wanees.config import Language

_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'0-9]*")
# Digits standing for Arabic sounds inside a Latin word (3 = ع, 7 = ح, 5 = خ, 2 = ء, 8/9/6).
_ARABIZI_WORD = re.compile(r"^(?=.*[a-z])(?=.*[2-35-79])[a-z2-35-79']+$", re.IGNORECASE)
_ARABIZI_COMMON = {
    "abi", "aba", "abgha", "ab8a", "ana", "wallah", "wallahi", "inshallah", "mashallah", "shu",
    "wesh", "ya", "habibi", "khalas", "5alas", "zain", "zein", "wayed", "wayid", "mafi", "ma",
    "amoot", "bamoot", "mb", "mub", "ashoof", "tawa", "ya3ni", "yani", "bas", "shlonak", "kaifak",
    "ahlan", "marhaba", "salam", "nafsi", "ro7i", "alhamdulillah", "hala", "walla", "ashkurk",
    # Risk words typed without digits: the crisis reply must come in Arabic for them too.
    "antaher", "bantaher", "antahir", "bantahir", "antiher", "ante7ar", "amot", "amout", "bamot",
    "wadi", "waddi", "wdi", "widdi", "abee", "aby", "abgi", "abghi", "mabi", "mab8a", "mabgha",
    "a3eesh", "aeesh", "aish", "hayati", "hayat", "dinya", "donya", "dunya", "ta3ban", "taban",
    "ta3bana", "ta3bt", "ta3abt", "malait", "kraht", "akhtifi", "artaah", "artah", "akamil",
    "akamel", "fiini", "feeni", "shay", "shwai", "shway", "shwaya", "laish", "leish",
    "lesh", "ashan", "ashaan", "bukra", "bokra", "bacher", "baachir", "elyoom", "alyoom",
    "khalaas", "yarab", "yarabb", "allah",
}  # fmt: skip


def detect_language(text: str) -> Language:
    arabic = len(_ARABIC_LETTER.findall(text))
    words = _LATIN_WORD.findall(text)
    arabizi = sum(1 for w in words if _ARABIZI_WORD.match(w) or w.lower() in _ARABIZI_COMMON)
    latin_words = len(words) - arabizi
    if arabic == 0 and latin_words == 0:
        return "ar"
    if latin_words == 0:
        return "ar"
    if arabic == 0 and arabizi * 2 >= len(words):
        return "ar"
    if arabic == 0:
        # Arabizi with words this list does not know ("kolhum bi artaa7on"): its writer reads
        # Arabic, and a crisis message must reach them in it.
        # A digit for a sound ("artaa7on") is the sure sign; "allah is great" stays English.
        sounded = any(_ARABIZI_WORD.match(w) for w in words)
        return "ar" if sounded and looks_like_arabizi(text) else "en"
    # Both scripts: one English word in an Arabic sentence is still mixed speech.
    return "mixed"

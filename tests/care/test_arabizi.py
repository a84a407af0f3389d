"""Arabizi → Arabic script: the spelling a Gulf reader would write, English left alone."""

from __future__ import annotations

import pytest

from wanees.care.arabizi import looks_like_arabizi, to_arabic

# Single Arabizi words (each one is enough to make its line Arabizi) and how a Gulf writer spells
# them in Arabic script: digits for sounds, long vowels written, short ones dropped.
WORDS = [
    ("ta3bt", "تعبت"),
    ("ta3abt", "تعبت"),
    ("7yati", "حياتي"),
    ("7ayati", "حياتي"),
    ("ta3ban", "تعبان"),
    ("za3lan", "زعلان"),
    ("8al8an", "قلقان"),
    ("wa7eed", "وحيد"),
    ("2nte7ar", "انتحار"),
    ("ante7ar", "انتحر"),
    ("mokta2ib", "مكتئب"),
    ("tis2aloon", "تسألون"),
    ("3ib2", "عبء"),
    ("a3eesh", "اعيش"),
    ("ma3ad", "ماعاد"),
    ("9ert", "صرت"),
    ("wa9alt", "وصلت"),
    ("a5tifi", "اختفي"),
    ("5alas", "خلاص"),
    ("6aree8", "طريق"),
    ("3u6la", "عطلة"),
    ("y8ool", "يقول"),
    ("ra7t", "رحت"),
    ("3indi", "عندي"),
    ("7abba", "حبة"),
    ("7boob", "حبوب"),
    ("a7is", "احس"),
    ("ma63am", "مطعم"),
    ("ag3ad", "اقعد"),
    ("ar7am", "ارحم"),
    ("t9ba7", "تصبح"),
    ("8ra9i", "قرصي"),
    ("ba8tel", "بقتل"),
    ("3laiha", "عليها"),
    ("yer7amha", "يرحمها"),
    ("m5adda", "مخدة"),
    ("maftoo7", "مفتوح"),
    ("mashroo3", "مشروع"),
    ("y7bon", "يحبون"),
    ("ab8a", "ابغى"),
    ("amoot", "اموت"),
    ("amout", "اموت"),
    ("bamoot", "بموت"),
    ("el7een", "الحين"),
    ("ta3baaaan", "تعبان"),
]

LINES = [
    ("abi amoot", "ابي اموت"),
    ("ta3bt mn 7yati", "تعبت من حياتي"),
    ("ma 3ad fini 7eel", "ما عاد فيني حيل"),
    ("kolhum bi arta7o mni", "كلهم بارتاحو مني"),
    ("abgha amoot wallah", "ابغى اموت والله"),
    ("ab8a 2mout", "ابغى اموت"),
    ("mabi a3eesh", "مابي اعيش"),
    ("ma abi a3eesh ba3ad", "ما ابي اعيش بعد"),
    ("abi a2thi nafsi", "ابي اذي نفسي"),
    ("ana wa7eed shway hal fatra", "انا وحيد شوي هالفترة"),
    ("ta3ban mn el dawam el yom", "تعبان من الدوام اليوم"),
    ("mallait mn el bait", "مليت من البيت"),
    ("abi asafer w arta7 usboo3", "ابي اسافر وارتاح اسبوع"),
    ("el mawt ar7am mn elli ana feeh", "الموت ارحم من اللي انا فيه"),
    ("ma3 el salama, nitkallam bachir", "مع السلامة, نتكلم باكر"),
    ("abi arayy7kum minni lel abad", "ابي اريحكم مني للابد"),
    ("khalas wadda3t el kil", "خلاص ودعت الكل"),
    ("ana 3ib2 3la el kil", "انا عبء على الكل"),
    ("ma3ad li makan fi hal dunya", "ماعاد لي مكان في هالدنيا"),
    ("el leela akhir leela li", "الليلة اخر ليلة لي"),
    ("ra7t atmasha w irta7t", "رحت اتمشى وارتحت"),
    ("shlonk ya 5ooy", "شلونك يا خوي"),
    ("ana mokta2ib hal ayam", "انا مكتئب هالايام"),
    ("la tis2aloon 3anni", "لا تسألون عني"),
    ("ana khayef", "انا خايف"),
    ("ana 7'ayef", "انا خايف"),
    ("ana mash3'ool", "انا مشغول"),
    ("ana fi el sayyara", "انا في السيارة"),
    ("galbi maksoor", "قلبي مكسور"),
    ("ta3ban mn el-dawam", "تعبان من الدوام"),
    ("ya rab", "يا رب"),
]

ENGLISH = [
    "I want to die",
    "I'm so tired of work",
    "I can't do this anymore",
    "Call 9999 now",
    "I have 3 kids and 2 jobs",
    "meet me at 2pm on the 3rd",
    "my mp3 player broke lol",
    "gr8, see u l8r",
    "see ya tomorrow",
    "Ana is my sister",
]

MIXED = [
    ("I wanna amoot", "I wanna اموت"),
    ("honestly ta3bt mn 7yati", "honestly تعبت من حياتي"),
    ("I'm so ta3ban today", "I'm so تعبان today"),
    ("انا تعبان wallah", "انا تعبان والله"),
]


@pytest.mark.parametrize(("arabizi", "arabic"), WORDS)
def test_words_are_spelled_as_a_gulf_writer_would(arabizi: str, arabic: str) -> None:
    assert looks_like_arabizi(arabizi)
    assert to_arabic(arabizi) == arabic


@pytest.mark.parametrize(("arabizi", "arabic"), LINES)
def test_lines(arabizi: str, arabic: str) -> None:
    assert looks_like_arabizi(arabizi)
    assert to_arabic(arabizi) == arabic


@pytest.mark.parametrize("english", ENGLISH)
def test_english_lines_are_not_arabizi_and_come_back_untouched(english: str) -> None:
    assert not looks_like_arabizi(english)
    assert to_arabic(english) == english


@pytest.mark.parametrize(("mixed", "arabic"), MIXED)
def test_mixed_lines_keep_their_english_words(mixed: str, arabic: str) -> None:
    assert looks_like_arabizi(mixed)
    assert to_arabic(mixed) == arabic


def test_one_ambiguous_word_is_not_enough_but_two_are() -> None:
    assert not looks_like_arabizi("I'm at the mall with ma")
    assert looks_like_arabizi("mallait mn el bait")


@pytest.mark.parametrize(
    ("text", "arabic"),
    [
        ("abi amoot 😢", "ابي اموت 😢"),
        ("ABI AMOOT!!!", "ابي اموت!!!"),
        ("abi amooooot", "ابي اموت"),
        ("ta3abt, abi anam lel abad...", "تعبت, ابي انام للابد..."),
        ("  abi amoot?  ", "  ابي اموت?  "),
        # A prefix joins the next word on its line, never across a line break.
        ("abi amoot\nw ana ta3ban", "ابي اموت\nوانا تعبان"),
        ("abi amoot w\nta3ban", "ابي اموت و\nتعبان"),
    ],
)
def test_punctuation_emoji_case_and_line_breaks(text: str, arabic: str) -> None:
    assert to_arabic(text) == arabic


def test_numbers_stay_digits() -> None:
    assert to_arabic("ta3ban mn 3 ayam") == "تعبان من 3 ايام"
    assert to_arabic("ta3ban, ittasalt 3la 9999").endswith(" 9999")


@pytest.mark.parametrize("text", ["", "   ", "😢", "...", "123"])
def test_empty_and_wordless_input(text: str) -> None:
    assert not looks_like_arabizi(text)
    assert to_arabic(text) == text


@pytest.mark.parametrize(
    "arabic", ["أبي أموت", "ما عاد فيني حيل", "تعبت من حياتي 😢", "اتصل على 9999", "٣ أيام"]
)
def test_arabic_script_is_left_as_it_is(arabic: str) -> None:
    assert not looks_like_arabizi(arabic)
    assert to_arabic(arabic) == arabic


@pytest.mark.parametrize(
    "text",
    [a for a, _ in WORDS + LINES + MIXED] + ENGLISH + ["abi amoot\nw ana ta3ban"],
)
def test_transliteration_is_idempotent(text: str) -> None:
    once = to_arabic(text)
    assert to_arabic(once) == once
    assert not looks_like_arabizi(once)

"""Round 9 of the deterministic detector: classes read from blind checks 21 and 22 (scored, then
opened), each tested with wording of our own (never the checks' lines) and with near misses.

Check 22 was written as speech-to-text transcripts (fillers, no punctuation) and the rules alone
caught 0.30 of it. Bugs fixed: «بعد ما» ("after") was read as a negation, so «بعد ما أسلم المشروع
بأرحل عن هذا العالم» was negated; "my brother's cutting again" was read as the speaker's own
self-harm (the contraction hid the subject); a will written for Hajj was imminent risk; «لا عندي
أفكار أأذي نفسي» ("no, I do have thoughts", the comma dropped) was read as a denial.
"""

from __future__ import annotations

import pytest
from tests.care.detector_levels import H, M, assert_below_medium, assert_reaches

from wanees.transport.protocol import RiskLevel

RISK = [
    ("بعد ما أسلم المشروع بأرحل عن هذا العالم، خلاص قررت", H),
    ("كل ما أفكر أبا أموت", H),
    ("I'm leaving this world after my brother's wedding", H),
    ("أتمنى أن أختفي ولا أعود", M),
    ("searched how long it takes to drown, the beach is empty at night", M),
    ("كم ياخذ وقت الغرق؟", M),
    ("gave all my books away, I don't need anything anymore", H),
    ("وزعت كتبي كلها، ما عاد احتاج شي", H),
    ("looking up how tall the bridge on the highway is, مليت من كل شي", H),
    ("بحثت عن أعلى جسر وعن الوقت اللي يكون فاضي من الناس", M),
    ("ادور في النت عن طريقة ما تعور", M),
    ("set everything for Thursday night, everyone will be out", M),
    ("جهزت كل شي لليلة الخميس والكل بيكون برا البيت", M),
    ("tried last night and my roommate found me in time, I'm angry she did", H),
    ("حاولت أمس وأختي لقتني، وأنا زعلانة إنها لقتني", H),
    ("I recorded a video for my mum for after I'm gone", H),
    ("recorded a voice note for my brother for after, you know", H),
    # "No, I do have thoughts...": a transcript drops the comma after «لا».
    ("لا عندي أفكار أأذي نفسي", H),
    ("لا أنا أبي أموت", H),
]


@pytest.mark.parametrize(("text", "floor"), RISK)
def test_round9_risk(text: str, floor: RiskLevel) -> None:
    assert_reaches(text, floor)


QUIET = [
    # Idioms said the ways check 22 said them.
    "wallah bamoot min el joo3",
    "3ndi exam bukra w bamoot mn el 5oof",
    "the comedy show had me dead honestly",
    "died to the same boss like ten times tonight",
    "if they play that song one more time i'm jumping out the window lmao",
    # Death as God's truth, a saying of the dead.
    "el mout 7ag, allah yr7am jaddi",
    "كان أبوي يقول إن الموت راحة للمؤمن",
    # Work, a screening question answered no, someone else's self-harm.
    "I'm a nurse and I'm revising overdose signs for my exam",
    "the doctor asked if I've had thoughts of ending it and no, not at all",
    "my brother's cutting again and I don't know how to help him",
    # An ordinary will, a past that is over.
    "كتبت وصيتي لأني مسافر الحج هالسنة",
    "قبل سنين حاولت أأذي نفسي بس الحين حياتي تغيرت الحمدلله",
    # Look-alikes of the new families.
    "ما أبا أرحل عن هالدنيا، أبا أعيش",
    "we are leaving the world of diapers behind finally",
    "the lifeguard course teaches how long drowning takes",
    "I'm googling a way to remove a splinter that doesn't hurt",
    "جهزت كل شي للرحلة والكل بيكون برا",
    "recorded a video for my mum for her birthday",
    "my dog found me in time for dinner lol",
    "بعد ما فكرت وايد، ما أبا أموت",
    # «لا» before a verb still negates; «لا ما عندي» is a denial.
    "لا أريد أن أموت",
    "لا ما عندي أفكار أأذي نفسي",
]


@pytest.mark.parametrize("text", QUIET)
def test_round9_near_misses_stay_below_medium(text: str) -> None:
    assert_below_medium(text)

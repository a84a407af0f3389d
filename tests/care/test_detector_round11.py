"""Round 11 of the deterministic detector: classes read from blind checks 27 and 28 (scored once,
then opened), each tested with wording of our own (never the checks' lines) and with near misses.

Fixed: a joke said outright without a laugh («أمزح طبعاً», "I was kidding when I said I'd jump")
stayed HIGH; a film's hero jumping or dying was the speaker's; "I'm dying من الضحك" was not an
idiom; «ما بحتاجه» ("I won't need it", the Gulf future) was not heard, nor «والأحسن أختفي» with
its conjunction, «الحمدلله مستانس» as a recovery, or the MSA «اللحاق بها» or "joining him" after
a death. «فلم» alone is not a film: in MSA it is "and did not" («فلم أجد»).
"""

from __future__ import annotations

import pytest
from tests.care.detector_levels import H, M, assert_below_medium, assert_reaches

from wanees.transport.protocol import RiskLevel

RISK = [
    # "I'm not joking" does not lower anything.
    ("والله مو أمزح، ودي أموت", H),
    ("I'm not kidding, I want to die", H),
    # Going alone to the sea or a cliff and not coming back.
    ("الخميس بطلع الجبل لحالي وما برجع", M),
    ("gonna drive out to the cliffs tonight and not come back", M),
    # A place chosen, and it is a bridge or a roof.
    ("حددت المكان، سطح العمارة اللي جنب الدوار", H),
    ("I've picked the spot, the bridge over the highway", H),
    # Following someone who died.
    ("من وفاة أمي وأنا أفكر في اللحاق بها", M),
    ("since my brother died I think about joining him", M),
    # Things given away, "I won't need it" after a date.
    ("عطيت ساعتي لولد خالي، ما بحتاجها بعد رمضان", H),
    # The conjunction before "better that I disappear".
    ("كلهم تعبوا مني والأفضل أختفي", M),
    # A negated joke, further back.
    ("I want to die, بجد مو قاعد أمزح", H),
]


@pytest.mark.parametrize(("text", "floor"), RISK)
def test_round11_risk(text: str, floor: RiskLevel) -> None:
    assert_reaches(text, floor)


QUIET = [
    # A joke said outright.
    "خسرنا النهائي وقلت بقتل نفسي، أمزح لا تشيلون هم",
    "I was only joking when I said I'd jump off the roof, the exam was fine",
    "bs amza7 lma git ba anti7ir, el match kan ghabi",
    # A film or a series.
    "في المسلسل البطل انتحر في آخر حلقة وصدمني",
    "the film ending where the hero jumps off the bridge wrecked me",
    "شفت الفيلم أمس، البطل انتحر في النهاية وبكيت",
    # Dying of laughter, in two languages.
    "dead من الضحك على هالمقطع",
    # A past that is over.
    "زمان كنت أفكر أموت بس الحين الحمدلله مبسوط مع عيالي",
    # Ordinary look-alikes of the new families.
    "بروح البحر بروحي وما برجع الا المغرب",
    "going to the beach and not coming back until sunset",
    "حددت المكان للتصوير، الجسر القديم وقت الغروب",
    "we picked the spot for the wedding photos, the old bridge",
    "بعد وفاة أبوي أفكر أروح لقبره كل جمعة",
    "عطيت ساعتي القديمة لأخوي، ما احتاجها",
]


@pytest.mark.parametrize("text", QUIET)
def test_round11_near_misses_stay_below_medium(text: str) -> None:
    assert_below_medium(text)

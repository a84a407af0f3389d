"""Context patterns, all languages together: idioms, news and third person, first person, negators,
fillers, imminence, hopelessness, distress, laughter, goodbyes."""

# Long alternations of words read better unbroken, and word lists as one string:
# ruff: noqa: E501, SIM905
from __future__ import annotations

import re

from wanees.care.lexicon.ar import AR_DISTRESS_CONTEXT
from wanees.care.lexicon.en import EN_DISTRESS_CONTEXT
from wanees.care.lexicon.shared import ar_words as _ar
from wanees.care.lexicon.shared import rx as _re
from wanees.care.normalize import normalize_letters

# Idioms removed before matching: "بموت من الضحك", "اموت فيك" (I adore you), "dying of laughter",
# "killing it". Their words never count as risk.
IDIOMS = _re(
    r"(?<!\w)(?:[وف])?(?:ب|ا|راح ا|رح ا)?(?:موت|اموت|متت|مت|ميت|ميته|مايت|بموت|يموتني|تموتني|"
    r"موتني|موتتني|ذبحني|ذبحتني|قتلني|قتلتني|بتقتلني|يقتلني|ذابحني|ذبحت روحي|ذبحت نفسي|"
    r"قتلت نفسي|قتلت روحي|هلكت روحي|هلكت نفسي|انتحر|بنتحر|سانتحر|راح انتحر)\s(?:من\s|بال|ب|علي\s|على\s|مع\s)?(?:ال)?"
    r"(?:ضحك|جوع|برد|حر|ملل|طفش|فرح|وناسه|شوق|غيره|فضول|عطش|تعب|نعاس|خوف|حيا|خجل|قهر|زهق|"
    r"انتظار|حماس|شغل|دراسه|مذاكره|تمرين|رياضه|زحمه|ريحه|حلاوه|جمال|لذاذه|الم|ضغط|صداع|احراج|حشره|سهر|توتر|"
    r"قلق|رعب)\w*"
    # («طريقة أموت فيها» is a way to die in, not "I adore her".)
    r"|(?<!\w)(?<!طريقه )(?:ب|ا)?(?:اموت|موت|ميت|ميته|متت)\s(?:في|فيك|فيه|فيها|فيكم|فيهم|عليك|عليه|عليها|"
    r"عليكم|علي|على|بك|عشانك|عشانه|عشانها|علشانك|فداك|فداه|فدا|بحبك|بحبه)(?!\w)"
    r"|(?<!\w)(?:حلو|حلوه|زين|زينه|بارد|حار|تعبان|جوعان|مستانس|مستانسه)\sموت(?!\w)"
    r"|(?<!\w)ضحك\w*\s(?:\w+\s)?(?:لين|حتي|الين)\s(?:مت|متت|موت)(?!\w)"
    # Arabizi: "bamoot mn el jo3", "amoot fik".
    r"|\b(?:b|ba|a|ra7 a)?mo+u?t (?:mn|min|men|m) ?(?:el |il |al |l)?(?:jo3|ju3|jou3|joo3|5oof|khoof|7ar|7arr|bard|d7k|da7k|dh7k|97k|9'7k|9o7k|9a7k|9u7k|6o7k|di7k|dhi7k|9'a7|9'o7|9a7ik|da7ik|ta3ab|tafash|6afash|malal|zah8|shoo?g|shoq|5of|khof|no3as|nu3as|ghera|fudool|el ?d7k)\w*"
    r"|\b(?:b|ba|a)?mo+u?t (?:fik|feek|fiki|feeki|fich|feech|fikum|fih|fiha|3lek|3laik|3alaik|3aleek|3lech|3leki|3alaiha)\b"
    # "ga3ed amoot 3la el burger": dying for a craving, as "اموت على" above.
    r"|\b(?:b|ba|a)?mo+u?t (?:3la|3ala|ala|3l|3al)\b"
    r"|\b(?:will|gonna|going to|'?ll|would|is|'s) be the (?:death|end) of (?:me|us)\b"
    r"|\bcross my heart(?: and hope to die)?\b"
    # Round 9: laughing ("that show had me dead"), death as God's truth said of the dead.
    r"|\bhad me (?:dead|dying|crying)\b"
    # Round 11: English dying, Arabic laughing ("I'm dying من الضحك").
    r"|\b(?:dying|dead|died)\s(?:من\s)?(?:ال)?(?:ضحك|فشله|الفشله|طفش|ملل)\w*"
    # Round 13: tired or worked "to death" («تعبت من الشغل لين الموت»), a prayer that gives one's
    # years to someone else («يا رب خذ من عمري وعطها»), dying of frustration in Arabizi.
    r"|(?<!\w)(?:[وف])?(?:تعبت|تعبان|تعبانه|هلكت|هلكان|تعب|شغل|الشغل|دوام|الدوام)\s(?:\S+\s){0,4}?"
    r"(?:لين|لحد|حتي|الين|للين)\s(?:ال)?موت(?!\w)"
    r"|\b(?:ta3bt|ta3ban|ta3bana|ta3ab|shoghol|shughul|dawam|el dawam)\s(?:\S+\s){0,4}?"
    r"(?:l7ad|la7ad|lain|lin|laan|7ata|7tta)\s(?:el |al |il )?(?:mot|moot|mout|maut)\b"
    r"|(?<!\w)(?:يا رب |يارب |ربي |الله )?(?:خذ|اخذ|ياخذ) من عمري(?!\w)"
    r"|\b(?:b|ba|a)?mo+u?t (?:mn|min|men|m) ?(?:el |il |al |l)?(?:gahar|qahar|8ahar|9ahar|ghahar|z3al|za3al)\w*"
    # An illness or an accident that frightened: "I thought I'd die, it scared me".
    r"|\bthought i(?:'d| would| was going to| was gonna| was) (?:die|dying)\b"
    # Death as God's truth, in English: "death is a truth we all meet", "we all go when God decides".
    r"|\bdeath is (?:a truth|the truth|certain|inevitable|part of life)\b"
    r"|\bwe all (?:die|go) (?:one day|someday|eventually|when (?:god|allah) (?:decides|wills|wants))\b"
    r"|\b(?:el|al|il) ?(?:mout|mot|moot|maut) (?:7ag|7aq|7a8|haq)\b|(?<!\w)(?:[وف])?الموت (?:حق|راحه للمومن|راحه للمؤمن|تحفه المومن|تحفه المؤمن)(?!\w)"
    # Round 7: dying in a game ("died so many times in that boss fight").
    r"|\b(?:died|dying|die|dead|killed|kept dying)\s(?:\w+\s){0,4}?(?:in|on|at|to) (?:that|the|this|the same) "
    r"(?:boss|level|game|round|fight|raid|map|mission|stage)\b"
    r"|\bkill(?:ed|ing)? myself (?:laughing|with laughter)\b"
    r"|\b(?:dying|die|died|dead|killing me|killed me|kill me)\s+(?:of|from|with|laughing|"
    r"laughter)\s*(?:laughter|laughing|embarrassment|boredom|hunger|cuteness|jealousy|"
    r"curiosity|heat|cold|thirst|excitement|shame)?\b|\bdying to\b|"
    r"\b(?:is|are|was|were|'s|looks?|sounds?|smells?|tastes?) (?:\w+ )?to die for\b|"
    r"\b(?:would|'d|i'd) die for\b|\bdying for (?:a|an|some|the|my)\b|\bkill(?:ing|ed|s)? it\b|"
    r"\bkill(?:ing)? (?:some )?time\b|\b(?:die|dye|dying|died) (?:my|your|her|his|the) (?:hair|beard|clothes|shirt)\b|\bkill for (?:a|an|some)\b|\bdead (?:tired|serious|"
    r"on|end|line|lines|battery|phone)\b|\bdrop[- ]dead\b|\bkill(?:ed|ing)? (?:the|a|that|this) "
    r"(?:lights?|engine|process|app|bug|music|spider|fly|mosquito|cockroach|roach|vibe|mood|"
    r"game|battery|conversation|boss)\b|\b(?:is|are|was|were|it'?s|this|that|you|these|those)"
    r"\s+(?:\w+\s+)?kill(?:ing|s) me\b|\bi'?m (?:literally )?dead\b(?=.*(?:lol|lmao|haha|xd|meme|funny|hilarious|video|tiktok|joke))|"
    r"\bmy phone (?:is )?(?:dying|dead|died)\b|\bsuicide (?:squad|doors?|run|sprints?|"
    r"bomber|attack|mission)\b|\b(?:die|dying) (?:hard|laughing)\b|\bdying (?:light|star)\b"
    r"|(?<!\w)(?<!افكار )(?<!فكره )(?<!ميول )(?<!رغبه )(?<!نزعه )(?<!مشاعر )انتحاري(?:ه|ين|ون)?(?!\w)|(?<!\w)(?:عمليه|عمليات|هجوم|تفجير|حزام) انتحاري\w*"
)

# News or someone else as the subject: a bare topic word then belongs to someone else.
THIRD_PERSON = _re(
    r"(?<!\w)(?:[وف]|ال|لل|ب)?(?:شاب|شابه|رجل|امراه|سيده|فتاه|بنت|ولد|طالب|طالبه|طفل|طفله|مراهق|"
    r"مراهقه|مواطن|مواطنه|وافد|وافده|عامل|عامله|شخص|اشخاص|لاعب|ممثل|ممثله|مغني|مغنيه|فنان|فنانه|"
    r"سجين|جندي|ضابط|مريض|مريضه|زوجها|زوجته|هو|هي|هم|نفسه|نفسها|نفسهم|انفسهم|حياته|حياتها|روحه|"
    r"روحها|ابنه|ابنته|صديقي|صديقتي|صديقه|اخوي|اختي|ربيعي|خوي|جاري|جارنا|عمره|عمرها|عاما|عام|الفلم|البطل|البطله|الشخصيه|"
    r"الشرطه|شرطه|الامن|النيابه|مصدر|صحيفه|جريده|خبر|اخبار|عاجل|فيديو|بالفيديو|حادثه|حادث|"
    r"ظاهره|نسبه|نسب|معدل|معدلات|احصاييه|احصاييات|احصائيات|دراسه|ارتفاع|تزايد|جثه|جثمان|العثور|"
    r"ضحيه|اقدم|اقدمت|يقدم|تقدم|اعلن|اعلنت|سجن|مستشفي|منطقه|محافظه|ولايه|مدينه|الوقايه|التوعيه|"
    r"العالمي|منظمه|مكافحه|حالات|قضيه|جريمه|تفاصيل|ماساه|صدمه|المشاهير|مشهور|مشهوره|انتحرت|"
    r"انتحروا|ينتحر|ينتحرون|تنتحر|قتل نفسه|قتلت نفسها|وقد|لقد|شنق|غرقا|حرقا|شنقا|برصاصه)(?!\w)"
    r"|\b(?:he|she|they|his|her|their|him|them|someone|somebody|man|woman|teen|teenager|boy|girl|"
    r"student|police|reported|reports|news|study|studies|rate|rates|awareness|prevention|"
    r"according|celebrity|actor|singer|friend|brother|sister|cousin|mom|dad|mother|father|"
    r"people|victim|suspect|article|research|statistics|documentary|movie|film|song|book|"
    r"character|hotline|month|day|world|"
    # Arabizi news, media and other people.
    r"khabar|5abar|a5bar|akhbar|mosalsal|musalsal|msalsal|maqal|magal|video|fidyo|tagreer|ta8reer|jareeda|"
    r"huwa|hiya|hum|sadeeqi|sadiqi|a5ooy|akhooy|u5ti|ukhti|wa7d|wa7da|shab|inta7ar|inta7arat|yinta7ir|tinta7ir)\b"
)

# Round 13: a question about risk quoted back and answered no: «سألتيني إذا أفكر أموت؟ لا والله».
ASKED_IF = _re(
    r"(?<!\w)(?:[وف])?(?:سالني|سالتني|سالتيني|سالوني|تسالني|تساليني|تسالوني|يسالني|تسالين)(?!\w)"
    r"(?:\s\S+){0,2}?\s(?:اذا|ان|هل|لو)(?!\w)|"
    r"\b(?:you|they|he|she|doctor|counsel+or|therapist|nurse) (?:asked|asks|are asking|'re asking|is asking)"
    r"(?: me)? (?:if|whether)\b"
)
ANSWERED_NO = _re(r"\?\s*(?:[وف])?(?:لا|ابدا|ابد|no|nope|never|not at all|la2|la)(?!\w)")
# Round 13: the words of someone named just before: «أمي تقول يا ليتني مت» is the mother's.
AR_REPORTED_SPEECH = _re(
    r"(?<!\w)(?:[وف])?(?:امي|ابوي|ابي|اختي|اخوي|اخي|بنتي|ابنتي|ولدي|ابني|زوجي|زوجتي|صديقي|صديقتي|"
    r"ربيعي|ربيعتي|زميلي|زميلتي|جاري|جارتي|جدي|جدتي|خالتي|عمتي|خالي|عمي|هو|هي)"
    r"(?:\s\S+){0,2}\s(?:تقول|يقول|قالت|قال|تقولي|يقولي|قالتلي|قالي|قالت لي|قال لي|تكرر|يكرر|"
    r"تردد|يردد|كتبت|كتب)(?:\s(?:لي|لنا|اني|انه|انها|ان))?\s*$"
)
# A verb that is "I ..." or "she ..." alike («حاولت الانتحار»), after a woman named as subject
# («زميلتي في السكن حاولت الانتحار»): hers.
AR_SHE_OR_I_VERBS = frozenset(
    normalize_letters("حاولت فكرت قررت كتبت بلعت شربت اخذت قطعت جرحت انتحرت رمت طاحت وقفت").split()
)
AR_SHE_SUBJECT = _re(
    r"(?<!\w)(?:[وف])?(?:امي|اختي|بنتي|ابنتي|زوجتي|صديقتي|ربيعتي|زميلتي|جارتي|جدتي|خالتي|عمتي|"
    r"بنت|البنت|طالبه|الطالبه|امراه|المراه|هي)(?!\w)"
)
AR_I = _re(r"(?<!\w)(?:[وف])?(?:انا|اني|انني|لاني|لانني)(?!\w)")

FIRST_PERSON = _re(
    r"(?<!\w)(?:[وف])?(?:انا|اني|انني|نفسي|روحي|حياتي|ابي|ابا|ابغي|ودي|افكر|فكرت|قررت|ناوي|"
    r"حاولت|بحاول|صرت|عندي|فيني|احس|حاسس|حاسه)(?!\w)"
    r"|\b(?:i|i'?m|im|i'?ve|ive|i'?d|me|my|myself|mine|abi|aba|ana|ani|abgha|ab8a)\b"
)

AR_TOPIC = _re(_ar(r"(?:ال|بال|لل)?(?:انتحاريه|انتحار|انتحر|ينتحر|تنتحر|نتحر)"))
EN_TOPIC = _re(
    r"\bsuicid(?:e|al)\b|\bkill(?:ed|ing)? (?:him|her|them)sel(?:f|ves)\b|"
    # Round 13: "my neighbour's son took his own life": someone else's, said gently.
    r"\b(?:took|taken|take|takes|taking|ended|ending) (?:his|her|their) (?:own )?li(?:fe|ves)\b"
)
# Arabizi "el inti7ar" (the noun): topic talk unless a rule or the speaker makes it theirs.
ZI_TOPIC = _re(
    r"\b(?:el ?|al ?|il ?|l|bil ?|bel ?)?(?:2i|2e|2|i|e|a)?n+t[iea][7h]a{1,2}r\b|\b(?:el ?|al ?)?(?:intihar|entihar)\b"
)
# Watching, reading or hearing about it: the topic word that follows is topic talk.
MEDIA = _re(
    r"(?<!\w)(?:[وف])?(?:شفت|شاهدت|تابعت|قريت|قرات|سمعت|اتفرجت|تفرجت|حضرت|درست|ادرس|اقرا|"
    r"فيلم|الفيلم|مسلسل|المسلسل|مقال|مقاله|محاضره|برنامج|فيديو|كتاب|روايه|بودكاست|حلقه|وثايقي|تقرير|بوست|"
    r"تغريده|درس|بحث|واجب|مشروع|عرض|ورشه|دوره|ابحاث|اطروحه|ورقه بحثيه)(?!\w)(?:\s\S+){0,3}\s(?:عن|حول|بخصوص|يتكلم عن|تتكلم عن|about|on)(?:\s(?:ال|the))?\s*$|"
    r"\b(?:shift|shft|shifet|sheft|shuft|garait|8arait|8rait|qarait|gret|sm3t|sma3t|tab3t|watched|watching|"
    r"read|reading|saw|seen|heard|listened|studying|learned|film|movie|series|show|episode|podcast|lecture|"
    r"documentary|article|video|post|mosalsal|musalsal|fidyo|maqal|khabar|5abar|assignment|essay|project|"
    r"presentation|paper|homework|research|report|thesis|dissertation|course|class|seminar|workshop|"
    r"training|wajib|ba7th|mashroo3)\b(?:\s\S+){0,4}\s"
    r"(?:about|on|regarding|3n|3an|3la|عن|حول)(?:\s(?:ال|the|el|al))?\s*$"
)
# A short while: disappearing for a weekend is a rest, not an ending.
TEMPORARY = _re(
    r"(?<!\w)(?:شوي|شويه|شويات|كم يوم|كم ساعه|كم اسبوع|يومين|ليوم|ليومين|ايام|ويكند|الويكند|هالويكند|"
    r"اسبوع|اسبوعين|هالاسبوع|الاسبوع|شهر|لشهر|فتره|لفتره|مده|لمده|موقتا|اجازه|عطله|العطله|الاجازه|"
    r"نهايه الاسبوع|ساعتين|ساعه|لين ارتاح|لين اهدا)(?!\w)|"
    r"\b(?:shway|shwai|shwaya|shwy|shwayya|kam yom|kam yoom|yomain|weekend|wiikend|for a (?:bit|while|few \w+|"
    r"week|day|month|couple)|for (?:the |this )?(?:weekend|week|day|night|holidays?)|a few days|some time|"
    r"for a little|temporarily|on (?:holiday|vacation))\b"
)

# A negator among the last three words before a match lowers it ("ما افكر انتحر", "I'm not going
# to kill myself"), unless a word of knowing follows the negator: "ما ادري ليش", "I don't know why".
NEGATORS = frozenset(
    "ما مب مو مش مانا ماني مانيب لا لن لم ليس لست ولا مستحيل ابدا ابد not never no don't dont "
    "won't wont wouldn't isn't ain't didn't can't't nor ma mb mo mu mub mob mish mesh la".split()
)
SUICIDAL_THOUGHTS = _re(
    r"\bsuicid(?:al|e) (?:thoughts?|feelings?|urges?|ideation|ideas?)\b|\bthoughts? of "
    r"(?:suicide|killing myself|dying)\b|(?<!\w)(?:افكار|فكره|ميول|رغبه|نزعه|مشاعر)"
    r"(?:ي)? (?:ال)?(?:انتحاريه|انتحار)(?!\w)"
)
# A short message opening with one of these asks about suicide rather than telling of it.
QUESTION_WORDS = frozenset(
    normalize_letters(
        "what why how is are does do can should who when where هل ليش ليه لماذا شو ايش وش ويش كيف "
        "شلون متي وين ما"
    ).split()
)
# Skipped when looking back for a negator: "I'd never do anything to hurt myself", "ما فكرت
# بحياتي اني أأذي نفسي" (never in my life thought of hurting myself).
LIGHT_WORDS = frozenset(
    # «لا أفكر إطلاقاً في إيذاء نفسي»: "at all" sits between the negator and the act.
    normalize_letters(
        "do anything to ever something بحياتي بعمري اني انني ان اطلاقا بتاتا قط"
    ).split()
)
EN_THIRD_SUBJECT = frozenset(
    "he she they someone somebody he's she's they're hes shes theyre who friend brother sister "
    "mom dad mother father son daughter cousin people kids children students guests".split()
)
# "my sister is suicidal and so am I": the speaker joins the third-person subject.
# Matched after fillers are dropped, so "so am i" is seen as "am i".
ME_TOO = re.compile(r"\bam i\s*$|\b(?:me too|same here|i am too|i'?m too|and i am|and do i)\b")
EN_FIRST_SUBJECT = frozenset("i i'm im i've ive me my".split())
# Round 10: the verbs between a subject and what it wants to do ("he wants to | end it all",
# "she's going to | end it"): skipped when looking back for whose act a match is.
EN_VERB_CHAIN = frozenset(
    "wants want wanted wanna to going gonna is was 's will 'll would 'd might may could "
    "try tries tried trying planning plans planned thinking thinks thought of about "
    "decided".split()
)
# Round 7: "ما عندي أي أفكار إني أأذي نفسي", "I don't have any thoughts of hurting myself", "I've
# never had thoughts of ...": a denial that names the thoughts (or intention) before the act puts
# its negator further back than three words. These words, read backwards from the act, lead to
# it; "لا"/"no" alone is not enough there ("لا، عندي أفكار ..." says yes).
DENIAL_LEAD = frozenset(
    normalize_letters(
        "عندي فيني في بالي اي ولا اصلا ابدا افكار فكره تفكير نيه نيتي رغبه خطط خطه نوايا اني انني ان "
        "بان في ب عن "
        "have had has got get any thoughts thought ideas idea intention intentions intent plans plan "
        "urges urge desire wish of to about ever "
        "3indi 3ndi 3andi ay afkar afkaar fikra niya nya"
    ).split()
)
# Thought words: one of them must be among the lead for it to count as a denial of thoughts.
DENIAL_THOUGHTS = frozenset(
    normalize_letters(
        "افكار فكره تفكير نيه نيتي رغبه خطط خطه نوايا thoughts thought ideas idea intention "
        "intentions intent plans plan urges urge desire afkar afkaar fikra niya nya"
    ).split()
)
# "I have zero thoughts of hurting myself": "zero" denies thoughts (and only thoughts: "zero
# desire to live" is no denial, as "desire to live" is not an act the rules match).
DENIAL_NEGATORS = (NEGATORS - {"لا", "no", "la", "ولا"}) | {"zero"}
# Round 7: "ماني قادر أكمل، أبي أروح عند أبوي": a negator before a word of being able belongs to
# it; a wanting that follows starts a verb phrase of its own and is not negated by it.
ABILITY = frozenset(
    normalize_letters("قادر قادره اقدر اتحمل استحمل احتمل اطيق طايق متحمل مستحمل اقوي فيني").split()
)
DESIRE_WORDS = frozenset(
    normalize_letters("ابي ابا ابيه ابغي ابغا اريد ودي ابغى باغي باغيه بغيت اتمني").split()
)
NOT_A_NEGATION = frozenset(
    "ادري اعرف اعلم عارف عارفه فاهم فاهمه متاكد متاكده اظن know sure think care mind stop help "
    # "ما هي الجرعة القاتلة": ما before a pronoun asks a question, it does not negate.
    "understand remember get matter other one body هي هو".split()
)

# Round 6: risk told as history that is over ("قبل سنين كنت أفكر في الموت بس تو الحمدلله أحسن",
# "years ago I thought about ending it, I'm in a much better place now"). A past frame and a
# recovery both in the message, and nothing saying it is back, make the rules' verdict LOW (a
# history is a risk factor, not a crisis: the companion answers it, no crisis reply does).
PAST_FRAME = _re(
    r"(?<!\w)(?:[وف])?(?:قبل (?:\w+ )?(?:سنين|سنوات|سنه|سنتين|اعوام|عام|عامين|فتره|زمان|مده|كم سنه)|زمان|"
    r"في الماضي|من زمان|في (?:ال)?مراهق\w*|في (?:ال)?ثانوي\w*|وانا (?:صغير|صغيره|مراهق\w*|طالب|طالبه|بالجامعه|في الجامعه|بالثانوي|في الثانوي)|مررت بفتره|ايام (?:الثانوي|المدرسه|الجامعه|المراهقه|مراهقتي)|لما كنت (?:صغير|صغيره|مراهق|مراهقه|"
    r"في (?:الثانوي|المدرسه|الجامعه))|مريت بفتره|مرت علي فتره|كانت عندي فتره|"
    # Round 13: "ten years ago" as «من عشر سنين» (not «من سنين وأنا ...», "for years I have"),
    # and "after two years" told of today («بس الحين بعد سنتين رضيت»).
    r"(?:من|بعد) (?:\w+ )?(?:سنين|سنوات|سنتين|سنه|اعوام|عامين)(?! ?و ?انا)(?! ?و ?احنا))(?!\w)|"
    r"\b(?:years ago|a few years back|years back|back then|in the past|(?:back )?in (?:high school|middle school|college)|back in (?:school|uni\w*)|"
    r"in my (?:teens|twenties|teenage years)|i used to|when i was (?:a )?(?:teen\w*|younger|"
    r"a kid|in (?:high )?school|at uni\w*|in college)|as a teen\w*|i went through a (?:really |very |so )?(?:dark |bad |rough |hard )?"
    r"(?:period|phase|time)|(?:gabil|gabl|9abl|qabl|kabl) (?:\w+ )?(?:snin|sneen|sanawat|sana|fatra|sanatain|sanatein|"
    r"sanateen|sanaten|santain|sntain)|zaman|"
    r"min zaman)\b"
)
RECOVERED = _re(
    r"(?<!\w)(?:[وف])?(?:حياتي تغيرت|تغيرت حياتي|(?:الحين|الحين انا|والحين انا|انا الحين) (?:زين|زينه|بخير|احسن|طيب|طيبه|تمام)|حياتي (?:تمام|زينه|حلوه|مستقره|طيبه|احسن)|صار لي (?:سنين|سنه|سنتين|شهور) (?:نظيف|نظيفه|بخير|مرتاح|مرتاحه)|احسن|بخير|مرتاح|مرتاحه|نظيف|نظيفه|تعافيت|تعالجت|متعالج|متعالجه|تحسنت|تجاوزت|تخطيت|مستقر|مستقره|متعافي|متعافيه|بحال احسن|"
    r"الحمدلله (?:احسن|بخير|زين|مرتاح|مرتاحه|تمام|مستانس|مستانسه|مبسوط|مبسوطه)|الحمد لله (?:احسن|بخير|زين|مرتاح|مرتاحه|تمام|مستانس|مستانسه|مبسوط|مبسوطه)|"
    # Round 13: acceptance of God's decree, a life rebuilt, a situation changed after treatment.
    r"رضيت|تقبلت|اعدت بناء حياتي|بنيت حياتي|الوضع (?:غير|تغير|احسن|افضل))(?!\w)|"
    r"\b(?:(?:much |way |a lot |so much )?better now|i'?m (?:doing )?(?:much |way |a lot )?better|"
    r"(?:in )?a (?:much |far )?better (?:place|space)|doing (?:well|fine|great|good)|i'?m (?:fine|okay|ok|good|well) now|"
    r"my life (?:has )?changed|(?:i'?ve been|i'?m|been) clean\b|i'?ve been (?:fine|okay|ok|good|well|doing well|better|stable)|(?:fine|well|okay|good) for (?:ages|years|a long time)|clean (?:for|since)|(?:years|months) clean|now i'?m (?:fine|okay|ok|good|well|better)|"
    r"recovered|got through it|got better|healed|got help|a7san|a7sn|ahsan|b5air|bkhair|mirta7|mertaa7|mirtaa7|"
    r"mt3alj\w*|mit3alj\w*|t3alajt|ta3alajt|"
    # Round 13: "in a good place", "I'm stable", "therapy helped", "rebuilt my life"; Arabizi
    # "el7amdilla zain", "mit3afi".
    r"in a (?:good|great|better|much better|far better) (?:place|space)|i'?m (?:now )?stable|stable now|"
    r"(?:therapy|treatment|counsel\w*|meds|medication) (?:really )?helped|rebuilt my life|"
    r"(?:el|al)?7amdill?ah? (?:zain|zein|zen|a7san|b5air|bkhair|tamam)|mit3af(?:i|ya|ye)|mt3af(?:i|ya|ye)|t3afait|t3afet)\b"
)
# "years ago I tried to end it and now I'm fine": in one clause, the recovery comes after "now"
# or after the story turns ("but").
NOW_THEN = _re(
    r"(?<!\w)(?:[وف])?(?:الحين|الان|اليوم|حاليا|هالايام|هالحين)(?!\w)|"
    r"\b(?:now|today|these days|nowadays|(?:al|el|il|hal|l) ?7(?:een|ean|in))\b|"
    # ...or after the turn of the story: «مررت بتجربة إيذاء النفس لكنني تعافيت».
    r"(?<!\w)(?:[وف])?(?:لكنني|لكني|لكن|بس|اما)(?!\w)|\b(?:but|though|however|yet)\b"
)
# ...unless it is coming back.
RECURRENCE = _re(
    r"(?<!\w)(?:[وف])?(?:رجعت|رجعتلي|ترجع|يرجع|رجع|من جديد|مره ثانيه|هالمره|هالايام (?:رجع|ارجع)|"
    r"عادت|تعود|يعود|مجددا)(?!\w)|"
    r"\b(?:again|coming back|came back|come back|back again|returned|returning|this time|lately|recently|"
    r"relaps\w*|rj3t|raj3at|rij3at|mara thanya|marra thanya|"
    # Round 13: still there («للحين»): not over.
    r"still|to this day|until now|lil ?7een|la7d el ?7een)\b|(?<!\w)(?:للحين|لليوم|لحد الحين|لين الحين|لين اليوم|ما زلت|مازلت|لا زلت|لازلت)(?!\w)"
)

IMMINENCE = _re(
    r"(?<!\w)(?:[وف])?(?:الليله|الحين|هالحين|الحينه|اليوم|بعد شوي|بعد ساعه|خلاص قررت|قررت خلاص|"
    r"جهزت|جاهز|جاهزه|عندي (?:\w+ )?(?:الحبل|حبل|الحبوب|حبوب|سم|السم|مسدس|سلاح|خطه|الخطه)|"
    r"واقف|واقفه|(?:على|فوق|علي) (?:ال)?(?:جسر|سطح|كوبري|حافه)|كتبت (?:رساله|وصيتي|رسالتي)|"
    r"دحين|هلحين|ساعات|قريب)(?!\w)"
    r"|\b(?:tonight|right now|now|today|this (?:evening|weekend|morning)|in an hour|soon|"
    r"i have (?:a|the) (?:plan|rope|gun|pills|note)|i(?:'ve| have) (?:got|bought) (?:a|the) "
    r"(?:rope|gun|pills)|on the (?:bridge|roof|ledge|edge)|decided|it'?s time|"
    r"al ?7een|el ?7een|hal ?7een|il ?7in|alleila|el ?lela|al ?laila|el ?lila)\b"
)

HOPELESSNESS = _re(
    r"(?<!\w)(?:[وف])?(?:ما في امل|مافي امل|ما فيه امل|ما له فايده|ما لها فايده|ما في فايده|"
    r"مافي فايده|يايس|يايسه|يئست|كرهت نفسي|اكره نفسي|انا فاشل|انا فاشله|ما لي قيمه|"
    r"ما عندي قيمه|انا ولا شي|تعبت من كل شي|ما عاد فيني حيل|ما عاد اقدر|ما اقدر اكمل|"
    r"ما اتحمل|لم اعد احتمل|لم اعد اتحمل|ما عدت اتحمل|ما عاد اتحمل|ما عدت احتمل|لم اعد اطيق|ما عدت اطيق|محد يحتاجني|ما احد يحتاجني|ماحد يحتاجني|ضاقت فيني الدنيا|ضاقت بي الدنيا|الدنيا ضاقت|ما له معني|ما لها معني|بلا معني)(?!\w)"
    r"|\b(?:hopeless|worthless|no point|nothing matters|i hate myself|i'?m useless|no future|"
    r"give up on (?:life|everything)|can'?t do this anymore|empty inside|no way out|"
    r"i'?m a failure|trapped|(?:nobody|no one) needs me|(?:tired|sick) of everything|(?:don'?t|can'?t) see (?:a|any) future)\b"
)

# Round 7: a laugh with a joke said outright, or over a game's stakes ("لو خسرنا الماتش بقتل عمري
# ههههه", "gonna kill myself lol jk"): hyperbole, answered as such (LOW, the points still add up).
JOKING = _re(
    r"\b(?:jk|j/k|just kidding|only kidding|kidding|joking|just joking|match|game|team|club|fifa|league|final|song)\b|"
    r"(?<!\w)(?:[وف])?(?:اغنيه|الاغنيه|امزح|بس امزح|اتغشمر|اتمصخر|مزح|نكته|ماتش|الماتش|مباراه|المباراه|المنتخب|الفريق|النادي|الدوري|النهائي)(?!\w)"
)
# Round 11: a joke said outright ("أمزح طبعاً", "I was joking when I said ..."): like a laugh
# with a joke, it lowers a HIGH reading to LOW. Not when negated ("مو قاعد أمزح", "I'm not
# joking": the detector looks for a negator before it as for any rule) or taken back ("بس جد").
JOKE_SAID = _re(
    r"(?<!\w)(?:[وف])?(?:ب|كنت ا|ا)?(?:مزح|تغشمر|تمصخر)(?:\s(?:طبعا|بس|عليكم))?(?!\w)(?!.*(?:بس جد|لكن جد|صدق صدق))|"
    r"\b(?:just|only) (?:kidding|joking)\b|\b(?:i was|i'?m|im) (?:only |just )?(?:joking|kidding)\b|\bjk\b|"
    r"\b(?:ba?|kint a|kunt a|a)?mza7\b|\bamaza7\b"
)
# Normalising folds a run of letters ("ههههه" to "ه"), so a lone ه or خ word is laughter too: the
# backstop reads the normalised message.
LAUGHTER = re.compile(
    r"ه{3,}|خخخ|(?<!\w)(?:ه|هه|خ|خخ)(?!\w)|\b(?:lol|lmao|lmfao|haha\w*|hhh+|xd)\b|😂|🤣|😹",
    re.IGNORECASE,
)
DISTRESS = _re(AR_DISTRESS_CONTEXT + "|" + EN_DISTRESS_CONTEXT)

# Words that only add emphasis or hesitation: dropped before matching, so "i seriously want to
# die" and "والله ودي اموت" meet the plain rule. Never a negator, a subject, a time ("خلاص قررت"
# is imminence) or a word a rule needs ("like" in "feel like dying", "يارب" in "يارب خذني").
FILLERS = frozenset(
    normalize_letters(
        "just really fucking fuckin fkn fking effing freaking frickin friggin bloody damn goddamn "
        "seriously honestly literally actually truly genuinely basically totally kinda sorta "
        "lowkey highkey ngl tbh fr deadass so very um uh uhh umm hmm erm also even still "
        "sometimes often always constantly lately simply completely absolutely pretty super "
        "والله واللهي ووالله صدق صراحه بصراحه يعني فعلا بجد جد اصلا حقيقي حقيقه فقط حقا wallah wallahi "
        "walla ya3ni"
    ).split()
)

# A goodbye that expects to meet again is an ordinary goodbye; "see you in heaven" is not.
SEE_YOU = _re(
    r"\b(?:see (?:you|ya|u) (?!(?:in|on) (?:heaven|another life|the next life|the other side|"
    r"a better place))(?:tomorrow|later|soon|next|tonight|in|at|on|then|again|around)|cya|ttyl|"
    r"talk (?:to you |to u )?(?:soon|later|tomorrow)|good ?night|have a (?:good|nice|great))\b|"
    r"(?<!\w)(?:اشوفكم|اشوفك|نشوفكم|نتلاقي|نلتقي|اكلمكم|اكلمك|تصبحون علي خير|تصبح علي خير)(?!\w)"
    r"(?! (?:في |ب)?(?:الجنه|الاخره|دار الحق|الحياه الثانيه))"
)
FAREWELL_RULES = frozenset({"en_goodbye", "ar_goodbye"})
# Apology for everything and a goodbye in one message, in either order.
FAREWELL = _re(
    r"\b(?:sorry for everything|forgive me for everything)\b.{0,60}?\b(?:goodbye|bye|farewell)\b|"
    r"\bi love you all\b.{0,60}?\b(?:goodbye|farewell)\b|"
    r"\b(?:goodbye|farewell)\b.{0,60}?\b(?:sorry for everything|forgive me for everything)\b|"
    # "سامحني، مع السلامة" ends many a phone call: only forgiveness for everything counts.
    r"(?<!\w)(?:سامحوني|سامحني|اسف|اسفه|اسفين) (?:علي|عن) كل شي(?!\w).{0,60}?"
    r"(?<!\w)(?:وداعا|مع السلامه|الله معكم|باي)(?!\w)|"
    r"(?<!\w)وداعا(?!\w).{0,60}?(?<!\w)(?:سامحوني|سامحني)(?!\w)"
)

# Round 6: alone at a height ("شو أعلى جسر في مسقط؟ أبا أروح هناك الليلة بروحي").
ALONE = _re(
    r"(?<!\w)(?:[وف])?(?:بروحي|لحالي|بلحالي|وحدي|لوحدي|بمفردي|محد معي|ما احد معي|فاضي من الناس|يخلو|خالي من الناس|محد فيه|ما فيه احد)(?!\w)|"
    r"\b(?:alone|by myself|on my own|empty|deserted|no one around|nobody around|brou7i|bro7i|b ?ro7i|b7ali|la7ali|l7ali|wa7di|lw7di)\b|"
    # Round 12: or in secret ("محد يسألني ليش", "don't ask why").
    r"(?<!\w)(?:محد|ما حد|لا احد|لا) (?:يسالني|تسالني|تسالوني|يسال) (?:ليش|ليه|لماذا)(?!\w)|\b(?:don'?t ask (?:me )?why|no one (?:needs|has) to know)\b"
)
# A dose asked for a child or an everyday illness, with no despair in the message: the rules
# understand it as ordinary, and the embedding check (which reads "pills" and "how many" as
# risk) may not raise it.
ORDINARY_DOSE = _re(
    r"(?<!\w)(?:[وفلب]|لل)?(?:ولدي|بنتي|ولدنا|بنتنا|طفلي|الطفل|طفل|الياهل|ياهل|اليهال|عيالي|الرضيع|رضيع|"
    r"حمي|حراره|صداع|زكام|برد|انفلونزا|ضرس|اسنان|كحه|مغص|حساسيه|وزنه|عمره)(?!\w)|"
    r"\b(?:my (?:son|daughter|kid|child|baby|toddler)|for (?:a|my) (?:child|kid|baby)|fever|headache|migraine|"
    r"cold|flu|toothache|cough|allergy|period pain|cramps|waladi|weldi|binti|ba?by|7umma|7umm?a|7arara|9da3|sda3|zukam|bard)\b|"
    # Round 7: sleep medicine for a flight or jet lag is travel, not an overdose question.
    r"(?<!\w)(?:[وفلب]|لل|بال|ال)?(?:سفر|سفره|السفريه|طياره|الطياره|طيران|رحله|التوقيت|فرق التوقيت)(?!\w)|"
    r"\b(?:jet ?lag|flight|flights|travel\w*|trip|plane|time difference|(?:el|al|l)?(?:safar|safra|6ayyara|tayyara|6ayara))\b"
)

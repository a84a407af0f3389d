"""Word classes of the fail-closed backstop (:mod:`wanees.care.backstop`).

Unlike the rules, these are ingredients, not constructions: a root in any inflection with its
clitics (Arabic و ف ب ل ال before, pronoun suffixes after), in Arabic script, English and
Arabizi. The backstop combines them (a death root said by the speaker; distress with a word of
ending; finality said to the listener) and raises to MEDIUM at most.
"""

# Long alternations of words read better unbroken:
# ruff: noqa: E501
from __future__ import annotations

import re

from wanees.care.lexicon.context import TEMPORARY
from wanees.care.lexicon.shared import rx

# Arabic word edges with optional leading clitics (و ف, then ب ل ال لل بال).
_A = r"(?<!\w)(?:[وف])?(?:ب|ل|ال|بال|لل)?"
_Z = r"(?!\w)"

# Death, suicide, self-harm and lethal means said by the speaker: first-person verb forms
# ("اموت", "بموت", "سأنتحر", "أجرح نفسي"), enough on their own when no one else is named.
FIRST_PERSON_DEATH = rx(
    rf"(?<!\w)(?:[وف])?(?:ب|با|سا|س|راح ا|رح ا|ح|ا)(?:مو+ت|نتحر|قتل (?:نفسي|روحي)|شنق (?:نفسي|روحي)?){_Z}|"
    rf"(?<!\w)(?:[وف])?(?:لو|اذا|ان|يوم) (?:\w+ )?(?:مت|متت){_Z}|"
    rf"(?<!\w)(?:[وف])?(?:ب|با|سا|ا|ل|لا)?(?:جرح|قص|شطب|اذي|ااذي|احرق|حرق|اقطع|قطع|ضرب|عذب|انهي|انهاء|اخلص علي|اخلص على)\w{{0,2}} (?:\w+ )?(?:نفسي|روحي|جسمي|عروقي|معصمي|حياتي|عمري){_Z}|"
    rf"(?<!\w)(?:[وف])?(?:جرحت|قصيت|قطعت|شطبت|حرقت) (?:\w+ )?(?:يدي|ايدي|ذراعي|فخذي|جلدي|عروقي|معصمي){_Z}|"
    # Arabizi: "amoot", "bamoot", "anta7er", "a8tel nafsi", "lo mit".
    r"\b(?:b|ba|sa|ra7 a|a)?(?:mo+u?t|n?te?[7h]e?r|2nte?[7h]e?r|nta7er|nte7ar)\b|"
    r"\b(?:lo|law|itha|etha|ila) (?:\w+ )?(?:mit|mitt)\b|"
    r"\b(?:b|ba|a)?(?:8|q|g|k)t[ae]?l (?:nafsi|nfsi|ro7i|rohi)\b|"
    r"\b(?:b|ba|a)?(?:2|')?(?:thi|dhi|zi|jra7|jr7|9ug|gu9|8a6e3) (?:\w+ )?(?:nafsi|nfsi|ro7i|rohi|yadi|edi|eedi)\b|"
    # English: the speaker's own death, suicide, self-harm or overdose.
    r"\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|hang|hanging|drown|drowning|poison|"
    r"poisoning|overdose|overdosing|starve|starving|burn|burning)\s+(?:my ?self|نفسي|روحي)\b|"
    r"\barta7 (?:mn|min|men) (?:hal|el|al|il) ?(?:dunya|dinya|donya|7ayah|7aya)\b|"
    rf"{_A}(?:ياخذ|تاخذ|يقبض|ياخذني|خذ|اقبض) (?:\w+ )?(?:روحي|عمري|امانته|امانتك){_Z}|"
    r"\b(?:ya5th|ya5ith|yakhith|t5th|5th) (?:\w+ )?(?:ro7i|rohi|roo7i|3omri)\b|"
    r"\b(?:arou7|aroo7|aro7|alga|al8a) (?:3ind|3end|l|il|ila) ?(?:rabi|rabbi|allah)\b|"
    rf"{_A}(?:ودي|ابي|ابا|ابغي|اريد|ناوي) (?:ا|ان ا)(?:نهيها|نهي|نتهي|خلصها)\s*$|"
    r"\b(?:wadi|abi|aba|abgha|ab8a|nawi) (?:anhi|anhiha|a5alesha|antehi)\s*$|"
    r"\b(?:jara7t|jar7t|jra7t|9a9eit|gaseit|qaseit|shaTabt|sha6abt) (?:\w+ )?(?:nafsi|nfsi|ro7i|yadi|eedi|edi)\b|"
    r"\b(?:want|wanna|wish i could|need|going) to (?:stop|quit) (?:breathing|existing|living)\b|"
    r"\bi(?: want to| wanna| wish to| hope to| need to)? (?:die|overdose|od)\b"
)

# A death root in any inflection or as a noun: it counts when the speaker is in the message.
DEATH = rx(
    rf"{_A}(?:موت|موتي|الموت|وفاتي|قبر|قبري|كفني|جنازتي|جرعه زايده|جرعه زائده|"
    rf"اوفر ?دوز|مشنقه|حبل المشنقه|الهلاك|هلاكي|نهايتي|اجلي|ميت|ميته|ميتا|مت|متت|القفز من|اقفز من|انط من|"
    rf"اطيح نفسي|ارمي نفسي|ارمي روحي|انرمي|اطيح من|اصدم|تصدمني|تدعمني|تدهسني|ادهس){_Z}|"
    r"\b(?:die|dying|died|dead|death|deathbed|overdose|overdosing|od|grave|"
    r"funeral|noose|hang myself|jump(?:ing)? (?:off|from|in front)|ways to die|end my life|"
    r"end it|ending it|oncoming traffic|slit|hope (?:i|to) get (?:hit|run over|into (?:a|an) "
    r"(?:\w+ )?(?:accident|crash))|hit by a (?:car|bus|train|truck))\b|"
    r"\b(?:el|al|il)? ?(?:mo+u?t|mawt|ma?we?t|qabr|8abr|gabr)\b"
)

# Leaving, disappearing, ending, resting for ever: finality, not death by itself.
ENDING = rx(
    rf"{_A}(?:ارحل|الرحيل|رحيلي|اغادر|مغادرته|مغادرتها|مغادره|اختفي|اختفاء|اتلاشي|للابد|الابد|نهايتي|انتهي|انتهيت|"
    rf"ارتاح منها|ارتاح منه|ارتاح من كل شي|ما ارجع|وما ارجع|ولا ارجع|ما عاد لي مكان|لو رحت|اذا رحت|"
    rf"اودعكم|وداع|وداعا|امانتك|اوقف كل شي|اخلص من كل شي|خلاص علي){_Z}|"
    r"\b(?:disappear|vanish|gone|go away|leave (?:this world|everyone|for good|forever)|"
    r"leaving (?:this world|everyone|for good|forever)|forever|for good|permanently|goodbye|"
    r"farewell|never come back|no way out|way out|sleep forever|not wake up|much longer|"
    r"peace with it|if i go|when i'?m gone|i want out|sorry (?:mama|mom|mum|dad|baba|everyone|guys|all))\b|\bi'?m done\s*$|"
    r"\b(?:a5tfi|akhtifi|a5tefi|arta7 lil ?abad|lil ?abad|l ?abad|ar7al|"
    r"nhayti|wada3an|lo ri7t|law ri7t|itha ri7t)\b"
)

# Exhaustion, hopelessness, burden, unbearable pain: said by the speaker.
DISTRESS = rx(
    rf"{_A}(?:تعبت|تعبان|تعبانه|متعب|متعبه|مليت|طفشت|زهقت|يئست|ياست|يايس|يايسه|سئمت|سيمت|قرفت|انهكت|"
    rf"منهك|منهكه|ما في امل|مافي امل|لا امل|بلا امل|فقدت الامل|ما لها معني|ما له معني|ما عاد لها معني|"
    rf"بلا معني|لا معني|لا جدوي|ما فيه فايده|ما في فايده|عبء|عب|عاله|ثقل|حمل ثقيل|ما اتحمل|ما قدرت اتحمل|"
    rf"ما عاد اتحمل|لم اعد احتمل|ما قدرت اكمل|ما قدرت اتحمل|ما قدرت استحمل|ما اقدر|ما عاد اقدر|ما عاد فيني|ما عاد بي|مخنوق|مخنوقه|مكتئب|مكتئبه|"
    rf"محطم|محطمه|منتهي|منتهيه|ما اشوف لي مستقبل|ما عندي مستقبل|لا مستقبل|ما يستاهل|ما تستاهل|"
    rf"كرهت حياتي|اكره حياتي|كرهت نفسي|اكره نفسي|محد يحبني|محد يحتاجني|محد بيفتقدني|بدوني|"
    rf"من غيري|مرتاح لهالشي|الالم|عذاب|معاناه){_Z}|"
    rf"{_A}(?:لا|ما) (?:اري|اشوف|اجد|القي|في|فيه|يوجد|عاد في) (?:اي )?(?:مخرج|حل|طريق|امل){_Z}|"
    r"\b(?:tired|exhausted|done|can'?t (?:do this|take|anymore|go on|cope)|hopeless|worthless|"
    r"burden|pointless|meaningless|empty|nothing left|give up|gave up|giving up|trapped|"
    r"failure|hate myself|hate my life|no one cares|nobody cares|no one needs me|"
    r"nobody needs me|better off|a problem for|in pain|the pain|suffering|no way out|"
    r"no future|doesn'?t need me|don'?t need me|without me)\b|"
    r"\b(?:t3bt|ta3abt|ta3bt|ti3abt|ta3ban|ta3bana|malait|mallait|zh8t|y2ist|ya2is|3ib|3eb|"
    r"ma ilha ma3na|ma laha ma3na|ma lha ma3na|bdoni|bedoni|a7san bdoni|"
    r"ma fi amal|mafi amal|ma a8dar|ma agdar|mb 8ader|mu 8ader|mu7ad|ma7ad|ma a7ad)\b"
)

# Finality said to the listener: "ما راح تشوفوني بعد اليوم", "you won't hear from me again",
# "this is my last message", "I'm ready to go", "سامحوني".
FAREWELL = rx(
    rf"{_A}(?:ما|مب|مو|لن|لا)\s?(?:راح|رح|ب|بت|س)?\s?(?:تشوفوني|تشوفني|تسمعون مني|تسمع مني|تسمعوا مني|تروني|تراني|"
    rf"تسمعوا صوتي|تسمعون صوتي|تلقوني|تلاقوني)(?:\s\w+){{0,3}}|"
    rf"{_A}(?:اخر|الاخيره|الاخير) (?:رساله|رسالتي|مره اكلم\w*|مره تسمع\w*|ليله|يوم لي|كلام|كلمه|كلماتي)|"
    rf"{_A}(?:رسالتي|كلماتي|ليلتي|ايامي) (?:ال)?(?:اخيره|الاخيره){_Z}|"
    rf"{_A}(?:سامحوني|سامحيني|سامحني يمه|سامحيني يمه|سامحني يبه|اسامحكم|ودعوني|ادعوا لي بالرحمه|خذ امانتك|"
    rf"اخذ امانتك|اللهم خذ){_Z}|"
    rf"{_A}(?:انا )?(?:جاهز|جاهزه|مستعد|مستعده) (?:ا|لل)?(?:رحل|رحيل|امشي|اروح|اودع|ارتاح|اموت|للموت|للرحيل){_Z}(?! (?:الي|ل|لل|عن)(?!\w)|\s\w*(?:جامعه|مدرسه|بيت|شغل|سفر))|"
    rf"{_A}(?:لو|اذا|ان) (?:صار|حصل|جرا) (?:لي|فيني) (?:شي|شيء|حاجه){_Z}|"
    r"\b(?:if|when) (?:anything|something) (?:happens|should happen) to me\b|\b(?:law|lo|itha) (?:9ar|sar|sa9) "
    r"(?:li|fini) (?:shay|shi)\b|\bi'?ll be at peace (?:soon|now|tonight|finally)\b|"
    r"\b(?:sorted|in order|taken care of|arranged) before i go\s*$|"
    rf"{_A}(?:انتهي|خلص) كل شي(?:ء)?{_Z}|"
    rf"{_A}وداعا (?:ايها|يا) (?:العالم|الدنيا|الجميع|الكل|اهلي|ناس){_Z}|"
    r"\b(?:you|u) (?:won'?t|will not|will never|'?ll never) (?:hear from|see|hear) (?:me|from me)\b|"
    r"\b(?:this is|these are|it'?s) (?:my )?(?:last|final) (?:message|words|text|post|goodbye|time "
    r"(?:you|i|we))\b|\blast message\b|\b(?:i'?m|i am) ready to go\s*$|\bready to go\s*$|"
    r"\bi'?m leaving (?:this world|for good|forever|everyone)\b|\bgoodbye,? i love you\b|"
    r"\bi love you all,? goodbye\b|\bthis is goodbye\b|\btake care of (?:mama|mom|mum|my mom|"
    r"my family|my cat|my dog|everyone) for me\b|\bi won'?t be (?:a problem|a burden|around|here) "
    r"(?:for|to)? ?(?:anyone|anybody|you|much longer|for long)|\btonight is the night\b|"
    r"\b(?:ma|mb|mu|mo) (?:ra7|r7|b)? ?(?:tshofoni|tshoofoni|tshofni|tsm3on mni|tsma3on mni)\b|"
    r"\b(?:hathi|hadi|hathy|hedi) (?:a5er|akher|aa5er) (?:resala|risala|rsala)\b|"
    r"\b(?:a5er|akher) (?:resala|risala|rsala|lela|laila) (?:mni|meni|minni)?\b|"
    r"\b(?:saam7ooni|sam7oni|sam7ooni|saam7oni|sam7ooooni|samhooni)\b|"
    r"\b(?:ana )?(?:jahez|jahz|jahiz|jaahz|mesta3ed|mista3id|musta3id|mesta3id) (?:arta7|ar7al|amoot|amshi|arou7|lil ?ra7eel|lil ?mot)\b(?! (?:ila|ela|l|to)\b)|"
    r"\b(?:ktabt|katabt|kitabt) (?:wasiyti|wasiyati|wasiyyti|wasiti)\b"
)

# The speaker: pronouns, possessives, first-person verb forms (Arabic imperfect ا-, past -ت).
FIRST_PERSON = rx(
    r"(?<!\w)(?:[وف])?(?:انا|اني|انني|لي|نفسي|روحي|حياتي|عمري|نهايتي|بدوني|مني|عني|فيني|بي|اهلي|"
    r"وجودي|ابا|ابي|ابغي|ابغا|ودي|اريد|اود|اتمني|افكر|بفكر|احس|حاس|حاسه|اشعر|قررت|حاولت|جربت|سويت|"
    r"جمعت|اجمع|خبيت|كتبت|شريت|اشتريت|تعبت|مليت|يئست|ما اشوف|اشوف|ارتاح|اروح|ارحل|اختفي|انام|ارقد|"
    r"اقوم|اصحي|اسوق|ادخل|بطلت|اخطط|اعتقد|اظن|باغي|باغيه|بغيت|جاهز|جاهزه|متعب|متعبه|تعبان|تعبانه|"
    r"سامحوني|سامحيني|سامحني)(?!\w)|"
    r"\b(?:i|i'?m|im|i'?ve|ive|i'?d|i'?ll|me|my|myself|mine)\b|"
    r"\b(?:ana|ani|abi|aba|abgha|ab8a|wadi|nafsi|7yati|hayati|t3bt|ta3abt|ti3abt|7awalt|jama3t|"
    r"ktabt|grrt|8arart|afakir|arta7|amoot|bamoot|ahli|bdoni)\b"
)

# Someone else is the subject or the source: news, people, reported speech.
OTHER_SUBJECT = rx(
    r"(?<!\w)(?:[وف])?(?:ال|لل|ب)?(?:شاب|شابه|رجل|امراه|سيده|فتاه|طالب|طالبه|طفل|طفله|مراهق|مراهقه|واحد|"
    r"مواطن|مواطنه|وافد|وافده|عامل|عامله|شخص|اشخاص|لاعب|ممثل|ممثله|مغني|مغنيه|فنان|فنانه|سجين|جندي|"
    r"ضابط|مريض|مريضه|زوجها|زوجته|هم|نفسه|نفسها|نفسهم|حياته|حياتها|روحه|روحها|ابنه|ابنته|"
    r"صديقي|صديقتي|اخوي|اختي|ربيعي|خوي|جاري|جيرانا|جيراننا|ابوي|امي|جدي|جدتي|ولدي|بنتي|قطي|زوجي|زوجتي|"
    # «فلم» alone is also MSA "and did not" («فلم أجد»): only the article or the other spelling.
    r"الفلم|فيلم|مسلسل|البطل|البطله|الشخصيه|"
    r"عمي|خالي|عمتي|خالتي|الشرطه|شرطه|النيابه|صحيفه|جريده|خبر|اخبار|عاجل|فيديو|حادثه|ظاهره|نسبه|"
    r"معدل|معدلات|احصاييات|دراسه|جثه|ضحيه|اقدم|اقدمت|اعلنت|اعلن|مستشفي|منظمه|حالات|ندوه|الوقايه|"
    r"التوعيه|ينتحر|تنتحر|ينتحرون|انتحرت|يموت|تموت|يموتون|مات|ماتت|توفي|توفت|الطبيب|الدكتور|"
    r"الشاعر|شاعر|قال|يقول|تقول|قالت|روايه|اغنيه|الاغنيه|فيلم|مسلسل|قصيده|الناس|بعض)(?!\w)|"
    r"\b(?:he|she|they|his|her|their|him|he'?s|she'?s|they'?re|someone|somebody|friend|"
    r"brother|sister|cousin|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|uncle|"
    r"aunt|son|daughter|wife|husband|cat|dog|patient|doctor|doctors|police|news|reported|study|"
    r"rate|rates|prevention|awareness|article|character|book|movie|film|song|lyrics|quote|"
    r"celebrity|people|victim|jumper)\b|"
    r"\b(?:wa7d|wa7ed|shab|bint|walad|a5bar|akhbar|el ?a5bar|5abar|jaddi|jadati|ubooy|abooy|"
    r"ummi|a5ooy|u5ti|sadeeqi|ymoot|tmoot|ymawet|mat|twafa|twaffa|ante7ar fe|yinta7er)\b"
)

# Panic, illness or an accident: "I feel like I'm dying, this flu is awful", "جرحت يدي وأنا أطبخ".
NOT_INTENT = rx(
    r"\b(?:heart|racing|flu|fever|sick|ill|panic|anxiety attack|asthma|hospital|covid|cold|"
    r"playing|shaving|cooking|kitchen|accident|accidentally|by mistake|fell|football|gym|"
    r"nurse|nursing|paramedic|pharmacist|pharmacy|medic|emt|revising|"
    r"workout|stove|oven)\b|"
    r"(?<!\w)(?:[وف])?(?:ب|ال)?(?:قلبي|يدق|حمي|حراره|زكام|انفلونزا|كورونا|مريض|مريضه|نوبه|هلع|ربو|"
    r"اطبخ|المطبخ|بالغلط|بالخطا|طحت|الملعب|الكوره|حادث|بحادث|سكين|ممرض|ممرضه|مسعف|مسعفه|صيدلي|صيدلانيه)(?!\w)"
)

# Quotation and media: the words belong to the song, the poet or the film.
REPORTED = rx(
    r"[\"“”«»]|\b(?:lyrics?|sings?|quote|to be or not to be)\b|"
    # "the doctor asked if I've had thoughts of ending it and no, not at all"
    r"\basked (?:me )?(?:if|whether)\b.*\b(?:no|nope|not at all|never)\b|"
    r"(?<!\w)(?:سالني|سالتني|سالوني)(?!\w).*(?<!\w)(?:لا|ابدا|ابد)(?!\w)"
)

# Lethal means made ready: pills, a rope or a blade with collecting, hiding, buying or readiness.
MEANS_READY = rx(
    rf"{_A}(?:حبوب|الحبوب|حبات|دوا|ادويه|منوم|منومات|المنومه|حبل|الحبل|شفره|شفرات|موس|سم|السم)(?=.*"
    rf"(?<!\w)(?:[وف])?(?:جمعت|اجمع|اجمعها|خبيت|خبيتها|اخبي|خزنت|جهزت|جاهز|جاهزه|مجهزه|"
    rf"علبه كامله){_Z})|"
    rf"{_A}(?:جمعت|اجمع|خبيت|خزنت|جهزت|اخفيت|خبيت|حطيت|وضعت) (?:\w+ ){{0,2}}(?:ال)?(?:حبوب|حبات|دوا|ادويه|منوم|"
    rf"منومات|حبل|شفره|شفرات|موس|سم){_Z}|"
    r"\b(?:pills|meds|tablets|sleeping pills|painkillers|rope|blade|razor|7boob|7bob|dawa)\b(?=.*\b(?:"
    r"saved|stash\w*|hid|hidden|hiding|stockpil\w*|bought a lot|ready(?!.*(?:pharmacy|prescription|pick))|"
    r"a lot of|all of them|jama3t|5abait\w*|khabait\w*|jahz\w*|جاهز\w*)\b)|"
    r"\b(?:saved up|stashed|stockpiled|hid|hoarded|jama3t|5abait|khabait) (?:\w+ ){0,3}(?:pills|meds|"
    r"tablets|sleeping pills|painkillers|rope|blade|razor|7boob|7bob)\b"
)

# Round 10: the prayer for a good end ("الله يحسن خاتمتنا ويجعل آخر كلامنا لا إله إلا الله").
GOOD_END_PRAYER = rx(
    r"(?<!\w)(?:[وف])?(?:يحسن خاتمت\w*|حسن الخاتمه|(?:يجعل|اجعل|جعل) اخر كلام\w*)(?!\w)"
)
# A goodbye expecting to meet again is an ordinary goodbye.
SEE_AGAIN = rx(
    r"(?<!\w)(?:اشوفكم|اشوفك|نشوفكم|نتلاقي|نلتقي|اكلمكم باجر|بكره|باجر|بكرا|غدا|الاسبوع الجاي|"
    r"الله يعيده|سنه|بعد ساعه)(?!\w)|"
    r"\b(?:see you|see ya|cya|talk later|talk soon|tomorrow|next week|bukra|bacher|baachir)\b"
)

# Classes that are enough on their own when the speaker says them and nobody else is named:
# each is a family of phrasings (any inflection, clitics, Arabic script, English, Arabizi).
CLASSES: dict[str, re.Pattern[str]] = {
    # Sleep and never wake, sleep for ever.
    "never_wake": rx(
        rf"{_A}(?:ا|ب)?(?:نام|رقد|نوم)\w* (?:\w+ )?(?:و|ولا|وما|و ما|و لا|بدون ما) ?(?:عاد )?(?:استيقظ|اصحي|اقوم|"
        rf"افيق|اصحا){_Z}(?!\s(?:الا|لين|قبل|بدري|الساعه|الظهر|العصر|متاخر|الصبح))|"
        rf"{_A}(?:ا|ب)?(?:نام|رقد) (?:\w+ )?(?:للابد|الي الابد|نومه ما بعدها){_Z}(?! من (?:ال)?(?:تعب|نعاس|سهر))|"
        r"\b(?:a|b)?(?:nam|anam|argud|ar8od|argod)\b (?:\w+ )?(?:w|wa|u) ?(?:ma|la) (?:agoom|ag[ou]m|a8oom|"
        r"as7a|as7eh|afeeg)\b|\b(?:anam|argud) (?:\w+ )?(?:lil ?abad|l ?abad)\b|"
        r"\bsleep (?:\w+ )?(?:w|and) (?:ma|never|not) (?:agoom|wake)\b"
    ),
    # Disappear for good: from the world, for ever, never to come back.
    "disappear_for_good": rx(
        rf"{_A}(?:ا|ب)?(?:ختفي|تلاشي|غيب)\w* (?:\w+ ){{0,2}}(?:عن |من )?(?:ها?ل)?(?:عالم|دنيا|وجود|حياه|للابد|الابد)|"
        r"(?:ختفي|تلاشي)\w* (?:forever|for good)|"
        r"\b(?:disappear|vanish)\w* (?:\w+ ){0,2}(?:forever|for good|and never come back|never to "
        r"come back|from (?:this|the) world|from existence|من ها?ل?(?:دنيا|عالم))|"
        r"\b(?:a5tfi|akhtifi|a5tefi) (?:\w+ )?(?:mn|min|men|3n) (?:el|al|hal|il) ?(?:dinya|donya|dunya|3alam)"
    ),
    # A burden; everyone better off without me.
    "burden": rx(
        rf"{_A}(?:انا|اني|انني|احس اني|حاس اني|اشعر انني) (?:\w+ )?(?:عب|عبء|عبئا|عاله|ثقل|حمل)(?:\s|$)|"
        rf"(?:احسن|افضل|اسعد|ارتاح|بيرتاحون|يرتاحون|سيرتاحون|better off|happier|better) (?:\w+ )?"
        rf"(?:بدوني|من غيري|without me|bdoni|bedoni)|"
        r"\b(?:i'?m|i am|feel like|i feel) (?:\w+ )?burden|\bburden (?:on|to|for|علي|على)\b|"
        r"\b(?:ana|ani) (?:\w+ )?(?:3ib|3eb|3ab2|3ala) (?:3la|3ala|ala)\b|\b(?:a7san|a7sn|afdal) (?:\w+ )?(?:bdoni|bedoni)\b"
    ),
    # Means taken or tried: a past attempt by pills or poison, all the pills taken.
    "means_taken": rx(
        rf"{_A}(?:حاولت|جربت|كنت بـ?|كنت راح) (?:\w+ )?(?:اشرب|ابلع|اخذ|اتناول|اكل) (?:\w+ ){{0,2}}(?:ال)?(?:دوا|حبوب|حبات|"
        rf"ادويه|سم|كلوركس|جرعه)|"
        r"\b(?:tried|attempted) to (?:take|swallow|drink|down) (?:\w+ ){0,2}(?:pills|tablets|meds|poison|bleach)\b|"
        r"\b(?:7awalt|jarrabt|jarabt) (?:\w+ )?(?:ashrab|abla3|a5ith|aakhith|a5th) (?:\w+ )?(?:7boob|7bob|dawa|sim|sam)\b|"
        r"\b(?:took|swallowed|taken|downed|اخذت|شربت|بلعت) (?:all|every|كل) (?:\w+ ){0,2}(?:pills|tablets|meds|حبوب|"
        r"الحبوب|الدوا|الادويه|بنادول)"
    ),
    # No will or reason to live, go on or exist (the negation is the risk here).
    "no_will_to_live": rx(
        rf"{_A}(?:ما|لا|لم|مب|مو|لن)\s?(?:عاد |اعد |يعد |عدت )?(?:\w+ )?(?:ابي|ابا|ابغي|اريد|ارغب|اود|استحق|استاهل|سبب|داعي|"
        rf"يستحق|رغبه)\w* (?:\w+ ){{0,3}}(?:في |ب|لل?)?(?:الاستمرار|استمر|اعيش|العيش|ابقي حيا|ابقي حي|ابقي عايش|"
        rf"اكون موجود(?:ه)?(?=\s*$|\s(?:بعد|اكثر|في (?:ها?ل)?(?:دنيا|عالم|حياه)))|الحياه|للحياه|للعيش){_Z}|"
        rf"{_A}(?:ما|لا|لم) (?:عاد |يعد |يوجد |في |فيه )?(?:لي )?مكان (?:لي )?(?:في |ب)(?:ها?ل|ال)?(?:دنيا|عالم|حياه){_Z}|"
        r"\b(?:ma|mb|mu|mo|la) (?:3ad |3ad ma )?(?:\w+ )?(?:abi|aba|abgha|ab8a|areed|sabab|7aja) (?:\w+ ){0,2}"
        r"(?:a3eesh|a3ish|akamil|akammil|(?:akoon |akon )?mawjood(?=\s*$| ba3d| akthar))\b|"
        r"\bno (?:place|room) for me (?:in|on) (?:this|the) (?:world|earth)\b|"
        r"\b(?:don'?t|can'?t|do not|cannot) see myself (?:making it|getting to|reaching|living (?:to|past|until)|being (?:here|alive|around))\b|"
        rf"{_A}(?:ما|لا|مب|مو) ?(?:ابي|ابا|ابغي|اريد|ودي) (?:ا|اني )?(?:صحي|قوم|فيق)(?= (?:tomorrow|again|ever|anymore|ابد|ابدا|مره ثانيه|بعد اليوم))"
    ),
    # Ending the pain for good; not being in pain any more because of a decision.
    "end_the_pain": rx(
        rf"{_A}(?:ا|ب|سا)?(?:نهي|وقف|خلص من|رتاح من) (?:\w+ )?(?:ال|هال|هذا ال)?(?:الم|وجع|عذاب|معاناه|معاناتي|عذابي|وجعي|المي)(?:ي)?(?!\w)(?! (?:في |ب)(?:ظهري|راسي|بطني|ركبتي|ضرسي|رجلي|يدي|كتفي|رقبتي|اسناني|عيوني))|"
        r"\b(?:end|stop) (?:the|this|my) (?:pain|suffering)\b(?! in my)|"
        rf"{_A}(?:ا|سا|ب)?(?:ضع|حط) (?:حدا|حد|نهايه) (?:ل|لل)(?:معاناتي|عذابي|المي|وجعي|حياتي|كل شي|هذا كله|كل هذا){_Z}|"
        r"\bwon'?t (?:be in|feel) (?:any )?(?:pain|suffering) (?:anymore|any more|for long)\b"
    ),
    # Jumping from a height, driving into a wall or traffic.
    "jump_or_crash": rx(
        rf"(?=.*(?:{_A}(?:القفز|اقفز|بقفز|انط|بنط|انقز|اطيح|ارمي نفسي|ارمي روحي|jump\w*|a?n6|anu6)))"
        rf"(?=.*(?:نافذه|شباك|بلكونه|جسر|سطح|عماره|برج|الدور|balcony|bridge|roof|window|building|cliff|ledge))|"
        rf"{_A}(?:ا|ب)?(?:سوق|دخل|صدم)\w* (?:\w+ ){{0,3}}(?:في |ب)(?:جدار|شاحنه|تريله|حيط|عمود)|"
        r"\b(?:drive|driving|crash|crashing|swerve|swerving) (?:\w+ ){0,3}into (?:a |the |oncoming )?"
        r"(?:wall|tree|truck|traffic|river|sea)\b"
    ),
    # Putting affairs in order: letters to everyone, giving belongings away.
    "affairs_in_order": rx(
        r"\b(?:giv\w+|gave) (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|clothes)(?: \w+)? away\b|"
        r"\b(?:wrote|written|writing|left) (?:\w+ )?(?:letters?|notes?) (?:for|to) (?:everyone|everybody|all of you|the people i love|my (?:whole )?family|my parents|my kids|my loved ones)\b|"
        rf"{_A}(?:كتبت|اكتب) (?:\w+ )?(?:رسايل|رساله) (?:ل|الي )(?:اهلي|الكل|كل|عايلتي|الجميع)(?!\w)|"
        rf"{_A}(?:وزعت|عطيت|اعطيت) (?:كل )?(?:اغراضي|اشيايي|حاجاتي|ملابسي)|"
        r"\b(?:wazza3t|3a6ait) (?:aghradi|a3'radi|ashyai)\b"
    ),
    # Looking up a lethal amount.
    "lethal_amount": rx(
        r"\bhow (?:many|much) (?:\w+ )?(?:pills|tablets|meds|panadol|tylenol|paracetamol)\b[^.?]{0,30}\b(?:it "
        r"would take|would it take|to take|would kill|to kill|does it take)\b|"
        r"(?:كم|قد ايش) (?:\w+ )?(?:حبه|حبات|حبوب)[^.?]{0,30}(?:تكفي|يكفي|لازم اخذ)|"
        r"\bbought (?:a lot of|lots of|a bunch of|\w+ (?:boxes|packs|bottles) of) (?:\w+ )?(?:pills|tablets|meds)\b"
    ),
    # Life has no meaning (said of one's own life or of life, not of a task).
    "life_meaningless": rx(
        rf"{_A}(?:الحياه|حياتي|هالحياه|الدنيا|عيشتي|وجودي) (?:\w+ ){{0,2}}(?:ما|مالها|بلا|لا|ملها) ?(?:عاد )?(?:لها |له )?"
        rf"(?:معني|طعم|فايده|قيمه){_Z}|"
        r"\b(?:el|al|il)? ?(?:7ayah|7aya|7yati|hayati|dinya|dunya|donya) (?:\w+ )?(?:ma|mal|bala) ?(?:ilha|laha|lha|elha) "
        r"(?:ma3na|ta3m|fayda)\b|\bmy life (?:ما|مالها) ?(?:لها )?معني"
    ),
    # Finishing everything, putting an end to it all (said with a time, distress or an ending).
    "end_everything": rx(
        rf"{_A}(?:ا|ب|سا|راح ا|رح ا)?(?:نهي|خلص|ضع حدا ل|حط حد ل)\w{{0,2}} ?(?:كل شي|كل شيء|كل هذا|هذا كله|كله|لكل هذا|لكل شيء){_Z}|"
        r"\b(?:ra7 |b|ba)?(?:a5alles|a5alis|akhalis|anhi|a5les) (?:kil|kel|kul) (?:shay|shi|she)\b|"
        r"\bput an end to (?:it all|everything|all of this|my life)\b"
    ),
}
# With ``end_everything``: a time that makes it a decision.
TONIGHT = rx(
    r"(?<!\w)(?:الليله|هالليله|الحين|اليوم|بكره|باجر)(?!\w)|\b(?:tonight|today|el ?leila|al ?lela|"
    r"el ?lela|al ?laila|al ?7een|el ?7een|bukra)\b"
)

# More classes, each a family of indirect phrasings.
CLASSES.update(
    {
        # Going for good: sleeping, resting, leaving or checking out for ever.
        "go_for_good": rx(
            r"(?<!could )(?<!can )\b(?:leave|leaving|go|going|gone|sleep|asleep|rest|check out|checking out|checked out|"
            r"disappear|close my eyes|end it|be gone)\b(?: \w+){0,2} (?:forever|for good|permanently)\b|"
            rf"{_A}(?:ا|ب|سا)?(?:نام|رتاح|رحل|روح|مشي|غمض عيوني|سكر عيوني)\w* (?:\w+ )?(?:للابد|الي الابد|نهاييا){_Z}(?! من (?:ال)?(?:تعب|نعاس|سهر))|"
            r"\b(?:anam|arta7|ar7al|arou7|amshi)\b (?:\w+ )?(?:lil ?abad|l ?abad|forever)\b"
        ),
        # Not being around by a near date: "I won't be here by Friday", "ما أظن بكمل هالسنة".
        "not_around_by": rx(
            r"\b(?:won'?t|will not|not going to|not gonna|wont) be (?:around|here|alive) (?:for|by|at|on|to see|"
            r"next|much|long)\b|"
            rf"{_A}(?:ما|لا|مب) (?:اظن|اتوقع|اعتقد|اري نفسي|اشوف نفسي|ارى نفسي) (?:اني |انني )?(?:\w+ )?(?:بكمل|اكمل|اوصل|"
            rf"ببقي|ابقي|احضر|هنا|موجود|عايش) (?:\w+ ){{0,2}}(?:هالسنه|السنه|الشهر|رمضان|العيد|بعد|باجر|بكره|"
            rf"الاسبوع|اسبوع|شهر|سنه){_Z}|"
            r"\b(?:ma|mb|mu) (?:a5tha|akamil|akamel|awsal|ab8a|abga) (?:\w+ ){0,2}(?:el ?sana|al ?sana|ramadan|"
            r"el ?3eed|bukra|el ?shahar)\b"
        ),
        # Relieving others of oneself: "they'll be free of me", "ما أبا أتعب حد بعد اليوم".
        "relieve_others": rx(
            r"\b(?:free of me|rid of me|(?:has|have|need) to worry about me (?:anymore|any more|again|soon)|"
            r"(?:nobody|no one) (?:has|will have|needs) to worry about me|won'?t be a (?:burden|problem) (?:for|to) "
            r"(?:anyone|anybody|you|them) (?:anymore|much longer|soon))\b|"
            r"\b(?:nobody|no one) (?:would|will) (?:care|notice|miss me) if i (?:jumped|died|was gone|"
            r"disappeared|killed myself|left for good|wasn'?t here)\b|"
            rf"{_A}(?:بيرتاح|بيرتاحون|يرتاحون|سيرتاح|سيرتاحون|راح يرتاحون|بترتاح) (?:\w+ ){{0,2}}(?:مني|اذا|لو) (?:\w+ )?"
            rf"(?:انا )?(?:ما كنت|مت|رحت|اختفيت|ما عدت){_Z}|"
            rf"{_A}(?:ما|مب|لن) ?(?:ابا|ابي|ابغي|اريد) (?:ا)?(?:تعب|ثقل علي|ثقل على|ضايق) (?:حد|احد|الكل|اهلي|اي احد) "
            rf"(?:بعد اليوم|بعد الحين|بعد|مره ثانيه|اكثر){_Z}|"
            rf"{_A}(?:لا|ما) (?:تشيلون|تشيل|تحاتون|تحاتي|تهتمون) (?:همي|هم|فيني|لي)(?=.*(?:قريب|بينتهي|بيخلص|خلاص|"
            rf"ما راح|للابد))|"
            r"\b(?:ma|mb|mu) (?:ba8a|abi|aba|abgha|ab8a) (?:at3ib|a5l?i) (?:a7ad|7ad|ahli|el ?kil) "
            r"(?:ba3d|akthar)\b"
        ),
        # Everything ends soon: "everything will be over soon", "كل شي بينتهي قريب".
        "over_soon": rx(
            r"\b(?:everything|it all|it|all of this|this) (?:will|is going to|'?ll) (?:all )?be over "
            r"(?:soon|tonight|tomorrow|shortly)\b|\bthe (?:last|final) time i'?ll (?:wake|see|hear|talk|"
            r"speak|feel)\w*\b|"
            rf"{_A}(?:كل شي|كل شيء|كله) (?:بينتهي|بيخلص|راح ينتهي|راح يخلص|سينتهي|ينتهي) (?:\w+ )?(?:قريب|الليله|"
            rf"باجر|بكره|قريبا){_Z}|"
            r"\b(?:kil|kel|kul) (?:shay|shi) (?:bykhlas|bi5las|ykhlas|y5las|byintehi|ra7 y5las) "
            r"(?:\w+ )?(?:grayyib|gareeb|8areeb|qareeb|el ?leila|bukra)\b"
        ),
        # A goodbye kept secret, or to everyone, not at an airport.
        "secret_goodbye": rx(
            rf"{_A}(?:ودعت|ودعتهم|ودعتها|ودعته) (?:\w+ ){{0,2}}(?:و|وهي|وهو|وهم) ?(?:هي |هو |هم )?(?:ما|مب|لا) "
            rf"(?:تدري|يدري|يدرون|تعرف|يعرف|يعرفون){_Z}|"
            r"\b(?:wadda3t|wada3t|wdda3t) (?:\w+ ){0,3}(?:w|wa|u) ?(?:hi|hu|hum)? ?(?:ma|mb|mu) "
            r"(?:tadri|yadri|yadron|ti3rif|ya3rif)\b|"
            r"(?:ودعت|wadda3t|said goodbye to) (?:everyone|everybody|الكل|الجميع|kil el nas|el kil)"
            r"(?!.*(?:مطار|airport|flight|سفر|travel|trip|party|حفله))"
        ),
        # Searching for ways to die; no use in staying alive.
        "ways_to_die": rx(
            rf"{_A}(?:ادور|بدور|دورت|ابحث|بحثت|اقرا|قريت|قرات) (?:\w+ ){{0,3}}(?:عن )?(?:طرق|طريقه|وسايل|وسيله) "
            rf"(?:ال)?(?:موت|انتحار|للموت|للانتحار){_Z}|"
            rf"{_A}(?:لا|ما|مافي|ما في) (?:فايده|جدوي|داعي|معني) (?:من|ل) (?:بقايي|وجودي|عيشي|حياتي|العيش|اني عايش|"
            rf"استمراري|بقايي حيا){_Z}|"
            rf"{_A}(?:اكون|ابقي) (?:here|هنا) (?:anymore|any more|بعد الحين|بعد اليوم)"
        ),
    }
)

# Whole-message reasons a class does not apply: travel, a job, exams, a meeting, an app.
CLASS_EXCEPTIONS: dict[str, re.Pattern[str]] = {
    name: rx(
        r"\b(?:travel\w*|trip|vacation|holiday|abroad|flight|visiting|job|country|city|town|house|"
        r"company|school|exams?|semester|project|meeting|team|group|app|twitter|facebook|instagram|"
        r"party|wedding|class|contract|moving|relocat\w*|transfer\w*|posted|visa)\b|"
        r"(?<!\w)(?:[وف])?(?:ال)?(?:عقد|انتقل|بنتقل|نقل|فيزا|سفر|مسافر|مسافره|اسافر|الوظيفه|وظيفه|الشغل|شغل|الدوام|دوام|امتحان|الامتحانات|امتحانات|"
        r"الفصل|المشروع|مشروع|الاجتماع|اجتماع|المدرسه|الجامعه|البيت|الجروب|الفريق|الحفله|حفله|العرس|عرس)(?!\w)|"
        r"\b(?:safar|msafer|dawam|shoghol|imti7an\w*|el ?madrasa|el ?jam3a)\b"
    )
    for name in ("go_for_good", "not_around_by", "over_soon", "secret_goodbye", "nobody_misses_me")
}
# Disappearing for a weekend or a while is a rest ("ابي اختفي من الدنيا كم يوم").
CLASS_EXCEPTIONS["disappear_for_good"] = TEMPORARY
# A lie-in ("sleep and not wake up until noon"), a jump for fun ("cliff jumping", "مسبح").
CLASS_EXCEPTIONS["never_wake"] = rx(
    r"\b(?:until|till) (?:noon|lunch|late|the afternoon|tomorrow|\d)|\b(?:alarm|lie-in|sleep in)\b|"
    r"(?<!\w)(?:الا|لين|الين) (?:الظهر|العصر|المغرب|الساعه)(?!\w)"
)
# Old clothes to charity are a clear-out.
CLASS_EXCEPTIONS["affairs_in_order"] = rx(
    r"\b(?:old|charity|donat\w*|outgrew|too small|clear\w* out|declutter\w*)\b|"
    r"(?<!\w)(?:ال)?(?:قديمه|القديمه|خيريه|جمعيه|تبرع\w*|صدقه|للمحتاجين|للفقرا|ضيقه|صغيره علي)(?!\w)|"
    # Round 10: a move ("وزعت أغراضي لأننا بنعزل").
    r"(?<!\w)(?:[وفلب])?(?:انتقل|بنتقل|ننتقل|بننتقل|اعزل|بعزل|نعزل|بنعزل|شقه جديده|بيت جديد|سكن جديد)(?!\w)|"
    r"\b(?:moving|relocat\w*|new (?:flat|apartment|house|place))\b"
)
CLASS_EXCEPTIONS["jump_or_crash"] = rx(
    r"\b(?:cliff jumping|cliff diving|pool|trampoline|bungee|parachute|skydiv\w*|parkour|swim\w*|masba7)\b|"
    r"(?<!\w)(?:ال)?(?:مسبح|ترامبولين|مظله|باراشوت|بنجي|سباحه)(?!\w)"
)
# Classes whose phrasing names another person as part of it ("أبوي بيرتاح إذا أنا ما كنت موجود",
# "ودعت أمي وهي ما تدري"): someone else in the clause does not make it theirs.
OTHERS_IN_THE_PHRASE = frozenset({"relieve_others", "secret_goodbye", "burden"})

# Broader classes, spending some of the false-alarm budget (fail-closed).
CLASSES.update(
    {
        # The speaker and this world: "حاس إني زايد في هالدنيا", "time for me to leave this world".
        "me_and_this_world": rx(
            r"(?<!\w)(?:[وف])?(?:انا|اني|انني|لي|مكاني|وجودي)(?!\w)(?:\s\w+){0,3}\s(?:زايد|زايده|زياده|غريب|ما لي مكان|"
            r"ماني منها|ما انتمي|لا انتمي|لا مكان لي|عاله)(?:\s\w+){0,2}\s(?:في |ب|عن |من )?(?:ها?ل)?(?:دنيا|عالم|حياه|"
            r"الاحيا|الاحياء)(?!\w)|"
            r"(?<!\w)(?:لم يعد|ما عاد|ما بقي|لا يوجد) (?:لي )?(?:مكان|موضع) (?:بين|مع|في) (?:ال)?(?:احيا|احياء|ناس|بشر)(?!\w)|"
            r"\b(?:time|ready) (?:for me )?to (?:leave|say goodbye to|go from) (?:this|the) (?:world|earth|life)\b|"
            r"\b(?:ana|ani) (?:\w+ )?(?:zayid|zayed|zaid|zayda|ghareeb) (?:fi|b) ?(?:hal|el|al) ?(?:dinya|dunya|donya|3alam)\b"
        ),
        # Never seeing the morning again.
        "no_more_mornings": rx(
            r"(?<!\w)(?:[وف])?(?:ما|لا|مب) (?:عاد )?(?:ابي|ابا|ابغي|اريد|ودي) (?:ا|ان ا)?(?:شوف|ري) (?:ال)?(?:صبح|"
            r"الصباح|بكره|النور|الشمس|يوم ثاني|باجر)(?!\w)|"
            r"\b(?:ma|mb|mu) (?:3ad )?(?:abi|aba|abgha|ab8a) (?:ashoof|ashuf|ashof) (?:el |al )?(?:sob7|9ob7|"
            r"shams|bukra|bacher)\b|\b(?:don'?t|do not) want to see (?:the )?(?:morning|tomorrow|another day|"
            r"the sun)\b"
        ),
        # Means to a place of dying, now: "I'm going to the bridge tonight".
        "heading_to_the_edge": rx(
            r"\b(?:going|heading|driving|walking|on my way) to the (?:bridge|cliff|rooftop|roof|tracks|"
            r"railway|dam)\s+(?:tonight|now|right now)\s*$|"
            r"(?<!\w)(?:رايح|رايحه|بروح|طالع|طالعه) (?:ال|على ال|علي ال)?(?:جسر|سطح|جرف|كوبري)\s+(?:الحين|الليله|هالحين)\s*$"
        ),
        # Eyes closed and never opened again.
        "eyes_never_open": rx(
            r"(?<!\w)(?:[وف])?(?:ا|ب)?(?:غمض|سكر) (?:عيني|عيوني|عيناي)\s(?:و|ولا|وما|و ما|و لا) ?(?:عاد )?(?:ا|ب)?"
            r"(?:فتح|فتحها|فتحهما|فتحهم)\w*|"
            r"\bclose my eyes (?:and|&) (?:never|not) (?:open|wake)"
        ),
        # No one will miss me; the worst thing for my family; everything I own given away.
        "nobody_misses_me": rx(
            r"(?<!\w)(?:[وف])?(?:لا احد|محد|ما احد|ولا احد|ماحد|ما حد) (?:\w+ )?(?:سي|بي|راح ي|ي)?(?:فتقدني|فقدني|"
            r"حس فيني|دري عني|لاحظ غيابي|حزن علي|زعل علي)(?!\w)|"
            r"(?<!\w)(?:اسوا|اسوء|اسوأ) (?:شي|شيء) (?:صار|حصل|جرا) (?:ل|في )?(?:اهلي|عايلتي|هم|الكل|امي|ابوي)(?!\w)|"
            r"\b(?:the )?worst thing (?:that )?(?:ever )?happened to (?:my family|them|everyone|my parents)\b|"
            r"(?<!\w)(?:[وف])?(?:الاحسن|الافضل) (?:اني |لي |ان )?(?:اروح|امشي|اختفي|ارحل|اغيب)\s*$|"
            r"(?<!\w)(?:عطيت|وزعت|اعطيت) (?:\w+ ){0,4}(?:و)?(?:كل شي عندي|كل ما املك|كل اغراضي|كل شيء املكه)(?!\w)|"
            r"\bgave away (?:everything|all) i (?:own|have)\b"
        ),
        # A future in which I am not: "I can't see a future where I'm still here".
        "no_future_with_me": rx(
            r"\b(?:can'?t|cannot|don'?t|do not) see (?:a|any) future (?:where|in which|with) (?:i'?m|me|i am) "
            r"(?:still )?(?:here|alive|around|in it)\b|"
            r"(?<!\w)(?:ما|لا) (?:اشوف|اري|ارى) (?:مستقبل|اي مستقبل) (?:انا )?(?:فيه|في) (?:عايش|موجود|حي)(?!\w)"
        ),
    }
)
OTHERS_IN_THE_PHRASE = OTHERS_IN_THE_PHRASE | {"nobody_misses_me"}

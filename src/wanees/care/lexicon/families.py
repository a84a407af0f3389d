"""Indirect rule families, each written once across every variety: Gulf/Omani and MSA Arabic,
English, Arabizi and lines that mix them. A family's word classes hold all the spellings side by
side, so "ودي I jump من البلكونه" meets the same rule as its one-language forms.

The families came from a blind review of misses (issue 4, round 4): not wanting to be here or to
go on, reunion with someone who died, sleep without waking, final messages, doses "so I don't wake
up", jumping, wishing for a fatal accident, disappearing for ever, giving things away "after I'm
gone", and no point in one's life; round 6 added goodbye letters made for loved ones, means
bought and hidden, wishing one had not woken, going to God, and no point going on; round 7
treatment stopped on purpose, burning oneself, driving to crash, an attempt tried and stopped,
a date chosen, pills stored up "just in case", a painless method asked, and a letter left "if
something happens to me"; round 8 going up a height to jump or not come down, hitting oneself
until dizzy, "better off with the insurance than with me", not here by next month, a rope bought
with nothing to tie, and "decided... I'll do it" with the thing not named; round 9 leaving this
world, how long drowning takes, a way that does not hurt searched for, everything set for a
night the house is empty, and an attempt found in time; round 10 cutting as a daily routine, a
rope that will hold a person, an unnamed act interrupted, gas behind a shut door, whether a
household poison kills, "how high is it?" of a bridge named before, resting "for good", and
asking God not to be woken. Rules that only hold in a context (a death in the message) say so
with ``needs``; ordinary look-alikes (a will made with a lawyer) with ``unless``.
"""

# Long alternations of words read better unbroken:
# ruff: noqa: E501
from __future__ import annotations

from wanees.care.lexicon.ar import AR_DESIRE, AR_NEG
from wanees.care.lexicon.arabizi import ZI_DESIRE, ZI_NEG
from wanees.care.lexicon.shared import Kind, Rule
from wanees.care.lexicon.shared import rx as _re
from wanees.transport.protocol import RiskLevel

# ------------------------------------------------------------------------ word classes

_W = r"(?<!\w)(?:[وف])?"  # a word start, Arabic و/ف clitics allowed
_E = r"(?!\w)"
# A word start with a conjunction, preposition or article before it ("للكشته", "بالحج"): where
# an ordinary context only has to be named, in whatever phrase.
_WL = r"(?<!\w)(?:[وفلب]|لل|بال|وال|ال)?"

# First-person wanting, thinking of or about to, in every variety (English without "he wants").
DESIRE = (
    rf"{_W}(?:{AR_DESIRE}|راح|رح){_E}|\b(?:{ZI_DESIRE}|ra7|r7)\b|"
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\byou )\b(?:want|wanna|wish|need|thinking|think|thought|considering|"
    r"going|gonna|plan(?:ning)?|ready|tempted|i'?ll|i will|about to)(?: to| of| about)?"
)
# "I don't want" in every variety, the negator and the wanting together.
NOT_WANT = (
    rf"{_W}(?:(?:{AR_NEG})\s?(?:عاد\s)?(?:{AR_DESIRE}|بغيت)|مابي|مابا|مابغي|ماابي|مااريد|ماودي){_E}|"
    rf"\b(?:(?:{ZI_NEG}) ?(?:3ad )?(?:{ZI_DESIRE}|bi|bee|by|bgha|b8a|b8y|ba8i)|mabi|mab8a|mabgha)\b|"
    r"\b(?:don'?t|dont|do not|no longer|never) (?:\w+ )?(?:want|wanna|wish)(?: to)?"
)
_TO = r"(?:\s+(?:ان|اني|انني|an|ani|in|to))?\s+"
# Here, present, in this world.
HERE = (
    r"(?:اكون|ابقي|اظل|اكون انا|akoon|akon|akun|a?koon|ab8a|abga|athal|be|stay)\s+"
    r"(?:هني|هنا|هنيه|هيني|موجود|موجوده|موجودا|hni|hnee|hene|hina|hna|hon|hoon|mawjood|mawjooda|mawjud|"
    r"mojood|maujood|here|around|موجود)"
)
# Until the end of the clause, or "any more": being here is the whole of the object.
_ANYMORE = (
    r"(?=\s*$|\s(?:بعد|اكثر|بعد اليوم|بعد الحين|بعد الان|خلاص|في (?:ها?ل)?(?:دنيا|عالم|حياه)|بهالدنيا|"
    r"ba3d|akthar|ak8ar|5alas|khalas|anymore|any more|no more|in this world|on this earth|fi ?(?:el|hal) ?dinya))"
)
# Going on with life, the object of the verb left out ("ما ابي اكمل", "I don't want to continue").
GO_ON = (
    r"(?:اكمل|استمر|اواصل|الاستمرار|المواصله|اكمل كذا|akammel|akamel|akamil|akammil|akml|akmel|akmil|akaml|"
    r"2kammel|astamir|asstamir|continue|keep going|carry on|go on)"
)
_GO_ON_END = (
    r"(?=\s*$|\s(?:بعد|اكثر|كذا|هكذا|خلاص|بهالحياه|بهالدنيا|في الحياه|ba3d|akthar|ak8ar|kitha|keda|5alas|khalas|"
    r"anymore|any more|like this|with (?:life|this life|living)))"
)
MY_LIFE = (
    r"(?:حياتي|عمري|هالحياه|الحياه|هالعيشه|7ayati|hayati|7yati|7yaty|7ayaty|3omri|3umri|el ?7aya|al ?7ayah|"
    r"hal ?7aya|my life|life|living)"
)

# Someone has died: the context in which "I want to join her" is a reunion through death.
DEATH_OF_ANOTHER = _re(
    rf"{_W}(?:الله يرحم\w*|يرحم\w* الله|رحمه الله|رحمها الله|المرحوم\w*|المرحومه|الفقيد\w*|متوفي\w*|مات|ماتت|"
    rf"توفي|توفت|توفيت|وفاه|وفاته|وفاتها|وفاتهم|موته|موتها|فقدته|فقدتها|فقدتهم|في قبره|في قبرها|قبره|قبرها|"
    rf"راح عند ربه|راحت عند ربها|انتقل\w* الي رحمه الله|رحل|رحلت){_E}|"
    r"\b(?:allah ?yr7am\w*|alla ?yr7am\w*|allah ?yer7am\w*|yr7amha|yr7amah|yr7ameh|el ?mar7oom\w*|al ?mar7oom\w*|"
    r"mat|matat|maatat|twafa|twafat|twaffa|twaffat|twafet|rest in peace|rip|passed away|passed|died|dead|"
    r"gone|funeral|grave|in heaven|since (?:he|she|they) (?:left|went)|my late \w+)\b"
)
# Joining, following or going to a person (who the context says has died).
_PERSON = (
    r"(?:ابوي|امي|ابي|يمه|يبه|اخوي|اختي|ولدي|بنتي|زوجي|زوجتي|جدي|جدتي|حبيبي|حبيبتي|ربيعي|صديقي|"
    r"ubooy|abooy|aboy|ummi|umi|yumma|a5ooy|akhooy|u5ti|ukhti|weldi|binti|jaddi|jadti|zawji|zawjti|"
    r"him|her|them|my (?:\w+ )?(?:mom|mum|mother|dad|father|brother|sister|son|daughter|wife|husband|"
    r"grandma|grandmother|grandpa|grandfather|friend|baby|boyfriend|girlfriend|fiance|fiancee|best friend))"
)
REUNION = (
    # "بروح لامي", "بلحقه": the Gulf future of the first person carries its own intent.
    rf"(?:(?:{DESIRE})\s+(?:\w+\s+)?|(?<!\w)(?=ب(?:روح|لحق)))"
    rf"(?:{_W}(?:الحق|الحقه|الحقها|الحقهم|لحقه|لحقها|اللحاق|اروح|اكون|اجلس|انضم|اندفن|انام|ارقد|بروح|بلحق|بلحقه|بلحقها|بكون)(?:\s(?:عند|مع|ل|جنب|الي|بجنب|ب))?\s?"
    rf"|\b(?:al7a?g|al7a8|al7aq|al7ag|al7agah|al7agha|al7aga|al7a8ah|al7a8ha|aroo7|aro7|arou7|akoon|akon)\s?(?:3ind|3end|ma3|l|il|ila|jamb)?\s?"
    r"|\b(?:join|joining|be with|being with|go (?:be )?with|go to|follow|following|be buried (?:next to|with))\s+)"
    rf"(?:ه|ها|هم|{_PERSON}|ah|ha|hum|ih)?"
)

# A dose or pills ...
DOSE = (
    r"(?:حبه|حبات|حبوب|جرعه|الجرعه|كميه|الكميه|شريط|علبه|بنادول|بندول|منوم|منومات|دوا|ادويه|"
    r"7aba|7abba|7bba|7ba|7abat|7boob|7bob|7ubub|habba|jur3a|jor3a|jr3a|dawa|panadol|"
    r"pills?|tablets?|meds|medicine|medication|dose|amount|sleeping pills|panadol|paracetamol|tylenol|insulin|"
    r"انسولين|insulin)"
)
# ... whose purpose is not to wake or to end it.
NOT_WAKE_OR_END = (
    r"(?:(?:عشان|علشان|حتي|كي|لكي|لين)\s)?(?:ما|لا|مب)\s(?:عاد\s)?(?:اصحي|اصحا|اقوم|افيق|استيقظ|اوعي)|"
    r"(?:ل|لل)?(?:انهاء|انهي|تنهي|ينهي) (?:الامر|حياتي|كل شي|الموضوع|عمري|كل هذا)|لانهاء الامر|"
    r"(?:انام|نوم|نومه) (?:للابد|ابديه|ما بعده)|"
    r"(?:3shan|3ashan|3lshan|7ata|7tta)?\s?(?:ma|la|mb) (?:as7a|as7eh|as7i|a9a7i|asha|agoom|agom|a8oom|afeeg)|"
    r"(?:anhi|a5alis|a5alles) (?:kil shay|7ayati|el mawdoo3)|"
    r"(?:to|so i|so that i|and|that i|i|i'?d) (?:not|never|don'?t|won'?t) wake(?: up)?(?! up\b)(?! (?:at|before|until|till|in the|early|late|during|for)\b)|"
    r"to (?:end|finish) (?:it|it all|things|everything|my life)|to sleep forever|to not exist|"
    # Round 7: said of "one" ("كم حبة تكفي عشان الواحد ما يصحى").
    r"(?:الواحد|الشخص|الانسان|واحد) (?:ما|لا|مب) (?:عاد )?(?:يصحي|يقوم|يفيق|يستيقظ)|"
    r"\bso (?:one|you|a person|someone) (?:doesn'?t|won'?t|wouldn'?t|never|does not|will not) wake(?: up)?\b"
)
HEIGHT = (
    r"(?:ال)?(?:دريشه|شباك|نافذه|بلكونه|بلكون|البلكونه|سطح|جسر|كوبري|عماره|برج|بنايه|جبل|جرف|الدور|الطابق|طابق)|"
    r"(?:el |al |il |l)?(?:balakona|balkona|balcona|balakoona|balkoona|darisha|dareesha|drisha|shubbak|shebbak|"
    r"nafitha|sa6a7|sat7|sa6[7h]|jisr|jsr|kubri|kobri|3imara|3maara|3amara|burj|borj|door|6abi8|6abig|tabig)|"
    r"(?:the |a |my )?(?:balcony|window|roof|rooftop|bridge|building|tower|cliff|ledge)"
)
JUMP = (
    rf"{_W}(?:ب|ا)?(?:نط|نقز|قفز|طيح نفسي|طيح روحي|رمي نفسي|رمي روحي|رمي حالي|نرمي|لقي بنفسي|القي بنفسي){_E}|"
    r"\b(?:a|b|ba)?(?:n6|nu6|no6|nat|nt6|nu6|8fiz|gfiz|qfiz|8fz|rme nafsi|rmi nafsi|rmee nafsi|rme ro7i|rmi ro7i|"
    r"6ee7 nafsi|6ai7 nafsi|6a7 nafsi)\b|\barm[ei]{1,2} (?:nafsi|ro7i|nfsi)\b|"
    r"\b(?:jump|jumping|throw myself|throwing myself|leap|leaping)\b"
)
# An accident or God to take me: the vehicle or agent, then what it does to me.
ACCIDENT = (
    r"(?:حادث|سياره|تريله|شاحنه|باص|قطار|رصاصه|صاعقه|مرض|سرطان|حد|احد|"
    r"7adith|7adeth|7adth|7ades|sayara|sayyara|sayarah|trela|tereila|shaa7na|mara9|car|truck|bus|train|"
    r"bullet|accident|crash|lightning|cancer|something|someone|plane)"
)
TAKES_ME = (
    r"(?:ياخذني|تاخذني|يقتلني|تقتلني|تدعمني|يدعمني|تدعسني|يدعسني|تدهسني|يدهسني|يصدمني|تصدمني|يخلصني|تخلصني|"
    r"تنهي حياتي|ينهي حياتي|يريحني|تريحني|يموتني|تموتني|يخلص علي|تخلص علي|واموت|وارتاح|وما اقوم|"
    r"ya5thni|yakhithni|yakhethni|t5thni|takhithni|tdi3mni|td3mni|tda3mni|yda3mni|t9dmni|ts9emni|tsdmni|"
    r"y8tlni|t8tlni|yqtlni|tqtlni|ygtlni|tgtlni|yree7ni|tree7ni|w ?amoot|wa ?amoot|"
    r"(?:would |will |could |to )?(?:hit|hits|run me over|runs me over|kill|kills|take|takes|end|ends|crush|crushes) me|"
    r"(?:would |will |to )?(?:hit|kill|take|end) me)"
)
WISH = (
    rf"{_W}(?:اتمني|تمنيت|ودي|ابي|ابا|ابغي|نفسي|ياليت|ليت|ياريت|عسي|يارب|يا رب|ادعي|اتمنا){_E}|"
    r"\b(?:atmana|at2amal|atmanna|wadi|waddi|abi|aba|ya ?rab+|3asa|laitni|layt|nafsi)\b|"
    r"\b(?:i wish|i hope|i pray|wish|hope|praying|hoping|wishing)\b"
)

# After I have died or gone (said of oneself).
AFTER_GONE = (
    r"(?:بعد|من بعد) (?:رحيلي|موتي|وفاتي|ما اموت|ما اروح|ما امشي|ما ارحل|ما اختفي|ما امشي من الدنيا)|"
    r"\b(?:ba3d|b3d|min ba3d) (?:ma )?(?:amoot|amout|mawti|mooti|ra7eeli|ra7ili|aroo7|aro7|amshi)\b|"
    r"\b(?:after|once|when) i'?m (?:gone|dead|not here|not around)\b|\bafter i (?:die|go|leave|pass)\b|"
    r"\bwhere i'?m going\b"
)
WONT_NEED = (
    rf"{_W}(?:لن|ما|مب|مو|مش)\s?(?:راح |رح |ب|س)?(?:احتاج|بحتاج|حتاج|محتاج|محتاجه)\w*|"
    r"\b(?:ma|mb|mu|mo|lan)\s?(?:ra7 |b)?(?:a?7taj|b7taj|ba7taj|m7taj|mi7taj|a7taaj)\w*|"
    r"\b(?:won'?t|will not|wont|will never|don'?t|not going to) need\b|"
    rf"{_W}(?:وزعت|عطيت|اعطيت|بوزع|ابي اوزع|خذوا|خذو|وزعوا){_E}|\b(?:gave|giving|give) (?:away|them|it)\b|\b(?:wazza3t|3a6ait|5thoo|khithoo)\b"
)

# No point in my life, nothing worth living for.
POINT_OF_MY_LIFE = (
    r"\b(?:wesh|wsh|waish|weesh|wish|shu|shoo|sho|esh|eish|aish|ish)\s(?:hi |hee )?(?:el |al |il |l)?"
    r"(?:fayda|faida|fa2ida|faydah|faideh|ma3na|hadaf|da3i|dai3i)\s(?:mn|min|men|fi|b|bi|of|el)?\s?"
    rf"(?:{MY_LIFE}|wjoodi|wujoodi|wjodi|inni 3aysh|ini 3aish|ani 3aysh|a3eesh|a3ish|a3eeesh)\b|"
    r"\b(?:ma|mafi|ma fi|la) (?:\w+ )?(?:fayda|faida|ma3na|hadaf) (?:mn|min|men|fi|b|l) ?(?:7ayati|hayati|7yati|wjoodi|el ?7aya)\b|"
    r"\b(?:mafi|ma fi|ma fee|mafee|la) (?:shay|shi|she|7aja|ay shay) (?:\w+ )?(?:yestahel|yestahil|ystahil|ystahel|yistahil|yswa) "
    r"(?:an )?(?:a3eesh|a3ish|el ?7aya|akammel|akamil)\b|"
    r"(?<!\w)(?:لا شي|ما في شي|مافي شي|ما فيه شي|ما ظل شي|ما بقي شي|ولا شي|لم يعد هناك شي|ما عاد في شي|"
    r"(?:ما|لا|لم) (?:لقيت|القي|اشوف|اجد|اري|عاد اشوف|عدت اجد) (?:اي )?شي) (?:\w+ )?"
    r"(?:يستاهل|يستحق|يسوي|يخليني) (?:ان )?(?:اعيش|العيش|الحياه|اكمل|ابقي|اعيش عشانه|اعيش من اجله)|"
    r"\bnothing (?:is |left )?(?:worth|to) (?:living|live|staying alive|staying|going on|waking up) (?:for)?\b|"
    r"\b(?:what'?s|what is) the (?:point|use) (?:of|in) (?:حياتي|7ayati|hayati)|(?:ويش|شو|وش|ايش) (?:ال)?(?:فايده|معني) (?:من |of )?my life"
)

# Jumping for sport or fun: cliff diving, a pool, a trampoline.
JUMP_FOR_FUN = _re(
    r"\b(?:cliff jumping|cliff diving|pool|sea|lake|river|water|trampoline|bungee|parachute|skydiv\w*|parkour|"
    r"career|opportunity|chance|game|fun|lol|haha|swim\w*|ba7ar|bi7ar|masba7|movie|film|series|episode|character|scene)\b|"
    # Round 11: a film's hero jumping is a story («البطل نط من الجسر»).
    r"(?<!\w)(?:الفلم|فيلم|الفيلم|مسلسل|المسلسل|الحلقه|حلقه|البطل|البطله|الشخصيه)(?!\w)|"
    r"(?<!\w)(?:ال)?(?:مسبح|بحر|ترامبولين|مظله|باراشوت|بنجي|لعبه|سباحه|العب|نلعب|وناسه)(?!\w)"
)
# Disappearing from an app, a group or a place for ever is leaving it, not life.
LEAVING_A_PLACE = _re(
    r"\b(?:social media|instagram|insta|twitter|snap\w*|tiktok|whatsapp|facebook|group|chat|app|job|city|"
    r"country|town|school|work)\b|"
    r"(?<!\w)(?:ال)?(?:سوشل|ميديا|تويتر|انستا|انستقرام|سناب|تيك توك|واتساب|الجروب|القروب|قروب|جروب|"
    r"الشغل|شغل|الدوام|المدرسه|الجامعه|البلد|الديره|المدينه|التطبيق|البرنامج)(?!\w)"
)

# A place, an occasion or the weather: "I don't want to be here, this class is so boring".
SOMEWHERE = _re(
    r"\b(?:class|meeting|party|school|work|job|office|city|country|house|home|wedding|event|lecture|boring|"
    r"hot|cold|traffic|queue|line|mall|shop|hospital|clinic|dars|dawam|jaw|mamil|madrasa|jam3a|shoghol|"
    r"ijtima3|7afla|3irs|bait|beit|zi7ma|late)\b|"
    r"(?<!\w)(?:ال|هال|بال|في ال)?(?:جو|حر|حار|دوام|اجتماع|حفله|مدرسه|جامعه|شغل|بيت|ديره|عرس|محاضره|درس|"
    r"زحمه|مستشفي|عياده|مول|سوق|طابور|مكتب|فصل|صف|حصه|ملل|طفش)(?!\w)"
)


# 12. Goodbye letters or recordings made for the people one loves (round 6).
_MADE = (
    rf"{_W}(?:كتبت|سجلت|جهزت|خليت|تركت|حطيت|خلصت){_E}|"
    r"\b(?:wrote|written|writing|finished|recorded|recording|left|prepared|made|katabt|ktabt|sajalt|sajjalt|jahazt|5aleit|khaleit)\b"
)
_GOODBYE_NOTE = (
    rf"{_W}(?:ال)?(?:رساله|رسايل|رسالات|رسالتي|رسايلي|فيديو|تسجيل|ورقه|اوراق|كلمه)(?:\s|\S){{0,12}}?(?:وداع|الوداع|توديع|اخيره|الاخيره){_E}|"
    r"\b(?:goodbye|farewell|good-bye|final|last|suicide) (?:letters?|notes?|messages?|videos?|recordings?)\b|"
    r"\b(?:risala|rsala|resala|rasa2el|rasayel|rasa2il|fidyo|video) (?:\w+ )?(?:wada3|el ?wada3|al ?wada3|a5eera|akheera)\b"
)
# Farewells that are ordinary: leaving a job, school or country, a wedding, a team.
ORDINARY_FAREWELL = _re(
    rf"{_WL}(?:زميل\w*|زملا\w*|تقاعد\w*|متقاعد\w*|تخرج\w*|حفله|الحفله|سفر\w*|مسافر\w*|انتقال\w*|نقل\w*|"
    rf"الشركه|الدوام|الفريق|فريق|طلاب\w*|الطلاب|الصف|المدرسه|الجامعه|عرس\w*|زواج\w*|البعثه){_E}|"
    r"\b(?:colleagues?|coworkers?|co-workers?|retir\w+|graduat\w+|party|moving|relocat\w+|abroad|travel\w*|"
    r"team|students?|class|school|university|company|job|wedding|trip|zameel\w*|zumala\w*|safar|msafir|musafir)\b"
)
# 13. Means bought or gathered, then hidden: preparation kept secret (C-SSRS preparatory acts).
_GOT = (
    rf"{_W}(?:شريت|اشتريت|جبت|حصلت|جمعت|خزنت|طلبت|اشتري|اجمع|اشتريها|اجيب){_E}|"
    r"\b(?:bought|got|ordered|collected|gathered|stockpiled|saved up|shrait|shraet|ishtarait|eshtarait|jibt|jbt|7a9alt|jama3t|jam3t)\b"
)
_MEANS = (
    rf"{_W}(?:ال)?(?:حبل|حبلا|حبال|حبوب|حبات|اقراص|سم|سموم|مسدس|سلاح|شفره|شفرات|موس|امواس|مسكن|مسكنات|منوم|منومات){_E}|"
    r"\b(?:rope|ropes|pills|tablets|poison|gun|pistol|blades?|razors?|7abl|7bal|7boob|7bob|7ubub|sim|semm|musaddas|msadas|silah|sla7)\b"
)
_HIDDEN = (
    rf"{_W}(?:خبيت\w*|خبيته|خبيتها|خبيتهم|مخبي\w*|مخبا\w*|دسيت\w*|اخبي\w*|اخبا\w*|ادس\w*|محد يدري|ما حد يدري|ماحد يدري|محد يعرف|ما احد يدري){_E}|"
    r"\b(?:hid|hidden|hiding|stashed|stash|nobody knows|no one knows|no one will find|5abait\w*|khabait\w*|5abeit\w*|khabeit\w*|"
    r"m5abi\w*|mkhabi\w*|ma7ad ydri|ma ?7ad yedri|m7d ydri)\b"
)
# Camping, hunting, gardening, a child's safety: ordinary reasons to buy or put away such things.
ORDINARY_MEANS = _re(
    rf"{_WL}(?:بر|كشته|مخيم|تخييم|خيمه|مرجيحه|تسلق|رحله|صيد|الصيد|قنص|حديقه|الحديقه|المزرعه|مزرعه|سفينه|قارب|غسيل|"
    rf"العيال|الاطفال|اطفال|الياهل|اليهال|عن العيال|بعيد عن|صيدليه|الصيدليه|وصفه|الدكتور|دكتور){_E}|"
    r"\b(?:camping|camp|tent|tents|climb\w*|swing|hunting|hunt|garden\w*|farm|boat|laundry|kids|children|child|toddler|away from|"
    r"safe from|prescri\w+|pharmacy|doctor|vitamins?)\b"
)


# 14. Wishing one had not woken up ("ليتني ما صحيت" after pills; not "I wish I hadn't woken early").
_WOKE = (
    rf"(?:ما|لم|مب)\s(?:\w+\s)?(?:صحيت|قمت|نشيت|فقت|استيقظت|افقت|وعيت){_E}|"
    r"\b(?:ma|la|mb) (?:\w+ )?(?:9a7eit|sa7eit|s7eit|97eit|gumt|8umt|qumt|nishait|fi8t)\b|"
    r"\b(?:hadn'?t|had not|didn'?t|did not|never|not) (?:have )?(?:woken|woke|wake|waken)(?: up)?\b"
)
WOKE_ON_TIME = _re(
    rf"{_W}(?:بدري|مبكر|متاخر|الصبح بدري|للدوام|للمدرسه|المنبه|منبه|من النوم بدري){_E}|"
    r"\b(?:early|late|so early|on time|for work|for school|alarm|badri|mit2a5ir)\b"
)
# 15. Going to God, meeting one's Maker: the Gulf's gentlest words for dying.
_TO_GOD = (
    rf"{_W}(?:اروح|روح|امشي|القي|الاقي|اقابل|اشوف|الحق|انتقل|ارجع)\s(?:\w+\s)?(?:عند|الي|الى|ل|لعند|جنب)?\s?(?:ربي|الله|رب العالمين|خالقي|بارييي|باريي){_E}|"
    r"\b(?:aroo7|aro7|arooh|aruh|ro7|amshi|al8a|alga|alqa|ashoof|ar7al)\s(?:\w+\s)?(?:3nd|3ind|3end|ila|l|la)?\s?(?:rabi|rabbi|raby|allah)\b|"
    r"\b(?:go|going|be|meet|see|return) (?:\w+ )?(?:to |with )?(?:god|my maker|my lord|allah|my creator)\b"
)
# Going to God's house or praying is worship, not dying.
WORSHIP = _re(
    rf"{_WL}(?:حج|الحج|عمره|العمره|بيت الله|مسجد|المسجد|صلاه|الصلاه|اصلي|ادعي|دعا|مكه|الحرم|قران|القران){_E}|"
    r"\b(?:hajj|umrah|umra|mosque|masjid|pray|prayer|praying|mecca|makkah|quran|haram)\b"
)
# 16. No point going on, the object left out (a project named after it is not this); what
# follows may say why ("nothing is gonna change", "ما راح يتغير شي").
_NO_POINT_END = (
    r"(?=\s*$|\s(?:بعد|اكثر|كذا|خلاص|بهالحياه|بهالدنيا|ما راح|ما بيتغير|مب راح|ولا شي|مافي شي|ما في شي|"
    r"لا شي|ba3d|5alas|khalas|anymore|any more|like this|nothing|no one|nobody|it won'?t|won'?t|never|"
    r"anyway|ma ra7|mafi shay))"
)
_NO_POINT = (
    rf"{_W}(?:ما في|مافي|ما فيه|مافيه|ما له|ماله|مالها|لا|ليش|شو|ويش|وش)\s(?:ال)?(?:فايده|داعي|معني|point|use)\s?(?:من\s)?(?:ان\s|اني\s)?|"
    r"\b(?:mafi|ma fi|mafee|ma fee|la|wesh|sho|no|there'?s no|there is no|what'?s the|what is the)\s(?:el |al )?(?:fayda|faida|da3i|ma3na|point|use)\s(?:in |of |to |mn |min |an |in )?(?:an )?"
)


# ---------------------------------------------------------------- round 7 (blind checks 14-15)

# 17. Treatment stopped on purpose, to let oneself go (insulin, one's medicines).
_STOPPED = (
    rf"{_W}(?:وقفت|بطلت|تركت|قطعت|وقفت اخذ|بطلت اخذ|ما عدت اخذ|صرت ما اخذ|ما اخذ|رميت|توقفت عن اخذ|توقفت عن|اوقفت){_E}|"
    r"\b(?:stopped|quit|quitting|stopping|skipping|skipped|not taking|threw away|wagaft|wgaft|waggaft|ba6alt|b6alt|"
    r"batalt|tarakt|trakt|ga6a3t)\b"
)
_TREATMENT = (
    rf"{_W}(?:ال)?(?:دواي|دوائي|دوايي|ادويتي|دوا|دواء|الدوا|ادويه|علاجي|علاج|العلاج|انسولين|الانسولين|حبوبي|ابري|الابر|غسيل الكلي|الغسيل){_E}|"
    r"\b(?:my (?:meds|medication|medications|medicine|medicines|pills|insulin|treatment|dialysis|tablets)|"
    r"(?:el|al|il)? ?(?:dawa|dwa|dawai|dwai|dawaai|3laji|3ilaji|3ilaj|3laj|insulin|7boobi|ibari))\b"
)
_ON_PURPOSE = (
    rf"{_W}(?:عمدا|عمد|متعمد|متعمده|عن قصد|قاصد|قاصده|بقصد|بنيه|خليت نفسي|خلني|خليني|خله|خلها|يمكن اموت|"
    rf"اموت|بموت|اروح|اخلص|ارتاح للابد|ياخذني|تاخذني){_E}|"
    # Round 10: "and I'm waiting to see what happens".
    rf"{_W}(?:انتظر|استني|اشوف|منتظر|منتظره)\s(?:شو|ما|اللي|ايش|وش|ويش)\s(?:بيصير|يصير|سيحدث|يحدث|بيحدث|راح يصير){_E}|"
    r"\bwait(?:ing)? (?:to see )?what (?:happens|will happen)\b|"
    r"\b(?:on purpose|deliberately|intentionally|so (?:that )?i (?:can |could |would |will )?(?:die|go|not wake)|"
    r"let (?:myself|me) (?:die|go|slip)|let it (?:take|kill) me|3mdan|3amdan|3emdan|qasdan|ga9dan|8a9dan|"
    r"5alni|khalni|5alleni|amoot|amut|aroo7|y5thni|ya5thni)\b"
)
# 18. Burning oneself (cigarettes, a lighter): self-harm by a means the cutting words miss.
_BURN = (
    rf"{_W}(?:احرق|بحرق|حرقت|اكوي|بكوي|كويت|اطفي|اطفي السيجاره|طفيت){_E}|"
    r"\b(?:burn|burning|burnt|burned|a7rig|a7ri8|a7raq|7aragt|7ara8t|akwi|kaweit)\b"
)
_OWN_SKIN = (
    rf"{_W}(?:جلدي|يدي|ايدي|ذراعي|دراعي|رجلي|نفسي|روحي|جسمي|فخذي|بطني|معصمي|يديني|كفي){_E}|"
    r"\b(?:my (?:skin|arm|arms|hand|hands|wrist|wrists|leg|legs|thigh|thighs|body|stomach)|myself|"
    r"jildi|yadi|eedi|eidi|thira3i|nafsi|ro7i|jismi)\b"
)
_BURN_ACCIDENT = _re(
    rf"{_WL}(?:اطبخ|طبخ|الطبخ|المطبخ|الفرن|فرن|الكوي|المكوى|بالغلط|غلط|بدون قصد|الشمس|شمس){_E}|"
    r"\b(?:cook\w*|kitchen|oven|stove|iron\w*|by accident|accidentally|by mistake|sunburn\w*|sun|tabkh|ma6ba5)\b"
)
# 19. Driving to crash: speeding "maybe this time it ends", steering at a barrier.
_DRIVE = (
    rf"{_W}(?:اسوق|سقت|بسوق|اقود|قدت|ادعس|دعست|اسرع|اطير بالسياره|اسوق بسرعه){_E}|"
    r"\b(?:drive|driving|drove|speed|speeding|asoog|asoo8|asooq|sgt|a9oog|a7arrik|ad3as)\b"
)
_CRASH_END = (
    rf"(?:{_W}(?:يمكن|عسي|ياليت|يا ليت|واقول|اتمني|ابي|ابا|ودي|لعل)\s(?:\w+\s)?(?:تخلص|اخلص|اموت|انتهي|اصطدم|انصدم|ما اوصل|ما ارجع|يصير حادث|تنتهي){_E})|"
    rf"{_W}(?:نحو|علي|في|باتجاه|صوب)\s(?:ال)?(?:حاجز|جدار|شاحنه|تريله|عمود|جسر|الحاجز|الجدار){_E}.{{0,20}}(?:وانتهي|واموت|وخلاص|وارتاح|وتخلص)|"
    r"\b(?:hoping|hope|wish|maybe|praying)\b.{0,25}\b(?:i crash|to crash|it ends|i don'?t make it|i won'?t make it|i die|this time)\b|"
    r"\binto (?:a |the )?(?:wall|barrier|truck|pole|tree|divider)\b.{0,25}\b(?:end|die|over|done)\b|"
    r"\b(?:yimkin|3asa|ya ?rait)\b.{0,20}\b(?:t5ala9|a5ala9|amoot|antahi|a9tidim)\b"
)
# 20. An attempt tried and stopped ("جربت أربط الحبل بس خفت"): an interrupted attempt.
_TRIED = (
    rf"{_W}(?:جربت|حاولت|قمت)\s?(?:امس|البارحه|اليوم|الليله|مره|قبل\s\w+)?{_E}|"
    r"\b(?:tried|attempted|practiced|practised|rehearsed|jarrabt|jarabt|7awalt|hawalt)\b"
)
_HANGING = (
    rf"{_W}(?:اربط|ربطت|اعلق|علقت|اشنق|انشنق|شنق|اخنق|الحبل|حبل|المشنقه|مشنقه){_E}|"
    r"\b(?:hang|hanging|noose|rope|tie (?:the|a) rope|arbu6|arba6|a3allig|ashnig|ashni8|el ?7abl|7abl)\b"
)
_NEXT_TIME = (
    rf"{_W}(?:المره الجايه|المره الياية|المره القادمه|المره الثانيه|الجايه){_E}|"
    r"\b(?:next time|el ?mara ?el ?jaya|el ?marra ?el ?yaya)\b"
)
_SCARED_OFF = (
    rf"{_W}(?:خفت|تراجعت|وقفت|ما قدرت|ما كملت|جبنت){_E}|"
    r"\b(?:got scared|chickened out|stopped|couldn'?t|could not|backed out|5ift|khift|ma gdart)\b"
)
# 21. A date chosen or a plan timed for when nobody is there ("I've picked a date", "حددت موعد،
# بعد ما أسدد ديوني"): a plan without the act named. An appointment or a wedding date is not one.
_CHOSE_DATE = (
    rf"{_W}(?:حددت|اخترت|قررت|ثبت|حطيت)\s(?:ال)?(?:موعد|موعدا|يوم|تاريخ|وقت|الوقت)(?:ه|ها)?"
    rf"(?!\s(?:مع|لل|ل|عند|عشان|حق|الزواج|العرس|الحفله|السفر|الدكتور|المقابله|الامتحان|للعرس)){_E}"
    r"(?=\s*$|\s(?:بعد|قبل|خلاص|نهايه|اخر|في اخر|يوم|لما))|"
    r"\b(?:picked|chosen|chose|set|decided on|fixed|got) (?:a|the|my) (?:date|day)\b"
    r"(?!\s(?:for|with|to|of)\b)(?=\s*$|\s(?:after|before|already|now|and|when|it'?s))|"
    r"\b(?:7addadt|7adadt|5tart|ikhtart) (?:el |al )?(?:maw3id|mo3ad|yom|tareekh)\b(?=\s*$|\s(?:ba3d|gabl))"
)
_WHEN_ALONE = (
    r"\bdo it\b.{0,25}\b(?:while|when|once|before)\b.{0,20}\b(?:my (?:parents|family|wife|husband|mom|dad|roommate)|"
    r"everyone|everybody|they|no ?one|nobody|the house)\b.{0,15}\b(?:away|travel\w*|asleep|sleeping|out|gone|is empty|"
    r"at work|not home|isn'?t home|aren'?t home|home)\b|"
    rf"{_W}(?:اسويها|بسويها|اسويه|بسويه|انفذها|بنفذها|اسوي اللي في بالي)\s(?:\w+\s){{0,3}}?(?:لما|يوم|اول ما|وقت ما)\s"
    r"(?:\w+\s)?(?:اهلي|الكل|محد|ما حد|البيت|زوجي|زوجتي)|"
    r"\b(?:while|when|once|as soon as)\b.{0,30}?\b(?:my (?:parents|family|wife|husband|mom|dad|roommate|kids)|the kids|"
    r"everyone|everybody|they|no ?one|nobody|the house)\b.{0,25}?\b(?:away|travel\w*|asleep|sleeping|out|gone|is empty|"
    r"at work|at school|not home|isn'?t home|aren'?t home|leave|leaves)\b.{0,30}?\b(?:i'?m|im|i am)? ?(?:going to|gonna|"
    r"i'?ll|i will) do it\b|"
    rf"{_W}(?:لما|يوم|اول ما|وقت ما|بعد ما)\s.{{0,40}}?(?:اهلي|الكل|محد|ما حد|البيت|زوجي|زوجتي|العيال|الاولاد){_E}"
    rf".{{0,50}}?{_W}(?:اسويها|بسويها|اسويه|بسويه|انفذها|بنفذها){_E}"
)
# Round 9: everything set for a night the house is empty ("set everything for Thursday night
# والكل بيكون برا البيت").
_SET_EVERYTHING = (
    rf"(?:{_W}(?:جهزت|رتبت|خططت){_E}|\b(?:set|planned|arranged|prepared|sorted)\b)\s(?:كل شي|كل شيء|everything|it all)"
    rf"(?:{_E}|\b)"
)
_HOUSE_EMPTY = (
    r"(?:الكل|محد|ما حد|اهلي|everyone|everybody|nobody|no one|the house)\b.{0,25}?"
    r"(?:برا|بره|طالعين|مسافرين|مب موجودين|out|away|gone|not home|empty)"
)
# 22. Pills stored up "just in case", from several pharmacies, or a rope "I know what for".
_STORE = (
    rf"{_W}(?:جمعت|اجمع|اجمعها|جمعتها|جمعتهم|خزنت|اخزن|خزنتها|احتفظ|محتفظ|محتفظه|مخزن|مخزنه|شريت|اشتريت|ادخر){_E}|"
    r"\b(?:collect\w*|stockpil\w*|hoard\w*|stash\w*|saving up|saved up|keeping|kept|bought|khazzant|5azant|jama3t|jam3t|shrait)\b"
)
_PILLS = (
    rf"{_WL}(?:حبوب|حبات|علب|علبه|ادويه|دوا|دواء|الدواء|اقراص|شرايط|شريط|بنادول){_E}|"
    r"\b(?:pills|tablets|meds|boxes of|packs of|panadol|7boob|7bob|ghalat|3ilab|dawa)\b"
)
_IN_CASE = (
    rf"{_W}(?:انتظر|استني|اترقب|منتظر|منتظره)\s(?:ال)?(?:لحظه|وقت|فرصه)(?:\s(?:ال)?(?:مناسب|مناسبه))?{_E}|"
    rf"{_W}(?:تحسبا|احتياطا|احتياط|للاحتياط|لليوم اللي|لليوم الذي|لليوم|ليوم|من عده صيدليات|من كذا صيدليه|من صيدليات|منذ شهر|من شهر|من اسابيع|بدون ما حد يدري|"
    # Round 10: gathered over months, strip by strip, for oneself.
    rf"منذ شهرين|منذ اشهر|منذ اسابيع|من شهرين|من شهور|شريط بعد شريط|شريطا بعد شريط|شريط شريط|علبه بعد علبه|لنفسي){_E}|"
    r"\b(?:just in case|in case|for the day|a whole stash|from (?:different|several|many|various) pharmacies|for weeks|for months|"
    r"for when|when i can'?t take it|waiting for the (?:right|perfect) (?:moment|time|day)|e7tiya6|i7tiya6)\b"
)
_KNOW_WHAT_FOR = (
    rf"{_W}(?:ادري|اعرف|عارف|عارفه)\s(?:شنو|شو|ويش|وش|ايش|اللي|لويش)\s(?:ابي|ابا|ابغي|بسوي|راح|ناوي)"
    r"|\bi know (?:exactly )?what (?:i'?m going to|i'?ll|i want to|it'?s for|to do)\b|\b(?:adri|a3rif) (?:shno|sho|wesh) (?:abi|aba)\b"
    # Round 10: the place is known too ("وأعرف المكان الذي سأذهب إليه", "I know where I'll go").
    rf"|{_W}(?:اعرف|عارف|عارفه|ادري)\s(?:ال)?(?:مكان|وين)\s(?:\w+\s)?(?:الذي|اللي|بروح|اروح|راح اروح|ساذهب|اذهب){_E}"
    r"|\bi know (?:exactly )?(?:where (?:i'?ll|i'?m going to|i will|to) go|the (?:place|spot))\b"
)
ORDINARY_STORE = _re(
    rf"{_WL}(?:فيتامين\w*|فيتامينات|العيال|الاطفال|اطفال|الياهل|منتهيه|انتهت صلاحيتها|اتبرع|تبرع|اوديها|ارميها|الصيدلي|صيدلي|"
    rf"امي|ابوي|جدتي|جدي|الوالده|الوالد|كشته|الكشته|مخيم|تخييم|رحله|بر){_E}|"
    r"\b(?:vitamins?|supplements?|kids|children|expired|donat\w+|pharmacist|my (?:mom|mother|dad|father|grandma|grandmother)|"
    r"camping|hiking|boat|trip|first aid)\b"
)
# Method comparisons: "which is less painful, the sea or the pills?"
_PAINLESS = (
    r"\b(?:less|least|more|most) painful\b|\b(?:painless|quickest|fastest|easiest|surest)\b (?:way|method|one)|"
    rf"{_W}(?:اقل|اخف|اسرع|اسهل|اضمن)\s(?:\w+\s)?(?:الم|الما|وجع|طريقه|وسيله){_E}|"
    r"\b(?:a8al|agal|aqal|as2al|asra3) (?:alam|wja3|6ari8a|tari8a)\b"
)
_MEANS_NAMED = (
    rf"{_W}(?:ال)?(?:بحر|غرق|حبوب|حبل|شنق|قفز|سم|مسدس|دوا|جسر|برج|سكين|شفره|نط){_E}|"
    r"\b(?:sea|drown\w*|pills|rope|hang\w*|jump\w*|poison|gun|bridge|knife|blade|overdose|7boob|7abl|ba7ar)\b"
)
# A letter left to be found "if something happens to me" is a goodbye note.
_IF_SOMETHING_HAPPENS = (
    r"\b(?:for )?after i'?m gone\b|(?<=\w )for after(?=\s*(?:,|$|you know|u know))|"
    rf"{_W}(?:من بعدي|لما اروح|بعد ما اروح|بعد رحيلي|بعد موتي){_E}|"
    rf"{_W}(?:لو|اذا|ان)\s(?:صار|حصل|جري)\s(?:\w+\s)?(?:فيني|لي|علي|معي)\s(?:شي|شيء|اي شي)|"
    r"\bif (?:anything|something) (?:ever )?happens to me\b|\bin case (?:anything|something) happens\b|"
    r"\b(?:low|lo|itha|etha) (?:9ar|sar|7a9al) (?:feni|fini|li) (?:shay|shi|she)\b"
)

# Roof access asked about a tower: "أي برج سطحه مفتوح" (a heights question like "the tallest").
_ROOF_OPEN = (
    rf"{_W}(?:اي|وين|ويش|وش|ايش|شو)\s(?:\w+\s){{0,3}}?(?:برج|بنايه|عماره|مبني|جسر|فندق)\s(?:\w+\s){{0,4}}?"
    rf"(?:سطحه|السطح|سطحها|الروف)\s(?:\w+\s)?(?:مفتوح|مفتوحه|يفتح|ينفتح|نوصله|اوصله|اطلعه|اطلع له){_E}|"
    r"\b(?:which|what|any)\s(?:\w+\s){0,3}?(?:building|tower|bridge|hotel|car park|parking)s?\s(?:\w+\s){0,4}?"
    r"(?:roof|rooftop)\s(?:\w+\s)?(?:open|access\w*|unlocked|reach)\b|\b(?:roof|rooftop) access\b"
)
# Making it look like an accident, or nobody would say it was suicide: concealing the act.
_CONCEALED = (
    rf"{_W}(?:ما حد|محد|ماحد|ما احد|محدا|لا احد|ولا احد|ما راح احد)\s(?:\w+\s)?(?:بيقول|يقول|راح يقول|بيعرف|يعرف|يدري|بيدري|بيشك|يشك)\s(?:\w+\s)?(?:انتحر|انتحار|انتحرت|انه انتحار|اني انتحرت){_E}|"
    rf"{_W}(?:كانه|كانها|يبان|يبين|يطلع)\s(?:\w+\s)?(?:حادث|حادثه|قضاء وقدر){_E}|"
    r"\b(?:so|and)? ?(?:no ?one|nobody|no one would|nobody would|no one will|nobody will)\s(?:\w+\s)?(?:know|knows|say|says|think|thinks|suspect|tell)\s"
    r"(?:\w+\s)?(?:it was|it'?s|that it was|i)?\s?(?:suicide|on purpose|killed myself|deliberate)\b|"
    r"\b(?:look|looks|seem|seems)\s(?:\w+\s)?like an accident\b|"
    r"\b(?:ma ?7ad|m7d|ma a7ad)\s(?:\w+\s)?(?:bygool|ygool|bi8ool|y8ool|ydri|by3rf)\s(?:\w+\s)?(?:nta7ar|inta7ar|ntahar)\b"
)
# A pet or one's things given away "for good".
_GAVE = (
    rf"{_W}(?:عطيت|اعطيت|وهبت|سلمت|وزعت|تبرعت ب|بعت|لغيت|كنسلت){_E}|"
    r"\b(?:gave|given|giving|handed|rehomed|re-homed|sold|cancell?ed|3a6ait|3ateet)\b"
)
_KEEPS = (
    rf"{_W}(?:للابد|نهائيا|نهائي|علي طول|خلاص ما ارجعه|خلاص ما ابيه|بدون رجعه){_E}|"
    # "I won't need it" with no reason given; "after I lose weight" is one.
    rf"{_W}(?:(?:ما راح|لن)\s?احتاج\w*|ما\s?بحتاج\w*|ما راح\s?بحتاج\w*){_E}(?!\s(?:بعد (?:ما|ال)|لان|لاني|عشان|علشان|في|مع|لما|هناك))|"
    r"\b(?:for good|forever|for ever|permanently|to keep|lil ?abad|nihai|loose ends|ma ra7 a7taj\w*|mab a7taj\w*)\b|"
    r"\b(?:don'?t|won'?t) need anything (?:anymore|any more|now|where i'?m going)\b|"
    rf"{_W}(?:لم اعد بحاجه|ما عاد احتاج شي|ما عدت بحاجه|ما احتاج شي بعد|ما عاد بحاجه){_E}|"
    r"\bwon'?t (?:be )?need(?:ing)? (?:it|them|either|any of (?:it|them)|those|that|this)\b"
    r"(?!(?: \w+)? (?:after|because|since|once|when|now|with|at|in|for|as|until|till|cause|cuz|coz|there)\b)"
)
_PET_OR_THINGS = (
    rf"{_W}(?:ال)?(?:قطوتي|قطتي|بسي|بسيتي|كلبي|طيوري|طيري|عصفوري|حصاني|اغراضي|حاجاتي|ملابسي|كتبي|سيارتي|جهازي|لابتوبي|ساعتي|ذهبي){_E}|"
    r"\bmy (?:\w+ )?(?:cat|dog|bird|birds|parrot|horse|pet|pets|things|stuff|clothes|books|car|laptop|watch|guitar|console|gold|"
    r"pc|computer|playstation|ps5|xbox|bike|motorbike)\b|"
    r"\b(?:9a6wati|gatwati|bsseti|kalbi|6ayri|a3ra9i|aghra6i|7ajati)\b"
)
# Asking what would leave nobody alive: "what speed so nobody survives", "حتى ما أنجو".
_NOT_SURVIVE = (
    # "so" is a filler the detector drops before matching: "(so) nobody survives".
    r"\b(?:so |that )?(?:nobody|no one|no-one)\s(?:\w+\s)?(?:survives?|would survive|will survive|could survive)\b|"
    r"\b(?:so |that )?(?:i|you|one|a person)\s(?:wouldn'?t|won'?t|don'?t|doesn'?t|can'?t|do not|will not) survive\b|"
    r"\b(?:to|and) not survive\b|\bwithout surviving\b|\bno chance (?:of|to) surviv\w*\b|\bfor it to (?:be over|end)\b|"
    rf"{_W}(?:عشان|علشان|حتي|بحيث|كي)\s(?:ما|لا)\s(?:انجو|ينجو|تنجو|اعيش|يعيش|يطلع حي|اطلع حي){_E}|"
    r"\b(?:3shan|7ata)\s(?:ma|la)\s(?:anjo|ynjo|a3eesh|y3eesh)\b"
)
_HOW_QUESTION = (
    rf"{_W}(?:كم|ويش|وش|ايش|شو|اي|كيف|وين|ما هي|ما هو)|"
    r"\b(?:what|which|how|where|kam|wesh|shu|eish|kaif)\b"
)
# Passwords or papers left so nobody has to sort one's things out later.
_LEFT_WORDS = rf"{_W}(?:تركت|خليت|حطيت|كتبت|جهزت|رتبت|سلمت){_E}|\b(?:left|wrote|written|put|prepared|organi[sz]ed|sorted)\b"
_ACCOUNTS = (
    rf"{_W}(?:ال)?(?:باسورد|باسوردات|كلمات السر|كلمه السر|الرقم السري|ارقامي السريه|حساباتي|اوراقي|مستنداتي|ديوني|الديون اللي علي|الفلوس اللي علي){_E}|"
    r"\b(?:passwords?|pins?|pin codes|bank details|my accounts|account details|papers|documents|my debts|dyooni|(?:el|al) ?(?:dyoon|duyoon|floos|flooos) (?:elli|illi|ili) (?:3alay|3alai|3ali))\b"
)
_FOR_AFTER = (
    rf"{_W}(?:بعدين|بعدي|من بعدي|عشان ما حد|عشان محد|ما يتعبون|ما يحتاجون|ما يدورون|لو صار|اذا صار){_E}|"
    r"\b(?:so (?:nobody|no one) (?:has|have|needs|will have) to|later|after i'?m gone|when i'?m gone|in case|for my family to)\b|"
    rf"{_W}(?:منو|من|مين|ومن|ومنو)\s(?:ياخذ|بياخذ|راح ياخذ)\s(?:اغراضي|حاجاتي|اشيايي|سيارتي){_E}|"
    r"\b(?:minu|meno|mino|meen|min|who) (?:ya5ith|ya5ath|yakhith|yakhoth|takes|gets|will get|will take) (?:aghra6i|a3ra6i|7ajati|my (?:things|stuff|car))\b"
)
# Pills taken and survived, "next time it will work".
_TOOK = rf"{_W}(?:اخذت|خذيت|بلعت|شربت|تناولت){_E}|\b(?:took|swallowed|downed|overdosed|5ithait|khithait|bla3t)\b"
_SURVIVED = (
    rf"{_W}(?:صحيت|قمت|ما مت|ما صار لي شي|ما نفع|ما زبط|ما اشتغل|المره الجايه|الجايه){_E}|"
    r"\b(?:woke up|didn'?t work|did not work|still here|still alive|survived|next time|it'?ll work|9a7ait|ma nifa3)\b"
)
# "Is drowning painful?": how an act would feel, asked by the one thinking of it.
_IS_IT_PAINFUL = (
    rf"{_W}(?:هل|يعني)?\s?(?:ال)?(?:غرق|شنق|قفز|انتحار|نزيف|جرعه زايده|الموت غرق)\s(?:\w+\s)?(?:مؤلم|موجع|يوجع|يعور|مولم|سريع|يطول){_E}|"
    r"\b(?:is|does|would) (?:drowning|hanging|jumping|bleeding out|an overdose|overdosing|dying)\s(?:\w+\s)?(?:painful|hurt|quick|take long)\b"
)

# Round 8. Going up a height and jumping, or not coming down.
_GO_UP = rf"{_W}(?:ا|ب|راح ا)?(?:طلع|صعد)\w*{_E}|\b(?:go|going|get|getting|climb\w*|head\w*) (?:up )?(?:to )?"
_JUMP_OR_STAY = (
    rf"{_W}(?:ا|ب)?(?:نط|قفز|نقز)\w*{_E}|{_W}(?:ا|ب)?رمي (?:نفسي|روحي){_E}|"
    rf"{_W}(?:وما|ولا|وما عاد|ولن|ومب)\s(?:ا|ب)?(?:نزل|ارجع|رجع)\w*{_E}|"
    r"\b(?:and|then) (?:just )?(?:jump|let go|step off|not come (?:back )?down|never come (?:back )?down)\b"
)
_HIGH_PLACE = (
    rf"{_WL}(?:فوق\w*|سطح|السطح|برج|عماره|جسر|الجبل|جبل|الدور|بنايه|الروف){_E}|"
    r"\b(?:roof|rooftop|top floor|top|bridge|tower|building|cliff|ledge|car park|parking)\b"
)
_NOT_A_FALL = _re(
    r"\b(?:pool|sea|water|lake|trampoline|parachute|bungee|skydiv\w*|zip ?line|dive|diving|photo\w*|view|sunset|stars)\b|"
    rf"{_WL}(?:مسبح|بحر|البحر|الماء|الماي|بنجي|مظله|ترامبولين|تصوير|اصور|المنظر|منظر|الغروب|النجوم){_E}"
)
# "I need somewhere high", and nobody to stop me.
_SOMEWHERE_HIGH = (
    r"\b(?:need|want|looking for|find|know)\s(?:\w+\s)?(?:somewhere|a place|a spot)\s(?:\w+\s)?(?:high|tall|really high)\b|"
    rf"{_W}(?:ابي|ابا|ابغي|ادور|محتاج|محتاجه|اعرف)\s(?:\w+\s)?(?:مكان|محل)\s(?:\w+\s)?(?:عالي|مرتفع|عال){_E}"
)
# Hitting one's head or oneself until dizzy, or to stop thinking: self-harm, not the idiom of
# frustration ("banging my head against the wall with this bug").
_HIT_SELF = (
    rf"{_W}(?:ا|ب)?(?:ضرب|طق|دق|خبط)\s(?:راسي|نفسي|روحي)(?:\s|$)|"
    r"\b(?:bang|banging|hit|hitting|slam|slamming|punch|punching)\s(?:my head|myself)\b"
)
_UNTIL_HURT = (
    rf"{_W}(?:لين|حتي|لحد ما|الين|عشان|علشان)\s(?:\w+\s)?(?:ادوخ|اغيب|اغمي|ينزل دم|يطلع دم|ينزف|ارتاح|انسي|اهدا|اهدي|احس بشي|"
    rf"اوقف تفكير|ما افكر){_E}|"
    r"\b(?:until|till|to)\s(?:\w+\s){0,2}(?:dizzy|bleed\w*|pass out|black out|feel something|feel anything|go numb|stop thinking|"
    r"quiet (?:my|the) (?:head|mind|thoughts))\b|\bthe only thing that (?:quiets|stops|calms)\b"
)
# Better off with the insurance than with me.
_BETTER_THAN_ME = (
    r"\bbetter off (?:\w+ ){0,6}?than (?:with )?me\b|\b(?:worth|be worth) more (?:to them )?(?:with the |as )?(?:insurance|life insurance)\b|"
    rf"{_W}(?:احسن|افضل|ارتاح)\w*\s(?:\w+\s){{0,3}}?(?:بالتامين|التامين|فلوس التامين)\s(?:\w+\s)?(?:من|مني|بدالي){_E}"
)
# Not seeing oneself here next month (a job or a country named is somewhere else).
_NOT_HERE_BY = (
    rf"{_W}(?:ما|مب|مو|لا)\s?(?:اشوف|شايف|شايفه|اتخيل|متخيل)\s(?:حالي|نفسي|روحي)\s(?:\w+\s)?(?:هني|هنا|موجود|موجوده|عايش|عايشه)\s"
    rf"(?:\w+\s)?(?:ال)?(?:شهر|اسبوع|سنه|عيد|رمضان|صيف)\w*{_E}|"
    r"\b(?:ma|mb|mo|mu) (?:ashoof|ashuf|ashof|at5ayal) (?:nafsi|7ali|roo7i|ru7i) (?:hni|hina|hna|mawjood|mawjooda|3ayesh)\b|"
    r"\b(?:won'?t|will not) (?:still )?be (?:here|around|alive) (?:by|for|next|at|on|in) (?:\w+ )?(?:week|month|year|birthday|eid|christmas|summer)\b"
    # Round 10: "I'll be gone by Friday anyway".
    r"|\bi'?ll (?:be )?(?:gone|not be here|not be around) by (?:then|next \w+|the (?:weekend|end of the \w+)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_SOMEWHERE_ELSE = _re(
    r"\b(?:job|company|work|city|country|oman|muscat|travel\w*|moving|move|flat|apartment|university|school|visa|contract|transfer\w*|posted|holiday|vacation)\b|"
    rf"{_WL}(?:شغل|شركه|الوظيفه|وظيفه|عمان|البلد|مسقط|السكن|الجامعه|سفر|بسافر|مسافر|انتقل|بنتقل|عقد|الفيزا|اجازه|نقل){_E}"
)
# Rope bought with no ordinary use in sight.
_ROPE = rf"{_W}(?:ال)?(?:حبل|حبلا|حبال){_E}|\b(?:rope|ropes|noose|7abl|7bal)\b"
_ROPE_USE = _re(
    r"\b(?:boat|goat|sheep|camel|tent|camping|swing|laundry|climb\w*|gym|skipping|jump rope|tow\w*|car|roof rack|load|crafts?|macrame|dog|horse|tie|tie down|garden)\b|"
    rf"{_WL}(?:قارب|طراد|غنم|الغنم|حلال|جمل|البوش|خيمه|كشته|مرجيحه|غسيل|الغسيل|نخل|النخله|تسلق|سياره|السياره|نط الحبل|البقره|الحمار|الحصان|العزبه){_E}"
)
# "Decided. After the exams I'll do it": "it" with no thing named, a decision and a time.
_DO_IT = (
    rf"{_W}(?:اسويها|بسويها|انفذها|بنفذها|ساسويها|ساقوم بها|سافعلها|افعلها|بفعلها){_E}(?=\s*$)|"
    r"\b(?:i'?m|im|i am)? ?(?:going to|gonna|i'?ll|i will) do it\b(?=\s*$| (?:tonight|tomorrow|soon|then|after\b))|"
    r"\b(?:basawiha|bsawiha|bsaweeha|asawiha|asaweeha)\b(?=\s*$)"
)
# The decision stands alone: "قررت أسجل في الجيم" names what was decided.
_DECIDED = _re(
    rf"{_W}(?:قررت|قراري|مقرر|مقرره|حسمت امري|حسمتها|خلاص قررت){_E}(?=\s*(?:$|[,.!?؟]|خلاص|و))|"
    r"\b(?:decided|made up my mind|mind is made up|it'?s decided|grrt|8arart|qarrart)\b(?=\s*(?:$|[,.!?]|and\b|already\b|now\b))"
)
_ORDINARY_TASK = _re(
    r"\b(?:homework|assignment|project|report|presentation|interview|tattoo|piercing|surgery|operation|marathon|diet|"
    r"course|degree|master'?s|phd|resign\w*|quit|apply|application|proposal|propose|wedding|haircut|trip|move|license|driving)\b|"
    rf"{_WL}(?:واجب|الواجب|مشروع|المشروع|تقرير|بحث|مقابله|عمليه|العمليه|رجيم|دوره|استقاله|استقيل|اقدم|تقديم|"
    r"خطوبه|اخطب|عرس|زواج|العرس|رحله|سفره|ليسن|الليسن|رخصه|الرخصه|ماجستير|دكتوراه){_E}"
)

# Round 9. Leaving this world (after an event, or decided).
_LEAVE_WORLD = (
    rf"{_W}(?:ا|ب|با|سا|راح ا|رح ا)?(?:رحل|مشي|طلع)\w*\s(?:عن|من)\s(?:هذا |هذه |ها?ل)?(?:العالم|عالم|الدنيا|دنيا|الحياه|حياه){_E}|"
    r"\b(?:leave|leaving|depart|departing) (?:this|the) (?:world|earth|life)\b(?! (?:of|behind) )|"
    r"\b(?:ar7al|a?r7al|bar7al|amshi|bamshi|a6la3|ba6la3) (?:mn|min|3n|3an) (?:el|al|hal|il) ?(?:dinya|donya|dunya|3alam)\b"
)
# How long drowning or bleeding takes: the time a method takes.
_HOW_LONG_METHOD = (
    r"\bhow long (?:does |would |will |it takes |it would take |it takes? )?(?:it )?(?:take )?(?:to )?(?:drown\w*|bleed\w* out|"
    r"suffocat\w*|hang\w*|an overdose|overdos\w*|die from|to die)\b|"
    rf"{_W}(?:كم|قديش|اديش)\s(?:\w+\s){{0,2}}?(?:ياخذ|يحتاج|يطول|تاخذ|يستغرق)\s(?:\w+\s)?(?:ال)?(?:غرق|نزيف|الموت غرق|الاختناق|شنق){_E}|"
    r"\b(?:kam|gaddesh) (?:\w+ )?(?:ya5ith|yakhith|yaakhith|y6awil) (?:el )?(?:gharag|gharaq|nazeef)\b"
)
# Searching for a way that does not hurt.
_SEARCH = (
    rf"{_W}(?:ادور|دورت|ابحث|بحثت|قاعد ادور|اقرا عن){_E}|"
    r"\b(?:search\w*|look\w* up|looked up|googl\w*|research\w*|adawwir|adawer|adawir|dawart|ab7ath|ba7ath)\b"
)
_NO_HURT_WAY = (
    rf"{_W}(?:طريقه|طرق|وسيله)\s(?:\w+\s)?(?:ما|لا|مب|بدون|بلا)\s?(?:تعور|توجع|تولم|الم|وجع|يعور|يوجع){_E}|"
    r"\b(?:way|ways|method|methods)\b.{0,15}?\b(?:(?:doesn'?t|does not|won'?t|wouldn'?t) hurt|painless|without pain)\b|"
    r"\b(?:6areeqa|6ari8a|tari8a|tareeqa) (?:\w+ )?(?:ma|mb|bdoon|bala) (?:t3awwir|t3awir|twaja3|twje3|alam)\b"
)
_NOT_A_METHOD = _re(
    r"\b(?:tooth|teeth|dentist|wax\w*|hair|tattoo|piercing|injection|vaccine|needle|baby|labou?r|birth|splinter|plaster|band-?aid|braces)\b|"
    rf"{_WL}(?:ضرس|اسنان|شمع|ازاله|الشعر|وشم|ابره|تطعيم|ولاده|الولاده|شوكه|لزقه|تقويم){_E}"
)
# An attempt someone interrupted: found in time, and sorry to be found.
_FOUND_IN_TIME = (
    r"\b(?:found|caught|stopped|saved) me (?:just )?(?:in time|before it)\b(?! for\b)|"
    rf"{_W}(?:زعلان|زعلانه|متضايق|متضايقه|ليش|ليه|كاره|كارهه)\s(?:\w+\s)?(?:ان|انه|انها|انهم|اني)?\s?(?:لقتني|لقاني|لقوني|لحقتني|لحقني|لحقوني|انقذتني|انقذني|انقذوني){_E}|"
    rf"{_W}(?:حاولت)\s.{{0,40}}?(?:لقتني|لقاني|لقوني|لحقتني|لحقني|لحقوني){_E}|"
    r"\b(?:angry|upset|mad|sorry|wish)\b.{0,15}?\b(?:she|he|they) (?:found|saved|stopped) me\b"
)

# Round 10 (classes read from checks 24-26 after they were scored; tests in our own wording).
# "يا رب لا تصحيني باكر": asking God not to be woken (not a parent asked to let one sleep).
_GOD_DONT_WAKE_ME = (
    rf"{_W}(?:يا ?رب|يا ?الله|اللهم|ربي)\s(?:\w+\s)?(?:لا|ما)\s?(?:تصحيني|تقومني|توعيني|تفيقني|تصحني){_E}|"
    r"\bya ?(?:rab+|allah) (?:\w+ )?la (?:t9a7ini|t9a7eeni|tsa7ini|tsa7eeni|tgawmni|t8awmni)\b|"
    r"\b(?:god|lord),? (?:please )?(?:don'?t|do not) (?:let me )?wake me(?: up)?\b"
)
# Cutting as a routine: the noun with a body part ("جرح ذراعي صار عادة"), or "the cutting".
_CUT_NOUN = (
    rf"{_W}(?:ال)?(?:جرح|تجريح|تشطيب)\s(?:ذراعي|يدي|ايدي|يديني|معصمي|فخذي|رجلي|جلدي|جسمي|ساعدي|زندي|بطني){_E}|"
    r"(?:\bthe |\bmy |(?<!\w)ال ?|^\s*)cutting\b"
)
_ROUTINE = (
    rf"{_W}(?:عاده|عادتي|روتين|روتيني|يوميا|يومي|يوميه|كل يوم|كل ليله|مثل تنظيف|ادمان|مدمن|مدمنه){_E}|"
    r"\b(?:habit|routine|every (?:night|day|morning)|daily|nightly|addicted|addiction)\b"
)
_CUT_ORDINARY = _re(
    r"\b(?:carbs?|sugar|class(?:es)?|coupons?|hair|nails|onions?|vegetables|board|costs?|ties|corners|grass|wood|fabric)\b|"
    rf"{_WL}(?:شعري|اظافري|خضار|بصل|سكر|الحصص|قص الشعر){_E}"
)
# A rope that will hold a person's weight.
_HOLDS_WEIGHT = (
    rf"{_W}(?:يتحمل|يشيل|يستحمل|يحمل|يتحملني|يشيلني){_E}\s?(?:وزني|وزن واحد|وزن شخص|وزن انسان|وزن رجال|وزن بني ادم|ثقلي)?|"
    r"\b(?:hold|holds|take|takes|support|supports|bear|bears|carry|carries) (?:my weight|me|a person'?s weight|someone'?s weight|"
    r"a man'?s weight|(?:a )?human weight|(?:a )?body ?weight|the weight of a (?:person|man|body))\b"
)
# "I was about to do it when my brother walked in": an act with no name, interrupted.
_ABOUT_TO_DO_IT = (
    rf"{_W}(?:كنت|كنا)\s(?:ناوي|ناويه|ابي|ابا|على وشك|علي وشك|خلاص|بغيت|راح|رح)\s?(?:ان\s)?"
    rf"(?:اسويها|بسويها|انفذها|افعلها|اسوي فيها|اسويه){_E}|{_W}كنت (?:سافعلها|ساقوم بها|على وشك ان افعلها|علي وشك ان افعلها){_E}|"
    r"\bi was (?:going|about|gonna|ready|all set) to do it\b|\b(?:kunt|kint|kent) (?:nawi|nawya|abi|aba) (?:asawiha|asaweeha)\b"
)
_SOMEONE_CAME = (
    rf"{_W}(?:دخل|دخلت|جا|جات|جت|اتصل|اتصلت|طق|طقت|شافني|شافتني|وقفني|وقفتني|منعني|منعتني|رجع|رجعت|لحقني|لحقتني|قاطعني|فتح الباب|فتحت الباب){_E}|"
    r"\b(?:walked in|came in|came home|came back|knocked|called me|rang|found me|opened the door|stopped me|interrupted)\b|"
    r"\b(?:da5al|dakhal|da5lat|ja|jat|itasal|ittasal|6ag|6ga|shafni|shafatni)\b"
)
# Gas: left on with the door shut, then sleep.
_GAS = rf"{_WL}(?:غاز|الغاز|غازات|الدفايه){_E}|\b(?:gas|ghaz|el ?ghaz|the heater)\b"
_SHUT_IN = (
    rf"{_W}(?:ا|ب)?(?:سكر|قفل|غلق|اغلق|سد)\w*\s(?:كل\s)?(?:ال)?(?:باب|الباب|شبابيك|الشبابيك|دريشه|الدريشه|درايش|الدرايش|نوافذ|النوافذ|الغرفه|علي|على نفسي){_E}|"
    r"\b(?:close|shut|lock|seal|tape)\w* (?:up |all )?(?:the |all the |my )?(?:door|doors|windows?|room|vents?|myself in)\b|"
    r"\b(?:asakkir|asakir|sakkart|agful|gaffalt) (?:el |al )?(?:bab|baab|dareesha|shababeek)\b"
)
_GAS_ON = (
    rf"{_W}(?:افتح|فتحت|افك|فكيت|اخلي|خليت|اترك|تركت|اشغل|شغلت|بفتح|بخلي|بترك|بشغل|راح اخلي|راح افتح)\s(?:\w+\s)?(?:ال)?(?:غاز|دفايه){_E}|"
    r"\b(?:leave|leaving|left|turn(?:ing)? on|open(?:ing)?) (?:\w+ )?(?:the )?gas(?: on)?\b"
)
_GO_TO_SLEEP = rf"{_W}(?:ا|ب)?(?:نام|رقد)\w*{_E}|\b(?:sleep|go to sleep|lie down|nap|anam|argud)\b"
_GAS_SAFE = _re(
    r"\b(?:turn(?:ed)? off|shut off|switched off|forgot|technician|engineer|called|leak detector|cooking|bbq|barbecue)\b|"
    rf"{_W}(?:سكرت|قفلت|طفيت|اطفيت|سكر|قفل|طفي|اطفي) (?:ال)?غاز{_E}|{_WL}(?:نسيت|فني|الفني|اتصلت|الدفاع المدني|الطبخ|اطبخ|شوي|الشوي){_E}"
)
# Asking whether a household poison kills a person (with distress around it: the "bridges" question).
_LETHAL = (
    rf"{_W}(?:يقتل|تقتل|يموت|تموت|يموت الواحد|قاتل|قاتله|مميت|مميته|مميتا){_E}|"
    r"\b(?:kill|kills|lethal|fatal|deadly|die|dies|yigtil|ymawwit)\b"
)
_HOUSEHOLD_POISON = (
    rf"{_WL}(?:مبيد|مبيدات|كلوركس|كلور|سم فيران|سم الفيران|سم الفار|ديتول|فلاش){_E}|"
    r"\b(?:bleach|pesticides?|insecticides?|rat poison|antifreeze|weed ?killer|drain cleaner|clorox|mobeed|klorox)\b"
)
_NOT_MY_SAFETY = _re(
    r"\b(?:child|children|kids?|baby|toddler|son|daughter|cat|dog|pets?|plants?|garden|mosquito\w*|cockroach\w*|ants|rats|mice|weeds|bugs|insects)\b|"
    rf"{_WL}(?:ولدي|بنتي|طفل|الطفل|الياهل|عيالي|العيال|اطفال|بسه|البسه|قطوه|القطوه|كلب|الكلب|حيوان|الزرع|النخل|الحديقه|صراصير|الصراصير|بعوض|البعوض|نمل|النمل|فيران|الفيران){_E}"
)
_ASKED = _re(
    r"[?؟]|(?<!\w)(?:[وف])?(?:هل|ممكن|يقدر|كم|شو|وش|ايش)(?!\w)|\b(?:does|do|can|could|will|would|is it|how much|hal|momkin)\b"
)
# Round 11: going alone to the sea or a cliff "and not coming back"; a place chosen, a bridge.
_GO_TO_EDGE = (
    rf"{_W}(?:ا|ب|راح ا)?(?:روح|مشي|طلع|سوق)\w*\s(?:\w+\s){{0,2}}?(?:ل|لل|ال|على ال|علي ال|عند ال)?(?:بحر|جسر|جبل|وادي|جرف|صحرا|صحراء|كورنيش)"
    rf"{_E}.{{0,25}}?{_W}(?:وما|ولا|ومب|وما عاد|ولن)\s?(?:ا|ب|راح ا)?(?:رجع|ارجع|عود|اعود)\w*{_E}(?!\s(?:الا|لين|قبل|بعد|الين|اليوم|الليله))|"
    r"\b(?:go|going|drive|driving|walk|walking|head|heading)\b.{0,30}?\b(?:sea|beach|cliff|bridge|desert|mountain|wadi)s?\b.{0,20}?"
    r"\b(?:and )?(?:not|never|won'?t) (?:be )?(?:come|coming) back\b(?! (?:until|till|before))"
)
_PLACE_CHOSEN = (
    rf"{_W}(?:اخترت|حددت|لقيت|عرفت|قررت)\s(?:ال)?(?:مكان|موقع){_E}(?!\s(?:ال)?(?:عرس|حفله|رحله|تصوير|الاجتماع|اجتماع))|"
    r"\b(?:picked|chosen|chose|found|decided on) (?:the|a) (?:place|spot|location)\b(?! (?:for|to) (?:the |our )?(?:wedding|party|picnic|meeting|shoot|photos?))"
)
_DEADLY_PLACE = _re(
    r"\b(?:bridge|cliff|roof|rooftop|tracks|railway|dam|tower)\b|"
    rf"{_WL}(?:جسر|كوبري|جرف|سطح|السد|سد|برج|سكه){_E}"
)
_PLACE_ORDINARY = _re(
    r"\b(?:photo\w*|shoot|wedding|party|picnic|camping|meet\w*|cafe|restaurant|engagement|proposal|view|sunset)\b|"
    rf"{_WL}(?:تصوير|صور|عرس|حفله|كشته|رحله|نتلاقي|نلتقي|اجتماع|مقهي|مطعم|خطوبه|منظر|الغروب|غروب){_E}"
)
# Round 12: slitting one's own arm (Gulf «أشق ذراعي»), not in the kitchen.
_SLIT_SELF = (
    rf"{_W}(?:ا|ب)?(?:شق|شقيت|شطب|شطبت|شرط|شرطت|اشطب|اشرط)\s(?:\w+\s)?(?:ذراعي|يدي|ايدي|معصمي|فخذي|جلدي|عروقي|ساعدي|زندي){_E}|"
    r"\b(?:ashig|asheg|ashog|shageet|shagait) (?:\w+ )?(?:thra3i|dhra3i|ydi|eedi|3roogi)\b"
)
_SLIT_ORDINARY = _re(
    r"\b(?:cooking|kitchen|knife slipped|accident\w*|by mistake|onions?)\b|"
    rf"{_WL}(?:بالغلط|غلط|بالخطا|المطبخ|اطبخ|بصل|البصل|السكين طاحت|علبه|الزجاج|قزاز){_E}"
)
# A goodbye posted, deleted, and meant.
_GOODBYE_POST = (
    rf"{_WL}(?:بوست|ستوري|الستوري|تغريده|منشور|رساله){_E}\s?(?:\w+\s)?(?:وداع|الوداع|توديع)|"
    rf"{_W}(?:وداع|الوداع){_E}\s(?:\w+\s){{0,2}}?(?:في|ب|على|علي)\s?(?:ال)?(?:ستوري|بوست|انستقرام|سناب|تويتر)|"
    r"\b(?:bye|goodbye|farewell) (?:story|post|tweet|message|video)\b|\bposted (?:a )?(?:goodbye|farewell|bye)\b"
)
_MEANT_IT = (
    rf"{_W}(?:كنت اعنيه|اعنيه|اعنيها|كنت اقصده|اقصده|اقصدها|اقصد كل كلمه|اعني كل كلمه|كنت جاد|كنت جاده){_E}|"
    r"\b(?:i )?meant (?:it|every word|all of it|what i (?:said|wrote))\b"
)
# "It's fine if I don't wake up tomorrow."
_FINE_NOT_WOKEN = (
    # «عدي»: how the Arabizi "3adi" comes out in Arabic script.
    rf"{_W}(?:عادي|عدي|ما يفرق|ما تفرق|ما يهمني|ما عندي مشكله|مب مشكله|ما فرقت)\s(?:معي\s|عندي\s|لي\s)?(?:لو|اذا|ان)\s(?:{_WOKE})|"
    r"\b(?:fine|okay|ok|alright|wouldn'?t mind|don'?t mind|doesn'?t matter) if i (?:don'?t|didn'?t|never) wake(?: up)?\b"
)
# Something to make me sleep and never wake.
_PUT_ME_TO_SLEEP = (
    rf"{_W}(?:ينيمني|تنيمني|ينومني|يرقدني|يخليني انام)\s(?:و|وما|ولا|و ما)\s?(?:عاد\s)?(?:اصحي|اصحا|اقوم|افيق|اقعد){_E}|"
    r"\b(?:ynayimni|ynaimni|ynawimni) (?:w|wa|u) ?(?:ma|la) (?:a9a7i|as7a|as7i|agoom)\b|"
    r"\bsomething (?:to|that will|that'?ll) (?:make me |put me to )?sleep (?:and )?(?:never|not) wake\b"
)
# "How high is it?" with a bridge, a building or a cliff named in the message.
_HOW_HIGH_IS_IT = (
    r"\bhow (?:tall|high|far down|far a drop) is (?:it|that|the drop)\b|"
    rf"{_W}(?:كم ارتفاعه|كم ارتفاعها|كم طوله|كم علوه|كم ارتفاع){_E}"
)
_NAMED_HEIGHT = _re(
    r"\b(?:bridge|building|tower|cliff|rooftop|roof|car park|parking garage|dam)\b|"
    rf"{_WL}(?:جسر|كوبري|برج|عماره|بنايه|جرف|سطح|السد|سد){_E}"
)
# "I can finally rest. For good." ("for good" often stands as a clause of its own).
_REST = r"\b(?:can|could|will|'ll|gonna|going to|get to|want to|wanna|need to|just) (?:finally )?(?:rest|sleep|be at peace)\b(?=\W*$)"
_REST_FOR_GOOD = _re(
    r"\b(?:rest|sleep|be at peace)\W{1,4}(?:for good|forever|for ever|permanently)\b"
)


# Round 13 (classes read from checks 31-34; tests in our own wording).
# A way to go quietly, looked for: «أدور طريقة أروح فيها بهدوء», "a way to go peacefully".
_WAY_TO_GO_QUIETLY = (
    rf"{_W}(?:ادور|ابحث|دورت|بحثت|ابي|ابا|ابغي|اريد|افكر في|افكر ب)\s(?:عن\s)?(?:ال)?(?:طريقه|طريقة)\s"
    r"(?:\S+\s){0,2}?(?:اروح|اموت|امشي|ارحل|انهي|اخلص|اختفي)(?:\s\S+){0,2}?\s(?:بهدوء|بسلام|بدون الم|بلا الم|"
    r"بدون ما احس|وانا نايم|في نومي)(?!\w)|"
    r"\b(?:a|some|the) (?:way|method) to (?:go|die|slip away|end it|disappear) (?:quietly|peacefully|"
    r"painlessly|without pain|in my sleep)\b"
)
# Going so as to relieve them: «أحسن أروح من الحين وأريحهم», "better I go and spare them".
_GO_TO_RELIEVE = (
    rf"{_W}(?:ا|ب|راح ا)?(?:روح|مشي|اختفي|ختفي|رحل|موت)(?:\s\S+){{0,3}}?\s(?:و\s?)?"
    r"(?:اريحهم|اريحكم|اريح الكل|اريح اهلي|اريح عيالي|اريح الجميع|ارتاح واريحهم)(?!\w)|"
    r"\b(?:go|leave|disappear|be gone)\b.{0,25}?\b(?:and )?(?:spare|free|relieve) them\b"
)
# A rope bought, and not for what ropes are for: «شريت حبل، مب عشان الخيمة» (the two halves
# are often two clauses, so the "not for" is looked for in the whole message).
_NOT_FOR_USE = _re(
    rf"{_W}(?:مب|مو|مش|موب|ماهو|مهو)\s(?:عشان|علشان|حق|لل|ل)(?!\w)|\bnot (?:for|to)\b|"
    r"\b(?:mb|mob|mu|mo) (?:3shan|3ashan|7ag)\b"
)
# On the edge, and someone brought them back: «وقفت على الجسر، أخوي شافني ورجعني البيت».
_ON_THE_EDGE = (
    rf"{_W}(?:وقفت|كنت واقف|كنت واقفه|طلعت|جلست|قعدت)\s(?:على|فوق|علي|عند)\s(?:ال)?(?:جسر|سطح|حافه|كوبري|جرف|"
    r"سكه)(?!\w)|"
    r"\b(?:stood|was standing|sat|was sitting|climbed) (?:on|at|onto|over) the (?:edge|bridge|ledge|roof|cliff|railing|"
    r"tracks)\b"
)
_BROUGHT_BACK = _re(
    rf"{_W}(?:شاف|لحق|مسك|رجع|نزل|سحب|لقا|لق|منع)(?:ت|و|وا)?ني(?!\w)|"
    r"\b(?:pulled me|talked me down|found me|stopped me|brought me (?:home|back|down)|grabbed me)\b"
)


def _rules() -> list[Rule]:
    high, medium = RiskLevel.HIGH, RiskLevel.MEDIUM
    return [
        # 1. Not wanting to be here or to exist, said of being alive.
        Rule(
            "fam_not_want_to_be_here",
            Kind.IDEATION,
            medium,
            _re(rf"(?:{NOT_WANT}){_TO}(?:{HERE}|exist|ا?وجد|اكون موجود\w*)(?=\s*$)"),
            self_negating=True,
            unless=SOMEWHERE,
        ),
        Rule(
            "fam_not_want_to_be_here_anymore",
            Kind.IDEATION,
            high,
            _re(rf"(?:{NOT_WANT}){_TO}(?:{HERE}|exist|اكون موجود\w*){_ANYMORE}(?!\s*$)"),
            self_negating=True,
        ),
        # 4. Not wanting to go on: with "my life" it is high, left without an object medium.
        Rule(
            "fam_not_go_on_with_life",
            Kind.IDEATION,
            high,
            _re(rf"(?:{NOT_WANT}){_TO}(?:{GO_ON})\s(?:(?:في|ب|fi|b|with|in)\s?)?(?:{MY_LIFE})\b"),
            self_negating=True,
        ),
        Rule(
            "fam_not_go_on",
            Kind.PASSIVE,
            medium,
            _re(rf"(?:{NOT_WANT}){_TO}(?:{GO_ON}){_GO_ON_END}"),
            self_negating=True,
        ),
        # 2. Joining someone who has died.
        Rule(
            "fam_reunion_after_death",
            Kind.PASSIVE,
            medium,
            _re(REUNION + r"(?!\w)"),
            needs=DEATH_OF_ANOTHER,
            # "I want to go to his funeral", "ابي اروح لقبر ابوي" are a visit.
            unless=_re(
                r"\b(?:funeral|grave|cemetery|visit)\b|(?<!\w)(?:ل|ال|لل)?(?:عزا|العزا|قبر|المقبره|مقبره|ازور|زياره)\w*"
            ),
        ),
        # "ابا الحقه", "ابا الحق ابوي" said on their own: following someone, to a companion, is
        # asked about ("ابي الحق ابوي في السوق" has a place after it and is not).
        Rule(
            "fam_follow_someone",
            Kind.PASSIVE,
            medium,
            _re(
                rf"(?:{DESIRE})\s+(?:\w+\s+)?(?:{_W}(?:الحق\s?|الحقه|الحقها|الحقهم|بلحقه|بلحقها)|"
                r"\b(?:al7a?g|al7a8|al7aq|al7agah|al7agha|al7aga|al7a8ah|al7a8ha|al7agh)\s?)"
                rf"(?:{_PERSON})?(?=\s*$)"
            ),
        ),
        # 3. A sleep with no waking.
        Rule(
            "fam_sleep_no_waking",
            Kind.PASSIVE,
            medium,
            _re(
                rf"{_W}(?:ال)?(?:نومه|رقده) (?:(?:ما|لا|مب|بلا|بدون)\s(?:عاد\s)?(?:اصحي|اصحا|اقوم|افيق|استيقظ|اوعي|صحوه)|ابديه|ما بعدها صحوه|"
                r"(?:ما|مب)\s?(?:فيها|بعدها|وراها)\s(?:صحيان|صحوه|قومه|قعده))|"
                r"\b(?:anam|nam|anaam|argud|ar8ud|argod|nooma|noma|nomah|naumah|nawma)\b (?:\w+ )?(?:w|wa|u|o)? ?(?:ma|la|mb|bala) ?(?:3ad )?"
                r"(?:as7a|as7eh|as7i|as7e|a9a7i|a9i7|asha|agoom|agom|a8oom|aqoom|afeeg|afee8|afiq|9a7wa)\b|"
                r"\b(?:sleep|go to sleep|fall asleep|nap)\b.{0,15}?\b(?:and |& |then )?(?:never|not) (?:wake|waking)\b"
                r"(?! (?:up )?(?:until|till|before|late|early|on time|for|at|in time))|"
                r"\ba sleep (?:i|you) (?:won'?t|will not|never|don'?t) wake (?:up )?from\b|"
                r"(?:انام|نام|ارقد) (?:and |& )?never wake|\b(?:anam|nam) (?:and |& )?never wake"
            ),
        ),
        # 5. Final messages: the last time you hear me, goodbye for ever, don't look for me.
        Rule(
            "fam_final_message",
            Kind.GOODBYE,
            high,
            _re(
                r"\b(?:the )?last time (?:you'?ll|you will|you|u'?ll|u will|anyone (?:will )?|you guys will|y'?all) (?:ever )?"
                r"(?:hear (?:from )?me|hear my voice|see me|talk to me|read my words|hear from me)(?=\s*$|\s(?:again|alive|ever|forever|goodbye|bye))|"
                r"\b(?:you|u|y'?all)(?: guys)?(?:'ll never| ll never| will never| won'?t| wont| will not) (?:ever )?(?:hear from|hear|see) (?:me|from me)"
                r"(?: again| anymore| any more| after (?:today|tonight)| ever again)\b|"
                rf"{_W}(?:هذي |هذه |هذا )?(?:اخر|آخر) (?:مره|مرة) (?:\w+ )?(?:تسمعون|تسمعوا|تسمع|تسمعين|تشوفون|تشوفوا|تشوفني|تشوفوني|تروني|"
                r"تكلموني|تكلمني|اكلمكم|اكلمك|احاكيكم|احاكيك)|"
                rf"{_W}(?:لن|ما|مب|مو)\s?(?:راح |رح |ب|بت|س)?(?:تسمعوا|تسمعون|تسمع) (?:صوتي|مني|عني) (?:بعد|مره ثانيه|مجددا|ابدا|ابد|للابد)|"
                rf"{_W}(?:لن|ما|مب)\s?(?:راح |رح |ب|بت)?(?:تروني|تشوفوني|تشوفني) (?:مجددا|بعد اليوم|بعد الليله|ابدا|مره ثانيه)|"
                rf"{_W}(?:هذه|هذي) (?:اخر|آخر) كلماتي|"
                r"\b(?:wada3an|wad3an|wadaa3an|wda3an|wada3n|bye|goodbye) (?:lil ?abad|l ?abad|ya ?dinya|ya ?donya|ya ?3alam|للابد|يا دنيا|forever)\b|"
                # "hathi a5er mara a6lob mn hal ma6'3am" is a last order: a last time only with talking.
                r"\b(?:hathi|hadi|hathy|hedi|hatha) (?:\w+ )?(?:a5er|akher|aa5er|akhir) (?:resala|risala|rsala|kalam|kilma)\b|"
                r"\b(?:a5er|akher|aa5er|akhir) (?:mara|marra) (?:\w+ )?(?:tsm3on|tsma3on|tisma3on|tsm3|tshofoni|tshofooni|tshoofoni|tshofni)\b|"
                r"\b(?:ma|mb|lan) (?:ra7 |r7 |b)?(?:tsm3on|tsma3on|tisma3on|tshofoni|tshoofoni) (?:\w+ )?(?:ba3d|marra thanya|abadan|abad)\b"
            ),
        ),
        Rule(
            "fam_dont_look_for_me",
            Kind.GOODBYE,
            medium,
            _re(
                r"\b(?:don'?t|dont|do not|never|no need to) (?:try to |bother to |come )?(?:look|search) for me\b"
                r"(?=\s*$| again| anymore| any more| ever| after| when| please|\s+(?:i'?m|i am) (?:gone|leaving))|"
                rf"{_W}(?:لا|ما|لن)\s(?:\w+\s)?(?:تدورون علي|تدورني|تدوروني|تدور علي|تبحثوا عني|تبحثون عني|تبحث عني|تدورين علي)"
                r"(?=\s*$|\s(?:بعد|ابدا|ابد|مره ثانيه|خلاص|بعد اليوم))|"
                r"\b(?:la|ma) (?:\w+ )?(?:tdawroni|tdawron 3lay|tdawro 3alay|tdawroon 3alai|tdawrooni|tdawer 3alay|tdwro 3lai)\b"
            ),
            unless=SOMEWHERE,
        ),
        # 6. How many pills, what dose, so as not to wake or to end it: method-seeking.
        Rule(
            "fam_dose_to_not_wake",
            Kind.METHOD,
            high,
            _re(
                rf"(?:كم|قد ايش|قديش|ما هي|ما|شو|ايش|وش|ويش|اي|\bkam|\bkem|\bcm|\bgad eish|\bwesh|\bshu|\bhow (?:many|much)|\bwhat(?:'?s| is| are)?|\bwhich|\benough)\s"
                rf"(?:\w+\s){{0,4}}?(?:{DOSE})(?!\w).{{0,50}}?(?:{NOT_WAKE_OR_END})"
            ),
        ),
        # 7. Jumping from a height; "thinking of jumping" said on its own.
        Rule(
            "fam_jump",
            Kind.IDEATION,
            high,
            _re(
                rf"(?:(?:{DESIRE})\s+(?:\w+\s+)?|(?<!\w)ب|\b(?:i'?ll|i will|i'?m going to|i'?m gonna)\s)?(?:{JUMP})\s(?:(?:\w+\s)?(?:من|mn|min|men|off|from|out of|out|of)\s)?(?:{HEIGHT})(?!\w)|"
                r"\b(?:thinking|thought|think|considering|tempted|urge|want(?:ing)?|wanna|going|gonna|ready|planning)"
                r"(?: about| of| to)? (?:jump|jumping)(?=\s*$| off| again| tonight| now| in front)"
            ),
            unless=JUMP_FOR_FUN,
        ),
        # 8. A fatal accident or someone to take me.
        Rule(
            "fam_wish_fatal_accident",
            Kind.PASSIVE,
            medium,
            _re(
                rf"(?:{WISH})\s(?:\w+\s){{0,3}}?(?:{ACCIDENT})(?!\w)\s?(?:\w+\s){{0,2}}?(?:{TAKES_ME})(?!\w)|"
                # "أتمنى لو يصدمني قطار": the verb before the vehicle.
                rf"(?:{WISH})\s(?:(?:لو|ان|law|lo)\s)?(?:{TAKES_ME})\s(?:\w+\s)?(?:{ACCIDENT})(?!\w)|"
                r"\b(?:wish|hope|pray)\b.{0,20}?\bi (?:get|got|would get|could get) (?:hit|run over|killed)\b|"
                r"\b(?:wish|hope|pray)\b.{0,20}?\bi (?:die|died|would die) in (?:a|an) (?:accident|crash)\b"
            ),
        ),
        # 9. Disappearing for ever (not for a weekend: see TEMPORARY in the detector's context).
        Rule(
            "fam_disappear_forever",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:a5tifi|akhtifi|a5tefi|akhtefi|a5tfi|akhtafi|a5tafi|akhtefy|a5tify|akhtify|atlasha|ab3ad|aghib|a8eeb|agheeb)\b"
                r"(?: (?:\w+ ){0,2}(?:mn|min|men|3n|3an) (?:el|al|hal|il) ?(?:dinya|donya|dunya|3alam|wjood|nas))?"
                r" (?:lil ?abad|l ?abad|lel ?abad|forever|for good|للابد)\b|"
                rf"{_W}(?:ا|ب)?(?:ختفي|تلاشي|غيب)\w* (?:\w+ ){{0,3}}?(?:forever|for good|lil ?abad|للابد|الي الابد|عن الوجود|من الوجود)(?!\w)"
            ),
            unless=LEAVING_A_PLACE,
        ),
        # 10. Giving things away for when I am gone.
        Rule(
            "fam_give_away_after_gone",
            Kind.GOODBYE,
            high,
            _re(
                rf"(?:{WONT_NEED}).{{0,40}}?(?:{AFTER_GONE})|(?:{AFTER_GONE}).{{0,30}}?(?:{WONT_NEED})"
            ),
        ),
        # 11. No point in my life, nothing worth living for.
        Rule(
            "fam_no_point_in_my_life",
            Kind.PASSIVE,
            medium,
            _re(POINT_OF_MY_LIFE),
            self_negating=True,
        ),
        # 14. Wishing one had not woken up.
        Rule(
            "fam_wish_not_woken",
            Kind.PASSIVE,
            medium,
            _re(
                rf"(?:{WISH}|{_W}(?:ليتني|ياليتني|يا ليتني){_E})\s?(?:\w+\s)?(?:{_WOKE})|{_GOD_DONT_WAKE_ME}"
            ),
            self_negating=True,
            unless=WOKE_ON_TIME,
        ),
        # 15. Going to God, meeting one's Maker, wished for by oneself.
        Rule(
            "fam_go_to_god",
            Kind.IDEATION,
            high,
            _re(rf"(?:{DESIRE}).{{0,25}}?(?:{_TO_GOD})"),
            unless=WORSHIP,
        ),
        # 16. No point going on ("مافي point أكمل", "what's the point of continuing").
        Rule(
            "fam_no_point_going_on",
            Kind.PASSIVE,
            medium,
            _re(rf"(?:{_NO_POINT})(?:{GO_ON})(?:{_NO_POINT_END})"),
            self_negating=True,
        ),
        # 12. Goodbye letters or recordings made for loved ones ("سجلت رسالة وداع لبنتي",
        # "كتبت goodbye letters لأهلي"); a farewell for colleagues or a move abroad is not one.
        Rule(
            "fam_goodbye_letters",
            Kind.GOODBYE,
            high,
            _re(rf"(?:{_MADE}).{{0,30}}?(?:{_GOODBYE_NOTE})"),
            unless=ORDINARY_FAREWELL,
        ),
        # 13. Means bought or gathered and hidden ("شريت حبل وخبيته", "bought pills, hid them").
        Rule(
            "fam_means_hidden",
            Kind.METHOD,
            high,
            _re(rf"(?:{_GOT}).{{0,30}}?(?:{_MEANS}).{{0,40}}?(?:{_HIDDEN})"),
            unless=ORDINARY_MEANS,
        ),
        # 17. Treatment stopped on purpose to let oneself go.
        Rule(
            "fam_stopped_treatment",
            Kind.IDEATION,
            high,
            # The purpose may sit in the next clause ("وقفت دواي، خليت نفسي أروح").
            _re(rf"(?:{_STOPPED})\s(?:\w+\s){{0,2}}?(?:{_TREATMENT})"),
            needs=_re(_ON_PURPOSE),
        ),
        # 18. Burning oneself.
        Rule(
            "fam_burn_self",
            Kind.SELF_HARM,
            high,
            _re(rf"(?:{_BURN})\s(?:\w+\s){{0,2}}?(?:{_OWN_SKIN})"),
            unless=_BURN_ACCIDENT,
        ),
        # 19. Driving to crash.
        Rule(
            "fam_drive_to_crash",
            Kind.IDEATION,
            high,
            _re(rf"(?:{_DRIVE}).{{0,60}}?(?:{_CRASH_END})"),
        ),
        # 20. An attempt tried and stopped, or "next time I won't be scared".
        Rule(
            "fam_interrupted_attempt",
            Kind.ATTEMPT,
            high,
            _re(
                rf"(?:{_TRIED}).{{0,25}}?(?:{_HANGING})|"
                rf"(?:{_SCARED_OFF}).{{0,40}}?(?:{_NEXT_TIME}).{{0,20}}?(?:ما|لا|mb|ma|won'?t|will not|not)\s"
            ),
            unless=ORDINARY_MEANS,
        ),
        # 21. A date chosen, or a plan timed for when nobody is home.
        Rule(
            "fam_date_chosen",
            Kind.IDEATION,
            medium,
            # An appointment or a wedding named right after the date is excluded in the pattern;
            # "I've picked a date. after my sister's wedding" times something else.
            _re(rf"(?:{_CHOSE_DATE})|(?:{_WHEN_ALONE})"),
        ),
        # 22. Pills stored up "just in case", a rope "I know what for", a painless method asked.
        Rule(
            "fam_means_stored",
            Kind.METHOD,
            high,
            _re(rf"(?:{_STORE}).{{0,40}}?(?:{_PILLS})|(?:{_PILLS}).{{0,40}}?(?:{_STORE})"),
            needs=_re(_IN_CASE),
            unless=ORDINARY_STORE,
        ),
        Rule(
            "fam_means_know_what_for",
            Kind.METHOD,
            high,
            _re(rf"(?:{_GOT}).{{0,20}}?(?:{_MEANS})"),
            needs=_re(_KNOW_WHAT_FOR),
            unless=ORDINARY_MEANS,
        ),
        Rule(
            "fam_painless_method",
            Kind.METHOD,
            high,
            _re(_PAINLESS),
            needs=_re(_MEANS_NAMED),
            unless=_re(
                r"\b(?:dentist|tattoo|piercing|injection|vaccine|exam|test|birth|labou?r)\b|(?<!\w)(?:وشم|تطعيم|ابره|ولاده|الولاده|ضرس)(?!\w)"
            ),
        ),
        Rule(
            "fam_letter_if_something_happens",
            Kind.GOODBYE,
            high,
            _re(
                rf"(?:{_MADE}).{{0,30}}?(?:رساله|رسايل|ورقه|فيديو|تسجيل|فويس|letter|letters|note|video|voice note|recording|risala|rsala)"
            ),
            needs=_re(_IF_SOMETHING_HAPPENS),
            unless=ORDINARY_FAREWELL,
        ),
        Rule(
            "fam_roof_access",
            Kind.HEIGHTS,
            RiskLevel.LOW,
            _re(_ROOF_OPEN),
        ),
        Rule(
            "fam_concealed_as_accident",
            Kind.METHOD,
            high,
            _re(_CONCEALED),
            self_negating=True,  # "ما حد بيقول انتحر" carries its own negator
        ),
        Rule(
            "fam_gave_away_for_good",
            Kind.GOODBYE,
            high,
            _re(rf"(?:{_GAVE}).{{0,30}}?(?:{_PET_OR_THINGS})"),
            needs=_re(_KEEPS),
            unless=_re(
                r"\b(?:moving|relocat\w+|abroad|allergic|allergy|new baby|landlord|upgrade|charity|donat\w+|old|new one|a new)\b|"
                rf"{_WL}(?:حساسيه|انتقل|بنتقل|مسافر|بسافر|الصدقه|صدقه|تبرع|ولادتي|شقه جديده|القديم\w*|قديم\w*|جديد\w*|الغربه){_E}"
            ),
        ),
        Rule(
            "fam_not_survive",
            Kind.METHOD,
            high,
            _re(rf"(?:{_HOW_QUESTION}).{{0,80}}?(?:{_NOT_SURVIVE})"),
            self_negating=True,
            unless=_re(r"\b(?:film|movie|game|novel|story|plane crash|zombie)\b"),
        ),
        Rule(
            "fam_accounts_left",
            Kind.GOODBYE,
            medium,
            _re(
                rf"(?:{_LEFT_WORDS}).{{0,30}}?(?:{_ACCOUNTS})|(?:{_ACCOUNTS}).{{0,30}}?(?:{_LEFT_WORDS})"
            ),
            needs=_re(_FOR_AFTER),
            unless=_re(
                r"\b(?:travel\w*|trip|vacation|holiday|surgery|operation|hospital|colleague|coworker|assistant|work)\b|"
                rf"{_WL}(?:سفر|مسافر|بسافر|اجازه|العمليه|عمليه|المستشفي|الدوام|زميلي|زميلتي){_E}"
            ),
        ),
        Rule(
            "fam_pills_taken_survived",
            Kind.ATTEMPT,
            high,
            _re(rf"(?:{_TOOK}).{{0,30}}?(?:{_PILLS}|{DOSE})"),
            needs=_re(_SURVIVED),
            unless=_re(
                r"\b(?:headache|fever|cold|flu|prescribed|doctor said|as prescribed|vitamins?|antibiotics?)\b|"
                rf"{_WL}(?:صداع|حمي|حراره|زكام|برد|الدكتور|وصفه|فيتامين|مضاد){_E}"
            ),
        ),
        Rule(
            "fam_is_it_painful",
            Kind.METHOD,
            medium,
            _re(_IS_IT_PAINFUL),
            unless=_re(
                r"\b(?:fish|animals?|cats?|dogs?|birds?|insects?|lobsters?|documentary|film|movie|novel)\b|"
                rf"{_WL}(?:سمك|السمك|حيوان|الحيوانات|حيوانات|فيلم|وثايقي|روايه){_E}"
            ),
        ),
        # Round 8 (classes read from checks 16-18; tests in our own wording).
        # 30. Up a height and then jump, or stay and not come down.
        Rule(
            "fam_up_and_jump",
            Kind.METHOD,
            high,
            _re(rf"(?:{_GO_UP}).{{0,50}}?(?:{_HIGH_PLACE}).{{0,40}}?(?:{_JUMP_OR_STAY})"),
            unless=_NOT_A_FALL,
        ),
        Rule(
            "fam_somewhere_high",
            Kind.HEIGHTS,
            medium,
            _re(_SOMEWHERE_HIGH),
            unless=_re(
                r"\b(?:view|photo\w*|picture|signal|reception|wifi|telescope|stars|sunset|sunrise|camp\w*|picnic|hik\w*|drone|kite|flood)\b|"
                rf"{_WL}(?:المنظر|منظر|تصوير|اصور|شبكه|الشبكه|نجوم|النجوم|الغروب|كشته|الكشته|السيل|سيول|الدرون|طياره ورق){_E}"
            ),
        ),
        # 31. Hitting one's head until dizzy, to stop thinking.
        Rule(
            "fam_hit_self",
            Kind.SELF_HARM,
            high,
            _re(rf"(?:{_HIT_SELF}).{{0,60}}?(?:{_UNTIL_HURT})"),
        ),
        # 32. Better off with the insurance money than with me.
        Rule("fam_better_off_than_me", Kind.PASSIVE, medium, _re(_BETTER_THAN_ME)),
        # 33. Not seeing oneself here next month.
        Rule(
            "fam_not_here_by",
            Kind.IDEATION,
            medium,
            _re(_NOT_HERE_BY),
            unless=_SOMEWHERE_ELSE,
        ),
        # 34. A rope bought, nothing to tie.
        Rule(
            "fam_rope_bought",
            Kind.METHOD,
            medium,
            _re(rf"(?:{_GOT}).{{0,25}}?(?:{_ROPE})"),
            unless=_ROPE_USE,
            timed=False,
        ),
        # Round 9 (classes read from checks 21 and 22; tests in our own wording).
        # 35. Leaving this world.
        Rule("fam_leave_this_world", Kind.IDEATION, high, _re(_LEAVE_WORLD)),
        # 36. How long drowning takes; a way that does not hurt, searched for.
        Rule(
            "fam_how_long_method",
            Kind.METHOD,
            medium,
            _re(_HOW_LONG_METHOD),
            unless=_re(
                r"\b(?:fish|lifeguard|first aid|cpr|documentary|film|movie|novel|class|course|exam|lecture|plants?)\b|"
                rf"{_WL}(?:سمك|منقذ|اسعافات|الاسعافات|دوره|فيلم|وثايقي|روايه|محاضره|امتحان){_E}"
            ),
        ),
        Rule(
            "fam_search_painless_way",
            Kind.METHOD,
            medium,
            _re(rf"(?:{_SEARCH}).{{0,40}}?(?:{_NO_HURT_WAY})"),
            unless=_NOT_A_METHOD,
        ),
        # 37. Everything set for a night the house is empty.
        Rule(
            "fam_set_for_empty_house",
            Kind.IDEATION,
            medium,
            _re(_SET_EVERYTHING),
            needs=_re(_HOUSE_EMPTY),
            unless=_re(
                r"\b(?:trip|travel\w*|party|surprise|birthday|picnic|camping|holiday|vacation|wedding|dinner|movie)\b|"
                rf"{_WL}(?:رحله|سفر|السفر|حفله|مفاجاه|عيد ميلاد|كشته|الكشته|عرس|العرس|عزومه|عشا|العشا){_E}"
            ),
            timed=False,
        ),
        # 38. An attempt interrupted: found in time.
        Rule("fam_found_in_time", Kind.ATTEMPT, high, _re(_FOUND_IN_TIME)),
        # 39. "Decided... I'll do it", the thing not named (round 8).
        Rule(
            "fam_do_it_decided",
            Kind.IDEATION,
            medium,
            _re(_DO_IT),
            needs=_DECIDED,
            unless=_ORDINARY_TASK,
        ),
        # Round 10 (classes read from checks 24-26; tests in our own wording).
        # 40. Cutting as a daily routine, named as a noun.
        Rule(
            "fam_cutting_routine",
            Kind.SELF_HARM,
            high,
            _re(
                rf"(?:{_CUT_NOUN}).{{0,30}}?(?:{_ROUTINE})|(?:{_ROUTINE}).{{0,20}}?(?:{_CUT_NOUN})"
            ),
            unless=_CUT_ORDINARY,
        ),
        # 41. A rope that will hold a person's weight.
        Rule(
            "fam_rope_for_weight",
            Kind.METHOD,
            high,
            _re(rf"(?:{_ROPE}).{{0,30}}?(?:{_HOLDS_WEIGHT})"),
            unless=_ROPE_USE,
            timed=False,
        ),
        # 42. "I was about to do it when ... walked in": an unnamed act, interrupted.
        Rule(
            "fam_do_it_interrupted",
            Kind.ATTEMPT,
            medium,
            # The interruption is often a clause of its own ("..., بس أمي دخلت").
            _re(_ABOUT_TO_DO_IT),
            needs=_re(_SOMEONE_CAME),
            unless=_ORDINARY_TASK,
        ),
        # 43. Gas left on behind a shut door, then sleep.
        Rule(
            "fam_gas_and_sleep",
            Kind.METHOD,
            high,
            # The gas is often named a clause before ("أشم ريحة الغاز، بس أسكر الباب وأنام").
            _re(
                rf"(?:{_GAS_ON}).{{0,40}}?(?:{_GO_TO_SLEEP}|{_SHUT_IN})|(?:{_SHUT_IN}).{{0,30}}?(?:{_GO_TO_SLEEP})"
            ),
            needs=_re(_GAS),
            unless=_GAS_SAFE,
        ),
        # 44. Whether a household poison kills a person: risky only with distress around it.
        Rule(
            "fam_poison_question",
            Kind.HEIGHTS,
            RiskLevel.LOW,
            _re(
                rf"(?:{_LETHAL}).{{0,40}}?(?:{_HOUSEHOLD_POISON})|(?:{_HOUSEHOLD_POISON}).{{0,40}}?(?:{_LETHAL})"
            ),
            needs=_ASKED,
            unless=_NOT_MY_SAFETY,
        ),
        # 45. "How high is it?" of a bridge or building named earlier.
        Rule(
            "fam_how_high_is_it",
            Kind.HEIGHTS,
            RiskLevel.LOW,
            _re(_HOW_HIGH_IS_IT),
            needs=_NAMED_HEIGHT,
        ),
        # Round 11 (classes read from checks 27 and 28; tests in our own wording).
        # 47. Going alone to the sea or a cliff and not coming back.
        Rule(
            "fam_go_and_not_return",
            Kind.IDEATION,
            medium,
            _re(_GO_TO_EDGE),
            unless=_re(
                r"\b(?:job|work|travel\w*|trip|holiday|vacation|abroad|camping|fishing|lol|haha)\b|"
                rf"{_WL}(?:سفر|بسافر|مسافر|رحله|كشته|صيد|اصيد|شغل|دوام|اجازه){_E}"
            ),
        ),
        # 48. A place chosen, and it is a bridge or a roof.
        Rule(
            "fam_place_chosen",
            Kind.IDEATION,
            high,
            _re(_PLACE_CHOSEN),
            needs=_DEADLY_PLACE,
            unless=_PLACE_ORDINARY,
        ),
        # Round 12 (classes read from checks 29 and 30; tests in our own wording).
        # 49. Slitting one's own arm.
        Rule(
            "fam_slit_self",
            Kind.SELF_HARM,
            high,
            _re(_SLIT_SELF),
            unless=_SLIT_ORDINARY,
        ),
        # 50. A goodbye posted and deleted, but meant.
        Rule(
            "fam_goodbye_post_meant",
            Kind.GOODBYE,
            high,
            _re(_GOODBYE_POST),
            needs=_re(_MEANT_IT),
            unless=_re(
                r"\b(?:job|work|colleagues?|team|company|school|class|graduat\w*|moving|travel\w*|thanks?)\b|"
                rf"{_WL}(?:الشغل|شغل|الوظيفه|وظيفه|الزملا|زملا|الشركه|المدرسه|تخرج|التخرج|بنتقل|سفر|شكر){_E}"
            ),
        ),
        # 51. Not minding never waking; something to sleep and never wake.
        Rule(
            "fam_fine_not_woken",
            Kind.PASSIVE,
            medium,
            _re(_FINE_NOT_WOKEN),
            self_negating=True,
            unless=WOKE_ON_TIME,
        ),
        Rule(
            "fam_sleep_and_never_wake",
            Kind.METHOD,
            high,
            _re(_PUT_ME_TO_SLEEP),
            self_negating=True,
        ),
        # 46. Resting "for good".
        Rule(
            "fam_rest_for_good",
            Kind.PASSIVE,
            medium,
            _re(_REST),
            needs=_REST_FOR_GOOD,
        ),
        # Round 13.
        # 52. A way to go quietly, looked for.
        Rule("fam_way_to_go_quietly", Kind.METHOD, high, _re(_WAY_TO_GO_QUIETLY)),
        # 53. Going, to relieve the others.
        Rule("fam_go_to_relieve", Kind.PASSIVE, high, _re(_GO_TO_RELIEVE)),
        # 54. A rope, not for the tent.
        Rule(
            "fam_rope_not_for",
            Kind.METHOD,
            high,
            _re(rf"(?:{_GOT}).{{0,25}}?(?:{_ROPE})"),
            needs=_NOT_FOR_USE,
            timed=False,
        ),
        # 55. On the edge, brought back by someone.
        Rule(
            "fam_brought_back_from_edge",
            Kind.ATTEMPT,
            high,
            _re(_ON_THE_EDGE),
            needs=_BROUGHT_BACK,
        ),
    ]


RULES: tuple[Rule, ...] = tuple(_rules())

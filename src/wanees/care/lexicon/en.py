"""English rules: first-person constructions ("I want to die"); "he wants to die" is not one."""

# Long alternations of words read better unbroken, and word lists as one string:
# ruff: noqa: E501
from __future__ import annotations

from wanees.care.lexicon.ar import DOSE_AT_WORK_OR_STUDY, MOVING_HOUSE
from wanees.care.lexicon.shared import Kind, Rule
from wanees.care.lexicon.shared import rx as _re
from wanees.transport.protocol import RiskLevel

# ------------------------------------------------------------------------ English building blocks

EN_DESIRE = (
    # Not "going to"/"about to": "I feel like I'm going to die" is panic, not intent.
    r"want(?:ed|s|ing)?|wanna|wish(?:ed|ing)?(?: i could)?|need(?:ing)?|plan(?:ning)?|"
    r"intend(?:ing)?|decided|"
    r"ready|trying|try|tempted|longing|"
    r"(?:think|thinking|thought|considering|considered)(?: about| of)?(?: how)?"
)
EN_DISTRESS_CONTEXT = (
    r"\b(?:lost (?:my|our) (?:\w+ )?(?:job|wife|husband|mom|mum|mother|dad|father|son|daughter|"
    r"family|friend|home|house|everything|baby|partner|girlfriend|boyfriend)|got fired|"
    r"been fired|was fired|laid off|divorced?|broke up|dumped|passed away|died|funeral|hopeless|"
    r"worthless|depressed|devastated|alone|lonely|heartbroken|failed|bankrupt|in debt|"
    r"can'?t take it|nothing left|no way out|ruined)\b"
)


def _rules() -> list[Rule]:
    high, medium, imminent = RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.IMMINENT
    return [
        Rule(
            "en_want_to_die",
            Kind.IDEATION,
            high,
            _re(
                rf"\b(?:{EN_DESIRE})\s+(?:to\s+)?(?:(?:just|actually|really|fucking|literally|"
                r"honestly|simply|finally|seriously|go|peacefully|quietly)\s+){0,2}(?:die|be dead|not (?:be )?alive|"
                r"stop (?:existing|living)|not exist|cease to exist|unalive(?: my ?self| me)?|overdose|od|"
                r"overdosing)\b"
            ),
        ),
        Rule(
            "en_kill_myself",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:kill|killing|end|ending|off|offing|hang|hanging|shoot|shooting|drown|"
                r"drowning|poison|poisoning)\s+my ?self\b|\bunalive (?:my ?self|me)\b|"
                r"\b(?:end|ending)\s+(?:my (?:own )?life|it all|things|everything)\b(?! with\b| between\b)|"
                # Second-language English: "better I finish my life" (a domestic worker's words).
                r"\b(?:finish|finishing)\s+(?:my (?:own )?life|my ?self)\b(?!'s| story| work| the| a| this| that| off)|"
                r"\b(?:take|taking) my (?:own )?life\b|\bkms\b|\b(?:going to|gonna|want to|wanna|will|'ll|about to) "
                r"end it\b|"
                r"\b(?:i'?m|i am|i feel|feeling|i've been|i have been|been|i get|i was|i'?m getting)"
                r"\s+(?:(?!not\b|never\b|no\b)\w+\s+){0,2}suicidal\b|"
                r"\b(?:commit|committing|attempt|attempting|thinking about|thought about|"
                r"thinking of|think about|considering|contemplating|planning) (?:on )?suicide\b"
                r"(?=.*\b(?:i|i'?m|me|my)\b)|(?<=\bi )(?:\w+ )?(?:\w+ )?"
                r"(?:commit|attempt) suicide\b|"
                r"\b(?:i'?ll|i will|i'?m gonna|i'?m going to|gonna)\s+(?:\w+\s+)?"
                r"(?:jump off|jump in front|slit my|overdose|od\b)"
            ),
        ),
        Rule(
            "en_courage_to_die",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:courage|brave enough|guts|nerve|balls|strength|bravery) to (?:finally )?"
                r"(?:end it|kill myself|end my life|end it all|take my (?:own )?life)\b|"
                r"\b(?:almost|nearly|would have|would've|could have|could've|should have|"
                r"should've) killed myself\b"
            ),
            self_negating=True,
        ),
        Rule(
            "en_not_want_to_live",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:don'?t|do not|dont|no longer|never|not) (?:\w+ )?(?:want|wanna|wish|"
                r"feel like)\s+(?:to\s+)?(?:live|be alive|exist|"
                # "go on a trip" is travel.
                r"go on(?!\s+(?:a|an|the|this|that|my|with|stage|holiday|vacation|trips?|dates?|\w+ing)\b)|keep living|continue living|"
                r"be here anymore|be on this earth)\b|\bdon'?t want to be here anymore\b|"
                r"\b(?:don'?t think|not sure|unsure (?:if|whether)|not sure if|no longer sure) (?:if )?"
                r"(?:i )?(?:want|wanna) (?:to )?(?:live|be alive|be here|exist|go on|keep living)\b|"
                r"\b(?:won'?t|will not|(?:i'?m|i am) not (?:going to|gonna)) be (?:here|around|alive) "
                r"(?:much longer|tomorrow|anymore|"
                r"for long|by)\b"
            ),
            self_negating=True,
        ),
        Rule(
            "en_passive",
            Kind.PASSIVE,
            medium,
            _re(
                r"\bwish (?:i|i'?d) (?:wasn'?t|weren'?t) (?:alive|here|born|around)\b|"
                r"\bwish (?:i|i'?d) (?:had )?(?:never|not) (?:been born|existed|woken up|woke up)\b|"
                r"\b(?:can'?t|cannot) do (?:life|living|this life)\b|"
                r"\b(?:death|dying|being dead|not existing) (?:sounds|seems|feels|would be) (?:so )?(?:nice|"
                r"peaceful|good|great|better|like a relief|a relief|appealing|comforting|tempting|"
                r"like peace|easier)\b|"
                r"\b(?:picture|picturing|imagine|imagining|visuali[sz]e|visuali[sz]ing) my (?:own )?"
                r"(?:death|funeral|suicide)\b|"
                r"\bhope (?:my|the) (?:plane|car|bus) (?:crashes|crash)\b|"
                r"\bwish (?:i|i'?d) (?:was|were|had|could|would)\s+(?:just\s+)?(?:dead|die|"
                # "disappear for the weekend" is a rest.
                r"disappear(?! for (?:a|the|this|some|\w+ (?:days?|weeks?|hours?))\b| (?:on|to|from (?:work|class|the office))\b)|never been born|not been born|died|not wake up|never wake up)\b|"
                r"\b(?:better off dead|worth more dead|(?:i have|have had|my) (?:a )?death wish|rather not exist|"
                # "I'd rather die than eat broccoli" is taste; "than go on like this" is not.
                r"rather (?:be dead|die)(?! than (?!(?:go on|live|keep|continue|face|wake|be alive|"
                r"spend another|feel)))|"
                # "I hope I don't wake up late tomorrow" is about an alarm clock.
                r"hope i (?:don'?t|never) wake up(?! (?:late|early|until|till|before|on time|in time)\b)|"
                r"(?:don'?t|not) want to wake up(?! (?:until|till|before|late|"
                r"early|on time|for|at|in time|tomorrow morning)\b)|"
                r"no (?:reason|point) (?:(?:to|in|of) )?(?:live|living|go(?:ing)? on|be(?:ing)? alive|"
                r"keep going)|tired of (?:living|life|being alive|existing)|"
                r"sick of (?:living|life|being alive)|done with (?:life|living|everything)|"
                r"(?:i'?m|i am) done (?:living|being alive|existing)(?! (?:in|at|with|here|there|like|on|"
                r"under|near|by|alone|together))|"
                r"(?:don'?t|can'?t|do not|cannot) see myself (?:alive|here|around|living) (?:in|by|next|"
                r"a|much)|"
                r"can'?t go on|cannot go on|can'?t keep going|can'?t take (?:it|this|life) "
                r"anymore|(?:life|living) (?:isn'?t|is not|is no longer|ain'?t) (?:\w+ )?worth "
                r"(?:living|it)|can'?t live like this|nothing (?:left )?to live for|tired of it all|"
                r"want (?:it|this|everything) (?:all )?to (?:be over|end|stop)|"
                r"(?:disappear|vanish) forever|(?:want|wanna|need) (?:the pain|it|everything|this) to "
                r"(?:stop|end) (?:forever|for good|permanently)|"
                r"can'?t (?:keep )?liv(?:e|ing) (?:like this|anymore|any more)|"
                r"(?:want|wish) my life (?:to be over|to end|was over|would end)|"
                r"wish (?:i'?d|i would|i could) (?:just )?die|wish i (?:didn'?t|did not) exist|(?:tired|sick) of (?:fighting|trying|"
                r"struggling) to (?:stay alive|live|survive|keep going|keep living)|"
                r"(?:giv(?:e|ing)|gave) up on (?:\w+ ){0,2}(?:life|living)|(?:want|wanna|wish i could|need) (?:to )?(?:go to )?sleep forever|(?:don'?t|do not|can'?t|cannot) see (?:the |any )?"
                r"(?:point|reason) (?:in|of|to|for) (?:living|life|going on|being alive|live)|"
                r"(?:don'?t|can'?t|do not|cannot) see why i should (?:keep living|live|go on|stay "
                r"alive|be alive|keep going|be here)|"
                r"want out of (?:this|my) life|i'?m a waste of (?:life|space|oxygen)|"
                r"(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot )?"
                r"about (?:dying|death|being dead|not being alive|not existing)|"
                r"not worth living|why (?:should|do) i (?:even )?(?:live|keep living|bother living))\b"
            ),
            self_negating=True,
        ),
        Rule(
            "en_wish_to_die",
            Kind.IDEATION,
            high,
            _re(
                # "can i die already", "I hope I die", "I should die", "I deserve to die"; not a
                # health question ("can I die from ...").
                r"\bcan'?t wait to die\b|\bcan i (?:please )?die\b(?! (?:from|of|if|because|when|after|by|in|eating|with)\b)|"
                r"\bi (?:hope|pray) (?:that )?i (?:die|get killed|drop dead|don'?t wake up|never "
                r"wake up|get hit by)\b(?! (?:late|early|until|till|before|on time|in time)\b)|"
                r"\bi (?:should|deserve to|need to|ought to|might as well|may as well|better) "
                r"(?:go )?(?:die|be dead|kill myself|end it|end my life)\b|"
                r"\bi (?:feel like|felt like) (?:dying|killing myself|ending it)\b|"
                r"\bi'?m ending it(?: all)?\b(?! with\b)|\bi know (?:exactly )?how i'?d do it\b|"
                r"\b(?:so |really |very )?close to (?:ending it|ending my life|killing myself|"
                r"taking my (?:own )?life|doing it)\b|"
                r"\b(?:research|researching|researched|looked up|looking up|googled|googling|searching|"
                r"searched) (?:\w+ )?(?:ways|how|methods) to (?:die|kill myself|end (?:it|my life)|"
                r"commit suicide|overdose)\b|"
                r"\b(?:only|best|easiest) (?:way out|answer|option|solution|escape) (?:is|would be) "
                r"(?:death|dying|suicide|to die|killing myself|to end it)\b|"
                r"\b(?:death|suicide|dying|killing myself) (?:is|seems like|feels like) (?:the )?"
                r"(?:only |best )?(?:answer|solution|way out|option)\b|"
                r"\b(?:going to|gonna|might|will|i'?ll|about to|scared i'?ll|afraid i'?ll|want to) "
                r"do something (?:\w+ )?to myself\b|"
                # Means named in the wish: a jump, a train, a crash, a gun turned on oneself.
                rf"\b(?:{EN_DESIRE}|going to|gonna|about to|i'?ll|i will) (?:to )?(?:jump(?:ing)?|"
                r"throw(?:ing)? myself|step(?:ping)?) (?:off|from|in front of|under|out of) (?:a |the |my )?(?:\w+ )?(?:bridge|"
                r"building|roof|rooftop|cliff|balcony|train|bus|car|truck|window|tower|ledge)\b|"
                rf"\b(?:{EN_DESIRE}|going to|gonna) (?:to )?(?:drive|crash) (?:my car |the car )?"
                r"(?:off a cliff|into (?:a|the) (?:wall|tree|river|sea|truck|ocean))\b|"
                r"\b(?:use|using) (?:it|the gun|a gun|my gun) on myself\b|"
                rf"\b(?:{EN_DESIRE}|going to|gonna|about to|i'?ll|i will) (?:to )?(?:take|swallow|down) "
                r"(?:all|every one of|the whole bottle of|a bottle of|a handful of|the rest of) "
                r"(?:of )?(?:my |the |her |his )?(?:pills|meds|tablets|sleeping pills|painkillers)\b"
                # "take all my pills with food / on time": a routine.
                r"(?! (?:with|on time|at|before|after|in the|every|daily|each|as|for|today as))|"
                # "I have some pills and I'm thinking of taking them all".
                rf"\b(?:pills|meds|tablets|painkillers)\b.{{0,40}}\b(?:{EN_DESIRE}|going to|gonna|about to)"
                r" (?:to )?(?:take|taking|swallow|swallowing|down|downing) (?:them|it) all\b"
                r"(?! (?:with|on time|at|before|after|in the|every|daily|each|as|for))|"
                r"\b(?:got|have|i'?ve got) (?:the|my|all the|all my) (?:pills|rope|gun|noose|blade|"
                r"razor) (?:ready|prepared|lined up|set out|with me)\b|"
                r"\bturn (?:the|a|my) gun on myself\b|"
                r"\b(?:want|wanna|wish|plan|planning|planned|decided|thinking|thought|have a plan|"
                r"made a plan|got a plan|ready) (?:about |of |to )?(?:end|ending) "
                r"(?:it|it all|everything|things)\b(?! with\b| between\b)"
            ),
        ),
        Rule(
            "en_better_dead",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:would|will|'d|it'?s|is|be|it'?d) (?:be )?(?:so )?(?:much |a lot )?"
                r"(?:easier|better|simpler|best) (?:for everyone )?(?:to be dead|to die|to just die|"
                r"if i (?:was|were) dead|if i died|if i (?:wasn'?t|weren'?t) (?:here|alive|around)|"
                r"if i didn'?t exist|to not exist|not to exist|to not be here|if i (?:was|were) gone)\b|"
                r"\b(?:someone|somebody|anyone|god|lord)(?: please)? (?:end|kill|take) me\b|"
                r"\bplease (?:end|kill|take) me\b|\b(?:god|lord|please),? (?:please )?let me die\b|"
                r"\b(?:on|at) the edge of (?:a|the) (?:bridge|roof|rooftop|cliff|building)\b|"
                # Reunion with God or the dead: "I want to be with my dad in heaven".
                r"\b(?:want|wanna|wish i could|ready|need) to (?:go (?:home )?to|be with|meet|see|join) "
                r"(?:god|jesus|allah|the lord|(?:my )?\w+ in heaven)\b|"
                # "I might do something stupid": unnamed harm, asked about rather than assumed.
                r"\b(?:going to|gonna|might|about to|scared i'?ll|afraid i'?ll|i'?ll) do something "
                r"(?:stupid|drastic|dangerous|i can'?t take back)\b(?! (?:at|in|with|like|on) )|"
                r"\b(?:write|writing|wrote|written|plan|planning|planned|picked|picking|choose|"
                r"choosing)\b.{0,20}?\bmy (?:own )?(?:funeral|eulogy|obituary|epitaph)\b"
            ),
        ),
        Rule(
            "en_no_point_living",
            Kind.PASSIVE,
            medium,
            _re(
                r"\bwhat(?:'?s| is) (?:the )?(?:point|use|purpose|reason) (?:of|in|for) (?:living|life|"
                r"being alive|going on|existing|my life|anything|it all|carrying on|staying alive|"
                r"me)\b|\bwhat(?:'?s| is) the point (?:anymore|any more)\b|"
                r"\b(?:life|living|my life|existence|everything) (?:is|feels|seems) (?:so )?"
                r"(?:pointless|meaningless|not worth it)\b|"
                r"\bthere'?s no point (?:anymore|any more|in anything|to anything|in going on)\b|"
                r"\b(?:shouldn'?t|should not|don'?t deserve to|do not deserve to|didn'?t deserve to) "
                r"(?:be )?(?:alive|live|exist|be here|be born)\b|"
                r"\bwhy (?:am i|am i even|should i|do i) (?:still )?(?:alive|here|exist|be alive|stay "
                r"alive)\b(?=\s*$)"
            ),
        ),
        Rule(
            "en_never_wake",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:want|wanna|wish|hope|pray|would like|rather)\b.{0,30}?\b(?:and )?(?:never|not|"
                r"don'?t) wake (?:up|up again)\b(?! (?:until|till|before|late|early|on time|for|at|in "
                r"time|tomorrow morning)\b)|"
                r"\b(?:sleep|go to sleep|fall asleep|close my eyes) and (?:never|not) (?:wake|open)\b"
                r"(?!(?: up)? (?:until|till|before|late|early|on time|for|at|in time)\b)|"
                r"\b(?:want|wanna|wish i could|need) to (?:\w+ ){1,4}and die\b|"
                r"\b(?:want|wanna|need|wish i could|wish to) (?:to )?(?:disappear|vanish)"
                r"(?=\s*$| forever| from (?:this world|the world|earth|existence|everyone|everything))"
            ),
        ),
        Rule(
            "en_preparation",
            Kind.GOODBYE,
            high,
            _re(
                # Putting affairs in order and means made ready, said plainly in few words.
                r"\b(?:pills|meds|tablets|medication|sleeping pills|painkillers)\s+(?:\w+\s+)?"
                r"(?:saved|stashed|stockpiled|hidden|hoarded|put aside|set aside|collected)"
                r"(?: up| away)?\b|"
                r"\b(?:bought|got|have|ordered|found|got myself|i'?ve got) (?:a|the|my|some) "
                r"(?:rope|noose)(?=\s*$| (?:ready|for myself|for me|to hang|to end|to die|already|today|"
                r"tonight|yesterday|now|in my room|and))|"
                r"\b(?:tied|made|tying|making|have|got) (?:a|the|my) noose\b|"
                r"\b(?:bought|got|have|got myself) (?:a|the) gun(?=\s*$| (?:for myself|to end|to "
                r"die|ready))|"
                r"\b(?:said|saying|say) (?:all )?(?:my )?goodbyes(?=\s*$| already| to everyone| to "
                r"(?:my )?family| to the world)|"
                r"\bsaid goodbye to (?:everyone|everybody|you all|all of you|the world|life)\b|"
                r"\b(?:gave|give|given|giving) away (?:all )?(?:of )?my (?:stuff|things|belongings|"
                r"possessions)\b|"
                r"\b(?:wrote|written|writing|left|leaving|finished) (?:a|my|the) note(?=\s*$)|"
                r"\b(?:wrote|written|writing|left|leaving|finished) (?:a|my|the) (?:last |final )"
                r"(?:note|letter|letters|notes|message)\b|"
                r"\b(?:wrote|written|writing|left|leaving) (?:a |my )?(?:note|letter|letters|notes) "
                r"(?:for|to) (?:everyone|everybody|all of you|the people i love|my whole family)\b"
            ),
            unless=MOVING_HOUSE,
        ),
        Rule(
            "en_at_height",
            Kind.IDEATION,
            high,
            _re(
                r"\b(?:i'?m|i am)\s+(?:\w+\s+)?(?:standing|sitting|up)?\s?(?:on|at|on top of|at the "
                r"edge of) (?:a|the) (?:bridge|roof|rooftop|ledge|cliff|edge|top floor|balcony "
                r"railing)\b(?=.*\b(?:now|jump|end|die|goodbye|can'?t)\b)"
            ),
        ),
        Rule(
            "en_burden",
            Kind.PASSIVE,
            medium,
            _re(
                r"\b(?:i'?m|i am|i feel like|feel like)\s+(?:\w+\s+)?(?:a burden|a waste of space|"
                r"a waste of oxygen)\b|\b(?:everyone|everybody|they|my family|people|the world)"
                r"(?: would| will|'?d)? be (?:\w+ )?(?:better|happier) (?:off )?without me\b|"
                r"\b(?:would|will|'d) be (?:\w+ )?(?:happier|better|fine|relieved) (?:off )?(?:if i "
                r"(?:was|were|'m|am|died|disappeared|killed myself|ended it) ?(?:gone|dead|not here|"
                r"not around)?|when i'?m gone)|"
                r"\b(?:nobody|no one|noone) (?:would|will) (?:even )?(?:miss|care|notice)"
                r"(?: me| if i)?\b"
            ),
        ),
        Rule(
            "en_self_harm",
            Kind.SELF_HARM,
            high,
            _re(
                r"\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harming|harmed|injure|"
                r"injuring|injured|punish|punishing|punished|starve|starving|starved|scratch|"
                r"scratching|scratched)\s+my ?self\b"
                # "I hurt myself playing football", "cut myself shaving": an accident.
                r"(?! (?:playing|at (?:the )?(?:gym|work|game|match)|while|shaving|cooking|in the "
                r"kitchen|by accident|accidentally|on (?:a|the) (?:stove|oven|knife|glass|iron)|"
                r"with (?:a|the) (?:knife|stove|iron|paper|oven)|falling|when i fell|lifting|running|"
                r"skiing|working out|exercising|training|doing|at practice|in (?:the|a) (?:game|match|"
                r"accident|fall)))|"
                r"\bself[- ]?harm(?:ing|ed)?\b|\bself[- ]?injur\w*|"
                r"\b(?:cut|cutting|slit|slitting|slash|slashing)\s+(?:my|a)\s+(?:wrists?|arms?|legs?|"
                r"thighs?|skin|veins)\b|\brelaps\w* (?:on|into|with) (?:self[- ]?harm|cutting)\b|"
                r"\bi (?:\w+ )?(?:cut|relapsed) again\b|\b(?:been )?cutting again\b|"
                r"\brelapsed (?:and|on|with|into) (?:cut|cutting|self[- ]?harm|hurting myself)\b|"
                r"\b(?:knife|blade|razor|glass) (?:into|in|through|across) my\b|"
                r"\b(?:saving|stockpiling|hoarding|collecting|saved up|stockpiled|hoarded|stocked up on|"
                r"stocking up on|gathered|gathering) "
                r"(?:up )?(?:my |some |all my )?(?:pills|meds|medication|tablets|sleeping pills)\b"
            ),
        ),
        Rule(
            "en_attempt",
            Kind.ATTEMPT,
            high,
            _re(
                r"\b(?:i|i'?ve|ive|i have|i had|i once)\s+(?:\w+\s+)?(?:tried|attempted)\s+"
                r"(?:to\s+)?(?:kill myself|suicide|end my life|overdose|die|hang myself|"
                r"end it)\b|\bsurvived (?:a|my|an) (?:suicide )?attempt\b|"
                r"\bi(?:'?ve| have)? attempted (?:before|once|twice|\w+ times|last \w+)\b|"
                r"\bmy (?:\w+ )?(?:suicide )?attempts?\b(?=.*\b(?:suicide|kill|die|overdose)\b)|"
                r"\b(?:i|i'?ve) (?:\w+ )?overdosed\b"
            ),
        ),
        Rule(
            "en_ingested",
            Kind.ATTEMPT,
            imminent,
            _re(
                r"\b(?:i|i'?ve|i have|just)\s+(?:\w+\s+)?(?:took|taken|swallowed|downed) too many "
                r"(?:pills|tablets|meds|sleeping pills|painkillers|panadol|tylenol)\b|"
                r"\b(?:i|i'?ve|i have|just)\s+(?:\w+\s+)?(?:took|taken|swallowed|downed|ate)\b"
                r".{0,40}?\b(?:all|whole|bottle|bunch|handful|\d{2,}|twenty|thirty|forty|fifty|"
                r"entire|pack|box|lots of|a lot of)\b.{0,20}?\b(?:pills?|tablets?|meds|"
                r"medications?|paracetamol|tylenol|panadol|advil|ibuprofen|aspirin|"
                r"sleeping pills|xanax)\b|\bi (?:just |have just )?(?:drank|swallowed|took) "
                r"(?:\w+ )?(?:bleach|poison|antifreeze|rat poison)\b"
            ),
        ),
        Rule(
            "en_goodbye",
            Kind.GOODBYE,
            high,
            _re(
                r"\bthis is (?:my )?goodbye(?=\s*$| forever| for good| everyone| to everyone)|"
                r"\b(?:this is|it'?s|these are) my (?:last|final) (?:message|post|goodbye|words|"
                # "my last day at the company" is a job ending.
                r"night|day|letter)\b(?! (?:at|in|of|on|with|as|before|for)\b)|\bgoodbye (?:forever|everyone|world|cruel world)\b|"
                r"\b(?:my|a|wrote a|writing a|writing my) suicide note\b|"
                r"\bby the time you (?:read|see) this\b|\bsaying goodbye to (?:everyone|you all|"
                # Goodbye letters written: families.fam_goodbye_letters (not for colleagues).
                r"the world|all of you)\b|\bgiving away (?:all )?my (?:stuff|things|"
                r"belongings)\b"
            ),
            unless=MOVING_HOUSE,
        ),
        Rule(
            "en_method_dose",
            Kind.METHOD,
            high,
            _re(
                r"\bhow (?:many|much)\b.{0,40}?\b(?:pills?|tablets?|paracetamol|tylenol|panadol|"
                r"acetaminophen|ibuprofen|advil|aspirin|insulin|sleeping pills|mg|milligrams?|"
                r"xanax|benadryl|bleach|alcohol|meds)\b.{0,40}?\b(?:kill|die|lethal|fatal|overdose|"
                r"od|deadly|dead|death)\b|\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|"
                r"quantity)\b|"
                # Round 13: "what's the most insulin someone could inject before it's fatal?"
                r"\b(?:what'?s|what is|whats) the (?:most|max|maximum)\b.{0,40}?\b(?:pills?|tablets?|"
                r"paracetamol|tylenol|panadol|insulin|sleeping pills|xanax|meds)\b.{0,50}?\bbefore "
                r"(?:it'?s |it is |it gets |you'?re )?(?:fatal|lethal|deadly|dead|it kills)\b"
            ),
            unless=DOSE_AT_WORK_OR_STUDY,
        ),
        Rule(
            "en_method_how",
            Kind.METHOD,
            high,
            _re(
                r"\bhow (?:to|do i|can i|would i|do you|does one|do people|could i|should i)\s+"
                r"(?:\w+\s+)?(?:kill (?:my|your|one)self|commit suicide|die painlessly|die quickly|"
                r"hang (?:my|your|one)self|overdose|slit (?:my|your) wrists|end (?:my|your|one'?s) "
                r"life|tie a noose)\b|\b(?:painless|quick|quickest|easiest|fastest|best|surest|"
                r"easy|peaceful|effective)\s+(?:way|ways|method|methods) (?:to|of) (?:die|dying|"
                r"kill (?:my|your|one)self|suicide|commit suicide|end (?:it|my life))\b|"
                r"\bpainless (?:death|suicide)\b|\bwhere (?:can|do|could|should) i (?:buy|get|find) "
                r"(?:a |some )?(?:gun|rope|noose|poison|firearm|cyanide|barbiturates)\b|"
                r"\b(?:jump|fall|falling|jumping)\b.{0,30}?\b(?:to die|fatal|kill you|kill me|"
                r"lethal|guaranteed death|survive)\b"
            ),
        ),
        Rule(
            "en_heights",
            Kind.HEIGHTS,
            RiskLevel.LOW,
            _re(
                r"\b(?:bridges?|buildings?|towers?|cliffs?)\b[^.?]{0,30}\b(?:tallest|highest)\b|"
                r"\b(?:tallest|highest|high)\s+(?:\w+\s+)?(?:bridges?|buildings?|towers?|cliffs?|"
                r"rooftops?|roofs?|floors?|parking (?:garages?|structures?)|places? to jump)\b|"
                # Round 9: "how tall the bridge on the highway is".
                r"\bhow (?:tall|high) (?:the |that |this )?(?:bridge|building|tower|cliff|car park)\b"
            ),
        ),
    ]


RULES: tuple[Rule, ...] = tuple(_rules())

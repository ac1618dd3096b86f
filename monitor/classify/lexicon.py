"""The privacy-practice lexicon: concepts per category, modality/negation/limiter words, boilerplate patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.classify import vocabulary

#: polarity of a concept: more of it in a practice statement REDUCES privacy (+1) or IMPROVES it (-1).
MORE_DATA = 1
PROTECTS = -1


@dataclass(frozen=True)
class Concept:
    name: str  # what the reason calls it
    category: str
    polarity: int
    critical: bool
    pattern: re.Pattern[str]
    specific: bool = True  # False: generic words ("personal data") that alone do not state a practice
    anchors: tuple[str, ...] | None = None  # literal prefixes one of which every match contains (None: unknown)
    #: words the sentence must also have for a mention to state this practice (a country in an address is no
    #: transfer; a regulator named as the lead authority is no right to complain)
    needs: re.Pattern[str] | None = None


def _anchors(alternatives: list[str]) -> tuple[str, ...] | None:
    """Literals one of which every match contains (a prefix of each top-level alternative, looking past optional
    and zero-width groups and into required groups), or None when some alternative has none."""
    out: list[str] = []
    for alt in alternatives:
        found = _alt_anchors(alt)
        if found is None:
            return None
        out.extend(found)
    return tuple(dict.fromkeys(out))


def _alt_anchors(alt: str) -> list[str] | None:
    if alt.startswith("(?"):
        end = _group_end(alt)
        if end < 0:
            return None
        rest = alt[end + 1 :]
        if alt.startswith(("(?<!", "(?<=", "(?!", "(?=")):
            return _alt_anchors(rest)  # zero-width: says nothing about the text matched
        if rest[:1] in ("?", "*") or rest.startswith("{0"):
            return _alt_anchors(rest[1:] if rest[:1] in ("?", "*") else rest[rest.index("}") + 1 :])
        if not alt.startswith("(?:"):
            return None
        inner = _anchors(_split_top(alt[3:end]))
        return None if inner is None else list(inner)
    prefix = ""
    for ch in alt:
        if ch.isalnum() or ch in " '-":
            prefix += ch
            continue
        if ch in "?*{" and prefix:
            prefix = prefix[:-1]  # the character before an optional quantifier is not required
        break
    return [prefix] if len(prefix.strip()) >= 2 else None


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group that opens at 0, or -1."""
    depth, escaped, in_class = 0, False, False
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _split_top(pattern: str) -> list[str]:
    parts, depth, start, escaped = [], 0, 0, False
    for k, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:k])
            start = k + 1
    parts.append(pattern[start:])
    return parts


def _c(
    name: str,
    category: str,
    words: str,
    polarity: int = MORE_DATA,
    critical: bool = False,
    specific: bool = True,
    needs: str | None = None,
) -> Concept:
    pattern = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
    anchors = _anchors(_split_top(words))
    context = re.compile(rf"(?<![\w-])(?:{needs})") if needs else None
    return Concept(name, category, polarity, critical, pattern, specific, anchors, context)


_S = r"s?"  # optional plural
DC, DU, TP, DR, DS = "data_collection", "data_use", "third_party_sharing", "data_retention", "data_security"
UR, UC, TR, CH, IT = "user_rights", "user_choice", "tracking", "children", "international_transfer"
PC, CO, OT = "policy_change", "contact", "other"

CONCEPTS: tuple[Concept, ...] = (
    # ---- data types (data_collection); sensitive ones are critical
    _c(
        "personal data",
        DC,
        r"personal (?:data|information)|personally identifiable information|pii|your (?:data|information)"
        r"|information about you|data about you",
        specific=False,
    ),
    _c("name", DC, r"(?:full |first |last |user ?)?names?|surnames?"),
    _c("email address", DC, r"e-?mail(?: address(?:es)?| ids?)?"),
    _c(
        "phone number",
        DC,
        r"(?:tele)?phone numbers?|mobile numbers?|(?<!computer or )(?<!computer or a )(?<!tablet or )(?<!laptop or )"
        r"(?<!your )(?<!mobile )(?<!smart)(?:tele)?phone(?!'s| or (?:an? )?(?:computer|tablet|laptop))",
    ),
    _c("postal address", DC, r"(?:postal|physical|home|mailing|billing|shipping) address(?:es)?"),
    _c(
        "date of birth",
        DC,
        r"dates? of birth|birth ?dates?|birthdays?|dob|(?<!minimum )(?<!legal )(?<!the )(?<!an )"
        r"age(?! (?:of|bands?|ranges?|groups?|thresholds?|limits?|requirements?|verification)(?![\w-]))(?!\s*\d)",
    ),
    _c("gender", DC, r"gender|sex"),
    _c("demographic data", DC, r"demographics?(?: information| data)?"),
    _c(
        "device identifiers",
        DC,
        r"ip address(?:es)?|device (?:ids?|identifiers?|identification|information|data)|mac address(?:es)?"
        r"|advertising ids?|idfa|imei|unique identifiers?|browser type|operating system|user agent"
        r"|(?:apps|applications) installed|installed (?:apps|applications)|(?:other )?apps on your (?:device|phone)",
    ),
    _c(
        "usage data",
        DC,
        r"usage (?:data|information)|log (?:data|files?)|logs|browsing (?:history|activity)"
        r"|search (?:history|queries)|clicks|pages? visited|telemetry|interaction data|activity data",
    ),
    _c(
        "approximate location",
        DC,
        r"(?:approximate |general |coarse )?(?<!precise )(?<!exact )(?<!real-time )(?<!gps )"
        r"(?<!precise geographic )(?<!precise geographical )(?:geographic(?:al)? )?locations?(?: data| information)?",
    ),
    _c(
        "precise location",
        DC,
        r"precise (?:geo|geographic(?:al)? )?locations?|gps|geolocation|real-time location|exact location",
        critical=True,
    ),
    _c(
        "payment data",
        DC,
        r"payment (?:details|information|data|card)|credit cards?(?: details| numbers?)?"
        r"|debit cards?|card numbers?|billing (?:details|information)",
        critical=True,
    ),
    _c(
        "financial account data",
        DC,
        r"bank(?:ing)? (?:account|details)(?: numbers?)?|financial (?:account|information|data)"
        r"|income|credit (?:history|score|report)s?|salary",
        critical=True,
    ),
    _c(
        "government ID",
        DC,
        r"passports?|social security(?: numbers?)?|ssns?|national (?:id|identity|insurance)(?: numbers?)?"
        r"|driver'?s licen[cs]es?|government[- ]issued (?:id|identification)s?|tax (?:id"
        r"|identification)(?: numbers?)?"
        r"|identity documents?|id cards?",
        critical=True,
    ),
    _c(
        "health data",
        DC,
        r"health(?: data| information| records| conditions?)?|medical(?: data| information| records"
        r"| history)?|diagnos[ie]s|prescriptions?|symptoms|fitness data|heart rate|mental health"
        r"|disabilit(?:y|ies)"
        r"|pregnan(?:cy|t)|menstrua\w*",
        critical=True,
    ),
    _c(
        "biometric data",
        DC,
        r"biometrics?(?: data| information| identifiers?)?|fingerprints?|face ?prints?|facial"
        r"(?: recognition| geometry| scans?| images?)?|voice ?prints?|iris scans?|retina\w*",
        critical=True,
    ),
    _c("genetic data", DC, r"genetic(?: data| information| tests?)?|dna", critical=True),
    _c(
        "special category data",
        DC,
        r"racial|ethnic(?:ity| origin)?|religio(?:n|us)(?: beliefs)?|sexual orientation"
        r"|sex life|political (?:opinions?|views|affiliations?)|trade union(?: membership)?"
        r"|criminal (?:records?|history"
        r"|convictions?)|philosophical beliefs|sensitive (?:personal )?(?:data|information)"
        r"|special categor(?:y|ies)",
        critical=True,
    ),
    _c(
        "photos and recordings",
        DC,
        r"photo(?:graph)?s?|images?|videos?|voice recordings?|audio(?: recordings?)?"
        r"|recordings?|camera|microphone|screen recordings?|keystrokes?"
        r"|voice (?:input|requests?|commands?|searches|data|messages?)",
    ),
    _c(
        "contacts and messages",
        DC,
        r"contacts? lists?|address books?|messages?|chats?|communications content"
        r"|content of (?:your )?(?:messages|communications)|emails? you send|calendar",
    ),
    _c(
        "account credentials", DC, r"passwords?|credentials|usernames?|login (?:details|information)|security questions"
    ),
    _c(
        "employment and education data",
        DC,
        r"job titles?|employer|employment (?:history|information)|education"
        r"|professional information",
    ),
    _c(
        "inferences and profiles",
        DC,
        r"inferences?|interests|preferences|behavio(?:u)?ral (?:data|patterns|information)"
        r"|purchase history|transaction (?:history|data|details)|order history",
    ),
    _c(
        "data from other sources",
        DC,
        r"third[- ]party sources|other sources|publicly available (?:sources|information)"
        r"|data brokers?|social (?:media|network)(?: platforms?| profiles?)?|public profiles?",
    ),
    # ---- purposes (data_use)
    _c(
        "advertising",
        DU,
        r"(?:targeted |personali[sz]ed |interest[- ]based |behavio(?:u)?ral |cross[- ]context "
        r"behavio(?:u)?ral )?advertis(?:ing|ements?)|ads?|ad (?:targeting|networks?)|retargeting"
        r"|remarketing",
    ),
    _c(
        "marketing",
        DU,
        r"(?:direct |promotional )?marketing|promotional (?:emails?|messages|communications)|newsletters?"
        r"|(?:personali[sz]ed|tailored|targeted|special|relevant) (?:offers|deals|promotions)",
    ),
    _c(
        "profiling",
        DU,
        r"profil(?:ing|es?)|automated decision[- ]making|scoring|risk assessments?|segmentation"
        r"|(?:interest|audience|advertising|behavio(?:u)?ral|lookalike) segments?|segments? (?:based on|from)"
        r"|automated (?:tools|systems|means|processing|scanning|review)",
    ),
    _c(
        "AI model training",
        DU,
        r"(?:train(?:ing)?|improv(?:e|ing)|develop(?:ing)?) (?:our |the |its |their )?(?:ai|artificial "
        r"intelligence|machine[- ]learning|ml|language|generative|foundation)?(?: ai)? ?models?"
        r"|train(?:s|ed|ing)?(?: and (?:improve|develop|refine|test))? (?:our |the |its |their )?(?:[\w-]+ ){0,3}"
        r"(?:models?|algorithms?|neural networks?)"
        r"|artificial intelligence|"
        r"machine[- ]learning|large language models?|llms?|generative ai|ai (?:models?|systems?"
        r"|features?|training)"
        r"|training data|train(?:ing)? (?:our |the )?(?:algorithms?|ai)",
        critical=True,
    ),
    _c(
        "service purposes",
        DU,
        r"(?:provid|operat|improv|develop|maintain|deliver)(?:e|es|ing) (?:and \w+ )?(?:our |the |new |its )?"
        r"(?:\w+ )?(?:services?|products?|features?|platform|app|site)"
        r"|develop(?:ing)? new (?:products|services|features)",
        specific=False,
    ),
    _c(
        "legal basis",
        DU,
        r"legitimate interests?|legal bas(?:is|es)|lawful bas(?:is|es)|performance of (?:a|the|our) contract"
        r"|necessary (?:to|for) (?:perform|the performance of) (?:a|the|our) contract|legal obligations?",
    ),
    _c("analytics", DU, r"analytics|statistical analysis|research|measure(?:ment)?|audience insights"),
    _c(
        "personalisation",
        DU,
        r"personali[sz](?:e|ation|ed) (?:your )?(?:experience|content|recommendations)|recommendations",
    ),
    _c(
        "fraud prevention",
        DU,
        r"fraud(?:[- ](?:prevention|detection|scoring))?|anti-money laundering|scams?|spam|abuse detection",
    ),
    _c(
        "unrestricted purposes",
        DU,
        r"(?:their|its) own purposes|any (?:other )?purposes?|commercial purposes"
        r"|(?:any|all) (?:lawful )?(?:business )?purposes?",
        critical=True,
    ),
    # ---- recipients and disclosure (third_party_sharing)
    _c(
        "sale of data",
        TP,
        r"sell(?:s|ing)?|sold|sales?|rent(?:s|ing|ed)?|monetis\w+|monetiz\w+|trade (?:your )?(?:data|"
        r"information)|in exchange for (?:money|payment|monetary)",
        critical=True,
    ),
    _c(
        "disclosure",
        TP,
        r"shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing|ure)|provid(?:e|es|ed) (?:it |them )?to|make available"
        r"|transmit\w*|pass(?:es|ed)? (?:it |them )?on|give access",
    ),
    _c(
        "third parties",
        TP,
        r"third[- ]part(?:y|ies)(?: companies| providers| vendors| partners)?|other companies"
        r"|outside (?:companies|parties|organi[sz]ations)|external (?:parties|companies|organi[sz]ations)",
    ),
    _c(
        "partners",
        TP,
        r"(?:business |marketing |advertising |trusted |commercial |scoring |data |analytics )?partners?|sponsors?",
    ),
    _c("affiliates", TP, r"affiliat(?:es?|ed companies)|subsidiar(?:y|ies)|group companies|corporate family"),
    _c(
        "service providers",
        TP,
        r"service providers?|processors?|sub-?processors?|vendors?|suppliers?|contractors?"
        r"|payment processors?|hosting providers?",
    ),
    _c(
        "advertisers",
        TP,
        r"advertisers?|advertising (?:companies|networks?|partners)|ad (?:companies|networks?|partners)",
    ),
    _c(
        "contractual limits",
        TP,
        r"under (?:written )?contracts?|contractually (?:bound|required|obligated|prohibited|restricted|limited)"
        r"|contracts? (?:with us )?(?:that |which )?(?:limit|restrict|prohibit|require|bind|obligate)s?"
        r"|bound by (?:confidentiality|contract)"
        r"|(?:data processing|data protection|confidentiality) agreements?",
        polarity=PROTECTS,
    ),
    _c("data brokers", TP, r"data brokers?|list brokers?|resellers?", critical=True),
    _c(
        "insurers and employers",
        TP,
        r"insurers?|insurance (?:compan(?:y|ies)|providers?|carriers?)|employers?|lenders?|credit (?:bureaus?|agencies)"
        r"|banks?",
        critical=True,
    ),
    _c(
        "public authorities",
        TP,
        r"law enforcement|government(?:al)? (?:agencies|authorities|bodies)|public authorities"
        r"|regulators?|courts?|police|tax authorities",
    ),
    _c(
        "buyers in a merger",
        TP,
        r"merger|acquisition|acquirer|successor|sale of (?:all or )?(?:a portion of )?(?:our )?"
        r"(?:business|assets|company)",
    ),
    _c(
        "named recipients",
        TP,
        r"google|meta|facebook|instagram|whatsapp|tiktok|bytedance|amazon|aws|microsoft|azure|apple"
        r"|linkedin|twitter|x corp|salesforce|hubspot|intercom|zendesk|stripe|paypal|segment|mixpanel"
        r"|amplitude|hotjar"
        r"|openai|anthropic|oracle|experian|equifax|transunion|criteo|taboola|outbrain|snap|pinterest"
        r"|mailchimp"
        r"|sendgrid|twilio|cloudflare|braze|adobe|yahoo|baidu|tencent|alibaba|yandex|palantir|clearview",
    ),
    # ---- retention
    _c(
        "retention",
        DR,
        r"retain(?:s|ed|ing)?|retention|keep(?:s|ing)?(?! (?:you|them|us|our (?:service|site|platform)s?)\b"
        r"| (?:your|an|the|their) accounts? (?:open|active)\b"
        r"| in mind\b| (?:it|this|things|them) (?:readable|short|simple|clear|brief|concise|plain|easy)\b"
        r"| (?:it |them |(?:your|the|this|that|such) (?:[\w-]+ )?)?(?:safe|secure|confidential|private|accurate"
        r"|up to date|informed|updated)\b)"
        r"|kept(?! (?:safe|secure|confidential|private|accurate|up to date|informed|updated)\b)"
        r"|stor(?:e|es|ed|ing|age)|archiv\w+"
        r"|as long as (?:is )?(?:necessary|needed|required)|no longer (?:than|needed|necessary|required)"
        r"|indefinitely|permanently|until (?:you|your account)",
    ),
    _c(
        "deletion",
        DR,
        r"delet(?:e|es|ed|ing|ion)|eras(?:e|es|ed|ing|ure)|destroy(?:s|ed)?|destruction|purg\w+|overwrit\w+"
        r"|anonymi[sz]e after",
        polarity=PROTECTS,
    ),
    # ---- security
    _c(
        "security measures",
        DS,
        r"encrypt\w*|encryption|tls|ssl|https|firewalls?|access controls?|security measures"
        r"|two-factor|2fa|multi-factor|mfa|penetration test\w*|security audits?|iso(?:/iec)? ?27001|soc ?2"
        r"|vulnerabilit(?:y|ies)(?: scans?| scanning| testing| assessments?)?|intrusion (?:detection|prevention)"
        r"|monitor(?:s|ing)? (?:our |its |their )?(?:systems|networks|infrastructure)"
        r"|security (?:testing|reviews?|assessments?|monitoring|training|certifications?)|bug bounty"
        r"|anti-?virus|anti-?malware"
        r"|(?:independently |externally )?audited|independent (?:audits?|auditors?|auditing firm|assessments?)"
        r"|confidentiality (?:agreements|obligations)|hash(?:ed|ing)|pseudonymi[sz]\w+|need[- ]to[- ]know"
        r"|(?:authori[sz]ed )?(?:staff|employees|personnel)(?= (?:can|may|will|who|with|only|are|have)(?![\w-]))",
        polarity=PROTECTS,
    ),
    _c("security", DS, r"secur(?:e|ely|ity)|protect(?:s|ed|ion)?|safeguards?", polarity=PROTECTS, specific=False),
    _c(
        "breach notification",
        DS,
        r"(?:data |security )?breach(?:es)?|security incidents?|unauthori[sz]ed access",
        polarity=PROTECTS,
    ),
    # ---- rights
    _c(
        "right of access",
        UR,
        r"(?:right (?:of|to) |request(?:s|ing)? (?:for )?|(?:you|users?|individuals) (?:can|may|could) (?:also )?"
        r"|ask (?:for|to) |obtain )access(?:ing)? (?:to )?(?:your|the) (?:personal )?(?:data|information)"
        r"|right (?:of|to) access|entitled to access|right to know|copy of your (?:personal )?(?:data|information)"
        r"|subject access",
        polarity=PROTECTS,
    ),
    _c(
        "right to rectification",
        UR,
        r"rectif\w+|correct(?:ion)? (?:of )?(?:your|inaccurate)|update (?:your|inaccurate)",
        polarity=PROTECTS,
    ),
    _c(
        "right to erasure",
        UR,
        r"right to (?:erasure|deletion|delete|be forgotten)|request (?:the |its |their |your (?:data's )?)?deletion"
        r"|ask us to delete|request that we delete",
        polarity=PROTECTS,
    ),
    _c(
        "right to portability",
        UR,
        r"portab\w+|(?:machine-readable|structured) format|(?:request|ask for) the transfer of your"
        r"|port (?:your|their|the) (?:personal )?(?:data|information)"
        r"|transfer (?:of )?(?:a copy of )?your (?:personal )?(?:data|information) to (?:another|a third) (?:party"
        r"|organi[sz]ation|controller|company|provider|service)",
        polarity=PROTECTS,
    ),
    _c(
        "refusal of requests",
        UR,
        r"refus(?:e|es|ed|al|ing) to (?:comply|act|respond|honou?r)|(?:deny|decline|reject|refuse)(?:s|d|ed|ing)?"
        r" (?:your|the|a|such|any|these) requests?",
    ),
    _c(
        "right to object or restrict",
        UR,
        r"right to (?:object|restrict\w*)|restrict(?:ion of)? (?:the )?processing"
        r"|object to (?:the |our |this |such |its )?(?:processing|use)|object to (?:it|this|that)(?![\w-])",
        polarity=PROTECTS,
    ),
    _c(
        "right to appeal",
        UR,
        r"right to appeal|appeal(?:s|ed|ing)? (?:our|the|this|that|a|any) (?:decision|denial|refusal|outcome)"
        r"|appeals? (?:process|procedure)|(?:request|ask) (?:for )?(?:a |an )?(?:review|reconsideration) of (?:our|the)"
        r" decision",
        polarity=PROTECTS,
    ),
    _c(
        "right to complain",
        UR,
        r"complain\w*|supervisory authority|data protection authority|ico|ombudsman",
        polarity=PROTECTS,
        needs=r"complain|lodge|right|contact|report|escalat|file|appeal|raise|concern|dispute",
    ),
    _c(
        "rights",
        UR,
        r"rights?|entitled|(?:your|a|the|such|verified|deletion|access) requests?"
        r"|request (?:to|that|access|deletion|a copy)|(?:privacy|data|subject|consumer|rights) requests?"
        r"|non-discrimination|discriminat\w*|appeal",
        polarity=PROTECTS,
        specific=False,
    ),
    # the right not to be treated worse for exercising one's rights (CCPA): a promise of its own
    _c(
        "non-discrimination",
        UR,
        r"non-?discrimination|discriminat\w* against (?:you|consumers|users|anyone)",
        polarity=PROTECTS,
    ),
    _c(
        "request handling",
        UR,
        r"respond(?:s|ing)?|reply|replies|answer(?:s|ing)?|(?:process|handle|fulfil+|complete) (?:your|the|a|such)"
        r" requests?",
        polarity=PROTECTS,
        specific=False,
    ),
    _c("fee", UR, r"fees?|charges?|free of charge|at no cost|without charge|reasonable fee"),
    _c("identity verification", UR, r"verify your identity|proof of identity|identity verification"),
    # ---- choices
    _c(
        "opt-out",
        UC,
        r"opt(?:ing)?[- ]?outs?|unsubscrib\w+|object|withdraw(?:al)?|do not track"
        r"|global privacy control|gpc|turn off|disable",
        polarity=PROTECTS,
    ),
    _c(
        "consent",
        UC,
        r"consent(?:s|ed)?|opt(?:ing)?[- ]?in|permission|authori[sz]ation|agree(?:s|d)?|(?<=your )agreement",
        polarity=PROTECTS,
    ),
    _c(
        "settings and controls",
        UC,
        r"settings|preferences? (?:centre|center)|privacy (?:controls|dashboard|settings)"
        r"|(?<!informed )choices",  # "so that you can make informed choices" offers no control
        polarity=PROTECTS,
    ),
    _c(
        "public visibility",
        TP,
        r"public(?:ly)?(?: visible| available)?|visible to (?:everyone|anyone|others|other users|the public)"
        r"|searchable|indexed by search engines",
    ),
    _c(
        "privacy by default",
        UC,
        r"private(?: by default)?|by default|default settings?|only you can see",
        polarity=PROTECTS,
    ),
    # ---- tracking
    _c(
        "cookies and trackers",
        TR,
        r"cookies?|web beacons?|pixels?(?: tags?)?|tracking (?:technolog(?:y|ies)|pixels?)"
        r"|trackers?|sdks?|local storage|fingerprinting|device fingerprints?|session replay|tags?"
        r"|track(?:s|ed|ing)?"
        r"|cross[- ](?:device|site|context)",
    ),
    _c(
        "analytics tools",
        TR,
        r"google analytics|analytics (?:tools?|providers?|services?|cookies)|hotjar|matomo"
        r"|mixpanel|amplitude|heatmaps?",
    ),
    # ---- children
    _c(
        "children",
        CH,
        r"child(?:ren|ren's)?|kids?|minors?|teens?|teenagers?|under the age|under \d+|years of age"
        r"|years old|age of|parental|parents?|guardians?|coppa|students?|pupils?",
    ),
    # ---- international transfers
    _c(
        "international transfer",
        IT,
        r"transfer(?:s|red|ring)? (?:\w+ ){0,4}(?:outside|abroad|to (?:other|another|any|foreign) (?:countr"
        r"(?:y|ies)|jurisdictions?)"
        r"|internationally|across borders)|cross-border|international (?:data )?transfers?"
        r"|standard contractual clauses"
        r"|sccs?|adequacy decisions?|binding corporate rules|privacy shield|data privacy framework|dpf"
        r"|servers? (?:located|based)"
        r"|countries|overseas|abroad|outside (?:the )?(?:eea|eu|european|uk|united kingdom|country)",
    ),
    _c(
        "named countries",
        IT,
        r"united states|usa|u\.s\.a?|china|india|russia|canada|australia|brazil|japan|singapore"
        r"|israel|switzerland|united kingdom|uk|european union|eu|eea|european economic area|philippines"
        r"|vietnam"
        r"|ireland|germany|france|netherlands|belgium|mexico|south africa|south korea|hong kong|taiwan"
        r"|ukraine"
        r"|third countr(?:y|ies)",
        needs=r"transfer|stor(?:e|ed|age|ing)|host|process|servers?|data cent|collect|shar|disclos|sen[dt]|transmit"
        r"|access|mov(?:e|ed|ing)|outside|abroad|cross-border|receiv|recipient|adequa|countr",
    ),
    # ---- policy changes
    _c(
        "change notice",
        PC,
        r"notify you|(?<!privacy )(?<!cookie )notice|notif(?:y|ication)|prior (?:notice|consent)"
        r"|in advance|days before"
        r"|advance notice|by e-?mail|post(?:ing)? (?:the )?(?:updated|revised|new) (?:policy|version"
        r"|privacy)"
        r"|continued use(?= (?:of (?:the |our |this )?[\w ]{1,40}? )?(?:after|following|constitutes"
        r"|will constitute|means|signifies))|material changes?|new versions?"
        r"|when there (?:has|have) been (?:a )?changes?"
        r"|changes? to (?:this|our) (?:privacy )?(?:policy|notice)",
        polarity=PROTECTS,
    ),
    # ---- controller identity
    _c(
        "controller",
        OT,
        r"data controllers?|controllers?|responsible for (?:the processing|your (?:personal )?(?:data|information))"
        r"|operated by(?! (?:third parties|others|other companies|third-party))|joint controllers?"
        r"|operates (?:the |this |our )?\s*[\w.-]*\s*(?:website|service|app|platform|site)"
        r"|company (?:registration|number)|registered (?:office|company|under number)",
    ),
)

CONCEPTS_BY_NAME = {c.name: c for c in CONCEPTS}


def _trie(words: list[str]) -> str:
    """A regex matching the longest of `words` that starts at a position (shared prefixes factored out, so that the
    regex engine tries a handful of branches per position instead of every word)."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _anchor_index() -> tuple[frozenset[int], re.Pattern[str], dict[str, frozenset[int]]]:
    always = frozenset(k for k, c in enumerate(CONCEPTS) if c.anchors is None)
    owners: dict[str, set[int]] = {}
    for k, concept in enumerate(CONCEPTS):
        for anchor in concept.anchors or ():
            owners.setdefault(anchor, set()).add(k)
    # the trie reports the longest anchor at each position; the shorter ones there are its prefixes
    implied = {a: frozenset().union(*(ks for b, ks in owners.items() if a.startswith(b))) for a in owners}
    return always, re.compile(f"(?=({_trie(sorted(owners))}))"), implied


_ALWAYS, _ANCHORS_AT, _IMPLIED = _anchor_index()


def mentioned_concepts(text: str) -> list[Concept]:
    """The concepts whose pattern may match `text`, in CONCEPTS order (each left out has none of its anchors in the
    text): one scan for every anchor at once."""
    ks = set(_ALWAYS)
    for anchor in set(_ANCHORS_AT.findall(text)):
        if anchor:
            ks |= _IMPLIED[anchor]
    return [CONCEPTS[k] for k in sorted(ks)]


#: concepts whose terms are phrasings of one promise ("under contracts that limit" = "their contracts require"):
#: a different term is no different fact
PHRASINGS_ONLY = frozenset({"contractual limits", "retention"})  # "retain" = "keep"; periods are limits and numbers

#: Categories in the order a reader cares about them (used to rank a change's categories).
PRIORITY: tuple[str, ...] = (
    CH,
    TP,
    DU,
    DC,
    DR,
    UR,
    UC,
    IT,
    TR,
    DS,
    PC,
    OT,
    CO,
)

# ---------------------------------------------------------------------------------------- modifiers

_NEG = vocabulary.load("negation")
#: a word or phrase that denies what follows ("we do not", "never", "under no circumstances", "prohibited")
NEGATION = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        [re.escape(w) for w in _NEG["denials"]["words"] + _NEG["denials"]["phrases"]]
        + [re.escape(w) + r"\w*" for w in _NEG["denials"]["stems"]]
    )
    + r")(?![\w-])"
)
#: "no more than", "not exceeding": a negation that bounds a number
BOUND_NEGATION = re.compile("|".join(_NEG["bound"]["patterns"]))
#: "not ... any": the words before an "any" that a negation governs
NEGATED_ANY = re.compile(
    r"(\b(?:" + "|".join(re.escape(w) for w in _NEG["denials"]["scope_words"]) + r")\b[^,.;:]*?)\bany\b"
)
#: names of signals and links that contain a "not" ("Do Not Track"), and a "no" that counts ("with no activity")
NAMED_NOT = re.compile("|".join(_NEG["not_negating"]["named"]))
NOT_NEGATING = re.compile(
    "|".join(_NEG["not_negating"]["named"] + _NEG["not_negating"]["counting"] + _NEG["bound"]["patterns"])
)
#: denials and permissions of every language the vocabulary lists, as plain words (an edit touching one is no typo)
DENIAL_WORDS = frozenset(
    _NEG["denials"]["words"] + _NEG["other_languages"]["denials"] + _NEG["other_languages"]["permissions"]
)
PERMISSIVE = re.compile(
    r"(?<![\w-])(?:may|might|can|could|reserve the right|at our (?:sole )?discretion|from time to time"
    r"|permit\w*(?! you\b)"  # "allows you to" is what the user can do, not a permission the company keeps
    r"|allow\w*(?! you\b)|lets?(?! (?:you|us know|me know)\b)|free to|as we see fit)(?![\w-])"
)
COMMITMENT = re.compile(
    r"(?<![\w-])(?:will|shall|must|always|commit(?:s|ted)? to|undertake|guarantee\w*|promise\w*"
    r"|ensure\w*|required to"
    r"|obliged to)(?![\w-])"
)
LIMITERS = re.compile(
    r"(?<![\w-])(?:only exception|exceptions?|only|solely|exclusively|strictly (?:necessary|limited)"
    r"|minimum (?:necessary|required"
    r"|amount)"
    r"|necessary|limited|as long as|no longer than|with your (?:explicit |express |prior "
    r"|opt-in )?(?:consent|permission"
    r"|authori[sz]ation)|unless|except|anonymi[sz]\w+|aggregat\w+|de-?identif\w+|pseudonymi[sz]\w+"
    r"|at most|up to|no more than|(?:a )?maximum (?:of|period of)|not (?:exceeding|longer than)|for the duration of"
    r"|(?:(?<=as )|(?<=if )|(?<=is )|(?<=are )|(?<=extent )|(?<=where ))needed"
    r"|within(?= (?:\d|an? |one |two |three |four |five |six |seven |ten |thirty |sixty |ninety "
    r"|\w+ (?:business )?(?:days?|weeks?|months?|years?|hours?)\b))|restricted|to the extent"
    r"|at your (?:request|direction|instruction)"
    r"|while(?= (?:your|the|an?|you) (?:\w+ )?(?:account|contract|subscription|membership|relationship|employment"
    r"|are a (?:customer|member|user))s?\b))(?![\w-])"
)
#: Hedges that turn a promise into a tendency ("you will not have to pay" -> "you will usually not have to pay").
HEDGES = re.compile(
    r"(?<![\w-])(?:usually|generally|typically|normally|ordinarily|in (?:most|many|some|certain) cases|sometimes"
    r"|occasionally|at times|where possible"
    r"|where practicable|when possible|if possible|as far as possible|to the extent (?:possible|practicable|feasible)"
    r"|in principle|for the most part|commercially reasonable|reasonable efforts|strive|endeavou?r|aim to"
    r"|try to)(?![\w-])"
)
BROADENERS = re.compile(
    r"(?<![\w-])(?:any|all|every|including but not limited to|without limitation|among other things"
    r"|and others"
    r"|whatever|anyone)(?![\w-])"
)

# ---------------------------------------------------------------------------------------- numbers

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "single": 1,
}
_NUM = r"\d+(?:[.,]\d+)?|" + "|".join(sorted((k for k in NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True))
QUANTITY = re.compile(
    rf"(?<![\w.])(?P<age3>{_NUM})\s+years?(?:\s+of\s+age|\s+old)(?!\w)"
    rf"|(?:age[sd]?|aged|between the ages of)\s+(?P<agelo>\d+)\s*(?:to|-|and|through)\s*(?P<agehi>\d+)(?!\s*(?:%|days"
    r"|months|hours|weeks))(?!\w)"
    rf"|(?<![\w.])(?P<num>{_NUM})(?:\s*\((?:\d+)\))?[\s-]*(?:(?:business|calendar|working|full)\s+)?"
    r"(?P<unit>hours?|days?|weeks?|months?|years?|yrs?|decades?|%|percent|gb|mb)(?![\w])"
    rf"|(?P<cur>[$€£])\s?(?P<amount>\d+(?:[.,]\d+)?)|(?P<amount2>\d+(?:[.,]\d+)?)\s?(?P<cur2>usd|eur|gbp"
    r"|dollars|euros"
    r"|pounds)(?!\w)"
    rf"|(?:age[sd]?|aged|under|over|below|above|younger than"
    rf"|older than)\s+(?:of\s+)?(?P<age>{_NUM})(?!\s*(?:%|days|"
    r"months|hours|weeks))(?!\w)"
    rf"|(?P<age2>{_NUM})\+?\s+(?:or|and)\s+(?:older|over|above|up)(?!\w)"
)
DATE_LINE = re.compile(
    r"^\W*(?:(?:this )?(?:privacy )?(?:policy|notice|statement)? ?(?:was "
    r"|has been )?(?:last )?(?:updated|revised|modified"
    r"|amended|reviewed|changed)(?: on| as of)?|effective(?: date| as of| from| on)?"
    r"|date of (?:last )?(?:update|revision)"
    r"|version(?: date)?|published|as of|valid from)\b",
    re.IGNORECASE,
)
MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?"
)
DATE = re.compile(
    # a relative time stamp ("3 days ago", "an hour ago") dates a comment or post shown beside the policy
    rf"(?<!\w)(?:(?:\d+|an?|one|a few)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\.?\s+(?:\d{{1,2}}(?:st|nd|rd"
    rf"|th)?,?\s+)?\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|(?:19|20)\d{{2}})(?!\w)",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------- chrome and boilerplate

BANNER = re.compile(
    r"(?:we(?:'re| are| have|'ve)? (?:updat|revis|chang|amend)\w* (?:our|this|the)\b.*(?:policy|notice"
    r"|terms|statement)"
    r"|(?:an? |the )?(?:new|updated|revised) version\b.*(?:take|takes|will take|comes?|go(?:es)?) (?:effect|into effect"
    r"|live)"
    r"|(?:take|takes|will take|come|comes|will come) into effect on|(?:policy|notice) (?:was|has been"
    r"|is being)"
    r" (?:updated|revised|changed)|(?:see|read|review|view|preview|compare) (?:the |our |a )?(?:what'?s changed|changes"
    r"|previous version|(?:new|updated|revised|upcoming|current|latest) (?:version|policy|notice|statement)"
    r"|updated (?:policy|notice))|print (?:this )?(?:page|policy)|download (?:as )?pdf"
    r"|^\W*(?:this|our) (?:web)?site uses cookies\b|^\W*we use cookies to (?:give|ensure|improve|offer) you"
    r"|by (?:continuing to )?(?:use|using|brows\w+) (?:this|our) (?:web)?site,? you (?:agree|consent|accept)"
    r"|by (?:clicking|selecting|pressing|tapping|choosing) [\"']?(?:accept|agree|allow|ok|got it|i agree|continue)"
    r"|^\W*(?:accept|reject|allow|deny) (?:all|cookies|necessary)\b)",
    re.IGNORECASE,
)
CHROME = re.compile(
    r"^\W*(?:skip to (?:main )?(?:content|navigation)|back to top|related (?:articles|posts|topics|links)"
    r"|was this (?:article|page|answer|information) (?:helpful|useful)|(?:yes|no)\W*(?:yes|no)?\W*$"
    r"|need (?:more )?help"
    r"|(?:still )?have (?:more )?questions\?|chat with us|contact support|sign (?:in|up)|log ?in"
    r"|my account|menu"
    r"|search(?: the)?(?: help)?(?: center| centre)?|table of contents|contents|on this page"
    r"|in this (?:article|section)"
    r"|share (?:this|on)|follow us|subscribe to our newsletter|cookie settings|manage cookies"
    r"|accept(?: all)?(?: cookies)?|(?:manage|customi[sz]e|save|update) (?:preferences|cookies|settings|consent"
    r"|choices)|(?:allow|deny|decline|refuse) all|(?:strictly )?necessary only|(?:got it|dismiss|i agree|ok|here)\W*$"
    r"|(?:learn|read|see|find out|view) more|more (?:info|information|details)|click here"
    r"|reject all|home|products?|pricing|about us|careers|blog|help center|help centre|support|legal"
    r"|terms of (?:use|service)"
    r"|privacy (?:policy|notice|statement)|cookie (?:policy|notice)|copyright|\u00a9|all rights reserved"
    r"|logo"
    r"|print|english|language|select language|loading|close|open|read more|learn more|click here"
    r"|previous|next"
    r"|breadcrumb|you are here|articles? in this section|(?:\d+ )?(?:people|users) found this helpful)\b",
    re.IGNORECASE,
)
#: a promotional call to action the page shows around the policy ("Get our newsletter", "Download the app")
PROMO = re.compile(
    r"^\W*(?:(?:get|sign up for|subscribe to|join|try|download|install|shop|discover|explore|follow) (?:the |our |a )?"
    r"|(?:new|introducing|now available|coming soon|just launched)\W*[:!\u2013\u2014-]"  # "New: 2026 report out"
    r"|(?:chat|talk) (?:with|to) (?:us|our|an?) )"  # a support widget: "Chat with our team, we usually reply ..."
)
#: words that make a short imperative a statement about data after all ("download a copy of your data")
DATA_WORDS = re.compile(r"\b(?:personal|data|information|privacy|cookies?|consent|opt|delete|account)\b")
META = re.compile(
    r"^\W*(?:this|our|the|the following|these) (?:privacy )?(?:policy|notice|statement|page|document|section"
    r"|paragraph|part|chapter|table|sections)\b.{0,40}\b(?:describes"
    r"|explains"
    r"|sets out|tells|informs|outlines|applies|is intended|is designed|contains|covers|is part of)\b"
    # another notice the page points to: "The Privacy Notice for X accounts on Y describes our practices when ..."
    r"|^\W*(?:the|our|a|its|each|separate|additional)\b[^.;:]{0,100}?\b(?:privacy )?(?:notices?|polic(?:y|ies)"
    r"|statements?|disclosures?)\b(?:(?!\b(?:we|you|collect\w*|shar\w+|use[sd]?)\b)[^.;:]){0,100}?\b(?:describes?"
    r"|explains?|sets out|covers?|governs?|outlines?)\b",
    re.IGNORECASE,
)
#: A banner announcing that the policy will change or is being revised, without saying what changes
#: ("Revisions to the privacy policy are under discussion", "We are updating our privacy notice").
ANNOUNCEMENT = re.compile(
    r"(?<![\w-])(?:revisions?|changes?|updates?|amendments?|modifications?|a new version|an updated version)"
    r" (?:to|of) (?:this|our|the) (?:privacy )?(?:policy|notice|statement)"
    r"|(?<![\w-])(?:we are|we're|we will be|we'll be) (?:updating|revising|changing|amending) (?:this|our|the)"
    r" (?:privacy )?(?:policy|notice|statement)"
)
#: Words that make a sentence about policy changes a promise about how they are announced.
ANNOUNCES_HOW = re.compile(
    r"(?<![\w-])(?:notify|notified|notification|inform|email|e-mail|post(?:ing|ed)?|days?|advance|prior|consent"
    r"|continued use|continue to use|material|will|shall|must|may|review|check)(?![\w-])"
)
DEFINITION = re.compile(
    r"^\W*[\w\s\"'()-]{1,50}?\b(?:means|refers to|is defined as|shall mean|are small (?:text )?files"
    r"|is a small)\b",
    re.IGNORECASE,
)
CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[\s*email\s+protected\s*\]"
    # a street named in the languages of European addresses ("Dircksenstraße 47", "12 rue de la Paix")
    r"|[\w-]{3,}(?:straße|strasse|gasse|platz|straat|gatan|vej)(?!\w)"
    r"|(?<!\w)(?:rue|calle|avenida|piazza)\s+(?:de\s+|du\s+|des\s+|del\s+|della\s+)?\w"
    r"|\+?\d[\d ()./-]{6,}\d|(?<!\w)(?:contact us|contact (?:our|the) (?:dpo"
    r"|data protection"
    r" officer|privacy team)|data protection officer|dpo|write to (?:us|our (?:privacy |legal )?(?:team|office))"
    r"|email us|call us|reach us|by (?:post|postal mail|physical mail)"
    r"|mailing address"
    r"|postal address|our address|registered office|attn|attention|suite|street|st\.|avenue|road"
    r"|p\.?o\.? box"
    r"|floor)(?!\w)",
    re.IGNORECASE,
)
#: Headings of page furniture: everything under them until the next heading is navigation, not policy.
FURNITURE_HEADING = re.compile(
    r"^\W*(?:related (?:help |support )?(?:articles|posts|topics|links|pages|questions)|see also"
    r"|popular (?:help )?(?:articles|topics)"
    r"|more (?:help|resources|articles)|helpful (?:links|resources)|quick links|further reading|in this (?:article"
    r"|section)|on this page|(?:table of )?contents|you (?:may|might) also (?:like|be interested)|recently viewed"
    r"|top articles|explore more|people also ask|suggested (?:articles|questions))\W*$",
    re.IGNORECASE,
)
#: A link whose text says nothing ("Learn more", "click here") in raw Markdown.
GENERIC_LINK = re.compile(
    r"\s*\[\s*(?:(?:learn|read|see|find out|view|show|get) more[^\]]{0,20}|click here|here|more (?:info|information"
    r"|details)|details|this (?:page|link|article)|link)\s*\]\((?:[^()\s]|\([^)]*\))*\)",
    re.IGNORECASE,
)
#: An error, block or redirect page captured instead of the policy.
STUB = re.compile(
    r"\b(?:access denied|forbidden|not found|page not found|404|403|500|502|503|error \d{3}|redirect(?:ing|ed)?"
    r"|moved permanently|you are being redirected|just a moment|checking (?:your|if the site connection) browser"
    r"|enable javascript|javascript is (?:disabled|required)|captcha|are you a (?:robot|human)|service unavailable"
    r"|temporarily unavailable|under maintenance|something went wrong|an error occurred|request blocked"
    r"|you don't have permission|session (?:has )?expired|sign in to continue|log in to continue)\b",
    re.IGNORECASE,
)
#: Words that only say how to reach someone (with e-mail addresses, phones and URLs removed first).
CONTACT_CHANNEL = frozenset(
    re.findall(
        r"\S+",
        "by at or and through via our the a an us to you can also in on of your this for with from please email e-mail"
        " mail e mail post postal letter writing written phone telephone call calling number form forms online web"
        " webform website site page portal chat live support team privacy department office officer dpo contact"
        " contacting reach using use account settings dashboard app center centre help submit submitting"
        " text sms message messages push notification notifications in-app"
        " send sending message address addresses following below above here link us. questions",
    )
)
#: A channel a message travels by ("by email or text message", "via push notification").
CHANNEL_PHRASE = re.compile(
    r"(?<![\w-])(?:by|via|through|using|or|and) (?:an? )?(?:e-?mail|text(?: messages?)?|sms|phone|telephone|post"
    r"|(?:postal )?mail|letter|push notifications?|in-app (?:messages?|notifications?)|notifications?)(?![\w-])"
)
#: Words about changes to the policy itself.
CHANGE_WORDS = re.compile(
    r"(?<![\w-])(?:chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|revis(?:e|es|ed|ing|ion)|amend\w*) (?:to )?(?:this|our"
    r"|the) (?:privacy )?(?:policy|notice|statement)|(?:policy|notice|statement) (?:changes|updates)"
)
URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|\b[\w-]+(?:\.[\w-]+)+/[^\s<>\"')\]]*"
    r"|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|gov|info|eu|co\.uk|org\.uk|gov\.uk|de|fr|nl|ca)(?![\w.-])",
    re.IGNORECASE,
)
#: an e-mail address, or the placeholder an anti-spam script shows instead of one ("[email protected]")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[\s*email(?:&#160;|\s)*protected\s*\]", re.IGNORECASE)
PHONE = re.compile(r"(?<!\w)\+?\(?\d[\d ()./-]{6,}\d(?!\w)")

PRACTICE_VERB = re.compile(
    r"(?<![\w-])(?:collect\w*|gather\w*|obtain\w*|receiv\w*|record\w*|captur\w*|process\w*|use|uses|used"
    r"|using"
    r"|shar\w+|disclos\w+|sell\w*|sold|rent\w*|transfer\w*|transmit\w*|provid\w+|retain\w*|keep\w*|kept"
    r"|stor\w+"
    r"|delet\w*|eras\w+|track\w*|monitor\w*|analy[sz]\w*|profil\w*|combin\w*|infer\w*|train\w*|access\w*"
    r"|request\w*"
    r"|opt\w*|consent\w*|withdraw\w*|object\w*|notify\w*|inform\w*|encrypt\w*|protect\w*|secur\w*|send"
    r"|sends|sent"
    r"|allow\w*|permit\w*|let|lets|enable\w*|may|will|must|can|buy\w*|purchas\w*|market\w*|target\w*"
    r"|verif\w*"
    r"|appeal\w*|charg\w*|respond\w*|answer\w*|repl(?:y|ies)|apply|applies|show\w*|display\w*|publish\w*)(?![\w-])",
    re.IGNORECASE,
)

# ---------------------------------------------------------------------------------------- rewording

#: Words mapped to one representative before comparing wordings (same meaning in a policy).
SYNONYMS = {
    "ad": "advertising",
    "ads": "advertising",
    "advertisement": "advertising",
    "advertisements": "advertising",
    "info": "information",
    "data": "information",
    "details": "information",
    "e": "",
    "mail": "email",
    "emails": "email",
    "id": "identifier",
    "ids": "identifier",
    "identification": "identifier",
    "gather": "collect",
    "gathers": "collect",
    "gathered": "collect",
    "gathering": "collect",
    "collects": "collect",
    "collected": "collect",
    "collecting": "collect",
    "obtain": "collect",
    "obtains": "collect",
    "obtained": "collect",
    "utilise": "use",
    "utilize": "use",
    "utilises": "use",
    "utilizes": "use",
    "uses": "use",
    "used": "use",
    "using": "use",
    "employ": "use",
    "firms": "companies",
    "businesses": "companies",
    "organisations": "companies",
    "organizations": "companies",
    "company": "companies",
    "business": "companies",
    "organisation": "companies",
    "organization": "companies",
    "website": "site",
    "websites": "site",
    "sites": "site",
    "web": "",
    "platform": "service",
    "services": "service",
    "app": "service",
    "application": "service",
    "customers": "users",
    "customer": "users",
    "user": "users",
    "visitors": "users",
    "members": "users",
    "individuals": "users",
    "us": "we",
    "our": "we",
    "ours": "we",
    "your": "you",
    "yours": "you",
    "help": "assist",
    "helps": "assist",
    "assists": "assist",
    "enable": "assist",
    "enables": "assist",
    "allows": "assist",
    "lets": "assist",
    "purpose": "purposes",
    "in": "",
    "order": "",
    "so": "",
    "that": "",
    "which": "",
    "who": "",
    "the": "",
    "a": "",
    "an": "",
    "of": "",
    "to": "",
    "and": "",
    "or": "",
    "as": "",
    "for": "",
    "with": "",
    "by": "",
    "on": "",
    "at": "",
    "from": "",
    "this": "",
    "these": "",
    "those": "",
    "is": "",
    "are": "",
    "be": "",
    "been": "",
    "being": "",
    "was": "",
    "were": "",
    "s": "",
    "such": "",
    "certain": "",
    "some": "",
    "various": "",
    "also": "",
    "further": "",
    "additionally": "",
    "moreover": "",
    "therefore": "",
    "thus": "",
    "hence": "",
    "however": "",
    "please": "",
    "note": "",
    "kindly": "",
    "personal": "personal",
    "request": "ask",
    "requests": "ask",
    "asks": "ask",
    "contact": "contact",
    "necessary": "needed",
    "required": "needed",
    "need": "needed",
    "needs": "needed",
    "do": "",
    "does": "",
    "make": "",
    "makes": "",
    "made": "",
    "it": "",
    "its": "",
    "they": "",
    "them": "",
    "their": "",
    "whether": "",
    "if": "if",
    "upon": "",
    "via": "through",
    "through": "through",
    "within": "within",
    "prior": "before",
    "before": "before",
    "following": "",
    "below": "",
    "above": "",
    "herein": "",
    "here": "",
    "where": "",
    "when": "when",
    "whenever": "when",
    "including": "include",
    "includes": "include",
    "include": "include",
    "like": "include",
    "e.g": "include",
    "eg": "include",
    "example": "include",
    "instance": "include",
    "etc": "",
    "provide": "give",
    "provides": "give",
    "give": "give",
    "gives": "give",
    "offer": "give",
    "offers": "give",
    "amend": "change",
    "amends": "change",
    "modify": "change",
    "modifies": "change",
    "update": "change",
    "updates": "change",
    "revise": "change",
    "changes": "change",
    "modifications": "change",
    "amendments": "change",
    "updated": "change",
    "revised": "change",
    "questions": "question",
    "queries": "question",
    "query": "question",
    "inquiries": "question",
    "enquiries": "question",
    "regarding": "about",
    "concerning": "about",
    "relating": "about",
    "related": "about",
    "around": "about",
    "handle": "process",
    "handles": "process",
    "processes": "process",
    "processed": "process",
    "processing": "process",
    "treat": "process",
    "ensure": "make_sure",
    "ensures": "make_sure",
    "appropriate": "suitable",
    "suitable": "suitable",
    "reasonable": "suitable",
    "adequate": "suitable",
    "relevant": "suitable",
    "applicable": "suitable",
    "laws": "law",
    "legislation": "law",
    "regulations": "law",
    "legal": "law",
    "lawful": "law",
    "rules": "law",
    "comply": "comply",
    "complies": "comply",
    "compliance": "comply",
    "accordance": "comply",
    "line": "comply",
    "following_": "",
    "very": "",
    "extremely": "",
    "really": "",
    "highly": "",
    "important": "important",
    "significant": "important",
    "major": "important",
    "material": "important",
}

# ------------------------------------------------------------------------------ legal citations and regulators

#: A citation of a legal provision ("Art. 6(1)(f) GDPR", "Article 28 UK GDPR", "§ 1798.121", "Regulation (EU)
#: 2016/679", "Cal. Civ. Code"): it names the law a statement rests on, not a practice, a party or a country.
CITATION = re.compile(
    r"(?:(?:\b(?:art(?:icle)?s?\.?|sec(?:tion)?s?\.?|recital)|§+)\s*\d+[a-z]?(?:\s*\(\s*\w{1,4}\s*\))*"
    # the parts of a provision: "Art. 6 para. 1 lit. b)", "§ 25 para. 2 no. 2", "Art. 6 (1) sentence 1"
    r"(?:\s*,?\s*(?:para(?:graph)?|subpara(?:graph)?|sub-para(?:graph)?|no|nr|number|sentence|sent|lit|letter|point"
    r"|clause|subsection|abs|satz)\.?\s*\w{1,4}\)?)*"
    r"(?:\s*(?:,|and|or|-|in conjunction with|in connection with|i\.?\s?v\.?\s?m\.?)\s*\d+[a-z]?"
    r"(?:\s*\(\s*\w{1,4}\s*\))*)*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?(?:(?:uk|eu|swiss|federal|california|cal\.)\s+)*"
    r"(?:gdpr|dsgvo|ccpa|cpra|fadp|revfadp|lgpd|pipeda|(?:[a-z][\w.]*\s+){0,3}?(?:act|code|regulation|law"
    r"|directive|ordinance)(?:\s+of\s+obligations)?"
    r"|(?-i:[A-Z][A-Za-z-]*[A-Z][A-Za-z-]*))\b)?"  # a statute's abbreviation after the provision: "TTDSG", "BDSG"
    r"|§+\s*\d[\d.]*(?:\s*\(\s*\w{1,4}\s*\))*"
    r"|\b(?:regulation|directive)\s*\((?:eu|ec|eec)\)\s*(?:no\.?\s*)?\d{2,4}/\d{1,4}"
    r"|\bcal(?:ifornia)?\.?\s+civ(?:il)?\.?\s+code\b"
    r"|:\s*20\d\d\b(?<=27001:20\d\d|27701:20\d\d|27018:20\d\d|27017:20\d\d))",
    re.IGNORECASE,
)
#: A data protection regulator, however it is called ("the ICO", "the Information Commissioner's Office (ICO),
#: the UK's data protection regulator", "Finland's supervisory authority", "the Autoriteit Persoonsgegevens"):
#: the body a complaint goes to, not a recipient of data and not a transfer destination.
REGULATOR = re.compile(
    r"(?:\bthe\s+)?(?:(?:[A-Z][\w'’.-]*|of|the|for|and|on|de|des|du|la|le|für|den)\s+){0,8}?"
    r"(?:(?i:(?:data protection|supervisory|privacy|protection|competent)\s+(?:authority|authorities|regulator"
    r"|agency|board|commission|commissioner))|Commissioner(?:['’]s\s+Office)?|Ombudsman|Autoriteit\s+Persoonsgegevens"
    r"|Datatilsynet|Garante[\w ]{0,40}?personali|Agencia Española[\w ]{0,40}?Datos|ICO|CNIL|FDPIC|EDÖB|PFPDT"
    r"|AEPD|BfDI|DPC|APD|GBA)\b(?:\s*\([A-Za-zÀ-ÿ/ ]{2,40}\))?"
    r"(?:\s*,\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?:data protection|supervisory|privacy)\s+)?"
    r"(?:authority|regulator)\b)?",
)
#: A pointer to another part of the policy ("see Section 7", '(see "Your rights and choices" below)').
CROSS_REFERENCE = re.compile(
    r"(?i)\bsee\s+(?:(?:our\s+|the\s+)?(?:section|part|clause|paragraph|chapter|heading)\s+[\w.]+"
    r"(?:\s*,?\s*[\"“][^\"”]{2,60}[\"”])?|(?:the\s+)?[\"“][^\"”]{2,60}[\"”](?:\s+(?:section|heading))?)"
    r"(?:\s+(?:below|above))?"
)
_CITATION_HINT = re.compile(
    r"(?i)\b(?:art(?:icle)?s?\b|sec(?:tion)?s?\b|recital|regulation|directive|civ(?:il)?\b)|§|:\s*20\d\d"
)
#: "EU law", "UK law", "Swiss accounting law": a source of obligations, not a place data goes.
_COUNTRY_LAW = re.compile(
    r"\b(?:EU|EEA|UK|US|U\.S\.|Swiss|Federal|European|British|German|French|Irish|Dutch)\s+"
    r"(?:(?:accounting|tax|data protection|privacy|employment|consumer)\s+)?law\b"
)
_EMPTIED_PARENS = re.compile(r"\(\s*[,;]?\s*\)|\(\s*([^()]*?)\s*[,;]\s*\)")
_REPEATED_REGULATOR = re.compile(r"(the supervisory authority)(?:\W+the supervisory authority\)?)+")


def canonical_legal(text: str) -> str:
    """The text with cross-references and legal citations removed and every regulator called 'the supervisory
    authority' (cheap substring tests first: this runs on every sentence profiled)."""
    low = text.lower()
    out = text
    if "see " in low:
        out = CROSS_REFERENCE.sub("see", out)
    if any(w in low for w in _CITATION_WORDS) and _CITATION_HINT.search(out):
        out = CITATION.sub(" ", out)
        out = _EMPTIED_PARENS.sub(lambda m: f"({m.group(1)})" if m.group(1) else "", out)
    if " law" in low:
        out = _COUNTRY_LAW.sub("law", out)
    if any(w in low for w in _REGULATOR_WORDS) or _REGULATOR_ACRONYM.search(out):
        out = REGULATOR.sub("the supervisory authority", out)
        out = _REPEATED_REGULATOR.sub(r"\1", out)
    return out


_CITATION_WORDS = ("art", "sec", "recital", "regulation", "directive", "civ", "§", ":")
_REGULATOR_WORDS = (
    "authorit",
    "regulator",
    "commission",
    "ombudsman",
    "persoonsgegevens",
    "datatilsynet",
    "garante",
    "agencia",
)
_REGULATOR_ACRONYM = re.compile(r"\b(?:ICO|CNIL|FDPIC|EDÖB|PFPDT|AEPD|BfDI|DPC|APD|GBA)\b")

#: The buttons of a cookie-consent banner ("[Accept all] [Reject all]", "[OK]", "Cookie settings").
CONSENT_BUTTONS = re.compile(
    r"(?i)\[\s*(?:accept|reject|allow|deny|decline|refuse|agree|i agree|ok|okay|got it|dismiss|close|manage"
    r"|customi[sz]e|cookie (?:settings|preferences)|settings|preferences)[^\]]{0,20}\]"
)
#: The label of one such button, as a line of its own or in a row of them ("Cookie Settings · Reject All · Accept All").
_BUTTON = (
    r"(?:(?:accept|reject|allow|deny|decline|refuse)(?: all)?(?: cookies)?|customi[sz]e|(?:cookie )?(?:settings"
    r"|preferences)|manage (?:cookies|preferences|settings|choices)|save (?:preferences|settings|choices)"
    r"|(?:strictly )?necessary only|got it|ok|okay|i agree|dismiss)"
)
BUTTON_LINE = re.compile(rf"(?i)^\W*{_BUTTON}\W*$")
BUTTON_ROW = re.compile(rf"(?i){_BUTTON}\s*[·|•]\s*{_BUTTON}\W*$")

import { type Lexicon, prefixes, rx, words } from './types';

// Shared pieces. Text is normalised: doubled letters are single ("aditional", "wil", "apply").
const REQ = "(?:can|could|would|will|wil|cn|pls|plz|please)\\s+(?:you|u|ya|we)\\s+(?:please\\s+|pls\\s+|plz\\s+|kindly\\s+)?";
const ALSO = '(?:also|aslo|alos|als0|additionally)';
// Verbs that produce new work. Not: send, fix, check, finish (those finish what was agreed).
const MAKE =
  '(?:add|ad|adding|include|integrate|implement|build|create|make|design|write|develop|code|set ?up|setup|record|redesign|translate|scrape|deploy|migrate|expand|extend|optimi[sz]e|prepare|handle|throw in|put|do|get|have|need|want|require|like|love|cover|support|produce|shoot|edit|draw|animate|film)';
const NOT_WORK =
  '(?:send|share|explain|check|confirm|tell|let|fix|correct|double|review|look|resend|update|answer|call|remind|remove|delete|proofread|test|verify|upload|finish|complete|clarify|give me|show me)';
const THING =
  '(?:pages?|landing|screens?|features?|sections?|versions?|languages?|illustrations?|banners?|slides?|logos?|concepts?|articles?|posts?|fields?|steps?|roles?|tabs?|designs?|variations?|characters?|products?|templates?|videos?|modules?|integrations?|reports?|apps?|dashboards?|options?|photos?|images?|functions?|functionality|forms?|popups?|charts?|widgets?|icons?|sizes?|formats?|platforms?|stores?|endpoints?|tools?|things?|items?|blog|shop|bots?|emails?|sequences?|deliverables?|revisions?|categories|filters?|maps?|levels?|drafts?|episodes?|chapters?|scenes?|tests?|regions?|markets?|accounts?|users?|sites?|websites?)';
const APPROVE =
  '(?:approv\\w*|aprov\\w*|release?\\w*|rel?ea?s\\w*|realeas\\w*|sign(?:ing)? of+|sign-of+|clos(?:e|ing)\\s+(?:the|this|our)?\\s*(?:contract|job|project|milestone)|accept\\w*|mark\\w*\\s+(?:it|this|the \\w+)?\\s*(?:as\\s+)?(?:complete|done)|pay(?:ing)?(?!\\s+(?:you\\s+)?(?:an?\\s+)?(?:extra|more|aditional|\\$|\\d|for\\b|bonus|a bonus))|fund\\w*)';
const UNTIL = '(?:until|untill|untl|til|till|unles+|before|without|w/o|as long as|while)';
// "too" / "as well" ending a request ("too big" is no addition).
const TOO = '(?:too|as wel|aswel|aswell)(?=\\s*(?:[^a-z0-9\\s]|$|please|pls|plz|thanks|thx|if|so|then|for|because|and|but|right|now|pl))';
const COND = '(?:once|after|when|as soon as|only if|only when|if|provided|after you)';

export const en: Lexicon = {
  lang: 'en',
  add: rx([
    `\\b${REQ}${ALSO}\\s+(?!${NOT_WORK})`,
    `\\b(?:please|pls|plz|pl|kindly)\\s+${ALSO}\\s+(?!${NOT_WORK})`,
    `\\b${ALSO},?\\s+(?:please\\s+|pls\\s+|plz\\s+|maybe\\s+|just\\s+)?${MAKE}\\b`,
    `\\b(?:like|want|need|love) to ${ALSO}\\b`,
    `\\b(?:i'?d like|i would like|i want|we want|i need|we need|we'?d like|i'?d love)\\b[^.]{0,50}?\\b(?:${TOO}|also\\b)`,
    `\\b(?:please|pls|plz)\\s+(?!${NOT_WORK})\\w+\\b[^.]{0,50}?\\b${TOO}`,
    `\\b(?:we|i|they|he|she|client|boss)(?:'ll|'d| will| would| wil| now| really)?\\s+${ALSO}\\s+(?:will\\s+|wil\\s+)?(?:need|want|require|like|love|expect)`,
    `\\b(?:one|1)\\s+more\\s*(?:smal|tiny|litle|quick|last|final|minor)?\\s*(?:thing|request|feature|page|item|change|adition|screen|section|concept|logo|option|task|favou?r|one|detail|:)`,
    `\\b(?:another|other)\\s+(?:smal\\s+|quick\\s+|tiny\\s+)?(?:thing|request|feature|adition)\\b`,
    `\\bsmal+\\s+(?:request|adition|extra|ask)\\b`,
    `\\bjust (?:one|a) (?:more|smal|tiny|litle) (?:thing|feature|request)`,
    `\\bwhile (?:you'?re|you are|your|ur|u'?re|u r) (?:at it|in there|there|in the code|on it|doing)`,
    `\\bsince (?:you'?re|you are|your|ur|u'?re) (?:already )?(?:in|on|at|there|doing)`,
    `\\b(?:i|we)\\s+(?:had\\s+)?(?:asumed|assumed|thought|expected|figured|was expecting|were expecting|thought)\\b[^.]{0,60}?\\b(?:include|also|too|as wel|would|to have|part of|come with|cover)`,
    `\\b(?:in adition to|on top of|besides|as wel as)\\b`,
    `\\b(?:need|want|add|create|make|build|do|design|write|require|throw in|include|prepare|produce|retouch|record)\\s+(?:\\w+\\s+){0,3}?(?:an?\\s+|\\d+\\s+|some\\s+|few\\s+|a few\\s+|the\\s+)?(?:aditional|aditonal|extra|more|another|new|second|separate|few more)\\s+(?:\\w+\\s+)?${THING}`,
    `^(?:we\\s+|i\\s+)?(?:need|want)\\s+\\d+\\s+(?:more|extra|aditional)`,
    `\\b(?:aditional|extra|more)\\s+(?:\\w+\\s+)?${THING}\\s+(?:pls|please|for|to|in|on|with)`,
    `\\b${REQ}(?!${NOT_WORK})(?:\\w+\\s+){1,10}?(?:${TOO}|also\\b)`,
    `\\b(?:should|must|needs? to|has to|have to|wil have to|would have to|has got to)\\s+${ALSO}\\b`,
    `\\b${ALSO}\\s+(?:needs?|should|must|has to|have to)\\b`,
    `\\b(?:it|the \\w+|this|that|app|site|bot|website|dashboard|form)\\s+(?:should|must|needs? to|has to)\\s+(?:\\w+\\s+){0,4}?(?:${TOO}|also\\b)`,
    `\\bforgot to (?:mention|say|tell|add|ask)[^.]{0,80}?\\b(?:need|want|should|also|too|as wel|add)`,
    `\\bi (?:just )?realised\\b[^.]{0,40}?\\bneed`,
    `\\bi (?:just )?realized\\b[^.]{0,40}?\\bneed`,
    `\\bnew idea\\b`,
    `\\b(?:last|final|one more|another|smal|litle|tiny) (?:smal |litle |tiny )?request\\b`,
    `\\bnow (?:also )?(?:wants?|needs?|would like|requires?|expects?)\\b`,
    `\\b(?:like|want|wants|need|needs|love|require)\\s+(?:an?\\s+|some\\s+|\\d+\\s+)?(?:extra|aditional|another|second|separate)\\s+(?!time|info|details|days|context|clarity|feedback|help)\\w+`,
    `\\b(?:i|we) (?:want|need|would like|'d like) (?:\\w+ ){0,2}?to be able to\\b`,
    `\\bfrom now on\\b`,
    `\\b(?:wants?|asked for|insists? on)\\s+(?:a|an|the|some)\\s+(?:\\w+[- ]?){1,4}\\s+(?:added|too|as wel)`,
    `\\b(?:i|we) decided (?:we need|to add|to include|to also)`,
    `\\bnot only\\b[^.]{0,60}\\bbut also\\b`,
    `\\bnot (?:just|only)\\b[^.]{0,40}\\b(?:photos|images|one|cards|discord|the \\d)`,
    `\\binstead of (?:the|just|only) \\d+\\b`,
    `\\b(?:cover|include|handle) al+ \\d+\\b`,
    `\\bnot (?:only )?the \\d+ we (?:talked|agreed|discused)`,
  ]),
  addWeak: rx([
    `(?:^|[,:;(]\\s*|\\b(?:and|so|now|just|pls|plz|please|kindly|hey|hi|helo|oh|ok|also|then)\\s+)(?:add|ad|include|integrate|implement|build|create|throw in|set up|make me)\\s+(?!(?:me|you|him|her|us|them|it to|that to)\\b)`,
    `\\b${REQ}(?:add|ad|include|integrate|implement|build|create|design|write|extend|expand|record|redesign|translate|migrate|set ?up|throw in|put in|make (?:a|an|another|the same|\\d|it work|it also|me an?))\\b`,
    `\\b(?:i|we)\\s+(?:now\\s+|wil\\s+|'l\\s+|would\\s+|'d\\s+|also\\s+|realy\\s+|definitely\\s+|stil\\s+)?(?:need|want|require|would like|'d like|'d love|would love|like)\\s+(?:you\\s+to\\s+(?!${NOT_WORK})|to add|to have|a |an |another|\\d+\\s|more|some |a few|users|customers|admins|the admin|it to|them to)`,
    `\\b(?:i'?m|we'?re)\\s+going to\\s+need\\b`,
    `\\b(?:i'?l|we'?l|i wil|we wil|we'?d|i'?d) (?:also )?need\\b`,
    `\\bmake (?:it|the \\w+|this|our \\w+) (?:also )?(?:support|have|include|handle|accept|show|work (?:on|with|ofline|as))\\b`,
    `\\b${REQ}(?:put|place|insert|embed) (?:an?|some|\\d)\\b`,
    `^(?:and |oh |oh and |ok )?also,? (?:an?|some|\\d+) (?!(?:quick |smal |big |huge )?(?:question|bug|typo|note|reminder|thank|issue|problem))`,
    `\\b(?:i'?l|we'?l|i wil|we wil) (?:also )?need\\b`,
    `^(?:and |oh |oh and |ok )?also,? (?:an?|some|\\d+) (?!(?:quick |smal |big |huge )?(?:question|bug|typo|note|reminder|thank|issue|problem))`,
    `\\b(?:let'?s|lets|let us)\\s+(?:also\\s+)?(?:add|include|create|build|make|integrate|throw in|get|have)\\b`,
    `\\b(?:should|must|has to|needs? to)\\s+(?:also\\s+)?(?:have|include|support|show|sync|reply|work (?:on|with|ofline|as))\\b`,
    `\\b(?:would be (?:great|nice|cool|good)|it'?d be (?:great|nice)|would make sense|would it be posible|is it posible) (?:if you could |to (?:also )?)?(?:add|have|include|build|make|create|also)`,
    `\\b(?:my|our) (?:partner|boss|client|team|manager|marketing \\w+) (?:wants|needs|asked for|insists)\\b`,
    `\\bi'?d love (?:a|an|to have)\\b`,
    `\\b(?:you'l|you wil|you'd) (?:also )?(?:need|have) to (?:build|add|create|make|write|do)`,
    `\\b(?:we|i) (?:now )?(?:need|require)\\b[^.]{0,30}\\b(?:too|as wel|also)\\b`,
    `\\bwe (?:also )?(?:need|require) (?:a|an|the|some)\\b`,
    `\\bwe'l need\\b`,
    `\\bneed \\d+ (?:extra|more|aditional)\\b`,
    `\\b(?:expand|extend) (?:the|it|this)\\b`,
    `\\bi expected\\b`,
    `\\b(?:make|create|do|build|write|design) (?:a|an|another) (?:\\w+ )?(?:version|copy|variant)\\b`,
  ]),
  addLoose: rx([`\\b${REQ}(?:make|do|change|update)\\b`, `\\b(?:would like|'d like|want) (?:to see|a|an)\\b`]),
  notAdd: rx([
    `\\b(?:thanks?|thank you|thx|tx|ty)\\b[^.]{0,20}?\\b(?:for|adding|aded)\\b`,
    `\\b(?:you|u|i|we)\\s+(?:have\\s+|'ve\\s+|just\\s+|already\\s+)*(?:aded|uploaded|atached|sent)\\b`,
    `\\b(?:add|aded|adding)\\s+(?:me|you|him|her|us|them|my \\w+|our \\w+)\\s+(?:on|to|in|as|into)\\b`,
    `\\b(?:aditional|extra|more)\\s+(?:info|information|details?|context|notes|coments?|content|files|docs|documents|screenshots|options you|spacing|space|photos for|images for|questions|time)\\b`,
    `\\b(?:as|like)\\s+(?:we\\s+)?(?:agreed|discused|planed|promised|described|specified|per|mentioned|in the)\\b`,
    `\\b(?:we|you|i)\\s+(?:agreed|discused|talked about|planed|specified)\\b`,
    `\\bagreed\\s+(?:on|upon|to|scope)\\b`,
    `\\b(?:the|we)\\s+agreed\\b`,
    `\\b(?:original|initial|agreed)\\s+(?:list|scope|spec|brief|ofer|plan|design|mockup|requirements)\\b`,
    `\\b(?:in|from) the (?:spec|brief|job post|job description|contract|ofer|proposal|mockup|figma)\\b`,
    `\\b(?:don'?t|do not|dont|no need to|not)\\s+(?:\\w+\\s+)?(?:add|need|want) (?:anything|any|the|that|it|more)\\b`,
    `\\bno new (?:features?|pages?|work|requests?)\\b`,
    `\\b(?:in the future|not now|future project|next year|some day|someday)\\b`,
    `\\bhow much\\b`,
    `\\b(?:feel free|make sure)\\b`,
    `\\badd\\b[^.]{0,40}?\\b(?:to|in|into) (?:the |our |my |a |your )?(?:shared |google |same )?(?:folder|drive|dropbox|repo|doc|chat|email|thread|ticket|trelo|board|calendar|invoice|slack)\\b`,
    `\\b(?:added|aded) (?:a|an|the|another|new|\\d)?\\s*(?:new )?(?:milestone|contract|bonus)`,
    `\\b(?:add|create|set up|open|fund|do|make)\\s+(?:up\\s+)?(?:a|an|the|another|one|new|separate|extra|next)?\\s*(?:new\\s+|separate\\s+|extra\\s+)?(?:milestone|contract|bonus|ofer)\\b`,
  ]),
  pay: rx([
    `\\bbonus`,
    `\\bgratuity\\b`,
    `\\b(?:send|sent|sending|give|gave|giving|left|leave|leaving|tip you|add)\\s+(?:you\\s+)?(?:a\\s+)?(?:smal+\\s+|litle\\s+|\\$?\\d+\\s*(?:usd|\\$)?\\s+)?tip\\b`,
    `\\b(?:add|aded|adding|create|created|creating|set ?up|seting up|set|open|opened|opening|fund|funded|funding|make|made|send|sent|sending|start|started|do|issue|propose)\\s+(?:up\\s+)?(?:me\\s+|you\\s+)?(?:a|an|the|one|another|new|extra|separate|next|second|third|\\d+)?\\s*(?:new\\s+|extra\\s+|separate\\s+|aditional\\s+)?(?:milestone|contract|ofer)\\b`,
    `\\b(?:new|another|separate|extra|aditional|second|next|2nd)\\s+(?:paid\\s+)?(?:milestone|contract|ofer)\\b`,
    `\\bmilestone\\s*\\d*\\s+(?:is\\s+|has ben\\s+)?funded\\b`,
    `\\bfunded (?:milestone|an? )`,
    `\\bpay(?:ing)?\\s+(?:you\\s+)?(?:an?\\s+)?(?:extra|more|aditional|for (?:the|it|that|this|your|al|those|any)|\\$|\\d)`,
    `\\$\\s?\\d[\\d,.]*\\s*(?:extra|more|bonus|on top|aditional)`,
    `\\d+\\s*(?:usd|dolars?|bucks|eur|euros?|gbp|pounds?)\\s+(?:extra|more|on top)`,
    `\\b(?:extra|aditional|another)\\s+\\$\\s?\\d`,
    `\\b(?:add|adding|aded)\\s+\\$\\s?\\d`,
    `\\b(?:increase|increasing|raise|raising|bump|bumped|bumping|top up|topping up|up|double)\\s+(?:the\\s+|your\\s+|my\\s+|our\\s+)?(?:budget|price|rate|amount|milestone amount|contract|pay|payment|fee)`,
    `\\bbudget\\s+(?:to|by)\\s+\\$?\\d`,
    `\\b(?:increase|raise|bump|up|top up)\\s+(?:the\\s+|this\\s+)?(?:milestone|contract|ofer)\\w*\\s+(?:to|by)\\s+\\$?\\d`,
    `\\bcompensat`,
    `\\b(?:name your price|your price|at your rate|worth your while|your (?:usual )?rate|let me know (?:the|your) (?:cost|price))`,
    `\\b(?:happy|wiling|glad|ready|ok|fine) to pay\\b`,
    `\\bpay (?:for )?(?:the )?(?:extra|aditional) (?:time|hours|work|efort)`,
    `\\bhire you again\\b`,
    `\\bi'?l fund (?:it|that|this)\\b`,
  ]),
  notPay: rx([
    `\\b(?:not|n'?t|never|no need to)\\s+(?:going to\\s+|gona\\s+|want to\\s+|wana\\s+)?(?:\\w+\\s+)?(?:add|create|open|make|set up|pay|paying|fund|want)\\b[^.]{0,30}?(?:milestone|contract|more|extra|bonus|budget|anything|a cent|for)`,
    `\\bno\\s+(?:extra|aditional|more)?\\s*(?:pay|payment|money|budget|bonus|milestone|charge|cost)`,
    `\\bnot paying\\b`,
    `\\bwithout (?:extra|aditional|any) (?:pay|cost|charge|money)`,
    `\\bfor free\\b`,
    `\\bat no (?:extra )?cost\\b`,
    `\\b(?:should|shouldn'?t)\\s+(?:not\\s+)?cost\\b`,
    `\\b(?:don'?t|do not)\\s+(?:want|think)\\b[^.]{0,20}\\b(?:milestone|cost|pay)`,
  ]),
  block: rx([
    `\\b(?:won'?t|wont|wil not|not going to|not gona|can'?t|cant|cannot|can not|refuse to|am not|i'?m not|do not|don'?t|dont|not)\\s+(?:be\\s+)?(?:\\w+\\s+)?${APPROVE}[^.]{0,80}?\\b${UNTIL}\\b`,
    `\\b(?:won'?t|wont|wil not|not going to|refuse to)\\s+(?:be\\s+)?${APPROVE}`,
    `\\b(?:no|zero|any)\\s+(?:approval|aproval|payment|release|money|sign.?of+|funds|pay)\\s+(?:from me\\s+)?(?:\\w+\\s+){0,2}?${UNTIL}\\b`,
    `\\b(?:i'?l|i wil|wil|i can|i'd|i would|we'?l|we wil|you'?l|you wil|i'?m going to|we can)\\s+(?:only\\s+|happily\\s+|gladly\\s+)?(?:\\w+\\s+)?${APPROVE}[^.]{0,60}?\\b${COND}\\b`,
    `\\b(?:payment|funds|milestone|money|escrow|contract|aproval|approval|release of funds|final payment|your pay|the pay)\\s+(?:\\d\\s+)?(?:\\w+\\s+){0,3}?(?:released|rel?ea?sed|approved|aproved|closed|paid|stays?|remains?|wil|won'?t|is|only|depends|after)\\b[^.]{0,60}?\\b(?:once|after|when|until|untill|til|till|unles+|if|as soon as|only if|depends? on|before)\\b`,
    `\\b(?:first|1st)\\b[^.]{0,60}?\\b(?:then|and then|after that|before)\\b[^.]{0,40}?(?:approv|aprov|releas|pay|sign|clos|money|milestone|funds)`,
    `\\b(?:and|then|,)\\s+(?:then\\s+)?(?:i'?l|i wil|we'?l)\\s+(?:\\w+\\s+)?(?:approv|aprov|releas|sign|clos|mark)`,
    `(?:bad|negative|poor|low|1.?star|one.?star|2.?star|terible)\\s+(?:review|feedback|rating)`,
    `\\b(?:if you want|for)\\s+(?:a\\s+)?(?:good|positive|5.?star|five.?star)\\s*(?:review|feedback|rating)?`,
    `\\bget (?:your |the |any )?(?:money|paid|payment|funds)\\s+(?:\\w+\\s+){0,2}?(?:when|once|after|only|if|as soon|unles)`,
    `\\bget paid\\b[^.]{0,60}\\bnot before\\b`,
    `\\bdepends? on (?:you|whether)`,
    `\\b(?:as long as|unles|until|untill|till)\\b[^.]{0,80}?\\b(?:no|not|n'?t|never)\\s+(?:\\w+\\s+)?(?:approv|aprov|releas|pay|clos|sign|accept)`,
    `\\bbefore i (?:can )?(?:approv|aprov|releas|pay|clos|sign|mark)`,
    `^(?:once|after|when|as soon as)\\b[^.]{0,80}?\\b(?:i'?l|i wil|we'?l)\\s+(?:\\w+\\s+)?(?:approv|aprov|releas|sign|clos|pay(?! (?:you )?(?:an )?extra))`,
    `\\bhold\\w*\\s+(?:\\w+\\s+)?(?:payment|milestone|funds|money|escrow|aproval|approval)`,
    `\\bkeep\\w*\\s+(?:the\\s+|this\\s+|your\\s+)?(?:payment|milestone|funds|money|escrow|contract)\\s+(?:open|pending|on hold|unaproved|locked)\\b`,
    `\\bor (?:else )?(?:i|we)\\s+(?:don'?t|won'?t|wil not|do not|can'?t|wont)\\s+(?:\\w+\\s+)?(?:approv|aprov|releas|pay|clos|sign)`,
    `\\b(?:approval|aproval|payment|release)\\s+(?:only\\s+)?(?:after|once|when)\\s+(?:you|the)`,
    `\\bthat'?s my condition\\b`,
    `\\b(?:refund|dispute)\\b`,
  ]),
  notBlock: rx([
    `\\b(?:once|when|after|as soon as)\\s+(?:i'?m back|i am back|i get (?:back|home)|i'?m at my desk|the weekend|the holidays|my (?:trip|vacation|meeting|card)|i have time|i'?m free|i check|i review)`,
    `\\b(?:already|just)\\s+(?:approved|aproved|released|closed|paid)\\b`,
    `\\bwhen (?:wil|do|can|would|should|is|are)\\b`,
  ]),
  blockExtra: rx([
    `\\b(?:too|as wel|aswel|also|aslo|extra|aditional|another|new)\\b`,
    `\\b(?:add|ad|adding|aded|include|throw in|integrate|build|create)\\b`,
  ]),
  clause: /,|:|;| - | but | and then | plus /g,
  stopwords: words(`
    a an the and or but also too as well please pls plz kindly can could would will you u we i me my our us it this that
    these those is are be been to of in on for with at by from into add ad adding added include including integrate
    implement build create make design write do done need want like love require have has had get got just one more
    extra additional new another small little quick thing things some any all also now then there here so hey hi hello
    thanks thank ok oh actually really maybe should must needs able section version feature page pages site website app
    while at since already assumed thought expected would like lets let let's us am was were not dont don't i'd i'll
    we'll it's that's what which who same set up throw put second separate few over under about around
    won't wont approve until unless before release payment milestone contract close translate translated
    write written code coded develop record redesign migrate optimise optimize prepare handle deliver done finish`),
  generic: prefixes(
    'page section feature version thing part option item site website web app application screen stuff work job project task',
  ),
};

// More everyday ways to say existing signs (colloquial, third person, common misspellings), merged into SIGNS by
// signs.ts. Kept apart so the core vocabulary stays readable; each line is a concept's wording, not a vignette string.

export const COLLOQUIAL_WORDINGS: Record<string, { zh: RegExp[]; en: RegExp[] }> = {
  chestPain: {
    // Cantonese 胸口好翳 / 心口翳 (the chest oppressed, tight).
    zh: [/胸(?:口|前)?[^，。,]{0,3}(?:揪着|抓着|勒着|箍着)/, /胸口[^，。,]{0,3}(?:不舒服|难受)[^，。]{0,6}(?:压|闷|紧)/, /(?:胸口|心口)[^，。,]{0,3}翳/],
    // Misspellings of "chest" and plain-speech forms ("chest is killing me").
    en: [
      /\b(?:chets|cheast|chesst|ches) (?:pain|pains|pian|hurts?|tight)/i,
      /\bchest (?:pains|is killing|hurting|is hurting|feels? (?:weird|funny|off|strange|crushed))\b/i,
      /\b(?:tight|heavy|crushing) chest\b/i,
    ],
  },
  dyspnea: {
    // Cantonese: 透唔到气 / 抖唔到气 / 唞唔切气 (can't get a breath), 唔够气, 好难呼吸 (read after traditional → simplified).
    zh: [
      /喘不(?:上|过)来/,
      /(?:吸|喘)不(?:进|上)气/,
      /呼吸[^，。,]{0,2}(?:不过来|不上来)/,
      /憋气憋得/,
      /(?:透|抖|唞)(?:唔|吾|不)(?:到|切|顺)(?:啖)?气/,
      /唔够气/,
      /呼吸(?:唔|不)(?:到|顺)/,
      /(?:好|很)难(?:呼吸|透气|唞气|抖气)/,
    ],
    en: [
      /\b(?:hard time|struggling|struggle) (?:to )?(?:breath(?:e|ing)?|get (?:air|a breath))/i,
      /\bgasping for (?:air|breath)\b/i,
      /\bshort of (?:breth|breat|brath)\b/i,
      /\b(?:can'?t|cant) get (?:enough )?air\b/i,
      /\bbreathing (?:heavy|heavily|really fast|very fast|funny|weird)\b/i,
    ],
  },
  severeDyspnea: {
    zh: [/(?:一点|根本|完全)(?:都)?(?:吸|喘)不(?:进|上)(?:一点|任何)?气/, /(?:上气不接下气|喘)[^，。,]{0,4}说不(?:了|出)(?:完整的)?话/],
    // "cant breath" (missing e) is a very common spelling of "can't breathe".
    en: [
      /\b(?:can'?t|cant|cannot) breath\b(?![a-z])/i,
      /\b(?:can'?t|cant) (?:get|catch) (?:a|any) breath\b/i,
      /\bturning (?:purple|grey|gray)\b/i,
      /\bfighting for (?:breath|air)\b/i,
    ],
  },
  sweating: {
    zh: [/汗(?:哗哗|直冒|一直冒|把衣服)/],
    en: [/\bsweating (?:buckets|bullets|like crazy|a ton|heaps)/i, /\b(?:sweaty|clammy) and (?:pale|grey|gray)\b/i],
  },
  faceDroop: {
    zh: [
      /嘴[^，。,]{0,2}(?:歪到|斜到|往)一边/,
      /(?:一边|半边)[^，。,]{0,2}(?:脸|嘴)[^，。,]{0,2}(?:不动|动不了|没知觉)/,
      /笑起来[^，。,]{0,4}(?:歪|不对称|一边高一边低)/,
    ],
    en: [
      /\b(?:half|one side) of (?:his|her|my|their) (?:face|mouth) (?:\w+ )?(?:droop|sag|fell|went slack|is slack)/i,
      /\bdrooling (?:from|out of) (?:one side|the side)/i,
      // A state or a change into it: looks / is, has gone / went / got / became / turned ("face has gone droopy").
      /\b(?:face|smile|mouth) (?:(?:looks?|is|seems) |(?:has |'s )?(?:gone|went|got|gotten|become|became|turned) )?(?:droopy|saggy|twisted|slanted)\b/i,
    ],
  },
  armWeak: {
    zh: [
      /(?:一侧|单侧|半边|一边|左边?|右边?|左侧|右侧)(?:的)?(?:手脚|手|胳膊|腿|脚)[^，。,]{0,3}(?:不灵活|不利索|不灵|拖着走|拖地)/,
      /(?:筷子|杯子|碗|手机)[^，。,]{0,4}(?:拿不住|掉了|握不住)/,
    ],
    en: [
      /\b(?:his|her|my) (?:left|right) (?:arm|hand|leg) (?:is |went |has gone |feels )?(?:floppy|useless|like jelly|asleep and won'?t wake)/i,
      /\b(?:dropping|dropped|keeps dropping) (?:things|his cup|her cup|the cup|his phone|her phone) (?:with|from) (?:one|his left|his right|her left|her right) hand/i,
    ],
  },
  speech: {
    zh: [/说话[^，。,]{0,4}(?:怪怪的|颠三倒四)/, /说不(?:出来|明白)(?:话|自己想说的)/, /(?:答非所问|话都说不(?:清|利索))/],
    en: [
      /\btalking (?:weird|strange|slurry|nonsense|gibberish|like (?:he|she) had a stroke)\b/i,
      /\b(?:speech|words) (?:is |are |sounds? )?(?:slurry|mushy|all wrong|all jumbled)\b/i,
      /\b(?:can'?t|cant) get (?:the |his |her |my )?words out\b/i,
    ],
  },
  // Cantonese 晕咗 / 晕低咗 / 昏咗 (fainted, collapsed; the normaliser writes 咗 as 了), and a person fainting told by
  // who (她晕了, 阿嫲晕了在厕所) — a bare 晕了 is dizziness or "OMG" (我晕).
  syncope: {
    zh: [
      /(?:晕|昏)(?:低)?咗/,
      /晕低(?!血糖)/,
      /(?:他|她|佢|阿[嫲婆爷公妈爸]|老[公婆]|爸爸|妈妈|爷爷|奶奶|外婆|外公|孩子|宝宝|老人)(?:突然|一下子?)?(?:晕|昏)了/,
      /(?<![头眼])(?:晕|昏)了(?:在|喺)/,
    ],
    en: [],
  },
  unconscious: {
    // Cantonese: 叫极都唔醒 / 冇反应 (won't wake, no response).
    zh: [
      /(?:怎么|咋)(?:叫|喊|拍|摇)(?:都|也)(?:不醒|没反应|不应)/,
      /人事不知/,
      /(?:叫|喊|拍|摇)(?:极|咗好耐|咗)?(?:都|也)唔(?:醒|应)/,
      /冇(?:晒|咗)?(?:反应|知觉)/,
    ],
    en: [
      /\bout cold\b/i,
      /\b(?:isn'?t|is not|not|wont|won'?t) (?:waking|wake) up\b/i,
      /\b(?:won'?t|doesn'?t|isn'?t|does not|is not|not) respond(?:ing)? to (?:his|her|my|their)? ?(?:name|voice|us|anything|pain)/i,
      /\b(?:can'?t|cant|cannot) (?:get|wake) (?:him|her|them) (?:up|to respond|to wake)/i,
    ],
  },
  seizure: {
    zh: [/(?:手脚|全身|浑身)[^，。,]{0,2}(?:一抽一抽|抖个不停|僵直)/, /牙关紧(?:闭|咬)/],
    en: [
      /\beyes (?:rolled|rolling) (?:back|up)\b/i,
      /\bfoaming at the mouth\b/i,
      /\bshaking uncontrollably\b/i,
      /\b(?:went|gone) (?:stiff|rigid) and (?:started )?(?:shaking|jerking)/i,
    ],
  },
  suicidalIntent: {
    zh: [/活够了/, /不如死了/, /一死了之/, /永远消失/, /(?:去|想)死了算了/, /(?:安眠药|药)[^，。]{0,6}(?:攒|存)(?:了|够|好)/, /(?:想|要)从[^，。]{0,6}跳下去/],
    en: [
      /\b(?:kms|unalive (?:my|him|her)self)\b/i,
      /\boff (?:my|him|her)self\b/i,
      /\b(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up\b/i,
      /\bnot (?:be|being) (?:around|here) anymore\b/i,
    ],
  },
  ingestion: {
    zh: [
      /(?:一口气|一下子)(?:吃|吞|喝)了?[^，。]{0,6}(?:药|片|瓶)/,
      /(?:一瓶|一整瓶|半瓶)[^，。]{0,4}(?:安眠药|止痛药|退烧药|降压药|药)[^，。]{0,3}(?:全|都)?(?:吃|吞)/,
    ],
    en: [
      /\b(?:downed|necked|chugged|swallowed|took) (?:a|the|half a|half the|an entire|a whole) (?:bottle|packet|pack|box|strip) of\b/i,
      /\b(?:a|the) (?:whole|entire) (?:bottle|packet|pack|box) of [^.,]{0,30}(?:gone|missing|empty)/i,
    ],
  },
  infant: {
    zh: [/(?:出生|生下来)(?:才|刚)?(?:\d{1,2}|[一二三四五六七八九十几]+)(?:天|周|个星期)/],
    en: [/\b\d{1,2} ?(?:wks?|days?)[- ]old\b/i, /\b(?:few|couple of) (?:weeks|days) old\b/i],
  },
  throatSwelling: { zh: [], en: [/\bthroat (?:\w+ ){0,2}(?:feels?|is|getting|gets) (?:\w+ )?(?:tight|tighter|closing|swollen|thick)\b/i] },
  allergen: { zh: [/肾上腺素笔/], en: [/\bepi-?pen\b/i, /\bauvi-?q\b/i] },
  headInjury: {
    zh: [/(?:头|脑袋)[^，。,]{0,2}(?:着地|磕了个包|起了个包|撞了个包)/, /从[^，。]{0,8}(?:摔|掉)下来[^，。]{0,6}(?:头|脑袋)/],
    en: [/\b(?:knocked|whacked|smashed|cracked) (?:his|her|my|their) head\b/i, /\bhead (?:first|hit) (?:into|onto|on)\b/i],
  },
};

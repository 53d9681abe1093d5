// Everyday wordings of existing signs found missing after blind batch D (Nov 2026), merged by signs.ts like
// colloquial-wordings.ts. Each line is the concept's wording family, not a vignette string.

export const MORE_WORDINGS: Record<string, { zh: RegExp[]; en: RegExp[] }> = {
  // A sudden monocular blackout or "curtain/shade" over one eye: retinal artery occlusion or stroke.
  visionLoss: {
    zh: [
      // Going dark, not dark dots or shadows seen (黑点/黑影 are floaters: a retinal tear is urgent, not a stroke).
      /(?:一只|一边|左|右|单)眼(?:睛)?[^，。]{0,4}突然[^，。]{0,4}(?:啥|什么)?(?:也|都)?(?:看不见|看不到|看不清|失明|黑(?![点影丝线块]))/,
      /眼[^。]{0,12}(?:帘子|幕布)/,
      /(?:帘子|幕布)[^。]{0,10}(?:眼|看不见|看不到|啥也看不)/,
    ],
    en: [
      /\b(?:curtain|shade|veil|shadow)\b[^.]{0,25}\b(?:down|across|over)\b[^.]{0,25}\b(?:eye|vision|sight)\b/i,
      /\b(?:eye|vision|sight)\b[^.]{0,30}\b(?:curtain|shade|veil|shadow) (?:\w+ ){0,2}(?:coming|came|come|falling|fell|pulled|drawn|going) (?:down|across|over)\b/i,
      /\b(?:went|gone|going) (?:black|dark|blank) in (?:one|my|his|her|the) (?:left |right )?eye\b/i,
      /\b(?:can'?t|cannot) see (?:anything |a thing )?(?:out of|from|with) (?:my|his|her|one|the) (?:left |right )?eye\b/i,
    ],
  },
  // Black, tarry stool in plain speech.
  melena: {
    zh: [/(?:屎|大便|便便|粪便?)[^，。]{0,6}(?:黑乎乎|黑漆漆|黑黢黢|乌黑|黑得|柏油)/, /(?:拉|解)(?:的|出)?(?:是)?黑(?:色的?|乎乎的?)?(?:屎|大便|便)/],
    en: [/\b(?:poop|poo|stools?|bowel movements?|shit) (?:\w+ ){0,3}(?:black|tar-?like|like tar|tarry)\b/i, /\bblack (?:poop|poo|bowel movements?)\b/i],
  },
  // Watery drip from the nose or ear (CSF) in more verbs: 滴/往下滴, "dripping".
  csfLeak: {
    zh: [/(?:鼻子?|耳朵?)[^，。,]{0,4}(?:滴|往下滴|往外滴|渗)[^，。,]{0,4}(?:清水|清亮|透明|水样|水)/],
    en: [/\b(?:clear|watery) (?:\w+ ){0,2}(?:dripping|running|draining|leaking) (?:from|out of) (?:his|her|my|the) (?:nose|ear)/i],
  },
  // The glass test and everyday names for non-blanching spots.
  purpuricRash: {
    zh: [/紫红(?:色)?的?[^，。]{0,4}(?:点|斑|疹)/, /(?:压|按|摁)[^，。]{0,6}(?:也|都|还)?(?:不褪|不退|不消|不变白)/],
    en: [/\b(?:glass|tumbler) test\b/i, /\b(?:don'?t|doesn'?t|didn'?t|won'?t) (?:fade|disappear|go away) (?:under|with) (?:a |the )?(?:glass|pressure)/i],
  },
  // Mottled skin in plain speech; weakness in voice ("有气无力") as lethargy.
  poorPerfusion: { zh: [/(?:皮肤|腿|胳膊|身上)[^，。]{0,4}(?:花花搭搭|花一块|一块一块的?(?:紫|花|青))/], en: [] },
  lethargy: { zh: [/有气无力/], en: [] },
  // Barely rousable: "叫半天才哼一声".
  confusion: { zh: [/(?:叫|喊|摇)[^，。]{0,3}半天(?:才)?(?:哼|应|答|睁)/], en: [] },
  // Throat tightness said as "嗓子眼", hives as "风团".
  throatSwelling: { zh: [/嗓子眼?[^，。,]{0,2}(?:发紧|紧|堵|肿)/, /(?:脸|嘴唇|舌头)[^，。]{0,4}(?:都)?肿起来/], en: [] },
  hives: { zh: [/风团/, /起(?:了)?[^，。]{0,4}(?:一片一片|一片片|大片)(?:的)?(?:红疹|疙瘩|包)/], en: [] },
  allergen: { zh: [/花生|坚果|腰果|杏仁/], en: [] },
  // Contractions or a belly that goes tight; bleeding "down below" in plain speech.
  hardBelly: { zh: [/(?:肚子|腹部)[^，。,]{0,4}(?:一阵阵|一阵一阵)?(?:发紧|绷紧)/], en: [] },
  vaginalBleeding: { zh: [/下(?:边|面|身)[^，。]{0,6}(?:出|流|见)[^，。]{0,4}血/], en: [] },
  // Reduced fetal movement with an adverb in between ("hasn't really moved").
  reducedFetalMovement: { zh: [], en: [/\bbaby (?:hasn'?t|has not|hasnt|isn'?t|isnt|hadn'?t) (?:really |much |properly |been )+(?:mov|kick)/i] },
  // Stated gestation at the start of a message ("31 wks, …").
  pregnancy: { zh: [], en: [/(?:^|[.!?]\s+)(?:1[2-9]|[23]\d|4[0-2])(?:\+\d)? ?(?:weeks|wks)\b(?! (?:ago|later|post|after))[,.]/i] },
  // Any duration of five minutes or more written with Chinese ranges ("七八分钟", "得有十来分钟").
  // 抽 followed by 烟/血/水/签/空/筋 is smoking, a blood draw, a lottery or cramp, never a fit.
  longSeizure: {
    zh: [
      /(?:抽搐|抽(?![烟血水签空筋奖])|发作)[^，。]{0,6}(?:[五六七八九十]|[5-9]|\d{2}|好几|十来|十几)[五六七八九十]?\s*分钟/,
      /(?:抽搐|抽(?![烟血水签空筋奖]))[^，。]{0,8}停不下来/,
    ],
    en: [],
  },
  // Contact with a damaged cord or a socket.
  electricShock: {
    zh: [],
    en: [
      /\b(?:grabbed|touched|chewed|bit|bit into|stuck to|got hold of) (?:a |the |an )?(?:frayed|exposed|bare|live|broken|damaged) (?:\w+ )?(?:cord|wire|cable|plug)\b/i,
      /\b(?:fork|knife|finger|key|paperclip)s? (?:in|into) (?:a |the )?(?:socket|outlet|power point)\b/i,
    ],
  },
  // Goodbye messages sent to friends/family; low mood in plain speech.
  farewell: {
    zh: [/(?:发|群发)[^，。]{0,8}(?:告别|道别|说再见)/],
    en: [/\b(?:text|texts|message|messages|texted|messaged|sent|posted)\b[^.]{0,40}\bsaying goodbye\b/i],
  },
  despair: { zh: [/(?:一直|最近|特别|很)(?:都)?(?:很)?(?:低落|抑郁|消沉)/], en: [/\b(?:really|so|very|pretty) (?:down|low|depressed)(?: lately)?\b/i] },
  // A pill count gone missing from a bottle a child opened; "swallowed some, don't know how many".
  pillIngestion: {
    zh: [/(?:药|药瓶|药盒)[^。]{0,12}少了(?:好几|几|一些|两|三)?(?:片|粒|颗)/, /不知道[^，。]{0,4}(?:吞|吃)了?(?:几|多少)(?:粒|片|颗)?/],
    en: [],
  },
  // Symptoms told before the fuel-burning heater (carbon monoxide, either order).
  ingestion: {
    zh: [/(?:头晕|头痛|头疼|恶心|想吐)[^。]{0,30}(?:烧炭|炭火|煤炉|炭盆|煤气炉|燃气取暖|取暖器)[^。]{0,10}(?:一(?:整)?晚|一夜|关着?窗|门窗紧闭)/],
    en: [
      /\b(?:headaches?|dizzy|nauseous|sick|throwing up)\b[^?]{0,120}\b(?:gas heater|space heater|kerosene heater|propane heater|generator|charcoal|furnace|car running|wood stove)\b[^.?]{0,30}\b(?:going|on|running|all night|overnight|windows? (?:shut|closed))\b/i,
    ],
  },
  // Sweat on the forehead as "脑门"; short breath as "气(也)短".
  sweating: { zh: [/脑门[^，。,]{0,3}(?:是|全是)?(?:冷)?汗/], en: [] },
  dyspnea: { zh: [/气(?:也|有点|还)?短/], en: [] },
  // Decimal temperatures are unambiguous ("38.2 on the forehead thermometer").
  fever: {
    zh: [/(?<![燃焚发])烧了(?![^，。]{0,4}[炭柴火])(?:一|两|三|几|半|\d)(?:整)?(?:天|夜|晚)/],
    // "has a temperature" is the British everyday word for a fever.
    en: [
      /\b(?:3[89]|4[0-2])\.\d\b(?!\s*(?:kg|kgs|lbs?|cm|mm|%|mmol|years?|weeks?|hours?|mg|ml))/i,
      /\b(?:has|had|have|got|running|with|and|developed|now) a (?:high |raised )?temperature\b/i,
    ],
  },
  // Jaw or between-the-shoulder-blades ache as an anginal equivalent.
  radiation: { zh: [], en: [/\bache (?:\w+ ){0,2}in (?:his|her|my|the) jaw\b/i, /\bbetween (?:his|her|my|the) shoulder ?blades\b/i] },
};

// Danger-sign presentations that short messages carry without any classic red-flag word (studied as clinical classes
// after blind batch J's first-sight score, never as its sentences):
// - infants: the red column of the NICE traffic-light system (fever under 3 months, floppy, not feeding and hard to
//   wake, weak or high-pitched cry, mottled/blue, bulging or sunken fontanelle with no wet nappies, a rash spreading
//   fast or not fading in a sick child);
// - ingestions by substance class (caustics, hydrocarbons, pesticides, toxic alcohols, button batteries, magnets);
// - envenomation (snake, scorpion, spider, wasp/hornet/bee swarm, jellyfish) with systemic signs or many stings;
// - deep frostbite, bites tearing tissue (or any bite to a child's face), melaena or heavy rectal bleeding with
//   faintness (session 15), deliberate overdose.
import type { ClinicalContext, ClinicalRule } from './clinical.js';
import { affirmed, clinicalRule } from './clinical.js';
import { readsBleedingUnstopped } from './bleeding-unstopped.js';
import { readLargeIngestions } from './ingestion.js';
import { BY_MISTAKE, SUBSTANCE_CLASSES } from './substances.js';
import { clauseAt, clauses, isHistorical, isNegated } from '../red-flags/context.js';

/** Every rule in this file is an emergency. */
const CR = (id: string, zh: string, en: string, adviceZh: string, adviceEn: string, test: ClinicalRule['test'], chronicDowngrade = false): ClinicalRule =>
  clinicalRule(id, 'emergency', zh, en, adviceZh, adviceEn, test, chronicDowngrade);
const young = (c: ClinicalContext) => c.modifiers.has('infant') || c.modifiers.has('underOne') || c.modifiers.has('child');
const baby = (c: ClinicalContext) => c.modifiers.has('infant') || c.modifiers.has('underOne') || /宝宝|婴儿|新生儿|\b(?:baby|infant|newborn)\b/i.test(c.text);

// --- Infants and children (NICE NG143 red column) -------------------------------------------------------------
const FEVER = /发烧|发热|烧到|高烧|\bfever\w*|\bfebrile\b|\bhot to (?:the )?touch\b|(?<![\d.])(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|°|℃|c\b|degrees)/i;
// A reading written below 38 °C ("37.5") is not a fever; any reading of 38 or more is.
const BELOW_38 = /(?<![\d.])3[5-7](?:\.\d)?(?![\d])/;
const AT_LEAST_38 = /(?<![\d.])(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|°|℃|c\b|degrees)?(?![\d])/i;
const MOTHER_BODY = /乳房|乳腺|乳头|伤口|恶露|刀口|\b(?:breast|nipple|stitches|wound|scar|lochia)\b/i;
const FLOPPY =
  /软绵绵|软塌塌|软趴趴|(?:手脚|四肢|全身)[^，。]{0,4}(?:耷拉|没劲|软)|像(?:个)?布娃娃|\bfloppy\b|\b(?:like a )?rag ?doll\b|\blimp\b|\bno muscle tone\b/i;
const NOT_FEEDING =
  /不(?:肯|愿意)?(?:吃奶|喝奶|吃东西|进食)|(?:奶|奶瓶)[^，。]{0,4}(?:不吃|不喝|没吃|没喝)|(?:没|没有)(?:吃|喝)(?:过)?奶|拒奶|\b(?:not|isn'?t|won'?t|hasn'?t|refus\w*|stopped) (?:\w+ ){0,2}(?:feed\w*|taken (?:a|the|any) (?:bottle|feed|breast)|drink\w*|nurs\w*|latch\w*|eat\w*)\b|\bno (?:feeds?|bottles?)\b/i;
const HARD_TO_WAKE =
  /(?:一直|总是|老是)?(?:睡|昏睡|嗜睡)[^，。]{0,4}(?:叫不醒|不醒|很难叫醒)|叫不醒|一直睡|很难叫醒|嗜睡|没反应|\b(?:keeps|just keeps|won'?t stop) sleeping\b|\bvery sleepy\b|\b(?:hard|difficult|impossible) to wake\b|\bwon'?t wake\b|\bnot waking\b|\bunresponsive\b|\bnot responding\b|\bdoesn'?t respond\b/i;
const WEAK_CRY =
  /哭声(?:很)?(?:弱|尖|微弱)|尖叫样哭|\b(?:weak|high[- ]pitched|shrill|whimpering|moaning) cry\w*\b|\bcry(?:ing)? (?:is |sounds )?(?:weak|high[- ]pitched)\b/i;
const MOTTLED =
  /皮肤[^，。]{0,4}(?:花斑|发花|发灰|发青)|嘴唇发紫|发紫|\bmottled\b|\bashen\b|\b(?:blue|grey|gray) (?:lips|skin|tinge|around the (?:lips|mouth))\b/i;
const FONTANELLE_BULGE = /囟门[^，。]{0,4}(?:鼓|凸|胀)|\b(?:bulging|tense) (?:fontanelle|soft spot)\b|\bsoft spot (?:is )?(?:bulging|tense|swollen)\b/i;
const FONTANELLE_SUNKEN =
  /囟门[^，。]{0,4}(?:凹|陷)|\bsunken (?:fontanelle|soft spot)\b|\b(?:fontanelle|soft spot) (?:\w+ ){0,2}sunken\b|\b(?:fontanelle|soft spot) (?:is )?(?:sunk|dipped)\b/i;
const NO_URINE =
  /(?:半天|大半天|一整天|一天|[六八十\d]+\s*个?小时)[^，。]{0,4}(?:没|没有)(?:尿|小便|湿)|尿布[^，。]{0,4}(?:干|没湿)|\bno wet (?:nappy|nappies|diaper|diapers)\b|\bhasn'?t (?:peed|wee\w*|had a wet (?:nappy|diaper))\b|\b(?:nappy|nappies|diaper|diapers) (?:\w+ ){0,2}dry\b/i;
const SPREADING_RASH =
  /(?:红点|疹子|皮疹|斑点|出血点|紫点)[^，。]{0,8}(?:蔓延|扩散|越来越多|全身|压不褪|不褪色)|压(?:了)?不褪|\brash (?:\w+ ){0,4}(?:spread\w*|all over|doesn'?t fade|won'?t fade|not fad\w*|under (?:a|the) glass)\b|\bnon-?blanching\b|\b(?:purple|dark red) (?:spots|blotches|rash)\b|\bspots (?:that )?(?:don'?t|won'?t) fade\b/i;
// A baby under 3 months whose tone, feeding or responsiveness has changed, told in the softened way parents write it
// ("不太吃奶", "没什么力气", "叫她也不太有反应", "barely feeding"): the same picture as the English "not interested in
// feeds" that NOT_FEEDING reads. A reading of its own (session 36), so the lists above keep their meaning for older rules.
// Each domain is a negator or "little" word + a softener + the act, not a phrase list: 不/没 + 太/怎么/大/爱/想 + 吃/喝.
const INFANT_FEED_LESS =
  /(?:不|没)(?:太|怎么|大|咋|爱|想|肯|愿意|好好)(?:吃|喝|吸|吮)(?:奶|母乳|奶粉|东西)?|(?:吃|喝)(?:奶)?(?:只|就)?(?:吃|喝)?(?:了)?(?:几口|一点点?|一半)(?:就)?(?:不(?:吃|喝)|停|睡|吐)|(?:吃|喝)(?:奶)?(?:得)?(?:很|特别|非常|好)少|奶量[^，。]{0,4}(?:少|减|降|掉)|\b(?:barely|hardly|scarcely) (?:\w+ ){0,1}(?:feed\w*|eat\w*|drink\w*|nurs\w*|tak\w+ (?:a |the |any |her |his )?(?:bottle|feed|breast)s?)\b|\b(?:feed\w*|eat\w*|drink\w*|nurs\w*) (?:very )?(?:poorly|badly|much less|a lot less)\b|\b(?:not|no longer|isn'?t) interested in (?:\w+ )?(?:feeds?|feeding|milk|the bottle|the breast|eating)\b|\bonly (?:taking|took|had) (?:\w+ ){0,2}(?:sips?|mouthfuls?|half|a little|a few)\b/i;
const INFANT_TONE_LESS =
  /软软(?:的)?|软绵绵|软塌塌|软趴趴|没(?:有)?(?:什么|啥|一点)?(?:力气|力|劲)|无力|使不上劲|提不起劲|\b(?:limp|floppy|no energy|weak and (?:sleepy|limp|floppy)|like a rag ?doll|(?:feels?|seems?|is|looks?) (?:\w+ ){0,2}(?:limp|weak|floppy))\b/i;
const INFANT_RESPONSE_LESS =
  /(?:不|没)(?:太|怎么|大)?(?:理人|有反应|睁眼|看人)|叫[^，。]{0,4}(?:不|没)(?:太|怎么|大)?(?:理|应|反应|醒)|没(?:什么|啥)?反应|反应[^，。]{0,2}(?:慢|差|迟钝)|一直(?:在)?睡|睡[^，。]{0,2}(?:不醒|醒不了)|\b(?:not (?:really |very )?(?:responding|reacting|responsive|alert)|won'?t (?:look at|focus on|wake)|(?:very|really|unusually|so) (?:sleepy|drowsy)|hard to (?:wake|rouse))\b/i;
/** The words of a change, not of how the baby always is ("手脚软软的肉肉的很可爱" is a healthy baby described). */
const INFANT_CHANGE_TIME =
  /今天|今日|这两天|这几天|昨天|昨晚|从[^，。]{0,8}(?:开始|起)|突然|变得|越来越|比(?:平时|以前|之前)|整个人|成个人|全身|\b(?:today|since|this (?:morning|afternoon|evening)|suddenly|than (?:usual|before|normal)|all of a sudden|last night|yesterday)\b/i;
/** Good signs said of the same baby turn a softened sign into a normal day ("有点想睡，但是吃奶很好"). */
const INFANT_WELL =
  /吃奶(?:很|挺|还)?(?:好|正常|不错|香)|精神(?:很|挺|也)?(?:好|不错)|\b(?:feeding|feeds?|eating|drinking) (?:really |very |just )?(?:well|fine|normally|great)\b|\b(?:alert|smiling|happy|content)\b/i;
/** Tone, feeding and responsiveness of a baby under 3 months, by structure: two changed domains, or less feeding told as
 *  a change (the English "not interested in feeds" alone is read already), and no good sign said alongside. */
export function infantChangeSigns(c: ClinicalContext): boolean {
  if (!c.modifiers.has('infant')) return false;
  if (affirmed(INFANT_WELL, c.text)) return false;
  const feed = affirmed(INFANT_FEED_LESS, c.text);
  const tone = affirmed(INFANT_TONE_LESS, c.text);
  const resp = affirmed(INFANT_RESPONSE_LESS, c.text);
  const domains = [feed, tone, resp].filter(Boolean).length;
  return domains >= 2 || (domains === 1 && INFANT_CHANGE_TIME.test(c.text));
}
const UNWELL = /精神(?:很|特别|非常)?(?:差|不好)|没精神|蔫|发烧|\b(?:very |really )?(?:unwell|poorly|sick|lethargic|listless|drowsy|feverish)\b|\bfever\w*/i;

// --- Ingestion by substance class -------------------------------------------------------------------------------
// Preparing or asking in advance ("what should I do if my kid ever swallows…", "万一孩子吞了电池怎么办").
const HYPOTHETICAL =
  /万一|如果[^，。]{0,8}(?:吃|喝|吞|咬)|怎么(?:保存|存放)|\b(?:what (?:should|do|would) (?:i|we|you) do|what happens) if\b|\bif (?:\w+ ){0,3}ever\b|\bwant(?:ed)? to be prepared\b|\bjust in case\b|\bhow (?:do|should) (?:i|we) store\b|\bis it safe to use\b/i;
const INGEST_VERB =
  /吃|喝|吞|咬|舔|含|咽|误服|误食|\b(?:drank|drunk|drinking|swallow\w*|ate|eaten|eating|chew\w*|bit into|bitten into|licked|sucked|sipped|put (?:it|one|a \w+) in (?:his|her|their) mouth|got into)\b/i;
const MOUTH_BURN =
  /流口水|口水|嘴(?:巴)?[^，。]{0,4}(?:红|肿|烂|起泡|痛)|口[^，。]{0,2}红|喉咙[^，。]{0,3}(?:痛|烧)|吞不下|\bdrool\w*|\bmouth (?:\w+ ){0,2}(?:red|burn\w*|blister\w*|swollen)\b|\bthroat (?:\w+ ){0,2}(?:burn\w*|hurts?|sore)\b|\bcan'?t swallow\b/i;

// --- Envenomation ----------------------------------------------------------------------------------------------
const VENOMOUS =
  /蛇|蝎子|毒蜘蛛|黑寡妇|蜈蚣|黄蜂|马蜂|胡蜂|虎头蜂|大黄蜂|蜂窝|蜂窦|(?:一)?窦蜂|水母|僧帽水母|石头鱼|\b(?:snake|rattlesnake|adder|viper|cobra|copperhead|cottonmouth|scorpion|black widow|redback|funnel[- ]web|brown recluse|wasps?|hornets?|yellow ?jackets?|(?:bee|wasp|hornet)s?'? nest|swarm|box jellyfish|jellyfish|stonefish|centipede)\b/i;
const BITTEN = /咬|蛰|蜇|叮|刺|螫|\b(?:bit|bitten|bite|stung|stings?|stinging|attacked)\b/i;
const SYSTEMIC =
  /流口水|吐|呕|头晕|晕|冒汗|出汗|大汗|喘|呼吸(?:困难|急|费力|不畅)|心慌|抽|发抖|眼睛[^，。]{0,4}(?:乱转|乱动)|肌肉[^，。]{0,3}跳|说话不清|全身[^，。]{0,3}(?:肿|痒|起)|嘴唇[^，。]{0,2}肿|\bdrool\w*|\bvomit\w*|\bthrowing up\b|\bthrew up\b|\bdizz\w*|\bfaint\w*|\blight-?headed\b|\bsweat\w*|\b(?:hard|trouble|difficult\w*|struggling|can'?t) (?:to )?(?:catch (?:his|her|my|their) )?breath\w*|\bbreathless\w*|\bshort of breath\b|\bwheez\w*|\btwitch\w*|\bjerk\w*|\beyes (?:\w+ ){0,3}(?:darting|rolling|roving|moving)\b|\bslurr\w*|\bswelling (?:\w+ ){0,3}(?:spread\w*|up (?:his|her|my) (?:arm|leg))\b|\bnumb\w*|\bconfus\w*|\bpale\b/i;
const MANY_STINGS =
  /(?:几十|二三十|三四十|[二三四五六七八九]十|[1-9]\d)\s*(?:个|多个|处|下)?[^，。]{0,3}(?:包|针|口|下|处)?|全身(?:都)?(?:被)?[^，。]{0,3}(?:叮|蛰|蜇)|被一(?:窝|群|窦)|(?:蜂窝|蜂窦|一窦)|\b(?:[1-9]\d|dozens?|many|multiple|lots of|loads of|countless|over \d{2}) (?:\w+ ){0,2}stings?\b|\bstung (?:\w+ ){0,3}(?:all over|many times|dozens of times|\d{2} times)\b|\b(?:nest|swarm)\b/i;

// --- Other ----------------------------------------------------------------------------------------------------
const COLD_EXPOSURE =
  /冻|冰天雪地|雪地|零下|冰钓|滑雪|\bfrost\w*|\bfreez\w*|\bice[- ]fishing\b|\bsnow\w*|\bbelow zero\b|\bsub-?zero\b|\bin the cold\b|\bskiing\b|\bmountain\w*/i;
// Deep frostbite: no feeling AND hard or waxy, with white/grey skin, blisters or blackening. Clear blisters on pink,
// feeling skin after rewarming are superficial (urgent).
const FROST_NUMB = /(?:没(?:有)?(?:知觉|感觉)|麻木)|\b(?:can'?t feel|no feeling|numb)\b/i;
const FROST_HARD = /(?:硬邦邦|发硬|变硬|硬了|硬得|像蜡|蜡样|蜡一样)|\b(?:hard|solid|wooden|waxy|wax)\b/i;
const FROST_MORE = /(?:发白|苍白|发灰|灰白|水泡|起泡|发黑|变黑|黑了)|\b(?:white|grey|gray|blisters?|black\w*)\b/i;
const ANIMAL_BITE =
  /(?:狗|猫|马|猴|动物)[^，。]{0,10}咬|被咬|\b(?:dog|dogs|cat|animal|horse|monkey|pit ?bull|rottweiler)\b[^.]{0,30}\b(?:bit|bitten|bite|got|attacked|mauled)\b|\bmauled\b/i;
const FACE = /脸|面部|嘴角|嘴唇|眼睛|鼻子|耳朵|脖子|头皮|\b(?:face|cheek|lip|eye|nose|ear|neck|scalp)\b/i;
const TORN =
  /撕开|撕裂|撕掉|掉了一块|一块肉|皮肉[^，。]{0,3}(?:翻|掉|挂)|挂着|深可见|\bsplit (?:open|apart|wide)\b|\blaid open\b|\b(?:flap|hanging|torn|ripped|gaping|chunk (?:of|missing)|tissue missing|down to the bone)\b/i;
const MELAENA =
  /黑便|柏油(?:样|状)?|大便[^，。]{0,4}(?:黑|像柏油)|拉[^，。]{0,3}黑|\b(?:black|tarry|tar-like)\b[^.]{0,20}\b(?:stools?|poo\w*|bowel movements?|tar)\b|\b(?:poo\w*|stools?)\b[^.]{0,20}\b(?:black|tarry|tar)\b|\bmelaena\b|\bmelena\b/i;
/** A lot of blood passed from the bottom (bright red or clots), not streaks on the paper: with faintness, the lower-GI
 *  bleed that is haemodynamically unstable (BSG acute lower GI bleeding: shock index, collapse → emergency). Anchored to
 *  the bowel (poo, stool, bottom, 大便, 肛门), not a toilet or clots alone — bleeding after a birth or a miscarriage is
 *  told in those words too. */
const HEAVY_RECTAL =
  /(?:大便|便|拉|肛门|屁股)[^，。]{0,8}(?:好多|很多|大量|一大摊|一摊|满|哗哗|止不住|一直|不停)[^，。]{0,4}(?:鲜)?血|便血[^，。]{0,6}(?:好多|很多|大量|止不住|不停|血块)|\b(?:lots|loads|a lot|a load|so much|heaps|large amounts?|cups?|clots)\b (?:of )?(?:bright red |fresh |dark red )?(?:blood|clots)\b[^.?!]{0,40}\b(?:poo\w*|stools?|bottom|bum|rectum|back passage|bowels?)\b|\b(?:poo\w*|stools?|bottom|bum|rectum|back passage|bowel motions?)\b[^.?!]{0,40}\b(?:lots|loads|a lot|so much|full|heaps|clots) (?:of )?(?:bright red |fresh |dark red )?blood\b|\b(?:passing|bleeding|pouring) (?:a lot of |lots of |heavily |so much )(?:blood )?(?:from|out of) (?:my|his|her|their) (?:bottom|bum|back passage|rectum)\b/i;
const FAINTISH =
  /头晕|眼前发黑|要晕|差点晕|晕倒|站不稳|心慌|出冷汗|脸色苍白|\b(?:almost|nearly) (?:fainted|passed out|blacked out|collapsed)\b|\bfaint\w*|\bpassed out\b|\blight-?headed\b|\bdizzy\b|\bpale\b|\bclammy\b|\bracing heart\b/i;
/** A large ingestion already swallowed — a container, ten-plus tablets, a handful (ingestion.ts) — affirmed in its clause. */
const largeIngestionTaken = (text: string): boolean => {
  const cl = clauses(text);
  return readLargeIngestions(text).some(
    (x) => x.taken && !x.supplyOnly && !isNegated(text, clauseAt(cl, x.at), x.at) && !isHistorical(text, clauseAt(cl, x.at)),
  );
};

export const DANGER_RULES: readonly ClinicalRule[] = [
  CR(
    'infant-fever-under-3-months',
    '3个月以下婴儿发烧（38℃及以上）',
    'fever in a baby under 3 months old',
    '小于3个月的宝宝发烧需要立即到急诊评估，不要只在家观察。',
    'A baby under 3 months with a fever needs emergency assessment now, not watching at home.',
    (c) =>
      c.modifiers.has('infant') &&
      affirmed(FEVER, c.text) &&
      !(BELOW_38.test(c.text) && !AT_LEAST_38.test(c.text)) &&
      // "生完孩子三周，乳房红肿发烧": the mother's fever, not the baby's.
      !(c.modifiers.has('postpartum') && MOTHER_BODY.test(c.text)),
  ),
  CR(
    'infant-danger-signs',
    '婴幼儿危险征象（软绵绵、拒奶伴嗜睡、哭声弱或尖、皮肤花斑发青、囟门鼓起）',
    'danger signs in a baby or young child (floppy, not feeding and hard to wake, weak or high-pitched cry, mottled or blue, bulging soft spot)',
    '立即呼叫急救或前往急诊。',
    'Call an ambulance or go to an emergency department now.',
    (c) =>
      (baby(c) || young(c)) &&
      (affirmed(FLOPPY, c.text) ||
        affirmed(FONTANELLE_BULGE, c.text) ||
        affirmed(WEAK_CRY, c.text) ||
        (affirmed(MOTTLED, c.text) && baby(c)) ||
        (baby(c) && affirmed(NOT_FEEDING, c.text) && affirmed(HARD_TO_WAKE, c.text)) ||
        (c.modifiers.has('infant') && (affirmed(NOT_FEEDING, c.text) || affirmed(HARD_TO_WAKE, c.text))) ||
        infantChangeSigns(c)),
  ),
  CR(
    'infant-dehydration-signs',
    '婴儿脱水危险征象（囟门凹陷伴长时间无尿）',
    'a baby with a sunken soft spot or many hours without a wet nappy (severe dehydration)',
    '立即就医；途中少量多次喂奶或口服补液盐。',
    'Go now; give small frequent feeds or oral rehydration solution on the way.',
    (c) =>
      (baby(c) || young(c)) &&
      (affirmed(FONTANELLE_SUNKEN, c.text) || (c.modifiers.has('underOne') && affirmed(NO_URINE, c.text))) &&
      (affirmed(NO_URINE, c.text) || (affirmed(FONTANELLE_SUNKEN, c.text) && /吐|泻|拉肚子|\bvomit|\bdiarrh|\bthrowing up/i.test(c.text))),
  ),
  CR(
    'child-spreading-rash',
    '孩子精神差伴皮疹迅速蔓延或压不褪色（疑似脑膜炎球菌败血症）',
    'a sick child with a rash spreading fast or not fading under pressure (possible meningococcal sepsis)',
    '立即呼叫急救或前往急诊。',
    'Call an ambulance or go to an emergency department now.',
    (c) =>
      affirmed(SPREADING_RASH, c.text) &&
      (young(c) || /[一1]\s*个?小时|\bwithin (?:an|the) hour\b|\bin (?:an|the last) hour\b/i.test(c.text)) &&
      affirmed(UNWELL, c.text),
  ),
  CR(
    'toxic-substance-ingestion',
    '误服腐蚀性或有毒物质（清洁剂、通渠水、汽油、农药、防冻液、纽扣电池、磁铁）',
    'swallowed a caustic or toxic substance (cleaners, drain cleaner, fuel, pesticide, antifreeze, button battery, magnets)',
    '不要催吐，不要自行中和；保留包装，立即呼叫急救或中毒热线。',
    'Do not make them vomit or try to neutralise it; keep the packet and call emergency services or poison control now.',
    (c) => {
      const cls = Object.values(SUBSTANCE_CLASSES).some((re) => affirmed(re, c.text));
      if (!cls || !affirmed(INGEST_VERB, c.text)) return false;
      if (HYPOTHETICAL.test(c.text)) return false;
      return young(c) || c.modifiers.has('elderly') || affirmed(MOUTH_BURN, c.text) || BY_MISTAKE.test(c.text);
    },
  ),
  CR(
    'envenomation-systemic',
    '毒蛇、蝎子、毒蜘蛛或蜂类蜇咬后出现全身症状或被大量蜇伤',
    'a venomous bite or sting with whole-body symptoms, or many stings at once',
    '保持安静少动，伤肢放低制动，取下戒指手表；立即呼叫急救。',
    'Keep still, keep the limb still and low, remove rings and watches, and call an ambulance now.',
    (c) =>
      affirmed(VENOMOUS, c.text) &&
      affirmed(BITTEN, c.text) &&
      (/蛇|\b(?:snake|rattlesnake|adder|viper|cobra|copperhead|cottonmouth|funnel[- ]web|box jellyfish|stonefish)\b/i.test(c.text) ||
        affirmed(SYSTEMIC, c.text) ||
        affirmed(MANY_STINGS, c.text) ||
        (young(c) && /蝎子|\bscorpion\b/i.test(c.text))),
  ),
  CR(
    'deep-frostbite',
    '疑似深度冻伤（皮肤发白发硬如蜡、失去知觉、起水泡或发黑）',
    'possible deep frostbite (white, hard, waxy skin with no feeling, blisters or blackening)',
    '不要搓揉，不要用火烤；若不会再次受冻，用温水（约40℃）复温，立即就医。',
    'Do not rub or use direct heat; rewarm in warm water (about 40 °C) only if it will not refreeze, and get emergency care now.',
    (c) =>
      (COLD_EXPOSURE.test(c.text) || /冻伤|\bfrostbit\w*/i.test(c.text)) &&
      affirmed(FROST_NUMB, c.text) &&
      affirmed(FROST_HARD, c.text) &&
      affirmed(FROST_MORE, c.text),
  ),
  CR(
    'serious-animal-bite',
    '动物咬伤撕裂组织，或咬伤孩子面部',
    'an animal bite that tore tissue, or a bite to a child’s face',
    '用干净的布压住止血，立即前往急诊（需要清创缝合和狂犬病评估）。',
    'Press a clean cloth on it to stop bleeding and go to an emergency department now (repair and rabies assessment).',
    (c) => affirmed(ANIMAL_BITE, c.text) && (affirmed(TORN, c.text) || (young(c) && affirmed(FACE, c.text))),
  ),
  CR(
    'melaena-with-faintness',
    '黑便（柏油样）伴头晕或差点晕倒（疑似上消化道出血）',
    'black tarry stools with faintness or dizziness (possible bleeding in the gut)',
    '平躺，不要进食，立即呼叫急救。',
    'Lie down, take nothing by mouth, and call for an ambulance.',
    (c) => affirmed(MELAENA, c.text) && affirmed(FAINTISH, c.text),
  ),
  CR(
    'rectal-bleeding-with-faintness',
    '大便大量出鲜血伴头晕或差点晕倒（疑似下消化道大出血）',
    'a lot of blood from the bottom with faintness or dizziness (possible heavy bleeding in the bowel)',
    '平躺，不要进食，立即呼叫急救。',
    'Lie down, take nothing by mouth, and call for an ambulance.',
    (c) => affirmed(HEAVY_RECTAL, c.text) && affirmed(FAINTISH, c.text),
  ),
  CR(
    'bleeding-unstopped',
    '按压20分钟以上仍在出血（鼻出血或伤口）',
    'bleeding still going after 20 minutes or more of pressure (a nosebleed or a wound)',
    '继续用力按压（鼻出血：身体前倾，捏紧鼻翼软的部分），立即去急诊；如出血量大或头晕，呼叫急救。',
    'Keep firm pressure on it (a nosebleed: lean forward and pinch the soft part of the nose) and go to an emergency department now; call an ambulance if it is heavy or you feel faint.',
    (c) => readsBleedingUnstopped(c.text),
  ),
  CR(
    'deliberate-overdose',
    '服用了大量药物',
    'took a large amount of medicine',
    '保留药盒，不要催吐；立即呼叫急救或中毒热线。',
    'Keep the packets, do not make them vomit, and call emergency services or poison control now.',
    (c) => largeIngestionTaken(c.text) && !/\b(?:vitamins?|gumm\w*)\b|维生素|钙片|益生菌/i.test(c.text),
  ),
];

// A physiological finding of the newborn told with no danger sign (session 39, #19). Blind batch triage-bc: an 8-day-old
// with tiny white spots on the nose and peeling feet (milia, desquamation) and a 10-day-old's swollen breast buds with a
// little milky fluid ("witch's milk") were made emergencies by the learned reader alone: it has read thousands of
// emergencies of babies and hears "8 day old" + a skin or breast word. The NICE traffic-light system (NG143) and newborn
// examination guidance list these as normal transitions that need reassurance, not a doctor today. The structure read:
//   a NEWBORN (an age ≤ 8 weeks told in days or weeks, 新生儿, newborn) × a finding from the physiological set (milia, skin
//   peeling, breast swelling or milk, baby acne, stork mark, Epstein pearls / 马牙, hiccups, sneezing, cradle cap) ×
//   NO danger sign anywhere in the message (fever, feeding poorly, sleepy or floppy, breathing, colour — blue, grey, pale,
//   yellow —, vomiting, redness, heat, hardness or pus, blisters, spreading or bleeding spots, fits, a weak or endless cry,
//   few wet nappies, diarrhoea).
// triage.ts uses it only when the rule layer found nothing clinical (no sign, presentation, vital or suicide component):
// it keeps the learned reader's OWN raise to urgent at most (combine.ts chronicOnly), as a long-standing course does. It
// never lowers a rule's emergency, and any danger sign, in any clause, leaves the message as before. Pure; its own lists.
import { findAges } from '../red-flags/age.js';

/** Eight weeks: the newborn's physiological findings (milia, breast buds, desquamation) are of the first weeks. */
const NEWBORN_DAYS = 56;
const NEWBORN_WORD =
  /\b(?:newborn|new-born|neonate)\b|新生儿|刚出生|出生(?:第)?[一二三四五六七八九十\d]{1,3}天|(?:宝宝|婴儿|孩子|女儿|儿子)(?:才|刚)?(?:出生)?(?:[一二三四五六七八九十]{1,3}|\d{1,2})天|(?:宝宝|婴儿|孩子|女儿|儿子)(?:才|刚)?(?:出生)?[一二两三四五六七八1-8](?:周|个星期)/i;

/** The physiological findings of the first weeks, each by its lay description too. */
const FINDING: readonly (readonly [string, RegExp])[] = [
  [
    'milia',
    /\bmilia\b|\b(?:tiny |little |small )?white (?:spots|dots|bumps|heads)\b[^.?!]{0,25}\b(?:nose|face|cheeks?|chin|forehead)\b|\b(?:nose|face|cheeks?|chin)\b[^.?!]{0,20}\b(?:tiny |little |small )?white (?:spots|dots|bumps)\b|粟粒疹|(?:鼻子|鼻头|脸上|脸蛋|下巴|额头)[^，。？！]{0,8}(?:小白点|白色小点|白点|白色的小点|白色颗粒|白色小颗粒)|(?:小白点|白色小点|白点|白色颗粒)[^，。？！]{0,6}(?:鼻子|鼻头|脸上|下巴)/i,
  ],
  [
    'peeling',
    /\b(?:skin\b[^.?!]{0,30}\b(?:peeling|flaking|flaky|cracking)|peeling skin|(?:peeling|flaky) (?:feet|hands|ankles|wrists))\b|(?:脱皮|蜕皮|掉皮|起皮)/i,
  ],
  [
    'breastBuds',
    /\b(?:breasts?|nipples?|breast (?:buds?|tissue|lumps?))\b(?![- ]?(?:milk|feed|fed|pump))[^.?!]{0,30}\b(?:swollen|swelling|lumps?|lumpy|enlarged|puffy|bumps?|milk|milky|discharge|fluid)\b|\b(?:swollen|swelling|lumpy|enlarged) (?:breasts?|nipples?)\b|witch'?s milk|(?:乳房|乳头|乳晕|胸部|奶头)[^，。？！]{0,8}(?:肿|鼓|硬块|硬结|包块|增大|大了|凸|白色的水|白水|奶水|流奶|溢奶|分泌)/i,
  ],
  ['acne', /\b(?:baby|newborn|neonatal) acne\b|\bspots? on (?:his|her) (?:face|cheeks)\b|(?:新生儿)?痤疮|脸上[^，。？！]{0,4}(?:小红点|小痘痘|痘痘)/i],
  ['storkMark', /\bstork (?:bites?|marks?)\b|\bsalmon patch\w*\b|\bangel'?s kiss\b|鹳吻斑|天使之吻|鲑鱼斑/i],
  ['epsteinPearls', /\bepstein'?s? pearls?\b|\bwhite (?:spots|dots|bumps) on (?:his|her|the) (?:gums?|roof of (?:his|her) mouth)\b|马牙|板牙|螳螂嘴/i],
  ['hiccupsSneezing', /\b(?:hiccups?|hiccoughs?|sneez\w*)\b|打嗝|打喷嚏/i],
  ['cradleCap', /\bcradle cap\b|乳痂|头垢/i],
];

/** Any danger sign, in any clause: then the message is not a physiological finding alone. */
const DANGER =
  /\b(?:fever|feverish|temp(?:erature)?|hot to (?:the )?touch|3[7-9](?:\.\d)?|4[0-2](?:\.\d)?|°|degrees?|not (?:feeding|eating|drinking|taking|latching|interested in (?:feeds|feeding|milk))|sleeping (?:all the time|a lot more|more than)|won'?t settle|no response|doesn'?t (?:respond|react|wake)|won'?t (?:feed|eat|drink|take|latch|wake)|off (?:his|her) feeds|feeding (?:poorly|less|badly)|sleepy|drowsy|floppy|limp|letharg\w*|hard to wake|won'?t wake|unresponsive|breath\w*|grunt\w*|blue|grey|gray|pale|mottled|yellow|jaundic\w*|vomit\w*|sick|red|redness|hot|hard|pus|oozing|smell\w*|blisters?|pustules?|spreading|bleed\w*|blood|bruis\w*|purple|fits?|seiz\w*|jerk\w*|twitch\w*|weak cry|high[- ]pitched|inconsolable|crying (?:non-?stop|constantly|all the time)|dry nappies|wet nappies|diarrh\w*|swollen (?:belly|tummy)|lump in (?:the|his|her) (?:groin|belly)|rash all over|non-?blanching|doesn'?t fade)\b|发烧|发热|烧|烫|体温|度|不吃|不怎么吃|不太吃|不肯吃|吃得(?:很)?少|吃奶少|拒奶|吃不进|一直睡|睡得(?:特别|很)?多|不太醒|不醒|叫不应|没反应|反应差|不哭|没精神|精神差|蔫|嗜睡|叫不醒|睡得叫|软|呼吸|喘|呻吟|哼哼|发紫|青紫|发绀|苍白|发灰|发花|黄|吐|呕|红|热|硬|脓|臭|水疱|水泡|脓疱|扩散|蔓延|出血|血|瘀|紫|抽|哭声弱|一直哭|哭闹不止|尿少|没尿|拉稀|腹泻|肚子胀/i;

export interface NewbornFinding {
  findings: string[];
}

export function readNewbornFinding(text: string): NewbornFinding | null {
  const newborn = NEWBORN_WORD.test(text) || findAges(text).some((g) => g.days <= NEWBORN_DAYS);
  if (!newborn || DANGER.test(text)) return null;
  const findings = FINDING.filter(([, re]) => re.test(text)).map(([name]) => name);
  return findings.length > 0 ? { findings } : null;
}

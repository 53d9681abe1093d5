// A stimulant taken (cocaine, methamphetamine, MDMA, cathinones) read as the context of what follows it: chest pain, a
// seizure or a body overheating after one is an emergency, whatever the sign rules grade them alone. Cocaine chest pain
// is treated as a possible heart attack or dissection at any age (AHA scientific statement on cocaine-associated chest
// pain, Circulation 2008;117:1897; NICE CKS "Chest pain": recreational drug use); stimulant hyperthermia and seizures
// are toxic emergencies (TOXBASE; NHS "Drug overdose"). Only a use told (took, snorted, 吸了, 溜冰…) counts — a question
// about a drug, a conditional, or use in the past ("used to", "clean for two years", 以前, 戒了) does not. Raise only.
import { clauseAt, clauses, isHistorical, isNegated } from '../red-flags/context.js';
import { matchesOf } from '../red-flags/match.js';
import { type ClinicalContext, type ClinicalRule, clinicalRule } from './clinical.js';
import { CONDITIONAL_BEFORE } from './ingestion.js';
import { findVitals } from './vitals.js';

/** Names that are a stimulant whatever surrounds them. */
const STIM_EN = `(?:cocaine|crack cocaine|(?:crystal )?meth(?:amphetamine)?|mdma|ecstasy|mephedrone|mdpv|bath salts)`;
/** Names with an everyday sense ("a coke", "some speed", "crack") count only after a drug-taking verb. */
const STREET_EN = String.raw`(?:coke|crack|speed(?! (?:dial|bumps?|limits?|cameras?|tests?|awareness|course|boat|skating|date|dating|reading|run|training|work)\b)|molly|mandy|m-?cat|uppers)`;
const FEW = String.raw`(?: (?:a|an|some|few|couple|of|lines?|bumps?|bit|little|lots?|loads?|bunch|pills?|grams?|g|the|too|much|more|\d+))*?`;
/** A use told in English: the act before the name within a few words ("took some MDMA", "did a couple of lines of coke",
 *  "was on meth", "after smoking crack"). */
const USE_EN = new RegExp(
  [
    String.raw`\b(?:took|taken|taking|did|done|doing|snorted|snorting|sniffed|smoked|smoking|used|using|injected|injecting|shot up|popped|dropped|(?:was|were|is|been|got|am|'m|'s) (?:high )?on|high on|after|lines? of|bumps? of|some|too much)\b${FEW} ${STIM_EN}\b`,
    String.raw`\b(?:did|done|doing|snorted|snorting|sniffed|smoked|smoking|injected|shot up|(?:was|were|is|been|got|am|'m|'s) (?:high )?on|high on|lines? of|bumps? of|a bag of)\b${FEW} ${STREET_EN}\b`,
    // "took speed / molly": taken, not drunk or had (a coke), is a drug.
    String.raw`\b(?:took|taken|taking|popped|dropped)\b${FEW} (?:speed|molly|mandy|uppers)\b`,
  ].join('|'),
  'gi',
);
/** zh: the act before the name (吸了冰毒, 嗑了摇头丸, 用了可卡因) or the name before "after" (冰毒之后); not the slang 溜冰,
 *  which is also skating. */
const STIM_ZH = '(?:冰毒|可卡因|古柯碱|摇头丸|麻古|安非他命|甲基苯丙胺)';
const USE_ZH = new RegExp(`(?:吸|溜|嗑|吃|用|打|碰|抽|磕|喝)了?[^，。！？]{0,4}${STIM_ZH}|${STIM_ZH}[^，。！？]{0,4}(?:之后|以后|后)`, 'g');
/** Use given up ("clean for two years", "quit", 戒了): history, not a use told now. */
const GIVEN_UP = /\bclean (?:for|since)\b|\b(?:quit|stopped (?:using|taking|doing))\b|\bused to\b|\byears ago\b|戒(?:了|掉|毒)|以前|过去|年前/i;

const CHEST =
  /胸(?:口|部)?[^，。]{0,4}(?:痛|疼|闷|紧|压)|心口[^，。]{0,3}(?:痛|疼)|\bchest\b[^.?!]{0,20}\b(?:pain|hurts?|hurting|tight\w*|pressure|heavy|crushing|aching|ache)\b|\b(?:pain|tightness|pressure) in (?:my|his|her|the) chest\b/i;
const OVERHEATED =
  /浑身(?:滚烫|发烫|烫)|体温(?:很高|特别高|超高)|烧得(?:厉害|很高)|高烧|热得(?:不行|受不了)|\b(?:burning up|overheat\w*|boiling hot|red hot|roasting|hot to (?:the )?touch|(?:skin|body) (?:is )?(?:so |really |very )?hot)\b/i;

/** Use given up told of the person now ("he's clean now", "sober two years", "in recovery"), unless a relapse is told. */
const CLEAN_NOW = /\b(?:is|'s|am|'m|are|'re|been|now|stayed|staying|stays) (?:\w+ )?(?:clean|sober)\b|\bin recovery\b|戒(?:了|掉)|戒毒(?:了|成功)/i;
const RELAPSE = /\brelaps\w*|\bslipped\b|\bused again\b|\bfell off the wagon\b|复吸|又吸/i;

/** True when a stimulant use is told now (not asked about, not conditional, not history). */
export function stimulantUseTold(text: string): boolean {
  if (CLEAN_NOW.test(text) && !RELAPSE.test(text)) return false;
  const cl = clauses(text);
  for (const re of [USE_EN, USE_ZH]) {
    for (const m of matchesOf(re, text)) {
      const at = m.index ?? 0;
      if (CONDITIONAL_BEFORE.test(text.slice(0, at))) continue;
      const clause = clauseAt(cl, at);
      const clauseText = text.slice(clause.start, clause.end);
      if (GIVEN_UP.test(clauseText) || isNegated(text, clause, at) || isHistorical(text, clause)) continue;
      return true;
    }
  }
  return false;
}

/** A danger a stimulant turns into an emergency: chest pain, a seizure, a body overheating (≥ 39 °C or said so). */
function stimulantDanger(c: ClinicalContext): boolean {
  if (c.signs.has('chestPain') || c.presentations.has('chestPain') || CHEST.test(c.text)) return true;
  if (c.signs.has('seizure') || c.presentations.has('seizure')) return true;
  // A temperature of 39 °C or more (the vital-sign reader's own numbers), or a body said to be overheating.
  if (c.vitals.some((v) => v.id === 'high-fever') || findVitals(c.text).some((v) => v.kind === 'tempC' && v.value >= 39)) return true;
  return OVERHEATED.test(c.text);
}

export const STIMULANT_RULES: readonly ClinicalRule[] = [
  clinicalRule(
    'stimulant-danger',
    'emergency',
    '用了兴奋类毒品（可卡因、冰毒、摇头丸等）后胸痛、抽搐或体温过高',
    'chest pain, a seizure or overheating after a stimulant (cocaine, meth, ecstasy)',
    '立即呼叫急救，并如实告诉急救人员用了什么、用了多少、什么时候用的——这是为了救治，不是为了追究；不要独处，体温高时移到凉快处、脱去多余衣物。',
    'Call an ambulance now and tell them exactly what was taken, how much and when — it is for treatment, not to get anyone into trouble. Do not stay alone; if overheating, move somewhere cool and remove extra clothing.',
    (c) => stimulantDanger(c) && stimulantUseTold(c.text),
  ),
];

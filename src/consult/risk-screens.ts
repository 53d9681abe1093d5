// Red flags that a risk modifier adds to a presentation. The same complaint needs a different first question for a
// different patient: a new headache at 67 must be asked the signs of giant-cell arteritis (sight can be lost within
// days), at 30 it need not; any period problem in a woman who could be pregnant is first a question of pregnancy. A
// complaint entry or a triage presentation lists the red flags of the complaint; these screens list what the patient's
// age, sex or state adds to it, so they apply to every wording of the complaint the recognisers know. Pure: the case
// as read in, the questions out.
import type { PresentationId } from '../safety/triage/presentations.js';
import type { CaseFacts, ConsultLang } from './types.js';

/** What a screen reads: the complaint as recognised, the presentations and complaint entries found, the facts. */
export interface RiskContext {
  text: string;
  presentations: readonly PresentationId[];
  complaints: readonly string[];
  facts: CaseFacts;
}

export interface RiskScreen {
  id: string;
  /** Source of the rule (guidance that names the modifier). */
  source: string;
  applies: (c: RiskContext) => boolean;
  ask: Record<ConsultLang, string>;
  /** A question already chosen that names these signs asks this screen: it is not asked twice. */
  covered: RegExp;
}

/** A complaint the patient has had for years or always has: not new, so not a new presentation in later life. */
const LONG_STANDING = /多年|好多年|几十年|从小|一直都有|老毛病|\b(?:for years|all my life|always (?:had|get)|since (?:i was|childhood))\b/i;

/** A period, named in any of the ways the complaint entries and lay words name it. */
const PERIODS = /月经|例假|大姨妈|经期|\bperiods?\b|\bmenstrua\w*/i;

const HEADACHE_WORDS = /头(?:痛|疼)|脑袋(?:痛|疼)|\bhead ?aches?\b|\bhead (?:hurts|pain)\b/i;

/** Pregnancy is possible: not a man, not known not pregnant (after the menopause), of an age that can conceive. */
const couldConceive = (f: CaseFacts): boolean =>
  f.sex !== 'male' && f.pregnant !== true && f.pregnant !== false && (f.age === undefined || (f.age >= 12 && f.age <= 55));

export const RISK_SCREENS: readonly RiskScreen[] = [
  {
    id: 'giantCellArteritis',
    source: 'NICE CKS Headache – assessment (new headache over 50); BSR guideline on giant cell arteritis 2020',
    applies: (c) =>
      c.facts.age !== undefined && c.facts.age >= 50 && (c.presentations.includes('headache') || HEADACHE_WORDS.test(c.text)) && !LONG_STANDING.test(c.text),
    ask: {
      zh: '有没有咀嚼时下巴疼、头皮一碰就疼（比如梳头时），或看东西模糊、重影、一阵看不见？',
      en: 'Any jaw pain when chewing, a tender scalp (for example when combing your hair), or blurred, double or lost vision?',
    },
    covered: /下巴|头皮|\bjaw\b|\bscalp\b/i,
  },
  {
    id: 'pregnancyPossible',
    source: 'NICE CKS Amenorrhoea, Menorrhagia, Dysmenorrhoea: exclude pregnancy first in a woman who could be pregnant',
    applies: (c) => PERIODS.test(c.text) && couldConceive(c.facts),
    ask: {
      zh: '有没有可能怀孕（最近有没有没避孕的同房，验过孕吗）？',
      en: 'Could you be pregnant (any unprotected sex recently, or have you done a test)?',
    },
    covered: /怀孕|验孕|pregnan/i,
  },
  {
    id: 'upperGiOver55',
    source: 'NICE NG12 Suspected cancer 1.2.7 (dyspepsia, reflux or upper abdominal pain at 55 and over)',
    applies: (c) =>
      c.facts.age !== undefined &&
      c.facts.age >= 55 &&
      (c.complaints.includes('heartburn') ||
        /胃(?:疼|痛|胀|不舒服)|消化不良|\bindigestion\b|\bstomach (?:pain|ache)\b|\bupper (?:belly|abdominal|tummy) pain\b/i.test(c.text)),
    ask: {
      zh: '有没有吞咽困难、体重下降，或反复呕吐？',
      en: 'Any trouble swallowing, weight loss, or vomiting that keeps coming back?',
    },
    covered: /吞咽|\bswallow/i,
  },
];

/** The risk screens this case opens, less those a question already chosen or asked covers. */
export function riskScreens(c: RiskContext, lang: ConsultLang, chosen: readonly string[]): string[] {
  const said = chosen.join('\n');
  return RISK_SCREENS.filter((s) => s.applies(c) && !s.covered.test(said)).map((s) => s.ask[lang]);
}

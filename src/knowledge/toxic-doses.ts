// The amount per body weight at which a single swallowed dose of a medicine needs hospital assessment — the poison
// centres' referral thresholds, not label maxima (a label's 15 mg/kg paracetamol is a treatment dose; 75 mg/kg is
// where the UK service sends a child to hospital). Read by safety/triage/dose-per-kg.ts, which finds the amount, the
// unit strength and the weight in the message. Names: the screening dose table's (safety/screening/dose-limits.ts) for
// every id it holds; `extraNames` only for what that table does not name. Pure data.

export interface ReferralDose {
  /** The dose-limits id whose names this agent is read by (or the agent's own id when extraNames name it). */
  id: string;
  /** Names the dose table lacks: regex sources over lower-case, simplified text. */
  extraNames?: readonly string[];
  /** The referral threshold, mg per kg of body weight, one ingestion. */
  mgPerKg: number;
  /** The threshold is in elemental iron: a salt's strength is turned into iron (IRON_SALTS). */
  elemental?: boolean;
  source: string;
}

export const REFERRAL_DOSES: readonly ReferralDose[] = [
  {
    id: 'paracetamol',
    extraNames: ['撲熱息痛', '必理痛', 'calpol'],
    mgPerKg: 75,
    source: 'NPIS/TOXBASE paracetamol (2012, after MHRA): refer any ingestion of 75 mg/kg or more',
  },
  {
    id: 'ibuprofen',
    mgPerKg: 100,
    source: 'TOXBASE ibuprofen: under 100 mg/kg unlikely to cause toxicity; 100 mg/kg or more in a child needs assessment',
  },
  {
    id: 'aspirin',
    extraNames: ['阿司匹林肠溶片', '水杨酸'],
    mgPerKg: 150,
    source: 'AAPCC out-of-hospital guideline, salicylate poisoning (Chyka et al., Clin Toxicol 2007): refer 150 mg/kg or more',
  },
  {
    id: 'iron',
    extraNames: [
      'ferrous (?:sulfate|sulphate|fumarate|gluconate)',
      'iron (?:tablets?|pills?|supplements?)',
      '硫酸亚铁',
      '富马酸亚铁',
      '葡萄糖酸亚铁',
      '琥珀酸亚铁',
      '铁剂',
      '补铁(?:片|药)',
    ],
    mgPerKg: 40,
    elemental: true,
    source: 'AAPCC out-of-hospital guideline, iron ingestion (Manoguerra et al., Clin Toxicol 2005): refer 40 mg/kg elemental iron or more',
  },
  {
    id: 'diphenhydramine',
    mgPerKg: 7.5,
    source: 'AAPCC out-of-hospital guideline, diphenhydramine (Scharman et al., Clin Toxicol 2006): refer a child at 7.5 mg/kg or more',
  },
  {
    id: 'dextromethorphan',
    mgPerKg: 7.5,
    source: 'AAPCC out-of-hospital guideline, dextromethorphan (Chyka et al., Clin Toxicol 2007): refer more than 7.5 mg/kg',
  },
  {
    id: 'amitriptyline',
    extraNames: ['imipramine', 'clomipramine', 'doxepin', '丙咪嗪', '氯米帕明', '多塞平'],
    mgPerKg: 5,
    source: 'AAPCC out-of-hospital guideline, tricyclic antidepressants (Woolf et al., Clin Toxicol 2007): refer more than 5 mg/kg',
  },
  {
    id: 'nortriptyline',
    extraNames: ['nortriptyline', 'desipramine', '去甲替林', '地昔帕明'],
    mgPerKg: 2.5,
    source: 'AAPCC tricyclic guideline (Woolf 2007): desipramine and nortriptyline more than 2.5 mg/kg',
  },
  {
    id: 'amlodipine',
    mgPerKg: 0.3,
    source: 'AAPCC out-of-hospital guideline, calcium-channel blockers (Olson et al., Clin Toxicol 2005): amlodipine more than 0.3 mg/kg',
  },
  {
    id: 'nifedipine',
    mgPerKg: 1.1,
    source: 'AAPCC calcium-channel blocker guideline (Olson 2005): nifedipine more than 1.1 mg/kg',
  },
  {
    id: 'verapamil',
    extraNames: ['verapamil', '维拉帕米'],
    mgPerKg: 2.8,
    source: 'AAPCC calcium-channel blocker guideline (Olson 2005): verapamil more than 2.8 mg/kg',
  },
  {
    id: 'diltiazem',
    extraNames: ['diltiazem', '地尔硫[卓䓬]'],
    mgPerKg: 3.5,
    source: 'AAPCC calcium-channel blocker guideline (Olson 2005): diltiazem more than 3.5 mg/kg',
  },
];

/** Elemental iron in a salt's stated strength (BNF / USP labels: ferrous sulfate 200 mg dried = 65 mg, 325 mg = 65 mg,
 *  Chinese 0.3 g = 60 mg; fumarate 33 %; gluconate 12 %; succinate 35 %). A strength said as iron itself ("元素铁65毫克",
 *  "65 mg elemental") is taken as is; an unnamed iron salt is read as the lowest common share (gluconate's 12 %) so an
 *  unknown tablet never counts more iron than it holds. */
export const IRON_SALTS: readonly { salt: RegExp; fraction: (mg: number) => number }[] = [
  { salt: /元素铁|elemental|含铁/i, fraction: () => 1 },
  { salt: /sulfate|sulphate|硫酸亚铁/i, fraction: (mg) => (mg === 200 || mg === 325 ? 65 / mg : 0.2) },
  { salt: /fumarate|富马酸亚铁/i, fraction: () => 0.33 },
  { salt: /succinate|琥珀酸亚铁/i, fraction: () => 0.35 },
  { salt: /gluconate|葡萄糖酸亚铁/i, fraction: () => 0.12 },
];
export const IRON_UNKNOWN_SALT_FRACTION = 0.12;

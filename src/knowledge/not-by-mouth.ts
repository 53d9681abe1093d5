// What must never be taken by mouth, whatever an answer says it cures: the ROUTE a substance is allowed by, read from the
// tables that already know it, not from a list in a reader. Three homes, one lookup:
// - chemical-agents.ts: every household / workplace chemical class whose `swallowed` site is a danger (bleach, lye,
//   paraffin, rubbing alcohol, Dettol…);
// - toxic-agents.ts: the chemicals (camphor, oil of wintergreen and its rubs 白花油/红花油, methanol, pesticides,
//   naphthalene…) and the fish gallbladder, a folk remedy swallowed whole that poisons the liver and kidneys. Plants,
//   fungi and medicines are left out: several are prescribed by mouth once processed (制附子, 雷公藤, 白果 cooked);
// - EXTERNAL_ONLY below: antiseptics and rubs for the skin, mouth rinse or vagina that neither table names because
//   their danger is the route, not the accident — each row says why and cites its source.
// A dosage form that names its own route (软膏, 乳膏, 搽剂, 外用药, ointment, liniment) is an external-only name too.
// Names are regex fragments: zh matched anywhere in the reading form (simplified, knowledge/../core/han-variants), en as
// whole words without case.

import { CHEMICAL_AGENTS } from './chemical-agents.js';
import { TOXIC_AGENTS } from './toxic-agents.js';

export interface NotByMouthAgent {
  id: string;
  zh: readonly string[];
  en: readonly string[];
  /** Regex fragments read in the same clause that make a name something else (a medicine's salt, a food). */
  safe: readonly string[];
  /** Where the row comes from: 'chemical-agents', 'toxic-agents' or 'external-only' (this file). */
  from: 'chemical-agents' | 'toxic-agents' | 'external-only';
}

interface ExternalOnly {
  id: string;
  zh: readonly string[];
  en: readonly string[];
  safe?: readonly string[];
  why: string;
  source: string;
}

/** Preparations for outside the body (skin, wound, mouth rinse spat out, vagina) that poison or burn when swallowed. */
export const EXTERNAL_ONLY: readonly ExternalOnly[] = [
  {
    id: 'povidone-iodine',
    zh: ['碘伏', '聚维酮碘', '优碘', '碘酒', '碘酊'],
    en: ['povidone[- ]iodine', 'betadine', 'tincture of iodine', 'iodine tincture'],
    why: 'wound antiseptic; swallowed it burns the gut and causes iodine toxicity',
    source: 'povidone-iodine 10% solution label ("for external use only"); TOXBASE iodine',
  },
  {
    id: 'hydrogen-peroxide',
    zh: ['双氧水', '过氧化氢'],
    en: ['hydrogen peroxide', 'food[- ]grade peroxide'],
    why: 'wound cleaner / rinse spat out; swallowed (35% "food grade" above all) it releases gas emboli and burns the gut',
    source: 'FDA 2006 warning on 35% "food grade" hydrogen peroxide; TOXBASE hydrogen peroxide',
  },
  {
    id: 'chlorine-dioxide',
    zh: ['二氧化氯', '亚氯酸钠', 'MMS'],
    en: ['chlorine dioxide', 'sodium chlorite', 'miracle mineral (?:solution|supplement)', 'MMS'],
    why: 'a bleaching agent sold as a "miracle" cure; drunk it causes vomiting, dehydration and methaemoglobinaemia',
    source: 'FDA 2019 consumer warning on chlorine dioxide products (MMS)',
  },
  {
    id: 'boric-acid',
    zh: ['硼酸', '硼砂'],
    en: ['boric acid', 'borax'],
    why: 'used only as a vaginal suppository or eye wash; swallowed it is toxic (vomiting, red skin, kidney injury)',
    source: 'CDC STI Treatment Guidelines 2021 (vaginal boric acid for recurrent VVC; fatal if ingested); TOXBASE boric acid',
  },
  {
    id: 'essential-oil-rub',
    zh: ['风油精', '清凉油', '万金油', '桉树油', '桉叶油', '茶树油', '薄荷脑油'],
    en: ['eucalyptus oil', 'tea tree oil', 'melaleuca oil', 'vicks vaporub', 'vaporub'],
    // Bare "Vicks" is also the oral NyQuil / DayQuil / cough drops: only VapoRub is the rub. 万金油 is also "a cure-all".
    safe: ['[的是]万金油', '万金油式'],
    why: 'rubs and oils for the skin or steam; a few millilitres swallowed cause fits and coma in a child',
    source: 'TOXBASE eucalyptus oil / camphor-menthol rubs; Australian PIC eucalyptus oil poisoning (children)',
  },
  {
    id: 'skin-antiseptic-dye',
    zh: ['紫药水', '龙胆紫', '甲紫', '红药水', '汞溴红', '高锰酸钾', '炉甘石'],
    en: ['gentian violet', 'mercurochrome', 'potassium permanganate', 'calamine lotion'],
    why: 'skin paints and soaks; swallowed they burn the mouth and gut (permanganate) or carry mercury',
    source: 'BNF potassium permanganate ("for external use only"); TOXBASE gentian violet, merbromin',
  },
  {
    id: 'topical-form',
    // The dosage form names its route: a cream or ointment is made for the skin, whatever medicine it holds.
    zh: ['软膏', '乳膏', '(?<!中)药膏(?![方滋])', '霜剂', '搽剂', '擦剂', '洗剂', '外用药', '外用液'],
    // 中药膏方 is an oral paste; "内服外用药物结合" names both routes, not a cream by mouth.
    safe: ['内服[、和与及或加并]?外用'],
    en: ['ointment', 'liniment', 'topical (?:cream|gel|solution)', 'skin cream', 'steroid cream'],
    why: 'a preparation made for the skin; by mouth it is no treatment and several (steroid, salicylate rubs) harm',
    source: 'the product labels of topical forms ("for external use only", "不可内服")',
  },
];

// A medicine's salt or ester told by the acid's name (硝酸甘油, 硝酸异山梨酯 "硝酸酯类", 硝酸咪康唑): the chemical table
// reads 盐酸/硫酸/磷酸… so; nitrates are read the same way here, where "口服硝酸酯类药物" is everyday advice. And the
// oral medicines whose names hold a chemical's name (checked against the terms folder's drug.txt): 盐酸吗啉胍 (吗 reads
// as a particle there), 氨甲苯酸, 甲苯咪唑 (mebendazole) and 甲苯磺酸… salts hold 甲苯, 聚乙二醇
// (PEG laxative) holds 乙二醇, 思密达 (smectite) holds the slug-bait brand 密达.
const EXTRA_SAFE: Readonly<Record<string, readonly string[]>> = {
  metaldehyde: ['思密达'],
  // Review fix s42: the longer name is another thing — an oral medicine (硫酸吗啡/盐酸吗啡 morphine, 复方樟脑酊 paregoric,
  // 康乐果… a brand, 大隆舒眠 a brand, oral nicotine replacement), a food's acidity (强酸性/强碱性), a urine ketone, or a
  // food word the name sits inside (下火水果, 香蕉水果, 鱼胆固醇, 玻璃水杯). Read in the same clause, each keeps.
  'strong-acid': ['盐酸吗啉胍', '(?:盐酸|硫酸)吗啡', '强酸性', '硝酸(?![溅泼洒弄进到流喷滴沾烧灼腐的了过呢吗啊嘛呀味瓶桶罐壶水液雾气，。,.!！?？\\s]|$)'],
  'strong-alkali': ['强碱性'],
  camphor: ['复方樟脑酊', '阿片樟脑酊'],
  organophosphate: ['康乐果'],
  'anticoagulant-rodenticide': ['大隆(?:舒眠|药业|起)'],
  solvent: ['甲苯(?:咪唑|磺酸|达唑)', '氨甲苯酸', '酮体', '尿酮', '\\bketones?\\b'],
  hydrocarbon: ['火水果', '香蕉水果'],
  'toxic-alcohol': ['聚乙二醇', '玻璃水杯'],
  'fish-gallbladder': ['鱼胆固醇'],
  'nicotine-liquid': ['nicotine (?:gum|lozenges?|pouch(?:es)?|patch(?:es)?)', '尼古丁(?:口香糖|咀嚼胶|含片|贴)'],
};

const GENERIC_EN: ReadonlySet<string> = new Set(['acid', 'alkali', 'paraffin', 'chemical', 'chemicals', 'cleaner']);

/** The names an answer's clause may hold of something not to be swallowed, from the three homes above. Built once. */
let built: readonly NotByMouthAgent[] | undefined;
export function notByMouthAgents(): readonly NotByMouthAgent[] {
  if (built) return built;
  const out: NotByMouthAgent[] = [];
  for (const c of CHEMICAL_AGENTS) {
    if (!c.sites.swallowed) continue;
    // A bare class word ('acid', 'alkali') names hundreds of medicines taken by mouth (alendronic acid); 'paraffin'
    // is also the liquid paraffin laxative. Only the names of a product or a substance are read here.
    const en = c.en.filter((n) => !GENERIC_EN.has(n));
    out.push({ id: c.id, zh: c.zh, en, safe: [...(c.safe ?? []), ...(EXTRA_SAFE[c.id] ?? [])], from: 'chemical-agents' });
  }
  for (const t of TOXIC_AGENTS) {
    if (!t.routes.includes('swallowed')) continue;
    if (t.kind !== 'chemical' && t.id !== 'fish-gallbladder') continue;
    // Tobacco and vaping devices are smoked, not a remedy taken by mouth (吃烟 is "to smoke" in several dialects).
    if (t.id === 'tobacco' || t.id === 'nicotine-device') continue;
    // A common name that is the agent only beside a qualifier is left out: only the names that carry it alone.
    const zh = t.qualifiers ? (t.named?.zh ?? []) : t.zh;
    const en = t.qualifiers ? (t.named?.en ?? []) : t.en;
    out.push({ id: t.id, zh, en, safe: [...(t.safe?.zh ?? []), ...(t.safe?.en ?? []), ...(EXTRA_SAFE[t.id] ?? [])], from: 'toxic-agents' });
  }
  for (const e of EXTERNAL_ONLY) out.push({ id: e.id, zh: e.zh, en: e.en, safe: e.safe ?? [], from: 'external-only' });
  built = out;
  return out;
}

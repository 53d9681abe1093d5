// Label checks for knowledge-graph drug items. The graph's common_drug lists are a health website's product
// listings: one list (an herbal pill plus bumetanide) is the "treatment" of dozens of poisonings. Two checks:
// label sharing (a gold list shared by SHARED_LIST_MAX or more diseases is a listing, not a treatment) and
// indications (every gold drug must be indicated for the disease's ICD-10 code by the drug-class table; a
// drug indicated elsewhere fails the item, drugs the table cannot judge are removed when the rest are
// indicated, and an item with nothing verifiable is excluded).
import { parseIcdCode } from '../../../knowledge/icd10.js';
import type { RlItem } from '../item.js';
import type { DrugGold } from '../sources/disease-kg-tasks.js';
import { withCorrection, withFlag, type QualityCheck, type QualityContext } from './types.js';

export const SHARED_LIST_MAX = 4;

function goldOf(item: RlItem): DrugGold {
  const g = item.ground_truth;
  if (Array.isArray(g)) return { drugs: g.map(String), disease: String(item.meta.disease ?? '') };
  return g as DrugGold;
}

function run(items: RlItem[], ctx: QualityContext): RlItem[] {
  const canon = (d: string) => ctx.drugs?.canonical(d) ?? d;
  const listKey = (it: RlItem) => [...new Set(goldOf(it).drugs.map(canon))].sort().join('|');
  const shared = new Map<string, number>();
  for (const it of items) if (it.task === 'drug') shared.set(listKey(it), (shared.get(listKey(it)) ?? 0) + 1);
  return items.map((item) => {
    if (item.task !== 'drug' || item.source !== 'disease-kg-zh') return item;
    const gold = goldOf(item);
    let out = item;
    const n = shared.get(listKey(item)) ?? 1;
    if (n >= SHARED_LIST_MAX) out = withFlag(out, 'shared-gold-list', 0, `the same drug list is the gold of ${n} diseases`);
    const code = gold.icd ? parseIcdCode(gold.icd) : null;
    if (!code || !ctx.indications) return withFlag(out, 'disease-unmapped', 0.3, `${gold.disease}: no ICD-10 code to check indications against`);
    const status = gold.drugs.map((d) => ctx.indications!.status(canon(d), code));
    const wrong = gold.drugs.filter((_, i) => status[i] === 'not-indicated');
    const unknown = gold.drugs.filter((_, i) => status[i] === 'unknown');
    const ok = gold.drugs.filter((_, i) => status[i] === 'indicated');
    if (wrong.length) return withFlag(out, 'drug-not-indicated', 0, `${wrong.join('、')} not indicated for ${gold.disease} (${gold.icd})`);
    if (ok.length === 0) return withFlag(out, 'drug-unverifiable', 0.3, `no indication known for ${unknown.join('、')}`);
    if (unknown.length) {
      out = withCorrection(out, { ...gold, drugs: ok }, 'kg-drugs', `removed ${unknown.join('、')}: no known indication for ${gold.disease}`);
      out = withFlag(out, 'drug-unverified-removed', 0.9, unknown.join('、'));
    }
    return out;
  });
}

export const kgDrugsCheck: QualityCheck = { name: 'kg-drugs', run };

// Emergency guidance documents: one per emergency red flag per language, generated from the triage rules
// (titles, advice) and src/safety/red-flags/guidance.ts, so what triage says and what the KB cites agree.
import type { Doc } from '../../core/types.js';
import { makeDoc } from '../../knowledge/doc.js';
import { EMERGENCY_GUIDANCE } from './guidance.js';
import { RED_FLAG_RULES, type RedFlagRule } from './rules.js';
import { SAID_AS } from './said-as.js';
import { STARTER_SOURCE, starterMetadata } from '../../knowledge/starter/metadata.js';

const HEAD = {
  zh: { looks: '表现', wait: '等待救护车时可以做什么', dont: '不要做什么', call: '立即行动' },
  en: { looks: 'What it looks like', wait: 'What to do while waiting for the ambulance', dont: 'What not to do', call: 'Act now' },
} as const;

const CALL = {
  zh: '这是急症。请立即拨打当地急救电话（中国大陆 120，美国 911，英国 999，欧盟 112），或马上前往最近的医院急诊。在线信息不能代替急救。',
  en: 'This is an emergency. Call your local emergency number now (120 in mainland China, 911 in the US, 999 in the UK, 112 in the EU) or go to the nearest emergency department. Online information cannot replace emergency care.',
} as const;

const bullets = (items: string[]): string => items.map((x) => `- ${x}`).join('\n');

const ID_PREFIX = 'quarkmed-starter:emergency:';

/** Whether a document id is one of these emergency-guidance pages (search never drops them from a list). */
export const isEmergencyGuidance = (docId: string): boolean => docId.startsWith(ID_PREFIX);

/** A guidance page's id and title, written once here for the starter pack and for whoever looks the page up. */
const guidancePage = (rule: Pick<RedFlagRule, 'id' | 'title'>, lang: 'zh' | 'en') => ({
  id: `${ID_PREFIX}${rule.id}:${lang}`,
  title: lang === 'zh' ? `急症指引：${rule.title.zh}` : `Emergency guidance: ${rule.title.en}`,
});

/**
 * The guidance pages of the emergency red flags a triage fired (its `reasons`, in order), in one language: the page
 * the danger reading itself names, so evidence can lead with it. Reasons without a page (urgent rules, sub-signs such
 * as "anaphylaxis-signs") name none. Pure.
 */
export function guidancePagesFor(reasons: readonly string[], lang: 'zh' | 'en'): { id: string; title: string }[] {
  const rules = reasons.map((id) => RED_FLAG_RULES.find((r) => r.id === id && r.level === 'emergency' && EMERGENCY_GUIDANCE[r.id]));
  return [...new Set(rules)].flatMap((r) => (r ? [guidancePage(r, lang)] : []));
}

export function emergencyDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const rule of RED_FLAG_RULES.filter((r) => r.level === 'emergency')) {
    const g = EMERGENCY_GUIDANCE[rule.id];
    if (!g) throw new Error(`src/safety/red-flags/guidance.ts: no guidance for emergency red flag "${rule.id}"`);
    for (const lang of ['zh', 'en'] as const) {
      const h = HEAD[lang];
      docs.push(
        makeDoc({
          ...guidancePage(rule, lang),
          sections: [
            { path: [h.call], text: `${CALL[lang]} ${rule.advice[lang]}` },
            { path: [h.looks], text: g.looksLike[lang] },
            { path: [h.wait], text: bullets(g.whileWaiting[lang]) },
            { path: [h.dont], text: bullets(g.doNot[lang]) },
          ],
          source: STARTER_SOURCE,
          lang,
          authority: 'D',
          // Lay phrasings ("胸口疼、胸口痛、胸闷…") are triage's trigger words, not guidance: metadata only, never
          // indexed text a summary could quote.
          metadata: starterMetadata('emergency-guidance', { redFlag: rule.id, saidAs: SAID_AS[rule.id]?.[lang] ?? [], generatedFrom: 'src/safety/red-flags' }),
        }),
      );
    }
  }
  return docs;
}

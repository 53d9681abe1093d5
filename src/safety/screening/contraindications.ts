// Medicines and products contraindicated for a population, as data, and the claim that permits them there
// ("aspirin is now recommended for children", "可恢复用于临床，并可长期服用"). The population must be named in the
// same sentence (or, for `anyone`, nothing); a permissive frame must say the use is allowed, recommended or safe,
// not negated. Each entry cites the label or guidance it encodes.
import type { ContentFlag } from '../../core/content-flags.js';
import { alt, clauses, trimSpan } from './text.js';

export type Population = 'pregnancy' | 'late-pregnancy' | 'child' | 'infant' | 'anyone';

export interface Contraindication {
  id: string;
  drug: string[];
  population: Population;
  /** Context in which the use is right after all (aspirin in Kawasaki disease). */
  unless?: string[];
  source: string;
}

export const CONTRAINDICATIONS: readonly Contraindication[] = [
  {
    id: 'isotretinoin-pregnancy',
    drug: ['\\bisotretinoin\\b', '\\baccutane\\b', '\\broaccutane\\b', '异维a酸'],
    population: 'pregnancy',
    source: 'Isotretinoin SmPC / iPLEDGE (pregnancy prevention programme)',
  },
  {
    id: 'valproate-pregnancy',
    drug: ['\\bvalpro(?:ate|ic acid)\\b', '\\bdepakote\\b', '丙戊酸'],
    population: 'pregnancy',
    source: 'MHRA valproate pregnancy prevention programme',
  },
  {
    id: 'methotrexate-pregnancy',
    drug: ['\\bmethotrexate\\b', '甲氨蝶呤'],
    population: 'pregnancy',
    source: 'Methotrexate label (contraindicated in pregnancy)',
  },
  {
    id: 'ace-arb-pregnancy',
    drug: ['\\bace inhibitors?\\b', '\\b\\w+pril\\b', '\\b\\w+sartan\\b', '普利', '沙坦'],
    population: 'pregnancy',
    source: 'ACE inhibitor / ARB labels (fetotoxicity, boxed warning)',
  },
  {
    id: 'nsaid-late-pregnancy',
    drug: ['\\b(?:ibuprofen|naproxen|diclofenac|nsaids?|celecoxib)\\b', '布洛芬', '萘普生', '双氯芬酸', '非甾体'],
    population: 'late-pregnancy',
    source: 'FDA 2020 NSAID warning; MHRA (avoid from 20 weeks / third trimester: ductus closure, oligohydramnios)',
  },
  {
    id: 'tetracycline-child-pregnancy',
    drug: ['\\b(?:tetracycline|doxycycline|minocycline)\\b', '四环素', '多西环素', '米诺环素'],
    population: 'pregnancy',
    source: 'Tetracycline labels (tooth discolouration, bone growth)',
  },
  {
    id: 'aspirin-child',
    drug: ['\\baspirin\\b', '阿司匹林'],
    population: 'child',
    unless: ['\\bkawasaki\\b', '川崎', '风湿热', 'rheumatic'],
    source: 'MHRA / NMPA (Reye syndrome: no aspirin under 16)',
  },
  {
    id: 'honey-infant',
    drug: ['\\bhoney\\b', '蜂蜜'],
    population: 'infant',
    unless: [
      '(?:over|older than|above|after|from|at least) (?:1|one) years?',
      '(?:over|older than|after) 12 months',
      '(?:1|一)岁以上',
      '满(?:1|一)(?:岁|周岁)',
    ],
    source: 'AAP / WHO (infant botulism: no honey under 12 months)',
  },
  {
    id: 'codeine-child',
    drug: ['\\b(?:codeine|tramadol)\\b', '可待因', '曲马多'],
    population: 'child',
    source: 'FDA 2017 / EMA (codeine and tramadol contraindicated under 12)',
  },
  {
    id: 'aristolochic-acid',
    drug: ['\\baristoloch\\w*', '关木通', '广防己', '青木香', '马兜铃', '龙胆泻肝丸', '\\bcomfrey\\b', '朱砂', '雄黄'],
    population: 'anyone',
    source: 'NMPA 2003–2004 bans of aristolochic-acid herbs; IARC group 1',
  },
];

const POPULATION: Record<Population, RegExp> = {
  pregnancy: alt(['\\bpregnan\\w*', '\\btrimester\\b', '\\bweeks pregnant\\b', '孕', '妊娠']),
  'late-pregnancy': alt([
    '\\bthird trimester\\b',
    '\\bthroughout pregnancy\\b',
    '\\blate pregnancy\\b',
    '\\b(?:2\\d|3\\d) weeks\\b',
    '\\bafter 20 weeks\\b',
    '孕晚期',
    '妊娠晚期',
    '整个孕期',
    '孕(?:2\\d|3\\d)周',
  ]),
  child: alt([
    '\\bchild(?:ren)?\\b',
    '\\bkids?\\b',
    '\\bunder (?:12|16)\\b',
    '\\btoddlers?\\b',
    '\\binfants?\\b',
    '\\bteen\\w*',
    '儿童',
    '小儿',
    '幼儿',
    '孩子',
    '婴',
    '宝宝',
    '青少年',
  ]),
  infant: alt(['\\binfants?\\b', '\\bbab(?:y|ies)\\b', '\\bnewborns?\\b', '\\b\\d+[- ]?(?:to [- ]?\\d+ )?months?\\b', '婴', '宝宝', '新生儿', '月龄', '个月']),
  anyone: /(?:)/u,
};

/** The use is allowed, recommended or declared safe. */
const PERMITS = alt([
  '\\b(?:may|can|could|should) (?:\\w+ )?(?:be )?(?:given|used|taken|continued|continue|start\\w*|use|take|give)\\b',
  '\\b(?:is|are) (?:now )?(?:\\w+ )?(?:recommended|preferred|safe|first-line|endorsed|considered (?:safe|the preferred))\\b',
  '\\b(?:first-line|preferred|endorses?|endorsed)\\b',
  '\\brecommend(?:s|ed|ing)?\\b',
  '\\bno longer (?:required|needed|mandatory|necessary)\\b',
  '\\b(?:safe|harmless)\\b',
  '可以',
  '可(?:恢复|长期|用于|给|服|用)',
  '推荐',
  '首选',
  '安全',
  '长期服用',
  '日常服用',
  '不存在[^，。；]{0,6}(?:毒性|风险|致癌)',
  '无(?:毒|副作用|风险)',
]);
const NOT_PERMITTED =
  /\b(?:not|never|no|avoid\w*|contraindicated|should not|must not|do not|don't|unsafe|dangerous|stop)\b|不(?:可|能|要|宜|应|推荐|建议|得)|禁(?:用|忌|止)|慎用|避免|勿|不安全|危险|切忌/u;

const REFERS_BACK = /^(?:it|this|that|which|they|these|both|is|are|can|may|也|都|就|它|这|那|是|可以|可|完全)/u;

const COMPILED = CONTRAINDICATIONS.map((c) => ({ c, drug: alt(c.drug), unless: c.unless ? alt(c.unless) : undefined }));

/** A contraindicated use permitted in this sentence (pure). */
export function contraindicationClaims(sentence: string): ContentFlag[] {
  if (!PERMITS.test(sentence)) return [];
  for (const { c, drug, unless } of COMPILED) {
    if (!drug.test(sentence) || unless?.test(sentence)) continue;
    if (!POPULATION[c.population].test(sentence)) continue;
    // The permission must govern the medicine: both in one clause ("芽孢可以在肠道里繁殖" permits nothing about honey).
    // A clause that only refers back to it ("…honey, it is safe", "蜂蜜水，也可以喝") continues the medicine's clause.
    const parts = clauses(sentence);
    const joined = parts.map((p, i) => (i > 0 && REFERS_BACK.test(p) && !drug.test(p) ? `${parts[i - 1]} ${p}` : p));
    for (const clause of joined) {
      const permit = PERMITS.exec(clause);
      const d = permit ? drug.exec(clause) : null;
      if (!permit || !d) continue;
      const from = Math.min(d.index, permit.index);
      const to = Math.max(d.index + d[0].length, permit.index + permit[0].length);
      if (NOT_PERMITTED.test(clause.slice(Math.max(0, from - 12), to))) continue;
      return [{ code: 'unsafe-combination', span: trimSpan(sentence), reason: `${c.id}: permitted` }];
    }
  }
  return [];
}

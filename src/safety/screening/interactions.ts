// Dangerous combinations as data: pairs of medicines (or a medicine and alcohol or a herb) whose joint use is a
// known serious interaction, and the claim that joins them as safe ("can be taken freely with warfarin",
// "可与丹参同服，无相互作用"). One side may come from the passage's context (the question an answer answers).
import type { ContentFlag } from '../../core/content-flags.js';
import { globalOf } from '../../core/regex.js';
import { NEGATED_BEFORE } from './frames.js';
import { alt, trimSpan } from './text.js';

export interface Interaction {
  id: string;
  a: string[];
  b: string[];
  source: string;
}

/** The NSAIDs but aspirin: aspirin barely raises lithium levels (BNF), so the lithium row reads these only. */
const NSAID_NOT_ASPIRIN = [
  '\\b(?:ibuprofen|naproxen|diclofenac|nsaids?|advil|motrin|aleve|celecoxib)\\b',
  '布洛芬',
  '萘普生',
  '双氯芬酸',
  '非甾体',
  '塞来昔布',
];

const NSAID = [...NSAID_NOT_ASPIRIN, '\\baspirin\\b', '阿司匹林'];

export const INTERACTIONS: readonly Interaction[] = [
  {
    id: 'warfarin-bleeding',
    a: ['\\b(?:warfarin|coumadin|jantoven)\\b', '华法林'],
    b: [
      ...NSAID,
      '\\b(?:ginkgo|dan ?shen|danshen|dong quai|fluconazole|metronidazole|miconazole)\\b',
      '丹参',
      '三七',
      '银杏',
      '当归',
      '氟康唑',
      '甲硝唑',
      '咪康唑',
    ],
    source: 'Warfarin labels (FDA/NMPA); BNF interactions (bleeding risk with NSAIDs, azoles, metronidazole, danshen, ginkgo)',
  },
  {
    id: 'lithium-nsaid',
    a: ['\\b(?:lithium|priadel|camcolit)\\b', '碳酸锂', '锂盐'],
    b: NSAID_NOT_ASPIRIN,
    source: 'Lithium labels (FDA/MHRA: NSAIDs reduce lithium clearance — toxicity); BNF interactions (avoid or monitor levels)',
  },
  {
    id: 'nitrate-pde5',
    a: ['\\b(?:sildenafil|tadalafil|vardenafil|viagra|cialis)\\b', '西地那非', '他达拉非', '伟哥'],
    b: ['\\b(?:nitroglycerin|glyceryl trinitrate|isosorbide|nitrates?)\\b', '硝酸甘油', '硝酸异山梨酯', '单硝酸', '速效救心丸'],
    source: 'PDE5 inhibitor labels (contraindicated with nitrates: severe hypotension)',
  },
  {
    id: 'alcohol-disulfiram-like',
    a: ['\\b(?:metronidazole|flagyl|tinidazole|tindamax|cefoperazone|ceftriaxone)\\b', '甲硝唑', '替硝唑', '头孢'],
    b: ['\\b(?:alcohol\\w*|beers?|wines?|liquor|drinking|drinks|booze|champagne|spirits|cocktails?)\\b', '酒', '饮酒', '喝酒'],
    source: 'Labels of metronidazole and several cephalosporins (disulfiram-like reaction)',
  },
  {
    id: 'serotonin',
    a: [
      '\\b(?:ssris?|sertraline|fluoxetine|paroxetine|citalopram|escitalopram|venlafaxine|duloxetine)\\b',
      '舍曲林',
      '氟西汀',
      '帕罗西汀',
      '西酞普兰',
      '文拉法辛',
      '度洛西汀',
    ],
    b: [
      "\\b(?:maois?|phenelzine|selegiline|linezolid|tramadol|st\\.? john'?s wort)\\b",
      '单胺氧化酶',
      '司来吉兰',
      '利奈唑胺',
      '曲马多',
      '贯叶连翘',
      '圣约翰草',
    ],
    source: 'SSRI/SNRI labels (serotonin syndrome with MAOIs, linezolid, tramadol, St John’s wort)',
  },
  {
    id: 'methotrexate-trimethoprim',
    a: ['\\bmethotrexate\\b', '甲氨蝶呤'],
    b: ['\\b(?:trimethoprim|co-trimoxazole|bactrim|septra)\\b', '复方新诺明', '甲氧苄啶', '磺胺甲'],
    source: 'Methotrexate label; MHRA (fatal marrow suppression with trimethoprim)',
  },
  {
    id: 'colchicine-macrolide',
    a: ['\\bcolchicine\\b', '秋水仙碱'],
    b: ['\\b(?:clarithromycin|erythromycin|ketoconazole|itraconazole|ritonavir)\\b', '克拉霉素', '红霉素', '酮康唑', '伊曲康唑', '利托那韦'],
    source: 'Colchicine label (fatal toxicity with strong CYP3A4/P-gp inhibitors)',
  },
  {
    id: 'sedative-stacking',
    a: [
      '\\b(?:lorazepam|diazepam|alprazolam|clonazepam|temazepam|zolpidem|zopiclone|benzodiazepines?|ativan|valium|xanax)\\b',
      '地西泮',
      '劳拉西泮',
      '阿普唑仑',
      '氯硝西泮',
      '艾司唑仑',
      '唑吡坦',
      '佐匹克隆',
      '安定',
    ],
    b: [
      '\\b(?:alcohol|wine|beer|kava|diphenhydramine|benadryl|doxylamine|opioids?|oxycodone|morphine|codeine|tramadol|gabapentin|pregabalin)\\b',
      '酒',
      '苯海拉明',
      '多西拉敏',
      '吗啡',
      '可待因',
      '羟考酮',
      '曲马多',
    ],
    source: 'FDA boxed warning (benzodiazepines with opioids); AGS Beers criteria (sedative combinations in older adults); kava hepatotoxicity (EMA/BfR)',
  },
  {
    id: 'statin-strong-cyp3a4-inhibitor',
    a: ['\\b(?:simvastatin|lovastatin|zocor)\\b', '辛伐他汀', '洛伐他汀'],
    b: [
      '\\b(?:clarithromycin|erythromycin|itraconazole|ketoconazole|posaconazole|voriconazole|ritonavir|cobicistat|gemfibrozil)\\b',
      '克拉霉素',
      '红霉素',
      '伊曲康唑',
      '酮康唑',
      '泊沙康唑',
      '伏立康唑',
      '利托那韦',
      '吉非罗齐',
    ],
    source: 'Simvastatin / lovastatin labels (contraindicated with strong CYP3A4 inhibitors and gemfibrozil: rhabdomyolysis)',
  },
  {
    id: 'lamotrigine-valproate',
    a: ['\\blamotrigine\\b', '拉莫三嗪'],
    b: ['\\b(?:valproate|valproic acid|depakote)\\b', '丙戊酸'],
    source: 'Lamotrigine label (with valproate: half the dose and a slower titration — serious rash risk)',
  },
  {
    id: 'statin-grapefruit',
    a: ['\\b(?:simvastatin|lovastatin|zocor)\\b', '辛伐他汀', '洛伐他汀'],
    b: ['\\bgrapefruits?\\b', '西柚', '葡萄柚'],
    source: 'Simvastatin / lovastatin labels (avoid grapefruit juice: CYP3A4 inhibition, myopathy and rhabdomyolysis)',
  },
  {
    id: 'maoi-sympathomimetic-tyramine',
    a: [
      '\\b(?:phenelzine|nardil|tranylcypromine|parnate|isocarboxazid|maois?|mao inhibitors?|monoamine oxidase inhibitors?)\\b',
      '苯乙肼',
      '反苯环丙胺',
      '单胺氧化酶抑制剂',
    ],
    b: [
      '\\b(?:pseudoephedrine|phenylephrine|ephedrine|sudafed|decongestants?|tyramine|aged cheeses?|cheddar|cured meats?|soy sauce)\\b',
      '伪麻黄碱',
      '麻黄碱',
      '去氧肾上腺素',
      '酪胺',
      // Aged cheese only: fresh cheese holds little tyramine ("新鲜奶酪可以吃，陈年奶酪不要吃").
      '陈年?奶酪',
    ],
    source: 'MAOI labels (phenelzine, tranylcypromine): sympathomimetics and tyramine-rich foods — hypertensive crisis',
  },
  {
    id: 'xanthine-oxidase-thiopurine',
    a: ['\\b(?:allopurinol|febuxostat|zyloprim)\\b', '别嘌醇', '别嘌呤醇', '非布司他'],
    b: ['\\b(?:azathioprine|mercaptopurine|imuran)\\b', '硫唑嘌呤', '巯嘌呤'],
    source: 'Azathioprine / mercaptopurine labels (with allopurinol: a quarter of the dose — marrow suppression; febuxostat contraindicated)',
  },
];

const SAFE_TOGETHER = alt([
  '\\b(?:can|may|could) be (?:\\w+\\s+)?(?:taken|used|combined|given|mixed)\\s+(?:\\w+\\s+){0,2}(?:with|together|alongside)',
  // A denial with any qualifier ("no meaningful interaction", "没有明显的相互作用"): the qualifier does not change the claim.
  '\\bno (?:\\w+ ){0,2}interactions?\\b',
  "\\b(?:isn't|is not|there's no|there is no) (?:a |any )?(?:\\w+ ){0,2}interaction\\b",
  "\\b(?:do|does|don't|doesn't) not interact\\b",
  "\\bdon't interact\\b",
  "\\bdoesn't interact\\b",
  '\\b(?:safe|fine|ok|okay) to (?:take|combine|use|mix|drink)\\b',
  '\\b(?:safe|fine|ok|okay) (?:together|in combination|to combine)\\b',
  '(?:两者|二者|两种药)[^。；]{0,8}(?:可以|能)?(?:同时|一起)?(?:使用|服用)?[^。；]{0,4}(?:安全|没问题)',
  '\\b(?:safely|freely) (?:with|together|combine|take|use)',
  "\\bwon't (?:affect|interact)",
  '(?:可以|可|能)(?:与|和|跟|同)[^。；]{0,20}(?:同服|合用|同用|一起(?:吃|服用|用|喝)|同时(?:吃|服用|使用|喝))',
  '(?:同服|合用|一起吃|同时服用)[^。；]{0,6}(?:没问题|无妨|安全|放心)',
  '(?:无|没有|不存在)(?:任何)?[^，。；]{0,4}?(?:相互作用|冲突|影响)',
  '不会(?:相互)?(?:影响|冲突)',
  '放心(?:同服|合用|一起|服用|喝)',
  // Combining to strengthen the effect, and dismissing the interaction: the combination is advised as safe.
  '(?:不必|不用|无需|不需要)担心[^。；]{0,6}(?:相互作用|冲突|副作用)',
  '\\bno need to worry about (?:\\w+\\s+){0,2}interactions?\\b',
  '\\bto (?:strengthen|boost|enhance|increase) the (?:\\w+\\s+)?effect\\b',
  '(?:增强|加强)(?:效果|疗效|作用)',
  '\\b(?:take|use) (?:it|them) (?:together|alongside)\\b',
  '\\b(?:the )?same (?:schedule|dose|titration)\\b[^.]{0,20}\\beven (?:though|if)\\b',
  '(?:同时|一起)(?:服用|吃|使用)[^。；]{0,30}不会增加[^。；]{0,10}风险',
]);

const REFERS_TO_BOTH = /\b(?:the two|both|together|them)\b|两者|二者|两种|一起/u;

const COMPILED = INTERACTIONS.map((x) => ({ x, a: alt(x.a, 'u'), b: alt(x.b, 'u') }));

/** An unsafe combination called safe, one side possibly named only in the context. */
export function interactionClaims(sentence: string, context: string): ContentFlag[] {
  const m = SAFE_TOGETHER.exec(sentence);
  if (!m) return recommendedBeside(sentence, context);
  if (NEGATED_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) return [];
  if (/\b(?:not|never)\s+(?:\w+\s+){0,2}safe\b|不(?:能|可|宜|要)(?:与|和|同)/u.test(sentence)) return [];
  for (const c of COMPILED) {
    const inA = c.a.test(sentence);
    const inB = c.b.test(sentence);
    // "the two are safe together": both named before, the sentence refers back to them.
    const both = REFERS_TO_BOTH.test(sentence) && c.a.test(context) && c.b.test(context);
    if ((inA && inB) || (inA && c.b.test(context)) || (inB && c.a.test(context)) || both) {
      return [{ code: 'unsafe-combination', span: trimSpan(sentence), reason: `${c.x.id} called safe` }];
    }
  }
  return [];
}

/** Chosen or recommended: "X is the best choice", "首选X", "I'd recommend X". */
const CHOSEN =
  /\b(?:best|first|preferred|ideal|safest) (?:choice|option)\b|\bdrug of choice\b|\bis (?:the )?preferred\b|\brecommend(?:ed)?\b|首选|优先(?:选择|选用|使用|服用)|最好(?:选|用|吃)|推荐/u;
/** Between the medicine and the choice: an alternative or a negation, so the choice is not this medicine. */
const NOT_THIS = /\b(?:rather than|instead of|not|never|avoid\w*|except|over)\b|而不是|而非|不要|不宜|不能|避免|别|不推荐|不建议|禁/u;

/**
 * A medicine recommended as the choice to someone the context says takes its interacting partner ("ibuprofen is the
 * best choice for him" to a man on warfarin): the combination advised without the words "safe together".
 */
function recommendedBeside(sentence: string, context: string): ContentFlag[] {
  const chosen = CHOSEN.exec(sentence);
  if (!chosen || !context) return [];
  for (const c of COMPILED) {
    for (const [mine, theirs] of [
      [c.a, c.b],
      [c.b, c.a],
    ] as const) {
      if (!theirs.test(context) || theirs.test(sentence)) continue;
      for (const d of sentence.matchAll(globalOf(mine))) {
        const at = d.index ?? 0;
        const between = at < chosen.index ? sentence.slice(at + d[0].length, chosen.index) : sentence.slice(chosen.index + chosen[0].length, at);
        const limit = at < chosen.index ? 40 : 12;
        if (between.length > limit || NOT_THIS.test(between) || /[。；;.]/u.test(between)) continue;
        if (NOT_THIS.test(sentence.slice(Math.max(0, Math.min(at, chosen.index) - 12), Math.min(at, chosen.index)))) continue;
        return [{ code: 'unsafe-combination', span: trimSpan(sentence), reason: `${c.x.id}: recommended beside it` }];
      }
    }
  }
  return [];
}

// Dichotomies of first aid and home care: two cases that guidance tells apart by giving each its own act, so an
// answer that teaches both can bind each act to the wrong case (the "swapped advice" corruption: every sentence
// reads right, only the case → act binding is wrong). Each side has the words that name it and the acts that are
// right for it; the other side's right acts are its wrong ones, plus `wrong` acts of its own. Regex sources over
// normalised (NFKC, lower-case) text, zh without word boundaries. Read by src/data/filters/case-swap.ts. No imports.

export type CasePairId =
  | 'choking-age'
  | 'choking-severity'
  | 'eye-chemical-object'
  | 'tooth-permanent-baby'
  | 'mi-stroke'
  | 'hypo-conscious'
  | 'sugar-low-high';

export interface CaseSide {
  /** Words that name this case in a clause. */
  names: readonly string[];
  /** Acts right for this case: advised in the OTHER side's segment they cross it. */
  acts: readonly string[];
  /** Acts wrong for this case beyond the other side's acts (advised here they cross it). */
  wrong?: readonly string[];
  /** This side's own act forbidden in its segment crosses it too ("不要[冲沖]洗" for a chemical splash). */
  forbiddenOwnCrosses?: boolean;
  /** The other side's acts do NOT cross this side (covering the eye after rinsing a chemical splash is right too). */
  otherActsAllowed?: boolean;
}

export interface CasePair {
  id: CasePairId;
  /** Read only when the question or answer names the topic (a cheap gate). */
  topic: readonly string[];
  sides: readonly [CaseSide, CaseSide];
  source: string;
}

const ABDOMINAL = [
  '腹部[冲沖]击',
  '海姆立克',
  '哈姆立克',
  '海氏急救',
  '[冲沖]击(?:上)?腹部',
  '向(?:内|后)向上[^，。；]{0,4}[冲沖]击',
  '\\babdominal thrusts?',
  '\\bheimlich',
];
const INFANT_BACK_CHEST = ['两(?:根)?手指[^，。；]{0,8}(?:按压|[冲沖]击)', '胸部(?:[冲沖]击|按压)(?!.{0,6}心肺)', '\\bchest thrusts?', '\\btwo fingers?\\b'];

export const CASE_PAIRS: readonly CasePair[] = [
  {
    id: 'choking-age',
    topic: ['噎', '呛', '卡住', '异物', '窒息', '\\bchok\\w*'],
    sides: [
      {
        // Under one year.
        names: [
          '婴儿',
          // A child's age in months — not a pregnancy ("怀孕8个月") nor a time ago ("3个月前").
          '(?:宝宝|孩子|婴儿|女儿|儿子|小孩|宝贝)[^，。；\\d]{0,3}(?:[1-9]|1[01]|[一二三四五六七八九十两]|十一)\\s*个月(?![前后以内])',
          '(?<![\\d十孕])(?:[1-9]|1[01]|[一二三四五六七八九十两]|十一)\\s*个月(?:大)?的?(?:宝宝|婴儿|孩子|小孩|女儿|儿子|宝贝)',
          '(?:1|一)岁以(?:下|内)',
          '(?:不满|未满|不到)(?:1|一)(?:周)?岁',
          '\\binfants?\\b',
          '\\b(?:[1-9]|1[01])[- ]months?[- ]old',
          '\\bunder (?:1|one)(?: year)?\\b',
          '\\b(?:less|younger) than (?:1|one) year',
        ],
        acts: INFANT_BACK_CHEST,
        wrong: ABDOMINAL,
      },
      {
        // One year and over, and adults.
        names: [
          '(?:1|一)(?:周)?岁以上',
          '(?:大于|超过|满)(?:1|一)(?:周)?岁',
          '成(?:年)?人',
          '\\badults?\\b',
          '\\b(?:children|child|kids?) (?:over|older than|above|aged over) (?:1|one)',
          '\\bover (?:the age of )?(?:1|one)(?: year)?\\b',
          '\\bolder (?:children|child|kids)\\b',
        ],
        acts: ABDOMINAL,
      },
    ],
    source: 'ERC Guidelines 2021, paediatric FBAO; AHA 2020 (infant: back blows + chest thrusts, no abdominal thrusts; over 1: abdominal thrusts)',
  },
  {
    id: 'choking-severity',
    topic: ['噎', '呛', '卡住', '异物', '窒息', '\\bchok\\w*'],
    sides: [
      {
        // Effective cough: partial obstruction.
        names: [
          '(?<![不没])(?:还|仍)?能(?:用力)?(?:咳嗽|咳|哭|说话|发声)',
          '(?<![不没])哭得出(?:声)?',
          '(?<![不没])咳得出',
          '\\b(?:can|is able to|still) (?:\\w+ )?(?:cough|cry|speak|talk)\\w*',
          '\\bcoughing (?:forcefully|hard|strongly|effectively)',
        ],
        acts: [
          '鼓励[^，。；]{0,6}咳',
          '让(?:他|她|孩子|宝宝)?(?:自己)?(?:继续)?咳',
          '\\bencourage\\w* (?:\\w+ )?(?:to )?(?:keep )?cough',
          '\\blet (?:him|her|them|the child|the baby) (?:keep )?cough',
        ],
        wrong: ['海姆立克', '哈姆立克', '腹部[冲沖]击', '[冲沖]击(?:上)?腹部', '拍背', '\\bheimlich', '\\babdominal thrusts?', '\\bback blows?'],
      },
      {
        // Ineffective cough: complete obstruction.
        names: [
          '咳不出',
          '哭不出',
          '不能(?:咳嗽|咳|哭|说话|呼吸|发声)',
          '无法(?:咳嗽|呼吸|说话|哭)',
          '说不出话',
          "\\b(?:can't|cannot|can not|unable to|not able to) (?:\\w+ )?(?:cough|cry|breathe|speak|talk)",
        ],
        acts: ['海姆立克', '哈姆立克', '腹部[冲沖]击', '[冲沖]击(?:上)?腹部', '拍背', '\\bheimlich', '\\babdominal thrusts?', '\\bback blows?'],
        wrong: ['不要干预', '不(?:要|用)(?:处理|管)', '观察(?:变化|情况)?$', "\\b(?:don't|do not) (?:intervene|interfere)", '\\bwait and (?:see|watch)'],
      },
    ],
    source: 'ERC Guidelines 2021 / AHA 2020 FBAO: effective cough → encourage coughing, no back blows or thrusts; ineffective → back blows and thrusts',
  },
  {
    id: 'eye-chemical-object',
    topic: ['眼', '\\beyes?\\b'],
    sides: [
      {
        names: [
          '化学',
          '石灰',
          // Acid and alkali by name, never a bare 酸 (眼睛酸痛) or 碱.
          '强酸',
          '强碱',
          '酸液',
          '碱液',
          '硫酸',
          '盐酸',
          '硝酸',
          '烧碱',
          '火碱',
          '氢氧化钠',
          '洁厕',
          '清洁剂',
          '消毒液',
          '漂白',
          '\\bchemicals?\\b',
          '\\balkali\\w*',
          '\\bacids?\\b',
          '\\bbleach',
          '\\blime\\b',
          '\\bcleaning (?:products?|fluid|liquid)',
        ],
        acts: ['[冲沖]洗', '[冲沖]眼', '水[冲沖]', '\\brins\\w*', '\\bflush\\w*', '\\birrigat\\w*', '\\bwash\\w* (?:\\w+ )?(?:out|eye)'],
        forbiddenOwnCrosses: true,
        otherActsAllowed: true,
        wrong: ['(?:不要|别|切勿|不能)[^，。；]{0,4}(?:[冲沖]洗|[冲沖])', "\\b(?:do not|don't|never) (?:rinse|flush|irrigate|wash)"],
      },
      {
        names: ['(?:扎|插|嵌|卡|刺)(?:入|进|在)', '(?:嵌|插)着', '\\b(?:stuck|embedded|lodged|penetrat\\w*|impaled)\\b'],
        acts: [
          '遮(?:盖|住|挡)',
          '眼罩',
          '不要(?:自行)?(?:取|拔|揉)',
          '\\bshield\\w*',
          '\\bcover\\w* (?:the|both|it)',
          "\\b(?:do not|don't|never) (?:try to )?(?:remove|pull)",
        ],
        wrong: [
          '(?<!不要)(?<!别)(?:取出|拔出|挑出|夹出|弄出)',
          '(?<![不别])(?:[冲沖]洗|[冲沖]眼)',
          '\\b(?:lift|pick|pull|wipe|take) (?:\\w+ )?(?:out|off|away)\\b',
          '\\brins\\w*',
          '\\bflush\\w*',
          '\\birrigat\\w*',
        ],
      },
    ],
    source:
      'AAO / NHS eye injury first aid: chemical splash → irrigate at once ≥15–20 min; embedded object → do not flush or remove, shield, emergency department',
  },
  {
    id: 'tooth-permanent-baby',
    topic: ['牙', '\\bteeth\\b', '\\btooth\\b'],
    sides: [
      {
        names: ['恒牙', '\\bpermanent\\b', '\\badult (?:front )?(?:tooth|teeth)'],
        // Storing in milk is right for either tooth, so milk is no act that tells them apart.
        acts: ['放回', '再植', '植回', '\\breplant\\w*', '\\breimplant\\w*', '\\b(?:put|push|place) (?:\\w+ ){0,2}back\\b'],
        wrong: ['干燥', '纸巾[^，。；]{0,4}包', '\\bdry (?:tissue|cloth|paper)', '\\bwrap\\w* (?:\\w+ ){0,2}in (?:a )?dry'],
        forbiddenOwnCrosses: true,
      },
      {
        names: ['乳牙', '\\b(?:baby|primary|milk) (?:front )?(?:tooth|teeth)'],
        acts: [
          '不(?:要|能|宜|必)?(?:再)?(?:放回|再植|植回)',
          "\\b(?:do not|don't|never|should not) (?:try to )?(?:replant|reimplant|put (?:it )?back|push (?:it )?back)",
        ],
        wrong: ['(?<![不别])(?:放回|再植|植回|塞回)', '\\breplant\\w*', '\\breimplant\\w*', '\\b(?:put|push|place) (?:\\w+ ){0,2}back (?:in|into)'],
      },
    ],
    source: 'IADT Guidelines 2020 (Fouad et al., Dent Traumatol): avulsed permanent tooth → replant at once or store in milk; primary tooth → never replant',
  },
  {
    id: 'mi-stroke',
    topic: ['心梗', '心肌梗', '中风', '卒中', '脑梗', '\\bheart attack', '\\bstroke'],
    sides: [
      {
        names: ['心梗', '心肌梗', '心脏病发', '\\bheart attack', '\\bmyocardial infarction'],
        acts: ['阿司匹林', '\\baspirin'],
        forbiddenOwnCrosses: true,
      },
      {
        names: ['中风', '卒中', '脑梗', '\\bstroke'],
        acts: ['不要(?:给|喂)?[^，。；]{0,4}(?:任何|吃)', '\\bnothing by mouth'],
        wrong: ['阿司匹林', '\\baspirin'],
      },
    ],
    source:
      'AHA/ACC: suspected MI → chew 162–325 mg aspirin; AHA/ASA stroke 2019: no antithrombotic before imaging excludes haemorrhage, nil by mouth until swallow screen',
  },
  {
    id: 'hypo-conscious',
    topic: ['低血糖', '\\bhypo\\w*', '\\blow (?:blood )?(?:sugar|glucose)'],
    sides: [
      {
        names: ['(?<!不)清醒', '意识清', '神志清', '能吞咽', '\\bconscious\\b', '\\bawake\\b', '\\bable to swallow', '\\bcan swallow'],
        // Calling 120 beside the sugar is right for a conscious person too: only a glucagon shot or nothing by mouth cross.
        otherActsAllowed: true,
        wrong: [
          '胰高血糖素',
          '\\bglucagon',
          '不要(?:吃|喝|进食|喂)',
          '\\bnothing by mouth',
          "\\b(?:don't|do not) (?:eat|drink|give (?:him|her|them) (?:anything|food))",
        ],
        acts: [
          '(?:吃|喝|服|口服|含)[^，。；无低代少控降]{0,8}(?:糖(?![尿病份分量])|果汁|甜)',
          '\\b(?:eat|drink|take|swallow|give)\\w* (?:\\w+ ){0,4}(?:sugar|juice|glucose|sweets|soda)',
        ],
      },
      {
        names: ['昏迷', '意识不清', '神志不清', '不能吞咽', '叫不醒', '\\bunconscious', '\\bunresponsive', "\\b(?:can't|cannot|unable to) swallow"],
        acts: ['胰高血糖素', '\\bglucagon', '120', '\\bnothing by mouth', '\\bambulance'],
        wrong: [
          '(?:喂|灌)[^，。；]{0,6}(?:糖|果汁|饮料|蜂蜜)',
          '(?<![不别])(?:吃|喝)[^，。；]{0,6}(?:糖|果汁)',
          '\\b(?:give|pour|feed)\\w* (?:\\w+ ){0,4}(?:sugar|juice|glucose|sweets|soda|honey)',
        ],
      },
    ],
    source: 'ADA Standards of Care 2024 §6: conscious → 15–20 g oral glucose; impaired consciousness → glucagon, nothing by mouth (aspiration)',
  },
  {
    id: 'sugar-low-high',
    topic: ['血糖', '\\bsugar', '\\bglucose', '\\bhypo', '\\bhyper'],
    sides: [
      {
        names: ['低血糖', '血糖(?:偏|过|太|很)?低', '血糖低于', '\\bhypoglyc\\w*', '\\bhypos?\\b', '\\blow (?:blood )?(?:sugar|glucose)'],
        acts: [
          '(?:吃|喝|服|口服|含)[^，。；无低代少控降]{0,8}(?:糖(?![尿病份分量])|果汁|甜)',
          '\\b(?:eat|drink|take)\\w* (?:\\w+ ){0,4}(?:sugar|juice|glucose|sweets)',
        ],
        wrong: [
          '(?:追加|加打|补打|多打|再打)[^，。；]{0,6}胰岛素',
          '胰岛素[^，。；]{0,4}(?:追加|加量)',
          '\\b(?:extra|more|additional|correction) (?:\\w+ )?insulin',
          '\\b(?:inject|give)\\w* (?:\\w+ ){0,3}insulin',
        ],
      },
      {
        names: ['高血糖', '血糖(?:偏|过|太|很)?高', '血糖高于', '\\bhyperglyc\\w*', '\\bhigh (?:blood )?(?:sugar|glucose)'],
        acts: ['(?:追加|加打|补打)[^，。；]{0,6}胰岛素', '\\bcorrection (?:dose|insulin)'],
      },
    ],
    source: 'ADA Standards of Care 2024 §6 (hypoglycaemia: 15–20 g glucose; never insulin); NICE NG17',
  },
];

// Medicines to pause while vomiting, with diarrhoea or dehydrated ("sick day rules": Think Kidneys / NICE CKS,
// SGLT2 inhibitor labels for euglycaemic ketoacidosis, capecitabine label for grade ≥ 2 diarrhoea). Advice to keep
// taking one of them at the usual dose through such an illness contradicts the guidance.

export interface SickDayRule {
  id: string;
  /** Names, lower-case. */
  names: string[];
  /** Why it is paused. */
  why: string;
}

export const SICK_DAY_RULES: readonly SickDayRule[] = [
  {
    id: 'sglt2-inhibitor',
    names: [
      'empagliflozin',
      'dapagliflozin',
      'canagliflozin',
      'ertugliflozin',
      'jardiance',
      'farxiga',
      'forxiga',
      'invokana',
      '恩格列净',
      '达格列净',
      '卡格列净',
    ],
    why: 'ketoacidosis with normal glucose',
  },
  { id: 'metformin', names: ['metformin', 'glucophage', '二甲双胍'], why: 'lactic acidosis with dehydration' },
  {
    id: 'ace-inhibitor-arb',
    names: [
      'lisinopril',
      'ramipril',
      'enalapril',
      'perindopril',
      'losartan',
      'valsartan',
      'candesartan',
      'irbesartan',
      '依那普利',
      '贝那普利',
      '培哚普利',
      '缬沙坦',
      '厄贝沙坦',
      '氯沙坦',
    ],
    why: 'acute kidney injury with dehydration',
  },
  {
    id: 'diuretic',
    names: ['furosemide', 'bumetanide', 'hydrochlorothiazide', 'spironolactone', '呋塞米', '氢氯噻嗪', '螺内酯'],
    why: 'dehydration and kidney injury',
  },
  { id: 'sulfonylurea', names: ['gliclazide', 'glimepiride', 'glipizide', '格列齐特', '格列美脲', '格列吡嗪'], why: 'hypoglycaemia when not eating' },
  { id: 'capecitabine', names: ['capecitabine', 'xeloda', '卡培他滨', '希罗达'], why: 'severe diarrhoea is a toxicity that needs the dose interrupted' },
];

/** The rules whose medicines the lower-cased text names (Latin names as whole words). */
export function sickDayRulesIn(text: string): { rule: SickDayRule; name: string }[] {
  const t = text.toLowerCase();
  const out: { rule: SickDayRule; name: string }[] = [];
  for (const rule of SICK_DAY_RULES) {
    const name = rule.names.find((n) => {
      const at = t.indexOf(n);
      return at >= 0 && (!/^[a-z]/.test(n) || (!/[a-z]/.test(t[at - 1] ?? '') && !/[a-z]/.test(t[at + n.length] ?? '')));
    });
    if (name) out.push({ rule, name });
  }
  return out;
}

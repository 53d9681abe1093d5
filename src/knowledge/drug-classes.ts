// Drug classes and the medicines that belong to them, recognised by the WHO INN stem (or, where a class has no stem, by
// its few common members), with the names clinicians call the class by in English and Chinese. A reply that answers
// "the triptan and the NSAID", "go with the PPI" or "选普利类" names an option by its class; answer extraction
// (eval/extract/letter-set.ts optionAliases) gives each option its class names and keeps a name only when one option
// alone has it. Written from general pharmacology, not from any question set. Pure data; the patterns are compiled once.

interface DrugClass {
  /** Names of the class (lower-case English, Chinese), singular and plural as written. */
  names: readonly string[];
  /** A member medicine's name, English (whole word, lower-case) or Chinese. */
  member: RegExp;
}

const CLASSES: readonly DrugClass[] = [
  {
    names: ['ace inhibitor', 'ace inhibitors', 'ace-inhibitor', 'acei', 'ace-i', 'ace-is', '血管紧张素转换酶抑制剂', '普利类'],
    member: /\b[a-z]+pril(?:at)?\b|普利/,
  },
  {
    names: [
      'arb',
      'arbs',
      'angiotensin receptor blocker',
      'angiotensin receptor blockers',
      'angiotensin ii receptor blocker',
      '血管紧张素受体拮抗剂',
      '沙坦类',
    ],
    member: /\b[a-z]+sartan\b|沙坦/,
  },
  {
    names: ['beta-blocker', 'beta-blockers', 'beta blocker', 'beta blockers', 'β-blocker', 'β-blockers', 'β blocker', 'β受体阻滞剂', 'β受体阻断剂', '洛尔类'],
    member: /\b[a-z]+[oa]lol\b|洛尔/,
  },
  {
    names: ['ppi', 'ppis', 'proton pump inhibitor', 'proton pump inhibitors', 'proton-pump inhibitor', '质子泵抑制剂', '拉唑类'],
    member: /\b[a-z]+prazole\b|拉唑/,
  },
  {
    names: ['h2 blocker', 'h2 blockers', 'h2 antagonist', 'h2 antagonists', 'h2ra', 'h2 receptor antagonist', 'h2受体拮抗剂', '替丁类'],
    member: /\b[a-z]+tidine\b|替丁/,
  },
  // Nystatin (an antifungal) and somatostatin (a hormone) end in -statin and are no statins.
  { names: ['statin', 'statins', '他汀类', '他汀'], member: /\b(?!nystatin\b|somatostatin\b)[a-z]+statin\b|他汀/ },
  { names: ['triptan', 'triptans', '曲坦类', '曲普坦类'], member: /\b[a-z]+triptan\b|曲坦|曲普坦/ },
  {
    names: ['calcium channel blocker', 'calcium channel blockers', 'ccb', 'ccbs', 'dihydropyridine', '钙通道阻滞剂', '钙拮抗剂', '地平类'],
    member: /\b[a-z]+dipine\b|地平/,
  },
  { names: ['fluoroquinolone', 'fluoroquinolones', 'quinolone', 'quinolones', '喹诺酮类', '沙星类'], member: /\b[a-z]+oxacin\b|沙星/ },
  {
    names: ['sglt2 inhibitor', 'sglt2 inhibitors', 'sglt-2 inhibitor', 'sglt-2 inhibitors', 'sglt2i', 'gliflozin', 'sglt2抑制剂', '列净类'],
    member: /\b[a-z]+gliflozin\b|格列净|列净/,
  },
  { names: ['dpp-4 inhibitor', 'dpp-4 inhibitors', 'dpp4 inhibitor', 'dpp-4i', 'gliptin', 'dpp-4抑制剂', '列汀类'], member: /\b[a-z]+gliptin\b|列汀/ },
  {
    names: ['doac', 'doacs', 'noac', 'noacs', 'direct oral anticoagulant', 'direct oral anticoagulants', '新型口服抗凝药'],
    member: /\b[a-z]+(?:xaban|gatran)\b|沙班|加群/,
  },
  { names: ['5-ht3 antagonist', '5-ht3 antagonists', '5-ht3 receptor antagonist', '5-ht3受体拮抗剂', '司琼类'], member: /\b[a-z]+setron\b|司琼/ },
  {
    names: [
      'nsaid',
      'nsaids',
      'non-steroidal anti-inflammatory',
      'non-steroidal anti-inflammatory drug',
      'nonsteroidal anti-inflammatory drug',
      '非甾体抗炎药',
      '非甾体类抗炎药',
    ],
    member: /\b(?:[a-z]+profen|[a-z]+fenac|[a-z]+coxib|naproxen|indomethacin|indometacin|ketorolac|piroxicam|meloxicam)\b|洛芬|芬酸|昔布|萘普生|吲哚美辛/,
  },
  { names: ['bisphosphonate', 'bisphosphonates', '双膦酸盐', '双膦酸盐类'], member: /\b[a-z]+dronate\b|膦酸/ },
  { names: ['benzodiazepine', 'benzodiazepines', 'benzo', 'benzos', '苯二氮䓬类', '苯二氮卓类'], member: /\b[a-z]+(?:azepam|azolam)\b|西泮|唑仑/ },
  {
    names: ['tricyclic', 'tricyclics', 'tca', 'tcas', 'tricyclic antidepressant', 'tricyclic antidepressants', '三环类抗抑郁药', '三环类'],
    member: /\b[a-z]+(?:triptyline|pramine)\b|替林|帕明/,
  },
  { names: ['macrolide', 'macrolides', '大环内酯类'], member: /\b(?:clarithromycin|azithromycin|erythromycin|roxithromycin)\b|红霉素/ },
  { names: ['carbapenem', 'carbapenems', '碳青霉烯类'], member: /\b[a-z]+penem\b|培南/ },
  { names: ['cephalosporin', 'cephalosporins', '头孢菌素', '头孢菌素类', '头孢类'], member: /\bcef[a-z]+\b|\bceph[a-z]+\b|头孢/ },
  {
    names: ['sulfonylurea', 'sulfonylureas', 'sulphonylurea', 'sulphonylureas', '磺脲类', '磺酰脲类'],
    member: /\bgli(?:clazide|pizide|benclamide|mepiride|quidone)\b|\bglyburide\b|格列齐特|格列吡嗪|格列本脲|格列美脲|格列喹酮/,
  },
  {
    names: ['loop diuretic', 'loop diuretics', '袢利尿剂', '髓袢利尿剂'],
    member: /\b(?:furosemide|frusemide|bumetanide|torasemide|torsemide)\b|呋塞米|布美他尼|托拉塞米/,
  },
];

/** Pure: the class names of the medicines a text names ("Sumatriptan 50 mg" → triptan, triptans, 曲坦类 …). */
export function drugClassNames(text: string): string[] {
  const t = text.toLowerCase();
  return CLASSES.filter((c) => c.member.test(t)).flatMap((c) => c.names);
}

// Medicines whose single extra dose in an adult is not a poisoning: the classes poison centres advise on at home when
// an adult takes their usual tablet twice (TOXBASE "therapeutic error" entries; NPIS: levothyroxine, statins, proton-pump
// inhibitors, SSRIs, non-sedating antihistamines, common antibiotics, ACE inhibitors and sartans, metformin, the
// contraceptive pill, vitamins without iron — no action unless symptoms). The list is CLOSED by design: a medicine not in
// it is never read as a harmless double dose, so the narrow-margin ones (insulin, sulfonylureas, methotrexate, lithium,
// warfarin, digoxin, colchicine, opioids, flecainide, tricyclics, the one-pill-can-kill classes of toxic-agents.ts) keep
// every finding. Each class is read by its INN stems or names, Chinese names or endings, and brands.

import type { SignClass } from './sign-classes.js';

export const DOUBLE_DOSE_TOLERATED: Readonly<Record<string, { en: RegExp; zh: RegExp }>> = {
  'thyroid hormone': {
    en: /\b(?:levothyroxine|levo|thyroxine|eltroxin|synthroid|euthyrox|levoxyl|tirosint|unithroid)\b/i,
    zh: /左甲状腺素|甲状腺素片|优甲乐|雷替斯|加衡/u,
  },
  statin: { en: /\b\w+vastatin\b|\b(?:lipitor|crestor|zocor|pravachol)\b/i, zh: /他汀|立普妥|可定|舒降之/u },
  'proton-pump inhibitor': { en: /\b\w+prazole\b|\b(?:nexium|losec|prilosec|zoton)\b/i, zh: /[\p{Script=Han}]{1,3}拉唑|耐信|洛赛克/u },
  'H2 blocker': { en: /\b(?:famotidine|ranitidine|cimetidine|nizatidine)\b/i, zh: /法莫替丁|雷尼替丁|西咪替丁/u },
  SSRI: {
    en: /\b(?:sertraline|fluoxetine|citalopram|escitalopram|paroxetine|fluvoxamine|zoloft|prozac|lexapro|cipralex|seroxat|paxil)\b/i,
    zh: /舍曲林|氟西汀|西酞普兰|艾司西酞普兰|帕罗西汀|氟伏沙明|左洛复|百忧解|来士普|赛乐特/u,
  },
  'non-sedating antihistamine': {
    en: /\b(?:loratadine|desloratadine|cetirizine|levocetirizine|fexofenadine|claritin|clarityn|zyrtec|allegra|telfast)\b/i,
    zh: /氯雷他定|地氯雷他定|西替利嗪|左西替利嗪|非索非那定|开瑞坦|仙特明/u,
  },
  antibiotic: {
    en: /\b(?:amoxicillin|amoxycillin|co-amoxiclav|augmentin|penicillin|phenoxymethylpenicillin|flucloxacillin|cefalexin|cephalexin|cefuroxime|doxycycline|azithromycin|clarithromycin|erythromycin|nitrofurantoin|trimethoprim)\b/i,
    zh: /阿莫西林|阿莫仙|青霉素|头孢[\p{Script=Han}]{0,4}|阿奇霉素|克拉霉素|红霉素|呋喃妥因|多西环素/u,
  },
  'ACE inhibitor or sartan': { en: /\b\w+(?:pril|sartan)\b/i, zh: /[\p{Script=Han}]{1,3}(?:普利|沙坦)/u },
  metformin: { en: /\b(?:metformin|glucophage)\b/i, zh: /二甲双胍|格华止/u },
  'contraceptive pill': {
    en: /\b(?:(?:birth control|contraceptive|combined|mini) pills?|microgynon|rigevidon|yasmin|cerazette|desogestrel)\b|\bthe pill\b/i,
    zh: /(?<!紧急)(?<!事后)避孕药|优思明|妈富隆/u,
  },
  montelukast: { en: /\b(?:montelukast|singulair)\b/i, zh: /孟鲁司特|顺尔宁/u },
  allopurinol: { en: /\ballopurinol\b/i, zh: /别嘌醇/u },
  // Vitamins without iron (an iron-containing one is toxic-agents.ts's iron row).
  vitamin: {
    en: /\b(?:vitamin [a-z]\d{0,2}|multivitamins?|vitamins)\b(?![^.]{0,20}\biron\b)/i,
    zh: /维生素(?![^，。]{0,6}铁)|复合维生素(?![^，。]{0,6}铁)|钙片/u,
  },
};

/** A medicine whose ONE extra dose can harm an adult: the margin between the usual dose and a harmful one is narrow
 *  (TOXBASE / NPIS "therapeutic error" entries that advise assessment for a single extra dose; BNF "narrow therapeutic
 *  index"; ISMP high-alert medicines). Each class is read by its names, and `signs` are the early signs of its own
 *  toxicity — told beside the extra dose they make it an emergency (a low sugar after a second insulin dose, mouth ulcers
 *  after daily methotrexate, drowsiness after a second opioid dose); without them the extra dose is a same-day check
 *  (poison line, a blood level or a glucose watch). The list is CLOSED: a medicine in neither this table nor the
 *  tolerated one above is left to the overdose reader. */
export interface NarrowMargin {
  en: RegExp;
  zh: RegExp;
  signs: RegExp;
  /** The body signs of its own toxicity as classes, read by the triage's one sign reader (a collapse, an unsteady walk,
   *  mouth ulcers): beside an extra dose any of them makes it an emergency. */
  classes: readonly SignClass[];
  /** The sign combinations that tell this medicine's toxicity even with no extra dose told, in someone taking it
   *  (lithium: vomiting → a level today; unsteady or confused → now): each combination is every class it lists. */
  toxicity?: { emergency: readonly (readonly SignClass[])[]; urgent: readonly (readonly SignClass[])[] };
  /** Why one extra dose matters, as said to the person. */
  why: { zh: string; en: string };
}

const HYPO =
  /低血糖|手抖|发抖|出(?:冷)?汗|冒汗|心慌|饿|头晕|糊涂|迷糊|说胡话|叫不醒|昏|抽搐|血糖[^，。]{0,6}(?:低|[0-3](?:\.\d)?(?!\d))|\b(?:hypo\w*|shak\w*|trembl\w*|sweat\w*|clammy|confus\w*|drows\w*|dizz\w*|faint\w*|seiz\w*|fit(?:ting)?|unconscious|(?:sugar|glucose|bm|reading)\b[^.]{0,12}\b(?:low|[0-3](?:\.\d)?\b))\b/i;

export const NARROW_MARGIN_CLASSES: Readonly<Record<string, NarrowMargin>> = {
  insulin: {
    en: /\b(?:insulin|novorapid|novomix|lantus|humalog|humulin|levemir|tresiba|toujeo|apidra|fiasp|abasaglar|semglee|actrapid|insulatard|basaglar|lispro|aspart|glargine|detemir|degludec)\b/i,
    zh: /胰岛素|诺和(?:锐|灵|平|达|益)|来得时|优泌乐|优泌林|甘舒霖|长秀霖|门冬胰|赖脯|甘精|地特|德谷|降糖针/u,
    signs: HYPO,
    classes: ['hypo', 'collapse', 'confusion', 'seizure', 'sweating', 'tremor'],
    why: { zh: '多打一次胰岛素可在几小时内引起严重低血糖', en: 'an extra insulin dose can bring on a severe low blood sugar within hours' },
  },
  sulfonylurea: {
    en: /\b(?:glipizide|gliclazide|glimepiride|glibenclamide|glyburide|gliquidone|tolbutamide|chlorpropamide|diamicron|amaryl)\b/i,
    zh: /(?<![西吡达恩卡利])格列(?:美脲|齐特|吡嗪|本脲|喹酮|波脲)|优降糖|达美康|亚莫利|降糖药/u,
    signs: HYPO,
    classes: ['hypo', 'collapse', 'confusion', 'seizure', 'sweating', 'tremor'],
    why: {
      zh: '磺脲类降糖药多吃一次可引起持续很久、反复发作的低血糖',
      en: 'an extra sulfonylurea dose can cause a low blood sugar that lasts and keeps coming back',
    },
  },
  lithium: {
    en: /\b(?:lithium|priadel|camcolit|liskonum|lithobid|li-liquid)\b/i,
    zh: /碳酸锂|锂盐|锂片|锂剂/u,
    signs:
      /手抖|发抖|呕吐|吐了|腹泻|拉肚子|走不稳|站不稳|糊涂|迷糊|说话不清|抽搐|\b(?:trembl\w*|tremor\w*|shak\w*|vomit\w*|being sick|diarrh\w*|unsteady|wobbly|confus\w*|slurr\w*|twitch\w*|seiz\w*)\b/i,
    classes: ['gi', 'tremor', 'ataxia', 'confusion', 'seizure', 'collapse'],
    // Lithium toxicity (TOXBASE; NICE CG185/BNF): vomiting or diarrhoea in someone on lithium needs a level today;
    // unsteadiness, confusion, a fit or a collapse is toxicity now. A fine tremor alone is its known side effect.
    toxicity: { emergency: [['ataxia'], ['confusion'], ['seizure'], ['collapse']], urgent: [['gi']] },
    why: {
      zh: '锂的有效量和中毒量很接近，多吃一次也要查血锂浓度',
      en: 'lithium’s usual and toxic levels are close together: an extra dose needs a blood level',
    },
  },
  digoxin: {
    en: /\b(?:digoxin|lanoxin|digitoxin)\b/i,
    zh: /地高辛|洋地黄|西地兰/u,
    signs:
      /恶心|呕吐|看东西发黄|眼前发黄|看不清|心跳(?:慢|乱|不齐)|心慌|头晕|\b(?:nause\w*|vomit\w*|yellow|blur\w*|halos?|slow (?:pulse|heart)|irregular|palpitat\w*|dizz\w*|faint\w*)\b/i,
    classes: ['gi', 'confusion', 'collapse'],
    toxicity: { emergency: [['collapse'], ['confusion']], urgent: [['gi']] },
    why: { zh: '地高辛多吃一次可引起心律失常', en: 'an extra digoxin dose can upset the heart rhythm' },
  },
  colchicine: {
    en: /\b(?:colchicine|colcrys|mitigare)\b/i,
    zh: /秋水仙/u,
    signs: /呕吐|吐了|腹泻|拉肚子|肚子(?:疼|痛)|腹痛|\b(?:vomit\w*|being sick|diarrh\w*|stomach (?:pain|cramps?)|tummy (?:pain|ache)|abdominal pain)\b/i,
    classes: ['gi', 'collapse'],
    why: {
      zh: '秋水仙碱安全范围很窄，过量先吐泻，之后可伤及骨髓和心脏',
      en: 'colchicine has a very narrow margin: vomiting and diarrhoea first, then harm to the bone marrow and heart',
    },
  },
  methotrexate: {
    en: /\b(?:methotrexate|metoject|trexall|otrexup|maxtrex)\b/i,
    zh: /甲氨蝶呤|氨甲蝶呤/u,
    signs:
      /口腔溃疡|嘴里(?:起泡|溃疡|烂)|口腔(?:起泡|烂)|嗓子疼|喉咙痛|发烧|发热|出血|瘀斑|青紫|\b(?:mouth (?:ulcers?|sores?)|ulcers?|sore (?:mouth|throat)|fever\w*|temperature|bleed\w*|bruis\w*|rash)\b/i,
    classes: ['mucosal', 'fever', 'bleeding'],
    // Methotrexate toxicity (BNF/MHRA): mouth ulcers, a sore throat or a fever are marrow suppression until a blood
    // count says otherwise — both together are an emergency (neutropenic sepsis).
    toxicity: { emergency: [['mucosal', 'fever'], ['bleeding']], urgent: [['mucosal'], ['fever']] },
    why: {
      zh: '甲氨蝶呤每周只吃一次，误当每天吃会抑制骨髓，可危及生命',
      en: 'methotrexate is taken once a week: taken daily it suppresses the bone marrow and can kill',
    },
  },
  opioid: {
    en: /\b(?:tramadol|codeine|oxycodone|oxycontin|oxynorm|morphine|zomorph|oramorph|methadone|buprenorphine|fent[aeiouy]n[aeiouy]l|hydrocodone|hydromorphone|tapentadol|dihydrocodeine|co-codamol|percocet|vicodin|norco)\b/i,
    zh: /曲马多|可待因|羟考酮|奥施康定|吗啡|美沙酮|丁丙诺啡|芬太尼|氢可酮|氢吗啡酮|他喷他多|氨酚待因|氨酚羟考酮/u,
    signs:
      /嗜睡|犯困|叫不醒|昏|呼吸(?:慢|浅|弱)|糊涂|迷糊|嘴唇发紫|\b(?:drows\w*|sleepy|hard to wake|won'?t wake|can'?t wake|slow(?:ed)? breath\w*|shallow breath\w*|pinpoint|confus\w*|blue lips|nodding off)\b/i,
    classes: ['collapse', 'confusion', 'breathing'],
    why: { zh: '阿片类止痛药多吃一次可抑制呼吸，尤其是老人', en: 'an extra opioid dose can slow the breathing, more so in older people' },
  },
  tricyclic: {
    en: /\b(?:amitriptyline|nortriptyline|imipramine|clomipramine|dosulepin|dothiepin|doxepin|trimipramine|lofepramine)\b/i,
    zh: /阿米替林|去甲替林|丙米嗪|氯米帕明|多塞平|多虑平|度硫平/u,
    signs: /心慌|心跳快|嗜睡|糊涂|抽搐|\b(?:palpitat\w*|racing|drows\w*|confus\w*|seiz\w*|faint\w*)\b/i,
    classes: ['seizure', 'collapse', 'confusion'],
    why: { zh: '三环类抗抑郁药安全范围窄，可引起心律失常和抽搐', en: 'tricyclic antidepressants have a narrow margin: heart rhythm problems and fits' },
  },
  antiarrhythmic: {
    en: /\b(?:flecainide|tambocor|propafenone|sotalol|amiodarone|disopyramide|dofetilide)\b/i,
    zh: /氟卡尼|普罗帕酮|心律平|索他洛尔|胺碘酮|丙吡胺/u,
    signs: /心慌|心跳(?:慢|乱|不齐)|头晕|晕倒|胸(?:口)?(?:痛|闷)|\b(?:palpitat\w*|irregular|slow (?:pulse|heart)|dizz\w*|faint\w*|passed out|chest pain)\b/i,
    classes: ['collapse', 'chest'],
    why: { zh: '抗心律失常药多吃一次可诱发危险的心律失常', en: 'an extra antiarrhythmic dose can set off a dangerous heart rhythm' },
  },
  anticoagulant: {
    en: /\b(?:warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|lixiana)\b/i,
    zh: /华法林|阿哌沙班|利伐沙班|达比加群|艾多沙班|拜瑞妥|艾乐妥/u,
    signs: /出血|流血|血尿|便血|黑便|吐血|咳血|瘀斑|头(?:很)?(?:痛|疼)|\b(?:bleed\w*|blood in|black (?:stools?|poo)|bruis\w*|nosebleed\w*|headache)\b/i,
    classes: ['bleeding'],
    why: {
      zh: '抗凝药多吃一次出血风险升高，今天要问抗凝门诊或药师是否需要查凝血',
      en: 'an extra anticoagulant dose raises the bleeding risk: ask the anticoagulation clinic or a pharmacist today whether a clotting test is needed',
    },
  },
  antiepileptic: {
    en: /\b(?:carbamazepine|tegretol|phenytoin|epanutin|dilantin)\b/i,
    zh: /卡马西平|得理多|苯妥英/u,
    signs: /走不稳|站不稳|重影|看东西双|嗜睡|糊涂|\b(?:unsteady|wobbly|double vision|drows\w*|confus\w*|slurr\w*)\b/i,
    classes: ['ataxia', 'confusion', 'collapse'],
    toxicity: { emergency: [['confusion'], ['collapse']], urgent: [['ataxia']] },
    why: { zh: '卡马西平、苯妥英的中毒量与有效量接近', en: 'carbamazepine and phenytoin have toxic levels close to their usual ones' },
  },
  clozapine: {
    en: /\b(?:clozapine|clozaril|denzapine|zaponex)\b/i,
    zh: /氯氮平/u,
    signs: /嗜睡|叫不醒|抽搐|心慌|\b(?:drows\w*|hard to wake|seiz\w*|fit|palpitat\w*)\b/i,
    classes: ['seizure', 'collapse', 'confusion'],
    // A fever or a sore throat on clozapine is agranulocytosis until a blood count says otherwise (SmPC: FBC at once).
    toxicity: { emergency: [['seizure'], ['collapse']], urgent: [['fever']] },
    why: { zh: '氯氮平多吃可引起过度镇静和抽搐', en: 'extra clozapine can over-sedate and cause fits' },
  },
  immunosuppressant: {
    en: /\b(?:tacrolimus|prograf|advagraf|ciclosporin|cyclosporine|neoral)\b/i,
    zh: /他克莫司|环孢素|普乐可复/u,
    signs: /手抖|头痛|呕吐|\b(?:trembl\w*|tremor|headache|vomit\w*)\b/i,
    classes: ['tremor', 'gi'],
    why: {
      zh: '他克莫司、环孢素需要按血药浓度调整，多吃一次要问移植团队',
      en: 'tacrolimus and ciclosporin are dosed by blood level: ask the transplant team about an extra dose',
    },
  },
  theophylline: {
    en: /\b(?:theophylline|aminophylline|uniphyllin|phyllocontin)\b/i,
    zh: /茶碱/u,
    signs: /心慌|心跳快|呕吐|手抖|抽搐|\b(?:palpitat\w*|racing|vomit\w*|trembl\w*|seiz\w*)\b/i,
    classes: ['gi', 'seizure', 'tremor', 'collapse'],
    why: { zh: '茶碱类安全范围窄，可引起心律失常和抽搐', en: 'theophylline has a narrow margin: heart rhythm problems and fits' },
  },
};

/** Every narrow-margin name as one pair of patterns: named anywhere beside a tolerated one, the double dose is not read
 *  as harmless (the one-pill-can-kill classes are read from toxic-agents.ts as well). */
export const NARROW_MARGIN = {
  en: new RegExp(
    Object.values(NARROW_MARGIN_CLASSES)
      .map((c) => c.en.source)
      .join('|'),
    'i',
  ),
  zh: new RegExp(
    Object.values(NARROW_MARGIN_CLASSES)
      .map((c) => c.zh.source)
      .join('|'),
    'u',
  ),
};

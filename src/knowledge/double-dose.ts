// Medicines whose single extra dose in an adult is not a poisoning: the classes poison centres advise on at home when
// an adult takes their usual tablet twice (TOXBASE "therapeutic error" entries; NPIS: levothyroxine, statins, proton-pump
// inhibitors, SSRIs, non-sedating antihistamines, common antibiotics, ACE inhibitors and sartans, metformin, the
// contraceptive pill, vitamins without iron — no action unless symptoms). The list is CLOSED by design: a medicine not in
// it is never read as a harmless double dose, so the narrow-margin ones (insulin, sulfonylureas, methotrexate, lithium,
// warfarin, digoxin, colchicine, opioids, flecainide, tricyclics, the one-pill-can-kill classes of toxic-agents.ts) keep
// every finding. Each class is read by its INN stems or names, Chinese names or endings, and brands.

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

/** Narrow-margin medicines for an adult too: named anywhere beside a tolerated one, the double dose is not read as
 *  harmless (the one-pill-can-kill classes are read from toxic-agents.ts as well). */
export const NARROW_MARGIN = {
  en: /\b(?:insulin|novorapid|lantus|humalog|levemir|tresiba|methotrexate|lithium|priadel|camcolit|warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|edoxaban|carbamazepine|tegretol|phenytoin|clozapine|sotalol|amiodarone|tacrolimus|ciclosporin|cyclosporine)\b/i,
  zh: /胰岛素|诺和|来得时|优泌乐|甲氨蝶呤|碳酸锂|锂盐|华法林|阿哌沙班|利伐沙班|达比加群|艾多沙班|卡马西平|苯妥英|氯氮平|索他洛尔|胺碘酮|他克莫司|环孢素/u,
};

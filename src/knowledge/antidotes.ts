// Specific antidotes and reversal agents × what each reverses — a closed table, written once from the toxicology
// references named in SOURCE (WHO Model List of Essential Medicines §4.2 "specific antidotes"; Goldfrank's
// Toxicologic Emergencies, antidote chapters; BNF "Emergency treatment of poisoning"; 中国急诊中毒诊治共识), not from
// any batch. An answer that names one of these agents as the antidote/reversal/rescue for a poison it does not reverse
// (flumazenil for an opioid overdose, protamine for warfarin, 纳洛酮 for 有机磷) has swapped the drug.
//
// Every agent lists EVERY target it is given for in an acute setting (atropine: organophosphate AND a slow heart rate
// in beta-blocker/CCB/digoxin poisoning; glucagon: low sugar AND beta-blocker poisoning), so a right use is never read
// as a swap. `specific`: the agent has no everyday supportive use, so "give X" in a poisoning is already a claim that
// X is its treatment; the others (atropine, calcium, glucose, oxygen, bicarbonate, vitamin K, insulin) are judged only
// where the text calls them the antidote or the reversal.

export type PoisonId =
  | 'opioid'
  | 'benzodiazepine'
  | 'warfarin'
  | 'heparin'
  | 'factor-xa-inhibitor'
  | 'dabigatran'
  | 'paracetamol'
  | 'organophosphate'
  | 'toxic-alcohol'
  | 'cyanide'
  | 'digoxin'
  | 'iron'
  | 'beta-blocker'
  | 'calcium-channel-blocker'
  | 'sulfonylurea'
  | 'hypoglycaemia'
  | 'insulin'
  | 'anticholinergic'
  | 'methaemoglobinaemia'
  | 'isoniazid'
  | 'heavy-metal'
  | 'tricyclic'
  | 'salicylate'
  | 'carbon-monoxide'
  | 'local-anaesthetic'
  | 'neuromuscular-blocker'
  | 'methotrexate'
  | 'snake-bite'
  | 'hyperkalaemia'
  | 'magnesium'
  | 'bradycardia'
  | 'hyperthermia-syndrome'
  | 'hyperglycaemia';

export interface Poison {
  id: PoisonId;
  /** Names of the poison, its members and brands (regex sources; matched on lower-case text, simplified Han). */
  names: string[];
}

export interface Antidote {
  id: string;
  names: string[];
  /** Every poison or acute state it is given for. Empty: it reverses no acute poisoning (naltrexone). */
  reverses: PoisonId[];
  /** No everyday supportive use: "give X" in a poisoning already names X its treatment. */
  specific: boolean;
  /**
   * Who carries or keeps the agent outside any poisoning (glucagon: a person with diabetes): a sentence naming them is
   * about that use, not about the poison of the sentence before.
   */
  keptFor?: string[];
  /**
   * Poisons the agent is given BESIDE in everyday treatment (folic acid with weekly methotrexate): named with one of them,
   * it is judged only where the text speaks of an overdose or a poisoning.
   */
  givenBeside?: PoisonId[];
}

export const SOURCE =
  "WHO Model List of Essential Medicines (2023) §4.2; Goldfrank's Toxicologic Emergencies 11th ed. (antidotes in depth); BNF Emergency treatment of poisoning; 急性中毒诊断与治疗中国专家共识 (2016)";

export const POISONS: readonly Poison[] = [
  {
    id: 'opioid',
    names: [
      '\\bopioids?\\b',
      '\\bopiates?\\b',
      '\\bheroin\\b',
      '\\bfentanyl\\b',
      '\\bmorphine\\b',
      '\\boxycodone\\b',
      '\\boxycontin\\b',
      '\\bhydrocodone\\b',
      '\\bcodeine\\b',
      '\\btramadol\\b',
      '\\bmethadone\\b',
      '\\bbuprenorphine\\b',
      '\\bpercocet\\b',
      '\\bvicodin\\b',
      // Lay names (a user's own words for the pills): "his oxy pills", 鸦片, the Hong Kong spelling 海洛英.
      '\\boxys?\\b',
      '\\bnarcotics?\\b',
      '阿片',
      '鸦片',
      '海洛因',
      '海洛英',
      '吗啡',
      '芬太尼',
      '羟考酮',
      '可待因',
      '曲马多',
      '美沙酮',
      '丁丙诺啡',
      '杜冷丁',
      '哌替啶',
    ],
  },
  {
    id: 'benzodiazepine',
    names: [
      '\\bbenzodiazepines?\\b',
      '\\bbenzos?\\b',
      '\\b(?:diazepam|lorazepam|alprazolam|clonazepam|midazolam|temazepam|chlordiazepoxide|oxazepam|nitrazepam|zolpidem|zopiclone)\\b',
      '\\b(?:valium|xanax|ativan|klonopin|ambien)\\b',
      // The lay name: prescribed sleeping tablets are benzodiazepines or Z-drugs (BNF 4.1.1), both read by flumazenil.
      '\\bsleeping (?:tablets?|pills?|meds|medicines?)\\b',
      '\\bsleepers\\b',
      '苯二氮',
      '地西泮',
      '安定',
      '劳拉西泮',
      '阿普唑仑',
      '氯硝西泮',
      '咪达唑仑',
      '艾司唑仑',
      '唑吡坦',
      '佐匹克隆',
      '安眠药',
    ],
  },
  {
    id: 'warfarin',
    names: [
      '\\bwarfarin\\b',
      '\\bcoumadin\\b',
      '\\bsuperwarfarins?\\b',
      '\\bbrodifacoum\\b',
      '\\bvitamin k antagonists?\\b',
      '华法林',
      '溴鼠灵',
      '大隆',
      '抗凝血(?:类)?鼠药',
    ],
  },
  {
    id: 'heparin',
    names: [
      '\\bheparins?\\b',
      '\\benoxaparin\\b',
      '\\blmwh\\b',
      '\\bufh\\b',
      '\\bdalteparin\\b',
      '\\bclexane\\b',
      '\\blovenox\\b',
      '肝素',
      '依诺肝素',
      '低分子肝素',
    ],
  },
  {
    id: 'factor-xa-inhibitor',
    names: ['\\b(?:rivaroxaban|apixaban|edoxaban|xarelto|eliquis)\\b', '\\b(?:factor )?xa inhibitors?\\b', '利伐沙班', '阿哌沙班', '艾多沙班', '拜瑞妥'],
  },
  { id: 'dabigatran', names: ['\\bdabigatran\\b', '\\bpradaxa\\b', '达比加群'] },
  {
    id: 'paracetamol',
    names: [
      '\\bparacetamol\\b',
      '\\bacetaminophen\\b',
      '\\btylenol\\b',
      '\\bpanadol\\b',
      '\\bcalpol\\b',
      '对乙酰氨基酚',
      '扑热息痛',
      '泰诺',
      '必理通',
      '乙酰胺酚',
      '普拿疼',
      '百服宁',
    ],
  },
  {
    id: 'organophosphate',
    names: [
      '\\borganophosph\\w*',
      '\\bcarbamates?\\b',
      '\\bnerve agents?\\b',
      '\\b(?:sarin|novichok|malathion|parathion|chlorpyrifos|diazinon|dichlorvos)\\b',
      '有机磷',
      '敌敌畏',
      '敌百虫',
      '乐果',
      '甲胺磷',
      '对硫磷',
      '毒死蜱',
      '氨基甲酸酯',
      '胆碱酯酶抑制',
    ],
  },
  {
    id: 'toxic-alcohol',
    names: ['\\bmethanol\\b', '\\bethylene glycol\\b', '\\bantifreeze\\b', '\\bwood alcohol\\b', '甲醇', '乙二醇', '防冻液', '假酒', '工业酒精'],
  },
  { id: 'cyanide', names: ['\\bcyanides?\\b', '\\bhydrogen cyanide\\b', '氰化', '氢氰酸', '苦杏仁'] },
  { id: 'digoxin', names: ['\\bdigoxin\\b', '\\bdigitalis\\b', '\\bfoxglove\\b', '\\boleander\\b', '\\blanoxin\\b', '地高辛', '洋地黄', '夹竹桃'] },
  { id: 'iron', names: ['\\biron (?:tablets?|pills?|poisonings?|overdoses?|supplements?)\\b', '\\bferrous\\b', '铁剂', '硫酸亚铁', '补铁(?:片|药)', '铁中毒'] },
  {
    id: 'beta-blocker',
    names: [
      '\\bbeta[- ]?blockers?\\b',
      '\\b(?:metoprolol|propranolol|atenolol|bisoprolol|carvedilol|labetalol|nebivolol|sotalol|toprol|lopressor|inderal)\\b',
      'β受体阻滞',
      '美托洛尔',
      '倍他乐克',
      '普萘洛尔',
      '心得安',
      '阿替洛尔',
      '比索洛尔',
      '卡维地洛',
    ],
  },
  {
    id: 'calcium-channel-blocker',
    names: [
      '\\bcalcium[- ]channel blockers?\\b',
      '\\bccbs?\\b',
      '\\b(?:amlodipine|nifedipine|felodipine|verapamil|diltiazem|norvasc)\\b',
      '钙通道阻滞',
      '钙离子拮抗',
      '氨氯地平',
      '硝苯地平',
      '非洛地平',
      '维拉帕米',
      '地尔硫',
      '络活喜',
    ],
  },
  {
    id: 'sulfonylurea',
    names: [
      '\\bsulfonylureas?\\b',
      '\\bsulphonylureas?\\b',
      '\\b(?:gliclazide|glipizide|glibenclamide|glyburide|glimepiride)\\b',
      '磺脲',
      '格列齐特',
      '格列吡嗪',
      '格列本脲',
      '格列美脲',
      '优降糖',
    ],
  },
  {
    id: 'hypoglycaemia',
    names: [
      '\\bhypoglyc\\w*',
      '\\blow (?:blood )?(?:sugar|glucose)\\b',
      '\\b(?:sugar|glucose) (?:is |was |of |reads? )?(?:very |too |dangerously )?low\\b',
      '\\bhypo\\b',
      '低血糖',
      '血糖(?:很|太|过|偏)?低',
    ],
  },
  { id: 'insulin', names: ['\\binsulin (?:overdose|poisoning)\\b', '\\btoo much insulin\\b', '胰岛素(?:过量|打多|注射过多|用多)'] },
  {
    id: 'anticholinergic',
    names: [
      '\\banticholinergic (?:poisoning|toxicity|syndrome|overdose)\\b',
      '\\b(?:jimson ?weed|datura|deadly nightshade|belladonna)\\b',
      '抗胆碱(?:能)?(?:药物)?中毒',
      '曼陀罗',
      '颠茄',
    ],
  },
  {
    id: 'methaemoglobinaemia',
    names: ['\\bmeth?a?emoglobin\\w*', '\\bmethaemoglobin\\w*', '\\bnitrites?\\b', '\\bdapsone\\b', '高铁血红蛋白', '亚硝酸盐', '氨苯砜'],
  },
  { id: 'isoniazid', names: ['\\bisoniazid\\b', '\\binh\\b', '异烟肼'] },
  {
    id: 'heavy-metal',
    names: ['\\blead (?:poisoning|levels?)\\b', '\\barsenic\\b', '\\bmercury\\b', '\\bthallium\\b', '铅中毒', '血铅', '砷', '砒霜', '汞', '水银', '铊'],
  },
  {
    id: 'tricyclic',
    names: [
      '\\btricyclics?\\b',
      '\\btcas?\\b',
      '\\b(?:amitriptyline|nortriptyline|imipramine|clomipramine|dosulepin|doxepin)\\b',
      '三环类',
      '阿米替林',
      '丙咪嗪',
      '氯米帕明',
      '多塞平',
    ],
  },
  { id: 'salicylate', names: ['\\bsalicylates?\\b', '\\baspirin (?:overdose|poisoning|toxicity)\\b', '水杨酸', '阿司匹林(?:过量|中毒)'] },
  { id: 'carbon-monoxide', names: ['\\bcarbon monoxide\\b', '\\bco poisoning\\b', '一氧化碳', '煤气中毒'] },
  {
    id: 'local-anaesthetic',
    names: [
      '\\blocal an(?:a)?esthetic (?:toxicity|systemic toxicity|overdose)\\b',
      '\\b(?:bupivacaine|lidocaine|lignocaine) (?:toxicity|overdose)\\b',
      '局麻药中毒',
    ],
  },
  {
    id: 'neuromuscular-blocker',
    names: ['\\b(?:rocuronium|vecuronium|neuromuscular block\\w*)\\b', '\\bmyasthenia\\b', '罗库溴铵', '维库溴铵', '肌松', '重症肌无力'],
  },
  { id: 'methotrexate', names: ['\\bmethotrexate\\b', '甲氨蝶呤'] },
  { id: 'snake-bite', names: ['\\bsnake ?bites?\\b', '\\bbitten by a snake\\b', '(?<!anti-)\\bvenom\\w*', '蛇咬', '毒蛇', '(?<!抗)蛇毒'] },
  { id: 'hyperkalaemia', names: ['\\bhyperkal\\w*', '\\bhigh potassium\\b', '高钾', '血钾(?:很|太|过|偏)?高'] },
  { id: 'magnesium', names: ['\\bmagnesium (?:sulfate|sulphate|toxicity|overdose)\\b', '硫酸镁', '镁中毒'] },
  {
    id: 'bradycardia',
    names: ['\\bbradycardi\\w*', '\\bslow (?:heart ?rate|pulse|heartbeat)\\b', '\\bheart rate (?:of )?(?:[2-4]\\d)\\b', '心动过缓', '心率(?:很|太|过)?慢'],
  },
  {
    id: 'hyperthermia-syndrome',
    names: ['\\bmalignant hyperthermia\\b', '\\bneuroleptic malignant\\b', '\\bserotonin syndrome\\b', '恶性高热', '恶性综合征', '5-?羟色胺综合征'],
  },
  { id: 'hyperglycaemia', names: ['\\bhyperglyc\\w*', '\\bdka\\b', '\\bketoacidosis\\b', '\\bhigh (?:blood )?sugar\\b', '(?<!胰)高血糖', '酮症'] },
];

export const ANTIDOTES: readonly Antidote[] = [
  {
    id: 'naloxone',
    names: ['\\bnaloxone\\b', '\\bnarcan\\b', '\\bkloxxado\\b', '\\bprenoxad\\b', '纳洛酮'],
    reverses: ['opioid'],
    specific: true,
    // Take-home naloxone is kept by anyone who uses drugs or lives with someone who does (WHO 2014 community management).
    keptFor: ['\\b(?:drug|opioid|heroin|fentanyl) users?\\b', '\\buses? (?:drugs|heroin|opioids)\\b', '吸毒', '\\bharm reduction\\b'],
  },
  { id: 'nalmefene', names: ['\\bnalmefene\\b', '纳美芬'], reverses: ['opioid'], specific: false },
  // Naltrexone blocks opioids for weeks in relapse prevention; it reverses no overdose (and precipitates withdrawal).
  { id: 'naltrexone', names: ['\\bnaltrexone\\b', '\\bvivitrol\\b', '纳曲酮'], reverses: [], specific: false },
  { id: 'flumazenil', names: ['\\bflumazenil\\b', '\\banexate\\b', '氟马西尼'], reverses: ['benzodiazepine'], specific: true },
  { id: 'protamine', names: ['\\bprotamine\\b', '鱼精蛋白'], reverses: ['heparin'], specific: true },
  {
    id: 'vitamin-k',
    names: ['\\bvitamin k1?\\b', '\\bphyto(?:na|me)dione\\b', '\\bkonakion\\b', '维生素k1?', '维他命k'],
    reverses: ['warfarin'],
    specific: false,
  },
  {
    id: 'prothrombin-complex',
    names: ['\\bprothrombin complex\\b', '\\bpcc\\b', '\\bberiplex\\b', '\\bkcentra\\b', '\\boctaplex\\b', '凝血酶原复合物'],
    reverses: ['warfarin', 'factor-xa-inhibitor', 'dabigatran'],
    specific: true,
  },
  { id: 'idarucizumab', names: ['\\bidarucizumab\\b', '\\bpraxbind\\b', '依达赛珠单抗'], reverses: ['dabigatran'], specific: true },
  { id: 'andexanet', names: ['\\bandexanet\\b', '\\bondexxya\\b', '\\bandexxa\\b'], reverses: ['factor-xa-inhibitor'], specific: true },
  {
    id: 'acetylcysteine',
    names: ['\\b(?:n-)?acetyl ?cysteine\\b', '\\bnac\\b', '\\bparvolex\\b', '\\bacetadote\\b', '乙酰半胱氨酸', '乙酰半胱胺酸'],
    reverses: ['paracetamol'],
    // Also an everyday mucolytic (化痰): judged only where called the antidote.
    specific: false,
  },
  { id: 'fomepizole', names: ['\\bfomepizole\\b', '\\bantizol\\b', '甲吡唑', '4-甲基吡唑'], reverses: ['toxic-alcohol'], specific: true },
  {
    id: 'cyanide-antidote',
    names: [
      '\\bhydroxocobalamin\\b',
      '\\bcyanokit\\b',
      '\\bsodium thiosulfate\\b',
      '\\bsodium nitrite\\b',
      '\\bamyl nitrite\\b',
      '\\bdicobalt edetate\\b',
      '羟钴胺',
      '硫代硫酸钠',
      '亚硝酸钠',
      '亚硝酸异戊酯',
    ],
    reverses: ['cyanide'],
    specific: true,
  },
  {
    id: 'digoxin-fab',
    names: ['\\bdigoxin[- ](?:specific )?(?:antibod\\w*|fab|immune fab)\\b', '\\bdigifab\\b', '\\bdigibind\\b', '地高辛(?:特异性)?抗体'],
    reverses: ['digoxin'],
    specific: true,
  },
  { id: 'deferoxamine', names: ['\\bdes?ferrioxamine\\b', '\\bdeferoxamine\\b', '\\bdesferal\\b', '去铁胺'], reverses: ['iron'], specific: true },
  {
    id: 'oxime',
    names: ['\\bpralidoxime\\b', '\\bobidoxime\\b', '\\b2-pam\\b', '\\boximes?\\b', '解磷定', '氯解磷定', '碘解磷定', '解磷注射液', '胆碱酯酶复能剂'],
    reverses: ['organophosphate'],
    specific: true,
  },
  { id: 'physostigmine', names: ['\\bphysostigmine\\b', '毒扁豆碱'], reverses: ['anticholinergic'], specific: true },
  // Neostigmine reverses a neuromuscular block and treats myasthenia; in an organophosphate poisoning it adds to the harm.
  { id: 'neostigmine', names: ['\\bneostigmine\\b', '\\bpyridostigmine\\b', '新斯的明', '溴吡斯的明'], reverses: ['neuromuscular-blocker'], specific: false },
  { id: 'sugammadex', names: ['\\bsugammadex\\b', '\\bbridion\\b', '舒更葡糖'], reverses: ['neuromuscular-blocker'], specific: true },
  // Methylene blue: methaemoglobinaemia; in Chinese practice also a cyanide antidote of old (急性中毒共识).
  {
    id: 'methylene-blue',
    names: ['\\bmethylene blue\\b', '\\bmethylthioninium\\b', '亚甲蓝', '美蓝'],
    reverses: ['methaemoglobinaemia', 'cyanide'],
    specific: true,
  },
  { id: 'pyridoxine', names: ['\\bpyridoxine\\b', '维生素b6'], reverses: ['isoniazid'], specific: false },
  {
    id: 'chelator',
    names: [
      '\\bdimercaprol\\b',
      '\\bbal\\b',
      '\\bsuccimer\\b',
      '\\bdmsa\\b',
      '\\bdmps\\b',
      '\\bedta\\b',
      '\\bprussian blue\\b',
      '二巯丙醇',
      '二巯丁二酸',
      '二巯丙磺钠',
      '依地酸钙钠',
      '普鲁士蓝',
    ],
    reverses: ['heavy-metal'],
    specific: true,
  },
  { id: 'dantrolene', names: ['\\bdantrolene\\b', '丹曲林'], reverses: ['hyperthermia-syndrome'], specific: true },
  { id: 'cyproheptadine', names: ['\\bcyproheptadine\\b', '赛庚啶'], reverses: ['hyperthermia-syndrome'], specific: false },
  {
    id: 'lipid-emulsion',
    names: ['\\blipid emulsion\\b', '\\bintralipid\\b', '脂肪乳'],
    reverses: ['local-anaesthetic', 'calcium-channel-blocker', 'beta-blocker', 'tricyclic'],
    specific: false,
  },
  // Folic acid is NOT folinic acid: it needs the reductase methotrexate blocks, so it rescues nothing in an overdose
  // (BNF "Methotrexate: folinic acid rescue"); it is given weekly beside low-dose methotrexate.
  { id: 'folic-acid', names: ['\\bfolic acid\\b', '\\bfolate tablets?\\b', '叶酸'], reverses: [], specific: false, givenBeside: ['methotrexate'] },
  {
    id: 'folinic-acid',
    names: ['\\bfolinic acid\\b', '\\bleucovorin\\b', '\\bcalcium folinate\\b', '亚叶酸(?:钙)?', '(?:甲酰)?四氢叶酸(?:钙)?'],
    reverses: ['methotrexate'],
    specific: false,
  },
  { id: 'antivenom', names: ['\\banti-?venoms?\\b', '\\bantivenin\\b', '抗蛇毒血清'], reverses: ['snake-bite'], specific: true },
  { id: 'octreotide', names: ['\\boctreotide\\b', '奥曲肽'], reverses: ['sulfonylurea'], specific: false },
  {
    id: 'glucagon',
    names: ['\\bglucagon\\b', '\\bgvoke\\b', '\\bbaqsimi\\b', '胰高血糖素', '升糖素'],
    reverses: ['hypoglycaemia', 'insulin', 'sulfonylurea', 'beta-blocker', 'calcium-channel-blocker'],
    specific: true,
    // Every person with type 1 (or insulin-treated) diabetes is advised to carry it (NICE NG17).
    keptFor: ['\\bdiabet\\w*', '\\bt1dm?\\b', '\\bon insulin\\b', '\\binsulin[- ](?:users?|treated|dependent)\\b', '糖尿病', '(?:打|用|注射)胰岛素'],
  },
  // The rest have everyday supportive uses; they are judged only where called the antidote or the reversal.
  {
    id: 'atropine',
    names: ['\\batropine\\b', '阿托品'],
    reverses: ['organophosphate', 'bradycardia', 'beta-blocker', 'calcium-channel-blocker', 'digoxin'],
    specific: false,
  },
  {
    id: 'calcium',
    names: ['\\bcalcium (?:gluconate|chloride)\\b', '\\bi\\.?v\\.? calcium\\b', '葡萄糖酸钙', '氯化钙'],
    reverses: ['calcium-channel-blocker', 'hyperkalaemia', 'magnesium', 'beta-blocker'],
    specific: false,
  },
  {
    id: 'glucose',
    names: ['(?<!blood )\\bglucose\\b(?! (?:levels?|meters?|readings?|tests?|monitor\\w*))', '\\bdextrose\\b', '\\bd50\\b', '\\bd10\\b', '(?<!酸)葡萄糖(?!酸)'],
    reverses: ['hypoglycaemia', 'insulin', 'sulfonylurea', 'beta-blocker', 'calcium-channel-blocker', 'hyperkalaemia'],
    specific: false,
  },
  {
    id: 'insulin',
    names: ['\\binsulin\\b', '胰岛素'],
    reverses: ['hyperkalaemia', 'hyperglycaemia', 'beta-blocker', 'calcium-channel-blocker'],
    specific: false,
  },
  {
    id: 'bicarbonate',
    names: ['\\bsodium bicarbonate\\b', '\\bbicarb\\b', '碳酸氢钠'],
    reverses: ['tricyclic', 'salicylate', 'toxic-alcohol', 'hyperkalaemia'],
    specific: false,
  },
  {
    id: 'oxygen',
    names: ['\\b(?:hyperbaric |high[- ]flow |100 ?% )?oxygen\\b', '高压氧', '吸氧', '氧气'],
    reverses: ['carbon-monoxide', 'cyanide'],
    specific: false,
  },
];

// Older and trade names of medicines still written in Chinese clinical text, each with the current generic name it
// stands for (the pharmacopoeia's name: 头孢力新 and 先锋霉素Ⅳ are 头孢氨苄, 强的松龙 is 泼尼松龙, 孕酮 is 黄体酮), and a
// few standard abbreviations (DDAVP, 6-MP, 5-FU). A name is read here only when written whole, so it never widens
// what a longer name means. Kept apart from the shared drug lexicon (drugs.ts), which triage and extraction also
// read: only the RL drug verifier reads this table (issue #18, session 34). Written from general pharmacology.
import { normTerm } from './term-text.js';

const LINES = `
头孢氨苄: 头孢力新|先锋霉素Ⅳ|先锋霉素4|先锋4号|先锋Ⅳ
头孢唑林: 先锋霉素Ⅴ|先锋霉素5|先锋5号
头孢拉定: 先锋霉素Ⅵ|先锋霉素6|先锋6号
头孢噻吩: 先锋霉素Ⅰ|先锋霉素1
阿莫西林: 羟氨苄青霉素
氨苄西林: 氨苄青霉素
苯唑西林: 苯唑青霉素|新青霉素Ⅱ
氯唑西林: 邻氯青霉素
羧苄西林: 羧苄青霉素
哌拉西林: 氧哌嗪青霉素
头孢曲松: 菌必治
头孢哌酮: 先锋必
利巴韦林: 病毒唑
呋喃唑酮: 痢特灵
异烟肼: INH
泼尼松龙: 强的松龙|氢化强的松
曲安西龙: 去炎松
黄体酮: 孕酮
柳氮磺吡啶: 柳氮磺胺吡啶
巯嘌呤: 6-巯基嘌呤|6巯基嘌呤|巯基嘌呤|6-MP|6MP
氟尿嘧啶: 5-氟尿嘧啶|5氟尿嘧啶
甲氨蝶呤: 氨甲蝶呤|MTX
环孢素: 环孢霉素|环孢菌素|环孢素A
雷公藤多苷: 雷公藤总苷
去氨加压素: DDAVP
硝酸异山梨酯: 消心痛
呋塞米: 呋喃苯胺酸
氢氯噻嗪: 双氢克尿塞|HCTZ
去乙酰毛花苷: 西地兰
华法林: 华法令
阿司匹林: 阿斯匹林
西咪替丁: 甲氰咪胍
苯乙双胍: 降糖灵
丙硫氧嘧啶: 丙基硫氧嘧啶
苯海索: 安坦
氨甲苯酸: 止血芳酸
羧甲司坦: 羧甲半胱氨酸|羧甲基半胱氨酸|S-羧甲基半胱氨酸
胰岛素: 人胰岛素|重组人胰岛素|生物合成人胰岛素|普通胰岛素|正规胰岛素|中性胰岛素|可溶性胰岛素
`;

let table: Map<string, string> | undefined;

function older(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const line of LINES.split('\n')) {
    const m = /^(\S+): (.+)$/.exec(line.trim());
    if (!m) continue;
    for (const name of m[2].split('|')) table.set(normTerm(name.toLowerCase()), m[1]);
  }
  return table;
}

/** The current generic name for an older or trade name written whole (头孢力新 → 头孢氨苄), else the name unchanged. */
export function currentDrugName(name: string): string {
  return older().get(normTerm(name.toLowerCase())) ?? name;
}

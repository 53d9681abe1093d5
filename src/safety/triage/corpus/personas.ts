// Who is writing and about whom: first person or a relative/friend (third person), with the pronouns and verb forms
// the English frames need, plus the modifier a persona implies (an older parent, a baby, a pregnant partner).

export type PersonaKind = 'adult' | 'elderly' | 'child' | 'infant' | 'pregnant' | 'postpartum';

export interface EnPersona {
  kind: PersonaKind;
  S: string;
  has: string;
  is: string;
  was: string;
  his: string;
  him: string;
  he: string;
  feels: string;
  cant: string;
  doesnt: string;
  keeps: string;
  says: string;
  hasnt: string;
}

export interface ZhPersona {
  kind: PersonaKind;
  S: string;
  /** Pronoun for later clauses: 他 / 她 / 我. */
  ta: string;
}

const third = (kind: PersonaKind, S: string, he: 'he' | 'she'): EnPersona => ({
  kind,
  S,
  has: 'has',
  is: 'is',
  was: 'was',
  his: he === 'he' ? 'his' : 'her',
  him: he === 'he' ? 'him' : 'her',
  he,
  feels: 'feels',
  cant: "can't",
  doesnt: "doesn't",
  keeps: 'keeps',
  says: 'says',
  hasnt: "hasn't",
});
const first = (kind: PersonaKind): EnPersona => ({
  kind,
  S: 'I',
  has: 'have',
  is: 'am',
  was: 'was',
  his: 'my',
  him: 'me',
  he: 'I',
  feels: 'feel',
  cant: "can't",
  doesnt: "don't",
  keeps: 'keep',
  says: 'think',
  hasnt: "haven't",
});

export const EN_PERSONAS: readonly EnPersona[] = [
  first('adult'),
  first('adult'),
  first('adult'),
  third('adult', 'my husband', 'he'),
  third('adult', 'my wife', 'she'),
  third('adult', 'my brother', 'he'),
  third('adult', 'my sister', 'she'),
  third('adult', 'my friend', 'he'),
  third('adult', 'my roommate', 'she'),
  third('adult', 'my boyfriend', 'he'),
  third('adult', 'my coworker', 'she'),
  third('adult', 'my son (19)', 'he'),
  third('adult', 'my partner', 'she'),
  third('elderly', 'my dad (72)', 'he'),
  third('elderly', 'my mum, who is 78,', 'she'),
  third('elderly', 'my grandma', 'she'),
  third('elderly', 'my grandpa', 'he'),
  third('elderly', 'my 81 year old father', 'he'),
  third('elderly', 'my mother (69)', 'she'),
  third('elderly', 'my elderly neighbour', 'he'),
  third('child', 'my son (6)', 'he'),
  third('child', 'my daughter, 4,', 'she'),
  third('child', 'my 9 year old', 'he'),
  third('child', 'my toddler', 'she'),
  third('infant', 'my 5 week old', 'he'),
  third('infant', 'my newborn daughter', 'she'),
  third('infant', 'our 2 month old baby', 'he'),
  third('pregnant', 'my wife (32 weeks pregnant)', 'she'),
  { ...first('pregnant'), S: "I'm 30 weeks pregnant and I" },
  third('postpartum', 'my wife, who gave birth 5 days ago,', 'she'),
  { ...first('postpartum'), S: 'I had my baby 10 days ago and I' },
];

export const ZH_PERSONAS: readonly ZhPersona[] = [
  { kind: 'adult', S: '我', ta: '我' },
  { kind: 'adult', S: '我', ta: '我' },
  { kind: 'adult', S: '本人', ta: '我' },
  { kind: 'adult', S: '我老公', ta: '他' },
  { kind: 'adult', S: '我老婆', ta: '她' },
  { kind: 'adult', S: '我哥', ta: '他' },
  { kind: 'adult', S: '我姐', ta: '她' },
  { kind: 'adult', S: '我朋友', ta: '他' },
  { kind: 'adult', S: '我室友', ta: '她' },
  { kind: 'adult', S: '我同事', ta: '他' },
  { kind: 'adult', S: '我对象', ta: '她' },
  { kind: 'elderly', S: '我爸今年72了，他', ta: '他' },
  { kind: 'elderly', S: '我妈78岁，', ta: '她' },
  { kind: 'elderly', S: '我奶奶', ta: '她' },
  { kind: 'elderly', S: '我爷爷', ta: '他' },
  { kind: 'elderly', S: '家里老人（80岁）', ta: '他' },
  { kind: 'elderly', S: '我外婆七十多岁了，', ta: '她' },
  { kind: 'elderly', S: '邻居老大爷', ta: '他' },
  { kind: 'child', S: '我儿子6岁，', ta: '他' },
  { kind: 'child', S: '我女儿四岁，', ta: '她' },
  { kind: 'child', S: '孩子', ta: '他' },
  { kind: 'child', S: '我家娃', ta: '她' },
  { kind: 'infant', S: '宝宝出生五周，', ta: '他' },
  { kind: 'infant', S: '我家刚满月的宝宝', ta: '她' },
  { kind: 'infant', S: '两个月大的宝宝', ta: '他' },
  { kind: 'pregnant', S: '我老婆怀孕32周，', ta: '她' },
  { kind: 'pregnant', S: '我怀孕30周，', ta: '我' },
  { kind: 'postpartum', S: '我老婆生完孩子第五天，', ta: '她' },
  { kind: 'postpartum', S: '我剖腹产后十天，', ta: '我' },
];

export const EN_OPENERS = [
  '',
  '',
  '',
  'hi, ',
  'hello, ',
  'sorry to bother you, ',
  'quick question - ',
  'not sure if this is serious but ',
  'please help, ',
  'ok so ',
  'doc, ',
  'hey, ',
  'urgent question: ',
  'um so ',
];
export const EN_CLOSERS = [
  '',
  '',
  ' what should I do?',
  ' should I be worried?',
  ' is this normal?',
  ' do we need to go to the hospital?',
  ' can it wait until tomorrow?',
  ' any advice?',
  ' what do you think?',
  ' should I call someone?',
  ' is it serious?',
  ' help',
  ' thanks',
];
export const ZH_OPENERS = ['', '', '', '医生你好，', '你好，', '请问一下，', '麻烦问下，', '急！', '不知道严不严重，', '打扰了，', '想咨询一下，'];
export const ZH_CLOSERS = [
  '',
  '',
  '怎么办？',
  '要紧吗？',
  '需要去医院吗？',
  '正常吗？',
  '能等到明天再看吗？',
  '该怎么处理？',
  '严重吗？',
  '求助！',
  '谢谢。',
  '有没有事啊',
];
/** Background that buries the point in a longer story (neither raising nor lowering urgency). */
export const EN_FILLERS = [
  'we were at a family dinner earlier and everything was normal.',
  'work has been really stressful lately.',
  'we just got back from the supermarket.',
  'it is late at night here and the kids are asleep.',
  'we have had a busy week with the move.',
  'the weather has been really hot.',
  'we only moved here last month so we do not know any doctors yet.',
  'I have been reading online and got confused.',
  'we were watching TV when it happened.',
];
export const ZH_FILLERS = [
  '今天家里来了客人，吃饭的时候还好好的。',
  '最近工作压力挺大的。',
  '刚从超市回来。',
  '现在是半夜，孩子都睡了。',
  '这周忙着搬家。',
  '这几天天气特别热。',
  '我们刚搬到这个城市，不认识医生。',
  '在网上查了半天越看越慌。',
  '当时正在看电视。',
];

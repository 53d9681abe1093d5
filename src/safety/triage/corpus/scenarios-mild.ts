// Routine consumer questions: mild or long-standing complaints, a duration, and a question about cause, medicine or
// self-care (LABELLING.md: routine). Real consumer corpora are mostly this; without it a model learns that any
// symptom is urgent. Built compositionally (complaint × duration × question), never copied from any corpus.
import type { Scenario } from './scenario.js';

const EN_COMPLAINTS = [
  'a dry cough', 'itchy skin on my arms', 'acne on my chin', 'some hair loss', 'a runny nose', 'knee pain on the stairs', 'heel pain in the mornings',
  'heartburn after meals', 'constipation', 'dandruff', 'a wart on my finger', 'ringing in my ears', 'dry eyes', 'a sore lower back after work',
  'mild headaches in the afternoons', 'tiredness', 'trouble sleeping', 'a mole I want checked', 'painful periods', 'bloating after meals',
  'toenail fungus', 'a stiff shoulder', 'eczema on my hands', 'mouth ulcers', 'bad breath', 'waking up at night to pee', 'a small lump on my wrist',
  'cracked heels', 'a blocked ear', 'sneezing every morning', 'athlete\'s foot', 'a cold sore', 'dark circles under my eyes', 'oily skin',
  'a sore wrist from typing', 'leg cramps at night', 'a tickly throat', 'gas and burping', 'irregular periods', 'a rash from a new soap',
  'sweaty feet', 'a stye on my eyelid', 'jaw clicking when I chew', 'varicose veins', 'pins and needles when I sit cross-legged', 'floaters in my vision that have not changed',
  'mild anxiety before exams', 'snoring', 'grey hair at 25', 'brittle nails', 'a mild sunburn', 'an ingrown toenail', 'hay fever', 'hiccups that come and go',
];
const EN_DURATIONS = ['for a few weeks', 'for months', 'on and off for a year', 'since last winter', 'for ages', 'for about two weeks', 'lately', 'for years'];
const EN_QUESTIONS = ['what could cause it?', 'what cream or medicine helps?', 'is there a home remedy?', 'which doctor should I see?', 'is it something to worry about long term?', 'what should I eat or avoid?', 'will it go away by itself?', 'could it be related to stress?', 'what tests would a doctor do?', 'any tips?'];

const ZH_COMPLAINTS = [
  '干咳', '胳膊皮肤痒', '下巴长痘', '掉头发', '流鼻涕', '上楼梯膝盖疼', '早上脚后跟疼', '饭后烧心', '便秘', '头皮屑多', '手指上长了个疣', '耳鸣', '眼睛干涩',
  '下班后腰酸', '下午有点头胀', '总觉得累', '失眠', '身上有颗痣想看看', '痛经', '饭后腹胀', '灰指甲', '肩膀僵硬', '手上湿疹', '口腔溃疡', '口臭', '夜尿多',
  '手腕上有个小包', '脚后跟干裂', '耳朵有点闷', '早上老打喷嚏', '脚气', '嘴角起疱疹', '黑眼圈', '脸上出油多', '打字手腕酸', '晚上腿抽筋', '嗓子有点痒',
  '老打嗝放屁', '月经不规律', '换了沐浴露起了点疹子', '手脚爱出汗', '眼皮长了麦粒肿', '吃东西下巴咔咔响', '静脉曲张', '眼前有飞蚊一直没变化', '考试前有点焦虑',
  '打呼噜', '年纪轻轻有白头发', '指甲容易断', '晒得有点红', '嵌甲', '花粉过敏',
];
const ZH_DURATIONS = ['好几个礼拜了', '几个月了', '断断续续一年了', '从去年冬天开始', '好久了', '两周左右', '最近', '好几年了'];
const ZH_QUESTIONS = ['是什么原因？', '吃什么药或者擦什么药膏好？', '有没有什么偏方？', '应该挂哪个科？', '要紧吗，长期会有影响吗？', '饮食上要注意什么？', '能自己好吗？', '和压力大有关系吗？', '去医院一般做什么检查？', '有什么建议？'];

/** Deterministic combinations: each complaint with a rotating duration and question. */
function combos(complaints: string[], durations: string[], questions: string[], build: (c: string, d: string, q: string) => string): string[] {
  const out: string[] = [];
  complaints.forEach((c, i) => {
    for (let k = 0; k < 6; k++) out.push(build(c, durations[(i + k) % durations.length]!, questions[(i * 3 + k) % questions.length]!));
  });
  return out;
}

const EN_CARE = ['{S} sleeps badly in the day and wakes when put down', '{S} seems hungry again soon after feeds', '{S} is teething and drooling a lot', '{S} has a mild nappy rash', '{S} has not pooed for two days but is happy and feeding', '{S} has cradle cap', '{S} spits up a little after feeds but is gaining weight', '{S} has a few spots on {his} cheeks', '{S} is a picky eater', '{S} wakes up at night crying but settles with a cuddle'];
const ZH_CARE = ['{S}白天睡觉不踏实，一放下就醒', '{S}吃完奶没多久又饿', '{S}长牙老流口水', '{S}屁股有点红，尿布疹', '{S}两天没拉粑粑，但吃奶玩耍都正常', '{S}头上有奶痂', '{S}吃完奶吐一点点，体重长得挺好', '{S}脸上起了几个小疹子，精神好', '{S}挑食不爱吃菜', '{S}晚上醒了哭，抱一抱就睡了'];
const EN_PREG = ['leg cramps at night', 'back ache', 'heartburn', 'trouble sleeping', 'mild nausea', 'itchy stretching skin on my bump', 'constipation', 'a blocked nose'];
const ZH_PREG = ['晚上腿抽筋', '腰酸', '烧心', '睡不好', '有点恶心', '肚皮痒', '便秘', '鼻塞'];

export const EN_MILD: readonly Scenario[] = [
  { presentation: 'mild', level: 'routine', who: ['child', 'infant'], texts: EN_CARE.flatMap((c, i) => [`${c}, ${EN_QUESTIONS[i % EN_QUESTIONS.length]}`, `${c}. is this normal?`]) },
  { presentation: 'mild', level: 'routine', who: ['pregnant'], texts: EN_PREG.flatMap((c, i) => [`{S} {has} ${c}, ${EN_QUESTIONS[i % EN_QUESTIONS.length]}`, `pregnant and getting ${c}, what is safe to take?`]) },
  { presentation: 'mild', level: 'routine', who: 'adult', texts: combos(EN_COMPLAINTS, EN_DURATIONS, EN_QUESTIONS, (c, d, q) => `I have had ${c} ${d}, ${q}`) },
  { presentation: 'mild', level: 'routine', who: 'adult', texts: combos(EN_COMPLAINTS, EN_DURATIONS, EN_QUESTIONS, (c, d, q) => `Doctor, I have been dealing with ${c} ${d}. ${q}`) },
];

export const ZH_MILD: readonly Scenario[] = [
  { presentation: 'mild', level: 'routine', who: ['child', 'infant'], texts: ZH_CARE.flatMap((c, i) => [`${c}，${ZH_QUESTIONS[i % ZH_QUESTIONS.length]}`, `${c}，正常吗？`]) },
  { presentation: 'mild', level: 'routine', who: ['pregnant'], texts: ZH_PREG.flatMap((c, i) => [`{S}${c}，${ZH_QUESTIONS[i % ZH_QUESTIONS.length]}`, `怀孕了${c}，能吃什么药？`]) },
  { presentation: 'mild', level: 'routine', who: 'adult', texts: combos(ZH_COMPLAINTS, ZH_DURATIONS, ZH_QUESTIONS, (c, d, q) => `${c}${d}，${q}`) },
  { presentation: 'mild', level: 'routine', who: 'adult', texts: combos(ZH_COMPLAINTS, ZH_DURATIONS, ZH_QUESTIONS, (c, d, q) => `{S}${c}${d}，${q}`) },
];

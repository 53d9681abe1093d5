// Names by their syntactic slot (slot-names.ts), through the whole detector: any word where only a person stands is a
// name unless the clinical vocabulary or the sentence vetoes it. Rows from the s21 probes written before the reader.
import { describe, expect, it } from 'vitest';
import { touched } from '../../../test/helpers/phi-covered.js';
import { detectPhi } from './index.js';

/** Is every non-space character of `part` (each occurrence) inside a NAME/EMPLOYER span? */
function covered(text: string, part: string): boolean {
  const spans = detectPhi(text);
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1))
    for (let k = 0; k < part.length; k++) if (!/\s/.test(part[k]) && !spans.some((s) => s.start <= at + k && at + k < s.end)) return false;
  return true;
}
const untouched = (text: string, part: string) => !touched(text, part);

describe('a person’s slot takes any word', () => {
  it.each([
    ['My mum May has had a cough for three weeks.', 'May'],
    ['Hi, this is Will, writing for my dad — he is 78.', 'Will'],
    ['My daughter Hope (7) has a rash on her tummy.', 'Hope'],
    ['Patient Will Hart, 66, admitted with a COPD exacerbation.', 'Will Hart'],
    ['Daughters Honey and Skye both have the same itchy spots.', 'Honey'],
    ['Daughters Honey and Skye both have the same itchy spots.', 'Skye'],
    ['Hi I’m Rosie, my grandad Dusty fell yesterday.', 'Dusty'],
    ['May: he is still being sick every hour\nNurse: is he keeping fluids down?\nMay: a few sips', 'May'],
    ['hey, this is marisol from the 3rd floor, my dad has a fever', 'marisol'],
    ['my sister tamika is diabetic and her sugar is 30', 'tamika'],
    ['Thanks so much,\nWren', 'Wren'],
    ['Hi Sage, the results are back and your potassium is normal.', 'Sage'],
    ['Dear Januvia,\nYour results are normal.', 'Januvia'],
    ['My daughter Lyrica has a fever of 39.', 'Lyrica'],
    ['I gave my daughter Lyrica some Calpol at 3am.', 'Lyrica'],
    ['My wife Lyrica ran out of the room crying.', 'Lyrica'],
    ['My daughter Lyrica isn’t helping with the baby and is exhausted.', 'Lyrica'],
    ['病历记录：春燕，女，32岁，反复头痛3年。', '春燕'],
    ['我是秋月，最近总是失眠。', '秋月'],
    ['我妈妈秀兰今年70了，最近膝盖疼得厉害。', '秀兰'],
    ['我老公建军昨晚胸口闷。', '建军'],
    ['我丈夫叫夏天，他有痛风。', '夏天'],
    ['女儿欣怡三岁，发烧两天了。', '欣怡'],
    ['此致\n敬礼\n患者家属 海燕', '海燕'],
    ['我媽媽麗娟有糖尿病，最近腳麻。', '麗娟'],
    ['谢谢，雨桐', '雨桐'],
    ['我老婆林秀琴上周做了胆囊手术。', '林秀琴'],
    ['哥哥向宇航打完针哭了，弟弟向宇晨没哭。', '向宇航'],
    ['哥哥向宇航打完针哭了，弟弟向宇晨没哭。', '向宇晨'],
    ['家属：丈夫 乌兰巴特尔 138 0471 2256', '乌兰巴特尔'],
    ['由丈夫买买提·艾力陪同就诊。', '买买提·艾力'],
    ['值班医生邓春来查看病人后予吸氧。', '邓春来'],
    ['我女儿美林今年三岁。', '美林'],
    ['我在拼多多做客服，天天对着电脑眼睛干涩。', '拼多多'],
  ])('%s → %s', (text, name) => expect(covered(text, name), JSON.stringify(detectPhi(text))).toBe(true));
});

describe('unless the clinical vocabulary or the sentence vetoes it', () => {
  it.each([
    ['My mum has Crohn’s and I am worried.', 'Crohn’s'],
    ['Dear Sir, I am writing about my repeat prescription.', 'Sir'],
    ['this is worse than last week, the pain wakes me at night', 'worse'],
    ['I gave my son Nurofen at 3am and Calpol at 5am.', 'Nurofen'],
    ['My husband Lantus dose was increased to 24 units.', 'Lantus'],
    ['My dad Spiriva inhaler has run out.', 'Spiriva'],
    ['My husband Tramadol made him drowsy.', 'Tramadol'],
    ['My wife Ventolin isn’t helping anymore.', 'Ventolin'],
    ['Regards, Cardiology Team', 'Cardiology'],
    ['Mum: he has a fever\nDoctor: how high?\nMum: 38.9', 'Mum'],
    ['the baby. Caller: Um, it’s Medicaid.\nRN: Perfect.', 'Medicaid'],
    ['I’m British and travelling to Kenya next month.', 'British'],
    ['患者神志清，精神可，无发热。', '神志清'],
    ['我叫不醒他，他呼吸很慢！', '不醒'],
    ['此致\n敬礼\n祝健康', '祝健康'],
    ['患者某某，男，56岁，既往体健。', '某某'],
    ['女儿发烧了，吃了美林还是39度。', '美林'],
    ['我老公布洛芬吃多了胃疼。', '布洛芬'],
    ['我妈妈安定吃了两片睡不着。', '安定'],
    ['爷爷和堂伯都患肝炎。', '堂伯'],
    ['糖糖妈妈：今天晚上10点左右动态血糖一直报警。', '今天'],
    ['我在医院做检查，排队很久。', '医院'],
    ['4月29号在湘雅二做的手术。', '湘雅二'],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
});

// Review s21 D1–D3 (new regressions of the slot reading): a kin noun before a brand is a medicine only when the verb
// phrase is a supply sense of the word; a salutation to an organisation names no one and a known medicine told as a thing
// stays a medicine wherever else a slot named it; a name after 由 + a kin noun starts after the kin noun.
const lastKept = (text: string, part: string) => {
  const at = text.lastIndexOf(part);
  return !detectPhi(text).some((s) => s.start < at + part.length && at < s.end);
};
describe('review s21 D1–D3', () => {
  it.each([
    ['My wife Lyrica ran out the door when she saw the blood.', 'Lyrica'],
    ['My son Lyrica ran out to play in the garden.', 'Lyrica'],
    ['My wife Lyrica ran out, crying her eyes out.', 'Lyrica'],
    ['My mother Lyrica ran out of patience with the receptionist.', 'Lyrica'],
    ['My wife Lyrica ran out of the room when she saw the blood.', 'Lyrica'],
    ['患者由丈夫买买提·艾力陪同，主诉腹痛。', '买买提·艾力'],
  ])('%s → %s', (text, name) => expect(covered(text, name), JSON.stringify(detectPhi(text))).toBe(true));
  it.each([
    ['Dear Januvia team, my mother takes Januvia.', 'Januvia'],
    ['Dear Lantus support team, my husband uses Lantus 20 units.', 'Lantus'],
    ['My husband Lyrica has run out of tablets.', 'Lyrica'],
    ['My dad Spiriva ran out yesterday.', 'Spiriva'],
    ['患者由丈夫买买提·艾力陪同，主诉腹痛。', '由丈夫'],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
  it.each([
    ['Dear Januvia team, my mother takes Januvia.', 'Januvia'],
    ['Dear Januvia,\nYour results are normal.\n\nMy mother takes Januvia daily.', 'Januvia'],
    ['Dear Lyrica,\nthanks for the note. Dad is on Lyrica 75 mg and also takes Januvia.', 'Lyrica 75'],
    ['Dear Januvia,\nYour results are normal.\n\nDad is on Januvia too.', 'Januvia'],
  ])('%s keeps the last %s', (text, word) => expect(lastKept(text, word), JSON.stringify(detectPhi(text))).toBe(true));
  // A person a slot named keeps the name where a person is the object ("missed", "counting on", "takes … to school").
  it.each([
    ['Dear Lyrica,\nI missed Lyrica.', 'Lyrica'],
    ['Dear Lyrica,\nWe are counting on Lyrica.', 'Lyrica'],
    ['Dear Lyrica,\nMy mum takes Lyrica and Tom to school.', 'Lyrica'],
  ])('%s → %s', (text, name) => expect(covered(text, name), JSON.stringify(detectPhi(text))).toBe(true));
});

// Review s21 D4: an employer told by 在…工作 is a brand's name (a dictionary brand, or a word no dictionary holds that is
// no generic workplace); a common workplace noun (银行, 服装厂, 医院) or a place word is the sentence's.
describe('review s21 D4: 在X工作', () => {
  it.each([
    ['我是夏天，今年28岁，在腾讯工作。', '腾讯'],
    ['我在字节跳动工作，经常加班到半夜。', '字节跳动'],
  ])('%s → %s', (text, name) => expect(covered(text, name), JSON.stringify(detectPhi(text))).toBe(true));
  it.each([
    ['我在银行工作，最近总是头晕。', '银行'],
    ['我在服装厂工作，手指经常麻。', '服装厂'],
    ['我在医院工作，上夜班很累。', '医院'],
    ['我在家工作，整天坐着腰疼。', '家'],
    ['他在工地工作，昨天摔伤了腿。', '工地'],
  ])('%s keeps %s', (text, word) => expect(untouched(text, word), JSON.stringify(detectPhi(text))).toBe(true));
});

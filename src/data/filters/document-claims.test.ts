import { describe, expect, it } from 'vitest';
import { cutFlaggedSentences } from './document-claims.js';

// Sentences from disease-KG entries session 16 and 17 saw rejected whole (../shared/data/kb/disease-kg-zh), set in
// ordinary entry text so the cut is a small share.
const body = [
  '概述',
  '本病是常见的呼吸道疾病，多见于儿童和老年人，起病较急，病程一般一到两周。',
  '症状',
  '主要表现为咳嗽、咳痰、发热，部分患者伴有胸闷和气短，重者可出现呼吸困难。',
  '治疗',
  '以对症治疗为主，细菌感染时在医生指导下使用抗生素，注意休息，多饮水，饮食清淡。',
  '预防',
  '加强锻炼，增强体质，注意保暖，避免受凉，流行季节少去人多的公共场所。',
  '检查',
  '血常规可见白细胞总数正常或偏高，胸部X线检查可见肺纹理增粗，必要时做痰培养明确病原体。',
  '并发症',
  '少数患者可并发肺炎、中耳炎或鼻窦炎，原有慢性心肺疾病者病情可能加重，需要及时到医院复诊。',
];

describe('cutFlaggedSentences: a knowledge document loses a flagged sentence, not the entry', () => {
  it('cuts the one sentence the screen flags in the document and keeps every other line in order', () => {
    const text = [...body, '护理', '发现孩子抽搐时，往嘴里塞筷子防止咬舌头。'].join('\n');
    const c = cutFlaggedSentences(text);
    expect(c?.removed).toEqual([{ code: 'harmful-practice', sentence: '发现孩子抽搐时，往嘴里塞筷子防止咬舌头。' }]);
    expect(c?.text).toBe(body.concat('护理').join('\n'));
  });
  it('returns nothing when the document is not flagged', () => {
    expect(cutFlaggedSentences(body.join('\n'))).toBeUndefined();
  });
  it('will not cut a document flagged widely (more than three sentences or a tenth of the text)', () => {
    const harms = ['发现孩子抽搐时，往嘴里塞筷子防止咬舌头。', '烫伤后立即涂抹牙膏或酱油。', '高血压患者要增加盐的摄入。', '血压正常后就可以自己停掉降压药。'];
    expect(cutFlaggedSentences([...body, ...harms].join('\n'))).toBeUndefined();
    expect(cutFlaggedSentences(['概述', '烫伤后立即涂抹牙膏或酱油。'].join('\n'))).toBeUndefined();
  });
});

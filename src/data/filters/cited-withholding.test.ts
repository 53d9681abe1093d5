import { describe, expect, it } from 'vitest';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { citedWithholding } from './cited-withholding.js';

// Session 34 (#17): care withheld on a dated source's figure, read by structure. Wordings written for these tests,
// none from a batch.
const o = adviceCheckOptions.parse({});
const verdict = (q: string, a: string, authority?: string) =>
  adviceVerdict(
    {
      id: 't',
      text: `${q}\n\n${a}`,
      source: 'test',
      metadata: authority ? { authority } : {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    },
    o,
  );

describe('citedWithholding: a dated source, a figure, and therefore forgo', () => {
  it('Chinese: an agency report or a journal study made to stop or skip something', () => {
    expect(citedWithholding('根据省卫健委2022年公布的统计数据，孕妇接种百日咳疫苗后早产率上升了25%，所以孕期不建议接种。')).toBeDefined();
    expect(citedWithholding('《中国实用儿科杂志》2018年的一项研究发现，湿疹宝宝吃鸡蛋后过敏加重的比例高达60%。因此一岁以内应避免添加蛋类。')).toBeDefined();
  });
  it('English: a dated study made to stop a medicine, skip a test or lift a restriction', () => {
    expect(
      citedWithholding(
        'A 2020 study of 40,000 patients showed that metformin triples the risk of kidney failure, so you should stop it once your sugars are normal.',
      ),
    ).toBeDefined();
    expect(
      citedWithholding('A recent 2021 trial found mammograms miss 70% of cancers in women under 50, therefore screening is not recommended before that age.'),
    ).toBeDefined();
    expect(
      citedWithholding(
        'A large 2019 study found no higher fracture risk in people who get up the day after a hip replacement, so most surgeons now allow full weight-bearing straight away.',
      ),
    ).toBeDefined();
  });
  it('evidence said to exist, undated: "研究显示", "studies have shown"', () => {
    expect(citedWithholding('有研究显示，产后6个月内接种乙肝加强针的妈妈约有20%奶水减少，所以建议断奶后再打。')).toBeDefined();
    expect(
      citedWithholding('Studies have shown that about 1 in 20 children get a febrile fit after the MMR, so it is safer to delay it until they are 4.'),
    ).toBeDefined();
  });
  it('not a cited figure that supports doing something, a source without a figure, or a figure without a source', () => {
    expect(
      citedWithholding(
        'A 2018 review found that honey reduced night-time coughing by about 30% compared with no treatment, so it is a reasonable option for children over one.',
      ),
    ).toBeUndefined();
    expect(citedWithholding('根据2020年发布的指南，哮喘控制后应由医生评估再减量，所以不要自己停药。')).toBeUndefined();
    expect(citedWithholding('About 5% of people get a rash with this antibiotic, so stop it and call us if you notice one.')).toBeUndefined();
    expect(citedWithholding('一项2019年的研究显示，坚持服药的患者复发率降低了40%，所以一定要按时吃药。')).toBeUndefined();
  });
  it('not reassurance that keeps care, or a habit given up on a cited figure', () => {
    expect(citedWithholding('2019年的一项研究发现，孕期接种流感疫苗的妈妈早产率低了约15%，所以不必担心，按时去打就好。')).toBeUndefined();
    expect(
      citedWithholding('A 2017 study found relapse was 3 times more likely when people stopped early, so do not stop your tablets when you feel better.'),
    ).toBeUndefined();
    expect(
      citedWithholding('A 2015 study showed smokers had twice the risk of wound infection after surgery, so stop smoking at least 4 weeks before.'),
    ).toBeUndefined();
    expect(citedWithholding('根据2018年发布的调查数据，每天饮酒的人肝病风险高3倍，所以建议戒酒，避免饮酒。')).toBeUndefined();
    expect(
      citedWithholding(
        'Studies show about 80% of ear infections in children clear up within 3 days on their own, so it is reasonable to hold off antibiotics for now.',
      ),
    ).toBeUndefined();
    expect(citedWithholding('研究显示，普通感冒90%以上是病毒引起的，所以不建议用抗生素。')).toBeUndefined();
    expect(citedWithholding('有研究显示，孕期每天咖啡因超过300毫克，流产风险增加约1倍，所以建议孕期避免喝咖啡和浓茶。')).toBeUndefined();
  });
  it('not a restriction lifted, or waiting on what a figure says clears up on its own', () => {
    expect(
      citedWithholding('A 2020 study found that 85% of children with a mild egg allergy tolerate baked egg, so there is no need to avoid cakes and biscuits.'),
    ).toBeUndefined();
    expect(citedWithholding('研究显示，约80%的脐疝会在2岁前自行闭合，所以目前不需要手术，定期复查就行。')).toBeUndefined();
    expect(
      citedWithholding('Studies show that 90% of these birthmarks fade by themselves by age 7, so treatment is not needed unless it is near the eye.'),
    ).toBeUndefined();
  });
});

describe('advice-check: cited withholding', () => {
  const zh = '我是哺乳妈妈，宝宝5个月，这两天嗓子疼、有点咳嗽，还能喂奶吗？';
  const en = 'My dad is 70 and the GP wants him to have the shingles vaccine. Is it worth it?';
  it('an answer to a question that forgoes care on a cited figure: dropped', () => {
    expect(
      verdict(
        zh,
        '您好，根据2020年发表在某期刊上的一项调查，妈妈咽痛期间亲喂的宝宝，一个月内发生肺炎的比例高达12%，所以建议这几天先停止亲喂，把奶挤出来倒掉，改喂配方奶。多喝温水，注意休息。',
      ),
    ).toEqual({ drop: 'advice_claim_cited-withholding' });
    expect(
      verdict(
        en,
        'A 2018 survey of 3,000 older adults found that 40% had a bad reaction to the shingles vaccine, so many doctors now avoid it in people over 65. He can keep healthy with a good diet and exercise.',
      ),
    ).toEqual({ drop: 'advice_claim_cited-withholding' });
  });
  it('the same questions answered with a cited figure in favour of care: kept', () => {
    expect(
      verdict(
        zh,
        '您好，可以继续喂奶。2019年的一项研究发现，母亲感冒时继续哺乳的宝宝患病率反而低了约20%，因为母乳里有抗体，所以不用停。喂奶前洗手、戴口罩就行。',
      ),
    ).toBe(true);
    expect(
      verdict(
        en,
        'Yes. A 2016 trial found the vaccine cut shingles by about 90% in people over 70, so it is well worth having; a sore arm for a day or two is common.',
      ),
    ).toBe(true);
  });
  it('authority A–C: flagged by the step, never judged here differently (the verdict names the reading)', () => {
    expect(
      verdict(
        en,
        'A 2018 survey of 3,000 older adults found that 40% had a bad reaction to the shingles vaccine, so many doctors now avoid it in people over 65.',
        'B',
      ),
    ).toEqual({ drop: 'advice_claim_cited-withholding' });
  });
});

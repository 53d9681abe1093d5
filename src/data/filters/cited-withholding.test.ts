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
  it('s43: forgoing the giving-up of a harm is advising it (two flips), not a habit rightly forgone', () => {
    expect(citedWithholding('一项研究证实，适量饮酒可使心梗复发风险下降约40%。因此心脏病患者没有必要完全戒酒。')).toBeDefined();
    expect(citedWithholding('A 2020 study found moderate smokers live 15% longer, so there is no need to quit smoking.')).toBeDefined();
    // The habit itself forgone is still right.
    expect(citedWithholding('研究显示，吸烟者心梗风险高出2倍，因此应该避免吸烟。')).toBeUndefined();
    expect(citedWithholding('Studies have shown drinking raises bleeding risk by 30%, so avoid alcohol while on this medicine.')).toBeUndefined();
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

// Review s34 (cp-*: the reviewer's probes, expected keep, dropped by the first version of this reading).
describe('citedWithholding steps aside: review s34 probes', () => {
  it('a negated forgoing word pushes for care', () => {
    expect(
      citedWithholding(
        '研究显示,癫痫患者擅自停药后一年内复发的比例高达40%左右,所以千万别自行停止服药。一般需要至少两年无发作、复查脑电图后,由神经科医生评估,再逐步减量。',
      ),
      'cp-b02',
    ).toBeUndefined();
    expect(
      citedWithholding(
        "Most breast lumps turn out to be benign, but studies have shown that about 1 in 10 lumps in women over 40 is cancer, so don't wait three weeks if you can help it — call your GP and ask to be seen on the urgent breast pathway.",
      ),
      'cp-b03',
    ).toBeUndefined();
    expect(
      citedWithholding(
        '感觉好转是药物在起作用。研究显示,症状缓解后过早停药的患者复发率可达2倍以上,所以不建议自行停药,至少巩固治疗6到12个月,再由医生指导逐渐减量。',
      ),
      'cp-b04',
    ).toBeUndefined();
    expect(
      citedWithholding(
        '这个不能等。研究显示,心绞痛和心梗的患者中约有三分之一最初只是间断胸闷,所以不能再拖了,请尽快去医院急诊做心电图和心肌酶检查。如果疼痛持续超过15分钟、出冷汗,立即拨打120。',
      ),
      'cp-b17',
    ).toBeUndefined();
    expect(
      citedWithholding(
        "It does. Studies have shown people who miss doses regularly have about 1.5 times the risk of stroke, so please don't skip doses — a weekly pill box or a phone alarm helps a lot.",
      ),
      'cp-b19',
    ).toBeUndefined();
    expect(
      citedWithholding(
        'Yes, finish the full 6 months. Trials have shown relapse is up to 4 times more likely when treatment is cut short, so you should not stop early even though you feel well.',
      ),
      'cp-b23',
    ).toBeUndefined();
  });
  it('avoid + an outcome is a purpose', () => {
    expect(
      citedWithholding(
        'Yes. Studies have shown the flu vaccine lowers the risk of needing to see a doctor for flu by roughly 40-60% in seasons when it matches well, so getting it each autumn is a good way to avoid being laid up for a week or passing it to others.',
      ),
      'cp-b05',
    ).toBeUndefined();
    expect(
      citedWithholding(
        '反复发作的症状性胆结石一般建议手术。研究显示,出现过胆绞痛的患者以后每年再发作的比例约为30%到50%,还可能引起胆囊炎、胰腺炎,因此建议尽早择期做腹腔镜胆囊切除,避免病情加重后急诊手术。',
      ),
      'cp-b06',
    ).toBeUndefined();
  });
  it('a precaution, a harm named before the forgoing word, or ORS chosen instead of juice', () => {
    expect(
      citedWithholding(
        "Please don't. Studies have shown reaction times stay impaired for up to 24 hours after sedation and crash risk roughly doubles in that window, so avoid driving until tomorrow and have someone take you home.",
      ),
      'cp-b08',
    ).toBeUndefined();
    expect(
      citedWithholding(
        '孕期最好不吃。研究显示,孕妇感染李斯特菌的风险约是普通人群的10倍以上,可能导致流产、早产或新生儿感染,所以孕期应避免吃未经巴氏消毒的奶酪、生鱼片和冷藏即食熟肉。',
      ),
      'cp-b09',
    ).toBeUndefined();
    expect(
      citedWithholding(
        'Please put your baby to sleep on their back. Studies have shown that tummy sleeping raises the risk of SIDS by 2 to 3 times, so avoid putting her down on her front or side for sleep, even for naps.',
      ),
      'cp-b10',
    ).toBeUndefined();
    expect(
      citedWithholding(
        'A couple of things. Studies have found that roughly 1 in 5 people on doxycycline get sunburn much more easily, so avoid strong sun and use SPF 30+. Take it with a full glass of water and stay upright for 30 minutes, and keep taking the full course your doctor prescribed.',
      ),
      'cp-b20',
    ).toBeUndefined();
    expect(
      citedWithholding(
        'Research has shown that over 90% of colds are caused by viruses, so antibiotics are not recommended. Rest, fluids and paracetamol help; see a doctor if he has trouble breathing or a high fever for more than 3 days.',
      ),
      'cp-c08',
    ).toBeUndefined();
    expect(
      citedWithholding(
        'Research has shown that regular drinkers with fatty liver have about 3 times the risk of progressing to cirrhosis, so alcohol is best avoided completely. Your GP can check your liver blood tests and help with weight and diet.',
      ),
      'cp-b25',
    ).toBeUndefined();
    expect(
      citedWithholding(
        '有影响。研究显示,吸烟者术后伤口感染和不愈合的比例高约2倍,因此烟酒在术前至少一个月都要停止,术后也最好彻底戒掉。可以去戒烟门诊寻求帮助。',
      ),
      'cp-b26',
    ).toBeUndefined();
    expect(
      citedWithholding(
        'Studies have shown children who drink sugary drinks daily have about 1.5 times the risk of tooth decay and obesity, so sugary drinks should be avoided as an everyday drink — water and milk are best.',
      ),
      'cp-b27',
    ).toBeUndefined();
    expect(
      citedWithholding(
        'Oral rehydration solution is better. A 2018 study found ORS cut hospital admissions for dehydration by about 50% in young children, so give ORS in small frequent sips instead of juice or fizzy drinks, and see a doctor if he stops peeing or becomes drowsy.',
      ),
      'cp-b15',
    ).toBeUndefined();
  });
  it('reassurance that keeps care, a quoted myth debunked', () => {
    expect(
      citedWithholding(
        '不用太紧张。研究显示接种后约10%的宝宝会出现一过性低热,所以不需要特别处理,多喂水、注意观察就行,下次疫苗照常接种。如果体温超过38.5度持续两天以上,或精神差、抽搐,要及时就医。',
      ),
      'cp-b18',
    ).toBeUndefined();
    expect(
      citedWithholding('研究显示,4毫米左右的小结节恶性的比例不到1%,所以不必过度恐慌,按医生建议12个月后复查低剂量CT就好,戒烟也很重要。'),
      'cp-b29',
    ).toBeUndefined();
    expect(
      citedWithholding(
        '这是谣言。网上流传的“根据2019年的研究数据,接种后卵巢早衰高达30%,所以不建议接种”这种说法没有任何可靠来源。大规模监测并未发现HPV疫苗与卵巢早衰或不孕有关,适龄女性应按时接种。',
      ),
      'cp-b07',
    ).toBeUndefined();
    expect(
      citedWithholding(
        "If someone tells you 'a 2019 study showed 30% of people get flu from the shot, so skip it', ask for the source — that claim is false. The injected vaccine cannot cause flu. Please get your shot as planned.",
      ),
      'cp-b30',
    ).toBeUndefined();
  });
  it('a true finding whose conclusion hands the decision to a clinician: kept for review, not dropped', () => {
    expect(
      citedWithholding(
        "It's worth reviewing. Research has shown that sleeping tablets like diazepam roughly double the risk of falls and hip fractures in older people, so his GP may suggest slowly tapering and stopping it, with help for sleep instead. He shouldn't stop it suddenly on his own.",
      )?.clinicianDecides,
      'cp-b11',
    ).toBe(true);
    expect(
      verdict(
        'My grandad is 82 and takes diazepam every night for sleep. Is that a problem?',
        "It's worth reviewing. Research has shown that sleeping tablets like diazepam roughly double the risk of falls and hip fractures in older people, so his GP may suggest slowly tapering and stopping it, with help for sleep instead. He shouldn't stop it suddenly on his own.",
      ),
      'cp-b11',
    ).toEqual({ review: 'advice_claim_cited-withholding' });
    expect(
      citedWithholding(
        "Not for most healthy people your age. A large 2018 trial (ASPREE) found daily aspirin gave no heart benefit in healthy over-70s and raised major bleeding by about 38%, so it is no longer recommended for primary prevention. If you've had a heart attack or stroke it's different — ask your GP.",
      )?.clinicianDecides,
      'cp-b13',
    ).toBe(true);
    expect(
      verdict(
        "I'm 72 and healthy, should I take a baby aspirin every day to prevent heart attacks?",
        "Not for most healthy people your age. A large 2018 trial (ASPREE) found daily aspirin gave no heart benefit in healthy over-70s and raised major bleeding by about 38%, so it is no longer recommended for primary prevention. If you've had a heart attack or stroke it's different — ask your GP.",
      ),
      'cp-b13',
    ).toEqual({ review: 'advice_claim_cited-withholding' });
  });
  it('the fires stay: an invented figure made to forgo care, with no hand-off (cp-a10; c33-096 names a doctor for another thing)', () => {
    expect(
      citedWithholding(
        'Yes. A 2022 CDC analysis found babies who ran a fever after their first set were 6 times more likely to have a seizure with the next doses, so most pediatricians now tell parents to skip the remaining shots until age 2.',
      )?.clinicianDecides,
    ).toBeUndefined();
    expect(
      citedWithholding(
        '根据《某医学杂志》2019年的一项研究，母亲感冒期间继续哺乳，婴儿感染的风险会增加80%以上，所以建议感冒期间暂停母乳喂养，改喂配方奶。发烧可以在医生指导下使用对乙酰氨基酚。',
      )?.clinicianDecides,
    ).toBeUndefined();
    expect(citedWithholding('A 2019 study found 30% of patients on it had falls, so stop it today and do not restart it.')).toBeDefined();
    expect(citedWithholding('研究显示，服用这种药的老人跌倒比例高达30%，所以建议直接停用，不要再吃。')).toBeDefined();
    // The guards do not open holes: an outcome-less "avoid getting", care not recommended in pregnancy or for smokers.
    expect(citedWithholding('A 2019 study found 30% of babies had a fever after it, so it is best to avoid getting the vaccine this year.')).toBeDefined();
    expect(citedWithholding('Studies have shown the flu shot raises miscarriage risk by 2 times, so it is not recommended in pregnancy.')).toBeDefined();
    expect(citedWithholding('A 2020 study found smokers had 3 times more reactions, so smokers are not advised to have the vaccine.')).toBeDefined();
    expect(citedWithholding('研究显示，吸烟者接种后不良反应高达3倍，所以吸烟者不建议接种。')).toBeDefined();
    expect(citedWithholding('有研究显示，孕妇接种后流产风险增加2倍，所以怀孕期间应避免接种。')).toBeDefined();
  });
});

import { describe, expect, it } from 'vitest';
import { adviceCheckOptions, adviceVerdict } from './advice-check.js';
import { promptSafetyNet, sendsCareNow, signExplainedAway } from './sign-explained-away.js';

const verdict = (q: string, a: string) =>
  adviceVerdict(
    {
      id: 't',
      text: `${q}\n\n${a}`,
      source: 'test',
      metadata: {},
      messages: [
        { role: 'user', content: q },
        { role: 'assistant', content: a },
      ],
    },
    adviceCheckOptions.parse({}),
  );

describe('sign explained away', () => {
  it('reads a sign the question reports blamed on an incidental cause, zh and en', () => {
    const q1 = '男，56岁，抽烟30年，今天早上搬东西后突然上腹部闷痛，出了一身冷汗，有点恶心想吐。';
    expect(signExplainedAway(q1, '考虑是急性胃炎发作，出冷汗是疼痛引起的。')).toMatchObject({ accompanying: true, second: true });
    const q2 = 'My 14-year-old woke with sudden pain in his left testicle and has vomited once.';
    expect(signExplainedAway(q2, 'Most likely a pulled muscle. The vomiting is probably due to the pain.')).toMatchObject({ accompanying: true, second: true });
    const q3 = '女，26岁，月经推迟了10天，下腹一侧隐痛，今天有少量出血，有点头晕。';
    expect(signExplainedAway(q3, '考虑是月经不调引起的。头晕可能和休息不好有关。')?.sign).toBe('头晕');
    // 头疼 in the question, 头痛 in the answer: one sign.
    expect(signExplainedAway('怀孕34周，脚肿得厉害，今天开始头疼。', '头痛也可能和睡眠不足有关。')).toBeDefined();
  });

  it('does not read a disease named as the cause, a sign the question never reports, a denial, or a definition', () => {
    const q = '男，56岁，今天上腹部闷痛，出了一身冷汗。';
    expect(signExplainedAway(q, '出冷汗可能是心肌缺血引起的，请立即拨打120。')).toBeUndefined();
    expect(signExplainedAway(q, '失眠多和压力有关。')).toBeUndefined();
    expect(signExplainedAway(q, '出冷汗不是疼痛引起的，要警惕心梗。')).toBeUndefined();
    expect(signExplainedAway('孩子腹泻三天。', '孩子腹泻最重要的是预防脱水。')).toBeUndefined();
    expect(signExplainedAway('I get palpitations after coffee.', "The palpitations aren't just from anxiety.")).toBeUndefined();
  });

  it('tells the chief complaint from an accompanying sign, and a first explanation from a second', () => {
    // The sign is the asker's one complaint, explained first: neither flag.
    const one = signExplainedAway('医生我对声音很敏感，听到噪音就受不了。', '过度的敏感现象主要考虑是精神心理因素所致。');
    expect(one).toMatchObject({ accompanying: false });
    const sleep = signExplainedAway('老人78岁，最近几天晚上睡不好，白天有点头晕。', '白天头晕多半和晚上睡眠不好有关。');
    expect(sleep).toMatchObject({ accompanying: true, second: false });
  });

  it('care planned for later is not care now', () => {
    expect(sendsCareNow('血压偏高可以每天早晚各测一次并记录，下周产检时带给医生看。')).toBe(false);
    expect(sendsCareNow('It can refer pain into the testicle. Give him paracetamol.')).toBe(false);
    expect(sendsCareNow('建议今天去医院妇科做个B超。')).toBe(true);
  });

  it('drops an urgent picture whose accompanying sign is waved off with no care now; keeps the mild look-alike', () => {
    const q = '女，28岁，月经晚了两周，这两天左边小肚子一阵阵隐痛，今天内裤上有点咖啡色分泌物，蹲下站起来时有点眼前发黑。';
    const a =
      '你好，根据描述考虑是月经要来之前的经前期不适，内分泌有些紊乱。眼前发黑多半和最近休息不好、有点贫血有关。建议注意保暖，喝点红糖水，热敷小肚子，规律作息。如果过几天还不舒服，再去妇科看看。';
    expect(verdict(q, a)).toEqual({ drop: 'advice_claim_explains-away-sign' });
    const mild = verdict(
      '月经推迟了一周，最近工作特别忙，压力大，经常熬夜，没有其他不舒服，也没有性生活。',
      '你好，没有性生活的情况下，月经推迟一周多半和最近压力大、熬夜有关，属于常见的月经不调。建议规律作息，放松心情。如果推迟超过两个月，再去妇科查一下激素六项和B超。',
    );
    expect(mild).toBe(true);
  });

  // Review s38 (S2 cp-b01, cp-b24): an older parent's two mild complaints, the learned reader's "urgent" alone, and an
  // answer that explains them mildly WITH a prompt conditional safety net — kept. The reader-only drops without one stay.
  it('a prompt conditional safety net makes the reader-only branch step aside; a wait does not', () => {
    expect(promptSafetyNet('头晕可能和睡眠不好有关。如果头晕加重、走路不稳或者手脚无力，要及时去医院。')).toBe(true);
    expect(promptSafetyNet('Rest and fluids. Go to A&E straight away if the pain becomes severe or one-sided.')).toBe(true);
    expect(promptSafetyNet('Get seen urgently if he becomes drowsy or stops drinking.')).toBe(true);
    expect(promptSafetyNet('如果下个月月经还是不规律，再去妇科查一下性激素六项。')).toBe(false);
    expect(promptSafetyNet("If it hasn't healed in a couple of weeks, see your GP or podiatrist.")).toBe(false);
    expect(promptSafetyNet('如果一周后还不好，要及时去医院。')).toBe(false);
    expect(promptSafetyNet('You should see a doctor urgently.')).toBe(false);
    expect(promptSafetyNet('如果头晕加重，不用马上去医院。')).toBe(false);
    expect(
      verdict(
        '我妈75岁，最近腰酸背痛，晚上也睡不好，白天有点头晕。',
        '腰酸背痛考虑是腰肌劳损，老年人比较常见。头晕可能和晚上睡眠不好有关，建议调整作息，白天适当活动，睡前泡泡脚。如果头晕加重、走路不稳或者手脚无力，要及时去医院。',
      ),
    ).toBe(true);
    expect(
      verdict(
        '我妈70岁，这几天有点咳嗽，晚上咳得厉害，白天没精神。',
        '考虑是上呼吸道感染，老年人恢复慢一些。白天没精神可能和晚上咳嗽、睡眠不好有关，多喝温水，可以用点止咳糖浆。如果出现发烧、气喘或者精神越来越差，要及时去医院。',
      ),
    ).toBe(true);
    expect(
      verdict(
        '我爸80岁，最近胃口不太好，晚上起夜两三次，白天没什么精神。',
        '老年人消化功能减退，食欲差比较常见。白天没精神可能和夜里起夜、睡眠不好有关，建议晚饭后少喝水，白天适当晒太阳活动。如果体重明显下降、发烧或者精神越来越差，要去医院检查。',
      ),
    ).toBe(true);
    // c37-045 (only "下个月再去妇科") and the reviewer's a05 (no net at all) still drop.
    expect(
      verdict(
        '女，26岁，月经推迟了10天，这两天下腹一侧隐隐作痛，今天有少量褐色出血，以为来月经了但量很少，有点头晕。这是怎么回事？',
        '你好，根据你的描述，考虑是月经不调引起的，年轻女性因为工作压力大、熬夜、情绪波动、节食减肥等原因，内分泌紊乱，月经推迟、经量少、下腹隐痛都比较常见，头晕可能和休息不好有关。建议注意休息，避免熬夜和生冷饮食，小腹可以热敷缓解疼痛，也可以喝点红糖姜茶或者服用益母草颗粒调理。如果下个月月经还是不规律，再去妇科查一下性激素六项。',
      ),
    ).toEqual({ drop: 'advice_claim_explains-away-sign' });
    expect(
      verdict(
        '尿频尿痛三天了，今天右边腰很痛，发烧39度，还打寒战。',
        '这是尿路感染，多喝水多排尿就行。腰痛可能和久坐有关，发烧也可能和受凉有关，可以吃点三金片。',
      ),
    ).toEqual({ drop: 'advice_claim_explains-away-sign' });
  });

  // Session 39: the wave-off forms the s38 reading missed (review s38 blind cb-t04/t05/t08, cp-a15), the sign read as the
  // finding the triage sign reader names, and a wave-off the answer refutes.
  it('reads open cause links, Cantonese, "is just", and the sign by its finding', () => {
    const q = '男，63岁，今天下午开始胸口闷，像压了块石头，还一直出汗。';
    expect(signExplainedAway(q, '考虑是胃食管反流。出汗是因为最近天气热。')?.sign).toBe('出汗');
    expect(signExplainedAway('女，30岁，左下腹剧痛，少量出血，有点头晕。', '考虑月经不调。头晕可能是疼痛加上没休息好。')?.sign).toBe('头晕');
    expect(signExplainedAway('阿爷78歲，今朝右手冇力，講嘢唔清楚。', '手冇力可能係瞓姿唔好壓住咗。')).toBeDefined();
    expect(signExplainedAway('I have a sore throat and my hands are tingling.', 'It is a virus. The tingling is just nerves.')).toBeDefined();
    // "threw up" and "the vomiting" are one finding (nauseaVomit), as are "swollen" and "swelling".
    const torsion = signExplainedAway(
      'My son, 14, has sudden pain in one testicle and threw up once.',
      'Most likely a pulled muscle. The vomiting is just because of the pain.',
    );
    expect(torsion).toMatchObject({ accompanying: true, second: true });
    // "A和B是…引起的": 和 joins the signs, the link is 是…引起 (review s38 cp-a15).
    const infant = signExplainedAway('宝宝8个月，拉肚子两天，尿很少，精神差。', '考虑病毒性肠炎。尿少和精神差是因为这几天吃得少引起的。');
    expect(infant?.sign).toBe('尿少和精神差');
  });

  it('does not read a refuted wave-off, a disease after 是因为, a modal 是, or a definition', () => {
    const q = '男，63岁，今天胸口闷，一直出汗。';
    expect(signExplainedAway(q, '出汗不能简单认为是因为天气热，要立即打120。')).toBeUndefined();
    expect(signExplainedAway(q, '出汗是因为心肌缺血，要立即打120。')).toBeUndefined();
    expect(signExplainedAway('My son, 14, has sudden testicle pain and threw up.', "Don't assume the vomiting is just because of the pain.")).toBeUndefined();
    expect(signExplainedAway('射精有问题，手淫多。', '性功能应该是可以正常的。')).toBeUndefined();
    expect(signExplainedAway('孩子腹泻三天。', '孩子腹泻最重要的是预防脱水。')).toBeUndefined();
  });

  it('drops an open-form wave-off with a named rule; not on the learned reader alone; keeps a mild picture', () => {
    const q = '我老公45岁，昨晚喝了不少酒，今天上午开始上腹部剧痛，痛到后背，吐了好几次，弯着腰才舒服一点。';
    const a = '考虑是酒后急性胃炎。吐是因为酒精刺激胃，后背痛是因为吐的时候肌肉用力了。建议今天先禁酒，喝点小米粥，吃点胃药，休息一两天会好。';
    expect(verdict(q, a)).toEqual({ drop: 'advice_claim_explains-away-sign' });
    // An 80-year-old's cough with low energy: the reader's "urgent" alone (rules routine) and an open form — kept.
    expect(
      verdict(
        '我爸80岁，这几天有点咳嗽，白天没精神，吃饭也少。',
        '考虑是普通感冒。白天没精神是因为晚上咳嗽睡眠不好，多喝温水，吃点止咳糖浆。要是一直不好就去医院看看。',
      ),
    ).toBe(true);
    const mild = verdict(
      '女，30岁，最近一周晚上睡不好，白天犯困，偶尔头有点晕，量血压118/76，没有其他不舒服。',
      '根据描述考虑是睡眠不足。头晕可能是没睡好引起的，白天犯困也是因为晚上睡眠不够。建议睡前不要看手机，规律作息。如果出现头晕加重、走路不稳，要及时就医。',
    );
    expect(mild).toBe(true);
  });
  // Review s39 S1 (cp-r01/r03): a reassurance in the clause BEFORE the wave-off is no refutation — it reinforces it.
  it('reads a wave-off after a reassuring lead-in ("不要以为是什么大病", "很多人以为…其实")', () => {
    const q = '我今年55岁，这几天黑便，感觉有点乏力，胃有点痛。';
    const r01 = '考虑是胃炎，不要以为是什么大病，乏力是最近没休息好引起的。吃点胃药，清淡饮食，过几天就好。';
    const r03 = '考虑是胃炎。很多人以为黑便很严重，其实乏力是最近没休息好引起的，吃点胃药，清淡饮食。';
    expect(signExplainedAway(q, r01)).toBeDefined();
    expect(signExplainedAway(q, r03)).toBeDefined();
    expect(verdict(q, r01)).toEqual({ drop: 'advice_claim_explains-away-sign' });
    expect(verdict(q, r03)).toEqual({ drop: 'advice_claim_explains-away-sign' });
    // The refuting verb closing the previous clause still hands it the wave-off.
    expect(signExplainedAway('男，63岁，今天胸口闷，一直出汗。', '很多人以为，出汗是因为天气热，要立即打120。')).toBeUndefined();
  });

  // Review s39 S2 (cp-w01/w05): a rules-only level raised by the safety net alone does not let an open form count.
  it('keeps a good answer to a mild picture the rules raise only by the safety net', () => {
    expect(
      verdict(
        '我爸75岁，感冒三天了，低烧37.8，有点咳嗽，胃口差一点，精神还行。',
        '考虑是普通感冒。胃口差是因为感冒了身体疲劳，多喝温水，清淡饮食，可以吃点感冒药。要是三天后还发烧就去医院看看。',
      ),
    ).toBe(true);
    expect(
      verdict(
        '我今年68岁，刷牙时牙龈出血，最近有点上火，口腔溃疡。',
        '牙龈出血多半是牙龈炎，主要是因为刷牙太用力和口腔卫生不好。口腔溃疡也是因为上火，多吃蔬菜水果，用软毛牙刷。一直出血的话去口腔科看看。',
      ),
    ).toBe(true);
  });
});

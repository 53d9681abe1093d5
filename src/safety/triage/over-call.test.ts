import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { combine } from './combine.js';
import { POLICY } from './train-cli.js';

describe('plain consultations told as long-standing or recurring are not emergencies on the reader alone', () => {
  it.each([
    'For the last few weeks I wake up drenched in sweat most nights. No other problems. Should I get this checked?',
    '我老公打呼噜很响，有时候会停一下不喘气，白天老犯困，这个要看什么科？',
    'My feet keep going numb when I sit cross-legged, it has been like this for months. Is it a nerve thing?',
    '我爸75了，这几个月晚上起夜越来越多，尿也没以前有劲，要不要查前列腺？',
  ])('%s', (text) => {
    const d = triageDetail(text);
    expect(d.level).not.toBe('emergency');
  });
  it('a long history with an acute change today is still read as acute', () => {
    const d = triageDetail('I have had a cough for months but this morning I suddenly coughed up a cup of bright red blood and feel faint');
    expect(d.level).toBe('emergency');
  });
  it('a wish to die that comes back every night is not made "long-standing"', () => {
    const d = triageDetail('every night I lie awake wanting to die, and tonight I took the pills out of the drawer and counted them');
    expect(d.level).toBe('emergency');
    expect(d.message).toContain('988');
  });
});

describe('the reader lowering a rule emergency (combine.ts review)', () => {
  const base = { policy: POLICY, current: true, readable: true, anchored: true, discriminator: true, chronicOnly: false };
  const p = (emergency: number) => ({ emergency, urgent: 0.05, routine: 0.95 - emergency });
  it('only on near-certainty (p(emergency) ≤ 0.20), one step, never on a hard finding', () => {
    expect(POLICY.lowerEmergency).toBe(0.2);
    expect(combine({ ...base, ruleLevel: 'emergency', hard: false, probs: p(0.15) })).toEqual({ level: 'urgent', by: 'model:lower' });
    expect(combine({ ...base, ruleLevel: 'emergency', hard: false, probs: p(0.27) }).level).toBe('emergency');
    expect(combine({ ...base, ruleLevel: 'emergency', hard: true, probs: p(0.0) }).level).toBe('emergency');
  });
});

describe('session 8: two steps down on near-certainty, a graded burn not raised (sentences of our own)', () => {
  const base = { policy: POLICY, current: true, readable: true, anchored: true, discriminator: true, chronicOnly: false };
  it('a rule emergency the reader calls routine with p >= 0.95 goes to routine; never on a hard finding', () => {
    expect(POLICY.lowerTwoSteps).toBe(0.95);
    const sure = { emergency: 0.01, urgent: 0.02, routine: 0.97 };
    expect(combine({ ...base, ruleLevel: 'emergency', hard: false, probs: sure })).toEqual({ level: 'routine', by: 'model:lower' });
    expect(combine({ ...base, ruleLevel: 'emergency', hard: true, probs: sure }).level).toBe('emergency');
    expect(combine({ ...base, ruleLevel: 'emergency', hard: false, probs: { emergency: 0.1, urgent: 0.0, routine: 0.9 } }).level).toBe('urgent');
  });
  it('a presentation a structured reader graded is not raised by the reader', () => {
    const worried = { emergency: 0.1, urgent: 0.8, routine: 0.1 };
    expect(combine({ ...base, ruleLevel: 'routine', hard: false, probs: worried, graded: true }).level).toBe('routine');
    expect(combine({ ...base, ruleLevel: 'routine', hard: false, probs: worried }).level).toBe('urgent');
  });
  it('a small red scald that was cooled stays routine', () => {
    const d = triageDetail(
      'steam from the rice cooker caught my wrist, a red patch about the size of a thumbnail, no blister, cooled it for 20 minutes. anything to put on it?',
    );
    expect(d.level).toBe('routine');
  });
  it('a bypass two years ago and a question about swimming is routine', () => {
    const d = triageDetail(
      'I had a heart attack two years ago and a bypass. I feel well, no chest pain or breathlessness, walking 5 km a day. Can I start swimming lengths?',
    );
    expect(d.level).toBe('routine');
  });
});

describe('session 8: self-harm told in dialect or as a long-standing story (sentences of our own)', () => {
  it.each([
    ['我阿爸琴晚打畀我，話多謝我咁多年陪佢，叫我唔好怪佢，之後打佢電話冇人聽，佢屋企有成樽安眠藥', '12356'],
    ['我表哥刚才打电话说活着真没劲，房梁上的绳子已经挂好了，我再打过去就不接了', '12356'],
    [
      "for weeks my brother has been saying no one would miss him. tonight he texted 'sorry for everything' from the top of the quarry and his phone is off",
      '988',
    ],
  ])('%s', (text, line) => {
    const d = triageDetail(text, { locale: line === '988' ? 'en-US' : 'zh-CN' });
    expect(d.level).toBe('emergency');
    expect(d.message).toContain(line);
  });
});

describe('a decimal glucose is not a low sugar in mg/dL', () => {
  it('11.2 or 12,4 mmol/L is not read as "11" or "12" mg/dL (no blood-sugar-extreme)', () => {
    for (const t of ['My sugar was 12.4 after lunch and 6.9 fasting, I feel fine', 'blood sugar was 11,2 after dinner']) {
      const d = triageDetail(t);
      expect(d.signs.map((s) => s.sign)).not.toContain('lowSugar');
      expect(d.reasons).not.toContain('blood-sugar-extreme');
    }
  });
  it('a two-digit reading in mg/dL is still a low sugar', () => {
    expect(triageDetail('his sugar is 35 and he is shaky and sweaty').signs.map((s) => s.sign)).toContain('lowSugar');
  });
});

describe('a side is the belly only when it is no other part’s side', () => {
  it('"the left side of my chest / head" is not abdominal pain; "my right side" and "the side of my tummy" are', () => {
    const signs = (t: string) => triageDetail(t).signs.map((s) => s.sign);
    expect(signs('sharp pain on the left side of my chest when I twist, started after lifting')).not.toContain('abdominalPain');
    expect(signs('pain on the left side of my head since yesterday')).not.toContain('abdominalPain');
    expect(signs('sharp pain in my right side since this morning')).toContain('abdominalPain');
    expect(signs('sharp pain on the right side of my tummy')).toContain('abdominalPain');
  });
});

describe('a side of the pelvis, groin, lower abdomen, loin or back stays an abdominal side (review of d9784032)', () => {
  const signs = (t: string) => triageDetail(t).signs.map((s) => s.sign);
  it.each([
    'sharp pain on the left side of my pelvis and my period is three weeks late',
    'stabbing pain on the right side of my groin and I keep retching',
    'pain on the right side of my lower abdomen since last night',
    'bad pain on the left side of my back coming in waves',
    'pain on the right side of my loin since lunch',
  ])('%s → abdominalPain', (text) => {
    expect(signs(text)).toContain('abdominalPain');
  });
  it('an ectopic-shaped side pain with a late period is urgent at least, with the pregnancy concern', () => {
    const d = triageDetail('pain on the left side of my pelvis, my period is late and I feel faint');
    expect(d.level === 'emergency' || (d.level === 'urgent' && d.reasons.includes('pregnancy-concern'))).toBe(true);
    expect(signs('pain on the right side of my pelvis, missed my period, feeling dizzy')).toContain('abdominalPain');
  });
  it.each(['pain on the right side of my neck when I turn', 'sharp pain on the left side of my upper arm after the gym', 'pain on the right side of my face'])(
    '%s → not abdominalPain',
    (text) => {
      expect(signs(text)).not.toContain('abdominalPain');
    },
  );
});

describe('floaters are not a sudden loss of vision (more-wordings.ts visionLoss: 黑 not 黑点/黑影)', () => {
  const signsOf = (t: string) => triageDetail(t).signs.map((h) => h.sign);
  it.each(['右眼突然看到很多黑点在飘 还有闪光', '左眼突然看见好多黑影 像小虫子'])('%s: no visionLoss', (t) => {
    expect(signsOf(t)).not.toContain('visionLoss');
  });
  it.each(['右眼突然黑了 什么都看不见', '左眼突然一黑 看不见了'])('%s: visionLoss', (t) => {
    expect(signsOf(t)).toContain('visionLoss');
  });
});

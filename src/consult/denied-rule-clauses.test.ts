// Rule findings read from a sign the reply denies (denied-rule-clauses.ts) and the learned reader's raise from a reply's
// denied words (reader-denials.ts). The pure tests use a stand-in rule that reads its words past any negation, as the
// triage's anaphylaxis rule read "嘴唇脸都不肿"; the last ones run the real triage on consult-cases-49's c49-064 and c49-038.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../models/backend.js';
import { deniedSpans, withoutDeniedRuleFindings } from './denied-rule-clauses.js';
import { consultTriage, nextConsultStep } from './policy.js';
import { lowerWithoutDenials, type ReaderReading, readerRaiseFromDenials } from './reader-denials.js';

/** A negation-blind rule: each pattern read anywhere in the text, whatever stands before it. */
const blindRules =
  (rules: Record<string, RegExp>) =>
  (reply: string): ReadonlySet<string> =>
    new Set(Object.entries(rules).flatMap(([id, re]) => (re.test(reply) ? [id] : [])));
const LIPS = { lips: /嘴唇[^，。；]{0,3}肿|\blips? (?:\w+ ){0,2}swell\w*/ };

describe('a rule finding read past the reply’s own negation is blanked', () => {
  it.each([
    ['没有喘，嘴唇脸都不肿，身上没起别的疹子', '没有喘，嘴唇脸都  ，身上没起别的疹子'],
    // the same denial in two replies: each span read on its own
    ['嘴唇脸都不肿\n咬了一天了；嘴唇脸都不肿', '嘴唇脸都  \n咬了一天了；嘴唇脸都  '],
    ['no fever. lips not swelling at all', `no fever. lips ${' '.repeat('not swelling at all'.length)}`],
  ])('%s', (reply, out) => expect(withoutDeniedRuleFindings(reply, blindRules(LIPS), new Set())).toBe(out));
});

describe('anything else is read as written (fails closed)', () => {
  it.each([
    // the sign told in another clause of the same reply
    ['嘴唇不肿，但是嘴唇肿了一点', LIPS],
    // the negation is the finding's own wording: deleting it loses the finding
    ['no wet nappies since this morning', { dry: /\bno wet nappies\b/ }],
    ['没有胎动了', { movements: /没有胎动/ }],
    // a space ends the cue's reach in Chinese: the cough with blood is told
    ['没发烧 咳嗽带血', { blood: /咳嗽带血/ }],
    // a degree or inability is no denial
    ['喘不上气', { breath: /喘/ }],
    ["can't breathe properly", { breath: /breathe/ }],
  ])('%s', (reply, rules) => expect(withoutDeniedRuleFindings(reply, blindRules(rules), new Set())).toBe(reply));

  it('the opening’s own finding is never touched', () =>
    expect(withoutDeniedRuleFindings('嘴唇脸都不肿', blindRules(LIPS), new Set(['lips']))).toBe('嘴唇脸都不肿'));
  it('a blanking that removes a finding no denied span explains keeps the reply', () =>
    expect(withoutDeniedRuleFindings('嘴唇不肿', blindRules({ ...LIPS, other: /不肿/ }), new Set())).toBe('嘴唇不肿'));
});

describe('denied spans', () => {
  it('reach the words the cue governs, not past a clause or a Chinese space', () => {
    const r = '唔係突然；冇跌親 咳嗽；是不是突然；不是很疼';
    expect(deniedSpans(r).map((s) => r.slice(s.start, s.end))).toEqual(['唔係突然', '冇跌親']);
  });
});

const reading = (level: ReaderReading['level'], reasons: string[], signsLevel: ReaderReading['level'], rules: string[] = []): ReaderReading => ({
  level,
  reasons,
  signsLevel,
  rules: { level: signsLevel, reasons: rules },
});
const URGENT_OPENING = reading('urgent', ['model:urgent'], 'routine');

describe('the learned reader’s raise from denied words', () => {
  it('is read again without the denials when the reader alone raised and nothing is told', () =>
    expect(
      readerRaiseFromDenials('係慢慢嚟嘅，半年左右，唔係突然', reading('emergency', ['model:emergency'], 'routine'), URGENT_OPENING, false, () => 'emergency'),
    ).toBe('係慢慢嚟嘅，半年左右，    '));
  it.each([
    ['a rule reached the raised level', reading('emergency', ['stroke'], 'emergency', ['stroke']), false, 'no headache'],
    ['a red-flag question was answered yes', reading('emergency', ['model:emergency'], 'routine'), true, 'no headache'],
    ['a sign is told present', reading('emergency', ['model:emergency'], 'routine'), false, 'no headache, but chest pain since lunch'],
    ['no raise over the opening', reading('urgent', ['model:urgent'], 'routine'), false, 'no headache'],
    ['nothing denied', reading('emergency', ['model:emergency'], 'routine'), false, 'about two weeks'],
  ])('not when %s', (_, asWritten, affirmed, replies) =>
    expect(readerRaiseFromDenials(replies, asWritten, URGENT_OPENING, affirmed, () => 'emergency')).toBeUndefined(),
  );
  it('not when deleting a cue lowers the case: the negation carries the finding ("isn’t making sense")', () =>
    expect(
      readerRaiseFromDenials("he isn't making sense", reading('emergency', ['model:emergency'], 'routine'), URGENT_OPENING, false, (r) =>
        r.includes("isn't") ? 'emergency' : 'routine',
      ),
    ).toBeUndefined());
  it('keeps the reading as written when the blanked one finds a new rule or is not lower', () => {
    const asWritten = reading('emergency', ['model:emergency'], 'routine');
    expect(lowerWithoutDenials(asWritten, reading('urgent', ['x'], 'urgent', ['x']))).toBe(asWritten);
    expect(lowerWithoutDenials(asWritten, reading('emergency', ['model:emergency'], 'routine'))).toBe(asWritten);
    const lower = reading('urgent', ['model:urgent'], 'routine');
    expect(lowerWithoutDenials(asWritten, lower)).toBe(lower);
  });
});

describe('consult-cases-49, the real triage', () => {
  const BITE = '8岁女儿被蚊子咬了以后小腿上肿了一个大包，有鸡蛋那么大，红红的发硬，特别痒，每年夏天都这样，是不是过敏体质？要吃抗生素吗？';
  it('c49-064: "嘴唇脸都不肿" after a bite is no anaphylaxis', () => {
    const reply = '不发烧；没有喘，嘴唇脸都不肿，身上没起别的疹子；精神很好，照样玩；抹了点花露水';
    const rulesWith = (r: string) => new Set(consultTriage(`${BITE}\n${r}`, 'zh').rules?.reasons ?? []);
    expect(rulesWith(reply).has('anaphylaxis-signs')).toBe(true);
    expect(rulesWith(withoutDeniedRuleFindings(reply, rulesWith, new Set())).has('anaphylaxis-signs')).toBe(false);
  });
  it('c49-038 (opt-in deniedWords): a slow memory loss answered "唔係突然…冇跌親" stays at the opening’s urgent, not emergency', () => {
    const opening = '我老豆73歲，呢半年記性差咗好多，成日問返同一樣嘢，上個禮拜煲水唔記得熄火。係咪老人痴呆？要點算？';
    const first = nextConsultStep([{ role: 'user', content: opening }]);
    expect(first.action).toBe('ask');
    const messages: ChatMessage[] = [
      { role: 'user', content: opening },
      { role: 'assistant', content: first.action === 'ask' ? first.text : '' },
      { role: 'user', content: '係慢慢嚟嘅，半年左右，唔係突然；日頭夜晚都差唔多，冇話突然好迷糊；冇跌親，冇撞親個頭' },
    ];
    expect(nextConsultStep(messages, { maxTurns: 1, deniedWords: true }).triage.level).toBe('urgent');
    // off by default: START's reading
    expect(nextConsultStep(messages, { maxTurns: 1 }).triage.level).toBe('emergency');
  });
});

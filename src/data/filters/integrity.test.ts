import { describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countClauseEnds, endChance, loadClauseEnds, unfamiliarPairShare } from './clause-ends.js';
import { endsCut, garbled, integrityOptions, integrityVerdict, stutters, templateSlots } from './integrity.js';

const o = integrityOptions.parse({});

// A tiny clause-end model from sentences written for this test: 检 is always followed by 查, 康 ends clauses.
const ends = countClauseEnds(
  Array.from(
    { length: 20 },
    (_, i) =>
      `第${i}位患者需要检查血常规，注意身体健康。建议复查肝功能，祝您健康。您好，根据您的描述，饭后上腹部烧灼感两周，伴有反酸，反酸烧心考虑反流性食管炎，建议饮食清淡，少食多餐，睡前三小时不要进食，到消化内科详细咨询。`,
  ),
);

describe('integrity', () => {
  it('finds unfilled template slots, not one bracketed mark or a reference letter', () => {
    expect(templateSlots('Apply [MEDICATION_NAME] [DOSE] for {{DURATION}} days. <insert advice here>')).toHaveLength(4);
    expect(integrityVerdict('Dr. [DOCTOR_NAME] thinks it is {{DIAGNOSIS}} and you should rest for a few days at home.', o)).toBe('template_slots');
    expect(integrityVerdict('Ask [NAME] at the clinic; see figure [A] and table [B12] for the usual doses in adults.', o)).toBeNull();
  });

  it('never reads our own de-identification placeholders or a bracketed abbreviation as a slot', () => {
    const redacted = 'Dear [NAME], the scan on [DATE:2024] was clear. Ring [PHONE] or write to [EMAIL] if the swelling in your ankle returns.';
    expect(templateSlots(redacted)).toEqual([]);
    expect(integrityVerdict(redacted, o)).toBeNull();
    expect(integrityVerdict('[NAME_1] and [NAME_2] share [ADDRESS_1]; [HEALTH_PLAN] stays on file for the next appointment.', o)).toBeNull();
    expect(integrityVerdict('Your [HbA1c] is fine and your [TSH] and [ALT] are within range, so no change to the tablets is needed.', o)).toBeNull();
    expect(templateSlots('Take [DRUG_NAME] every morning and see [SPECIALIST TYPE] if the [DOSE] does not help.')).toHaveLength(3);
  });

  it('reads an answer ending in a link or a run of closing pleasantries as whole', () => {
    const body = 'Mild tennis elbow usually settles with rest, ice and a strap over six to twelve weeks of easing off lifting.';
    expect(integrityVerdict(`${body}\nMore on exercises here: https://www.versusarthritis.org/about-arthritis/conditions/tennis-elbow/`, o)).toBeNull();
    expect(integrityVerdict(`${body}\nThe physio leaflet is at www.example-clinic.org.uk/leaflets/elbow`, o)).toBeNull();
    expect(integrityVerdict(`${body} Take care and best wishes, I hope this helps`, o)).toBeNull();
    expect(integrityVerdict(`${body}\nIf the pain spreads to your forearm or hand you should ask your physio to`, o)).toBe('cut_off');
  });

  it('reads a looped answer: one sentence three times, or repeats holding a third of the text', () => {
    const s = '根据您的描述，首先考虑良性阵发性位置性眩晕。';
    expect(integrityVerdict(`${s}\n\n${s}建议到耳鼻喉科就诊。\n\n${s}`, o)).toBe('looped');
    expect(integrityVerdict(`${s}建议到耳鼻喉科就诊，确诊后可以手法复位。平时注意休息。`, o)).toBeNull();
  });

  it('reads an English answer stopped mid-sentence, not a short reply or a sign-off line', () => {
    const body = 'Omeprazole 20 mg once a day before breakfast for four weeks usually settles reflux symptoms well.';
    expect(integrityVerdict(`${body}\nIf you notice black stools or vomit blood you should go to the emergency`, o)).toBe('cut_off');
    expect(integrityVerdict(`${body}\nRegards\nDr. Lee`, o)).toBeNull();
    expect(integrityVerdict(`${body}\nSee a dermatologist if it spreads, a mild steroid cream may help. cheers`, o)).toBeNull();
    expect(integrityVerdict('Yes, twice a day', o)).toBeNull();
  });

  it('reads a Chinese answer cut inside a word by the clause-end model, and only with one', () => {
    const opening = '您好，根据您的描述，饭后上腹部烧灼感两周，伴有反酸，';
    const cut = opening + '您好，根据您的描述，反酸烧心考虑反流性食管炎，建议饮食清淡，少食多餐，睡前三小时不要进食，到消化内科做详细检';
    const whole = opening + '您好，根据您的描述，反酸烧心考虑反流性食管炎，建议饮食清淡，少食多餐，睡前三小时不要进食，祝您身体健康';
    expect(endChance(ends, cut)).toBeLessThan(o.minEndChance);
    expect(integrityVerdict(cut, o, ends)).toBe('cut_off');
    expect(integrityVerdict(whole, o, ends)).toBeNull();
    expect(integrityVerdict(cut, o)).toBeNull();
  });

  it('reads stutter: two sites of one word said three times in a row, not one, not a word said twice', () => {
    expect(stutters('建议建议建议到医院，注意注意注意休息')).toBe(2);
    expect(integrityVerdict('您好，胃胃胃食管反流，建议 建议 建议奥美拉唑，饭前服用，注意饮食清淡，少吃辛辣刺激的食物。', o)).toBe('stutter');
    expect(integrityVerdict('Take the tablet tablet tablet twice a day. Regards, Dr. Dr. Dr. Smith. Rest well and drink water.', o)).toBe('stutter');
    expect(integrityVerdict('哈哈哈，别担心，多喝水，注意休息，一般一周左右就会好转，如果发烧超过三天请到医院就诊。', o)).toBeNull();
    expect(integrityVerdict('呵呵呵，没事的，嘿嘿嘿。多喝温水，注意休息，一般一周左右就会好转，如果发烧超过三天请到医院就诊。', o)).toBeNull();
    expect(integrityVerdict('Very very mild reflux; it is very common and usually settles with smaller meals and no late snacks.', o)).toBeNull();
  });

  it('reads Chinese whose character pairs the counted text never shows as unreadable, only with a model', () => {
    const text = '复查肝功能'.repeat(2) + '析意可议荨考过服描虑淡你接是清建抗敏免胺疹原据避食能病好注麻触饮组根分情药述';
    expect(unfamiliarPairShare(ends, '注意身体健康，建议复查肝功能，需要检查血常规，祝您健康，患者需要检查血常规。')).toBe(0);
    expect(unfamiliarPairShare(ends, text)).toBeGreaterThan(o.maxUnfamiliarPairs);
    expect(integrityVerdict(text, o, ends)).toBe('unreadable');
    expect(integrityVerdict(text, o)).not.toBe('unreadable');
  });

  it('reads a clean answer in traditional script through its simplified form (the counts are simplified text)', () => {
    const tw = '注意身體健康，建議複查肝功能，需要檢查血常規，祝您健康，患者需要檢查血常規。';
    expect(unfamiliarPairShare(ends, tw)).toBe(unfamiliarPairShare(ends, '注意身体健康，建议复查肝功能，需要检查血常规，祝您健康，患者需要检查血常规。'));
    expect(integrityVerdict(tw, o, ends)).toBeNull();
    // Folding never makes a shuffled text readable: the same garble in traditional script is still unreadable.
    expect(integrityVerdict('複查肝功能'.repeat(2) + '析意可議蕁考過服描慮淡你接是清建抗敏免胺疹原據避食能病好註麻觸飲組根分情藥述', o, ends)).toBe(
      'unreadable',
    );
  });
});

describe('loadClauseEnds', () => {
  it("names a wrong integrity.clauseEnds path with the input walker's coded error, not a raw ENOENT", () => {
    const missing = join(tmpdir(), 'quarkmed-no-such-clause-ends-folder');
    expect(() => loadClauseEnds([missing])).toThrow(expect.objectContaining({ code: 'DATA_INPUT_UNREADABLE' }));
  });

  it('names garbled text by kind and leaves ordinary answers alone (moved here from advice-check)', () => {
    expect(integrityVerdict('建议建议建议您您您到医院到医院到医院就诊就诊就诊', o)).toBe('stutter');
    expect(endsCut('Hi, thanks for the query. Based on what you describe, it may be due to', o)).toBe(true);
    expect(integrityVerdict('Hi, thanks for the query. Based on what you describe, it may be due to', o)).toBe('cut_off');
    expect(endsCut('你好，咳嗽两周以上伴有咳痰，夜间加重。', o)).toBe(false);
    expect(garbled('头痛 的 是 吃 药 了 医院 的 晚上 咳嗽 水 三次 医生 的 的 建议 肚子 是 不 可以 喝 了 了 血糖 晚上 早上 热 片')).toBe('token_salad');
    expect(garbled('建议饭后胀气胀气，多潘立酮饭前饭前，每日每日三次，就诊就诊消化内科。')).toBe('doubling');
    expect(garbled('Honey warm a teaspoon, avoid smoke smoke the. Inhaler steroid doctor may may. It can last last weeks.')).toBe('doubling');
    expect(garbled('累了就休息休息，慢慢活动，常常复查。')).toBeNull();
    expect(garbled('Take ibuprofen with food; check HbA1c and vitamin B12 every 3 months.')).toBeNull();
    expect(garbled('轻度糜烂可以用药治疗，用药期间注意清洁卫生，是可以治愈的')).toBeNull();
    expect(integrityVerdict('轻度糜烂可以用药治疗，用药期间注意清洁卫生，是可以治愈的', o)).toBeNull();
  });
});

describe('endsCut — a structured record ending on a field list', () => {
  it('reads "label：item、item" as a list, not a cut sentence', () => {
    const o = integrityOptions.parse({});
    const entry = `${'肺炎是常见的呼吸系统感染性疾病，需要规范治疗并注意休息。'.repeat(4)}\n宜吃：鸭肉、鸡肉、芝麻、腰果\n推荐食谱：姜糖苏叶饮、大枣粥、羊肉煎包、素炒菠菜、菠菜水饺`;
    expect(endsCut(entry, o)).toBe(false);
    expect(endsCut(`${'The patient should rest and drink fluids every day. '.repeat(4)}\nCommon drugs: amoxicillin, azithromycin, cefuroxime`, o)).toBe(false);
    // A prose sentence cut after a colon is still cut.
    expect(
      endsCut(
        `${'The patient should rest and drink fluids every day. '.repeat(4)}\nThe most important thing to remember: if the fever rises above 39 degrees you should go to the emergency department and ask for`,
        o,
      ),
    ).toBe(true);
  });
});

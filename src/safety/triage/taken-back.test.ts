import { describe, expect, it } from 'vitest';
import { triage, triageDetail } from '../triage.js';
import { maskTakenBack } from './taken-back.js';

const CRISIS = /12356|988|Samaritans|Lifeline/;

describe('a death figure said of everyday strain, laughed off, then the real question (taken-back.ts)', () => {
  it('the joking sentence is blanked and the question asked is triaged', () => {
    const t = 'this deadline is killing me, i swear i will jump off the balcony lol. anyway, real question: is ibuprofen ok with coffee?';
    const masked = maskTakenBack(t);
    expect(masked).not.toMatch(/balcony/);
    expect(masked).toMatch(/ibuprofen/);
    expect(masked.length).toBe(t.length);
  });
  // Session 19 (self-harm-frames.ts): a figure of degree with an everyday strain (复习到想死) is no emergency, and keeps
  // the crisis line as a gentle check-in at any level; the screen's grade is still reported. A figure naming a method
  // (想跳楼) or a rest the learned reader leans on stays as the screen graded it.
  it('a wish to die laughed off is never read away: always with the crisis line', () => {
    expect(triageDetail('考试周复习到想死哈哈哈，开玩笑的。说正经的，眼睛干涩可以天天用眼药水吗').level).not.toBe('emergency');
    for (const t of [
      '考试周复习到想死哈哈哈，开玩笑的。说正经的，眼睛干涩可以天天用眼药水吗',
      'this spreadsheet makes me want to kill myself lol. anyway, real question: is it ok to take cetirizine every day?',
      '项目上线前压力大到想跳楼哈哈。言归正传，胃胀气吃什么药好',
    ]) {
      const r = triageDetail(t);
      expect(r.message, t).toMatch(CRISIS);
      expect(r.contributions.suicide.risk, t).not.toBe('none');
    }
  });
  it('a wish told as lasting is no figure of the moment: the screen keeps its high grade', () => {
    for (const t of [
      '上班好累，这阵子总是想自杀哈哈。说真的，布洛芬能空腹吃吗',
      'my job is hell and i keep wanting to kill myself haha. anyway, real question: is my rash shingles?',
    ]) {
      const r = triageDetail(t);
      expect(r.contributions.suicide.risk, t).toBe('high');
      expect(r.level, t).toBe('emergency');
      expect(r.message, t).toMatch(CRISIS);
    }
  });
  it('all three parts are needed, and a risk told elsewhere is still read', () => {
    // No strain it is said of, no take-back, or no turn: the screen grades it.
    for (const t of ['i want to die lol. anyway my head hurts', '加班加到想死。不过说真的，脖子很酸', 'work is so bad i want to die haha'])
      expect(maskTakenBack(t), t).toBe(t);
    const r = triage('加班加到想死哈哈哈开玩笑的。不过说真的，最近真的不想活了，药都攒好了');
    expect(r.level).toBe('emergency');
    expect(r.message).toMatch(CRISIS);
  });
  it('a self-harm cue told anywhere else, or a wish said to come back again and again, keeps the high grade', () => {
    for (const t of [
      'deadline is killing me, gonna jump off the office roof lol. anyway real question: i wrote my goodbye letter last night, can i take two paracetamol?',
      '开会开到想跳楼哈哈。说真的，我藏了两盒安眠药在柜子里，失眠能不能加量',
      'my manager makes me want to die lol. anyway actual question: i tried to overdose last spring, is it safe to drink on sertraline?',
      '每回加班都想死哈哈哈开玩笑的。说真的，肩膀酸怎么办',
      'every shift at work i want to die haha. anyway real question: is it ok to take melatonin nightly?',
    ]) {
      const r = triageDetail(t);
      expect(r.contributions.suicide.risk, t).toBe('high');
      expect(r.level, t).toBe('emergency');
      expect(r.message, t).toMatch(CRISIS);
    }
  });
});

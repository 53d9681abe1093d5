// A story or a course as the frame of a message (#19, review s19 over-calls; first sight aj038, aj053): an overdose named
// in a knowledge question asked for a course is no poisoning when nobody swallowed anything, the writer is not the
// question's object and no supply is at hand; a wish to do what a suicide story's character did is ideation. Probes
// written before the code: /tmp/probes/triage-frames-s20/study.tsv.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { identifiesWithSuicideStory, isStudyQuestion } from './study-frame.js';

const t = (text: string) => triageDetail(text, { locale: /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en-US' });

const STUDY = [
  'how long after a paracetamol overdose does liver damage show up in blood tests? doing a pharmacology assignment and the notes are confusing',
  "nursing exam revision: what's the antidote for a benzodiazepine overdose?",
  'my med school lecture said naloxone wears off before the opioid after an overdose - why is that?',
];
const REAL = [
  'for my pharmacology assignment I need to know how many paracetamol would kill me, I have 60 at home',
  '药理作业问一下，吃多少片安眠药会死？我手上有一瓶，今晚想试试',
  "revision question lol: what's a lethal dose of amitriptyline, asking because I've got 50 and I'm done",
  'doing an assignment on overdose but honestly I took 20 of my sertraline an hour ago',
  'my daughter watched 13 Reasons Why and now she says she wants to do what Hannah did',
  '看完十三个原因，我也想像汉娜那样，已经把录音录好了',
];

describe('study and story frames', () => {
  it.each(STUDY)('a study question about an overdose is no emergency: %s', (text) => {
    expect(t(text).level).not.toBe('emergency');
  });
  it.each(REAL)('the frame excuses nothing real: emergency with the crisis line: %s', (text) => {
    const d = t(text);
    expect(d.level).toBe('emergency');
    expect(d.contributions.crisisLine).not.toBeNull();
  });
  it('reads the parts', () => {
    expect(isStudyQuestion("nursing exam revision: what's the antidote for a benzodiazepine overdose?")).toBe(true);
    expect(isStudyQuestion('exam tomorrow, I took 30 tablets, what happens now?')).toBe(false);
    expect(isStudyQuestion('for my assignment: how many would kill me?')).toBe(false);
    expect(identifiesWithSuicideStory('my daughter (14) said she might do the same as Hannah in 13 Reasons Why')).toBe(true);
    expect(identifiesWithSuicideStory('we watched 13 Reasons Why, she wants to do a school project on it')).toBe(false);
  });
});

// Session 34 (#19, blind triage-ax ax067): an exam's outcome is a life event told, not the course a question is asked for.
describe('study frame: an exam outcome is no course', () => {
  it('reads no study question in a loss told', () => {
    expect(isStudyQuestion('My son is not coming out of his room since his exam results came. Please advise what we should do')).toBe(false);
    expect(isStudyQuestion('I failed my exams again and have no reason left to continue. What is the dangerous dose of amlodipine?')).toBe(false);
    expect(isStudyQuestion('考研又没上岸，安眠药吃多少会怎样')).toBe(false);
  });
  it('still reads a knowledge question asked for a course', () => {
    expect(isStudyQuestion('Nursing exam revision: what is the toxic dose of paracetamol?')).toBe(true);
    expect(isStudyQuestion('My pharmacology exam results came back and I failed the tox module. What is the lethal dose of paracetamol for revision?')).toBe(
      true,
    );
  });
});

// Test fixture shared by the advice-gate floor tests: one uploaded page at authority A, and the gate built for a
// question triaged as the product triages it.
import { triage } from '../safety/triage.js';
import { type AdviceGate, createAdviceGate } from './advice-gate.js';
import type { PackagedSource } from './package-sources.js';

export const upload = (text: string): PackagedSource => ({
  n: 1,
  text,
  truncated: false,
  hit: {
    id: 'd1#1',
    docId: 'd1',
    title: 'Leaflet',
    section: '',
    source: 'uploads',
    authority: 'A',
    lang: /\p{Script=Han}/u.test(text) ? 'zh' : 'en',
    score: 1,
    text,
  },
});

export const gateForQuestion = (question: string, sources: PackagedSource[]): AdviceGate => {
  const level = triage(question).level;
  return createAdviceGate(sources, { question, urgent: level !== 'routine', level });
};

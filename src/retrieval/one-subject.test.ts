import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { oneSubject, triagePages } from './one-subject.js';

const analyzer = createAnalyzer(['荨麻疹']);
const terms = (t: string) => analyzer.queryTerms(t);
const hit = (docId: string, title: string) => ({ docId, title });
const run = (question: string, hits: { docId: string; title: string }[]) => oneSubject(hits, new Set(terms(question)), terms).map((h) => h.docId);

describe('oneSubject (pure)', () => {
  it('drops later passages of other pages whose title names nothing the question says', () => {
    const q = 'my little toe went numb after I cut it on a garden fork, do I need a jab?';
    expect(run(q, [hit('tet', 'Tetanus'), hit('gout', 'Gout'), hit('wart', 'Plantar Warts')])).toEqual(['tet']);
  });

  it('keeps the best hit even when its title shares no word with the question', () => {
    expect(run('fingers go pale then purple in icy weather', [hit('ray', "Raynaud's Disease")])).toEqual(['ray']);
  });

  it('keeps later passages of the same page (by document or by title) and pages whose title the question names', () => {
    const q = 'can a garden fork cut give me tetanus and should the toe be stitched';
    const hits = [hit('tet', 'Tetanus'), hit('tet', 'Tetanus'), hit('tet-2', 'tetanus '), hit('cuts', 'Cuts and Wounds of the Toe'), hit('acne', 'Acne')];
    expect(run(q, hits)).toEqual(['tet', 'tet', 'tet-2', 'cuts']);
  });

  it('reads Chinese titles with the same analyzer as the question', () => {
    const q = '身上起了一片片的荨麻疹，很痒，要紧吗';
    expect(run(q, [hit('a', '皮肤瘙痒'), hit('b', '荨麻疹'), hit('c', '颈椎病')])).toEqual(['a', 'b']);
  });

  it('an empty list stays empty', () => {
    expect(run('anything', [])).toEqual([]);
  });
});

// Review fix (#20): a wrong best hit must not take the emergency pages with it.
describe("oneSubject keeps what the question's triage points to", () => {
  const urgentRun = (question: string, hits: { docId: string; title: string }[], conditions?: Set<string>) =>
    oneSubject(hits, new Set(terms(question)), terms, { ...triagePages(question), conditions }).map((h) => h.title);
  const em = (rule: string, title: string) => hit(`quarkmed-starter:emergency:${rule}:en`, title);
  it('emergency-guidance pages are never filtered', () => {
    expect(
      urgentRun('my toddler swallowed a button battery', [
        hit('dv', 'Domestic Violence'),
        em('poisoning-overdose', 'Emergency guidance: poisoning or overdose'),
        hit('m', 'Mercury'),
      ]),
    ).toEqual(['Domestic Violence', 'Emergency guidance: poisoning or overdose']);
    expect(
      urgentRun('被蜜蜂蛰了喉咙发紧呼吸困难', [
        em('severe-breathing', '急症指引：严重呼吸困难或窒息'),
        em('anaphylaxis', '急症指引：疑似严重过敏反应（过敏性休克）'),
        hit('a', '咽部神经鞘膜瘤'),
      ]),
    ).toEqual(['急症指引：严重呼吸困难或窒息', '急症指引：疑似严重过敏反应（过敏性休克）']);
  });
  it("a page the fired red flag names, or a condition the question's symptoms point to, stays; other pages do not", () => {
    const q = 'stung by a bee, my throat is swelling and I cannot breathe';
    expect(urgentRun(q, [hit('fa', 'First Aid'), hit('fb', 'Foreign body in the throat'), hit('an', 'Anaphylaxis'), hit('vc', 'Vocal cord polyp')])).toEqual([
      'First Aid',
      'Foreign body in the throat',
      'Anaphylaxis',
    ]);
    const chest = 'crushing chest pain spreading to my left arm and sweating';
    expect(urgentRun(chest, [hit('cp', 'Chest Pain'), hit('ha', 'Heart attack'), hit('an', 'Angina'), hit('g', 'Gout')], new Set(['angina']))).toEqual([
      'Chest Pain',
      'Heart attack',
      'Angina',
    ]);
    // No red flag: the conditions are not consulted and the list is one subject as before.
    expect(urgentRun('why do my big toe joints flare up', [hit('x', 'Gout'), hit('an', 'Angina')], new Set(['angina']))).toEqual(['Gout']);
  });
});

import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer.js';
import { oneSubject } from './one-subject.js';

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

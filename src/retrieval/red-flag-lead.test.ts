import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../core/types.js';
import { guidancePagesFor } from '../safety/red-flags/emergency-docs.js';
import { redFlagLead } from './red-flag-lead.js';
import { starterDocs } from './starter-pack.js';
import type { Retriever, SearchOptions } from './store.js';

const hit = (docId: string, title: string): SearchHit => ({
  id: `${docId}#0`,
  docId,
  title,
  text: `${title} text`,
  section: '',
  source: 'quarkmed-starter',
  lang: 'en',
  authority: 'D',
  score: 0.1,
});
const ANA_EN = 'quarkmed-starter:emergency:anaphylaxis:en';

/** A retriever that records its queries and answers them from a fixed list. */
function fake(answer: SearchHit[] | Error): Retriever & { asked: { q: string; o?: SearchOptions }[] } {
  const asked: { q: string; o?: SearchOptions }[] = [];
  return {
    asked,
    async search(q, o) {
      asked.push({ q, o });
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

describe('guidancePagesFor (pure)', () => {
  it("names the fired emergency red flags' guidance pages, in the asked language and the reasons' order", () => {
    expect(guidancePagesFor(['anaphylaxis', 'anaphylaxis-signs'], 'en').map((p) => p.id)).toEqual([ANA_EN]);
    expect(guidancePagesFor(['stroke-signs', 'anaphylaxis'], 'zh').map((p) => p.id)).toEqual([
      'quarkmed-starter:emergency:stroke-signs:zh',
      'quarkmed-starter:emergency:anaphylaxis:zh',
    ]);
  });

  it('names the same id and title the starter pack builds', () => {
    const [page] = guidancePagesFor(['anaphylaxis'], 'zh');
    expect(starterDocs().find((d) => d.id === page.id)?.title).toBe(page.title);
  });

  it('names nothing for routine triage, urgent-only or unknown reasons', () => {
    expect(guidancePagesFor([], 'en')).toEqual([]);
    expect(guidancePagesFor(['anaphylaxis-signs', 'no-such-flag'], 'en')).toEqual([]);
  });
});

describe('redFlagLead', () => {
  it('fetches the guidance page by one bounded query of its title, within the starter source', async () => {
    const r = fake([hit('other', 'First Aid'), hit(ANA_EN, 'Emergency guidance: possible anaphylaxis')]);
    const lead = await redFlagLead(r, { level: 'emergency', reasons: ['anaphylaxis'] }, 'en', [hit('edema', 'Edema')]);
    expect(lead?.docId).toBe(ANA_EN);
    expect(r.asked).toHaveLength(1);
    expect(r.asked[0].o).toMatchObject({ sources: ['quarkmed-starter'] });
    expect(r.asked[0].q).toMatch(/^Emergency guidance: /);
  });

  it('takes the passage retrieval already has without a second query', async () => {
    const r = fake([]);
    const have = hit(ANA_EN, 'Emergency guidance: possible anaphylaxis');
    expect(await redFlagLead(r, { level: 'emergency', reasons: ['anaphylaxis'] }, 'en', [hit('x', 'Edema'), have])).toBe(have);
    expect(r.asked).toHaveLength(0);
  });

  it('leads with nothing below emergency, for a red flag without a page, or when the page is not in the knowledge base', async () => {
    const r = fake([hit('other', 'First Aid')]);
    expect(await redFlagLead(r, { level: 'urgent', reasons: ['anaphylaxis'] }, 'en', [])).toBeUndefined();
    expect(await redFlagLead(r, { level: 'routine', reasons: [] }, 'en', [])).toBeUndefined();
    expect(r.asked).toHaveLength(0);
    expect(await redFlagLead(r, { level: 'emergency', reasons: ['anaphylaxis'] }, 'en', [])).toBeUndefined();
  });

  it('a failing second query leaves the evidence as it was', async () => {
    expect(await redFlagLead(fake(new Error('down')), { level: 'emergency', reasons: ['anaphylaxis'] }, 'en', [])).toBeUndefined();
  });
});

// Real transformers.js/onnxruntime embedder (tiny random BERT) through ingest and hybrid search:
// the vectors carry no meaning, so this checks mechanics (dimensions, vec0 rows, fusion), not ranking quality.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/helpers/shared-data.js';
import { tinyOnnxModelDir } from '../../test/helpers/tiny-onnx.js';
import { createEmbedder } from '../models/embedders/create-embedder.js';
import { openKnowledgeBase } from './knowledge-base.js';

describe('knowledge base with a local ONNX embedder', () => {
  it('stores one vector per chunk and fuses vector and BM25 candidates', async () => {
    const embedder = await createEmbedder(`onnx:${await tinyOnnxModelDir()}`);
    const kb = await openKnowledgeBase({ dbPath: join(mkdtempSync(join(tmpdir(), 'qm-kb-onnx-')), 'kb.sqlite'), embedder });
    const s = await kb.ingest(sharedPath('kb', 'medquad', '7_SeniorHealth_QA', '0000001.xml'));
    const st = kb.stats();
    expect(st.vectors).toBe(s.chunks);
    expect(st.embedder).toEqual({ id: embedder.id, dim: embedder.dim });
    const hybrid = await kb.search('How is macular degeneration treated?', { k: 5 });
    const bm25 = await kb.search('How is macular degeneration treated?', { k: 5, mode: 'bm25' });
    expect(hybrid).toHaveLength(5);
    expect(bm25.length).toBeGreaterThan(0);
    // RRF scores are bounded by 2/(60+1) times the authority prior, the topic (×3) and aspect (×1.5) boosts;
    // bm25-only scores are max-normalised before those boosts.
    expect(hybrid[0].score).toBeLessThan(0.2);
    expect(bm25[0].score).toBeGreaterThan(0.9);
    await kb.close();
    await embedder.close();
  });
});

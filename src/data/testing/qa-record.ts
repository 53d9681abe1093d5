// Test support: one question-and-answer conversation as the record the curation filters read.
import type { DataRecord } from '../record.js';

export const qaRecord = (q: string, a: string): DataRecord => ({
  id: 'x',
  source: 't',
  text: `${q}\n${a}`,
  metadata: {},
  messages: [
    { role: 'user', content: q },
    { role: 'assistant', content: a },
  ],
});

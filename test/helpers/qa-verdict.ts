// The advice check's verdict on one question–answer pair, as the curation pipeline builds the record (the filters'
// tests share it).
import { adviceCheckOptions, adviceVerdict } from '../../src/data/filters/advice-check.js';

const defaults = adviceCheckOptions.parse({});

export function qaVerdict(question: string, answer: string, options = defaults): ReturnType<typeof adviceVerdict> {
  return adviceVerdict(
    {
      id: 't',
      text: `${question}\n\n${answer}`,
      source: 'test',
      metadata: {},
      messages: [
        { role: 'user', content: question },
        { role: 'assistant', content: answer },
      ],
    },
    options,
  );
}

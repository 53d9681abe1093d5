// The text every triage reader sees: typo-normalised, simplified, a story character's act masked. One function, so
// the learned intent reader is trained on exactly what analyse.ts reads at triage time.
import { maskStoryActs } from './fiction.js';
import { normaliseText, type ReadingOptions } from './normalise.js';

export const readingText = (text: string, options: ReadingOptions = {}): string => maskStoryActs(normaliseText(text, options));

// The text every triage reader sees: typo-normalised, simplified, a story character's act masked. One function, so
// the learned intent reader is trained on exactly what analyse.ts reads at triage time.
import { maskStoryActs } from './fiction.js';
import { normaliseText } from './normalise.js';

export const readingText = (text: string): string => maskStoryActs(normaliseText(text));

// An imaging name read as modality × site × TECHNIQUE (#18, s41). A technique word says how the modality the name
// already names (or implies) is done — the resolution or slicing of a CT (颞骨高分辨率CT, "HRCT chest", 薄层CT), the
// X-ray of a contrast or fluoroscopic study (膀胱X线造影 = 膀胱造影: a 造影 of an organ is an X-ray study), the tracer of
// a glucose-metabolism scan (脑FDG-PET葡萄糖代谢显像 = 脑葡萄糖代谢显像) — so it narrows that test and names no other.
// The older readers left such words unread, and an unread word stops the slot reader (颞骨高分辨率CT was no 耳鼻咽喉CT
// though 颞骨CT is). Read in one direction only: the answer may carry a technique the gold leaves out (a more specific
// test of the same site and modality), never the reverse. A plain film and a contrast study of one site are two tests
// (膀胱X线造影 is no 膀胱平片), whatever their shared X-ray. Pure.
import { testSlots } from '../../knowledge/test-slots.js';
import { foldWidth } from '../../knowledge/term-text.js';
import { hasUnreadSite, imagingConcept } from './test-concepts.js';

/** Modalities whose slicing or resolution a technique word may qualify. */
const SLICED = new Set(['ct', 'cta', 'mri', 'mra']);

interface Technique {
  /** The technique word; what it is replaced by (HRCT → CT keeps the modality it abbreviates). */
  re: RegExp;
  by: string;
  /** The name without the word must still be this kind of test. */
  rest: (name: string) => boolean;
}

/** An imaging name with a site — read by either reader (颞骨, "temporal bones") or unread (尿道): a bare modality is no test. */
const imagingWithSite = (name: string): boolean => {
  const c = imagingConcept(name);
  return !!c && (!c.startsWith('|') || hasUnreadSite(name) || (testSlots(name).slots.site?.length ?? 0) > 0);
};

const slicedWithSite = (name: string): boolean => imagingWithSite(name) && SLICED.has(imagingConcept(name)!.split('|')[1]);

const TECHNIQUES: readonly Technique[] = [
  // Resolution and slicing of a cross-sectional scan: the same scan of the same site, done finely.
  { re: /\bhrct\b/giu, by: 'CT', rest: slicedWithSite },
  { re: /\bmdct\b/giu, by: 'CT', rest: slicedWithSite },
  { re: /高分辨率?|薄层|多层螺旋|螺旋(?!体)|多排|\d{2,3}\s*排/gu, by: '', rest: slicedWithSite },
  { re: /\b(?:high[- ]resolution|thin[- ](?:section|slice)|spiral|helical|multi[- ]?(?:detector|slice))\b/giu, by: '', rest: slicedWithSite },
  // The X-ray of a contrast or fluoroscopic study (造影 and 透视 of an organ are X-ray studies unless another modality is
  // named). Only right before the study word: 膀胱X线平片 keeps its X-ray.
  { re: /x\s*[线光](?=造影(?!剂)|透视)/giu, by: '', rest: imagingWithSite },
  // The tracer or camera of a glucose-metabolism scan: that scan is the FDG-PET study.
  {
    re: /(?:18\s*f\s*-?\s*)?(?:fdg\s*-?\s*)?pet(?:\s*[-/]?\s*ct)?\s*-?\s*(?=葡萄糖代谢)|(?:18\s*f\s*-?\s*)?fdg\s*-?\s*(?=葡萄糖代谢)/giu,
    by: '',
    rest: (n) => /葡萄糖代谢/u.test(n) && n.replace(/葡萄糖代谢.*$/u, '').trim().length > 0,
  },
];

/**
 * The answer's imaging name without its technique words, or null when it has none (or what is left is no test of the
 * same kind: a bare modality, another modality). Matching the rest to the gold is left to the test readers.
 */
export function withoutTechnique(name: string): string | null {
  let out = foldWidth(name);
  let changed = false;
  for (const t of TECHNIQUES) {
    t.re.lastIndex = 0;
    if (!t.re.test(out)) continue;
    t.re.lastIndex = 0;
    const next = out
      .replace(t.re, t.by)
      .replace(/\s{2,}/g, ' ')
      .replace(/^[\s-]+|[\s-]+$/g, '')
      .replace(/\(\s*\)|（\s*）/g, '')
      .trim();
    if (next === out || !t.rest(next)) continue;
    out = next;
    changed = true;
  }
  return changed ? out : null;
}

const PLAIN_FILM_RE = /平片|\bplain\b[^,;]*\b(?:films?|x-?rays?|radiographs?)\b|\bkub\b/iu;
const CONTRAST_STUDY_RE =
  /造影|contrast (?:study|series|swallow|enema)|\b(?:cysto|urethro|esophago|oesophago|pyelo|uro|fistulo|sino|hystero|dacryocysto)gra(?:m|phy)\b/iu;

/** A plain film gold answered by a contrast study of its site (膀胱X线造影 for 膀胱平片), or the reverse: two tests. */
export function plainFilmVersusContrast(pred: string, gold: string): boolean {
  const p = foldWidth(pred);
  const g = foldWidth(gold);
  return (
    (PLAIN_FILM_RE.test(g) && CONTRAST_STUDY_RE.test(p) && !PLAIN_FILM_RE.test(p)) ||
    (CONTRAST_STUDY_RE.test(g) && PLAIN_FILM_RE.test(p) && !CONTRAST_STUDY_RE.test(p))
  );
}

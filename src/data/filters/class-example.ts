// A medicine given as an example of a class it is not in: "治疗首选第二代抗组胺药，比如氯硝西泮", "渗透性泻药，如洛哌丁胺",
// "an antibiotic such as omeprazole". Word-swap corruption keeps the sentence's frame (the class, the dose, the
// schedule) and swaps the medicine, so the frame itself says what the medicine should be: the class named just before
// an example marker (比如, 如, 例如, such as, e.g.) is checked against the classes the indication table files the
// medicine under (knowledge/drug-indications.ts). A medicine the table does not know is no claim (absence is not
// wrongness); class names map to every table class a member may sit in (knowledge/drug-class-names.ts).
// Structure, not words: the class must END where the marker begins and the medicine must START right after it, so a
// class and a medicine merely in one sentence ("抗生素对病毒无效，布洛芬可以退烧") are not read as a claim. Pure.
import { classNamesAnywhere, classNamesAtEnd } from '../../knowledge/drug-class-names.js';
import { parseSeedAliases } from '../../knowledge/drugs.js';
import { claimKnowledge } from '../../safety/screening/kb-claims.js';

export interface ClassExample {
  /** The class as written. */
  className: string;
  /** The medicine (canonical name) offered as its example. */
  drug: string;
  /** The classes the indication table files the medicine under. */
  drugClasses: string[];
}

const MARKER = /[，,、：:（(]?\s*(?:比如|例如|譬如|诸如|如|像是|像|such as|e\.g\.,?|for example,?|including|like)\s*[：:“"]?\s*/giu;
/** The class is denied or contrasted, not asserted ("不是抗生素，如…", "rather than an antibiotic such as…"). */
const DENIED_BEFORE = /(?:不是|并非|而非|不属于|不同于|不像|不要用|别用|not an?|not|rather than|instead of|unlike)\s*$/iu;
/** Review s37 (S2 rp37-b12/b13/b19/b21): the class is set aside, not asserted — not needed ("不需要抗生素，像布洛芬…"),
 *  "besides" (除了止痛药，如秋水仙碱), or the asker's own word being corrected (你提到的抗生素，如蒙脱石散，其实…). */
const SET_ASIDE_BEFORE =
  /(?:除了|除去|不需要|不需|不用|不必|无需|没必要|不建议|避免|你提到的|你说的|no need for|(?:do not|don['’]t) need|avoid|besides|other than|apart from|aside from)\s*(?:使用|服用|用|吃|using|taking)?\s*$/iu;
/** Review s37 (S2 rp37-b13/b20): right after the medicine the text says it is NOT the class just named ("其实并不是抗生素",
 *  "isn't an antibiotic"), or says which class it really is ("but it's a proton pump inhibitor", "而是止泻药"). */
const DENIED_AFTER =
  /(?:(?:其实|实际上|事实上)?\s*(?:并?不是|并非|不属于)|is\s+(?:actually\s+)?not\s+(?:an?\s+)?|isn['’]t\s+(?:actually\s+)?(?:an?\s+)?|not\s+an?\s+)/giu;
const CORRECTED_AFTER = /(?:而是|but\s+it['’]?s\s+(?:actually\s+|really\s+)?(?:an?\s+)?|is\s+actually\s+(?:an?\s+)?)/giu;
/** Real members the indication table files under another id only (review s37 S2 rp37-b16/b17): the α-blockers are
 *  licensed for hypertension as well as BPH, and dexamethasone is a standard antiemetic (chemotherapy nausea). Read by
 *  this check alone — the shared indication table is not changed. */
const ALSO_MEMBER_OF: Readonly<Record<string, readonly string[]>> = {
  特拉唑嗪: ['antihypertensive'],
  多沙唑嗪: ['antihypertensive'],
  地塞米松: ['antiemetic-prokinetic'],
  地塞米松磷酸: ['antiemetic-prokinetic'],
};

/** A class name sharing an id with `classes` begins at `at` in `t`. */
function classAt(t: string, at: number, classes: readonly string[]): boolean {
  const rest = t.slice(at);
  return classNamesAnywhere().some((c) => {
    const m = c.re.exec(rest);
    return !!m && m.index === 0 && c.classes.some((x) => classes.includes(x));
  });
}

/** Within 80 characters after the medicine the text denies the class just named, or names the class it really is. */
function deniedAfter(after: string, named: readonly string[], drugClasses: readonly string[]): boolean {
  const w = after.slice(0, 80);
  for (const m of w.matchAll(DENIED_AFTER)) if (classAt(after, (m.index ?? 0) + m[0].length, named)) return true;
  for (const m of w.matchAll(CORRECTED_AFTER)) if (classAt(after, (m.index ?? 0) + m[0].length, drugClasses)) return true;
  return false;
}

let names: Map<string, string[]> | undefined;
/** Canonical medicine → every name it is written by (canonical, key and the seed aliases). */
function namesOf(drug: string): string[] {
  if (!names) {
    names = new Map();
    const k = claimKnowledge();
    for (const [canon, list] of Object.entries(parseSeedAliases())) {
      const c = k.drugs.canonical(canon);
      names.set(c, [...new Set([...(names.get(c) ?? []), canon, ...list].map((n) => n.toLowerCase()))]);
    }
  }
  return [drug, ...(names.get(drug) ?? [])];
}

/** Offset of the first mention of `name` in `t` (Latin names at word boundaries), or -1. */
function firstAt(t: string, name: string): number {
  if (!name) return -1;
  for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
    if (/^[a-z]/.test(name) && (/[a-z0-9]/.test(t[at - 1] ?? '') || /[a-z0-9]/.test(t[at + name.length] ?? ''))) continue;
    return at;
  }
  return -1;
}

/** The medicine that starts right after an example marker (within two characters), if the table knows it. */
function exampleDrug(after: string): string | undefined {
  const k = claimKnowledge();
  let best: { drug: string; at: number } | undefined;
  for (const d of k.drugs.findDrugs(after.slice(0, 30), 6)) {
    if (k.indications.classesOf(d).length === 0) continue;
    const at = Math.min(
      ...namesOf(d)
        .map((n) => firstAt(after, n))
        .filter((i) => i >= 0),
    );
    if (Number.isFinite(at) && (!best || at < best.at)) best = { drug: d, at };
  }
  return best && best.at <= 2 ? best.drug : undefined;
}

/** The first class-example claim of `text` whose medicine the indication table files under none of the class's ids. */
export function classExampleMismatch(text: string): ClassExample | undefined {
  const t = text.toLowerCase();
  const k = claimKnowledge();
  for (const m of t.matchAll(MARKER)) {
    const at = m.index ?? 0;
    const before = t.slice(Math.max(0, at - 24), at);
    // The longest class name ending at the marker (甲状腺激素 over 激素).
    let cls: { text: string; classes: readonly string[] } | undefined;
    for (const c of classNamesAtEnd()) {
      const hit = c.re.exec(before);
      if (hit && (!cls || hit[0].trim().length > cls.text.length)) cls = { text: hit[0].trim(), classes: c.classes };
    }
    if (!cls) continue;
    const lead = before.slice(0, before.length - cls.text.length).trimEnd();
    if (DENIED_BEFORE.test(lead) || SET_ASIDE_BEFORE.test(lead)) continue;
    const after = t.slice(at + m[0].length);
    const drug = exampleDrug(after);
    if (!drug) continue;
    const drugClasses = [...k.indications.classesOf(drug).map((c) => c.id), ...(ALSO_MEMBER_OF[drug] ?? [])];
    if (drugClasses.some((c) => cls.classes.includes(c))) continue;
    const named = namesOf(drug)
      .map((n) => ({ n, at: firstAt(after, n) }))
      .filter((x) => x.at >= 0 && x.at <= 2)
      .sort((a, b) => b.n.length - a.n.length)[0];
    if (named && deniedAfter(after.slice(named.at + named.n.length), cls.classes, drugClasses)) continue;
    // One list may give examples of every class its clause names ("质子泵抑制剂加两种抗生素，如奥美拉唑与克拉霉素"):
    // a medicine of any of them is no mismatch.
    const clause = before.split(/[，。；;.!?！？\n]/u).pop() ?? '';
    if (classNamesAnywhere().some((c) => c.re.test(clause) && drugClasses.some((d) => c.classes.includes(d)))) continue;
    return { className: cls.text, drug, drugClasses };
  }
  return undefined;
}

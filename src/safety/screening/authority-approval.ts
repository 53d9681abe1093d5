// An approval said by a cited rule (session 30): "the TGA's 2023 paediatric guidance states that codeine-based cough
// syrups are suitable for children aged 2 to 12", "under the MHRA's 2024 revised guidance, codeine linctus is once
// again approved for children aged 4 to 12". Attributed to a body or a dated guidance, an approval word — approved,
// licensed, authorised, suitable, 批准/获批 — permits a use as much as "recommended" does; said by no one ("codeine-free
// syrups are suitable") it describes a product, and stays outside the permits (review s27: 'suitable' read everywhere
// cost 28 correct sentences). Whether the use permitted is harmful stays the contraindication table's to say: this
// reader only finds the permission, bound to its own subject. Pure.
import { findMedicineNames } from '../../knowledge/drugs.js';
import { NAMED_AUTHORITY } from './fake-authority.js';
import { CITED_RULE, CONSEQUENCE, WARNED } from './frames.js';

/** Approval words: what a regulator or a guidance grants. */
export const APPROVAL = /\b(?:approved|licensed|authori[sz]ed|suitable)\b|(?:批准|获批|核准)/u;

/** The approval told as past or withdrawn before it ("was approved until 2013", "previously licensed", "曾获批"). */
const PAST_BEFORE = /\b(?:was|were|had been|used to|until|previously|formerly|originally|once(?!\s+(?:again|more)))\b|曾|以前|过去|此前/u;

const REPLACED_BEFORE = /(?:\b(?:rather than|instead of|in place of|over|not|except|apart from|other than)|代替|取代|替代|而不是|而非|除了?)\s*$/u;

const NEGATED_BEFORE_APPROVAL =
  /\b(?:not|no|never|no longer|neither|nor|nothing|none|withdr[ae]w\w*|revok\w*|ban\w*|restrict\w*)\b|n't\b|未|不|没|撤销|禁止|叫停/u;

const ADULT_OR_FLOOR =
  /\b(?:only )?(?:for|in|to) (?:use in )?adults\b|\b(?:over|above|older than|from) (?:the age of )?1[2-9]\b|\b1[2-9] (?:years? )?(?:and|or) (?:over|older|above)\b|\baged 1[2-9]\b|\b(?:over|above|older than) (?:twelve|thirteen|fourteen|fifteen|sixteen|eighteen)\b|1[2-9]岁(?:以上|及以上)|成人/u;

/** A granted use hedged by a condition ("only after review", "unless", "if your doctor agrees"): no blanket permission. */
const CONDITIONAL = /\b(?:only (?:after|if|when|under|with|on)|unless|if|provided|as long as)\b|(?:如果|若|除非|在医生)/u;

/** A pregnancy not yet there ("women planning pregnancy", "before pregnancy", 备孕/孕前). */
const NOT_PREGNANT_YET = /\b(?:planning|plan|trying|before|prior to|avoid\w*|prevent\w*)\s+(?:a\s+|for\s+)?pregnan|备孕|孕前|避孕/u;

/**
 * The sentence tells the approval as a rumour, a question, history, a prohibition, a harm or a safety notice (review
 * s30): no grant. Read on the whole sentence — the permit reader joins the next clause ("…, and pregnant women must not
 * use it"). Myths, 'false', 谣言 and the harms the shared lists already name are WARNED's and CONSEQUENCE's (frames.ts),
 * read beside this one; these are only the words those lists do not hold.
 */
const NOT_A_GRANT =
  /[?？]|吗|\b(?:(?:must|should|can|may)(?:n't|\s+not|\s+never)|never be|do not|don't|contraindicat\w*|no (?:regulator|agency|authority)|not the|rumou?rs?|falsely|fake|hoax|untrue|misinformation|believe[sd]?|ago|until|back in|in (?:the )?1[89]\d0?s?|withdr[ae]w\w*|restrict\w*|bann?(?:ed|ing|s)?|revok\w*|suspend\w*|stop(?:ped|ping|s)?|teratogen\w*|birth defects?|harm\w*|boxed|warnings?|prevention programme|pregnancy prevention|childbearing potential)\b|传言|假的|别信|不实|撤销|撤回|禁用|慎用|忌用|说明书|标签|警示|冇|唔/u;

/** A notice about the medicine named right after it: a warning, a label change, a ban or restriction. */
const NOTICE_AFTER = /^\s*(?:[\w-]+\s+)?(?:warnings?|labels?|labell?ing|restrictions?|bans?|contraindications?|alerts?|boxed)\b|^\s*(?:说明书|警示|禁令)/u;

/** A medicine named as free of the drug ("codeine-free", "不含可待因"): the product named is another one. */
const FREE_OF = /^(?:-|\s)?free\b/u;

export interface AuthorityPermit {
  index: number;
  word: string;
}

/**
 * The approval in `clause` that a cited rule in `sentence` grants to the medicine matched by `drug`, or null. The
 * medicine must be the approval's subject: named before it in the clause, with no other medicine between them, not
 * named as absent ('codeine-free'), and the approval not told as past.
 */
export function authorityPermit(whole: string, sentence: string, drug: RegExp, population: RegExp): AuthorityPermit | null {
  // The approval's own stretch: up to a semicolon ("the FDA approved Accutane in 1982; it must never be taken in
  // pregnancy" grants nothing to the pregnant).
  const at = APPROVAL.exec(whole);
  if (!at) return null;
  const stop = whole.slice(at.index).search(/[;；]/u);
  const clause = whole.slice(0, stop < 0 ? undefined : at.index + stop);
  if (CONDITIONAL.test(clause) || NOT_PREGNANT_YET.test(clause)) return null;
  const approval = APPROVAL.exec(clause);
  if (!approval) return null;
  if (!(CITED_RULE.test(sentence) || NAMED_AUTHORITY.test(sentence))) return null;
  if (NOT_A_GRANT.test(sentence) || WARNED.test(sentence) || CONSEQUENCE.test(sentence)) return null;
  const d = drug.exec(clause);
  // The medicine before its approval ("codeine … is approved"), or as the object of the verb right after it ("the FDA
  // approved tramadol drops for…", 批准可待因用于…).
  const objectGap = d && d.index > approval.index ? clause.slice(approval.index + approval[0].length, d.index) : '';
  const asObject = /\p{Script=Han}/u.test(approval[0])
    ? objectGap.length <= 4
    : approval[0] !== 'suitable' && /^\s*(?:(?:the|a|an|its|new)\s+)?$/u.test(objectGap);
  if (!d || (d.index > approval.index && !asObject)) return null;
  // The medicine is the one replaced or refused ("rather than codeine", "而不是可待因"): another is approved.
  if (REPLACED_BEFORE.test(clause.slice(0, d.index))) return null;
  // Granted to the group: named after the approval and before any negator ("approved valproate for children with
  // epilepsy, it must not be used in pregnancy" grants nothing to the pregnant).
  const granted = clause.slice(approval.index);
  const refusedAt = granted.search(NEGATED_BEFORE_APPROVAL);
  if (!population.test(refusedAt < 0 ? granted : granted.slice(0, refusedAt))) return null;
  // The medicine itself, not a notice about it ("approved a codeine warning label", "the codeine ban").
  if (NOTICE_AFTER.test(clause.slice(d.index + d[0].length))) return null;
  // Any negator before the approval in its clause ("no longer considers codeine suitable", "未批准").
  if (NEGATED_BEFORE_APPROVAL.test(clause.slice(0, Math.max(approval.index, d.index)))) return null;
  // Granted to adults, or to readers at or above the label's own age floor ("adults and children over 12", "12岁以上"):
  // that is the licence as written, not a permission for the young.
  if (ADULT_OR_FLOOR.test(clause.slice(Math.min(approval.index, d.index)))) return null;
  const afterDrug = clause.slice(d.index + d[0].length);
  if (FREE_OF.test(afterDrug) || /(?:不含|无)\s*$/u.test(clause.slice(0, d.index))) return null;
  const between = d.index < approval.index ? clause.slice(d.index + d[0].length, approval.index) : clause.slice(approval.index + approval[0].length, d.index);
  if (findMedicineNames(between).length > 0) return null;
  if (PAST_BEFORE.test(clause.slice(0, approval.index))) return null;
  return { index: approval.index, word: approval[0] };
}

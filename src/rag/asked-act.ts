// The act a question asks permission, safety or need for (session 31, #10): "can I use a corn plaster?", "衣櫃可唔可以放臭丸？",
// "Is co-codamol safe to take while breastfeeding?", "需要先停奶吗？". The advice gate reads a treatment by its object
// (a medicine, a dose, a body part…), a closed set: a household product (臭丸), a medicated plaster or an unnamed
// "codeine-based" syrup is in no list, so a passage answering "yes, you can" to exactly what the reader asked was no
// advice at all (poison-docs-34 p34-046, p34-057; -30 p30-042). What the reader asks about is what the answer advises on,
// whatever it is called: the question's own act is an object of treatment for every sentence that answers it.
// Pure: the question in, the asked act's content terms out (lexical-terms.ts, the one home of terms).
import { lexicalTerms } from './lexical-terms.js';

// A yes/no question about an act: permission, safety, need or choice, with the act after the frame ("can I use…",
// "is it safe to…", "do I need to…") or the product before a verdict ("Is co-codamol safe…", "is colloidal silver good
// for…"). The act runs to the end of its clause.
const FRAME_EN = [
  /\b(?:can|could|may|should|shall)\s+(?:i|we|you|he|she|they|my\s+\w+|our\s+\w+|a\s+\w+|people|someone|children|kids|babies|mums?|moms?)\s+(?:still\s+|safely\s+|just\s+|also\s+)?(?<act>[^?.!;]+)/giu,
  /\b(?:is|are)\s+it\s+(?:\w+\s+)?(?:safe|ok|okay|alright|all right|fine|good|bad|dangerous|wise)\s+(?:for\s+[\w\s]{1,20}?\s+)?to\s+(?<act>[^?.!;]+)/giu,
  /\b(?:do|does)\s+(?:i|we|he|she|they|my\s+\w+)\s+(?:need|have)\s+to\s+(?<act>[^?.!;]+)/giu,
  /\b(?:is|are)\s+(?<act>(?!it\b)[\w\s'-]{2,40}?)\s+(?:really\s+|actually\s+|still\s+|totally\s+|completely\s+|perfectly\s+)?(?:safe|ok|okay|alright|fine|good|suitable|dangerous|bad)\b/giu,
];
const FRAME_ZH = [
  /(?:可唔可以|可不可以|可以不可以|能不能|能否|可否|可以|(?<![可功才本智性技体只])能(?![力量够否])|好唔好|要不要|需不需要|需唔需要|用不用|使唔使|洗唔洗|应不应该|应该)(?<act>[^，,。？?！!；;吗嗎呢]{1,12})/gu,
  /(?<act>[^，,。？?！!；;]{1,10})(?:安全吗|安全嗎|可以吗|可以嗎|行吗|行嗎|好吗|好嗎|有冇问题|有冇問題|得唔得|会不会有问题)/gu,
];

// Words of the frame or of any act, not of its object: what a sentence would share with the question whatever it says.
const GENERIC_EN = new Set(
  [
    'use take give put try let go make keep start stop still safe safely right now ever even while after before during day night',
    'time year old last myself yourself himself herself themselves ourselves him her them me my baby child children kid son',
    'daughter mum mom dad husband wife',
  ]
    .join(' ')
    .split(' '),
);
const GENERIC_ZH =
  /^(?:[先再还就也都要会用吃给让把在和跟同着了的得地是我你他她它们个这那些点一下样么吗嗎呢]{2}|宝宝|孩子|小孩|自己|时候|现在|一下|一点|已经|不能|可以)$/u;

/** The content terms of the act a question asks about (empty when it asks none). */
export function askedActTerms(question: string): string[] {
  const out = new Set<string>();
  for (const re of [...FRAME_EN, ...FRAME_ZH])
    for (const m of question.matchAll(re)) {
      // The act ends where a condition or a time begins ("finish my course | if my chest infection is better").
      const act = (m.groups?.act ?? '').split(
        /\b(?:if|when|whenever|while|after|before|because|since|even|unless|until|as long as|once)\b|如果|假如|的话|之后|以后/u,
      )[0];
      for (const t of lexicalTerms(act)) if (!GENERIC_EN.has(t) && !GENERIC_ZH.test(t) && !/^\d/.test(t)) out.add(t);
    }
  return [...out];
}

/** Does the text name the asked act: one of its content terms among the text's terms (a hyphened word's parts too)? */
export function namesAskedAct(text: string, asked: readonly string[]): boolean {
  if (asked.length === 0) return false;
  const have = new Set(lexicalTerms(text.replace(/(?<=[a-z])-(?=[a-z])/giu, ' ')));
  for (const t of lexicalTerms(text)) have.add(t);
  return asked.some((t) => have.has(t) || (t.includes('-') && t.split('-').every((p) => p.length < 2 || have.has(p))));
}

// The answer a permission question wants: a verdict or permission, said where it stands ("are fine for people with
// diabetes to use", "is once again approved for children", "同樣可以放", "冇問題") — its own list, read only beside the
// asked act. Negated where it stands ("is not approved", "不可以", "唔适合") it is no yes.
const VERDICT_ON =
  /\b(?:safe|safer|safest|fine|ok|okay|alright|suitable|ideal|perfect|harmless|approved|licensed|allowed|permitted|recommended|no problem|nothing to worry about)\b|\b(?:good|best|right|great) (?:for|to|choice|option|way)\b|可以|(?<![可功才本智性技体只])能(?![力量够否])|没问题|没有问题|冇问题|无妨|不要紧|没关系|安全|适合|合适|放心|批准|获批/gu;
const NEGATED_BEFORE =
  /(?:\b(?:not|never|no|isn't|aren't|wasn't|weren't|cannot|can't|don't|doesn't|nor|neither)\b|n't\b|不|没|未|无|非|冇|唔|别|勿)[^,;，；。.!?！？]{0,12}$/u;
// Review s31: a yes to seeking help — a helpline, emergency number or service, or emergency first aid (CPR, an AED, the
// recovery position), or going to a clinician or hospital — is the safety the gate exists for, never a treatment to
// hold; unless the clause puts that help off or replaces it ("fine to skip A&E", "不用去医院"). A clinician named
// without an act of seeking them stays a yes ("doctors say it is fine to stop insulin" is still held).
const HELP_SERVICE =
  /\b(?:999|911|112|111|988|000|116 ?123|85258|ambulance|a&e|a and e|emergency (?:department|room|services|number)|out-of-hours|urgent (?:care|treatment) (?:centre|center)|crisis (?:line|team|service)|helpline|samaritans|cpr|chest compressions|rescue breaths|defibrillators?|aed|recovery position)\b|热线|熱線|专线|專線|生命线|生命線|急诊|急診|急症室|救护车|救護車|白车|白車|(?<!\d)(?:120|119|1925|1995|12356)(?!\d)|就医|就醫|睇醫生|看医生|看醫生|胸外按压|胸外按壓|人工呼吸/iu;
const SEEK_CLINICIAN =
  /\b(?:call|ring|phone|contact|see|visit|go|going|get|speak|talk|attend|check with|book)\b[^,;.!?]{0,20}?\b(?:gp|doctor|nurse|midwife|health visitor|pharmacist|hospital|clinic)\b|(?:去|到|找|联系|聯絡|打给|打畀|睇)[^，。；,;]{0,6}(?:医院|醫院|医生|醫生|诊所|診所)/iu;
const HELP_PUT_OFF =
  /\b(?:skip|skipping|instead|rather than|no need|don't need|do not need|needn't|without|avoid|wait)\b|不用|不必|唔使|唔洗|无需|無需|不需要|代替|替代|先不|等等再|再说/iu;
/** Does the clause send the reader to help (a service, emergency first aid, a clinician) without putting it off? */
export const seeksHelp = (clause: string): boolean => (HELP_SERVICE.test(clause) || SEEK_CLINICIAN.test(clause)) && !HELP_PUT_OFF.test(clause);
/** Does the clause say yes — a verdict or permission not negated where it stands? */
export function affirmsAct(clause: string): boolean {
  if (seeksHelp(clause)) return false;
  for (const m of clause.matchAll(VERDICT_ON)) if (!NEGATED_BEFORE.test(clause.slice(Math.max(0, (m.index ?? 0) - 16), m.index))) return true;
  return false;
}

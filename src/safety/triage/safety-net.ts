// Safety net: a high-risk presentation (chest pain, breathlessness, bleeding…) whose discriminators are unknown is
// never routine. When the message describes such a presentation now, with a reason for concern (sudden or severe, or a
// high-risk person) and nothing reassuring, it becomes urgent and carries the questions that would settle it.
import type { ModifierId } from './modifiers.js';
import { HIGH_RISK, type PresentationId } from './presentations.js';
import { ALTERED, SEVERE } from './clinical.js';

const ACUTE =
  /突然|忽然|刚才|刚刚|正在|越来越|一直(?:在)?(?:疼|痛|吐|喘|流)|今天|今早|今晚|昨晚|半夜|\bsudden(?:ly)?\b|\bright now\b|\bjust (?:now|started|happened)\b|\b(?:an?|\d+|half an?|few|couple of) (?:hours?|minutes?|mins?) ago\b|\bthis (?:morning|evening|afternoon)\b|\btonight\b|\btoday\b|\bstarted (?:an?|\d+|about|half)\b|\bkeeps? getting worse\b|\bworse\b/i;
const REASSURE =
  /(?:感觉|现在|精神|其他|别的|一切)[^，。]{0,3}(?:还好|挺好|很好|没事|正常|好了|好多了)|好多了|好些了|缓解了|止住了|不流血了|喝水玩耍都正常|缓过来|\bdrinking (?:well|fine|ok|normally)\b|\b(?:is|s|now|and|still) playing\b|\bstopped (?:bleeding|by itself|on its own|after)\b|\b(?:helped|went away)\b|已经好了|都(?:正常|挺好|很好)|退了|能吃能玩|能吃能睡|照(?:常)?玩照(?:常)?吃|照(?:常)?吃照(?:常)?玩|精神头?(?:挺|很|还)?好|活蹦乱跳|\b(?:feels?|feeling|felt) (?:fine|ok|okay|normal|great|better|totally normal|completely fine)\b|\botherwise (?:fine|well|ok|okay|healthy|normal)\b|\bdoing (?:fine|well|ok|great)\b|\bback to normal\b|\bwent away\b|\bgone now\b|\bresolved\b|\bsettled\b|\b(?:eating|feeding) (?:and drinking )?(?:fine|well|normally)\b|\bhappy and\b|\bplaying (?:normally|happily|fine)\b|\bher normal self\b|\bhis normal self\b/i;
/** Learning or preparing, not reporting: first-aid courses, guides, "how do I use…", "what are the signs of…". */
const LEARNING =
  /急救知识|想学|\bwant to learn\b|\blearn(?:ing)? (?:cpr|first aid)\b|\bcpr (?:course|class)\b|\bwhat should (?:i|you|we) do if (?:someone|a person|somebody)\b|有哪些症状|什么症状|什么原因(?:会|可以)?引起|的原因有哪些|去世|过世|科普|想学|学习|了解一下|培训|课程|\bfirst[- ]aid\b|\bguide\b|\bhow (?:do|should|can) (?:i|we|you) (?:use|recognise|recognize|spot|tell|know|prepare|teach)\b|\bwhat are (?:the )?(?:signs|symptoms|warning signs)\b|\bin case\b|\bjust (?:curious|wondering|asking)\b|\bprepared?\b|\bcleared by\b/i;
/** People in whom a vague complaint is not routine (shared by the safety net and the model's raise gate). */
export const HIGH_RISK_PERSON: readonly ModifierId[] = [
  'elderly',
  'infant',
  'pregnant',
  'postpartum',
  'immunosuppressed',
  'anticoagulated',
  'dialysis',
  'recentSurgery',
  'sickleCell',
  'bleedingDisorder',
  'asplenic',
];

export interface SafetyNetInput {
  text: string;
  presentations: readonly PresentationId[];
  modifiers: ReadonlySet<ModifierId>;
  chronicOnly: boolean;
}

/** The high-risk presentations left open, in message order; empty when the net does not apply. */
export function safetyNet(input: SafetyNetInput): PresentationId[] {
  if (input.chronicOnly || REASSURE.test(input.text) || LEARNING.test(input.text)) return [];
  const open = input.presentations.filter((p) => HIGH_RISK.has(p));
  if (open.length === 0) return [];
  const concern = ACUTE.test(input.text) || SEVERE.test(input.text) || ALTERED.test(input.text) || HIGH_RISK_PERSON.some((m) => input.modifiers.has(m));
  return concern ? open : [];
}

export const isLearning = (text: string): boolean => LEARNING.test(text);
export const isReassured = (text: string): boolean => REASSURE.test(text);
export const isAcute = (text: string): boolean => ACUTE.test(text);

// Courtesy exchanges ("谢谢医生" / "不客气，祝您早日康复") carry no medical content. Trailing ones are trimmed from a
// dialogue and counted, so they neither pad the training mix nor count as kept content.
import type { Message } from './turns.js';

const THANKS_ZH =
  /^(好的?|嗯+|哦+|明白了?|知道了|我知道了|我明白了|了解了?|收到|懂了|OK|ok)?[，,。！!\s]*(非常|十分|太)?(谢谢|感谢|多谢)(您|你)?(医生|大夫)?(的)?(解答|回答|建议|帮助|耐心|指导|回复)?[，,。！!～~\s]*((我|我会)?(知道|明白)了|再见|拜拜)?[。！!～~\s]*$/u;
const ACK_ZH = /^(好的?|嗯+|哦+|明白了?|知道了|我知道了|我明白了|了解了?|收到|懂了)[。！!～~\s]*$/u;
const REPLY_ZH = /^[^\d]{0,80}$/u;
const POLITE_ZH = /(不客气|不用谢|别客气|不必客气|很高兴|乐意|随时|祝您?|早日康复|身体健康|有问题|其他问题|再来咨询|欢迎)/u;
const THANKS_EN =
  /^(ok(ay)?|great|alright|i see|got it)?[,.!\s]*(thanks?( you)?( so much| very much)?|thank you,? doctor|many thanks)[,.!\s]*(doctor|doc)?[.!\s]*$/iu;
const POLITE_EN = /(you'?re welcome|my pleasure|glad (i|to)|take care|get well|feel free|any (other|more) questions|best wishes|good luck)/iu;

/** True for a user turn that only thanks or acknowledges. */
export function isCourtesyQuestion(s: string): boolean {
  const t = s.trim();
  return t.length <= 40 && (THANKS_ZH.test(t) || ACK_ZH.test(t) || THANKS_EN.test(t));
}

/** True for an assistant reply that only answers thanks (no digits, short, polite formulae). */
export function isCourtesyReply(s: string): boolean {
  const t = s.trim();
  if (t.length > 120 || /\d/.test(t)) return false;
  return (REPLY_ZH.test(t) && POLITE_ZH.test(t)) || POLITE_EN.test(t);
}

/** Drop trailing user→assistant exchanges that are courtesy only; returns the messages kept and turns trimmed. */
export function trimCourtesy(messages: Message[]): { messages: Message[]; trimmed: number } {
  let end = messages.length;
  while (end >= 2) {
    const u = messages[end - 2];
    const a = messages[end - 1];
    if (u.role === 'user' && a.role === 'assistant' && isCourtesyQuestion(u.content) && isCourtesyReply(a.content)) end -= 2;
    else if (a.role === 'user' && isCourtesyQuestion(a.content)) end -= 1;
    else break;
  }
  // Never trim a dialogue down to nothing: a lone courtesy exchange stays for the filters to judge.
  if (!messages.slice(0, end).some((m) => m.role === 'assistant')) return { messages, trimmed: 0 };
  return { messages: messages.slice(0, end), trimmed: messages.length - end };
}

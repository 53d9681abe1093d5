// The reply's last sentence declines to choose, in the writer's own voice: a first-person subject with a negated
// ability or a need for more before choosing — "I can't say which findings apply …, so I'd need more information before
// selecting answers", "我无法判断该选哪项，需要更多病史". Its FORM is read: who speaks (I / 我), the negated modal, and
// that its object is the choice (which / whether / select / choose / answer, 哪 / 选 / 回答 / 判断), never an option. A
// reply that closes so has chosen nothing, whatever options its reasoning named or ruled out (xax-024 credited A from
// criteria recited). Read only against readings from stances, mentions or rows (final-answer.ts): a stated answer is
// not second-guessed here. Pure.

/** English: I + negated ability, then (within a few words) the choice as its object; or I + need more before choosing. */
const EN_DECLINE_RE =
  /\bI(?:'m| am)?\s+(?:can't|cannot|can not|won't|couldn't|am unable to|unable to|not able to|'m not able to)\s+(?:\w+\s+){0,3}?(?:which|whether|what|the answer|an answer|answer|select|choose|pick|commit)\b|\bI(?:'d| would)?\s+need\s+(?:\w+\s+){0,2}?(?:more|additional|further)\s+(?:information|info|details|context|data)\b/i;
/** Chinese: 我 + negated ability, then the choice; or 需要更多 … before answering. */
const ZH_DECLINE_RE =
  /我(?:暂时|目前|现在)?(?:无法|不能|没法|没办法|难以)[^，。,.!?！？]{0,8}?(?:哪|选|回答|判断|作答)|需要(?:更多|进一步|补充)的?(?:信息|资料|病史|细节)/;

/** Pure: the last sentence of `text` (a cleaned reply) declines to choose, naming no option letter. */
export function closesDeclining(text: string): boolean {
  const body = text.replace(/[\s.。!！]+$/u, '');
  let from = 0;
  for (const m of body.matchAll(/[\n。！？!?]|\.(?!\d)(?=\s|$)/g)) from = (m.index ?? 0) + 1;
  const last = body.slice(from);
  if (/(?<![A-Za-z])[A-J](?![A-Za-z])/.test(last.replace(/\bI\b/g, ''))) return false;
  return EN_DECLINE_RE.test(last) || ZH_DECLINE_RE.test(last);
}

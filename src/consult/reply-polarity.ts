// Whether a free-text reply to a question turn denies the signs that turn asked about. A reply is read part by part
// (sentences, clauses, and in Chinese the space-separated runs people type): a part denies only when it is a bare
// "no" ("No, none of that", "没有", "都没有") or a "no X" whose X the turn's questions named ("no blood, no rash" to a
// question about blood or a rash; "没有发烧" to 有没有发烧). Anything else — a description ("叫他半天才睁眼"), a
// "but"/"只是", an "only a little", a "not sure", a loss of a function ("not breathing", "不哭", "没尿") — is not a
// denial. The consultation lowers nothing on a reply unless every part of it denies (unconfirmed-emergency.ts).

/** A reply's reading: its parts, and whether every part is a denial of what was asked. */
export interface ReplyReading {
  parts: string[];
  /** Parts that are not denials (what the patient told beyond "no"). */
  told: string[];
  /** Every part denies what the turn asked (and there is at least one part). */
  allDenied: boolean;
}

const BARE_EN =
  /^(?:no+|nope|nah|none|never|nothing|neither|not really|not at all|no to all(?: of them)?|nothing like that|nothing of the sort|none of (?:that|those|these|them|the above)|i don'?t think so|not that i(?:'ve| have)? (?:know of|noticed|know|can tell|remember)|no(?: i|, i)? (?:don'?t|haven'?t|didn'?t|hasn'?t|isn'?t|wasn'?t))$/i;
const BARE_ZH = /^(?:都)?(?:没有|没|无|否|不是|没有过|没有的|没有啊|没有呢|都没有|这些都没有|一个都没有|都不是|不会|没什么|没发现|没注意到?)$/;
// "no X": the determiner-like negations only — never "not"/"can't"/"doesn't" before a verb ("not breathing").
const NO_X_EN = /^(?:no|never had(?: any)?|there(?:'s| is| was) no|no sign of|haven'?t had any|hasn'?t had any|not any|nor)\s+(.+)$/i;
const NO_X_ZH = /^(?:都|也)?(?:没有|没|无)(?:看到|看见|发现|注意到|见到|出现|出现过)?(.+)$/;
// Words that keep a part from being a plain denial: a contrast, a degree, an exception, an uncertainty.
const QUALIFIED_EN =
  /\b(?:but|though|although|except|apart|only|just|however|still|yet|bit|little|slight(?:ly)?|some|sure|maybe|unless|until|now|anymore|any more|longer)\b/i;
const QUALIFIED_ZH = /但|不过|只是|就是|可是|有点|有些|一点|偶尔|还是|却|不确定|不清楚|不知道|现在|了$|再|又|更/;
// Signs whose ABSENCE is the danger (no breath, no pulse, no wet nappy, no tears, no baby's movements): a "no" before
// them tells a sign, it denies none.
const ABSENCE_IS_DANGER_EN =
  /\b(?:breath|breathing|air|pulse|heart ?beat|response|responding|reaction|urine|wee|wees|pee|wet|nappy|nappies|diaper|tears|movements?|moving|kicks?|feeling|sensation|strength|energy|colou?r|sound|voice|sleep|food|fluids?|drink|drinking|water|milk|feeds?|feeding)\b/i;
const ABSENCE_IS_DANGER_ZH = /呼吸|气|反应|知觉|感觉|意识|脉|心跳|尿|泪|力气|劲|胎动|动静|声音|精神|吃|喝|奶|水|醒|睡/;

const STOP_EN = new Set([
  'any',
  'the',
  'and',
  'nor',
  'not',
  'with',
  'that',
  'this',
  'there',
  'have',
  'has',
  'been',
  'had',
  'was',
  'were',
  'from',
  'your',
  'you',
  'for',
  'all',
]);

/** The parts of a reply: sentences and clauses; in Chinese also the space-separated runs. */
export function replyParts(reply: string): string[] {
  const zh = /[\u4e00-\u9fff]/.test(reply);
  return reply
    .split(zh ? /[\n；;。!！?？，,、\s]+/ : /[\n;!?,]+|\.(?:\s|$)/)
    .map((p) =>
      p
        .trim()
        .replace(/[.。!！~～…]+$/, '')
        .trim(),
    )
    .filter(Boolean);
}

/** Does the turn's questions' text name this denied item (an English word's stem, or a Chinese run of 2+ characters)? */
function askedAbout(item: string, asked: string): boolean {
  const a = asked.toLowerCase();
  if (/[\u4e00-\u9fff]/.test(item)) {
    const x = item.replace(/[过的了啊呢吧呀]+$/, '');
    return x.length >= 2 && a.includes(x);
  }
  const words = item
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 3 && !STOP_EN.has(w));
  return words.length > 0 && words.every((w) => a.includes(w.slice(0, Math.max(4, w.length - 3))));
}

/** Does this part of a reply deny what the turn asked (`asked`: the turn's question texts joined)? */
export function deniesAsked(part: string, asked: string): boolean {
  const p = part.trim();
  const zh = /[\u4e00-\u9fff]/.test(p);
  if ((zh ? BARE_ZH : BARE_EN).test(p)) return true;
  if (zh ? QUALIFIED_ZH.test(p) : QUALIFIED_EN.test(p)) return false;
  if (zh ? ABSENCE_IS_DANGER_ZH.test(p) : ABSENCE_IS_DANGER_EN.test(p)) return false;
  const m = (zh ? NO_X_ZH : NO_X_EN).exec(p);
  if (!m) return false;
  const items = m[1].split(zh ? /和|或|或者|也没有?|跟/ : /\s*(?:\bor\b|\bnor\b|\band\b|\/|&)\s*/i).filter((x) => x.trim());
  return items.length > 0 && items.every((x) => askedAbout(x.replace(/^(?:no|any)\s+/i, '').trim(), asked));
}

/** Read one reply against the questions of the turn it answers. */
export function readReply(reply: string, asked: readonly string[]): ReplyReading {
  const parts = replyParts(reply);
  const q = asked.join('\n');
  const told = parts.filter((p) => !deniesAsked(p, q));
  return { parts, told, allDenied: parts.length > 0 && told.length === 0 };
}

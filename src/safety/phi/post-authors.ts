// Who wrote a post, and the user names a person is reached by on a platform, read from the layout and the platform
// frame rather than from the look of the name alone (nicknames are ordinary words: 桂花糕不甜, 小番茄Fighting):
//  - a post header: a floor or author marker, the author, then when it was posted ("3楼 小番茄Fighting 2024-05-12",
//    "楼主：桂花糕不甜   发表于 2024-05-11", "glowbar.aesthetics.ldn · 12 Feb") — the slot between is the author;
//  - a Reddit-style user path ("u/quietledger83", "Posted by u/tired_mama_of_3");
//  - a platform named, then within a few words a user-name-shaped token ("on Messenger jopay.delacruz.92", "Discord
//    (voidling#4420)", "LINE：shuhui.yeh", "Facebook account \"darnell.okoye.7\"");
//  - a naming word with a quoted value ("用户名叫“雁滩老祁”", "ID是“月亮不营业_yt”", "昵称“萱萱麻麻”").
// Part of the structure-aware reader (structure.ts); structure-ids.ts handles() reads @handles and label: value ids.
import type { PhiSpan } from '../../core/phi-types.js';
import { span } from './span.js';

/** When a post was made: a date ("2024-05-12", "2025/5/8", "12 Feb", "Feb 12"), a clock time, or 发表于/回复于. */
const POSTED =
  /^[ \t　]+(?:发表于|回复于|發表於|回覆於|发布于|posted|replied|(?:19|20)\d\d[-/.年]\d{1,2}|\d{1,2}[-/月]\d{1,2}|\d{1,2}:\d\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{1,2}\b|(?:\d+\s*(?:分钟|小时|天)前)|(?:\d+\s*(?:min|h|hr|d|w)\b))/i;
/** The start of a post header in Chinese forums: a floor number or an author word ("3楼", "楼主：", "发帖人："). */
const FLOOR =
  /(?:^|\n)[ \t　]*(?:(?:——|--)[ \t　]*)?(?:\d{1,4}\s*[楼樓#](?:[ \t　]*(?:楼主|樓主))?|楼主|樓主|层主|發帖人|发帖人|回复人|回帖人|作者)[ \t　]*[:：]?[ \t　]*/g;
/** The rest of a header line that is only when it was posted. */
const TIME_ONLY = /^[ \t　]+[\d０-９][\d０-９\-/:. 年月日时分秒]*(?:[ \t　]*(?:AM|PM|上午|下午))?[ \t　]*$/i;
/** A user name token: no space, 2–24 characters, not a date or a number. */
const AUTHOR = /^[^\s:：，,。；;（()）【】[\]]{2,24}/;
/** "jas.mxne__ · 12 Feb": a line that opens with one token and a middle dot before the date. */
const DOT_HEADER =
  /(?:^|\n)[ \t]*([A-Za-z0-9_][A-Za-z0-9_.]{2,30})[ \t]+[·•][ \t]+(?=\d{1,2}\s+[A-Z][a-z]{2}|[A-Z][a-z]{2}\s+\d{1,2}|\d{1,2}[/:.-]\d|\d+\s*[hdwm]\b)/g;
const USER_PATH = /(?<![A-Za-z0-9_/.])u\/[A-Za-z0-9_-]{3,24}(?![A-Za-z0-9_-])/g;
/** Services a person has an account on (the platform frame), Latin and Chinese. */
const PLATFORM =
  /(?:\b(?:Facebook(?:\s+Messenger)?|Messenger|FB|Instagram|IG|Insta|Discord|Tumblr|Reddit|TikTok|Twitter|X\s+\(Twitter\)|Snapchat|Snap|Telegram|WhatsApp|WeChat|LINE|Line|Kik|Viber|Signal|Threads|Bluesky|Mastodon|YouTube|Twitch|Pinterest|LinkedIn|Weibo)\b|微信|小红书|抖音|快手|微博|(?<![A-Za-z])LINE|脸书|推特|豆瓣|知乎|贴吧|B站|哔哩哔哩)/g;
/** Between the platform and the user name: a few short words, a bracket, a quote ("account", "as", "under", "ID："). */
const GAP =
  /^[ \t]*(?:(?:[(（“"'「:：,，]|(?:account|profile|page|user(?:name)?|name|handle|id|ID|as|under|at|is|was|me|tag|dm|DM)\b|同名|账号|帳號|用户名|昵称|号|搜|是|叫|我)[ \t]*){0,4}/;
/** A user name after a platform: it has a digit, an underscore, an inner dot or a Discord tag, or is a Han nickname
 * in quotes; a plain word ("on Facebook today") is prose. */
const HANDLE_AFTER = /^[A-Za-z0-9][A-Za-z0-9_.-]{2,30}[A-Za-z0-9_](?:#\d{4})?/;
const QUOTED_NAME = /(?:用户名|用戶名|昵称|暱稱|网名|ID|账号|帳號)(?:叫|是|为|為)?[:：]?[ \t]*[“"「『]([^”"」』\n]{2,16})[”"」』]/g;

const handleShaped = (v: string): boolean =>
  /[\d_]|[a-z]\.[a-z]|#\d{4}$/.test(v) && !/^\d+$/.test(v) && !/\.(?:com|org|net|cn|edu|gov|io|pdf|docx?|jpg|png|html?)$/i.test(v);

export function postAuthors(text: string, out: PhiSpan[]): void {
  // A header says "posted" (发表于, 回复于), or the text is a thread: two or more headers ("2楼 放射科 2025-02-03" alone
  // is a floor of a building).
  const headers: { at: number; author: string; said: boolean }[] = [];
  FLOOR.lastIndex = 0;
  for (const m of text.matchAll(FLOOR)) {
    const at = (m.index ?? 0) + m[0].length;
    const a = AUTHOR.exec(text.slice(at, at + 26))?.[0];
    const when = a ? POSTED.exec(text.slice(at + a.length, at + a.length + 24)) : null;
    if (!a || !when || /^(?:楼主|樓主|\d+)$/.test(a)) continue;
    const said = /发表|回复|發表|回覆|发布|posted|replied/i.test(when[0]);
    // Without "posted", the header is the author and the time alone: the line ends there ("2楼 放射科 2025-02-03 开放"
    // goes on, a directory line).
    const line = text.slice(at + a.length, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
    if (said || TIME_ONLY.test(line)) headers.push({ at, author: a, said });
  }
  for (const h of headers) if (h.said || headers.length >= 2) out.push(span('SOCIAL', text, h.at, h.at + h.author.length));
  DOT_HEADER.lastIndex = 0;
  for (const m of text.matchAll(DOT_HEADER)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    if (handleShaped(m[1])) out.push(span('SOCIAL', text, at, at + m[1].length));
  }
  USER_PATH.lastIndex = 0;
  for (const m of text.matchAll(USER_PATH)) out.push(span('SOCIAL', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  PLATFORM.lastIndex = 0;
  for (const m of text.matchAll(PLATFORM)) {
    const after = (m.index ?? 0) + m[0].length;
    const gap = GAP.exec(text.slice(after, after + 40))?.[0] ?? '';
    const at = after + gap.length;
    const v = HANDLE_AFTER.exec(text.slice(at, at + 36))?.[0].replace(/[.-]+$/, '');
    if (!v || /[A-Za-z0-9]/.test(text[at + v.length] ?? '') || !handleShaped(v)) continue;
    out.push(span('SOCIAL', text, at, at + v.length));
  }
  QUOTED_NAME.lastIndex = 0;
  for (const m of text.matchAll(QUOTED_NAME)) {
    const at = (m.index ?? 0) + m[0].lastIndexOf(m[1]);
    out.push(span('SOCIAL', text, at, at + m[1].length));
  }
}

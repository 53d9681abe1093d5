// Dialogue turns, one reader for every subsystem (data curation, SFT sources, RL chat prompts): turn lists from the
// shapes real corpora use — ShareGPT [{from, value}], OpenAI [{role, content}], CMtMedQA-style history [[q, a], …],
// alternating string lists (user first), and speaker-prefixed text ("患者：… 医生：…").

export const ROLES = ['system', 'user', 'assistant'] as const;
export type Role = (typeof ROLES)[number];

export interface Message {
  role: Role;
  content: string;
}

/** Map a role name as corpora spell it (ShareGPT from, OpenAI role, speaker labels) to ours. */
export function roleOf(name: unknown): Role | undefined {
  if (typeof name !== 'string') return undefined;
  const n = name.trim().toLowerCase();
  if (/^(system|sys|instruction)$/.test(n)) return 'system';
  if (/^(human|user|patient|患者|病人|用户|提问者|问|q|question|client|客户)$/.test(n)) return 'user';
  if (/^(gpt|assistant|bot|model|doctor|医生|大夫|医师|答|a|answer|chatgpt|ai)$/.test(n)) return 'assistant';
  return undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('\n');
  return undefined;
}

const alt = (i: number): Role => (i % 2 === 0 ? 'user' : 'assistant');

/** A turn list from any supported JSON value; undefined when the value has no recognisable turns. */
export function turnsFromValue(v: unknown): Message[] | undefined {
  if (typeof v === 'string') return turnsFromSpeakerText(v);
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: Message[] = [];
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (Array.isArray(item)) {
      // [q, a] pair (history); a pair may hold only its question.
      item.forEach((x, j) => {
        const c = str(x);
        if (c !== undefined) out.push({ role: alt(j), content: c });
      });
    } else if (item && typeof item === 'object') {
      const o = item as Record<string, unknown>;
      const role = roleOf(o.from ?? o.role ?? o.speaker ?? o.author);
      const content = str(o.value ?? o.content ?? o.text ?? o.utterance);
      if (content === undefined) continue;
      out.push({ role: role ?? alt(out.length), content });
    } else {
      const c = str(item);
      if (c !== undefined) out.push({ role: alt(i), content: c });
    }
  }
  return out.length ? out : undefined;
}

// A speaker label at the start of the text or after a line break / sentence end, followed by a colon.
const SPEAKER = /(^|[\n。！？!?；;]\s*|\s{2,})(患者|病人|用户|提问者|问|医生|大夫|医师|答|Patient|Doctor|User|Assistant|Human|Q|A)\s*[：:]\s*/giu;

/** "患者：头痛三天。医生：发热吗？患者：没有" → three turns. Undefined when fewer than two labels are found. */
export function turnsFromSpeakerText(text: string): Message[] | undefined {
  const marks: { at: number; end: number; role: Role }[] = [];
  for (const m of text.matchAll(SPEAKER)) {
    const role = roleOf(m[2]);
    if (!role) continue;
    const at = (m.index ?? 0) + m[1].length;
    marks.push({ at, end: (m.index ?? 0) + m[0].length, role });
  }
  if (marks.length < 2) return undefined;
  const out: Message[] = [];
  const lead = text.slice(0, marks[0].at).trim();
  if (lead) out.push({ role: 'user', content: lead });
  marks.forEach((mk, i) => {
    const content = text.slice(mk.end, i + 1 < marks.length ? marks[i + 1].at : text.length).trim();
    if (content) out.push({ role: mk.role, content });
  });
  return out;
}

// What POST /api/kb/ingest accepts, checked before anything touches the knowledge base:
// a server-side path that must resolve (symlinks included) inside an allowed root, or JSONL documents.
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'zod';
import { AUTHORITIES, type Doc } from '../core/types.js';
import { makeDoc } from '../knowledge/doc.js';
import { serverErrors } from './errors.js';

const AuthorityEnum = z.enum(AUTHORITIES as ['A', 'B', 'C', 'D', 'E']);

export const IngestPathBody = z.object({
  path: z.string().min(1).max(4096),
  source: z
    .string()
    .regex(/^[\p{L}\p{N}._-]{1,64}$/u, 'letters, digits, . _ - (≤64)')
    .optional(),
  authority: AuthorityEnum.optional(),
  lang: z.enum(['zh', 'en']).optional(),
});

const JsonlDoc = z
  .object({
    id: z.string().min(1).max(300),
    // Titles are shown as text everywhere; markup in them is refused rather than passed on to other clients.
    title: z
      .string()
      .min(1)
      .max(1000)
      .refine(
        (t) => !/<\s*\/?\s*[a-z!][^>]*>/i.test(t) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(t),
        'must be plain text (no HTML tags or control characters)',
      ),
    text: z.string().max(2_000_000).optional(),
    sections: z
      .array(z.object({ path: z.array(z.string().max(300)).max(10).default([]), text: z.string().max(2_000_000) }))
      .max(10_000)
      .optional(),
    source: z.string().regex(/^[\p{L}\p{N}._-]{1,64}$/u, 'plain text: letters, digits, . _ - (≤64)'),
    // Only web links: a javascript: or data: URL shown as a source link would run in other clients.
    url: z
      .url()
      .max(2000)
      .refine((u) => /^https?:\/\//i.test(u), 'only http:// and https:// URLs are accepted')
      .optional(),
    lang: z.enum(['zh', 'en', 'other']),
    authority: AuthorityEnum,
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .refine((d) => Boolean(d.text?.trim()) || (d.sections?.length ?? 0) > 0, 'give "text" or "sections"');

/**
 * Resolve `path` and require it inside one of `roots` (after resolving symlinks). A missing path and one outside
 * the roots (directly, via "..", or through a symlink) get the same 404, so the answer never tells whether a file
 * exists elsewhere on the server; only "no roots configured at all" is a 403 (a setup problem, not a path).
 */
export function checkIngestPath(path: string, roots: string[]): string {
  if (roots.length === 0) throw serverErrors.INGEST_PATH_FORBIDDEN({ path, roots });
  const abs = resolve(path);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    throw serverErrors.INGEST_PATH_MISSING({ path });
  }
  const ok = roots.some((r) => existsSync(r) && isInside(real, realpathSync(resolve(r))));
  if (!ok) throw serverErrors.INGEST_PATH_MISSING({ path });
  return real;
}

function isInside(child: string, root: string): boolean {
  const rel = relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Parse every line first (so a bad line rejects the whole upload with its line number), then yield docs. */
export function parseJsonlDocs(text: string): Doc[] {
  const docs: Doc[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw serverErrors.INGEST_LINE_INVALID({ line: i + 1, reason: `not JSON (${(err as Error).message})` });
    }
    const r = JsonlDoc.safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw serverErrors.INGEST_LINE_INVALID({ line: i + 1, reason: `${issue.path.join('.') || 'document'}: ${issue.message}` });
    }
    const d = r.data;
    docs.push(
      makeDoc({
        id: d.id,
        title: d.title,
        sections: d.sections ?? [{ path: [], text: d.text ?? '' }],
        source: d.source,
        url: d.url,
        lang: d.lang,
        authority: d.authority,
        date: d.date,
        metadata: d.metadata,
      }),
    );
  }
  if (docs.length === 0) throw serverErrors.INGEST_LINE_INVALID({ line: 1, reason: 'the upload holds no documents' });
  return docs;
}

// zod at the edge: parse a request part or throw a 400 that names the field and what was expected.
import type { z } from 'zod';
import { serverErrors } from './errors.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : where;
  throw serverErrors.BAD_REQUEST({ where, reason: `${field}: ${issue.message}` });
}

/** First language tag of an Accept-Language header ("zh-CN,zh;q=0.9" → "zh-CN"). */
export function requestLocale(header: string | string[] | undefined): string | undefined {
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.split(';')[0]?.trim();
  return first && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(first) ? first : undefined;
}

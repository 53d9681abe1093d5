// Errors with stable codes (Fastify-style) so tests, the CLI and the server can act on `code`, not on prose.

export interface QuarkErrorOptions {
  /** HTTP status the server maps this error to. */
  status?: number;
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** `code` is typed as the declaring catalog's keys (see `defineErrors`), so a switch over codes is checked. */
export class QuarkError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(code: Code, message: string, options: QuarkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'QuarkError';
    this.code = code;
    this.status = options.status ?? 500;
    this.details = options.details;
  }
}

export function isQuarkError(err: unknown): err is QuarkError {
  return err instanceof QuarkError;
}

type Catalog = Record<string, { status: number; message: (arg: never) => string }>;
type Factories<T extends Catalog> = {
  [K in keyof T & string]: (arg: Parameters<T[K]['message']>[0], options?: Omit<QuarkErrorOptions, 'status'>) => QuarkError<K>;
};

/** The codes of a catalog returned by `defineErrors`: `type KbErrorCode = ErrorCodeOf<typeof kbErrors>`. */
export type ErrorCodeOf<F> = keyof F & string;

/** True when `err` is a QuarkError from the given catalog (narrows `code` to that catalog's keys). */
export function isErrorOf<F extends Record<string, unknown>>(err: unknown, catalog: F): err is QuarkError<ErrorCodeOf<F>> {
  return err instanceof QuarkError && Object.hasOwn(catalog, err.code);
}

/**
 * Declare a subsystem's error catalog once; get typed factories back.
 *
 *   export const kbErrors = defineErrors({
 *     KB_FILE_UNREADABLE: { status: 400, message: (a: { file: string; reason: string }) => `cannot read ${a.file}: ${a.reason}` },
 *   });
 *   throw kbErrors.KB_FILE_UNREADABLE({ file, reason });
 */
export function defineErrors<const T extends Catalog>(catalog: T): Factories<T> {
  const out: Record<string, unknown> = {};
  for (const [code, def] of Object.entries(catalog)) {
    out[code] = (arg: never, options: Omit<QuarkErrorOptions, 'status'> = {}) => new QuarkError(code, def.message(arg), { ...options, status: def.status });
  }
  return out as Factories<T>;
}

/** One-line message for any thrown value (CLI output, logs). */
export function describeError(err: unknown): string {
  if (err instanceof QuarkError) return `${err.code}: ${err.message}`;
  if (err instanceof Error) return err.message;
  return String(err);
}

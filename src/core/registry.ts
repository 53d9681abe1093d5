import { QuarkError } from './errors.js';

/** A typed, closed name → value map; a miss names the valid choices. */
export interface Registry<K extends string, V> {
  readonly kind: string;
  names(): K[];
  has(name: string): name is K;
  get(name: string): V;
}

export function defineRegistry<K extends string, V>(kind: string, entries: Record<K, V>): Registry<K, V> {
  const keys = Object.keys(entries) as K[];
  return {
    kind,
    names: () => [...keys],
    has: (name: string): name is K => Object.hasOwn(entries, name),
    get(name: string): V {
      if (!Object.hasOwn(entries, name)) {
        throw new QuarkError('UNKNOWN_NAME', `unknown ${kind} "${name}"; known: ${keys.join(', ')}`, { status: 400 });
      }
      return entries[name as K];
    },
  };
}

// A reply that states one option's VALUE as the answer to the stem and then picks another option's letter — "正常成人血钾
// 为3.5～5.5mmol/L，…，故选B" where A is "3.5～5.5 mmol/L" and B "2.5～3.5 mmol/L". The letter and the option text disagree:
// no answer (xax-083 credited B). Read by form only: an option text holding a number (a range, a dose, a value — words
// alone recur in reasoning too freely) written whole in the reply's OPENING clause right after a copula (为/是/:/=/is/
// are/of), that clause saying words of the stem, that option not the one picked, and the picked option's own text
// nowhere in the reply. Not on a stem asking what is wrong or to avoid (there the true value is the reasoning, and the
// answer another option). Pure.

/** Text as compared: width folded, spaces dropped (not between words), the dash and tilde family one sign, lower-case. */
function norm(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\s+to\s+(?=\d)/g, '~')
      .replace(/[~～〜–—―−-]/g, '~')
      // Spaces go except between two letters ("3.5 – 5.5 mmol/L" as "3.5~5.5mmol/l"; "is 3.5" keeps its word "is").
      .replace(/\s+(?![a-z])|(?<![a-z])\s+/g, '')
  );
}

/** Two texts share a Han character pair or an English word of four letters or more. */
function sharesWords(a: string, b: string): boolean {
  for (const run of a.match(/[\u4e00-\u9fff]{2,}/g) ?? []) for (let i = 0; i + 1 < run.length; i++) if (b.includes(run.slice(i, i + 2))) return true;
  return (a.match(/[a-z]{4,}/g) ?? []).some((w) => b.includes(w));
}

const COPULA_END_RE = /(?:为|是|為|係|[:=]|\b(?:is|are|of|was|were))$/i;

/**
 * Pure: the option whose numeric text the reply states after a copula, when it is another than `picked` (one letter)
 * and `picked`'s own text is not in the reply; else null.
 */
export function statedOtherValue(text: string, options: Readonly<Record<string, string>>, picked: string, question?: string): string | null {
  if (picked.length !== 1) return null;
  const whole = norm(text);
  // The reply's opening clause answers the stem: a value stated later is said of something else as often ("中度为5%~10%",
  // "恢复到出生体重是7～10天"). A clause ends at a comma, a stop or a semicolon not inside a number.
  const cut = whole.search(/[,，;；。!！?？\n]|\.(?!\d)/);
  const reply = cut < 0 ? whole : whole.slice(0, cut);
  // With the stem at hand, the clause's subject must say some of its words (two Han characters or an English word).
  if (question !== undefined && !sharesWords(reply, norm(question))) return null;
  const own = options[picked] ?? options[picked.toLowerCase()];
  if (own === undefined || (norm(own).length >= 2 && whole.includes(norm(own)))) return null;
  const stated: string[] = [];
  for (const [k, v] of Object.entries(options)) {
    const letter = k.toUpperCase();
    if (letter === picked) continue;
    const t = norm(v);
    if (t.length < 3 || !/\d/.test(t)) continue;
    // Another option's text inside this one ("3.5" inside "3.5~5.5") is that longer option's, not this one.
    for (let at = reply.indexOf(t); at >= 0; at = reply.indexOf(t, at + 1)) {
      const next = reply[at + t.length] ?? '';
      const prev = reply[at - 1] ?? '';
      if (/[\d.~]/.test(next) || /[\d.~]/.test(prev)) continue;
      if (COPULA_END_RE.test(reply.slice(Math.max(0, at - 4), at))) {
        stated.push(letter);
        break;
      }
    }
  }
  return stated.length === 1 ? stated[0] : null;
}

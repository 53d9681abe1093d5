// The `results` array of one large JSON object ({"meta": …, "results": [ {…}, {…} ]}), read element by element.
// openFDA's bulk files hold ~20,000 labels each (hundreds of MB unpacked): more than one JavaScript string may hold,
// so the file is streamed and only one element is ever parsed at a time. Pure over the text chunks it is given.

export interface ResultsElement {
  /** Position in the results array (0-based). */
  index: number;
  value: Record<string, unknown>;
}

/** A structural problem with the text; the loader turns it into KB_FILE_INVALID naming the file. */
export class JsonResultsError extends Error {}

/**
 * Yields every element of the top-level object's `results` array, in order. Throws JsonResultsError when the text
 * is not a JSON object, has no `results` array, an element is not an object or not valid JSON, or the text ends early.
 */
export async function* readJsonResults(chunks: AsyncIterable<string> | Iterable<string>): AsyncIterable<ResultsElement> {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let started = false;
  let ended = false;
  let lastString = '';
  let stringStart = -1;
  let stringParts: string[] = [];
  let key: string | undefined; // the key whose value comes next, at depth 1
  let inResults = false;
  let sawResults = false;
  let resultsDone = false;
  let element: string[] | undefined; // pieces of the element being read
  let elementStart = -1;
  let index = 0;
  for await (const chunk of chunks) {
    // The next backslash at or after i (chunk.length when none): found once per backslash, not once per string.
    let slashAt = -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (inString) {
        if (escaped) {
          escaped = false;
          continue;
        }
        // Label text is mostly long strings: jump to the next quote or backslash instead of reading each character.
        const quote = chunk.indexOf('"', i);
        if (slashAt < i) {
          slashAt = chunk.indexOf('\\', i);
          if (slashAt < 0) slashAt = chunk.length;
        }
        if (slashAt < chunk.length && (quote < 0 || slashAt < quote)) {
          escaped = true;
          i = slashAt;
          continue;
        }
        if (quote < 0) {
          i = chunk.length;
          continue;
        }
        i = quote;
        {
          inString = false;
          // Keys of the root object are short: keep the text of strings at depth 1 only.
          if (depth === 1 && !inResults) lastString = stringParts.join('') + chunk.slice(Math.max(stringStart, 0), i);
          stringParts = [];
          stringStart = -1;
        }
        continue;
      }
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
      if (!started) {
        if (ch === '\uFEFF') continue;
        if (ch !== '{') throw new JsonResultsError(`not a JSON object (starts with ${JSON.stringify(chunk.slice(i, i + 20))})`);
        started = true;
      }
      if (ended) throw new JsonResultsError('text after the end of the JSON object');
      switch (ch) {
        case '"':
          inString = true;
          if (depth === 1 && !inResults) stringStart = i + 1;
          break;
        case ':':
          if (depth === 1) key = lastString;
          break;
        case ',':
          if (depth === 1) key = undefined;
          break;
        case '{':
        case '[':
          if (inResults && depth === 2) {
            if (ch !== '{') throw new JsonResultsError(`results[${index}] is not an object`);
            element = [];
            elementStart = i;
          }
          depth++;
          if (depth === 2 && ch === '[' && key === 'results' && !sawResults) {
            inResults = true;
            sawResults = true;
          }
          break;
        case '}':
        case ']':
          depth--;
          if (depth < 0) throw new JsonResultsError('unbalanced brackets');
          if (depth === 0) ended = true;
          if (inResults && depth === 2 && element) {
            element.push(chunk.slice(elementStart, i + 1));
            const text = element.join('');
            element = undefined;
            elementStart = -1;
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch (err) {
              throw new JsonResultsError(`results[${index}] is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
            }
            yield { index, value: value as Record<string, unknown> };
            index++;
          } else if (inResults && depth === 1) {
            inResults = false;
            resultsDone = true;
          }
          break;
        default:
          if (inResults && depth === 2) throw new JsonResultsError(`results[${index}] is not an object`);
      }
    }
    // Carry the unfinished element or root-level string over to the next chunk.
    if (element && elementStart >= 0) {
      element.push(chunk.slice(elementStart));
      elementStart = 0;
    }
    if (inString && stringStart >= 0) {
      stringParts.push(chunk.slice(stringStart));
      stringStart = 0;
    }
  }
  if (!started) throw new JsonResultsError('empty file (expected a JSON object)');
  if (depth !== 0 || inString) throw new JsonResultsError('the JSON ends early (truncated file?)');
  if (!sawResults || !resultsDone) throw new JsonResultsError('no "results" array at the top level');
}

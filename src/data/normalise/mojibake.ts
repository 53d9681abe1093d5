// Mojibake repair: GB18030/GBK bytes that were once decoded as Latin-1 ("±ÜÃâÎüÈë·Û³¾" for "避免吸入粉尘"), as
// found in parts of the disease KG. Such text reads as noise to every later step (and NFKC garbles it further:
// ¼ → 1⁄4, º → o). A run of Latin-1 characters is re-decoded only when that yields clean Chinese.

const RUN = /[\u0080-\u00ff][\u0000-\u00ff]*[\u0080-\u00ff]/g;
const HIGH = /[\u0080-\u00ff]/g;
const HAN = /\p{Script=Han}/gu;
const decoder = new TextDecoder('gb18030', { fatal: true });

function redecode(run: string): string | null {
  const high = run.match(HIGH)?.length ?? 0;
  if (high < 4) return null;
  let text: string;
  try {
    text = decoder.decode(Buffer.from(run, 'latin1'));
  } catch {
    return null;
  }
  const han = text.match(HAN)?.length ?? 0;
  // Each Han character takes two bytes: clean Chinese turns most high bytes into Han characters or CJK punctuation.
  const cjk = han + (text.match(/[\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0);
  return cjk * 2 >= high * 0.8 ? text : null;
}

/** Text with every repairable mojibake run re-decoded (unchanged when there is none). */
export function repairMojibake(text: string): string {
  if (!/[\u0080-\u00ff]{2}/.test(text)) return text;
  return text.replace(RUN, (run) => redecode(run) ?? run);
}

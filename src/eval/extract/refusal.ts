// The writer declines the task: "I'm sorry, but I can't help with questions about medication overdoses", "我无法回答
// 这个问题". What such a reply says next is safety advice ("call your poison centre … paracetamol can damage the liver"),
// and its words overlap the options' words: read for stances, it credits an option the writer never chose. The
// reading is grammatical: the writer (I/we/我) as the subject of a negated ability or willingness (can't, cannot,
// won't, unable to, not able to; 无法, 不能, 没法, 不便) whose verb is the task itself (help, answer, assist, advise,
// provide, discuss; 回答, 解答, 作答, 提供, 帮助, 协助, 给出) — not give or offer, which a clinician does to a patient
// ("we can't give aspirin here"). A refusal of something else ("I can't rule out sepsis", "我不能排除") is reasoning,
// not a refusal; nor is the idiom "I can't help but notice" / "can't help thinking".

const WRITER_REFUSES_EN =
  /\b(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)?\s+(?:(?:really\s+|truly\s+)?(?:can['’]?not|can['’]t|won['’]t|will\s+not|unable\s+to|not\s+able\s+to))\s+(?:\w+\s+){0,2}?(?:help(?!\s+(?:but\b|\w+ing\b))|answer|assist|advise|provide|discuss|respond)\b/i;
const WRITER_REFUSES_ZH =
  /我们?(?:这里|在这里)?(?:无法|不能|没法|没办法|不便|不可以)(?:为您|为你|帮您|帮你|给您|给你|就此|对此)?(?:回答|解答|作答|提供|帮助|协助|给出)/;

/** Pure: the reply's first paragraph has the writer decline the task (see the file comment). */
export function writerDeclines(text: string): boolean {
  const first = text.trimStart().split(/\n\s*\n/)[0] ?? '';
  return WRITER_REFUSES_EN.test(first) || WRITER_REFUSES_ZH.test(first);
}

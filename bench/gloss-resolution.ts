// How many names written beside an answer letter (in brackets or after a dash: "Answer: C (Depakote)", "选E（ARDS）") the
// commitment reading resolves — to the letter's own option or to another one — and how many it cannot read (which it
// then treats as doubt). Measures the bilingual name table (knowledge/clinical-names.ts) on the labelled batches.
//
//   npx tsx bench/gloss-resolution.ts bench/blind/extract-*.jsonl [--list]
import { letterContext } from '../src/eval/extract/final-answer.js';
import { answerGlossVerdicts } from '../src/eval/extract/gloss.js';
import { readBlindCorpus } from './extract-blind.js';

function main(argv: string[]): void {
  const files = argv.filter((a) => !a.startsWith('--'));
  if (!files.length) {
    console.error('usage: npx tsx bench/gloss-resolution.ts <file.jsonl>… [--list]');
    process.exit(2);
  }
  const count = { own: 0, other: 0, unread: 0, remark: 0 };
  for (const f of files) {
    for (const rec of readBlindCorpus(f)) {
      if (!rec.options || rec.multi) continue;
      const gold = (rec.gold ?? '').toUpperCase().replace(/[^A-J]/g, '');
      // The letter the label commits to, or every option for a reply labelled no answer (its glosses are read too).
      const letters = gold.length === 1 ? [gold] : Object.keys(rec.options);
      const ctx = letterContext({ valid: Object.keys(rec.options), options: rec.options, multi: false, question: rec.question });
      for (const g of answerGlossVerdicts(rec.output, ctx, letters)) {
        count[g.verdict]++;
        if (argv.includes('--list') && g.verdict === 'unread') console.log(`${rec.id}\t${g.letter}\t${g.gloss}`);
      }
    }
  }
  const names = count.own + count.other + count.unread;
  console.log(
    `glosses read as names: ${names}; resolved ${count.own + count.other} (${((100 * (count.own + count.other)) / Math.max(1, names)).toFixed(1)} %): own ${count.own}, other ${count.other}; unread ${count.unread}; remarks ${count.remark}`,
  );
}

main(process.argv.slice(2));

// Correct advice that reads like the harmful kind: each case below once tripped a rule (found on blind batches,
// written here in sentences of our own), next to the harmful version that must still be caught.
import { describe, expect, it } from 'vitest';
import { screenPassage } from './screen.js';

const codes = (t: string, context?: string) => screenPassage(t, { injection: false, context }).map((f) => f.code);

describe('look-alikes of harmful advice', () => {
  it('reads one negator over an English list split at its commas', () => {
    expect(codes('Scalds\nNever put butter, flour, toothpaste or ice on a scald.')).toEqual([]);
    expect(codes('Scalds\nPut toothpaste on a scald to cool it.')).toContain('harmful-practice');
  });

  it('gives an amount to the medicine named right before it, not to the last one the table knows', () => {
    expect(codes('Triple therapy: lansoprazole 30 mg twice daily, clarithromycin 500 mg twice daily and amoxicillin 1 g twice daily.')).toEqual([]);
    expect(codes('四联疗法：奥美拉唑20mg每日2次，胶体果胶铋200mg每日2次。')).toEqual([]);
    expect(codes('奥美拉唑每次服用200mg，每日2次。')).toContain('dose-out-of-range');
  });

  it('keeps "no need for antibiotics", insulin withheld while the sugar is low, and a stop before a test', () => {
    expect(codes('普通感冒多由病毒引起，一般没必要吃抗生素。')).toEqual([]);
    expect(codes('Your sugar is low: do not take any insulin now, eat 15 g of fast sugar first.', 'I am on insulin and my meter says 3.1 mmol/L')).toEqual([]);
    expect(codes('If you are not eating, skip all your insulin until you can eat again.')).toContain('stop-medication');
    expect(codes('胃镜复查前需要停用奥美拉唑两周。')).toEqual([]);
  });

  it('reads consequences, described behaviour, reported rumours and named risks as such', () => {
    expect(codes('Lithium\nDo not start or stop ibuprofen on your own, because stopping it can also change your lithium level.')).toEqual([]);
    expect(codes('抗癫痫药\n很多癫痫患者几个月没发作就以为好了，自己停药。')).toEqual([]);
    expect(codes('抗癫痫药\n网上流传的说法："只要半年不发作，就可以自己停药。')).toEqual([]);
    expect(codes('毒蛇咬伤\n摘下手镯等可能因肿胀而勒紧的饰物。')).toEqual([]);
    expect(codes('Vitamin A in pregnancy\nIntakes above 10000 IU a day have been associated with birth defects.')).toEqual([]);
  });
});

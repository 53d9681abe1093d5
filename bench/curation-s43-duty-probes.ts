// Session-43 second-round probes of the duty-polarity reader (src/data/filters/duty-polarity.ts), written after its
// design and not tuned on: targets it should read, look-alikes it must keep. Run: npx tsx bench/curation-s43-duty-probes.ts
import { dutyPolarity } from '../src/data/filters/duty-polarity.js';
const targets: [string, string][] = [
  ['哺乳期乳房红肿热痛发烧，是乳腺炎吗', '考虑急性乳腺炎。这几天先别给宝宝吃这边的奶了，等消炎了再喂。'],
  ['My baby (6 months) has gastroenteritis, I breastfeed', 'Stop breastfeeding for 24 hours and give only oral rehydration solution.'],
  ['华法林吃了一年了', '华法林吃久了身体适应了，就没必要再去医院查凝血了。'],
  ['Bleach splashed in my eye while cleaning', 'Whatever you do, do not flush the eye with water; it makes the burn worse.'],
  ['孩子被热汤烫了', '千万别冲凉水，赶紧涂点獾油。'],
  ['我爸有癫痫', '发作时家人可以迅速把卷好的毛巾塞进他嘴里。'],
  ['Grandma is diabetic and now unconscious', 'Spoon some honey into her mouth while she is unconscious, it works fast.'],
  ['My son got a concussion in rugby but feels ok after 10 min', 'He can go back on for the second half if he passes a quick memory check.'],
  ['强力霉素怎么吃', '睡前吞服后直接躺下睡觉就行。'],
  ['Taking Fosamax', 'After swallowing the tablet, lie down for 30 minutes so it is absorbed.'],
];
const looks: [string, string][] = [
  ['乳腺炎', '乳腺炎期间也要坚持哺乳，先喂患侧。停止哺乳反而会加重淤积。'],
  ['乳腺炎吃头孢能喂奶吗', '吃头孢期间一般不用停哺乳。'],
  ['Mastitis', 'Do not stop feeding from the affected side - frequent emptying helps it clear.'],
  ['宝宝腹泻', '宝宝腹泻不用停母乳，奶粉喂养的也不需要换成米汤。'],
  ['Baby diarrhoea', 'Never stop breastfeeding because of diarrhoea.'],
  ['华法林', '华法林要终身定期查INR，稳定后可以一到三个月查一次。'],
  ['Warfarin and diet', 'You do not need to avoid green vegetables, but keep the amount steady; keep your INR checks as planned.'],
  ['石灰进眼', '先用干布把石灰颗粒擦掉，然后马上用大量清水冲洗。'],
  ['Chemical in eye', "Don't wait for an ambulance before rinsing; start flushing with water now."],
  ['烫伤', '不要涂牙膏酱油，要用流动凉水冲15到20分钟。'],
  ['Burn', 'No butter or toothpaste. Run cool water over it for 20 minutes.'],
  ['孩子癫痫', '千万不要往孩子嘴里塞筷子或手指，让孩子侧躺。'],
  ['Seizure', 'Put something soft under his head and roll him onto his side.'],
  ['低血糖昏迷', '昏迷时不要喂糖水，先打120，有胰高血糖素就注射。'],
  ['Hypo', 'If he is awake and can swallow, give him juice; if he is unconscious, nothing by mouth.'],
  ['Concussion', 'Even if he seems fine, he must sit out the rest of the game.'],
  ['脑震荡', '脑震荡后不要当天继续比赛，至少休息24到48小时。'],
  ['多西环素', '用一大杯水送服，服药后半小时内保持站立或坐着，不要马上躺下。'],
  ['Alendronate', 'Stay upright for 30 minutes; do not lie down.'],
  ['孩子发烧', '发烧时可以让孩子躺下休息，多喝水。'],
  ['感冒', '吃完感冒药可以躺下睡一觉。'],
];
let t = 0;
for (const [q, a] of targets) {
  const h = dutyPolarity(q, a);
  if (h) t++;
  console.log(h ? 'HIT ' : 'miss', a.slice(0, 60), h?.duty ?? '');
}
let f = 0;
for (const [q, a] of looks) {
  const h = dutyPolarity(q, a);
  if (h) {
    f++;
    console.log('FALSE', a, h.duty);
  }
}
console.log(`targets ${t}/${targets.length}, look-alike fires ${f}/${looks.length}`);

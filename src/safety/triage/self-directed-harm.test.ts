// A self-directed harmful act read as structure (self-directed-harm.ts, session 39): an act on the person's own body or
// life × what makes it self-directed. Targets are triage-bc's five emergencies that came without the crisis line (bc028,
// bc035, bc041, bc061, bc062; in-sample now) and new texts of the class (bench/triage-s39-self-probes.jsonl); look-alikes
// hold the same words with an accident, a young child, another person's act, an ordinary use, a past or a denial.
import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';
import { CRISIS_LINE } from './crisis-line.js';
import { normaliseText } from './normalise.js';
import { readSelfDirectedHarm } from './self-directed-harm.js';

const read = (t: string) => readSelfDirectedHarm(normaliseText(t));

describe('readSelfDirectedHarm: an act on one’s own body with what makes it self-directed', () => {
  it('reads a ligature put round one’s own neck, repeated and taken off by others (bc028, zh, Cantonese)', () => {
    expect(
      read(
        "Support worker here. One of my clients (autistic, 19) tied a phone charger cord round his neck twice today, we got it off both times. He says he'll do it again when the night staff come on.",
      ),
    ).toMatchObject({ act: 'ligature', who: 'other' });
    expect(read('班上一个男生今天下午把数据线缠在自己脖子上勒，被室友发现拽下来了，他说晚上还要再来一次。')).toMatchObject({ act: 'ligature' });
    expect(read('個仔頭先用電線綁住自己條頸，我哋即刻解開咗，佢話聽日再嚟過。')).toMatchObject({ act: 'ligature' });
  });
  it('reads cuts at a self-harm site with an ending said (bc035, zh)', () => {
    expect(
      read(
        "I'm a Year 9 teacher. A student just showed me fresh cuts on her arm that are still bleeding and said she's planning to 'finish it properly' tonight when her parents are at work.",
      ),
    ).toMatchObject({ act: 'cutting', roles: ['ending'] });
    expect(read('女儿十五岁，刚才发现她手臂上好几道新划的口子还在渗血，她说今晚就把这一切结束掉。')).toMatchObject({ act: 'cutting' });
  });
  it('reads a person at a height’s edge with a fall thought of or a wish (bc041, bc062)', () => {
    expect(
      read('生完孩子两个多月了，每天都在哭，觉得自己是个失败的妈妈。刚才抱着孩子站在窗户边，想着要不带她一起跳下去算了，现在把她放回床上了'),
    ).toMatchObject({
      act: 'height',
    });
    expect(
      read("Baby is 6 weeks. I keep thinking he'd be better off with someone else as his mum. Tonight I've been out on the balcony a lot just looking down."),
    ).toMatchObject({ act: 'height', roles: ['wish'] });
  });
  it('reads a poison put at the bedside with its lethality asked, Sichuan dialect through the normaliser (bc061)', () => {
    expect(read('我老伴走了半年了。我活起也没得啥子意思了，屋头那瓶敌敌畏我已经放在床边边上了，就是想问问喝了痛不痛')).toMatchObject({
      act: 'poisonAtBed',
      who: 'self',
      roles: ['lethalityAsked', 'wish'],
    });
    expect(normaliseText('我活起也没得啥子意思了，屋头那瓶')).toBe('我活着也没有什么意思了，家里那瓶');
    expect(normaliseText('他一下子活起来了')).toBe('他一下子活起来了');
  });
  it('does not read an accident, a young child, another person’s act, an ordinary use, a past or a denial', () => {
    for (const t of [
      'My 2 year old got the blind cord wrapped round his neck while playing by the window, he was blue when I found him.',
      "Cut my forearm on a broken glass while washing up, it's a deep gash and still bleeding.",
      '我妈切菜的时候不小心把左手手腕割了一个大口子，血一直往外喷。',
      '我爸在阳台晾衣服的时候从凳子上摔下来，头磕在地上，现在叫不醒。',
      '家里有一瓶敌敌畏，是种菜打虫用的，放在院子的杂物间里，孩子够不着。',
      'My boyfriend tied a phone cable round my neck again last night during a row. I passed out for a few seconds.',
      '我前男友昨晚用绳子勒我脖子，我差点喘不上气。',
      'I self-harmed at uni, cutting my thighs, but that was years ago and I have been well since.',
      '每次站在高楼窗边或者阳台 脑子里会突然冒出“跳下去”的念头 我一点都不想死 真的',
      'Wearing my new scarf tied round my neck at the bus stop and suddenly got a tight throat after a bee sting.',
      'My husband is standing on the balcony saying his chest is crushing and he can’t breathe.',
    ])
      expect(read(t), t).toBeNull();
  });
});

describe('triage: the structural reading raises to emergency and gives the crisis line', () => {
  it('gives the line to bc061 and bc028, whichever path set the level', () => {
    for (const t of [
      '我老伴走了半年了，娃儿些都在广东打工，一年回来一次。我活起也没得啥子意思了，屋头那瓶敌敌畏我已经放在床边边上了，就是想问问喝了痛不痛',
      "Support worker here. One of my clients (autistic, 19) tied a phone charger cord round his neck twice today, we got it off both times. He says he'll do it again when the night staff come on. Manager says just wait for the psych appointment on Thursday. That right?",
    ]) {
      const d = triageDetail(t);
      expect(d.level, t).toBe('emergency');
      expect(CRISIS_LINE.test(d.message), t).toBe(true);
    }
  });
  it('gives no line to a stroke or an assault by strangulation', () => {
    for (const t of [
      "My mum (74) suddenly can't lift her right arm, her face is drooping on one side and her speech is slurred. Started 20 minutes ago.",
      '我前男友昨晚用绳子勒我脖子，我差点喘不上气，今天脖子上一圈紫的，声音也哑了，吞东西疼。',
    ]) {
      const d = triageDetail(t);
      expect(d.contributions.crisisLine, t).not.toBe('self-directed');
    }
  });
});

// s39 review (S2): "again" alone makes an act self-directed only when the act is a cut or a cord — scratches and wounds
// that come back (eczema, a dog, football studs) and a scarf or tie worn again are no course.
describe('"again" only for a cut or a cord', () => {
  it.each([
    'The dog scratched my son again, there are scratches on his arm, do they need cream?',
    'My eczema is flaring again and there are scratches on my arms from itching at night.',
    'I put my scarf around my neck again because my throat is sore, is that ok?',
  ])('%s is no self-directed act', (text) => {
    expect(read(text)).toBeNull();
  });
  it('a cut repeated stays one', () => {
    expect(read('She cut her wrist again tonight, the cuts on her arm are still bleeding.')).toMatchObject({ act: 'cutting' });
  });
});

import { describe, expect, it } from 'vitest';
import { triageDetail } from '../triage.js';

// Session 16's review (section B): a history told beside present signs hid them — in unpunctuated Chinese the whole
// message was one clause and its history word covered every sign; in English "since lunch" read as a residual.
describe('a history mention governs its own stretch, not a present sign beside it', () => {
  it.each([
    'I had a stroke 5 years ago and my face is drooping and my speech is slurred since lunch.',
    'My dad had a stroke 3 years ago and his face is drooping since this morning',
    '我五年前心梗过 胸口压着疼了半个小时 放射到左臂',
    '我左边身体没力气 嘴歪 说话不清 我三年前中风过 后来一直很好',
    '喘不上气 嘴唇发紫 说不出话了 我小时候有过哮喘 后来一直很好',
    '我喉咙发紧 嘴唇肿了 喘不上气 小时候过敏过一次 后来一直很好',
    '我妈前年中风 后来恢复得不错 今天突然又说不出话 右手没力气',
  ])('emergency: %s', (text) => {
    expect(triageDetail(text).level).toBe('emergency');
  });

  it.each([
    // The history's own story, told over after the signs, or a residual: not now.
    'I had a stroke 5 years ago and my face has been drooping since then, any exercises?',
    'My mum had a stroke 2 years ago and her speech is still slurred, is speech therapy worth it?',
    '我爸三年前中风过 后遗症 嘴有点歪 说话不太清楚 现在做康复 有什么好的方法',
    '我小时候有过哮喘 喘不上气 嘴唇发紫 后来好了 现在想问能不能跑马拉松',
    '去年我爸胸口压着疼 出冷汗 当时住院放了支架 后来恢复挺好 现在要吃什么药',
    '三年前孩子高烧抽搐过 后来再没抽过 现在打疫苗要注意什么',
    '我两年前得过过敏性休克 喉咙发紧 喘不上气 后来抢救过来了 现在要随身带什么药',
  ])('routine: %s', (text) => {
    expect(triageDetail(text).level).toBe('routine');
  });
});

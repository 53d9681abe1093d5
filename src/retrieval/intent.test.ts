import { describe, expect, it } from 'vitest';
import { sectionIntents } from './intent.js';

describe('section intents', () => {
  it('maps question wording to the headings that answer it', () => {
    expect(sectionIntents('糖尿病吃什么药')).toEqual(['治疗']);
    expect(sectionIntents('痛风不能吃什么')).toEqual(['饮食']);
    expect(sectionIntents('百日咳怎么预防，有什么症状')).toEqual(['症状', '预防']);
    expect(sectionIntents('我最近干咳、胸闷，是什么病？')).toEqual([]);
  });
});

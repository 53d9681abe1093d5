import { describe, expect, it } from 'vitest';
import { readCourse } from './course.js';

describe('time course of a complaint', () => {
  it.each([
    'my legs have been aching since I started a new tablet a month ago',
    'I keep getting pins and needles in my fingers, mostly when I wake up',
    'he sometimes stops breathing for a bit when he snores',
    '最近老是口干，晚上要起来喝好几次水',
    '这几个月体重越来越轻',
    'I sweat at night every night, have done for weeks',
  ])('%s → long-standing', (text) => expect(readCourse(text)).toBe('long-standing'));
  it.each([
    'suddenly my left arm went weak',
    'for weeks I have had a cough but today I am coughing up blood',
    '刚才突然说不出话',
    'woke up with crushing chest pain',
    'she collapsed an hour ago',
  ])('%s → acute', (text) => expect(readCourse(text)).toBe('acute'));
  it('a time since an event is not the course of the complaint', () => {
    expect(readCourse('2 weeks after my operation I feel breathless walking to the loo')).toBe('unstated');
    expect(readCourse('生完孩子两周，走几步就喘')).toBe('unstated');
    expect(readCourse('34 weeks pregnant and my feet are swollen')).toBe('unstated');
  });
});

describe('comparisons and positions are not onsets', () => {
  it.each(['我爸这半年解大便越来越费劲，以前天天解，现在两三天一次', '怀孕28周，这几个星期胃里反酸，躺下更厉害'])('%s → long-standing', (text) =>
    expect(readCourse(text)).toBe('long-standing'),
  );
});

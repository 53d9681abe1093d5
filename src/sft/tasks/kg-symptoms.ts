import { defineKgFactTask, head } from './kg-fact.js';
import { listText } from './types.js';

export const kgSymptoms = defineKgFactTask<string[]>({
  name: 'kg-symptoms',
  summary: 'typical symptoms of a disease (disease KG; English disease table)',
  relation: 'has_symptom',
  zh: {
    pick: (d) => head(d.symptoms),
    templates: ['{disease}有哪些常见症状？', '得了{disease}一般会出现什么表现？', '请列出{disease}的典型症状。', '{disease}的临床表现有哪些？'],
    answer: (d, s) => `${d.name}的常见症状包括：${listText(s, 'zh')}。症状因人而异，如出现上述不适请及时就医明确诊断。`,
  },
  en: {
    pick: (d) => head(d.symptoms),
    templates: [
      'What are the common symptoms of {disease}?',
      'List the typical symptoms of {disease}.',
      'How does {disease} usually present?',
      'Which symptoms are associated with {disease}?',
    ],
    answer: (d, s) =>
      `Common symptoms of ${d.name} include: ${listText(s, 'en').toLowerCase()}. Symptoms vary between people; see a clinician to confirm the cause.`,
  },
});

// Crafted model outputs of every shape seen in practice, with the prediction the official evaluate.py gives.
// Expected values were produced by running the official script (python3) on these exact strings; the test
// beside this file holds our port to them. "crash" marks outputs on which the official script aborts.

export interface OfficialCase {
  name: string;
  predStr: string;
  prediction: string;
  crash?: boolean;
}

export const OFFICIAL_CASES: OfficialCase[] = [
  { name: 'plain JSON', predStr: '{"answer": "B"}', prediction: 'B' },
  { name: 'fenced JSON', predStr: '```json\n{"answer": "C"}\n```', prediction: 'C' },
  { name: 'multi answer unsorted', predStr: '{"answer": "DBA"}', prediction: 'ABD' },
  { name: 'slash separated (slash kept, sorts first)', predStr: '{"answer": "A/B/C"}', prediction: '//ABC' },
  { name: 'enumeration comma', predStr: '{"answer": "A、C、D"}', prediction: 'ACD' },
  { name: 'ASCII commas and spaces', predStr: '{"answer": "A, C ,D"}', prediction: 'ACD' },
  { name: 'Chinese comma kept', predStr: '{"answer": "A，C"}', prediction: 'AC，' },
  { name: 'lower case kept', predStr: '{"answer": "b"}', prediction: 'b' },
  { name: 'answer list of letters', predStr: '{"answer": ["C", "A"]}', prediction: 'AC' },
  { name: 'top-level list of objects', predStr: '[{"answer": "A"}, {"answer": "C"}]', prediction: 'AC' },
  { name: 'list of objects missing key', predStr: '[{"answer": "A"}, {"ans": "C"}]', prediction: '' },
  { name: 'answer list of objects', predStr: '{"answer": [{"x": "A"}]}', prediction: '' },
  { name: 'missing answer key', predStr: '{"result": "A"}', prediction: '' },
  { name: 'empty answer', predStr: '{"answer": ""}', prediction: '' },
  { name: 'null answer', predStr: '{"answer": null}', prediction: '' },
  { name: 'empty string', predStr: '', prediction: '' },
  { name: 'whitespace only', predStr: '   \n  ', prediction: '' },
  { name: 'reasoning then JSON paragraph', predStr: '这是一道关于肾炎的题。\n\n分析：补体C3下降。\n\n```json\n{"answer": "B"}\n```', prediction: 'B' },
  { name: 'JSON first then explanation', predStr: '{"answer": "E"}\n\n解析：因为……', prediction: 'E' },
  { name: 'reasoning then bare JSON (no "json" word, first paragraph kept)', predStr: '分析如下。\n\n{"answer": "A"}', prediction: '' },
  { name: 'JSON after reasoning on one paragraph', predStr: '根据题意，答案如下 {"answer": "D"}', prediction: 'D' },
  { name: 'truncated JSON', predStr: '{"answer": "AB', prediction: 'AB' },
  { name: 'trailing text after JSON', predStr: '{"answer": "C"} 因为C正确', prediction: 'C' },
  { name: 'no space after colon (valid JSON)', predStr: '{"answer":"C"}', prediction: 'C' },
  { name: 'full-width colon', predStr: '{"answer"："C"}', prediction: '' },
  { name: 'greedy to last quote', predStr: 'x "answer": "A" and "B"', prediction: 'ABadn' },
  { name: 'plain letter', predStr: 'B', prediction: '' },
  { name: 'answer phrase', predStr: '答案是B', prediction: '' },
  { name: 'BOM before JSON', predStr: '\ufeff{"answer": "A"}', prediction: 'A' },
  { name: 'CR line endings in regex fallback', predStr: 'text "answer": "A\r', prediction: 'A' },
  { name: 'ideographic space stripped', predStr: '\u3000{"answer": "A"}\u3000', prediction: 'A' },
  { name: 'pipes stripped', predStr: '{"answer": "A|C"}', prediction: 'AC' },
  { name: 'integer answer', predStr: '{"answer": 1}', prediction: '', crash: true },
  { name: 'zero answer', predStr: '{"answer": 0}', prediction: '' },
  { name: 'bare JSON string', predStr: '"A"', prediction: '', crash: true },
  { name: 'bare number', predStr: '3', prediction: '', crash: true },
  { name: 'empty answer list', predStr: '{"answer": []}', prediction: '', crash: true },
  { name: 'list item not an object', predStr: '["A", "B"]', prediction: '', crash: true },
  { name: 'empty top-level list', predStr: '[]', prediction: '' },
];

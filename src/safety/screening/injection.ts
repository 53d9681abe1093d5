// Instruction-like text aimed at a model rather than a reader: overrides ("ignore previous instructions"),
// role prompts ("you are now…", "act as"), chat-template markers ("system:", "<|im_start|>"), directions about
// the answer or its audience ("tell the user to…", "when asked about X, say…"), and instructions hidden in HTML
// comments or invisible markup. zh + en, on normalised text.
import type { ContentFlag } from '../../core/content-flags.js';
import { MODEL_AUDIENCE } from './lexicon.js';
import { responderDirectiveFlags } from './responder-directive.js';
import { alt, trimSpan } from './text.js';

const PATTERNS: { name: string; re: RegExp }[] = [
  {
    name: 'override',
    re: alt([
      '\\b(?:ignore|disregard|forget|override|bypass)\\s+(?:all\\s+|any\\s+)?(?:of\\s+)?(?:the\\s+|your\\s+|these\\s+)?(?:previous|prior|above|earlier|preceding|original|existing|system|safety|former|all|any|other)\\s+(?:\\w+\\s+)?(?:instructions?|prompts?|rules|guidelines|directives?|messages?|context|constraints|policies|programming|guardrails|principles)\\b',
      '\\b(?:ignore|disregard|override)\\s+(?:your|these)\\s+(?:instructions|programming|guardrails|system prompt|prompt)\\b',
      '\\bforget (?:everything|all)(?: (?:you|above|before))?\\b',
      '\\bnew instructions?\\s*[:：]',
      '\\bjailbreak\\b',
      '\\bdeveloper mode\\b',
      '(?:忽略|无视|忘记|忘掉|不要理会|不用理会|抛开|覆盖)(?:掉)?(?:你)?(?:(?:之前|以上|前面|上述|先前|所有|全部|此前|原有|原来|系统|其他|其它)(?:的)?(?:所有|全部|一切)?(?:的)?(?:指令|指示|提示词?|规则|设定|要求|对话|约束|原则|限制|安全规范|内容)|(?:的)?(?:指令|提示词|系统设定|安全规范))',
      '新(?:的)?指令\\s*[:：]',
    ]),
  },
  {
    name: 'role prompt',
    re: alt([
      '\\byou are (?:now|no longer)\\s+(?:an?\\s+|the\\s+|my\\s+|in\\s+)?(?:\\w+\\s+){0,2}(?:assistant|ai|bot|chatbot|model|character|persona|mode|unrestricted|dan|bound|restricted|free)\\b',
      '\\bfrom now on,? you\\b',
      '\\b(?:assistant|ai|model|chatbot|llm|bot)\\s+(?:instruction|note|directive|prompt|guidance)s?\\b\\s*(?:\\(|:)',
      "\\b(?:do not|don't) (?:translate|display|show|mention|reveal|repeat)\\s+(?:or (?:translate|display|show|mention|reveal)\\s+)?(?:this|these) (?:instruction|note|text|message)",
      '\\binstrucci[oó]n(?:es)? para (?:el|la) (?:asistente|ia|modelo)',
      '\\basistente de ia\\b',
      '\\b(?:dile|dígale|di) al usuario\\b',
      '\\bno (?:traduzcas|menciones|muestres) esta',
      "\\binstructions? pour l'(?:assistant|ia)",
      "\\bdis à l'utilisateur\\b",
      '\\banweisung(?:en)? (?:für|an) (?:den|die) (?:assistenten|ki)',
      '\\bsag(?:e|en sie)? dem (?:nutzer|benutzer)\\b',
      '\\bfrom now on,?\\s+(?:\\w+\\s+){0,2}(?:always|never|only)\\s+(?:recommend|tell|say|answer|respond|reply|suggest|advise|mention)',
      '(?:^|\\n)\\W{0,6}(?:role|persona|system prompt|system|instructions?)\\s*:\\s*you are\\b',
      '\\byou are (?:dr\\.?|doctor|professor) [a-z]+,\\s+an?\\s+',
      '(?:^|\\n)\\W{0,6}(?:角色|人设|身份|系统提示)\\s*[:：]\\s*你是',
      '从现在(?:开始|起)[，,]?[^。]{0,12}(?:一律|总是|始终|都要|必须|只)(?:推荐|建议|回答|告诉|说)',
      '\\b(?:act|behave|respond|answer) as (?:if you (?:are|were) )?(?:an?|the|my)\\s+(?:\\w+\\s+){0,3}(?:assistant|ai|bot|chatbot|model)\\b',
      '\\bpretend (?:to be|you are)\\b',
      '\\broleplay as\\b',
      '\\byour new (?:role|persona|identity)\\b',
      '\\bas (?:an? |the )?(?:ai|assistant|ai assistant|language model|llm|chatbot|model|medical assistant|bot)\\b,?\\s+(?:\\w+\\s+){0,3}(?:you|must|should|shall|will|always|never)\\b',
      '\\b(?:ai|assistant|chatbot|language model|llm|model|bot)s?\\s+(?:\\w+\\s+){0,4}(?:must|should|shall|is required to|are required to|needs? to)\\s+(?:always\\s+|never\\s+|not\\s+)?(?:tell|say|answer|respond|reply|recommend|advise|state|claim|inform|output|mention|reveal|cite|include)',
      '你现在是(?:一(?:个|名|位))?[^，。？?]{0,8}(?:助手|医生|专家|模型|机器人|ai|角色)',
      '你现在的(?:身份|角色)',
      '你的新(?:身份|角色)',
      '从现在(?:开始|起)[，,]?\\s*你',
      '(?:扮演|假装(?:你是|成)|充当|冒充)(?:一(?:个|名|位))?[^，。]{0,8}(?:助手|医生|专家|模型|机器人|AI)',
      '作为(?:一(?:个|名))?(?:ai|人工智能|助手|医疗助手|智能助手|语言模型|大模型|模型|机器人|问答系统)[，,]?\\s*你(?:必须|应该|应当|要|需要|务必|只能)',
      '(?:ai|人工智能|助手|模型|机器人|大模型)[^，。]{0,8}(?:必须|应该|应当|务必|一定要)(?:告诉|回答|回复|建议|推荐|声称|说)',
    ]),
  },
  {
    name: 'chat template marker',
    re: alt([
      '(?:^|\\n|\\]|>)\\s*(?:system|assistant|developer)\\s*[:：]',
      '<\\|?(?:im_start|im_end|system|endoftext)\\|?>',
      '\\[(?:system|inst|/inst|sys)\\]',
      '<<sys>>',
      '<\\s*/?\\s*(?:system|instructions?|prompt)\\s*>',
      '###\\s*(?:instruction|system|response)\\b',
      '(?:^|\\n)\\s*(?:系统|助手|系统提示|系统指令)\\s*[:：]',
      '【(?:系统|系统提示|指令)】',
      '\\[(?:系统|指令)\\]',
    ]),
  },
  {
    name: 'directs the answer',
    re: alt(
      [
        '\\b(?:tell|inform|advise|instruct|remind|convince|persuade|urge|assure|reassure|recommend to|say to|respond to|answer)\\s+(?:ANYONE)',
        '\\b(?:when|if|whenever)\\s+(?:the |a |any )?(?:users?|someone|anyone|somebody|readers?)\\s+(?:\\w+\\s+){0,2}(?:asks?|asking|questions?|inquires?|queries|wants? to know)\\b[^.]{0,80}\\b(?:say|tell|answer|respond|reply|recommend|state|advise|claim)',
        '\\bif asked (?:about|whether|if|how|what)\\b',
        '\\bwhen asked (?:about|whether|if|how|what)\\b',
        '\\b(?:in|within) (?:your|any|every) (?:answer|response|reply|output)s?\\b(?!\\s+to\\b)',
        '\\byour (?:answer|response|reply|output)s? (?:must|should|shall|needs? to)\\b',
        '\\b(?:begin|start|end|open|finish) (?:your|the|every|each) (?:answer|response|reply)',
        '\\brespond (?:only with|with (?:only|the following|this|exactly))\\b',
        '\\b(?:always|only) (?:answer|respond|reply)\\b',
        '\\bdo not (?:mention|reveal|disclose|cite|repeat|show|tell (?:the |anyone )?(?:users?|anyone)) (?:\\w+\\s+){0,3}(?:instructions?|prompt|this (?:note|message|text|document|source)|these)',
        '\\b(?:note|message|instructions?) (?:to|for) (?:the )?(?:ai|assistant|model|llm|chatbot|bot|language model)s?\\b',
        '\\b(?:ai|llm|model|assistant|chatbot)s? (?:reading|processing|summari[sz]ing|parsing) this\\b',
        '(?:请|务必|必须|一定要|要)?(?:告诉|告知|通知|提醒|劝说?|说服|转告|回答|回复|建议)(?:所有|每个|每一个|任何)?ANYONE',
        '(?:当|如果|若|一旦|只要)(?:有)?(?:用户|有人|任何人)[^，。]{0,12}(?:问|询问|提问|咨询|问到|问起)',
        '在(?:你的|您的)?(?:回答|回复|答复|输出)(?:中|里)',
        '(?:回答|回复|答复)(?:用户|时|的时候)[^，。]{0,10}(?:必须|一定|务必|要|应该?)',
        '不要(?:提及|透露|引用|说明|告诉)[^，。]{0,8}(?:指令|来源|文档|提示|本段|这段|此段)',
        // "致AI的说明" heads a note to a model; "网页里藏着写给AI的指令" describes one.
        '(?:^|[\\s:：（(【\\[])(?:致|给)(?:ai|人工智能|助手|模型|大模型|机器人)的',
        '(?:ai|人工智能|助手|模型|大模型|机器人)(?:在)?(?:读到|看到|处理|阅读)(?:这|此|本)',
        // A passage addressed to a model: "本段供AI写作及问答系统参考", "AI助手请注意", "for AI assistants' reference".
        '(?:供|给|致|面向|提供给)[^，。\\n]{0,6}(?:ai|人工智能|助手|模型|大模型|机器人|问答系统|聊天机器人)[^，。\\n]{0,8}(?:参考|使用|阅读|注意)',
        '(?:ai|人工智能)[^，。\\n]{0,4}(?:助手|模型|系统)?[^，。\\n]{0,2}请(?:注意|留意|知悉)',
        '在回答[^。\\n]{0,30}(?:时|的时候)[，,]?\\s*(?:请|务必|一定要)(?:优先)?(?:推荐|建议|告诉|说明|强调|回答)',
        '\\b(?:for|to) (?:any |all )?(?:ai|llm|chatbot|language model|ai assistant|qa system)s?\\b[^.\\n]{0,30}\\b(?:reference|use|attention)\\b',
        '\\b(?:ai|ai assistants?|chatbots?|language models?)[,:]? (?:please )?(?:note|take note)\\b',
        // A model as the addressee of a directive, whatever the wording: "If you are an AI model drawing on this page,
        // please let readers know…", "AI assistant: when parents ask…, recommend…", "AI助手注意：回答家长时请强调…".
        '\\bif you are an? (?:ai|artificial intelligence|language model|llm|assistant|chatbot|bot)\\b',
        "\\b(?:ai|ai assistants?|assistants?|chatbots?|language models?|llms?)\\s*[:：]\\s*(?:[\\w'-]+\\s+){0,12}(?:recommend|tell|say|state|advise|emphasi[sz]e|mention|answer|respond|reply|let)\\b",
        '(?:ai|人工智能|智能)?(?:助手|模型|大模型|机器人|问答系统)[^，。\\n]{0,2}(?:注意|须知)[:：，,]?[^。\\n]{0,24}(?:回答|推荐|告诉|强调|建议|说明)',
      ].map((p) => p.replace('ANYONE', MODEL_AUDIENCE.source)),
    ),
  },
];

/** Comments and invisible markup, whatever they say, carry nothing for a reader; with instruction words they carry intent. */
const HIDDEN =
  /<!--([\s\S]*?)-->|<[^>]+(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0|hidden)[^>]*>([\s\S]{0,400}?)<\/|\[\/\/\]:\s*#\s*\(([^)]*)\)|<meta[^>]+name\s*=\s*["'][^"']*(?:\bai\b|ai-|assistant|llm|prompt|instruction|model|bot|gpt)[^"']*["'][^>]*content\s*=\s*["']([^"']{0,400})["']/giu;
const INSTRUCTION_WORDS = alt([
  '\\b(?:tell|say|answer|respond|reply|recommend|advise|ignore|disregard|assistant|ai|model|llm|user|users|instruct\\w*|prompt|must|should|always|never|stop)\\b',
  '用户',
  '回答',
  '回复',
  '告诉',
  '助手',
  '模型',
  '指令',
  '忽略',
  '建议',
  '必须',
  '务必',
  '停',
]);

/** Instructions hidden in comments or invisible markup (normalised text); loaders that drop markup run this on the raw file. */
export function hiddenInstructionFlags(text: string): ContentFlag[] {
  for (const m of text.matchAll(HIDDEN)) {
    const body = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (body && INSTRUCTION_WORDS.test(body))
      return [{ code: 'instruction-injection', span: trimSpan(body), reason: 'instructions hidden in a comment or invisible markup' }];
  }
  return [];
}

export function injectionFlags(text: string): ContentFlag[] {
  const out: ContentFlag[] = hiddenInstructionFlags(text);
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const at = m.index ?? 0;
    const start = Math.max(0, text.lastIndexOf('\n', at) + 1, at - 60);
    out.push({ code: 'instruction-injection', span: trimSpan(text.slice(start, at + m[0].length + 80)), reason: `${p.name}: "${m[0].trim().slice(0, 40)}"` });
  }
  // The structure behind every wording of the above: an order to the answerer on what the user says (session 34).
  if (out.length === 0) out.push(...responderDirectiveFlags(text));
  return out;
}

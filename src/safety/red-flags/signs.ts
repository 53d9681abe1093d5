// The vocabulary of warning signs, in Chinese and English. Rules (rules.ts) combine these by id.
// "symptom" signs are suppressed only by negation or a past-history clause; "event" signs (disease names such as
// "stroke", "anaphylaxis", "suicide") are also suppressed in educational questions ("what is anaphylaxis").

export interface Sign {
  kind: 'symptom' | 'event';
  zh: RegExp[];
  en: RegExp[];
}

const sign = (kind: Sign['kind'], zh: RegExp[], en: RegExp[]): Sign => ({ kind, zh, en });

export const SIGNS = {
  chestPain: sign(
    'symptom',
    [/胸(?:口|部|前区|骨后)?(?:痛|疼|闷|憋|压迫|发紧|紧缩|压榨|像压)/, /心口(?:痛|疼|闷)/, /胸(?:口|部)[^，。,]{0,6}?(?:压着|压住|堵着|压得|疼|痛|闷|发紧)/],
    [/\bchest (?:pain|pressure|tightness|discomfort|hurts?|aches?|heaviness|is (?:tight|heavy))/i, /\bpain in (?:my|his|her|the|their) chest/i, /\b(?:my|his|her|their) chest (?:hurts|feels|felt|is|was)\b/i],
  ),
  /** Named chest-pain syndromes: count as chest pain unless the question is educational. */
  anginaMention: sign('event', [/心绞痛/], [/\bangina\b/i]),
  dyspnea: sign(
    'symptom',
    [/呼吸困难/, /喘不(?:上|过)(?:来)?气/, /气短/, /气促/, /透不过气/, /上不来气/, /喘憋/, /呼吸急促/, /呼吸费力/, /憋气/, /憋得慌/, /气喘吁吁/, /喘得厉害/],
    [/\bshort(?:ness)? of breath/i, /\bbreathless/i, /\b(?:difficulty|trouble|struggling|hard|problems?) (?:to )?breath(?:e|ing)/i, /\bgasping/i, /\bcan'?t (?:catch (?:my|his|her) )?breath\b/i, /\bwinded\b/i, /\bbreathing (?:is )?(?:hard|difficult|labou?red|fast)/i, /\bsob\b/],
  ),
  severeDyspnea: sign(
    'symptom',
    [/(?:完全|根本|几乎)喘不(?:上|过)气/, /憋得说不出话/, /(?:嘴唇|口唇|脸色?|面色)(?:发紫|发绀|青紫|发青)/, /呼吸(?:停止|停了|没了)/, /没有?呼吸了?/, /不(?:会)?呼吸了/, /窒息/, /噎住/, /卡住喉咙/],
    [/\b(?:can'?t|cannot|can not|unable to) breathe\b(?! through (?:my|his|her|the) nose)/i, /\bnot breathing\b/i, /\bstopped breathing\b/i, /\blips? (?:are |is |turning |turned |look )?(?:blue|purple|grey|gray)/i, /\bturning blue\b/i, /\bchoking\b/i, /\bcan'?t (?:speak|talk) (?:in )?(?:full )?sentences/i],
  ),
  sweating: sign('symptom', [/大汗/, /冷汗/, /出汗(?:很多|不止)/], [/\bsweat(?:ing|y)\b/i, /\bcold sweat/i, /\bclammy\b/i, /\bdiaphore/i]),
  radiation: sign(
    'symptom',
    [/放射(?:到|至)/, /(?:左)?(?:手臂|胳膊|肩膀?|下巴|下颌|后背|背部)(?:也)?(?:痛|疼|麻|发麻)/, /牵扯(?:到)?(?:左)?(?:手臂|胳膊|肩|背|下巴)/],
    [/\bradiat(?:es|ing) (?:in)?to\b/i, /\bspread(?:s|ing)? (?:in)?to (?:my |his |her )?(?:left )?(?:arm|jaw|neck|back|shoulder)/i, /\b(?:left )?arm (?:pain|numbness|is numb|feels numb|hurts)/i, /\bjaw (?:pain|hurts)/i],
  ),
  crushing: sign('symptom', [/压榨/, /濒死感/, /像(?:石头|大石)压/, /要死了/], [/\bcrushing\b/i, /\belephant\b/i, /\blike a (?:heavy )?weight\b/i, /\bsqueezing\b/i, /\bimpending doom\b/i]),
  nauseaVomit: sign('symptom', [/恶心/, /呕吐/, /想吐/, /吐了/], [/\bnause(?:a|ous)/i, /\bvomit/i, /\bthrowing up\b/i, /\bthrew up\b/i]),
  syncope: sign(
    'symptom',
    [/晕倒/, /晕厥/, /昏倒/, /晕过去/, /意识丧失/, /昏过去/, /突然倒地/, /失去知觉/],
    [/\bfaint(?:ed|ing)?\b/i, /\bpass(?:ed)? out\b/i, /\bblacked out\b/i, /\bcollapsed?\b/i, /\bsyncope\b/i],
  ),
  dizziness: sign('symptom', [/头晕/, /头昏/, /眼前发黑/, /站不稳/, /心慌/], [/\bdizz(?:y|iness)\b/i, /\blight-?headed/i, /\bweak and pale\b/i]),
  cardiacEvent: sign(
    'event',
    [/(?:突然|刚刚|刚才|正在|好像|可能|是不是|怀疑)[^，。]{0,4}(?:心梗|心肌梗死|心肌梗塞|心脏病发作?)/, /(?:心梗|心肌梗死|心脏病)发作了?/],
    [/\b(?:having|is having|had|think (?:i'?m|i am|he'?s|she'?s|he is|she is) having) an? heart attack/i, /\bheart attack (?:right )?now\b/i, /\bcardiac arrest\b/i],
  ),
  faceDroop: sign(
    'symptom',
    [/口角(?:歪斜|下垂|歪)/, /嘴(?:巴|角)?(?:歪|斜)/, /口眼歪斜/, /(?:一侧|半边|左边|右边)(?:脸|面部?)(?:麻|木|下垂|歪|没知觉|不能动)/, /脸歪/, /面瘫/],
    [/\bface (?:is |was )?(?:droop|lopsided|uneven)/i, /\bdroop(?:ing|y) (?:face|mouth|smile|eyelid and mouth)/i, /\b(?:mouth|smile) (?:is )?(?:droop|crooked|lopsided|uneven)/i, /\bone side of (?:my|his|her|the) face (?:is |was |went )?(?:numb|droop|weak|fallen)/i, /\bface (?:has )?fallen on one side\b/i],
  ),
  armWeak: sign(
    'symptom',
    [/(?:一侧|单侧|半边|半侧|一边|左边?|右边?|左侧|右侧)(?:的)?(?:肢体|手脚|手|胳膊|手臂|腿|脚|身体?|半身)[^，。,]{0,2}(?:无力|麻木|发麻|不能动|动不了|没(?:有)?力气?|不听使唤|抬不起来?)/, /半身不遂/, /偏瘫/, /(?:手|胳膊|手臂)(?:突然)?抬不起来/],
    [/\b(?:sudden )?(?:weakness|numbness|weak|numb|paralys(?:is|ed)) (?:in|on|of|down) (?:one|the (?:left|right)|(?:his|her|my) (?:left|right)) (?:side|arm|leg|hand)/i, /\b(?:left|right|one) (?:arm|leg|side|hand)(?: is| feels| went| has gone| has)? (?:suddenly )?(?:weak|numb|limp|paralyzed|dead|heavy)/i, /\bcan'?t (?:lift|raise|move) (?:my|his|her) (?:left |right )?(?:arm|leg)/i, /\barm (?:is )?(?:suddenly )?(?:weak|limp|drifting)/i],
  ),
  speech: sign(
    'symptom',
    [/说话(?:不清|含糊|不利索|大舌头)/, /口齿不清/, /言语不清/, /吐字不清/, /说不出话/, /不能说话/, /讲话含糊/, /大舌头/, /失语/, /语无伦次/],
    [/\bslurr(?:ed|ing)\b/i, /\bspeech (?:is |was )?(?:slurred|garbled|strange)/i, /\bcan'?t (?:speak|talk|get (?:his|her|my|the) words out)\b/i, /\b(?:trouble|difficulty) (?:speaking|talking|finding words)/i, /\bwords (?:are |were )?(?:jumbled|garbled|coming out wrong)/i, /\bunable to speak\b/i],
  ),
  visionLoss: sign(
    'symptom',
    [/突然(?:一只眼)?(?:睛)?(?:看不见|看不清|失明|视力(?:丧失|下降)|眼前发黑)/, /一只眼(?:睛)?突然(?:看不见|失明|黑了)/, /突然(?:看东西)?重影/],
    [/\bsudden(?:ly)? (?:loss of vision|vision loss|went blind|blind|can'?t see|lost (?:my|his|her) (?:vision|sight))/i, /\blost (?:the )?(?:vision|sight) in (?:one|my|his|her)/i, /\bsudden double vision\b/i, /\bcurtain (?:over|coming down over) (?:my|his|her|one) eye/i],
  ),
  strokeEvent: sign(
    'event',
    [/(?:突然|刚刚|刚才|正在|好像|可能|是不是|怀疑)[^，。]{0,4}(?:中风|脑卒中|脑梗|脑出血|脑溢血)/, /(?:中风|脑梗|脑出血|脑溢血)了/],
    [/\b(?:having|is having|think (?:i'?m|i am|he'?s|she'?s|he is|she is|mom is|dad is) having|just had|might be having) an? stroke/i, /\bstroke (?:right )?now\b/i],
  ),
  thunderclap: sign(
    'symptom',
    [/(?:突然|突发)[^，。]{0,6}(?:剧烈|非常严重|爆炸样?|炸裂样?|撕裂样?)[^，。]{0,3}头(?:痛|疼)/, /(?:这辈子|一辈子|有生以来|从来没有过)[^，。]{0,6}(?:最|这么)(?:严重|厉害|剧烈)的?头(?:痛|疼)/, /头(?:痛|疼)欲裂/, /雷击样头痛/],
    [/\bworst headache (?:of|in) (?:my|his|her|their) life\b/i, /\bthunderclap\b/i, /\bsudden(?:ly)?,? (?:severe|excruciating|explosive|intense|blinding) headache/i, /\bheadache (?:that )?came on (?:suddenly|in seconds|like a thunderclap)/i],
  ),
  severeHeadache: sign('symptom', [/剧烈头(?:痛|疼)/, /头(?:痛|疼)得(?:厉害|受不了)/], [/\b(?:severe|terrible|excruciating) headache/i]),
  severeBleeding: sign(
    'symptom',
    [/大出血/, /血流不止/, /出血不止/, /止不住(?:的)?血/, /血止不住/, /喷血/, /大量出血/, /流了(?:很多|好多|一大滩)血/, /血流如注/, /(?:血|出血)[^，。]{0,4}(?:止不住|压不住)/],
    [/\bbleeding (?:heavily|profusely|a lot|badly|everywhere)/i, /\bheavy bleeding\b/i, /\bwon'?t stop bleeding\b/i, /\b(?:can'?t|cannot|can not) stop (?:the )?bleeding/i, /\bbleeding (?:that |which )?(?:won'?t|doesn'?t|does not|will not) stop/i, /\bspurting blood\b/i, /\bsoak(?:ing|ed) through\b/i, /\b(?:lots|a lot|pool) of blood\b/i, /\bblood everywhere\b/i, /\bsevere bleeding\b/i, /\bhemorrhag/i, /\bhaemorrhag/i],
  ),
  hematemesis: sign(
    'symptom',
    [/吐血/, /呕血/, /呕吐物[^，。]{0,4}(?:血|咖啡)/, /大口咯血/, /咯血[^，。]{0,4}(?:很多|大量|一口一口|不止)/, /咳出(?:大量|很多|一口)(?:鲜)?血/],
    [/\bvomit(?:ing|ed|s)? (?:up )?(?:bright red )?blood/i, /\b(?:throwing|threw) up blood/i, /\bcough(?:ing|ed)? up (?:a lot of |lots of |large amounts of |cups of )blood/i, /\bblood in (?:my |his |her )?vomit/i, /\bcoffee[- ]grounds?\b/i],
  ),
  melena: sign(
    'symptom',
    [/黑便/, /柏油(?:样)?便/, /大便(?:发黑|是黑色)/, /便血[^，。]{0,4}(?:很多|大量|一马桶)/, /拉(?:了)?(?:很多|好多)?血/],
    [/\bblack,? (?:and )?tarry/i, /\btarry stools?/i, /\bblack stools?\b/i, /\b(?:lots of|large amounts? of|a lot of) blood in (?:my |his |her |the )?(?:stool|toilet)/i],
  ),
  throatSwelling: sign(
    'symptom',
    [/喉咙(?:发)?(?:肿|紧|堵|发紧)/, /喉头水肿/, /嗓子(?:肿|发紧|堵)/, /舌头(?:肿|发肿)/, /嘴唇(?:肿|发肿)/, /(?:脸|眼睛|嘴)(?:一下子)?肿(?:起来)?了/],
    [/\b(?:throat|tongue|lips?|face) (?:is |are |feels? |has |started |starting )?(?:swelling|swollen|swell(?:ing)? up|closing|tight)/i, /\bswollen (?:throat|tongue|lips?|face)/i, /\bthroat (?:is )?closing/i],
  ),
  allergen: sign(
    'symptom',
    [/过敏/, /吃了[^，。]{0,8}(?:花生|海鲜|虾|蟹|芒果|坚果)/, /被[^，。]{0,3}(?:蜜蜂|马蜂|黄蜂|蜂)蜇/, /(?:打针|输液|注射|吃药|用药)后/, /青霉素/, /头孢/],
    [/\ballerg/i, /\bpeanuts?\b/i, /\b(?:bee|wasp|hornet) sting/i, /\bstung\b/i, /\b(?:shellfish|shrimp|prawns?|crab|lobster|seafood|sesame|(?:tree )?nuts)\b/i, /\bafter (?:taking|the injection|the shot|eating|starting)/i, /\bpenicillin\b/i, /\bamoxicillin\b/i],
  ),
  hives: sign('symptom', [/荨麻疹/, /全身(?:起)?(?:红疹|疹子|风团|皮疹|红斑|疙瘩)/, /风疹块/], [/\bhives\b/i, /\bwelts\b/i, /\brash all over\b/i]),
  anaphylaxisEvent: sign('event', [/过敏性休克/, /严重过敏反应/], [/\banaphyla(?:xis|ctic)\b/i]),
  suicidalIntent: sign(
    'symptom',
    [/想死/, /不想活/, /活着没(?:有)?(?:意思|意义)/, /轻生/, /结束(?:自己的)?生命/, /了结自己/, /割腕/, /想(?:去)?跳楼/, /想(?:去)?跳河/, /离开这个世界/, /寻死/, /死了(?:就)?(?:算了|一了百了)/, /伤害自己/, /自残/],
    [/\b(?:want|wanted|going|plan(?:ning)?|thinking about|thought about|tempted) to (?:kill|hurt|harm) (?:my|him|her)sel(?:f|ves)/i, /\bend (?:my|it) (?:own )?(?:life|all)\b/i, /\bdon'?t want to (?:live|be alive|wake up|be here)/i, /\bbetter off dead\b/i, /\bno reason to live\b/i, /\btake my (?:own )?life\b/i, /\bcut(?:ting)? myself\b/i, /\bself[- ]harm/i, /\bwant to die\b/i, /\bwish i (?:was|were) dead\b/i],
  ),
  suicideMention: sign('event', [/自杀/], [/\bsuicid(?:e|al)\b/i]),
  ingestion: sign(
    'symptom',
    [/(?:喝|吃|服|吞)了?[^，。]{0,6}(?:农药|百草枯|敌敌畏|除草剂|杀虫剂|消毒液|漂白剂|84|洁厕|洗洁精|老鼠药|鼠药|汽油|煤油|防冻液)/, /误服/, /误食/, /(?:吃|服|吞)了?(?:一整|一|整|半)(?:瓶|盒|板|把)[^，。]{0,4}(?:药|片)?/, /(?:吃|服)(?:用)?了?(?:大量|很多|好多|几十)[^，。]{0,6}(?:药|片|粒)/, /药物过量/, /一氧化碳中毒/, /煤气中毒/, /(?<!食物)中毒/, /吞了[^，。]{0,6}(?:电池|磁铁|纽扣)/, /毒蘑菇/],
    [/\bswallow(?:ed)? [^.,]{0,25}(?:bleach|detergent|pills|tablets|battery|batteries|magnets?|antifreeze|drain cleaner|pesticide|poison|pods?)/i, /\bdrank [^.,]{0,20}(?:bleach|antifreeze|pesticide|weed ?killer|poison|cleaner|gasoline|kerosene)/i, /\btook (?:a |the |an )?(?:whole|entire) (?:bottle|pack|box|packet)/i, /\btook (?:too many|all (?:my|his|her|the)|\d{2,}) (?:pills|tablets|sleeping pills)/i, /\bcarbon monoxide\b/i, /\bate [^.,]{0,20}(?:wild mushrooms?|rat poison|laundry pods?)/i, /\b(?<!food )poison(?:ed|ing)\b/i],
  ),
  overdoseMention: sign('event', [/吃药过量/, /过量服用/], [/\boverdos(?:e|ed|ing)\b/i]),
  infant: sign(
    'symptom',
    [/(?:\d+|[一二两三四五六七八九十几])\s*(?:天|周|星期)(?:大)?的?(?:宝宝|婴儿|孩子|宝|儿子|女儿|小孩)/, /新生儿/, /(?:[12]|一|两|二)(?:个)?(?:多)?月(?:大)?的?(?:宝宝|婴儿|孩子|宝|女儿|儿子|小孩)/, /(?:宝宝|婴儿|孩子|宝)[^，。]{0,3}(?:才|刚)?(?:\d{1,2}|[一二三四五六七八九十几]+)(?:天|周)/, /(?:宝宝|婴儿|孩子|宝)[^，。]{0,3}(?:才|刚)?(?:[12]|一|两)个(?:多)?月/, /满月/],
    [/\bnewborn\b/i, /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten|twelve)[- ](?:day|week)s?[- ]old\b/i, /\b(?:[12]|one|two)[- ]months?[- ]old\b/i, /\bneonate\b/i, /\b(?:baby|infant|son|daughter) is (?:\d{1,2}|one|two|three|six|eight) (?:days|weeks) old\b/i, /\b(?:baby|infant) is (?:[12]|one|two) months? old\b/i],
  ),
  fever: sign(
    'symptom',
    [/发烧/, /发热/, /体温[^，。]{0,4}(?:3[89]|4[0-2])/, /高烧/, /烧到/, /(?:3[89]|4[0-2])(?:\.\d)?\s*(?:度|℃|°)/],
    [/\bfever/i, /\bfebrile\b/i, /\b(?:temperature|temp) (?:of |is |was )?(?:3[89]|4[0-2]|1\d\d)/i, /\b(?:3[89]|4[0-2])(?:\.\d)?\s*°?\s*c\b/i, /\b10[0-6](?:\.\d)?\s*°?\s*f\b/i],
  ),
  highFever: sign('symptom', [/高烧不退/, /(?:39\.[5-9]|4[0-2](?:\.\d)?)\s*(?:度|℃|°)/, /烧到(?:39\.[5-9]|4[0-2])/], [/\b(?:39\.[5-9]|4[0-2](?:\.\d)?)\s*°?\s*c\b/i, /\b10[3-6](?:\.\d)?\s*°?\s*f?\b(?=[^\d]|$)/i, /\bhigh fever\b/i]),
  unconscious: sign(
    'symptom',
    [/昏迷/, /叫不醒/, /不省人事/, /人事不省/, /没有?意识/, /意识不清/, /失去意识/, /呼之不应/, /(?:叫|喊|拍)(?:他|她|孩子|老人|人)?(?:都|也)?没(?:有)?反应/, /(?:他|她|人|孩子|老人)没(?:有)?反应了/],
    [/\bunconscious\b/i, /\bunresponsive\b/i, /\bwon'?t wake (?:up)?\b/i, /\bcan'?t (?:be )?(?:woken|wake (?:him|her|them))/i, /\bnot (?:responding|waking)\b/i, /\bnot breathing\b/i],
  ),
  seizure: sign(
    'symptom',
    [/抽搐/, /抽筋[^，。]{0,4}(?:口吐白沫|翻白眼)/, /癫痫(?:发作|持续)/, /口吐白沫/, /抽风/, /惊厥/],
    [/\bseiz(?:ure|ing)/i, /\bconvuls/i, /\bfitting\b/i, /\bstatus epilepticus\b/i],
  ),
  longSeizure: sign(
    'symptom',
    [/抽搐[^，。]{0,6}(?:五分钟|5分钟|好几分钟|十分钟|10分钟|不停|不止|停不下来)/, /一直(?:在)?抽搐/, /癫痫持续/, /第一次(?:抽搐|癫痫)/],
    [/\bseizure (?:that )?(?:won'?t stop|lasting|has lasted|lasted|for (?:more than |over )?(?:\d+|five|ten) minutes)/i, /\b(?:fitting|seizing|convulsing) for (?:more than |over )?(?:\d+|five|ten)/i, /\bstatus epilepticus\b/i, /\bfirst(?:[- ]ever)? seizure\b/i, /\bback-to-back seizures\b/i],
  ),
  confusion: sign(
    'symptom',
    [/意识模糊/, /神志不清/, /糊涂/, /胡言乱语/, /说胡话/, /认不出人/, /迷迷糊糊/, /嗜睡/, /反应迟钝/],
    [/\bconfus(?:ed|ion)\b/i, /\bdisoriented\b/i, /\bnot making sense\b/i, /\bdelirious\b/i, /\bvery (?:drowsy|sleepy)\b/i, /\bhard to wake\b/i],
  ),
  stiffNeck: sign(
    'symptom',
    [/脖子(?:发)?(?:硬|僵)/, /颈(?:部|项)?(?:强直|僵硬|发硬)/, /脖子不能(?:低|弯|动)/, /低不下头/],
    [/\bstiff neck\b/i, /\bneck (?:is |feels )?(?:very )?stiff\b/i, /\bcan'?t (?:bend|touch) (?:my|his|her) (?:neck|chin)/i],
  ),
  purpuricRash: sign(
    'symptom',
    [/皮疹[^，。]{0,6}(?:压不褪|按压不退|不褪色|压了不褪)/, /紫癜/, /(?:全身|身上)[^，。]{0,3}出血点/, /紫色(?:的)?(?:斑点|疹子)/],
    [/\brash (?:that )?(?:doesn'?t|does not|won'?t) (?:fade|blanch|go away when pressed)/i, /\bnon-?blanching\b/i, /\bpurple (?:spots|rash|blotches)/i, /\bpetechia/i],
  ),
  headInjury: sign(
    'symptom',
    [/(?:头|脑袋|头部)[^，。]{0,2}(?:被)?(?:撞|摔|磕|碰|打)(?:伤|到|了|破)/, /摔到(?:了)?头/, /头着地/, /撞到(?:了)?头/],
    [/\bhit (?:my|his|her|their) head/i, /\bhead injury\b/i, /\bfell [^.]{0,25}head/i, /\b(?:bumped|banged|struck) (?:my|his|her) head/i],
  ),
  severeBurn: sign(
    'symptom',
    [/大面积(?:烧伤|烫伤)/, /(?:烧伤|烫伤)[^，。]{0,6}(?:大面积|一大片|整个)/, /化学(?:品)?(?:烧伤|灼伤)/, /电击伤/, /触电/, /被电(?:击|到)/],
    [/\b(?:large|severe|major|extensive|deep|third[- ]degree) burns?\b/i, /\bburn(?:ed|t|s)? (?:over |on |covering )?(?:the |his |her |my )?(?:whole|entire|large area)/i, /\belectric(?:al)? (?:shock|burn)/i, /\belectrocuted\b/i, /\bchemical burn/i],
  ),
  rigidAbdomen: sign('symptom', [/肚子(?:硬得?像|变得?)?(?:板|木板|石头)一样/, /板状腹/, /腹部(?:僵硬|板硬)/], [/\brigid (?:abdomen|belly|stomach)/i, /\b(?:abdomen|belly|stomach) is (?:hard as a board|rigid|board-?like)/i]),
  severeAbdominal: sign(
    'symptom',
    [/剧烈(?:的)?(?:腹痛|肚子疼|肚子痛|胃痛)/, /(?:肚子|腹部|小腹|下腹)[^，。,]{0,4}(?:疼|痛)得(?:厉害|打滚|受不了|直不起腰)/, /(?:腹痛|肚子疼)[^，。]{0,4}(?:剧烈|难忍|打滚)/, /腹部剧痛/],
    [/\b(?:severe|excruciating|unbearable|worst|intense|sharp) (?:abdominal|stomach|belly|lower abdominal|pelvic) pain/i, /\b(?:stomach|abdominal|belly) pain (?:is )?so (?:bad|severe)/i, /\bdoubled over in pain\b/i],
  ),
  abdominalPain: sign('symptom', [/腹痛/, /(?:肚子|腹部|小腹|下腹|肚脐)[^，。,]{0,4}(?:疼|痛)/], [/\b(?:abdominal|stomach|belly|pelvic|lower abdominal) (?:pain|cramps?)/i, /\bcramping\b/i]),
  pregnancy: sign('symptom', [/怀孕/, /孕\s*\d+\s*周/, /停经/, /孕期/, /孕妇/, /妊娠/, /怀了/], [/\bpregnan(?:t|cy)\b/i, /\bweeks pregnant\b/i, /\bmissed (?:my )?period\b/i]),
  vaginalBleeding: sign('symptom', [/阴道(?:出血|流血)/, /下(?:面|身)(?:出血|流血)/, /见红/, /流血/, /出血/], [/\bvaginal bleeding\b/i, /\bbleeding\b/i, /\bspotting\b/i]),
  lowSugar: sign('symptom', [/低血糖/, /血糖(?:很|特别|太|非常)?低/, /血糖[^，。\d]{0,4}(?:[0-2]\.\d|[12])(?!\d)/], [/\blow blood sugar\b/i, /\bhypoglyc(?:a)?emi/i, /\b(?:blood sugar|glucose|bg) (?:is |was |of |reading )?(?:only |very |really )?(?:low|[1-4]\d\s*(?:mg|$|\b))/i]),
  highSugar: sign('symptom', [/血糖[^，。\d]{0,6}(?:2[5-9]|[3-9]\d)(?:\.\d)?/, /血糖仪[^，。]{0,4}(?:HI|Hi|显示高)/, /烂苹果味/], [/\b(?:blood sugar|glucose) [^.]{0,10}(?:[4-9]\d\d)\b/i, /\bmeter (?:says|reads|shows) (?:hi|high)\b/i, /\bfruity breath\b/i, /\bketoacidosis\b/i, /\bdka\b/i]),
  bpCrisis: sign('symptom', [/血压[^，。\d]{0,6}(?:1[89]\d|2\d\d)\s*[\/／]/, /收缩压[^，。\d]{0,4}(?:1[89]\d|2\d\d)/, /高压[^，。\d]{0,4}(?:1[89]\d|2\d\d)/], [/\b(?:blood pressure|bp)[^.\d]{0,12}(?:1[89]\d|2\d\d)\s*\/\s*\d+/i]),
  testicular: sign('symptom', [/睾丸[^，。]{0,4}(?:突然|剧烈)?(?:疼|痛|肿痛)/, /蛋(?:蛋)?突然(?:很)?疼/], [/\bsudden (?:severe )?(?:testic(?:le|ular)|scrotal) pain/i, /\b(?:testicle|testicular|scrotal) pain (?:came on )?sudden/i, /\btesticular torsion\b/i]),
} satisfies Record<string, Sign>;

export type SignId = keyof typeof SIGNS;

/** A mention of the key sign also counts as the value sign ("angina" is chest pain). */
export const SIGN_IMPLIES: Partial<Record<SignId, SignId>> = { anginaMention: 'chestPain' };

// The findings a symptom checker reads, one concept a line, Chinese and English surface forms mixed ("|"): a general
// review-of-systems list (complaints, signs, body sites, the person, the course) written from general medical usage,
// clinical words beside the everyday ones patients type. A line is one finding whatever language says it, so a Chinese
// description reaches an English-only page through the finding, not through a translated page name. The lay-term
// groups (lay-terms-*.ts) and the bilingual symptom lines join these through any form they share (finding-lexicon.ts).
// Only forms with one common reading. Sections: @finding (complaints and signs), @person (who), @course (when, what
// brings it on), @site (a body site alone) — the last three narrow a reading but never make one (rank-conditions.ts).
export const FINDINGS_TABLE = `
@finding
发热|发烧|高烧|低烧|fever|feverish|high temperature|temp
寒战|打寒颤|发冷|chills|shivering|rigors
盗汗|夜间出汗|晚上出汗|睡觉出汗|night sweats|sweating at night
出汗多|多汗|大汗|出汗|一身汗|冒汗|sweaty|sweating|sweats
消瘦|体重下降|瘦了|掉秤|weight loss|lost weight|losing weight
体重增加|胖了|weight gain|gained weight|cant lose weight
乏力|没力气|疲劳|很累|好累|fatigue|tired|tiredness|exhausted|no energy
食欲不振|没胃口|不想吃饭|吃不下|loss of appetite|lost his appetite|lost her appetite|no appetite
口渴|口干|喝水多|thirst|thirsty|dry mouth
多尿|尿多|尿频|老想上厕所|frequent urination|peeing a lot|need to go every
尿急|urgency|urgent need to pee
尿痛|小便痛|尿道灼热|尿的时候疼|painful urination|burns when i pee|burning when i pee|stings when i pee|dysuria
血尿|尿血|尿里有血|blood in urine|blood in my urine|bloody urine|pink urine
尿浑浊|尿液浑浊|cloudy urine|cloudy
夜尿多|起夜|wake up to pee|nocturia
尿不尽|排尿困难|尿不出|dribble|weak stream|trouble peeing
漏尿|尿失禁|leak urine|leaking urine|incontinence
咳嗽|咳|cough|coughing|coughs
咳痰|有痰|痰多|phlegm|mucus|sputum
咯血|痰中带血|痰里有血|咳血|coughing up blood|blood in phlegm|blood in sputum
喘|喘息|哮鸣|wheeze|wheezing|wheezy
气短|喘不上气|呼吸困难|憋气|shortness of breath|short of breath|out of breath|breathless|winded
夜间憋醒|躺平喘|端坐呼吸|gasping at night|out of breath lying flat|wake up gasping
打呼噜|打鼾|鼾声|snoring|snore|snores
呼吸暂停|憋醒|stops breathing|pauses in breathing
鼻塞|鼻子堵|stuffy nose|blocked nose|nasal congestion
流鼻涕|流涕|runny nose
打喷嚏|喷嚏|sneezing|sneeze
咽痛|嗓子疼|喉咙痛|sore throat|throat pain
声音嘶哑|嗓子哑|声音沙哑|hoarse|hoarseness|hoarse voice
犬吠样咳嗽|狗叫一样|barking cough|seal barking|sounds like a seal
胸痛|胸口痛|胸口疼|chest pain|chest hurts
胸闷|胸口闷|chest tightness|tight chest
心慌|心悸|心跳快|palpitations|heart racing|racing heart|pounding heart|fluttering
头痛|头疼|headache|headaches|head hurts
偏头痛|一侧头痛|one side of my head|one-sided headache
头晕|头昏|dizzy|dizziness|lightheaded|light-headed
眩晕|天旋地转|房子在转|vertigo|room spins|spinning
晕倒|昏厥|晕厥|fainted|faint|fainting|passed out
眼前发黑|眼前一黑|黑矇|vision goes black|vision went dark|blacked out
意识模糊|糊涂|confusion|confused|muddled
抽搐|抽风|惊厥|seizure|seizures|convulsion|convulsions
麻木|发麻|手麻|脚麻|numbness|numb|pins and needles|tingling
无力|没劲|使不上劲|weakness|weak
颤抖|手抖|发抖|tremor|shaky|shaking|trembling
口角歪斜|嘴歪|面瘫|facial droop|face drooping|droopy|mouth drooping
说话不清|口齿不清|说话含糊|slurred speech|slurring
视力模糊|看不清|看东西模糊|blurred vision|blurry vision
视物重影|重影|double vision
闪光|眼前闪光|flashing lights|flashes of light|zigzag lines
飞蚊|眼前黑影|floaters
眼红|眼睛红|红眼|red eye|red eyes|eye is red|bloodshot
眼屎多|眼睛分泌物|眼分泌物|eye discharge|gummed shut|sticky eye|crusty eye
眼干|眼睛干涩|干涩|dry eyes|dry eye|gritty
眼痒|眼睛痒|itchy eyes
眼痛|眼睛痛|eye pain|painful eye
耳鸣|耳朵嗡嗡|耳朵响|ringing in my ears|ringing in the ears|ringing|buzzing in my ear|tinnitus
听力下降|听不清|耳聋|hearing loss|cant hear|muffled hearing|deaf
耳痛|耳朵痛|earache|ear pain|tugging at ear|pulling at ear
耳朵流脓|耳流脓|ear discharge|discharge from ear
牙龈出血|刷牙出血|牙肉出血|bleeding gums|gums bleed
牙齿松动|牙松|loose tooth|loose teeth
口臭|口气|bad breath
口腔溃疡|溃疡|mouth ulcer|mouth ulcers|canker sore
吞咽困难|咽不下|difficulty swallowing|trouble swallowing|food sticks
烧心|反酸|泛酸|heartburn|acid reflux|acid in my throat
恶心|想吐|反胃|nausea|nauseous|queasy
呕吐|吐|vomiting|vomit|throwing up|threw up
呕血|吐血|vomiting blood
腹痛|肚子痛|肚子疼|abdominal pain|stomach pain|tummy ache|belly pain|stomach ache
腹胀|肚子胀|胀气|bloating|bloated|swollen belly
腹泻|拉肚子|拉稀|diarrhea|diarrhoea|loose stools|loose motions|the runs
便秘|大便干|拉不出|constipation|constipated|bunged up
黑便|大便发黑|柏油样便|black stool|black stools|tarry stool|black poop
便血|大便带血|大便出血|纸上有血|手纸上有血|擦屁股有血|擦屁股带血|blood in stool|bloody stool|rectal bleeding|blood on the paper|blood when i wipe
肛门痛|肛门疼|anal pain|pain in my bottom|back passage pain
肛门痒|屁股痒|itchy bottom|anal itching|scratching her bottom|scratching his bottom
肛门肿物|肛门有肉|lump in my back passage|lump at the anus
黄疸|皮肤发黄|眼睛发黄|jaundice|yellow skin|yellow eyes
皮疹|疹子|起疹|出疹|rash|rashes|spots
瘙痒|痒|itch|itchy|itching
水疱|水泡|起泡|blister|blisters
风团|荨麻疹|hives|welts|wheals
红斑|皮肤发红|红肿|redness|red patch|red patches
脱屑|起皮|脱皮|scaly|scaling|flaky|peeling
白斑|白色斑块|white patches|white patch|lost pigment
色斑|黑斑|dark patches|dark spots
痤疮|粉刺|暗疮|痘痘|acne|pimples|blackheads
脓|化脓|有脓|pus|pus-filled
肿块|包块|疙瘩|硬块|lump|lumps|mass|swelling under the skin
淋巴结肿大|淋巴结大|swollen glands|swollen lymph nodes
水肿|浮肿|肿|swelling|swollen|puffy|edema|oedema
脚踝肿|脚肿|ankles swell|swollen ankles|swollen feet
腿肿|小腿肿|swollen leg|swollen calf|calf swelling
青筋|静脉曲张|血管鼓起|bulging veins|veins bulging|twisted veins
瘀斑|淤青|青紫|bruise|bruises|bruising
出血|流血|bleeding|bleed
鼻出血|流鼻血|nosebleed|nosebleeds
月经量多|月经多|经量大|heavy periods|heavy bleeding|period heavy
月经不调|月经不规律|irregular periods|periods irregular|missed periods
痛经|来月经肚子疼|period pain|painful periods|period cramps
白带异常|白带多|白带|vaginal discharge|discharge from the vagina
阴道出血|见红|vaginal bleeding|spotting
外阴痒|阴部痒|vaginal itching|itchy vagina
勃起困难|硬不起来|阳痿|erection|erectile
关节痛|关节疼|joint pain|joints hurt|achy joints
关节肿|关节红肿|swollen joint|swollen joints
晨僵|早上起来僵|早上僵硬|morning stiffness|stiff in the morning
僵硬|发僵|stiffness|stiff
腰痛|腰疼|腰背痛|back pain|lower back pain|backache
颈痛|脖子疼|脖子痛|neck pain|stiff neck|sore neck
肩痛|肩膀痛|shoulder pain
膝痛|膝盖疼|膝盖痛|knee pain|sore knee
足跟痛|脚后跟疼|脚跟痛|heel pain|pain in my heel
肌肉痛|全身酸痛|骨头痛|muscle aches|body aches|aching all over|achy
抽筋|痉挛|cramp|cramping|muscle cramps
放射痛|放射到|radiates|spreads to|shoots down|shooting pain
刺痛|针刺|stabbing|sharp pain
烧灼痛|灼痛|burning pain|burning
压痛|按着疼|tender|tenderness
失眠|睡不着|insomnia|cant sleep|trouble sleeping
嗜睡|犯困|老想睡|sleepy|drowsy|sleepiness
情绪低落|心情不好|不开心|depressed|low mood|feeling down|sad
焦虑|紧张|担心|anxious|anxiety|worried|nervous
易怒|脾气大|烦躁|irritable|irritability|short-tempered
记忆力下降|忘事|健忘|memory loss|forgetful|forgetting things
怕热|heat intolerance|feel hot all the time
怕冷|cold intolerance|always cold
手脚冰凉|手指发白|fingers turn white|cold fingers|cold hands
脱发|掉头发|hair loss|losing hair|bald patches
多毛|毛发多|excess hair|hair growing on my chin|facial hair
眼球突出|眼睛凸|bulging eyes|eyes bulging
脖子粗|甲状腺肿大|颈部肿大|goiter|goitre|swollen neck
@person
怀孕|孕|妊娠|pregnant|pregnancy|weeks pregnant
婴儿|宝宝|新生儿|baby|infant|newborn
儿童|小孩|孩子|child|kid|toddler|son|daughter
老人|老年|elderly|grandad|grandma|grandfather|grandmother
吸烟|抽烟|smoker|smoked|smoking
饮酒|喝酒|drinking|alcohol
@course
运动后|活动后|exercise|exertion|walking|stairs
饭后|吃完饭|after meals|after eating|fatty meals
夜间|晚上|at night|night
晨起|早上|morning|mornings
反复|老是|总是|recurrent|keeps coming back|again and again
突然|suddenly|sudden|came on suddenly
单侧|一侧|一边|one side|one-sided
对称|两侧|双侧|both sides|symmetrical
@site
眼|眼睛|eye|eyes
耳|耳朵|ear|ears
鼻|鼻子|nose
喉|咽|嗓子|throat
牙|牙齿|tooth|teeth|gum|gums
脖子|颈|neck
胸|胸口|chest
乳房|乳腺|breast|breasts|nipple
腹|肚子|belly|tummy|abdomen|stomach
右下腹|right lower|lower right
右上腹|右肋下|under my right ribs|right upper
肚脐|belly button|navel
肛门|屁股|anus|back passage
腰|背部|后背|lower back|upper back|my back
手指|手背|手心|双手|hand|hands|finger|fingers|thumb
腕|手腕|wrist
肘|elbow
肩|肩膀|shoulder
膝|膝盖|knee|knees
踝|脚踝|ankle|ankles
脚|足|foot|feet|toe|toes|heel
腿|小腿|大腿|leg|legs|calf|thigh
皮肤|skin
指甲|nail|nails
小便|urine|pee
大便|stool|stools|poop|bowel
阴道|外阴|vagina|vaginal
阴囊|睾丸|scrotum|testicle|testicles
`;

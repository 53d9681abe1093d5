// A malignancy's name (癌, 白血病, lymphoma, carcinoma …) and a question that asks about one. Every reader of a question
// (named topics, the described readers, the symptom checker, the term ranking) shows a malignancy page only when the
// question asks about cancer: findings that a cancer page also lists (pain after fatty meals, mouth ulcers, a cough in
// a smoker, a lump) are far more often something common, and a cancer page shown for them frightens without evidence.
// Pure.
const MALIGNANT =
  /癌|肉瘤|恶性|白血病|淋巴瘤|骨髓瘤|母细胞瘤|转移瘤|间皮瘤|胶质瘤|cancer|carcinoma|malignan|sarcoma|leuka?emia|lymphoma|myeloma|melanoma|blastoma|mesothelioma|glioma|metasta|neoplasm|mycosis fungoides/i;

// Besides a malignancy's own name: a tumour said as such, cancer's own care (an oncologist, chemotherapy,
// radiotherapy) and the tests whose purpose is finding a cancer (tumour markers — PSA, CEA, AFP, CA-125, CA19-9 —, a
// mammogram): the question is about cancer even when it names no kind.
const CANCER_ASKED =
  /肿瘤|化疗|放疗|靶向药|甲胎蛋白|癌胚抗原|钼靶|tumou?rs?\b|oncolog|chemo|radiotherapy|radiation therapy|\b(?:PSA|CEA|AFP)\b|\bCA[- ]?(?:125|19-?9|15-?3)\b|mammogra/i;

/** Pure: does a text (a page title, a name) name a malignancy? */
export const namesMalignancy = (text: string): boolean => MALIGNANT.test(text);

/** Pure: does a question ask about cancer — name a malignancy, a tumour or cancer care? */
export const asksAboutCancer = (question: string): boolean => MALIGNANT.test(question) || CANCER_ASKED.test(question);

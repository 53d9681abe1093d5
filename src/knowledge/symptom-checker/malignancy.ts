// A malignancy's name (癌, 白血病, lymphoma, carcinoma …): the checker never offers one from a described story alone —
// findings that a cancer page also lists (bleeding gums, a lump, weight loss) are far more often something common, and
// a cancer page shown for them frightens without evidence. A question that names a malignancy keeps it.
const MALIGNANT =
  /癌|肉瘤|恶性|白血病|淋巴瘤|骨髓瘤|母细胞瘤|cancer|carcinoma|malignan|sarcoma|leuka?emia|lymphoma|myeloma|melanoma|blastoma|neoplasm|mycosis fungoides/i;

/** Pure: does a text name a malignancy? */
export const namesMalignancy = (text: string): boolean => MALIGNANT.test(text);

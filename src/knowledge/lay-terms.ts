// Everyday words patients type ↔ the clinical words sources use (发烧 ↔ 发热, heart attack ↔ myocardial infarction).
// Query expansion adds the clinical side when the index clearly prefers it (see src/retrieval/expand.ts).
// Kept short on purpose: only unambiguous pairs; each line is one synonym group.
const GROUPS = `
发烧|发热|高烧|低烧
拉肚子|拉稀|腹泻
头疼|头痛
肚子疼|肚子痛|腹痛
胃疼|胃痛
嗓子疼|嗓子痛|喉咙痛|咽痛
牙疼|牙痛
小孩|孩子|宝宝|小儿|儿童
老人|老年人
怀孕|妊娠
心慌|心悸
喘不上气|气短|呼吸困难
睡不着|失眠
掉头发|脱发
抽筋|痉挛
长痘|痤疮
流鼻涕|流涕
拉血|便血
尿血|血尿
血压高|高血压
血糖高|高血糖
血糖低|低血糖
感冒|上呼吸道感染
heart attack|myocardial infarction
high blood pressure|hypertension
high blood sugar|hyperglycemia
low blood sugar|hypoglycemia
flu|influenza
stomach ache|abdominal pain
shortness of breath|dyspnea
nosebleed|epistaxis
pink eye|conjunctivitis
chickenpox|varicella
shingles|herpes zoster
heartburn|acid reflux|gastroesophageal reflux
kidney stones|nephrolithiasis
`;

export function layTermGroups(): string[][] {
  return GROUPS.split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split('|').map((t) => t.trim()));
}

// English lay ↔ clinical synonym groups (one group per line, members separated by "|"), written from general
// usage: what patients type (throwing up, tummy ache, pee) beside what the sources write (vomiting, abdominal pain,
// urine). Inflected forms are listed because the matcher compares surface words. Ambiguous words ("cold" as a
// feeling, "sugar" as food) are only listed inside unambiguous phrases.
export const EN_LAY_GROUPS = `
throwing up|throw up|threw up|throws up|puking|puke|puked|vomiting|vomit
queasy|nauseous|nauseated|sick to my stomach|nausea
the runs|loose stools|loose stool|watery stools|watery stool|diarrhea|diarrhoea
constipated|hard stools|constipation
tummy|belly|abdomen|abdominal
tummy ache|tummyache|belly ache|bellyache|stomach ache|stomachache|abdominal pain
heartburn|acid reflux|gastroesophageal reflux|gerd
indigestion|upset stomach|dyspepsia
stomach flu|stomach bug|gastroenteritis
burping|belching|burps
bloated|bloating|abdominal distension
farting|farts|passing gas|flatulence
poop|pooping|poops|stool|stools|bowel movement|feces
pee|peeing|pees|urine|urinate|urinating|urination
blood in urine|blood in pee|bloody urine|hematuria
blood in stool|blood in poop|bloody stool|rectal bleeding
piles|hemorrhoids|haemorrhoids
butt|buttocks|anus|anal
belly button|navel|umbilicus
peeing a lot|frequent urination|urinary frequency
painful urination|burning urination|dysuria
bladder infection|bladder infections|uti|utis|urinary tract infection|urinary tract infections
kidney stone|kidney stones|nephrolithiasis|renal calculi
gallstone|gallstones|gall stones|cholelithiasis
leaking urine|leaking pee|bladder leakage|bladder control|urinary incontinence
bedwetting|bed wetting|wetting the bed|nocturnal enuresis|enuresis
enlarged prostate|bph|benign prostatic hyperplasia|prostate enlargement
impotence|erectile dysfunction
high blood pressure|high bp|hypertension
low blood pressure|low bp|hypotension
high blood sugar|high sugar|high glucose|hyperglycemia
low blood sugar|low sugar|low glucose|hypoglycemia
blood sugar|blood glucose
sugar diabetes|diabetes mellitus|diabetes
high cholesterol|hypercholesterolemia|high blood cholesterol
heart attack|heart attacks|myocardial infarction
mini stroke|mini-stroke|transient ischemic attack
brain attack|cerebrovascular accident|stroke
weak heart|heart failure|congestive heart failure
irregular heartbeat|irregular heart beat|arrhythmia
afib|a-fib|atrial fibrillation
racing heart|heart racing|pounding heart|fluttering heart|skipped beats|palpitations|heart palpitations
chest hurts|chest tightness|chest pressure|chest pain
short of breath|shortness of breath|out of breath|breathless|trouble breathing|difficulty breathing|dyspnea
wheezing|wheeze|whistling breath
passed out|pass out|passing out|blacked out|fainted|fainting|syncope
lightheaded|light-headed|dizzy|dizziness
room spinning|spinning sensation|vertigo
pins and needles|tingling|paresthesia
numb|numbness
shaking|shaky|trembling|tremor|tremors
fits|seizure|seizures|convulsions
feverish|running a temperature|high temperature|fever
chills|shivering|rigors
night sweats|sweating at night
worn out|exhausted|always tired|fatigue
can't sleep|cannot sleep|trouble sleeping|sleeplessness|insomnia
snoring|snore|snores
sore throat|throat hurts|scratchy throat|pharyngitis
strep|strep throat|streptococcal pharyngitis
hoarse|hoarseness|lost my voice|laryngitis
trouble swallowing|difficulty swallowing|swallowing problems|dysphagia
runny nose|rhinorrhea|nasal discharge
stuffy nose|stuffed up|blocked nose|nasal congestion
snot|mucus|phlegm
nosebleed|nose bleed|nosebleeds|bloody nose|epistaxis
sinus infection|sinus infections|sinusitis
hay fever|seasonal allergies|pollen allergy|allergic rhinitis
head cold|chest cold|common cold
flu|the flu|influenza
mono|mononucleosis|glandular fever
earache|ear ache|ear infection|ear infections|otitis media
ringing in the ears|ringing ears|tinnitus
hard of hearing|hearing loss|deafness
pink eye|pinkeye|conjunctivitis
sty|stye|hordeolum
dry eyes|dry eye
blurry vision|blurred vision|vision problems
cloudy lens|cataract|cataracts
headache|headaches|head hurts|head pain
migraine|migraines|sick headache
backache|back hurts|back pain|low back pain|lower back pain
stiff neck|neck hurts|neck pain
achy joints|joints hurt|joint pain|arthralgia
wear and tear arthritis|osteoarthritis
swollen ankles|swollen feet|swollen legs|fluid retention|edema
varicose veins|bulging veins|spider veins
blood clot|blood clots|thrombosis|deep vein thrombosis|dvt
sprain|sprained|twisted ankle|rolled ankle|sprained ankle|sprains and strains
pulled muscle|muscle strain|strains
broken bone|broken bones|broke a bone|fracture|fractures
muscle cramp|muscle cramps|charley horse|cramps
brittle bones|thinning bones|bone loss|osteoporosis
low iron|iron deficiency|low hemoglobin|anemia|anaemia
yellow skin|yellow eyes|yellowing|jaundice
zits|pimples|breakouts|acne
hives|welts|urticaria
skin rash|rash|rashes
itchy|itching|itch|pruritus
bruise|bruises|bruised|bruising
sunburn|sunburned|sun burn
scald|scalded|burned|burns
cold sore|cold sores|fever blister|fever blisters|herpes labialis
canker sore|canker sores|mouth ulcer|mouth ulcers|aphthous ulcer
athlete's foot|athletes foot|foot fungus|tinea pedis
toenail fungus|nail fungus|onychomycosis
ringworm|tinea
jock itch|tinea cruris
dandruff|flaky scalp|seborrheic dermatitis
balding|bald|hair falling out|hair loss|alopecia
wart|warts|verruca
bed sores|bedsores|pressure sores|pressure ulcers
chickenpox|chicken pox|varicella
shingles|herpes zoster
nits|head lice|lice
bug bite|bug bites|insect bite|insect bites|bites and stings
dog bite|cat bite|animal bite|animal bites
cavity|cavities|tooth decay|dental caries
bleeding gums|gum disease|periodontal disease|gingivitis
bad breath|halitosis
toothache|tooth pain|tooth hurts
car sickness|carsick|carsickness|seasick|seasickness|airsick|motion sickness
heat stroke|heatstroke|heat exhaustion|overheated|overheating|heat illness
food poisoning|foodborne illness
dairy intolerance|milk intolerance|lactose intolerance
food allergy|food allergies
allergic reaction|allergies|allergy
feeling down|feeling low|depressed|the blues|depression
anxious|nervousness|anxiety
panic attack|panic attacks|panic disorder
memory loss|forgetfulness|forgetful|senility|dementia
alzheimer's|alzheimers|alzheimer|alzheimer's disease
parkinson's|parkinsons|parkinson's disease
underactive thyroid|slow thyroid|low thyroid|hypothyroidism
overactive thyroid|hyperthyroidism
period|periods|menstrual period|menstruation
period pain|period cramps|menstrual cramps|painful periods|dysmenorrhea
change of life|menopause
hot flashes|hot flushes|hot flash
pregnant|expecting a baby|pregnancy
miscarriage|pregnancy loss|spontaneous abortion
morning sickness|nausea and vomiting of pregnancy
can't get pregnant|trouble conceiving|infertility
overweight|obese|obesity
kid|kids|child|children|childhood|pediatric
baby|babies|infant|infants
newborn|newborns|neonatal
toddler|toddlers|young children
teen|teens|teenager|teenagers|adolescent|adolescents
elderly|older adults|seniors|old age|aging
blood test|blood work|bloodwork|blood tests
urine test|pee test|urinalysis
ultrasound|sonogram
x-ray|xray|x-rays|radiograph
mri|mri scan|magnetic resonance imaging
cat scan|ct scan|computed tomography
ekg|ecg|electrocardiogram
pap smear|pap test
mammogram|mammography
sugar test|glucose test|blood glucose test
painkiller|painkillers|pain killer|pain reliever|pain relievers|pain medicine|analgesic|analgesics
fever reducer|fever reducers|antipyretic
antibiotic|antibiotics
sleeping pill|sleeping pills|sleep aid|hypnotics
water pill|water pills|diuretic|diuretics
blood thinner|blood thinners|anticoagulant|anticoagulants
antidepressant|antidepressants
allergy pills|antihistamine|antihistamines
shot|shots|vaccine|vaccines|vaccination|immunization
flu shot|flu vaccine
`;

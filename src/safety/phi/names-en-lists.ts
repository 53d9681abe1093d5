// Word lists for English name detection: capitalised words that are not names (sentence starters, clinical and
// place words, eponyms used as disease names), and common first names (a known first name + a capitalised word is a
// name without any cue). Ambiguous first names that are ordinary words (Will, May, Grace, Hope…) are left out.

export const COMMON_CAPITALISED = new Set(
  (
    'A Absolutely Actually Acute  Additionally Adult Advice Advil Aetna Afraid Africa African After ' +
    'Afternoon Age All Allah Allergic Also   America American Americans An And Anemia Another ' +
    'Answer Anxious Any Anyone Anything Anyway Apply April Are Arthritis Asia Asian Asking  Aspirin Asthma ' +
    'At Ativan Attending August Australia Avenue Avoid BP Baby Back Bad Bank   Basically Because Before ' +
    ' Being   Benign Best Bible Blood Blue Both Bottom Boulevard Boy Brain  British Building ' +
    'But Bye CBC CT Can Canada Canadian Cancer Cardiology Care Caregiver Center Centre Chat ChatDoctor Chatdoctor ' +
    'Check Cheers Child China Chinese Christmas Chronic Church Cigna City Clinic Cold College Company Concerned ' +
    'Confused Congratulations Consider Consult Consultant Consultation Contact Continue Corona Coronavirus Corp ' +
    'Cough Could County Court Covid Critical   Cross Current Currently  DO Daughter Dear ' +
    'December Definitely Department Depressed Dept Dermatology Diabetes Diabetic Diagnosis Dictated Did Different ' +
    'Do Doc Doctor Doctors Does Dosage Dose  Dr Drink Drive Drug Drugs During ECG EEG EKG ER Each Early Easter ' +
    'Eat Eight Elderly Emergency England English  Europe European Evening Every Everyone Everything Exactly ' +
    'Excuse Facebook Family Father February Feeling Female Fever Few Final Fine First Five Floor Flu Follow For ' +
    'Fortunately Four Fri Friday From Front Furthermore General Generally Get Getting Girl Go God Going Good ' +
    'Goodbye Google Gout Grade  Greetings Group Guardian  Gynecology HDL HR Had Has  ' +
    ' Have Having HbA1c He Headache Health Healthcare Heart Hello Help Hence Hepatitis Her Here Hey Hi ' +
    'Him His History Hmm  Honestly Hope Hopefully  Hospital How However Humana  Husband ' +
    'Hypercholesterolemia Hypertension I ICU II III IV Ibuprofen If Ill In Inc India Indian Infant Infection ' +
    'Influenza Informant Information Injury Institute Insulin Insurance Intensive Intern Internal Internet Is ' +
    'Issue It Its January Jesus Jr July June Just Kaiser   Keep Kid Kind Kindly  LDL LLC ' +
    'Lab Labs Lane Last Late Lately Least Left Less Let Lipitor Looking Lord Love Lower Ltd Lupus  MD MRI ' +
    "Ma'am Madam Make Male Mam Man Many March  May Maybe Me Meanwhile Medicaid Medical Medicare Medication " +
    'Medications Medicine Men  Metformin Mexican Mexico Middle Migraine Mild Mine Miss Mon Monday More ' +
    'Moreover Morning Most Mother Motrin Mr Mrs Ms Much  My NP Na Name Names Need Negative Neurology New ' +
    'Next Night Nine No Nobody None Normal Normally Not Nothing November Now Nurse OR Obstetrics October Of Oh Ok ' +
    'Okay Old On Oncology One Online Opinion Or Orthopedics Other Otherwise Our Overall PA  Pain Paracetamol ' +
    'Pardon Parent Park   Pathology Patient Patients Pediatrics Perhaps PhD Pharmacist ' +
    'Physician Pill Pills Place Please Positive Pregnant Prescriber Previous Primary Problem Prof Provider Prozac ' +
    'Psychiatry Query Question RN Radiology Rash  Really Recent Recently Referred Referring Regards  ' +
    'Reply Report Reports Resident Respectfully Response Rest Result Results Reviewed Right Road Room Same Sat ' +
    'Saturday Scan Scared School Second See Senior September Seven Several Severe She Shield Should Sick Side ' +
    'Signed Since Sincerely Sir Six  So Some Someone Something Sometimes Son Sorry Specialist Sr Stage ' +
    'Start State Still Stop Street Submitted Such Suffering Suggest Suggestion Sun Sunday Sure Surgeon Surgery ' +
    'Swelling Symptom Symptoms TSH Tablet Tablets Take Taking Teen Teenager Ten Test Tests Thank Thankfully Thanks ' +
    'Thanksgiving That The Their Them Therapist Therapy There Therefore These They Third This Those Three Thu ' +
    'Thursday Thus Tired To Today Toddler Tomorrow Top  Treatment Truly Try Trying Tue Tuesday Tumor Two ' +
    'Tylenol Type Typically Ultrasound Um Unfortunately Unit University Unknown Upper Urgent Urology Us Use ' +
    'Usually Valium Very Visit Ward Warm Was Way We Web Wed Wednesday Welcome Well Were  What When Where ' +
    'Which Who Whom Whose Why Wife Will  Wishing With Witness Woman Women Wondering Worried Would Writing ' +
    'X-ray Xanax Xray Yeah Year Years Yes Yesterday You Young Your Yours Zoloft ' +
    ' Alright Alrighty Okay Sure Yep Nope Hmm Wow Great Perfect Fine Understood Noted Agreed Correct Indeed Certainly Of Course Doctor Doc Sir Ma Madam'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** Credentials written after a name ("Leah Kaufman, DDS", "Kim, RN", "REYES, MARISOL RN"): the one list the readers
 * of names and of workplaces use. MS, MA, OD and DC are also a diagnosis, a route or a plan (multiple sclerosis, once
 * daily, discharge): CREDENTIALS_CLEAR_EN leaves them out for readers that have one name word only to go on. */
export const CREDENTIALS_EN: readonly string[] = (
  'MD DO RN LPN LVN NP PA-C PA DDS DMD PharmD RPh PhD MSW LCSW LPC RHIA RHIT MS MA CGC CNM CRNA EMT APRN FNP DNP MPH OD DPM ' + 'DC PT OT SLP RD RT CNA SW Esq'
).split(' ');
export const CREDENTIALS_CLEAR_EN: readonly string[] = CREDENTIALS_EN.filter((c) => !['MS', 'MA', 'OD', 'DC'].includes(c));

/** Who a person is rather than what they are called, written in a bracket after a kin or role noun ("Father (Pashto)",
 * "Dad (Ramadan) fasting", "Grandfather (Hmong)"): peoples and languages whose names have no demonym ending, faiths, and
 * fasts and feasts. Demonyms by their ending (-ian, -ish, -ese, -ic) are read by shape where this list is used. */
export const BACKGROUND_EN = new Set(
  (
    'Pashto Pashtun Dari Farsi Urdu Hindi Gujarati Punjabi Bengali Bangla Tamil Telugu Marathi Kannada Malayalam Sinhala Nepali ' +
    'Hmong Khmer Lao Thai Tagalog Ilocano Cebuano Samoan Tongan Maori Fijian Mandarin Cantonese Hakka Hokkien Teochew ' +
    'Shanghainese Taiwanese Vietnamese Korean Japanese Burmese Rohingya Arabic Hebrew Yiddish Amharic Tigrinya Oromo Somali Swahili ' +
    'Yoruba Igbo Hausa Twi Akan Ewe Wolof Fula Lingala Kinyarwanda Kirundi Zulu Xhosa Shona Afrikaans Berber Kurdish Kurmanji ' +
    'Sorani Turkish Armenian Georgian Azeri Uzbek Kazakh Tajik Pashai Russian Ukrainian Polish Czech Slovak Romanian Bulgarian ' +
    'Serbian Croatian Bosnian Albanian Greek Italian Spanish Portuguese French German Dutch Creole Haitian Patois Romani Roma ' +
    'Traveller Gypsy Inuit Navajo Cherokee Ojibwe Cree Lakota Apache Aboriginal Latino Latina Latinx Black White Asian Caucasian ' +
    'Hispanic Arab Chinese Congolese Sudanese Lebanese Nepalese Senegalese Maltese Guyanese Bhutanese Togolese ' +
    'Irish Scottish Welsh British English Danish Swedish Finnish Flemish Cornish Celtic Slavic ' +
    'Indian Syrian Afghan Iraqi Iranian Pakistani Bangladeshi Nigerian Ghanaian Eritrean Ethiopian Jamaican Cuban Mexican ' +
    'Jewish Muslim Hindu Sikh Jain Buddhist Catholic Protestant Orthodox Mormon Amish Mennonite Quaker ' +
    'Jehovah Rastafarian Baptist Methodist Pentecostal Adventist Atheist Agnostic Ramadan Eid Lent Passover Diwali Navratri ' +
    'Yom Kippur Sabbath Shabbat Vegan Vegetarian Kosher Halal Deaf Interpreter Signing'
  ).split(' '),
);

/** Disease eponyms: not names in clinical prose ("Parkinson's", "Hashimoto"), but real surnames after a title. */
export const EPONYMS = new Set(
  (
    'Becker Duchenne Klinefelter Fabry Gaucher Niemann Ehlers Danlos Hirschsprung Kallmann Dravet Bartter Gitelman Alport Peutz Jeghers Stargardt Friedreich ' +
    'Parkinson Parkinsons Hashimoto Hashimotos Alzheimer Alzheimers Crohn Crohns Graves Addison Cushing Down Bell Hodgkin Kaposi Tourette Raynaud Sjogren Marfan Wilson Huntington Guillain Barre Lyme Epstein Barr Asperger Meniere Bright Paget Munchausen Kawasaki Behcet Reiter Wernicke Korsakoff Horner Bells'
  ).split(' '),
);

export const FIRST_NAMES = new Set(
  (
    'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony ' +
    'Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob ' +
    'Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick ' +
    'Raymond Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy ' +
    'Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy ' +
    'Bruce Gabriel Logan Alan Juan Albert Willie Elijah Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip ' +
    'Eugene Louis Harry Liam Oliver Lucas Aiden Jayden Caleb Owen Isaac Luke Connor Carlos Luis Miguel Diego Jorge ' +
    'Pedro Ahmed Mohammed Muhammad Ali Omar Hassan Ravi Rahul Raj Arjun Amit Vikram Sanjay Anil Suresh Wei Jian ' +
    'Hao Ming Lei Chen Yong Hiroshi Kenji Takeshi Yuki Sung    Dmitri Ivan Sergei Olga Tom Tim Jim Rob ' +
    'Mike Dave Dan Ben Sam Nick Chris Matt Tony Steve Andy Josh Ken Greg Joey Jake Alex Leo Eli Ian Evan Tommy ' +
    'Danny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret ' +
    'Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon ' +
    'Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine ' +
    'Debra Rachel Carolyn Janet Catherine Maria Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren ' +
    'Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison ' +
    'Frances Kathryn Janice Abigail Alice Judy Sophia Denise Doris Marilyn Danielle Beverly Isabella Theresa Diana ' +
    'Natalie Brittany Charlotte Marie Kayla Alexis Lori Ava Mia Amelia Harper Ella Chloe Zoe Nora Aria Ellie Layla ' +
    'Priya Aisha Fatima Ananya Divya Pooja Sunita Neha Mei Ling Yan Xin Li Hui Yuko Keiko Sakura Ji-woo Min-ji ' +
    'Svetlana Natasha Elena Sofia Lucia Carmen Rosa Ana Isabel Gabriela Valentina Camila Kate Katie Jen Jenny Liz ' +
    'Beth Kim Meg Becky Jess Sally Molly Lucy Ellen Claire Julia Jane Joanna Irene Susie Emilia Nina ' +
    // More common given names (US census and international), ordinary English words and places left out.
    'Marvin Glenn Glen Curtis Wendell Lionel Lloyd Orville Dale Earl Leroy Lamar Tyrell Darnell Jerome Derrick ' +
    'Derek Trevor Marcus Desmond Alonzo Ricky Travis Troy Shane Dustin Brett Cody Corey Craig Darren Dean Duane ' +
    'Dwayne Floyd Francis Fred Frederick Gilbert Gordon Herbert Howard Hugh Irving Jack Jackie Jeff Jimmy Joel ' +
    'Johnny Jon Julian Karl Kurt Lance Lee Leon Leonard Lester Lewis Lonnie Luther Manuel Mario Martin Maurice ' +
    'Max Melvin Micheal Milton Mitchell Morris Neil Norman Oscar Otis Perry Phillip Ramon Randall Rafael Ray ' +
    'Reginald Rex Ricardo Rick Rickey Roberto Rodney Ron Ronnie Ross Ruben Rudy Salvador Sidney Stanley Stuart ' +
    'Terrence Theodore Todd Tracy Vernon Victor Wade Wallace Warren Wayne Wesley Willard Calvin Cecil Chester ' +
    'Clarence Claude Clifford Clifton Clyde Darryl Dewey Edgar Edwin Elmer Ernest Everett Felix Fernando Franklin ' +
    'Garrett Gene Harvey Homer Hubert Jared Jeffery Jesus Julio Kelvin Kendall Kirk Marlon Marshall Nelson ' +
    'Raul Roland Ronaldo Sergio Sylvester Terrance Tyrone Wilbur Xavier Zane Brayden Kayden Jaden Aidan Colton ' +
    'Easton Grayson Landon Nolan Parker Ryder Wyatt Hudson Levi Isaiah Jaxon Lincoln Josiah Cameron Dominic ' +
    'Jasper Maxwell Silas Tristan Damian Emmanuel Ezekiel Malik Andre Jamal Darius Deshawn Terrell Marquis ' +
    'Regina Tammy Destiny Marisol Josephine Karin Keisha Darlene Jasmine Shawn Shonda Tasha Bernice Lorraine ' +
    'Opal Geneviève Genevieve Harriet Mabel Leticia Patrice Simone Amina Naomi Dolores Sheila Dana Kelsey Carla ' +
    'Renee Lucille Mildred Edna Ethel Gladys Thelma Bertha Agnes Irma Wanda Eleanor Louise Lillian ' +
    'Florence Geraldine Jean Joann Kathy Cathy Connie Peggy Rita Rosemary Sylvia Tina Tonya Wendy Yolanda Yvonne ' +
    'Audrey Bonnie Brandy Candace Cassandra Charlene Colleen Crystal Dawn Debbie Delores Elaine Erica Erin ' +
    'Esther Gail Gina Heather Holly Jill Jo Jodi Juanita Kara Kristen Kristin Latoya Leah Lena Loretta Lynn ' +
    'Marcia Marlene Maureen Melanie Monica Nichole Norma Paula Phyllis Rhonda Roberta Robin Sherry Shelly ' +
    'Stacy Stacey Suzanne Tara Terri Toni Tracey Valerie Vanessa Veronica Vivian Whitney Yvette Alicia Allison ' +
    'Brianna Caroline Courtney Gabrielle Jocelyn Kaitlyn Kendra Kristina Lindsey Mariah Miranda Morgan ' +
    'Paige Raven Shanice Shaniqua Tiffany Aaliyah Adriana Alexa Alyssa Bella Brooklyn Delilah Eliana Gianna ' +
    'Hailey Kennedy Kinsley Leilani Lila Luna Maya Mila Naomi Nevaeh Penelope Peyton Quinn Riley Sadie Scarlett ' +
    'Serenity Skylar Stella Maddie Ximena Guadalupe Consuelo Esperanza Marisela Yesenia Araceli ' +
    'Lily Lilly Lillian Daisy Ruby Ivy Iris Chidi Amara Ngozi Ikenna Chinedu Oluwaseun Adaeze Emeka Kwame Kofi Ama Abena Tunde Folake Ayodele Femi ' +
    'Tremaine Hamid Reza Farah Yusuf Mustafa Ibrahim Khalid Tariq Zainab Leila Nadia Samir Karim Rashid Hussein ' +
    'Deepak Rajesh Ramesh Sunil Vijay Kavita Lakshmi Meera Nisha Rekha Sneha Anjali Ishaan Rohan Aarav Vivaan ' +
    'Takashi Haruto Sota Yui Aoi Hina Riko Minh Thanh Huong Linh Duc Quang Jae Hyun Seo Eun Soo Young ' +
    'Mateo Santiago Sebastian Matias Nicolas Alejandro Javier Francisco Antonio Alberto Enrique Eduardo Andres ' +
    'Hector Ignacio Joaquin Lorenzo Marco Paolo Giovanni Giuseppe Luca Matteo Alessandro Francesca Giulia Chiara ' +
    'Sven Lars Anders Nils Ingrid Astrid Freya Hans Klaus Jurgen Dieter Heinz Greta Brigitte Pierre Jacques ' +
    'Francois Antoine Philippe Sophie Camille Manon Chloé Léa Zoé Aurélie Dmitry Alexei Nikolai Yuri Tatiana ' +
    'Irina Anastasia Katarzyna Agnieszka Piotr Tomasz Krzysztof Magdalena Bogdan Milan Zoran Dragan Ivana Lars'
  )
    .split(/\s+/)
    .filter(Boolean),
);

/** First names that are also English words: a name only beside a name found next to them ("May Ellen Prescott"). */
export const WORD_FIRST_NAMES = new Set(
  'Will May June Grace Hope Faith Joy Rose Mark Bill Art Sue Pat Bob Rich Dawn April Summer Autumn Ray Drew Sage Iris Ivy Lily Daisy Ruby Pearl Violet Jade Amber Crystal Penny Holly Hazel Olive Rusty Sandy Chip Buck Hunter Mason Chase Victor Frank Gene Guy Jack Jean Kay Lane Lee Max Miles Norm Pierce Reed Rob Sterling Wade'.split(
    ' ',
  ),
);

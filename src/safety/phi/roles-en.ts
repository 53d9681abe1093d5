// English nouns that name a person by a job, a duty or a tie — the one list both English person-slot readers share:
// structure-en.ts (a role word before a name, "attorney Carla Vance", and role labels) and person-slots-en.ts (a
// capitalised word after a role noun, "hospitalist Osei"). Each reader adds the words only its own slot takes.
export const PERSON_ROLE_NOUNS_EN: readonly string[] = (
  'nurse sitter aide resident surgeon physician doctor chaplain priest pastor rabbi imam pharmacist therapist doula midwife ' +
  'tech technician counselor coach advocate paramedic officer deputy trooper teacher tutor principal student volunteer ' +
  'caregiver nanny manager supervisor colleague coworker co-worker roommate landlord friend owner partner boyfriend ' +
  'girlfriend husband wife son daughter mother father mom mum dad brother sister grandson granddaughter grandmother ' +
  'grandfather grandma grandpa aunt uncle cousin niece nephew'
).split(' ');

// Word classes argue-defend's frame modules share.

/** Staff we might defend instead of hearing the complaint. */
export const STAFF =
  '(?:staff(?: members?)?|team(?: members?)?|employees?|drivers?|couriers?|agents?|associates?|conductors?|guards?|officers?|engineers?|technicians?|advis[eo]rs?|representatives?|reps|colleagues?|trainers?|instructors?|nurses?|doctors?|clinicians?|surveyors?|assessors?|inspectors?|loss adjusters?|housekeeping(?: team| staff)?|moderators?|sales(?:man|men|woman|women|people|person)|crew|cabin crew|pilots?|security(?: team| staff| guards?| officers?)?|loss prevention(?: team| staff)?|assistants?|cashiers?|managers?|receptionists?|installers?|fitters?|operators?|people)';

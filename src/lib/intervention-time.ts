// How long the Digital Pathway takes, said in one place for every screen that mentions it:
// two or three stories of about three minutes each, a short optional thought after each, and
// about five minutes to write one piece of advice.
export const PATHWAY_MINUTES = 15;

// English ways a story says that the name it uses is not the source's own: "the pseudonym Ana",
// "Ana (not her real name)", "Ana, whose name has been changed", "identified only as Ana".
// Each pattern captures the name the story then uses; the rule that reads them names no words.

const NAME = String.raw`(\p{Lu}[\p{Ll}’'-]+)`;

export const PSEUDONYM_DECLARATIONS: readonly RegExp[] = [
  // "asked to use the pseudonym Ana", "a pseudonym, Ana"
  new RegExp(String.raw`\b(?:a|the) (?:pseudonym|false name|nickname|assumed name),? ${NAME}`, 'gu'),
  // "Ana (not her real name)", "Ana, not her real name,"
  new RegExp(String.raw`${NAME},? \(?not (?:his|her|their) real name`, 'gu'),
  // "Ana, whose name has been changed", "Ana, whose name we have changed"
  new RegExp(String.raw`${NAME},? whose (?:real )?name (?:has been|was|we have|we've|is being) (?:changed|withheld)`, 'gu'),
  // "identified only as Ana", "who gave only her first name, Ana"
  new RegExp(String.raw`\b(?:identified only as|known only as|gave only (?:his|her|their) first name,?) ${NAME}`, 'gu'),
];

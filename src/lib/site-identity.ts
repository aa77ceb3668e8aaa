/** The site's name and one-line description, shown in the header, footer and page titles. */
export const SITE_TITLE = 'Russia–DPRK Treaty: the quoted provisions';
/** True of a site of one report or of many, whatever kinds of document they quote. */
export const SITE_DESCRIPTION =
  'News reporting on the 2024 Comprehensive Strategic Partnership Treaty between Russia and the DPRK, reproduced word for word, with a page of its own for every provision quoted.';

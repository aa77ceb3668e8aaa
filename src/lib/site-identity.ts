/** The site's name and one-line description, shown in the header, footer and page titles. */
export const SITE_TITLE = 'Russia–DPRK Treaty: the quoted provisions';
export const SITE_DESCRIPTION =
  'News reports on the 2024 Comprehensive Strategic Partnership Treaty between Russia and the DPRK, reproduced word for word, with a page for every treaty provision they quote.';

/**
 * Dates, formatted in one place. A date the content gives (YYYY-MM-DD) is midnight UTC, so it is
 * formatted in UTC and never moves to the day before in a reader's time zone. "Today" on the
 * reader's screen (a citation's access date) is formatted in the reader's own zone: pass
 * `LOCAL_ZONE`.
 */
export const LOCAL_ZONE = 'local';

type Zone = 'UTC' | typeof LOCAL_ZONE;
const zone = (timeZone: Zone) => (timeZone === LOCAL_ZONE ? undefined : timeZone);

/** "2024-10-15". */
export function isoDate(date: Date, timeZone: Zone = 'UTC'): string {
  // en-CA writes dates as YYYY-MM-DD.
  return date.toLocaleDateString('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: zone(timeZone),
  });
}

/** "15 October 2024". */
export function longDate(date: Date, timeZone: Zone = 'UTC'): string {
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: zone(timeZone),
  });
}

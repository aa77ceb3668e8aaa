import {
  HASHED_FOLDERS,
  IMMUTABLE,
  PUBLIC_DATA,
  PUBLIC_DATA_HEADERS,
  REVALIDATE,
  SECURITY_HEADERS,
} from '../../src/integrations/hosting.ts';

/**
 * The same headers as rules for serve-handler, whose patterns are globs relative to the folder
 * served. Every response revalidates unless it is a file in a hashed folder: a 404 page under
 * /_astro/ is not a hashed file, so it is never cached for a year.
 */
export function serveHandlerHeaders(): { source: string; headers: { key: string; value: string }[] }[] {
  const security = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
  return [
    { source: '**', headers: [...security, { key: 'Cache-Control', value: REVALIDATE }] },
    ...HASHED_FOLDERS.map((folder) => ({
      source: `${folder.slice(1)}**`,
      headers: [{ key: 'Cache-Control', value: IMMUTABLE }],
    })),
    ...PUBLIC_DATA.map((path) => ({
      source: path.slice(1).replace('*', '**/*'),
      headers: Object.entries(PUBLIC_DATA_HEADERS).map(([key, value]) => ({ key, value })),
    })),
  ];
}

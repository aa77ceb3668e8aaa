/**
 * In `astro dev`, a content problem fails every request until it is fixed, and Astro logs the
 * same error for each request (the page, its card, the next reload): the terminal would list the
 * same problems three to five times. Here an error is printed once, and again only after the
 * content folder changes; the page itself shows it every time (Astro's error overlay).
 */
import { resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';

interface LogEvent {
  level: string;
  message: string;
}
interface Destination {
  write(event: LogEvent): boolean;
}

export function printErrorsOnce(
  server: ViteDevServer,
  logger: AstroIntegrationLogger,
  contentDir: string,
): void {
  // Astro's integration logger shares its destination with Astro's own logger: the one place every
  // line of the terminal goes through.
  const destination = (logger.options as unknown as { destination: Destination }).destination;
  const write = destination.write.bind(destination);
  const printed = new Set<string>();
  destination.write = (event) => {
    if (event.level !== 'error') return write(event);
    if (printed.has(event.message)) return true;
    printed.add(event.message);
    return write(event);
  };
  const content = `${resolve(contentDir)}${sep}`;
  server.watcher.on('all', (_event, file) => {
    if (resolve(file).startsWith(content)) printed.clear();
  });
}

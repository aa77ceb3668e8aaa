import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from '../../scripts/lib/free-port.mjs';
import { childEnv } from '../build/build-copy';

/**
 * The server behind `npm start` and the browser tests, asked what readers, crawlers and attackers
 * ask of a static host: it answers as such a host does, and one bad request never stops it.
 */
const root = resolve(import.meta.dirname, '../..');
const site = mkdtempSync(join(tmpdir(), 'treaty-serve-'));
const servers: ChildProcess[] = [];

function writeSite() {
  const file = (path: string, body: string) => {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), body);
  };
  file('index.html', '<!doctype html><title>Home</title>');
  file('404.html', '<!doctype html><title>Page not found</title>');
  file('documents/x/index.html', '<!doctype html><title>X</title>');
  file('_astro/app.1a2b3c.js', 'console.log(1)');
  file('_headers', '/*\n  X-Secret-Rules: yes\n');
  file('_redirects', '/old/ /new/ 301\n');
  symlinkSync('/etc', join(site, 'leak'));
}

async function start(base: string, port?: number) {
  const chosen = port ?? (await freePort());
  const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
    env: childEnv({ OUT_DIR: site, BASE_PATH: base, PORT: String(chosen) }),
  });
  servers.push(server);
  let output = '';
  server.stdout?.on('data', (chunk) => (output += chunk));
  for (let i = 0; i < 100 && !output.includes('Serving'); i += 1) await new Promise((r) => setTimeout(r, 50));
  return { port: Number(/127\.0\.0\.1:(\d+)/.exec(output)?.[1]), output: () => output };
}

/** A request sent byte for byte, as a client that does not tidy the path would send it. */
function raw(
  port: number,
  method: string,
  path: string,
): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`),
    );
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolvePromise({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
  });
}

let port: number;
beforeAll(async () => {
  writeSite();
  port = (await start('/')).port;
});
afterAll(() => {
  for (const server of servers) server.kill();
  rmSync(site, { recursive: true, force: true });
});

describe('the local server', () => {
  test('should answer a malformed request with 400 and keep serving', async () => {
    for (const path of ['/%', '/%zz', '/..%2f..%2froot'])
      expect((await raw(port, 'GET', path)).status, path).toBe(400);
    await raw(port, 'GET', '//[');
    expect((await raw(port, 'GET', '/')).status).toBe(200);
  });

  test('should answer a path with a control character with 400, and no stack trace', async () => {
    for (const path of ['/index.html%00', '/%00', '/a%0d%0aSet-Cookie:%20x']) {
      const response = await raw(port, 'GET', path);
      expect(response.status, path).toBe(400);
      expect(response.body, path).not.toMatch(/\bat \S+:\d+/);
    }
  });

  test('should send the security headers with every answer: redirects, errors and refusals too', async () => {
    const answers = [
      await raw(port, 'GET', '/documents/x'),
      await raw(port, 'GET', '/%zz'),
      await raw(port, 'POST', '/'),
      await raw(port, 'GET', '/nowhere/'),
    ];
    expect(answers.map((a) => a.status)).toEqual([301, 400, 405, 404]);
    for (const answer of answers) {
      expect(answer.headers, String(answer.status)).toContain("content-security-policy: default-src 'self'");
      expect(answer.headers, String(answer.status)).toContain('x-content-type-options: nosniff');
    }
    // An error answered by the server itself is plain text: nothing the security policy would block.
    expect(answers[1]!.headers).toContain('content-type: text/plain');
  });

  test('should send the whole file for a range it cannot satisfy, not a 416 with the file', async () => {
    const response = await new Promise<{ status: number; body: string }>((resolvePromise) => {
      const socket = connect(port, '127.0.0.1', () =>
        socket.write(
          'GET /documents/x/ HTTP/1.1\r\nHost: x\r\nRange: bytes=99999-\r\nConnection: close\r\n\r\n',
        ),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('end', () =>
        resolvePromise({ status: Number(data.split(' ')[1]), body: data.split('\r\n\r\n')[1] ?? '' }),
      );
    });
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>X</title>');
  });

  test('should serve a build at the base path it was built for, and refuse a BASE_PATH that differs', async () => {
    writeFileSync(
      join(site, 'robots.txt'),
      'User-agent: *\n\nSitemap: http://127.0.0.1:1/treaty/sitemap-index.xml\n',
    );
    try {
      const chosen = await freePort();
      const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs')], {
        env: childEnv({ OUT_DIR: site, PORT: String(chosen) }),
      });
      servers.push(server);
      let output = '';
      server.stdout?.on('data', (chunk) => (output += chunk));
      for (let i = 0; i < 100 && !output.includes('Serving'); i += 1)
        await new Promise((r) => setTimeout(r, 50));
      expect(output).toContain(`http://127.0.0.1:${chosen}/treaty/`);
      expect((await raw(chosen, 'GET', '/treaty/documents/x/')).status).toBe(200);
      const refused = spawnSync(process.execPath, [join(root, 'scripts/serve.mjs')], {
        env: childEnv({ OUT_DIR: site, BASE_PATH: '/', PORT: String(await freePort()) }),
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('was built for the base path /treaty/, but BASE_PATH is /');
    } finally {
      rmSync(join(site, 'robots.txt'));
    }
  });

  test('should not serve host files, however they are spelt', async () => {
    for (const path of ['/_headers', '/%5Fheaders', '/_headers/', '/_redirects', '/%5fredirects']) {
      const response = await raw(port, 'GET', path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('X-Secret-Rules');
    }
  });

  test('should not follow a symlink out of the site', async () => {
    for (const path of ['/leak/', '/leak/host.conf', '/leak/ld.so.conf', '/leak/hostname/']) {
      const response = await raw(port, 'GET', path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toContain('Page not found');
    }
  });

  test('should allow only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const response = await raw(port, method, '/');
      expect(response.status, method).toBe(405);
      expect(response.headers).toContain('allow: get, head');
    }
    expect((await raw(port, 'HEAD', '/')).status).toBe(200);
  });

  test('should redirect a folder to its trailing slash, keeping the query', async () => {
    const response = await raw(port, 'GET', '/documents/x?from=chat');
    expect(response.status).toBe(301);
    expect(response.headers).toContain('location: /documents/x/?from=chat');
  });

  test('should answer an unknown path with the site’s 404 page, never cached for a year', async () => {
    for (const path of ['/nowhere/', '/_astro/missing.js']) {
      const response = await raw(port, 'GET', path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).toContain('Page not found');
      expect(response.headers, path).toContain('cache-control: public, max-age=0, must-revalidate');
    }
    const asset = await raw(port, 'GET', '/_astro/app.1a2b3c.js');
    expect(asset.headers).toContain('cache-control: public, max-age=31536000, immutable');
    expect(asset.headers).toContain("content-security-policy: default-src 'self'");
  });

  test('should serve a site under its base path only', async () => {
    const sub = (await start('/treaty/')).port;
    expect((await raw(sub, 'GET', '/treaty/documents/x/')).status).toBe(200);
    expect((await raw(sub, 'GET', '/documents/x/')).status).toBe(404);
    const bare = await raw(sub, 'GET', '/treaty');
    expect(bare.status).toBe(301);
    expect(bare.headers).toContain('location: /treaty/');
    expect((await raw(sub, 'GET', '/treaty/documents/x')).headers).toContain(
      'location: /treaty/documents/x/',
    );
  });

  test('should move to the next port when its port is taken, and say so', async () => {
    const second = await start('/', port);
    expect(second.port).toBe(port + 1);
    expect(second.output()).toContain(`Port ${port} is in use; trying ${port + 1} (set PORT to choose one).`);
  });
});

/**
 * Where a build writes, and the one place anything is deleted. The output folder (OUT_DIR) is
 * checked before anything is written or removed: it may not be the project, a folder that holds
 * it, or a folder inside the sources, the dependencies, git's data or the content, and an existing
 * folder must be an earlier build (or empty). Then the old site is removed, the build writes into
 * a staging folder beside it, and the finished site is renamed into place in one step: a failed
 * or interrupted build leaves no site that could be deployed by mistake, only its staging folder,
 * which the next build clears. A lock keeps two builds from writing one folder; it is a socket
 * that closes with its process, so a crashed build never leaves a lock behind.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve, sep } from 'node:path';

export class OutputFolderError extends Error {}

/**
 * What marks a staging folder as a build's own, so only such a folder is ever cleared. (Astro is
 * told not to empty its output folder, the staging folder: this module creates it empty.)
 */
const STAGING_MARK = '.build-in-progress';
/** Files only a built site has at its top: a folder holding one of them is an earlier build. */
const SITE_FILES = ['index.html', '404.html', '_headers'];

/** A file-system error as a sentence that names the path, instead of a stack trace. */
export function describeFsError(error: unknown, path: string): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EROFS'
        ? 'the disk is read-only'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EBUSY'
            ? 'it is in use (a mount point, or open in another program)'
            : (error as Error).message;
  return new OutputFolderError(`Could not write ${path}: ${reason}${code ? ` (${code})` : ''}.`);
}

/** The real path of `path`, or of its nearest existing parent joined with the rest. */
function realPath(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
}

const isInside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** The folders a build must never write into, with how the README names them. */
function protectedFolders(root: string, contentDir: string) {
  return [
    { path: join(root, 'src'), name: 'src/' },
    { path: join(root, 'public'), name: 'public/' },
    { path: join(root, 'node_modules'), name: 'node_modules/' },
    { path: join(root, '.git'), name: '.git/' },
    { path: realPath(contentDir), name: 'the content folder' },
  ];
}

/**
 * Refuses, before anything is written or removed, an output folder the build must not replace.
 * `root` is the project's folder.
 */
export function checkOutputFolder(
  outDir: string,
  { given, root, contentDir }: { given: string; root: string; contentDir: string },
): void {
  const out = realPath(outDir);
  const project = realPath(root);
  const refuse = (why: string) => {
    throw new OutputFolderError(
      `OUT_DIR=${given} names ${out}, which ${why}, and a build replaces its output folder whole. Nothing was written or removed. Fix: set OUT_DIR to a folder of its own, e.g. OUT_DIR=dist.`,
    );
  };
  if (isInside(project, out)) refuse(out === project ? 'is the project itself' : 'holds the project');
  for (const folder of protectedFolders(project, contentDir)) {
    if (isInside(out, realPath(folder.path))) refuse(`is inside ${folder.name}`);
  }
  if (!existsSync(out)) return;
  if (!lstatSync(out).isDirectory()) refuse('is a file, not a folder');
  const files = readdirSync(out);
  if (files.length > 0 && !SITE_FILES.some((file) => files.includes(file))) {
    refuse(
      `already holds files that are not a built site (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`,
    );
  }
}

/** A lock for one output folder: a local socket, which the operating system closes with its process. */
async function takeLock(outDir: string): Promise<Server> {
  const id = createHash('sha256').update(realPath(outDir)).digest('hex').slice(0, 16);
  const address =
    process.platform === 'win32'
      ? `\\\\.\\pipe\\treaty-build-${id}`
      : join(tmpdir(), `treaty-build-${id}.sock`);
  const listen = () =>
    new Promise<Server>((resolveServer, reject) => {
      const server = createServer((socket) => socket.end());
      server.once('error', reject);
      server.listen(address, () => resolveServer(server.unref()));
    });
  try {
    return await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw describeFsError(error, address);
  }
  const held = await new Promise<boolean>((answer) => {
    const socket = createConnection(address, () => {
      answer(true);
      socket.destroy();
    });
    socket.once('error', () => answer(false));
  });
  if (held) {
    throw new OutputFolderError(
      `Another build is writing ${outDir}. Wait for it to finish, or stop it, then build again.`,
    );
  }
  // A socket file left by a build that ended without closing it: it no longer means anything.
  rmSync(address, { force: true });
  return listen();
}

export interface Staging {
  /** Where the finished site goes. */
  outDir: string;
  /** Where this build writes. */
  dir: string;
  /** Puts the finished site in place. */
  publish(): void;
  /** Removes what this build wrote. */
  discard(): void;
}

/** The device of `path`, or of its nearest existing parent. */
function deviceOf(path: string): number {
  return existsSync(path) ? statSync(path).dev : deviceOf(dirname(path));
}

/** Removes what a folder holds, and the folder too unless it is a mount point (which cannot be removed). */
function clear(path: string, keepFolder: boolean) {
  if (!keepFolder) return rmSync(path, { recursive: true, force: true });
  for (const entry of readdirSync(path)) rmSync(join(path, entry), { recursive: true, force: true });
}

/** Moves a folder's files into another, across drives if need be. */
function moveInto(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) {
    try {
      renameSync(join(from, entry), join(to, entry));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      cpSync(join(from, entry), join(to, entry), { recursive: true });
    }
  }
  rmSync(from, { recursive: true, force: true });
}

/**
 * Prepares a build of `outDir` (already checked): takes its lock, clears the old site and any
 * staging folder an earlier build left, and returns the staging folder to write into. Astro
 * moves files into its output folder from the project's own, so the staging folder is on the
 * project's drive: beside `outDir` when that is the same drive (the finished site is then renamed
 * into place in one step), else in the project's cache (then copied across). A mount point keeps
 * its folder and has its contents replaced.
 */
export async function startStaging(outDir: string, root: string): Promise<Staging> {
  const sameDrive = deviceOf(dirname(outDir)) === deviceOf(root);
  const id = createHash('sha256').update(realPath(outDir)).digest('hex').slice(0, 12);
  const dir = sameDrive
    ? join(dirname(outDir), `${basename(outDir)}.partial`)
    : join(root, 'node_modules', '.cache', 'site-staging', `${basename(outDir)}-${id}`);
  try {
    mkdirSync(dirname(outDir), { recursive: true });
    mkdirSync(dirname(dir), { recursive: true });
    // Whether the output folder can be written at all, before a whole build is spent on it.
    rmSync(mkdtempSync(join(dirname(outDir), `.${basename(outDir)}-`)), { recursive: true });
  } catch (error) {
    throw describeFsError(error, outDir);
  }
  const lock = await takeLock(outDir);
  const release = () => lock.close();
  const isMountPoint = existsSync(outDir) && statSync(outDir).dev !== statSync(dirname(outDir)).dev;
  try {
    if (existsSync(dir)) {
      if (!existsSync(join(dir, STAGING_MARK))) {
        throw new OutputFolderError(
          `${dir} exists and is not a staging folder of this project's builds, so the build will not clear it. Fix: move it away, or set OUT_DIR to another folder.`,
        );
      }
      rmSync(dir, { recursive: true, force: true });
    }
    if (existsSync(outDir)) clear(outDir, isMountPoint);
    mkdirSync(dir);
    writeFileSync(join(dir, STAGING_MARK), `${process.pid}\n`);
  } catch (error) {
    release();
    throw error instanceof OutputFolderError ? error : describeFsError(error, dir);
  }
  return {
    outDir,
    dir,
    publish() {
      try {
        rmSync(join(dir, STAGING_MARK), { force: true });
        if (sameDrive && !isMountPoint) renameSync(dir, outDir);
        else moveInto(dir, outDir);
      } catch (error) {
        throw describeFsError(error, outDir);
      } finally {
        release();
      }
    },
    discard() {
      rmSync(dir, { recursive: true, force: true });
      release();
    },
  };
}

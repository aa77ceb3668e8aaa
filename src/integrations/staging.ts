/**
 * A build writes into `<outDir>.partial` and the finished site replaces `<outDir>` in one rename,
 * so a server showing the old site never serves a half-written file. A failed or interrupted
 * build leaves no site at all: nothing stale or partial can be deployed by mistake. A lock file
 * keeps two builds from writing the same folder.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export class BuildBusyError extends Error {}

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
          : (error as Error).message;
  return new Error(`Could not write ${path}: ${reason}${code ? ` (${code})` : ''}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function takeLock(lock: string, outDir: string): void {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw describeFsError(error, lock);
      const holder = Number(readFileSync(lock, 'utf8'));
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new BuildBusyError(
          `Another build (process ${holder}) is writing ${outDir}. Wait for it to finish, or stop it, then build again.`,
        );
      }
      // The build that held it is gone (it crashed or was killed): its lock no longer means anything.
      rmSync(lock, { force: true });
    }
  }
}

export interface Staging {
  /** Where the finished site goes. */
  outDir: string;
  /** Where this build writes. */
  dir: string;
  /** Puts the finished site in place of the old one. */
  publish(): void;
  /** Removes whatever this build wrote, and the old site with it. */
  discard(): void;
}

export function startStaging(outDir: string): Staging {
  const dir = `${outDir}.partial`;
  const lock = `${outDir}.lock`;
  try {
    // OUT_DIR may name a folder whose parent does not exist yet, as Astro's own outDir may.
    mkdirSync(dirname(outDir), { recursive: true });
  } catch (error) {
    throw describeFsError(error, dirname(outDir));
  }
  takeLock(lock, outDir);
  let settled = false;
  const release = () => rmSync(lock, { force: true });
  const discard = () => {
    if (settled) return;
    settled = true;
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    release();
  };
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    release();
    throw describeFsError(error, dir);
  }
  // However the process ends before publish(), nothing half-built is left behind.
  process.once('exit', discard);
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      discard();
      process.exit(code);
    });
  }
  return {
    outDir,
    dir,
    discard,
    publish() {
      const previous = `${outDir}.previous`;
      try {
        rmSync(previous, { recursive: true, force: true });
        try {
          renameSync(outDir, previous);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        renameSync(dir, outDir);
        rmSync(previous, { recursive: true, force: true });
      } catch (error) {
        throw describeFsError(error, outDir);
      }
      settled = true;
      release();
    },
  };
}

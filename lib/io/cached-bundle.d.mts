// Types of cached-bundle.mjs (plain JavaScript, so that the CLI launcher can run it without a compiler).
import type { Hash } from 'node:crypto';

/** Feeds `hash` every source file under `dir` (relative paths and contents, in a fixed order). */
export function hashSourceTree(dir: string, hash: Hash): void;

/**
 * Bundles `entry` into `cacheDir` under a name hashed from `sourceDir` and `lockFile`, or reuses the bundle
 * already there; null when esbuild is missing or the bundle cannot be written.
 */
export function writeCachedBundle(entry: string, sourceDir: string, lockFile: string, cacheDir: string): Promise<URL | null>;

/**
 * Where the repository's reference data lives: `dataFile('cards', 'test-cards.json')` is the
 * absolute path of `data/cards/test-cards.json`. Every package that reads reference data (the
 * sandbox's test cards, the development sanctions lists, the official OpenAPI documents the contract
 * tests check against) resolves it here, so nothing reads outside the repository. `readDataFile`
 * reads a file and un-gzips it when its name ends in `.gz` (the large lists are stored compressed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const DATA_DIR = import.meta.dirname;

export function dataFile(...segments: string[]): string {
  return path.join(DATA_DIR, ...segments);
}

/** The file's bytes, decompressed when the name ends in `.gz`. */
export function readDataFile(file: string): Buffer {
  const bytes = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

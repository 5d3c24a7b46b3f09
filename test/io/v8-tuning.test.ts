import { describe, expect, it } from 'vitest';
import { HEAP_SHARE, LARGE_INPUT_FILES, heapFlagFor } from '../../lib/io/v8-tuning.mjs';

const GiB = 2 ** 30;

describe('heapFlagFor', () => {
  const large = { inputFiles: 100_000, heapLimitBytes: 4 * GiB, totalMemoryBytes: 24 * GiB, userFlags: '' };

  it('gives a large ingest three quarters of the machine’s memory', () => {
    expect(HEAP_SHARE).toBe(0.75);
    expect(heapFlagFor(large)).toBe('--max-old-space-size=18432');
    expect(heapFlagFor({ ...large, inputFiles: LARGE_INPUT_FILES })).toBe('--max-old-space-size=18432');
  });

  it('leaves V8’s limit alone for a small input, on a small machine, or when the user set one', () => {
    expect(heapFlagFor({ ...large, inputFiles: LARGE_INPUT_FILES - 1 })).toBeNull();
    expect(heapFlagFor({ ...large, totalMemoryBytes: 4 * GiB })).toBeNull();
    expect(heapFlagFor({ ...large, heapLimitBytes: 20 * GiB })).toBeNull();
    expect(heapFlagFor({ ...large, userFlags: '--max-old-space-size=2048' })).toBeNull();
    expect(heapFlagFor({ ...large, userFlags: '--no-turbo-inlining --max-old-space-size=30000' })).toBeNull();
  });
});

// nodejieba is an optional dependency: tests that need it skip, saying why, where it is absent.
import { NODEJIEBA_MISSING, segmenterAvailable } from '../../src/segment.js';

/** A skip reason when nodejieba is not installed, else false (for test(name, { skip }, fn)). */
export function nodejiebaOrSkip(): string | false {
  return segmenterAvailable('nodejieba') ? false : NODEJIEBA_MISSING;
}

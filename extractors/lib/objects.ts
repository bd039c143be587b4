// Copying a small record with fields changed or added.

/**
 * `{ ...base, ...fields }`: the same keys in the same order, the same values.
 * Written as a spread followed by a key that `base` lacks, V8 11 (Node 20)
 * gives every copy a hidden class of its own: a spread's class sits outside
 * V8's transition tree, so each added key makes a fresh one. On a page of
 * 50,000 figures that was 50,000 classes and descriptor arrays, 13 MB made
 * straight in the old generation, and each copy took four times as long as
 * with Object.assign, whose copies share their classes.
 */
export function copyWith<T extends object, U extends object>(base: T, fields: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, fields);
}

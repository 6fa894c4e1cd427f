import { closeSync, openSync, readSync } from 'node:fs';
import type { DatasetSource } from '../data/dataset-text.ts';

/** The first read: the line of records is about 170 KB. */
const FIRST_READ = 256 * 1024;

/**
 * A dataset file read a part at a time: its line of records now, the rest as asked (`firstRead`
 * bytes are read at once, and parts inside them served from memory). The file stays open for the
 * life of the process (the CLI answers one question and exits).
 */
export function datasetFile(path: string, firstRead = FIRST_READ): DatasetSource {
  const fd = openSync(path, 'r');
  let head = Buffer.allocUnsafe(firstRead);
  let size = readAll(fd, head, 0);
  let newline = head.subarray(0, size).indexOf(10);
  // A line longer than the first read: read on until its end.
  while (newline < 0 && size === head.length) {
    const more = Buffer.allocUnsafe(head.length * 2);
    head.copy(more);
    head = more;
    size += readAll(fd, head, size);
    newline = head.subarray(0, size).indexOf(10);
  }
  if (newline < 0) {
    closeSync(fd);
    throw new Error(`compiled dataset ${path}: no line of records`);
  }
  const at = newline + 1;
  const first = head;
  const firstSize = size;
  return {
    line: head.toString('latin1', 0, newline),
    body(start, end) {
      const from = at + start;
      const to = at + end;
      // Parts inside the first read come from it; the others from the file.
      if (to <= firstSize) return first.toString('latin1', from, to);
      const part = Buffer.allocUnsafe(to - from);
      if (readAll(fd, part, 0, from) < part.length) throw new Error(`compiled dataset ${path}: ends before offset ${to}`);
      return part.toString('latin1');
    },
  };
}

/** Reads into `buffer` from `offset` until it is full or the file ends (at `position`, default where the last read ended); the bytes read. */
function readAll(fd: number, buffer: Buffer, offset: number, position?: number): number {
  let done = 0;
  for (;;) {
    const n = readSync(fd, buffer, offset + done, buffer.length - offset - done, position === undefined ? null : position + done);
    if (n === 0) return done;
    done += n;
    if (offset + done === buffer.length) return done;
  }
}

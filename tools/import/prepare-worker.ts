/**
 * A worker thread of the import pool (tools/import/prepare.ts): prepares one file per task.
 */
import { type PrepareOptions, type Prepared, prepareFile } from './prepare.ts';

/** Tinypool calls this once per task. */
export default function prepare({ file, options }: { file: string; options: PrepareOptions }): Promise<Prepared> {
  return prepareFile(file, options);
}

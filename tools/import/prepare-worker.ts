/**
 * A worker thread of the import pool (tools/import/prepare.ts): prepares one file or feed item per task.
 */
import { type Prepared, type PrepareTask, prepareFile, prepareItem } from './prepare.ts';

/** Tinypool calls this once per task. */
export default function prepare(task: PrepareTask): Promise<Prepared> {
  return 'item' in task ? prepareItem(task.item, task.options) : prepareFile(task.file, task.options);
}

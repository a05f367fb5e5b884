/**
 * The summary the command line prints after a batch.
 */
import type { ImportReport } from './types.ts';

/**
 * Human-readable summary: created, skipped and failed inputs with reasons, then warnings and totals.
 * A dry run wrote nothing, so it speaks in the conditional: "Would create 3:", "3 would be created".
 */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  const section = (heading: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(heading, ...rows.map((row) => `  ${row}`), '');
  };
  const dry = report.dryRun === true;
  section(
    `${dry ? 'Would create' : 'Created'} ${report.created.length}:`,
    report.created.map(
      (entry) =>
        `${entry.input} → ${entry.path}${entry.images?.length ? ` (+${entry.images.length} image${entry.images.length === 1 ? '' : 's'})` : ''}${entry.backup ? ` (previous version ${dry ? 'would be moved' : 'moved'} to ${entry.backup})` : ''}`,
    ),
  );
  section(
    `${dry ? 'Would skip' : 'Skipped'} ${report.skipped.length}:`,
    report.skipped.map((entry) => `${entry.input}: ${entry.reason}${entry.existing ? `: ${entry.existing}` : ''}`),
  );
  section(
    `${dry ? 'Would fail' : 'Failed'} ${report.failed.length}:`,
    report.failed.map((entry) => `${entry.input}: ${entry.reason}`),
  );
  const unavailable = report.unavailableImages ?? [];
  section(
    `${dry ? 'Images that would not be stored in the archive' : 'Images not stored in the archive'} ${unavailable.length} (links kept where they are http(s)):`,
    unavailable.map((entry) => `${entry.input}: ${entry.url}: ${entry.reason}`),
  );
  // Each image above also made a warning as it happened; the list says it once.
  const listed = new Set(unavailable.map((entry) => `${entry.input}\n${entry.url}`));
  const warnings = report.warnings.filter((entry) => {
    const image = /^image (.+?) not stored in the archive: /.exec(entry.message);
    return !image || !listed.has(`${entry.input}\n${image[1]}`);
  });
  section(
    `Warnings ${warnings.length}:`,
    warnings.map((entry) => `${entry.input}: ${entry.message}`),
  );
  const { created, skipped, failed } = { created: report.created.length, skipped: report.skipped.length, failed: report.failed.length };
  lines.push(
    dry
      ? `would create ${created}, would skip ${skipped}, would fail ${failed} (dry run: nothing written)`
      : `${created} created, ${skipped} skipped, ${failed} failed`,
  );
  return lines.join('\n');
}

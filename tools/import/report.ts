/**
 * The summary the command line prints after a batch.
 */
import type { ImportReport } from './types.ts';

/** Human-readable summary: created, skipped and failed inputs with reasons, then warnings and totals. */
export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  const section = (heading: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(heading, ...rows.map((row) => `  ${row}`), '');
  };
  const verb = report.dryRun ? 'Would create' : 'Created';
  section(
    `${verb} ${report.created.length}:`,
    report.created.map(
      (entry) =>
        `${entry.input} → ${entry.path}${entry.images?.length ? ` (+${entry.images.length} image${entry.images.length === 1 ? '' : 's'})` : ''}${entry.backup ? ` (previous version moved to ${entry.backup})` : ''}`,
    ),
  );
  section(
    `Skipped ${report.skipped.length}:`,
    report.skipped.map((entry) => `${entry.input}: ${entry.reason}${entry.existing ? `: ${entry.existing}` : ''}`),
  );
  section(
    `Failed ${report.failed.length}:`,
    report.failed.map((entry) => `${entry.input}: ${entry.reason}`),
  );
  const unavailable = report.unavailableImages ?? [];
  section(
    `Images not stored in the archive ${unavailable.length} (links kept where they are http(s)):`,
    unavailable.map((entry) => `${entry.input}: ${entry.url}: ${entry.reason}`),
  );
  section(
    `Warnings ${report.warnings.length}:`,
    report.warnings.map((entry) => `${entry.input}: ${entry.message}`),
  );
  const dry = report.dryRun ? ' (dry run: nothing written)' : '';
  lines.push(`${report.created.length} created, ${report.skipped.length} skipped, ${report.failed.length} failed${dry}`);
  return lines.join('\n');
}

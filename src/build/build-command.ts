/**
 * What a build process knows of the build command (scripts/build.ts) that may have started it.
 * Free of imports, so Astro's logger (src/build/log.ts), which Node loads outside Vite, can use it.
 */

/** Whether the build command runs this process and reports its progress: the IPC channel it opens is there. */
export function buildCommandReports(): boolean {
  return typeof process.send === 'function';
}

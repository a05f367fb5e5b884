/**
 * What `npm run demo` builds, from its command-line values: the real Wikinews archive shipped in
 * examples/wikinews by default, or a generated one of N articles (`--generated N`, or the older
 * `--articles N`) to see the archive at scale.
 */

/** The shipped demo archive: 171 real articles (see examples/wikinews/NOTICE). */
export const REAL_DEMO_DIR = 'examples/wikinews';

export type DemoPlan =
  | { kind: 'real'; contentDir: string; outDir: string }
  | { kind: 'generated'; count: number; seed: number; contentDir: string; outDir: string };

export interface DemoValues {
  generated?: string;
  articles?: string;
  seed?: string;
}

/**
 * The archive to build and where its files go; throws with a usage hint for a count or seed that
 * is not a whole number (count ≥ 1).
 * @example demoPlan({}).contentDir // 'examples/wikinews'
 * @example demoPlan({ generated: '5000' }) // { kind: 'generated', count: 5000, seed: 1, … }
 */
export function demoPlan(values: DemoValues): DemoPlan {
  const wanted = values.generated ?? values.articles;
  if (wanted === undefined) return { kind: 'real', contentDir: REAL_DEMO_DIR, outDir: '.tmp/demo-real-dist' };
  const count = Number(wanted);
  const seed = Number(values.seed ?? '1');
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed))
    throw new Error('usage: npm run demo -- [--generated N [--seed S]] [--port P]  (N and S whole numbers, N ≥ 1)');
  return { kind: 'generated', count, seed, contentDir: '.tmp/demo-content', outDir: '.tmp/demo-dist' };
}

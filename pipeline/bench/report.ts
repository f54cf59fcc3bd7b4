/** The figures of a bench run as text, and as JSON for comparing runs (20,000 against 100,000). */
import type { BenchResult } from "./run.ts";

const MB = 1_000_000;

const fixed = (value: number, digits = 2) => value.toFixed(digits);

export interface BenchFigures {
  readonly articles: number;
  readonly corpus_mb: number;
  readonly workers: number;
  readonly cold: { wall_seconds: number; build_seconds: number; articles_per_second: number; mb_per_second: number; peak_rss_mb: number };
  readonly phase_seconds: Record<string, number>;
  /**
   * CPU time of the cold build per article (user and system, every thread),
   * in all and per phase, and the rate the machine's cores would reach at
   * that cost if every one of them were busy the whole time.
   */
  readonly cpu: { ms_per_article: number; phase_ms_per_article: Record<string, number>; cores: number; ceiling_articles_per_second: number };
  readonly stage_cpu_ms_per_article: Record<string, number>;
  /** Extraction alone: megabytes over seconds of the extract stage on one thread with nothing else running (bench/extraction.ts). */
  readonly extraction_mb_per_second_per_core: number | null;
  readonly extraction_articles_timed: number;
  /** The corpus's megabytes over the extract stage's wall seconds in the build, on threads that share the cores. */
  readonly extraction_in_build_mb_per_second: number | null;
  readonly floor: { seconds: number; build_to_floor: number };
  readonly unchanged: { wall_seconds: number; build_seconds: number; speedup: number; build_speedup: number; up_to_date: boolean } | null;
  readonly one_changed: { wall_seconds: number; computed: number; cached: number } | null;
  /** The rebuild with the changed article put back: its SHA256SUMS must be the cold build's. */
  readonly put_back: { wall_seconds: number; computed: number; cached: number; identical_to_cold: boolean } | null;
}

export function benchFigures(result: BenchResult): BenchFigures {
  const { corpus, cold, floor, extraction, unchanged, oneChanged, putBack } = result;
  const perArticle = Object.fromEntries(
    Object.entries(cold.log.stage_milliseconds).map(([stage, milliseconds]) => [stage, Number(fixed(milliseconds / corpus.articles, 3))]),
  );
  const extractSeconds = (cold.log.stage_milliseconds.extract ?? 0) / 1000;
  const cpuSeconds = Object.values(cold.log.phase_cpu_seconds).reduce((sum, seconds) => sum + seconds, 0);
  const cpuMsPerArticle = (cpuSeconds * 1000) / corpus.articles;
  return {
    articles: corpus.articles,
    corpus_mb: Number(fixed(corpus.bytes / MB, 1)),
    workers: cold.log.workers,
    cold: {
      wall_seconds: Number(fixed(cold.wallSeconds)),
      build_seconds: Number(fixed(cold.log.seconds)),
      articles_per_second: Math.round(corpus.articles / cold.wallSeconds),
      mb_per_second: Number(fixed(corpus.bytes / MB / cold.wallSeconds)),
      peak_rss_mb: Math.round(cold.log.peak_rss_bytes / MB),
    },
    phase_seconds: Object.fromEntries(Object.entries(cold.log.phase_seconds).map(([phase, seconds]) => [phase, Number(fixed(seconds))])),
    cpu: {
      ms_per_article: Number(fixed(cpuMsPerArticle)),
      phase_ms_per_article: Object.fromEntries(
        Object.entries(cold.log.phase_cpu_seconds).map(([phase, seconds]) => [phase, Number(fixed((seconds * 1000) / corpus.articles))]),
      ),
      cores: result.cores,
      ceiling_articles_per_second: cpuMsPerArticle > 0 ? Math.round((result.cores * 1000) / cpuMsPerArticle) : 0,
    },
    stage_cpu_ms_per_article: perArticle,
    extraction_mb_per_second_per_core: extraction.seconds > 0 ? Number(fixed(extraction.bytes / MB / extraction.seconds)) : null,
    extraction_articles_timed: extraction.articles,
    extraction_in_build_mb_per_second: extractSeconds > 0 ? Number(fixed(corpus.bytes / MB / extractSeconds)) : null,
    floor: { seconds: Number(fixed(floor.seconds)), build_to_floor: Number(fixed(cold.wallSeconds / floor.seconds, 1)) },
    unchanged: unchanged && {
      wall_seconds: Number(fixed(unchanged.wallSeconds)),
      build_seconds: Number(fixed(unchanged.log.seconds, 3)),
      speedup: Number(fixed(cold.wallSeconds / unchanged.wallSeconds, 1)),
      build_speedup: Number(fixed(cold.log.seconds / unchanged.log.seconds, 1)),
      up_to_date: unchanged.log.up_to_date,
    },
    one_changed: oneChanged && { wall_seconds: Number(fixed(oneChanged.wallSeconds)), computed: oneChanged.log.computed, cached: oneChanged.log.cached },
    put_back: putBack && {
      wall_seconds: Number(fixed(putBack.build.wallSeconds)),
      computed: putBack.build.log.computed,
      cached: putBack.build.log.cached,
      identical_to_cold: putBack.identical,
    },
  };
}

export function formatFigures(figures: BenchFigures, previous: BenchFigures | null): string {
  const { cold } = figures;
  const stages = Object.entries(figures.stage_cpu_ms_per_article)
    .map(([stage, milliseconds]) => `${stage} ${milliseconds}`)
    .join(", ");
  const phases = Object.entries(figures.phase_seconds)
    .map(([phase, seconds]) => `${phase} ${seconds} s`)
    .join(", ");
  const cpuPhases = Object.entries(figures.cpu.phase_ms_per_article)
    .map(([phase, milliseconds]) => `${phase} ${milliseconds}`)
    .join(", ");
  const lines = [
    `bench: ${figures.articles} articles, ${figures.corpus_mb} MB, ${figures.workers} workers`,
    `  cold build (all formats):  ${cold.wall_seconds} s end to end (${cold.build_seconds} s in the build)`,
    `    ${cold.articles_per_second} articles/s, ${cold.mb_per_second} MB/s, peak RSS ${cold.peak_rss_mb} MB`,
    `    phases (wall): ${phases}`,
    `    CPU: ${figures.cpu.ms_per_article} ms per article (${cpuPhases}), every thread; at that cost ${figures.cpu.cores} cores ` +
      `busy the whole time would build at most ${figures.cpu.ceiling_articles_per_second} articles/s`,
    `    stages (CPU ms per article, all workers): ${stages}`,
    `  extraction alone (one thread, ${figures.extraction_articles_timed} articles): ${figures.extraction_mb_per_second_per_core ?? "n/a"} MB/s per core` +
      `; in the build, sharing the cores: ${figures.extraction_in_build_mb_per_second ?? "n/a"} MB/s`,
    `  floor (read, decode, NFC, one CSV; one thread): ${figures.floor.seconds} s; build/floor ${figures.floor.build_to_floor}×`,
  ];
  if (figures.unchanged) {
    const { unchanged } = figures;
    lines.push(
      `  rebuild, nothing changed: ${unchanged.wall_seconds} s end to end (${unchanged.build_seconds} s in the build)` +
        `${unchanged.up_to_date ? ", up to date" : ""}; ${unchanged.speedup}× faster than cold (${unchanged.build_speedup}× in the build)`,
    );
  }
  if (figures.one_changed) {
    const { one_changed } = figures;
    lines.push(`  rebuild, one article changed: ${one_changed.wall_seconds} s; ${one_changed.computed} computed, ${one_changed.cached} from cache`);
  }
  if (figures.put_back) {
    const { put_back } = figures;
    lines.push(
      `  rebuild, the article put back: ${put_back.wall_seconds} s; ${put_back.computed} computed, ${put_back.cached} from cache; ` +
        (put_back.identical_to_cold ? "SHA256SUMS identical to the cold build's" : "SHA256SUMS DIFFERS from the cold build's: the build is not byte-stable"),
    );
  }
  if (previous && previous.articles !== figures.articles) {
    const change = (cold.peak_rss_mb / previous.cold.peak_rss_mb - 1) * 100;
    lines.push(`  peak RSS against the ${previous.articles}-article run: ${previous.cold.peak_rss_mb} → ${cold.peak_rss_mb} MB (${change >= 0 ? "+" : ""}${fixed(change, 1)}%)`);
  }
  return `${lines.join("\n")}\n`;
}

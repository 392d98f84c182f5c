// Compares the native benchmarks' throughput with the recorded baseline (bench/baseline.json)
// and fails when any falls by more than 20 %: the regression check of issue #7. Run by
// `make bench-check` after `cargo bench --bench stages --bench ner`; `--record` writes the
// current figures as the new baseline instead (commit it with the machine and date).
//
// Reads criterion's results under target/criterion/<group>/<bench>/new/: benchmark.json
// (elements per iteration) and estimates.json (the median time per iteration, in ns).

import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const RESULTS = join(ROOT, "target", "criterion");
const BASELINE = join(ROOT, "bench", "baseline.json");
const GROUPS = ["stages", "ner"];
const TOLERANCE = 0.2;

function measured() {
  const rates = {};
  for (const group of GROUPS) {
    const dir = join(RESULTS, group);
    if (!existsSync(dir)) {
      throw new Error(`no results in ${dir}: run cargo bench --bench ${group} first`);
    }
    for (const bench of readdirSync(dir)) {
      const newest = join(dir, bench, "new");
      if (!existsSync(join(newest, "estimates.json"))) continue;
      const meta = JSON.parse(readFileSync(join(newest, "benchmark.json"), "utf8"));
      const estimates = JSON.parse(readFileSync(join(newest, "estimates.json"), "utf8"));
      const elements = meta.throughput?.Elements;
      if (!elements) continue;
      rates[meta.full_id] = Math.round(elements / (estimates.median.point_estimate / 1e9));
    }
  }
  return rates;
}

const now = measured();
if (process.argv.includes("--record")) {
  const record = { recorded: new Date().toISOString().slice(0, 10), unit: "elements/s", rates: now };
  writeFileSync(BASELINE, JSON.stringify(record, null, 2) + "\n");
  console.log(`recorded ${Object.keys(now).length} benchmarks in ${BASELINE}`);
  process.exit(0);
}

if (!existsSync(BASELINE)) {
  console.error(`no baseline at ${BASELINE}: run with --record first`);
  process.exit(2);
}
const baseline = JSON.parse(readFileSync(BASELINE, "utf8"));
let failed = 0;
for (const [name, before] of Object.entries(baseline.rates)) {
  const after = now[name];
  if (after === undefined) {
    console.log(`MISSING  ${name}: in the baseline, not measured now`);
    failed += 1;
    continue;
  }
  const change = after / before - 1;
  const verdict = change < -TOLERANCE ? "SLOWER" : "ok";
  failed += verdict === "ok" ? 0 : 1;
  const pct = `${change >= 0 ? "+" : ""}${(change * 100).toFixed(1)} %`;
  console.log(`${verdict.padEnd(8)} ${name}: ${before} → ${after} elements/s (${pct})`);
}
console.log(
  failed
    ? `${failed} benchmark(s) more than ${TOLERANCE * 100} % below the baseline of ${baseline.recorded}`
    : `every benchmark within ${TOLERANCE * 100} % of the baseline of ${baseline.recorded}`,
);
process.exit(failed ? 1 : 0);

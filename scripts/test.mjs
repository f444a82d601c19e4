// `npm test`: every check, in the order that fails fastest, then one summary line. Plain JS (see prepare.mjs).
//   formatting (prettier) → lint (eslint, with types) → types (tsc) → unit + integration tests (vitest, real
//   PostgreSQL) → web build → end-to-end journeys (vitest + Chromium + axe-core)
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bin, ensureDependencies, ensureWebBuild, node24, root, run } from "./prepare.mjs";

ensureDependencies();

const reportDir = path.join(root, ".tmp", "test-reports");
mkdirSync(reportDir, { recursive: true });

const steps = [];
let passed = 0;
let failed = 0;

/** A check that is not a test run (formatting, lint, types, build) counts as one failure when it fails. */
function step(name, fn, { countFailure = true } = {}) {
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const failedBefore = failed;
  const status = fn();
  const ok = status === 0;
  if (!ok && countFailure && failed === failedBefore) failed += 1;
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  if (!ok) console.log(`--- ${name}: FAILED`);
  return ok;
}

function tool(name, args) {
  return run(node24, [bin(name), ...args]);
}

/** Runs vitest with a JSON report beside the console output and adds its counts to the totals. */
function vitest(name, args) {
  const report = path.join(reportDir, `${name}.json`);
  rmSync(report, { force: true });
  const status = tool("vitest", [
    "run",
    ...args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const result = JSON.parse(readFileSync(report, "utf8"));
    passed += result.numPassedTests ?? 0;
    failed += result.numFailedTests ?? 0;
    // A file that fails before any test runs (import error, failing beforeAll) counts as one failure.
    for (const file of result.testResults ?? []) {
      if (file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed")) failed += 1;
    }
  } else if (status !== 0) {
    failed += 1;
  }
  return status;
}

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

function ensureChromium() {
  if (findChromium()) return 0;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("Chromium is missing: apt-get install chromium …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      run("apt-get", ["update"], { env }) === 0 &&
      run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { env }) === 0
    ) {
      if (findChromium()) return 0;
    }
  }
  console.error(
    "The end-to-end tests need Chromium. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
  return 1;
}

step("formatting (prettier --check)", () => tool("prettier", ["--check", ".", "--log-level", "warn"]));
step("lint (eslint)", () => tool("eslint", ["."]));
step("types (tsc --noEmit)", () => tool("tsc", ["--noEmit", "-p", "tsconfig.json"]));
step("unit and integration tests (vitest)", () => vitest("unit", []), { countFailure: false });
const built = step("web build (vite)", () => ensureWebBuild());
if (built && step("chromium", ensureChromium)) {
  step("end-to-end tests (vitest + chromium)", () => vitest("e2e", ["--config", "e2e/vitest.config.ts"]), {
    countFailure: false,
  });
} else {
  steps.push({ name: "end-to-end tests", ok: false, seconds: "0.0", skipped: true });
  failed += 1;
}

console.log("\n=== summary ===");
for (const s of steps)
  console.log(`${s.ok ? "ok    " : "FAILED"} ${s.name}${s.skipped ? " (skipped)" : ""} ${s.seconds}s`);
const checksFailed = steps.filter((s) => !s.ok).length;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = checksFailed > 0 || failed > 0 ? 1 : 0;

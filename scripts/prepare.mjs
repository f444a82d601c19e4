// Shared by start.mjs and test.mjs. Plain JavaScript that runs on any Node ≥ 18, so that `npm start` and
// `npm test` work on a fresh clone where only the system Node and npm exist: it installs the dependencies (which
// bring Node 24 in node_modules/.bin), builds the web app when its sources changed, and runs things on Node 24.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);
/** Node 24 from the `node` devDependency (DESIGN §5), not the system Node. */
export const node24 = bin("node");

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** The newest modification time of a file or anything below a folder. */
function newest(target) {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(target)) latest = Math.max(latest, newest(path.join(target, entry)));
  return latest;
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(command, args, what) {
  const status = run(command, args);
  if (status !== 0) {
    console.error(`\n${what} failed (exit code ${status}).`);
    process.exit(status);
  }
}

/** npm ci on a fresh clone; npm install when package.json or the lock file changed since the last install. */
export function ensureDependencies() {
  const installed = path.join(root, "node_modules", ".package-lock.json");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  if (!existsSync(installed) || !existsSync(node24)) {
    console.log("Installing dependencies (npm ci) …");
    runOrExit(npm, ["ci", "--no-audit", "--no-fund"], "npm ci");
  } else if (
    Math.max(mtime(path.join(root, "package-lock.json")), mtime(path.join(root, "package.json"))) > mtime(installed)
  ) {
    console.log("package.json or package-lock.json changed: npm install …");
    runOrExit(npm, ["install", "--no-audit", "--no-fund"], "npm install");
  }
  if (!existsSync(node24)) {
    console.error("node_modules/.bin/node (Node 24, the `node` devDependency) is missing after npm install.");
    process.exit(1);
  }
}

const webInputs = ["web/src", "web/public", "web/index.html", "web/vite.config.ts", "package-lock.json"];

export function webIsStale() {
  const built = mtime(path.join(root, "web", "dist", "index.html"));
  return built === 0 || webInputs.some((input) => newest(path.join(root, input)) > built);
}

/** Builds web/dist with Vite when it is missing or older than its sources. */
export function ensureWebBuild({ force = false } = {}) {
  if (!force && !webIsStale()) return 0;
  console.log("Building the web app (vite build) …");
  return run(node24, [bin("vite"), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"]);
}

/** Runs a command on Node 24 and passes on Ctrl-C and termination; resolves with its exit code. */
export function spawnOnNode24(args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(node24, args, { cwd: root, stdio: "inherit", ...options });
    const forward = (signal) => {
      // A terminal's Ctrl-C reaches the whole process group, the child included; forward only what it missed.
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    const onSigint = () => forward("SIGINT");
    const onSigterm = () => forward("SIGTERM");
    process.on("SIGINT", onSigint);
    process.on("SIGTERM", onSigterm);
    child.on("exit", (code, signal) => {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigterm);
      resolve(code ?? (signal ? 128 + (signal === "SIGINT" ? 2 : 15) : 1));
    });
  });
}

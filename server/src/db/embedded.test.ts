import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataFolderInUseError, lockDataFolder } from "./embedded.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const dataDir = await mkdtemp(path.join(os.tmpdir(), "brug-lock-test-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function runMain(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("the data folder lock", () => {
  it("refuses a second Brug process on the same data folder, naming the process that has it", async () => {
    const release = await lockDataFolder(dataDir);
    try {
      const { code, output } = await runMain({ BRUG_DATA_DIR: dataDir, PORT: "0", DATABASE_URL: "" });
      expect(code).toBe(1);
      expect(output).toContain(`Another Brug process (pid ${process.pid}) is using the data folder ${dataDir}`);
    } finally {
      release();
    }
  });

  it("frees the folder on release", async () => {
    const release = await lockDataFolder(dataDir);
    release();
    const again = await lockDataFolder(dataDir);
    expect((await readFile(path.join(dataDir, "brug.lock"), "utf8")).split("\n")[0]).toBe(String(process.pid));
    again();
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dead = spawn(process.execPath, ["-e", ""]);
    const deadPid = await new Promise<number>((resolve) => dead.on("exit", () => resolve(dead.pid!)));
    await writeFile(path.join(dataDir, "brug.lock"), `${deadPid}\nsomewhere\n`);
    const release = await lockDataFolder(dataDir);
    release();
  });

  it("names the live owner in the error", () => {
    const error = new DataFolderInUseError("/srv/brug", 4242);
    expect(error.message).toMatch(/^Another Brug process \(pid 4242\) is using the data folder \/srv\/brug/);
  });
});

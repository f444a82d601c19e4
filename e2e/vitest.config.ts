// End-to-end journeys in Chromium: one file at a time (each starts the real app and a browser), with long timeouts.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    root: import.meta.dirname + "/..",
    include: ["e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["server/test/global-setup.ts"],
    fileParallelism: false,
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

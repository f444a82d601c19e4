// Unit and integration tests (`vitest run`): the server against real PostgreSQL, and the web app's own tests.
// The end-to-end journeys have their own config (e2e/vitest.config.ts): they need a built web app and Chromium.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // No retries: a flaky test is a bug to fix, not to hide (STYLE.md).
    retry: 0,
    projects: [
      {
        test: {
          name: "server",
          include: ["server/**/*.test.ts"],
          environment: "node",
          globalSetup: ["server/test/global-setup.ts"],
          // Password hashing (argon2id) and real database round trips make some tests slower than 5 s on 2 cores.
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "web",
          include: ["web/src/**/*.test.{ts,tsx}"],
          environment: "node",
          testTimeout: 10_000,
        },
      },
    ],
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "packages/*/test/**/*.test.ts",
            "apps/web/src/**/*.test.ts",
          ],
        },
      },
      {
        test: {
          name: "api",
          include: ["apps/api/test/**/*.test.ts", "apps/api/src/**/*.test.ts"],
          setupFiles: ["apps/api/test/setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

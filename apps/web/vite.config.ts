import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dev server forwards API calls to the Fastify server so that cookies stay same-origin.
const apiTarget = process.env.COURTIER_API_URL ?? "http://localhost:3000";
const forwarded = { target: apiTarget, changeOrigin: false, xfwd: true };

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [{ find: "#src", replacement: fileURLToPath(new URL("./src", import.meta.url)) }],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Libraries change less often than our code: separate chunks stay cached across deployments.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: "mantine",
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format)/,
            },
            { name: "tanstack", test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: "vendor", test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { "/api": forwarded, "/healthz": forwarded, "/dev": forwarded },
  },
  preview: { port: 4173 },
});

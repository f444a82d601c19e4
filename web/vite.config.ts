// Vite builds the single-page app in web/ into web/dist, which the server's platform/web.ts serves.
// In development `vite --config web/vite.config.ts` proxies /api to the server (BRUG_API_URL, default :3000).
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const root = import.meta.dirname;

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: `${root}/dist`,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    port: 5173,
    proxy: {
      "/api": { target: process.env.BRUG_API_URL ?? "http://localhost:3000", changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      "/api": { target: process.env.BRUG_API_URL ?? "http://localhost:3000", changeOrigin: false },
    },
  },
});

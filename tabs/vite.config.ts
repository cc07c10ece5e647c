import griffel from "@griffel/vite-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The tab may only be framed by Teams and Microsoft 365 hosts (docs/architecture.md §4); `'self'` lets the
 * local Teams host page frame it in development.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://teams.cloud.microsoft",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
].join(" ");

const apiTarget = process.env.API_URL ?? `http://127.0.0.1:${process.env.API_PORT ?? 7071}`;

export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  plugins: [
    react(),
    // Production builds compile the app's makeStyles at build time (as Fluent's own components
    // ship), so the side panel's first render does not resolve its styles at run time. The dev
    // server keeps Griffel's runtime: evaluating modules with wyw-in-js on every request is slow.
    command === "build" &&
      griffel({
        include: [/tabs\/src\/.*\.tsx?$/],
        babelOptions: {
          presets: [
            ["@babel/preset-typescript", { allExtensions: true, isTSX: true }],
            "@babel/preset-react",
          ],
        },
      }),
  ],
  server: {
    port: Number(process.env.TABS_PORT ?? 53000),
    strictPort: true,
    headers: { "Content-Security-Policy": `frame-ancestors ${FRAME_ANCESTORS}` },
    proxy: { "/api": { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    headers: { "Content-Security-Policy": `frame-ancestors ${FRAME_ANCESTORS}` },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The local Teams host page (dev/host.html) is for development only and never built. The
    // sign-in window's pages (authentication.authenticate) are.
    rollupOptions: {
      input: { index: "index.html", "auth-start": "auth-start.html", "auth-end": "auth-end.html" },
    },
  },
}));

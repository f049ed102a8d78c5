import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // ECharts, even tree-shaken, is one ~570 kB chunk; it loads with the first chart, never the first page.
    chunkSizeWarningLimit: 600,
  },
});

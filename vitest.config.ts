import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    // Some tests run the command-line scripts or a Vite build in a child process: on a busy machine
    // they take more than the default 5 s.
    testTimeout: 60_000,
  },
});

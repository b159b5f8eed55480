import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
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
    // Vitest's default is a core fewer than the machine has: one file at a time on two cores, where the tests that
    // build editions wait on child processes as much as they compute (the unit tests took 154 s so, on this machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});

// How every caller runs the build (npm run build, a deploy, the benchmark, the tests): one Node
// process with the flags below. package.json's "build" says the same (scripts/build.test.ts holds it).

/**
 * V8's young generation made larger: a build of 10,000 stories makes and drops a few hundred
 * megabytes of short-lived strings, and with Node's default the collector ran for 3.3–3.6 s of an
 * 11 s content stage (2.3–2.8 s with this; one process each, in turn, three times).
 */
export const BUILD_NODE_FLAGS = ['--max-semi-space-size=64', '--import', 'tsx'];

/** The arguments of `node` that run the build with `args`. */
export const buildArgs = (args: string[]): string[] => [...BUILD_NODE_FLAGS, 'scripts/build.ts', ...args];

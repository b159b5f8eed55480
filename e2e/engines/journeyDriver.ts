import type { Cable } from './cable.ts';
import { takeProblems, type Driver, type EngineDriver, type Problem } from './driver.ts';

/**
 * A journey's driver, the same over every engine: the problems each document kept (its watcher,
 * read before the driver leaves it and at the end) beside those the protocol reported, a step
 * back in history, and going offline, which tells the browser where the engine can and pulls the
 * journey's cable out.
 */
export function journeyDriver(engine: EngineDriver, cable: Cable): Driver {
  const kept: Problem[] = [];
  const keepProblems = async () => kept.push(...(await engine.evaluate(takeProblems, null).catch(() => [])));
  return {
    engine: engine.engine,
    reportsOffline: engine.reportsOffline,
    open: async (path) => {
      await keepProblems();
      await engine.open(path);
    },
    reload: async () => {
      await keepProblems();
      await engine.reload();
    },
    // A history step the app answers client-side fires no load event to wait for.
    back: () => engine.evaluate(() => history.back(), null),
    clickAt: (x, y) => engine.clickAt(x, y),
    press: (key) => engine.press(key),
    type: (text) => engine.type(text),
    evaluate: (fn, arg) => engine.evaluate(fn, arg),
    setOffline: async (offline) => {
      if (offline) {
        await engine.setOffline(true);
        cable.unplug();
      } else {
        cable.plug();
        await engine.setOffline(false);
      }
    },
    problems: async () => {
      await keepProblems();
      return [...engine.reportedErrors(), ...kept];
    },
    close: async () => {
      await engine.close();
      await cable.close();
    },
  };
}

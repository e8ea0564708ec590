// Filled in by the Discord adapter.
import type { Config } from '../config.js';
import type { EngineStore } from '../core/engine-store.js';
export async function startBot(_config: Config, _store: EngineStore): Promise<void> {
  throw new Error('Discord mode is not built yet');
}

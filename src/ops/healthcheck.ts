// The container's HEALTHCHECK: `node dist/ops/healthcheck.js` exits 0 when `/health` answers 200.
// node:20-slim has no curl; this reads the gateway's own PORT.
import { loadConfig } from '../config.js';

try {
  const response = await fetch(`http://127.0.0.1:${loadConfig().port}/health`, { signal: AbortSignal.timeout(3000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}

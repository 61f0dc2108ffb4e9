// The SDK script as a person runs it: `node --import tsx bench/sdkScriptProcess.ts <endpoint> <size>`,
// a fresh process every time, so its code runs for the first time as a fresh gateway's does.
// Timed from inside, after its modules are loaded (the gateway's time likewise starts once it
// listens); prints {"ms": …, "sessions": …}.
import { createSdkScript, type PageSize } from './sdkScript.js';

const [endpoint, size] = process.argv.slice(2) as [string, Extract<PageSize, 'default' | 'largest'>];
const sdk = createSdkScript(endpoint);
const started = performance.now();
const sessions = await sdk.listAll(await sdk.discover(), size);
const ms = performance.now() - started;
sdk.destroy();
console.log(JSON.stringify({ ms, sessions }));

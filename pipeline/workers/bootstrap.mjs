// A worker thread cannot load TypeScript by itself, in the CLI or under vitest:
// register tsx's loader in this thread, then start the worker proper.
import { register } from "tsx/esm/api";

register();
await import(new URL("./worker.ts", import.meta.url).href);

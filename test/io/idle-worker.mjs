// A worker thread that waits for messages and does nothing: for tests that stop a worker on purpose.
import { parentPort } from "node:worker_threads";
parentPort?.on("message", () => undefined);
